"""Compact human-readable rendering of an :func:`assessor.analysis.stats.analyze` result (CLI)."""

from __future__ import annotations


def _f(x, fmt="{:.1f}") -> str:
    return "-" if x is None else fmt.format(x)


def _p(p) -> str:
    if p is None:
        return "-"
    return "<0.001" if p < 0.001 else f"{p:.3f}"


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
                    f"alpha {_f(b['alpha'], '{:.2f}')}  SEM {_f(b['sem_pct'])}"
                )
        ci = pr.get("gain_ci95")
        ci_s = "-" if ci is None else f"[{ci[0]:.1f}, {ci[1]:.1f}]"
        lines.append(
            f"  gain     {_f(pr['pre_mean_pct'])}% -> {_f(pr['post_mean_pct'])}%  "
            f"mean {_f(pr['gain_mean'])} pp  95% CI {ci_s}  t {_f(pr['t'], '{:.2f}')}  p {_p(pr['p'])}  "
            f"Wilcoxon p {_p(pr['wilcoxon']['p'])}"
        )
        lines.append(
            f"  effect   d_z {_f(pr['cohen_dz'], '{:.2f}')}  g_av {_f(pr['hedges_g_av'], '{:.2f}')}  "
            f"<g> {_f(pr['class_normalized_gain'], '{:.2f}')} ({pr.get('hake_band') or '-'})  "
            f"c {_f(pr['mean_normalized_change'], '{:.2f}')}  "
            f"improved/same/declined {pr['improved']}/{pr['unchanged']}/{pr['declined']}"
        )
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
        f"  ANOVA F {_f(a['F'], '{:.2f}')} p {_p(a['p'])} eta2 {_f(a['eta_squared'], '{:.3f}')}; "
        f"Welch F {_f(w['F'], '{:.2f}')} p {_p(w['p'])}; Kruskal-Wallis H {_f(k['H'], '{:.2f}')} p {_p(k['p'])}"
    )
    for r in comp["pairwise"]:
        lines.append(f"  {r['a']} vs {r['b']}: t {_f(r['t'], '{:.2f}')} p {_p(r['p'])} Holm {_p(r['p_holm'])}")
    return "\n".join(lines)
