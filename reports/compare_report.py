"""Comparison report (PDF) across cohorts: one row per cohort plus the pooled figures, a
chart of mean scores, and the between-cohort tests on matched gains, all taken from the
statistics engine's output (see docs/statistics.md, "Between cohorts")."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import cm
from reportlab.platypus import Spacer

from assessor.errors import InputError
from assessor.progress import Progress, step
from assessor.stats import ALL, analyze

from .cohort_report import _open, method_notes
from .common import check_lang, fmt_num, fmt_p, fmt_pct, fmt_share, fmt_signed
from .pdfdoc import TEXT_W, bar_chart, build, para, styles, table


def write_compare_report(store, cohorts: list[str], out, lang: str = "en", progress: Progress | None = None,
                         result: dict | None = None) -> Path:
    """Write the comparison of ``cohorts`` (two or more names) to ``out`` and return its path.

    ``store`` is a Store or a database path; ``result`` may pass an ``analyze`` output
    for exactly these cohorts. ``lang`` chooses the language of the summaries.
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
    finally:
        if own:
            store.close()
    step(progress, 1, 2)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    story = compare_story(cohorts, records, result, lang)
    build(out, story, title="Cohort comparison – " + ", ".join(cohorts),
          author=", ".join(dict.fromkeys(r.organisation for r in records if r.organisation)),
          subject="Learning gain comparison")
    step(progress, 2, 2)
    return out


def compare_story(cohorts: list[str], records, result: dict, lang: str = "en") -> list:
    st = styles()
    story: list = [para("Cohort comparison", st["title"]),
                   para(" · ".join(f"{r.name} ({r.start_date or 'no date'}, {r.location or '–'})" for r in records),
                        st["small"]), Spacer(1, 6)]
    rows = [["Cohort", "n pre / post / matched", "Pre", "Post", "Gain (pp) [95% CI]", "p", "dz", "<g>",
             "Pass pre → post"]]
    for name in cohorts + [ALL]:
        b = result["cohorts"].get(name)
        if b is None:
            continue
        p = b["paired"]
        ci = p.get("gain_ci95")
        rows.append([
            "All cohorts" if name == ALL else name, f"{b['n_pre']} / {b['n_post']} / {b['n_matched']}",
            fmt_pct(p.get("pre_mean_pct")), fmt_pct(p.get("post_mean_pct")),
            fmt_signed(p.get("gain_mean")) + (f" [{fmt_num(ci[0], 1)}, {fmt_num(ci[1], 1)}]" if ci else ""),
            fmt_p(p.get("p")), fmt_num(p.get("cohen_dz")), fmt_num(p.get("class_normalized_gain")),
            f"{fmt_share(p.get('pass_share_pre'), 0)} → {fmt_share(p.get('pass_share_post'), 0)}",
        ])
    w = [3.6 * cm, 2.3 * cm, 1.4 * cm, 1.4 * cm, 2.9 * cm, 1.4 * cm, 1.1 * cm, 1.1 * cm]
    story += [para("Headline figures per cohort", st["h1"]), table(rows, w + [TEXT_W - sum(w)], st),
              para("Pre and post: mean % of the maximum mark of matched participants. Gain: post − pre in "
                   "percentage points. p: paired t-test. dz: mean gain / SD of gains. <g>: class normalised gain "
                   "(Hake 1998). Pass: share of matched participants at or above the cohort's pass mark.",
                   st["small"])]
    present = [c for c in cohorts if c in result["cohorts"]]
    story.append(Spacer(1, 8))
    story.append(bar_chart(present, [
        ("Pre-test", [result["cohorts"][c]["paired"].get("pre_mean_pct") for c in present]),
        ("Post-test", [result["cohorts"][c]["paired"].get("post_mean_pct") for c in present]),
    ], "Mean score of matched participants (% of maximum)", height=5.5 * cm, label_fmt="%.1f"))

    comp = result["comparison"]
    story.append(para("Do the gains differ between cohorts?", st["h1"]))
    rows = [["Test", "Statistic", "df", "p", "Note"]]
    an, wa, kr = comp.get("anova", {}), comp.get("welch_anova", {}), comp.get("kruskal", {})
    rows.append(["One-way ANOVA", f"F = {fmt_num(an.get('F'))}", f"{an.get('df_between')}, {an.get('df_within')}"
                 if an.get("df_between") is not None else "–", fmt_p(an.get("p")),
                 f"eta² = {fmt_num(an.get('eta_squared'))}" if an.get("eta_squared") is not None
                 else an.get("F_null_reason", "")])
    rows.append(["Welch's ANOVA", f"F = {fmt_num(wa.get('F'))}",
                 f"{wa.get('df_between')}, {fmt_num(wa.get('df_within'), 1)}" if wa.get("df_between") is not None
                 else "–", fmt_p(wa.get("p")), "unequal variances allowed" if wa.get("F") is not None
                 else wa.get("F_null_reason", "")])
    rows.append(["Kruskal–Wallis", f"H = {fmt_num(kr.get('H'))}", str(kr.get("df")) if kr.get("df") is not None
                 else "–", fmt_p(kr.get("p")), "rank-based" if kr.get("H") is not None else kr.get("H_null_reason", "")])
    story.append(table(rows, [3.5 * cm, 2.6 * cm, 2.2 * cm, 1.8 * cm, TEXT_W - 10.1 * cm], st))
    pairs = comp.get("pairwise") or []
    if pairs:
        rows = [["Cohort A", "Cohort B", "Welch t", "df", "p", "p (Holm)"]]
        for pw in pairs:
            rows.append([pw["a"], pw["b"], fmt_num(pw.get("t")), fmt_num(pw.get("df"), 1), fmt_p(pw.get("p")),
                         fmt_p(pw.get("p_holm"))])
        w = [4.4 * cm, 4.4 * cm, 2 * cm, 1.8 * cm, 1.8 * cm]
        story += [para("Pairwise comparisons of gains", st["h2"]), table(rows, w + [TEXT_W - sum(w)], st)]
    if comp.get("excluded_cohorts"):
        story.append(para(f"Left out of the tests: {', '.join(comp['excluded_cohorts'])} "
                          f"({comp.get('excluded_reason', '')}).", st["small"]))
    story.append(para("Summaries", st["h1"]))
    for name in present:
        story.append(para(result["cohorts"][name]["summary"][lang], st["body"]))
    story += method_notes(st)
    return story
