"""Comparison report (PDF) across cohorts: one row per cohort plus the pooled figures, a
chart of mean scores, and the between-cohort tests on matched gains, all taken from the
statistics engine's output (see docs/statistics.md, "Between cohorts")."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import cm
from reportlab.platypus import Spacer

from assessor.errors import InputError
from assessor.progress import Progress, step
from assessor.analysis.evaluation import analyze_evaluations, side_by_side
from assessor.analysis.stats import ALL, analyze

from reports.cohort_report import _bar_label, _open, _sep, method_notes
from reports.common import (
    check_lang,
    fmt_num,
    fmt_p,
    fmt_pct,
    fmt_share,
    fmt_signed,
    label,
    reason_text,
)
from reports.evaluation_section import comparison_story
from reports.pdfdoc import TEXT_W, bar_chart, build, para, styles, table


def write_compare_report(store, cohorts: list[str], out, lang: str = "en", progress: Progress | None = None,
                         result: dict | None = None) -> Path:
    """Write the comparison of ``cohorts`` (two or more names) to ``out`` and return its path.

    ``store`` is a Store or a database path; ``result`` may pass an ``analyze`` output
    for exactly these cohorts. ``lang`` ("en" or "id") chooses the language of every text,
    numbers included (decimal comma in Indonesian).
    """
    check_lang(lang)
    cohorts = list(dict.fromkeys(cohorts))
    if len(cohorts) < 2:
        raise InputError("A comparison needs at least two different cohorts.", code="too_few_cohorts")
    store, own = _open(store)
    try:
        step(progress, 0, 2)
        records = [store.cohorts.by_name(c) for c in cohorts]
        if result is None:
            result = analyze(store.response_table(cohorts), cohorts)
        evaluation = analyze_evaluations(store, cohorts)
    finally:
        if own:
            store.close()
    step(progress, 1, 2)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    story = compare_story(cohorts, records, result, lang, evaluation)
    build(out, story, title=label("cmp_meta_title", lang, names=", ".join(cohorts)) + _demo_suffix(records, lang),
          author=", ".join(dict.fromkeys(r.organisation for r in records if r.organisation)),
          subject=label("cmp_meta_subject", lang), lang=lang, banner=demo_banner(records, lang))
    step(progress, 2, 2)
    return out


def demo_banner(records, lang: str) -> str:
    """The line over every page when simulated cohorts are compared, as on their own cohort
    reports (naming them when real cohorts are compared with them); empty for real data only."""
    demo = [r.name for r in records if getattr(r, "demo", False)]
    if not demo:
        return ""
    if len(demo) == len(records):
        return label("rep_demo_banner", lang)
    return label("cmp_demo_some", lang, names=", ".join(demo))


def _demo_suffix(records, lang: str) -> str:
    return label("demo_suffix", lang) if any(getattr(r, "demo", False) for r in records) else ""


def _df(x, lang: str) -> str:
    """Degrees of freedom: whole numbers without decimals (the engine may give 2.0), others with one."""
    return "–" if x is None else fmt_num(x, 0 if float(x).is_integer() else 1, lang)


def compare_story(cohorts: list[str], records, result: dict, lang: str = "en", evaluation: dict | None = None) -> list:
    """The flowables of the comparison report, every text in ``lang``; with ``evaluation`` (an
    ``analyze_evaluations`` result) the course-evaluation ratings of the cohorts side by side."""
    L = lambda key, **kw: label(key, lang, **kw)
    sep = _sep(lang)
    st = styles()
    story: list = [para(L("cmp_title") + _demo_suffix(records, lang), st["title"]),
                   para(" · ".join(f"{r.name} ({r.start_date or L('cmp_no_date')}, {r.location or '–'})"
                                   for r in records), st["small"]), Spacer(1, 6)]
    rows = [[L("cmp_cohort"), L("cmp_ns"), L("rep_pre"), L("rep_post"), L("cmp_gain_ci"), "p", "dz", "<g>",
             L("cmp_pass")]]
    for name in cohorts + [ALL]:
        b = result["cohorts"].get(name)
        if b is None:
            continue
        p = b["paired"]
        ci = p.get("gain_ci95")
        rows.append([
            L("cmp_all") if name == ALL else name, f"{b['n_pre']} / {b['n_post']} / {b['n_matched']}",
            fmt_pct(p.get("pre_mean_pct"), 1, lang), fmt_pct(p.get("post_mean_pct"), 1, lang),
            fmt_signed(p.get("gain_mean"), 1, lang)
            + (f" [{fmt_num(ci[0], 1, lang)}{sep}{fmt_num(ci[1], 1, lang)}]" if ci else ""),
            fmt_p(p.get("p"), lang), fmt_num(p.get("cohen_dz"), 2, lang),
            fmt_num(p.get("class_normalized_gain"), 2, lang),
            f"{fmt_share(p.get('pass_share_pre'), 0, lang)} → {fmt_share(p.get('pass_share_post'), 0, lang)}",
        ])
    # The gain column fits "Peningkatan" on one line in the bold header.
    w = [3.3 * cm, 2.3 * cm, 1.4 * cm, 1.4 * cm, 3.2 * cm, 1.4 * cm, 1.1 * cm, 1.1 * cm]
    story += [para(L("cmp_headline"), st["h1"]), table(rows, w + [TEXT_W - sum(w)], st),
              para(L("cmp_headline_note"), st["small"])]
    present = [c for c in cohorts if c in result["cohorts"]]
    story.append(Spacer(1, 8))
    story.append(bar_chart(present, [
        (label("pre", lang), [result["cohorts"][c]["paired"].get("pre_mean_pct") for c in present]),
        (label("post", lang), [result["cohorts"][c]["paired"].get("post_mean_pct") for c in present]),
    ], L("cmp_chart"), height=5.5 * cm, label_fmt=_bar_label(lang)))

    comp = result["comparison"]
    story.append(para(L("cmp_differ"), st["h1"]))
    rows = [[L("cmp_test"), L("cmp_statistic"), L("df"), "p", L("rep_note_col")]]
    an, wa, kr = comp.get("anova", {}), comp.get("welch_anova", {}), comp.get("kruskal", {})
    rows.append([L("cmp_anova"), f"F = {fmt_num(an.get('F'), 2, lang)}",
                 f"{_df(an.get('df_between'), lang)}{sep}{_df(an.get('df_within'), lang)}"
                 if an.get("df_between") is not None else "–",
                 fmt_p(an.get("p"), lang),
                 f"eta² = {fmt_num(an.get('eta_squared'), 2, lang)}" if an.get("eta_squared") is not None
                 else reason_text(an.get("F_null_reason"), lang) if an.get("F_null_reason") else ""])
    rows.append([L("cmp_welch"), f"F = {fmt_num(wa.get('F'), 2, lang)}",
                 f"{_df(wa.get('df_between'), lang)}{sep}{fmt_num(wa.get('df_within'), 1, lang)}"
                 if wa.get("df_between") is not None else "–", fmt_p(wa.get("p"), lang),
                 L("cmp_unequal") if wa.get("F") is not None
                 else reason_text(wa.get("F_null_reason"), lang) if wa.get("F_null_reason") else ""])
    rows.append(["Kruskal–Wallis", f"H = {fmt_num(kr.get('H'), 2, lang)}",
                 _df(kr.get("df"), lang), fmt_p(kr.get("p"), lang),
                 L("cmp_rank") if kr.get("H") is not None
                 else reason_text(kr.get("H_null_reason"), lang) if kr.get("H_null_reason") else ""])
    anc = comp.get("ancova") or {}
    rows.append([L("cmp_ancova"), f"F = {fmt_num(anc.get('F'), 2, lang)}",
                 f"{_df(anc.get('df_between'), lang)}{sep}{_df(anc.get('df_within'), lang)}"
                 if anc.get("df_between") is not None else "–", fmt_p(anc.get("p"), lang),
                 L("cmp_ancova_note") if anc.get("F") is not None else ""])
    story.append(table(rows, [3.5 * cm, 2.6 * cm, 2.2 * cm, 1.8 * cm, TEXT_W - 10.1 * cm], st))
    forms = comp.get("forms") or {}
    if comp.get("refused"):
        story.append(para(L("cmp_refused", n=comp["refused"]["n_common_items"], m=comp["refused"]["minimum"]),
                          st["body"]))
    elif forms.get("same_items") is False:
        story.append(para(L("cmp_common_items", n=forms.get("n_common_items")), st["body"]))
    if comp.get("verdict"):
        test = L("cmp_welch") if comp.get("test") == "welch_anova" else L("cmp_anova")
        story.append(para(L("cmp_verdict_" + comp["verdict"], test=test), st["body"]))
    mdes = comp.get("mde_gain") or []
    if mdes:
        story.append(para(L("cmp_mde", list=", ".join(
            f"{c} {fmt_num(m, 1, lang)}" for c, m in zip(comp.get("cohorts", []), mdes))), st["small"]))
    pairs = comp.get("pairwise") or []
    if pairs:
        # How large the difference is, with its interval, beside the p that tests it.
        rows = [[L("cmp_a"), L("cmp_b"), L("cmp_diff"), L("cmp_welch_t"), L("df"), "p", "p (Holm)"]]
        for pw in pairs:
            ci = pw.get("difference_ci95")
            diff = fmt_signed(pw.get("difference"), 1, lang) + (
                f" [{fmt_num(ci[0], 1, lang)}{sep}{fmt_num(ci[1], 1, lang)}]" if ci else "")
            rows.append([pw["a"], pw["b"], diff, fmt_num(pw.get("t"), 2, lang), fmt_num(pw.get("df"), 1, lang),
                         fmt_p(pw.get("p"), lang), fmt_p(pw.get("p_holm"), lang)])
        w = [4.1 * cm, 4.1 * cm, 3.2 * cm, 1.5 * cm, 1.3 * cm, 1.5 * cm]
        story += [para(L("cmp_pairwise"), st["h2"]), table(rows, w + [TEXT_W - sum(w)], st)]
    if comp.get("excluded_cohorts"):
        story.append(para(L("cmp_left_out", names=", ".join(comp["excluded_cohorts"]),
                            reason=reason_text(comp.get("excluded_reason"), lang)), st["small"]))
    if evaluation:
        story += comparison_story(side_by_side(evaluation, cohorts), st, lang, evaluation["min_cell"])
    story.append(para(L("cmp_summaries"), st["h1"]))
    for name in present:
        story.append(para(result["cohorts"][name]["summary"][lang], st["body"]))
    story += method_notes(st, lang)
    return story
