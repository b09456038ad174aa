"""Compact human-readable rendering of an :func:`assessor.analysis.stats.analyze` result (CLI)."""

from __future__ import annotations

from assessor.analysis.rounding import round_text


def _f(x, nd: int = 1) -> str:
    return "-" if x is None else round_text(x, nd)


def _p(p) -> str:
    if p is None:
        return "-"
    return "<0.001" if p < 0.001 else round_text(p, 3)


def _ci(ci, nd: int = 1, scale: float = 1.0) -> str:
    return "-" if ci is None else f"[{round_text(scale * ci[0], nd)}, {round_text(scale * ci[1], nd)}]"


def render_text(result: dict, lang: str = "en") -> str:
    """One block per cohort (and ALL), then the between-cohort tests.

    ``lang`` ("en" or "id") picks the language of each cohort's plain-language summary; the
    figures and their labels are the same in both.
    """
    lines: list[str] = []
    for name, c in result["cohorts"].items():
        pr = c["paired"]
        lines.append(f"== {name} ==")
        lines.append(
            f"  takers: pre {c['n_pre']}, post {c['n_post']}, follow-up {c['n_followup']}; "
            f"matched {c['n_matched']}; pre only {len(c['pre_only'])}, post only {len(c['post_only'])}"
        )
        for ph in ("pre", "post", "followup"):
            if ph in c:
                b = c[ph]
                lines.append(
                    f"  {ph:<8} mean {_f(b['mean_pct'])}%  SD {_f(b['sd_pct'])}  "
                    f"alpha {_f(b['alpha'], 2)}  SEM {_f(b['sem_pct'])}"
                )
        lines.append(
            f"  gain     {_f(pr['pre_mean_pct'])}% -> {_f(pr['post_mean_pct'])}%  "
            f"mean {_f(pr['gain_mean'])} pp  95% CI {_ci(pr.get('gain_ci95'))}  t {_f(pr['t'], 2)}  p {_p(pr['p'])}  "
            f"Wilcoxon p {_p(pr['wilcoxon']['p'])}"
        )
        lines.append(
            f"  effect   d_z {_f(pr['cohen_dz'], 2)} {_ci(pr.get('cohen_dz_ci95'), 2)}  "
            f"g_av {_f(pr['hedges_g_av'], 2)} {_ci(pr.get('hedges_g_av_ci95'), 2)}  "
            f"<g> {_f(pr['class_normalized_gain'], 2)} {_ci(pr.get('class_normalized_gain_ci95'), 2)} "
            f"({pr.get('hake_band') or '-'})  "
            f"c {_f(pr['mean_normalized_change'], 2)}  "
            f"improved/same/declined {pr['improved']}/{pr['unchanged']}/{pr['declined']}"
        )
        if pr.get("pass_share_pre") is not None:
            lines.append(
                f"  pass     {_f(100 * pr['pass_share_pre'], 0)}% -> {_f(100 * pr['pass_share_post'], 0)}%  "
                f"change {_f(100 * pr['pass_share_change'], 0)} pp  95% CI {_ci(pr.get('pass_share_change_ci95'), 0, 100)}"
                f"  McNemar p {_p(pr.get('pass_mcnemar_p'))}"
            )
        rc = pr.get("reliable_change") or {}
        if rc.get("reliably_improved") is not None:
            lines.append(f"  reliable change (RCI): improved {rc['reliably_improved']}, none {rc['no_reliable_change']}, "
                         f"declined {rc['reliably_declined']}")
        flagged = {k: v["flags"] for k, v in c["items"].items() if v.get("flags")}
        if flagged:
            shown = ", ".join(f"{k} ({'/'.join(v)})" for k, v in list(flagged.items())[:8])
            more = f" and {len(flagged) - 8} more" if len(flagged) > 8 else ""
            lines.append(f"  flagged items: {shown}{more}")
        lines.append("  " + c["summary"][lang])
        lines.append("")
    comp = result["comparison"]
    a, w, k = comp["anova"], comp["welch_anova"], comp["kruskal"]
    lines.append("== Between cohorts (matched gains) ==")
    lines.append(
        f"  ANOVA F {_f(a['F'], 2)} p {_p(a['p'])} eta2 {_f(a['eta_squared'], 3)}; "
        f"Welch F {_f(w['F'], 2)} p {_p(w['p'])}; Kruskal-Wallis H {_f(k['H'], 2)} p {_p(k['p'])}"
    )
    for r in comp["pairwise"]:
        lines.append(f"  {r['a']} vs {r['b']}: t {_f(r['t'], 2)} p {_p(r['p'])} Holm {_p(r['p_holm'])}")
    return "\n".join(lines)
