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
    figures and their labels are the same in both. A result with course evaluations (key
    ``evaluation``) ends with their block (:func:`render_evaluation`), worded in ``lang``.
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
    if result.get("evaluation"):
        lines.append("")
        lines += render_evaluation(result["evaluation"], lang)
    return "\n".join(lines)


EVALUATION_TEXTS = {
    "title": {"en": "Course evaluation", "id": "Evaluasi pelatihan"},
    "responses": {"en": "{n} responses, {how}", "id": "{n} jawaban, {how}"},
    "anonymous": {"en": "anonymous", "id": "anonim"},
    "linked": {"en": "linked to participants", "id": "terhubung dengan peserta"},
    "rating": {"en": "n {n}  median {median}  mean {mean} 95% CI {ci}  agreeing {agree}% {agree_ci}",
               "id": "n {n}  median {median}  rata-rata {mean} IK 95% {ci}  setuju {agree}% {agree_ci}"},
    "suppressed": {"en": "n {n}  (fewer than {k} anonymous responses: no figures)",
                   "id": "n {n}  (kurang dari {k} jawaban anonim: tanpa angka)"},
    "choice": {"en": "n {n}  {counts}", "id": "n {n}  {counts}"},
    "retro": {"en": "self-assessment (then -> now)", "id": "penilaian diri (dulu -> sekarang)"},
    "retro_row": {"en": "n {n}  {then} -> {now}  change {change} 95% CI {ci}  Wilcoxon p {p}",
                  "id": "n {n}  {then} -> {now}  perubahan {change} IK 95% {ci}  Wilcoxon p {p}"},
    "link": {"en": "  self-rated vs measured gain: Spearman rho {rho}, p {p} (n {n})",
             "id": "  peningkatan menurut diri sendiri vs terukur: Spearman rho {rho}, p {p} (n {n})"},
    "comments": {"en": "comments: {n}", "id": "komentar: {n}"},
    "between": {"en": "Between cohorts (ratings)", "id": "Antar angkatan (penilaian)"},
    "between_row": {"en": "{key}: {cohorts}; Kruskal-Wallis H {h} p {p}",
                    "id": "{key}: {cohorts}; Kruskal-Wallis H {h} p {p}"},
}
"""The words of the course-evaluation block of the text output, in English and Bahasa Indonesia."""


def _t(text_id: str, lang: str, **fields) -> str:
    texts = EVALUATION_TEXTS[text_id]
    return texts.get(lang, texts["en"]).format(**fields)


def _local(text: dict, lang: str) -> str:
    return (text or {}).get(lang) or (text or {}).get("en") or next(iter((text or {}).values()), "")


def render_evaluation(evaluation: dict, lang: str = "en") -> list[str]:
    """The course-evaluation lines (``analyze()['evaluation']``): per cohort each rating's n, median,
    mean with its 95% CI and share agreeing, each choice's counts, the then/now change per topic
    with its Wilcoxon test, the number of comments; then the between-cohort tests of the ratings.

    Words, item texts and topic names are in ``lang`` ("en" or "id"); figures follow the one
    rounding rule with a decimal point, as the rest of the text output.
    """
    lines: list[str] = []
    k = evaluation.get("min_cell", 5)
    for entry in evaluation["cohorts"]:
        how = _t("anonymous" if entry["anonymous"] else "linked", lang)
        lines.append(f"== {_t('title', lang)}: {entry['cohort']} ==")
        lines.append("  " + _t("responses", lang, n=entry["responses"], how=how))
        for item in entry["items"]:
            lines.append(f"  {item['key']}  {_local(item['text'], lang)}")
            if item.get("suppressed"):
                lines.append("    " + _t("suppressed", lang, n=item["n"], k=k))
            elif item["type"] == "rating":
                agree = item.get("agree_share")
                lines.append("    " + _t("rating", lang, n=item["n"], median=_f(item.get("median")),
                                         mean=_f(item.get("mean"), 2), ci=_ci(item.get("mean_ci"), 2),
                                         agree=_f(None if agree is None else 100 * agree, 0),
                                         agree_ci=_ci(item.get("agree_ci"), 0, 100)))
            else:
                counts = ", ".join(f"{_local(o, lang)} {c}" for o, c in zip(item["options"], item.get("counts", ())))
                lines.append("    " + _t("choice", lang, n=item["n"], counts=counts))
        if entry["retrospective"]:
            lines.append("  " + _t("retro", lang))
        for r in entry["retrospective"]:
            name = _local(r.get("topic_name"), lang) or r["topic"]
            if r.get("suppressed"):
                lines.append(f"    {name}: " + _t("suppressed", lang, n=r["n"], k=k))
                continue
            lines.append(f"    {name}: " + _t("retro_row", lang, n=r["n"], then=_f(r.get("mean_then"), 2),
                                                now=_f(r.get("mean_now"), 2), change=_f(r.get("mean_change"), 2),
                                                ci=_ci(r.get("change_ci"), 2),
                                                p=_p((r.get("wilcoxon") or {}).get("p"))))
            link = r.get("link")
            if link:
                lines.append("    " + _t("link", lang, rho=_f(link.get("rho"), 2), p=_p(link.get("p")), n=link["n"]))
        if entry["comments"]:
            lines.append("  " + _t("comments", lang, n=sum(c["n"] for c in entry["comments"])))
        lines.append("")
    if evaluation.get("comparison"):
        lines.append(f"== {_t('between', lang)} ==")
        for c in evaluation["comparison"]:
            cohorts = ", ".join(f"{x['cohort']} n {x['n']} median {_f(x['median'])}" for x in c["cohorts"])
            lines.append("  " + _t("between_row", lang, key=c["key"], cohorts=cohorts, h=_f(c.get("h"), 2),
                                   p=_p(c.get("p"))))
    return lines
