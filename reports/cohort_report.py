"""Cohort report (PDF, a few pages) for evaluators and donors.

Every figure is taken from the statistics engine's output (``assessor.stats.analyze``,
the JSON documented in docs/statistics.md) and only formatted here: summary and
interpretation, the headline table with definitions, vector charts, topics, item
analysis with flags, attrition and retention, disaggregation by sex and organisation,
and method notes with the references of docs/statistics.md.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import cm
from reportlab.platypus import KeepTogether, PageBreak, Spacer

from assessor.progress import Progress, step
from assessor.questions import localized
from assessor.stats import analyze

from .common import check_lang, fmt_num, fmt_p, fmt_p_eq, fmt_pct, fmt_share, fmt_signed
from .pdfdoc import TEXT_W, bar_chart, build, para, styles, table

FLAG_TEXT = {
    "too_easy_pre": "too easy at pre-test (facility ≥ 0.90)",
    "nobody_learned": "nobody moved from wrong to right",
    "negative_discrimination": "negative discrimination",
}

REFERENCES = [
    "Cronbach, L. J. (1951). Coefficient alpha and the internal structure of tests. Psychometrika 16, 297–334.",
    "Hake, R. R. (1998). Interactive-engagement versus traditional methods. American Journal of Physics 66, 64–74.",
    "Holm, S. (1979). A simple sequentially rejective multiple test procedure. Scandinavian Journal of "
    "Statistics 6, 65–70.",
    "Lakens, D. (2013). Calculating and reporting effect sizes to facilitate cumulative science. Frontiers in "
    "Psychology 4, 863.",
    "Marx, J. D., & Cummings, K. (2007). Normalized change. American Journal of Physics 75, 87–91.",
    "McNemar, Q. (1947). Note on the sampling error of the difference between correlated proportions. "
    "Psychometrika 12, 153–157.",
    "Moodle documentation, “Quiz statistics calculations” (facility, discrimination index, discriminative "
    "efficiency).",
    "Welch, B. L. (1951). On the comparison of several mean values: an alternative approach. Biometrika 38, "
    "330–336.",
    "Wilcoxon, F. (1945). Individual comparisons by ranking methods. Biometrics Bulletin 1, 80–83.",
]


def _open(store):
    if hasattr(store, "results"):
        return store, False
    from assessor.store import Store

    return Store.open(store), True


def cohort_context(store, cohort: str) -> dict:
    """Names and labels the report shows beside the numbers (cohort record, topic labels)."""
    c = store.cohorts.by_name(cohort)
    labels: dict = {}
    for bank in store.banks.list(include_archived=True):
        for t, text in bank.topics.items():
            labels.setdefault(t, text)
    return {"cohort": c, "topic_labels": labels}


def write_cohort_report(store, cohort: str, out, lang: str = "en", progress: Progress | None = None,
                        result: dict | None = None) -> Path:
    """Write the PDF report of ``cohort`` to ``out`` and return its path.

    ``store`` is a Store or a database path. ``result`` may pass an ``analyze`` output
    already computed for this cohort (the engine is run otherwise). ``lang`` chooses the
    language of the plain-language summary (the rest of the report is in English).
    """
    check_lang(lang)
    store, own = _open(store)
    try:
        step(progress, 0, 3)
        ctx = cohort_context(store, cohort)
        if result is None:
            result = analyze(store.response_table([cohort]), [cohort])
        step(progress, 1, 3)
    finally:
        if own:
            store.close()
    block = result["cohorts"][cohort]
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    story = cohort_story(cohort, block, ctx, lang)
    step(progress, 2, 3)
    c = ctx["cohort"]
    build(out, story, title=f"Cohort report – {cohort}", author=c.organisation, subject="Learning gain report")
    step(progress, 3, 3)
    return out


def _info_line(c) -> str:
    parts = []
    if c.start_date:
        parts.append(" – ".join(d for d in (c.start_date, c.end_date) if d))
    if c.location:
        parts.append(c.location)
    if c.organisation:
        parts.append(c.organisation)
    if c.trainers:
        parts.append("Trainers: " + ", ".join(c.trainers))
    return " · ".join(parts)


def headline_rows(block: dict) -> list[list[str]]:
    """[measure, value, definition] rows of the headline table."""
    pr = block["paired"]
    pre, post = block.get("pre", {}), block.get("post", {})
    ci = pr.get("gain_ci95")
    ci_text = f" (95% CI {fmt_num(ci[0], 1)} to {fmt_num(ci[1], 1)})" if ci else ""
    t_text = (f"t({pr['df']}) = {fmt_num(pr['t'], 2)}, {fmt_p_eq(pr['p'])}"
              if pr.get("t") is not None else f"not computed ({pr.get('t_null_reason', 'n/a')})")
    wil = pr.get("wilcoxon") or {}
    band = f" ({pr['hake_band']})" if pr.get("hake_band") else ""
    pm = block.get("pass_mark")
    return [
        ["Measure", "Value", "Definition"],
        ["Participants", f"{block['n_pre']} pre, {block['n_post']} post, {block['n_matched']} matched"
         + (f", {block['n_followup']} follow-up" if block.get("n_followup") else ""),
         "Matched: took both the pre-test and the post-test; all gain figures use matched participants only."],
        ["Mean pre-test score", fmt_pct(pr.get("pre_mean_pct")), "Mean % of the maximum mark, matched participants."],
        ["Mean post-test score", fmt_pct(pr.get("post_mean_pct")), "As above, after the training."],
        ["Mean gain", f"{fmt_signed(pr.get('gain_mean'))} pp{ci_text}",
         "Post minus pre in percentage points (pp); 95% confidence interval from Student's t."],
        ["SD of gains", fmt_num(pr.get("gain_sd"), 1), "Standard deviation of individual gains (n − 1)."],
        ["Paired t-test", t_text, "Tests whether the mean gain differs from zero (two-sided)."],
        ["Wilcoxon signed-rank", fmt_p_eq(wil.get("p")) if wil.get("p") is not None else "–",
         f"Rank-based check of the same question ({wil.get('method', '')})."],
        ["Effect size dz", fmt_num(pr.get("cohen_dz")), "Mean gain / SD of gains (Lakens 2013)."],
        ["Effect size g_av", fmt_num(pr.get("hedges_g_av")),
         "Mean gain / average SD of pre and post, small-sample corrected (Lakens 2013)."],
        ["Class normalised gain <g>", fmt_num(pr.get("class_normalized_gain")) + band,
         "(post − pre) / (100 − pre) on the means; low < 0.3 ≤ medium < 0.7 ≤ high (Hake 1998)."],
        ["Mean individual gain g", fmt_num(pr.get("mean_normalized_gain")),
         f"Mean of each participant's (post − pre)/(100 − pre); {pr.get('n_excluded_pre_100', 0)} excluded at pre 100%."],
        ["Mean normalised change c", fmt_num(pr.get("mean_normalized_change")),
         "Marx & Cummings (2007): also defined for losses."],
        ["Improved / same / declined", f"{pr.get('improved', 0)} / {pr.get('unchanged', 0)} / {pr.get('declined', 0)}",
         "Matched participants whose score rose, stayed, fell."],
        ["Reached pass mark", f"{fmt_share(pr.get('pass_share_pre'))} → {fmt_share(pr.get('pass_share_post'))}",
         f"Share of matched participants at or above the pass mark ({fmt_num(pm, 0) if pm is not None else '–'}%)."],
        ["Reliability (alpha)", f"{fmt_num(pre.get('alpha'))} pre, {fmt_num(post.get('alpha'))} post",
         "Cronbach's alpha (= KR-20 for right/wrong items), all takers of each test."],
        ["Standard error of measurement", f"{fmt_num(pre.get('sem_pct'), 1)} pp pre, "
         f"{fmt_num(post.get('sem_pct'), 1)} pp post", "SD × √(1 − alpha): typical error of one person's score."],
    ]


def cohort_story(cohort: str, block: dict, ctx: dict, lang: str = "en") -> list:
    st = styles()
    c = ctx["cohort"]
    labels = ctx["topic_labels"]

    def topic_name(t: str) -> str:
        return localized(labels.get(t), "en") or t

    story: list = [para(f"Cohort report: {cohort}", st["title"]), para(_info_line(c), st["small"]),
                   Spacer(1, 6)]
    story += [para("Summary and interpretation", st["h1"]), para(block["summary"][lang], st["body"])]
    for note in block.get("notes", []):
        story.append(para("Note: " + note, st["small"]))

    story += [para("Headline figures", st["h1"]),
              table(headline_rows(block), [4.2 * cm, 4.6 * cm, TEXT_W - 8.8 * cm], st)]

    # Charts
    pr = block["paired"]
    cats = [f"Pre-test (matched, n={pr['n']})", f"Post-test (matched, n={pr['n']})"]
    vals = [pr.get("pre_mean_pct"), pr.get("post_mean_pct")]
    if "retention" in block:
        r = block["retention"]
        cats += [f"Post-test (with follow-up, n={r['n']})", f"Follow-up (n={r['n']})"]
        vals += [r.get("post_mean_pct"), r.get("followup_mean_pct")]
    means = [("Mean score", vals)]
    story.append(PageBreak())
    story.append(para("Charts", st["h1"]))
    story.append(bar_chart(cats, means, "Mean score (% of maximum)", height=5 * cm, label_fmt="%.1f"))
    topics = block.get("topics", {})
    if topics:
        names = list(topics)
        story.append(Spacer(1, 8))
        story.append(bar_chart([topic_name(t) for t in names],
                               [("Pre-test", [topics[t].get("pre_pct") for t in names]),
                                ("Post-test", [topics[t].get("post_pct") for t in names])],
                               "Mean score by topic (% of maximum, matched participants)",
                               height=max(4 * cm, 1.1 * cm * len(names) + 1.5 * cm), horizontal=True))
    items = block.get("items", {})
    if items:
        keys = list(items)
        story.append(Spacer(1, 8))
        story.append(bar_chart(keys, [("Pre-test", [_pct(items[k].get("facility_pre")) for k in keys]),
                                      ("Post-test", [_pct(items[k].get("facility_post")) for k in keys])],
                               "Item facility (% right, matched participants)", height=6 * cm))

    # Topic table
    if topics:
        rows = [["Topic", "Items", "Pre", "Post", "<g>"]]
        for t, row in topics.items():
            rows.append([topic_name(t), row["n_items"], fmt_pct(row.get("pre_pct")), fmt_pct(row.get("post_pct")),
                         fmt_num(row.get("class_normalized_gain"))])
        story += [para("Topics", st["h1"]),
                  table(rows, [TEXT_W - 9 * cm, 1.5 * cm, 2.4 * cm, 2.4 * cm, 2.7 * cm], st)]

    # Item analysis
    if items:
        pre_items = block.get("pre", {}).get("items", {})
        post_items = block.get("post", {}).get("items", {})
        rows = [["Item", "n", "Facility pre", "Facility post", "Discr. pre", "Discr. post", "b / c",
                 "McNemar p", "Flags"]]
        for k, it in items.items():
            rows.append([k, it["n"], fmt_num(it.get("facility_pre")), fmt_num(it.get("facility_post")),
                         fmt_num(pre_items.get(k, {}).get("discrimination")),
                         fmt_num(post_items.get(k, {}).get("discrimination")),
                         f"{it['mcnemar_b']} / {it['mcnemar_c']}", fmt_p(it.get("mcnemar_p")),
                         "; ".join(FLAG_TEXT.get(f, f) for f in it.get("flags", [])) or "–"])
        w = [2.5 * cm, 0.9 * cm, 1.5 * cm, 1.5 * cm, 1.4 * cm, 1.4 * cm, 1.3 * cm, 1.6 * cm]
        story += [para("Item analysis", st["h1"]),
                  para("Facility: share of full marks. Discrimination: correlation of the item with the rest of "
                       "the test (all takers of that test). b / c: matched participants who went from right to "
                       "wrong / from wrong to right; McNemar's exact test asks whether c and b differ.", st["small"]),
                  table(rows, w + [TEXT_W - sum(w)], st)]

    # Attrition and retention
    story.append(para("Attrition and retention", st["h1"]))
    att = [["", "Count", "Codes"],
           ["Took the pre-test", block["n_pre"], ""],
           ["Took the post-test", block["n_post"], ""],
           ["Matched (both)", block["n_matched"], ""],
           ["Pre-test only (lost)", len(block["pre_only"]), ", ".join(block["pre_only"]) or "–"],
           ["Post-test only", len(block["post_only"]), ", ".join(block["post_only"]) or "–"]]
    if block.get("n_followup"):
        att.append(["Took the follow-up", block["n_followup"], ""])
    story.append(table(att, [4.5 * cm, 1.8 * cm, TEXT_W - 6.3 * cm], st))
    if "retention" in block:
        r = block["retention"]
        rows = [["Measure", "Value"],
                ["Post and follow-up (n)", r["n"]],
                ["Mean post → follow-up", f"{fmt_pct(r.get('post_mean_pct'))} → {fmt_pct(r.get('followup_mean_pct'))}"],
                ["Mean change", f"{fmt_signed(r.get('change_mean'))} pp (SD {fmt_num(r.get('change_sd'), 1)})"],
                ["Paired t-test", f"t({r.get('df')}) = {fmt_num(r.get('t'))}, {fmt_p_eq(r.get('p'))}"
                 if r.get("t") is not None else "–"],
                ["Share of gain retained", f"{fmt_share(r.get('share_of_gain_retained'))} "
                 f"(n = {r.get('n_all_three')} with all three tests)"]]
        story.append(Spacer(1, 6))
        story.append(table(rows, [5 * cm, TEXT_W - 5 * cm], st))
    if "confidence" in block:
        rows = [["Test", "Rated answers", "Mean confidence (1–4)", "Confident but wrong"]]
        for ph, blk in block["confidence"].items():
            rows.append([{"pre": "Pre-test", "post": "Post-test", "followup": "Follow-up"}[ph], blk["n_rated"],
                         fmt_num(blk.get("mean")), fmt_share(blk.get("confident_wrong_share"))])
        story += [para("Confidence", st["h2"]), table(rows, [3 * cm, 3 * cm, 4.5 * cm, TEXT_W - 10.5 * cm], st)]

    # Disaggregation
    for key, title in (("by_sex", "By sex"), ("by_organisation", "By organisation")):
        if key not in block:
            continue
        rows = [["Group", "n", "Pre", "Post", "Gain (pp)", "p", "<g>", "Note"]]
        for g, blk in block[key].items():
            p = blk["paired"]
            rows.append([g.replace("_", " "), blk["n"], fmt_pct(p.get("pre_mean_pct")), fmt_pct(p.get("post_mean_pct")),
                         fmt_signed(p.get("gain_mean")), fmt_p(p.get("p")), fmt_num(p.get("class_normalized_gain")),
                         "too small to interpret (n < 5)" if blk["too_small"] else ""])
        w = [3.6 * cm, 1 * cm, 1.7 * cm, 1.7 * cm, 1.8 * cm, 1.6 * cm, 1.3 * cm]
        story.append(KeepTogether([para(f"Disaggregation: {title.lower()}", st["h2"]),
                                   table(rows, w + [TEXT_W - sum(w)], st)]))

    story += method_notes(st)
    return story


def method_notes(st) -> list:
    text = (
        "Scores are the percentage of the maximum mark of the items each participant was given. Gains use only "
        "participants who took both the pre-test and the post-test (matched); those who missed a test are listed "
        "under attrition. The paired t-test and the Wilcoxon signed-rank test ask whether the mean gain differs "
        "from zero; effect sizes dz and g_av follow Lakens (2013). The class normalised gain <g> and its bands "
        "follow Hake (1998); normalised change c follows Marx & Cummings (2007). Reliability is Cronbach's alpha "
        "(Cronbach 1951). Item facility and discrimination follow Moodle's quiz statistics; changes per item use "
        "McNemar's exact test (McNemar 1947). Comparisons between cohorts use one-way and Welch's ANOVA "
        "(Welch 1951), Kruskal–Wallis, and pairwise Welch t-tests with Holm's correction (Holm 1979). Groups with "
        "fewer than 5 matched participants are marked too small to interpret. Full formulas: docs/statistics.md."
    )
    return [para("Method notes", st["h1"]), para(text, st["body"]), para("References", st["h2"])] + [
        para(ref, st["small"]) for ref in REFERENCES]


def _pct(x):
    return None if x is None else 100 * x
