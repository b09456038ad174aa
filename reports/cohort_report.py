"""Cohort report (PDF, a few pages) for evaluators and donors.

Every figure is taken from the statistics engine's output (``assessor.analysis.stats.analyze``,
the JSON documented in docs/statistics.md) and only formatted here: summary and
interpretation, the headline table with definitions, vector charts, topics, item
analysis with flags, attrition and retention, disaggregation by sex and organisation,
and method notes with the references of docs/statistics.md.
"""

from __future__ import annotations

import re
from pathlib import Path

from reportlab.lib.units import cm
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, KeepTogether, PageBreak, Spacer

from assessor.progress import Progress, step
from assessor.analysis.rounding import as_points as _pp
from assessor.banks.questions import localized
from assessor.analysis.evaluation import analyze_evaluations
from assessor.analysis.stats import EASY_PRE, NO_TOPIC, NOT_RECORDED, SMALL_GROUP, analyze

from reports.common import (
    check_lang,
    fmt_num,
    fmt_p,
    fmt_p_eq,
    fmt_pct,
    fmt_share,
    fmt_signed,
    label,
    reason_text,
)
from reports.pdfdoc import TEXT_W, bar_chart, build, para, styles, table

HAKE_LOW, HAKE_HIGH = 0.3, 0.7  # Hake (1998) bands, as assessor.analysis.inference.hake_band

FLAGS = ("too_easy_pre", "nobody_learned", "negative_discrimination")


def flag_text(flag: str, lang: str = "en") -> str:
    """The item flag code as a short phrase in ``lang`` (unknown codes as they are)."""
    if flag not in FLAGS:
        return flag
    return label("flag_" + flag, lang, x=fmt_num(EASY_PRE, 2, lang)) if flag == "too_easy_pre" \
        else label("flag_" + flag, lang)


REFERENCES = sorted([
    "Algina, J., & Keselman, H. J. (2003). Approximate confidence intervals for effect sizes. Educational and "
    "Psychological Measurement 63, 537–553.",
    "Feldt, L. S. (1965). The approximate sampling distribution of Kuder-Richardson reliability coefficient "
    "twenty. Psychometrika 30, 357–370.",
    "Jacobson, N. S., & Truax, P. (1991). Clinical significance: a statistical approach to defining meaningful "
    "change. Journal of Consulting and Clinical Psychology 59, 12–19.",
    "Wilson, E. B. (1927). Probable inference, the law of succession, and statistical inference. Journal of the "
    "American Statistical Association 22, 209–212.",
    "Cronbach, L. J. (1951). Coefficient alpha and the internal structure of tests. Psychometrika 16, 297–334.",
    "Hake, R. R. (1998). Interactive-engagement versus traditional methods. American Journal of Physics 66, 64–74.",
    "Holm, S. (1979). A simple sequentially rejective multiple test procedure. Scandinavian Journal of "
    "Statistics 6, 65–70.",
    "Lakens, D. (2013). Calculating and reporting effect sizes to facilitate cumulative science. Frontiers in "
    "Psychology 4, 863.",
    "Marx, J. D., & Cummings, K. (2007). Normalized change. American Journal of Physics 75, 87–91.",
    "McNemar, Q. (1947). Note on the sampling error of the difference between correlated proportions. "
    "Psychometrika 12, 153–157.",
    "Newcombe, R. G. (1998). Improved confidence intervals for the difference between binomial proportions "
    "based on paired data. Statistics in Medicine 17, 2635–2650.",
    "Moodle documentation, “Quiz statistics calculations” (facility, discrimination index, discriminative "
    "efficiency).",
    "Welch, B. L. (1951). On the comparison of several mean values: an alternative approach. Biometrika 38, "
    "330–336.",
    "Wilcoxon, F. (1945). Individual comparisons by ranking methods. Biometrics Bulletin 1, 80–83.",
])


def _open(store):
    if hasattr(store, "results"):
        return store, False
    from assessor.store import Store

    return Store.open(store), True


def cohort_context(store, cohort: str) -> dict:
    """Names and labels the report shows beside the numbers (cohort record, topic labels), and the
    per-blank statistics of its cloze questions (``{phase: {"KEY#n": ...}}``, see assessor.analysis.blanks)."""
    from assessor.analysis.blanks import blank_statistics

    c = store.cohorts.by_name(cohort)
    labels: dict = {}
    for bank in store.banks.list(include_archived=True):
        for t, text in bank.topics.items():
            labels.setdefault(t, text)
    return {"cohort": c, "topic_labels": labels, "blanks": blank_statistics(store, [cohort]).get(cohort, {})}


def blank_rows(key: str, blanks: dict, lang: str = "en") -> list[list]:
    """The item table's rows for the blanks of cloze question ``key`` (``KEY#1``, ``KEY#2``, ...), each with
    its facility and discrimination before and after and how many took each test; none for other items."""
    pre, post = blanks.get("pre", {}), blanks.get("post", {})
    names = sorted({b for b in (*pre, *post) if b.startswith(key + "#")}, key=lambda b: int(b.rsplit("#", 1)[1]))
    rows = []
    for name in names:
        a, b = pre.get(name, {}), post.get(name, {})
        rows.append([name, "–", fmt_num(a.get("facility"), 2, lang), fmt_num(b.get("facility"), 2, lang),
                     fmt_num(a.get("discrimination"), 2, lang), fmt_num(b.get("discrimination"), 2, lang),
                     "–", "–", "–", label("rep_blank_row", lang, n=name.rsplit("#", 1)[1], pre=a.get("n", 0),
                                          post=b.get("n", 0))])
    return rows


def write_cohort_report(store, cohort: str, out, lang: str = "en", progress: Progress | None = None,
                        result: dict | None = None) -> Path:
    """Write the PDF report of ``cohort`` to ``out`` and return its path.

    ``store`` is a Store or a database path. ``result`` may pass an ``analyze`` output
    already computed for this cohort (the engine is run otherwise). ``lang`` ("en" or "id")
    chooses the language of every text of the report, numbers included (decimal comma in
    Indonesian); references stay as published.
    """
    check_lang(lang)
    store, own = _open(store)
    try:
        step(progress, 0, 3)
        ctx = cohort_context(store, cohort)
        if result is None:
            result = analyze(store.response_table([cohort]), [cohort])
        evaluation = analyze_evaluations(store, [cohort])
        step(progress, 1, 3)
    finally:
        if own:
            store.close()
    block = result["cohorts"][cohort]
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    story = cohort_story(cohort, block, ctx, lang, extra=_evaluation_part(evaluation, cohort, lang))
    step(progress, 2, 3)
    c = ctx["cohort"]
    title = label("rep_meta_title", lang, cohort=cohort) + (label("demo_suffix", lang) if c.demo else "")
    build(out, story, title=title, author=c.organisation, subject=label("rep_meta_subject", lang), lang=lang,
          banner=label("rep_demo_banner", lang) if c.demo else "")
    step(progress, 3, 3)
    return out


def _info_line(c, lang: str = "en") -> str:
    parts = []
    if c.start_date:
        parts.append(" – ".join(d for d in (c.start_date, c.end_date) if d))
    if c.location:
        parts.append(c.location)
    if c.organisation:
        parts.append(c.organisation)
    if c.trainers:
        parts.append(label("rep_trainers", lang, names=", ".join(c.trainers)))
    return " · ".join(parts)


def _band(band: str | None, lang: str) -> str:
    return label("band_" + band, lang) if band in ("low", "medium", "high") else (band or "")


def _attrition_verdict(at: dict, lang: str) -> str:
    """The sentence on whether the dropouts may bias the matched gain."""
    if at.get("may_bias_gain"):
        return label("rep_attrition_bias", lang)
    if at.get("verdict") == "few_dropped" and at.get("matched_pre_shift_pct") is not None:
        return label("rep_attrition_few", lang, share=fmt_share(at.get("dropout_share"), 0, lang),
                 shift=fmt_num(abs(at["matched_pre_shift_pct"]), 1, lang))
    return label("rep_attrition_nobias", lang)


def _wilcoxon_method(method: str | None, lang: str) -> str:
    if not method:
        return ""
    if method == "exact":
        return label("wilcoxon_exact", lang)
    if method.startswith("exact conditional"):
        return label("wilcoxon_exact_ties", lang)
    if method.startswith("normal approximation"):
        return label("wilcoxon_approx", lang)
    return method


def _sep(lang: str) -> str:
    """Separator between two numbers in a list: a semicolon where the decimal mark is a comma."""
    return "; " if lang == "id" else ", "


def _with_unit(value: str, unit: str) -> str:
    """``value unit``, or the dash alone when there is no value (never "– pp")."""
    return value if value == "–" else f"{value} {unit}"


def headline_rows(block: dict, lang: str = "en") -> list[list[str]]:
    """[measure, value, definition] rows of the headline table, in ``lang``."""
    L = lambda key, **kw: label(key, lang, **kw)
    pr = block["paired"]
    pre, post = block.get("pre", {}), block.get("post", {})
    ci = pr.get("gain_ci95")
    ci_text = f" ({L('rep_ci', lo=fmt_num(ci[0], 1, lang), hi=fmt_num(ci[1], 1, lang))})" if ci else ""
    t_text = (f"t({pr['df']}) = {fmt_num(pr['t'], 2, lang)}, {fmt_p_eq(pr['p'], lang)}"
              if pr.get("t") is not None else L("rep_not_computed", reason=reason_text(pr.get("t_null_reason"), lang)))
    wil = pr.get("wilcoxon") or {}
    band = f" ({_band(pr['hake_band'], lang)})" if pr.get("hake_band") else ""
    pm = block.get("pass_mark")
    pp = L("rep_pp")
    participants = L("rep_participants_val", pre=block["n_pre"], post=block["n_post"], matched=block["n_matched"])
    if block.get("n_followup"):
        participants += L("rep_participants_fu", n=block["n_followup"])
    def cit(c, nd=2):
        return f" ({L('rep_ci', lo=fmt_num(c[0], nd, lang), hi=fmt_num(c[1], nd, lang))})" if c else ""

    clip = L("rep_clipped") if pr.get("gain_ci95_clipped") or pr.get("class_normalized_gain_ci95_clipped") else ""
    wil_p = fmt_p_eq(wil.get("p"), lang) if wil.get("p") is not None else "–"
    if wil.get("same_direction") and wil.get("sign_test_p") is not None:
        wil_p += "; " + L("rep_same_direction", p=fmt_p_eq(wil["sign_test_p"], lang))
    rc = pr.get("reliable_change") or {}
    rc_text = (f"{rc['reliably_improved']} / {rc['no_reliable_change']} / {rc['reliably_declined']}"
               if rc.get("reliably_improved") is not None else "–")
    # Each share with its own interval beside it, then McNemar's test of the change.
    pass_text = (f"{fmt_share(pr.get('pass_share_pre'), 1, lang)} → {fmt_share(pr.get('pass_share_post'), 1, lang)}"
                 if pr.get("pass_share_pre") is not None or pr.get("pass_share_post") is not None else "–")
    if pr.get("pass_share_pre_ci95") and pr.get("pass_share_post_ci95"):
        a, b = pr["pass_share_pre_ci95"], pr["pass_share_post_ci95"]
        pass_text = (f"{fmt_share(pr.get('pass_share_pre'), 1, lang)} "
                     f"({L('rep_ci', lo=fmt_share(a[0], 0, lang), hi=fmt_share(a[1], 0, lang))}) → "
                     f"{fmt_share(pr.get('pass_share_post'), 1, lang)} "
                     f"({L('rep_ci', lo=fmt_share(b[0], 0, lang), hi=fmt_share(b[1], 0, lang))})")
        if pr.get("pass_mcnemar_p") is not None:
            pass_text += f"; McNemar {fmt_p_eq(pr['pass_mcnemar_p'], lang)}"
    return [
        [L("rep_measure"), L("rep_value"), L("rep_definition")],
        [L("rep_participants"), participants, L("rep_participants_def")],
        [L("rep_pre_mean"), fmt_pct(pr.get("pre_mean_pct"), 1, lang), L("rep_pre_mean_def")],
        [L("rep_post_mean"), fmt_pct(pr.get("post_mean_pct"), 1, lang), L("rep_post_mean_def")],
        [L("rep_gain_mean"), _with_unit(fmt_signed(pr.get('gain_mean'), 1, lang), pp) + ci_text,
         L("rep_gain_mean_def") + clip],
        [L("rep_mde"), _with_unit(fmt_num(pr.get('mde_gain'), 1, lang), pp), L("rep_mde_def")],
        [L("rep_gain_sd"), _with_unit(fmt_num(pr.get("gain_sd"), 1, lang), pp), L("rep_gain_sd_def")],
        [L("rep_ttest"), t_text, L("rep_ttest_def")],
        [L("rep_wilcoxon"), wil_p,
         L("rep_wilcoxon_def", method=_wilcoxon_method(wil.get("method"), lang)).replace(" ()", "")],
        [L("rep_dz"), fmt_num(pr.get("cohen_dz"), 2, lang) + cit(pr.get("cohen_dz_ci95")), L("rep_dz_def")],
        [L("rep_gav"), fmt_num(pr.get("hedges_g_av"), 2, lang) + cit(pr.get("hedges_g_av_ci95")), L("rep_gav_def")],
        [L("rep_class_g"), fmt_num(pr.get("class_normalized_gain"), 2, lang)
         + ("" if (pr.get("class_normalized_gain") or 0) < 0 else band) + cit(pr.get("class_normalized_gain_ci95")),
         L("rep_class_g_def", a=fmt_num(HAKE_LOW, 1, lang), b=fmt_num(HAKE_HIGH, 1, lang))],
        [L("rep_ind_g"), fmt_num(pr.get("mean_normalized_gain"), 2, lang),
         L("rep_ind_g_def", n=pr.get("n_excluded_pre_100", 0))],
        [L("rep_change_c"), fmt_num(pr.get("mean_normalized_change"), 2, lang), L("rep_change_c_def")],
        [L("rep_improved"), f"{pr.get('improved', 0)} / {pr.get('unchanged', 0)} / {pr.get('declined', 0)}",
         L("rep_improved_def")],
        [L("rep_rci"), rc_text, L("rep_rci_def")],
        [L("rep_pass"), pass_text,
         L("rep_pass_def", pm=fmt_num(pm, 0, lang) if pm is not None else "–")],
        [L("rep_pass_change"), (_with_unit(fmt_signed(_pp(pr.get('pass_share_change')), 0, lang), pp)
                                + cit(_pp(pr.get("pass_share_change_ci95")), 0)), L("rep_pass_change_def")],
        [L("rep_alpha"), L("rep_alpha_val", pre=fmt_num(pre.get("alpha"), 2, lang) + cit(pre.get("alpha_ci95")),
                           post=fmt_num(post.get("alpha"), 2, lang) + cit(post.get("alpha_ci95"))),
         L("rep_alpha_def")],
        [L("rep_sem"), L("rep_sem_val", pre=_with_unit(fmt_num(pre.get("sem_pct"), 1, lang), pp),
                                       post=_with_unit(fmt_num(post.get("sem_pct"), 1, lang), pp)),
         L("rep_sem_def")],
    ]


_ABSENT = re.compile(r"^(pre|post|followup): (\d+) item responses absent \(")


def note_text(note: str, lang: str = "en") -> str:
    """One of the engine's data notes in ``lang`` (notes it does not know stay as they are)."""
    m = _ABSENT.match(note)
    if lang == "en" or not m:
        return note
    return label("rep_note_absent", lang, phase=label(m.group(1), lang), n=m.group(2))


def group_name(key: str, name: str, lang: str = "en") -> str:
    """A disaggregation group as shown: sexes and 'not recorded' translated, organisations as entered."""
    if name == NOT_RECORDED:
        return label("not_recorded", lang)
    if key == "by_sex" and ("sex_" + name) in _SEX_KEYS:
        return label("sex_" + name, lang)
    return name.replace("_", " ") if key == "by_sex" else name


_SEX_KEYS = {"sex_female", "sex_male", "sex_other", "sex_not_stated"}


def _bar_label(lang: str):
    """Bar value labels with one decimal, in the report's decimal mark."""
    return lambda v: fmt_num(v, 1, lang)  # the one rounding rule, in both languages


def _evaluation_part(evaluation: dict, cohort: str, lang: str) -> list:
    """The course-evaluation section, when the cohort took one (empty otherwise)."""
    from reports.evaluation_section import evaluation_story

    entries = [e for e in evaluation["cohorts"] if e["cohort"] == cohort]
    if not entries:
        return []
    return [PageBreak()] + evaluation_story(entries[0], styles(), lang, evaluation["min_cell"])


def cohort_story(cohort: str, block: dict, ctx: dict, lang: str = "en", extra: list = ()) -> list:
    """The flowables of the cohort report, every text in ``lang``."""
    L = lambda key, **kw: label(key, lang, **kw)
    st = styles()
    c = ctx["cohort"]
    labels = ctx["topic_labels"]

    def topic_name(t: str) -> str:
        if t == NO_TOPIC:
            return L("no_topic")
        return localized(labels.get(t), lang) or localized(labels.get(t), "en") or t

    heading = L("rep_title_demo" if getattr(c, "demo", False) else "rep_title", cohort=cohort)
    story: list = [para(heading, st["title"]), para(_info_line(c, lang), st["small"]),
                   Spacer(1, 6)]
    story += [para(L("rep_summary"), st["h1"]), para(block["summary"][lang], st["body"])]
    for note in block.get("notes", []):
        story.append(para(L("rep_note", note=note_text(note, lang)), st["small"]))

    # The headline table may run onto the next page (its header row repeats there): the heading
    # keeps with its first rows only, so that a long summary does not push the whole table over
    # and leave most of page 1 empty.
    story += [CondPageBreak(3.5 * cm), para(L("rep_headline"), ParagraphStyle("h1_split", st["h1"], keepWithNext=0)),
              table(headline_rows(block, lang), [4.2 * cm, 4.6 * cm, TEXT_W - 8.8 * cm], st)]

    # Charts
    pr = block["paired"]
    cats = [L("rep_cat_pre", n=pr["n"]), L("rep_cat_post", n=pr["n"])]
    vals = [pr.get("pre_mean_pct"), pr.get("post_mean_pct")]
    if "retention" in block:
        r = block["retention"]
        cats += [L("rep_cat_post_fu", n=r["n"]), L("rep_cat_fu", n=r["n"])]
        vals += [r.get("post_mean_pct"), r.get("followup_mean_pct")]
    means = [(L("rep_mean_score"), vals)]
    story.append(PageBreak())
    story.append(para(L("rep_charts"), st["h1"]))
    story.append(bar_chart(cats, means, L("rep_chart_means"), height=5 * cm, label_fmt=_bar_label(lang)))
    topics = block.get("topics", {})
    if topics:
        names = list(topics)
        story.append(Spacer(1, 8))
        story.append(bar_chart([topic_name(t) for t in names],
                               [(label("pre", lang), [topics[t].get("pre_pct") for t in names]),
                                (label("post", lang), [topics[t].get("post_pct") for t in names])],
                               L("rep_chart_topics"),
                               height=max(4 * cm, 1.1 * cm * len(names) + 1.5 * cm), horizontal=True))
    items = block.get("items", {})
    if items:
        keys = list(items)
        story.append(Spacer(1, 8))
        story.append(bar_chart(keys, [(label("pre", lang), [_pct(items[k].get("facility_pre")) for k in keys]),
                                      (label("post", lang), [_pct(items[k].get("facility_post")) for k in keys])],
                               L("rep_chart_items"), height=6 * cm))

    # Topic table
    if topics:
        rows = [[L("rep_topic"), L("rep_items"), L("rep_pre"), L("rep_post"), "<g>"]]
        for t, row in topics.items():
            rows.append([topic_name(t), row["n_items"], fmt_pct(row.get("pre_pct"), 1, lang),
                         fmt_pct(row.get("post_pct"), 1, lang), fmt_num(row.get("class_normalized_gain"), 2, lang)])
        story += [para(L("rep_topics"), st["h1"]),
                  table(rows, [TEXT_W - 9 * cm, 1.5 * cm, 2.4 * cm, 2.4 * cm, 2.7 * cm], st)]

    # Item analysis
    if items:
        pre_items = block.get("pre", {}).get("items", {})
        post_items = block.get("post", {}).get("items", {})
        rows = [[L("rep_item"), "n", L("rep_fac_pre"), L("rep_fac_post"), L("rep_disc_pre"), L("rep_disc_post"),
                 "b / c", L("rep_mcnemar_p"), "p (Holm)", L("rep_flags")]]
        for k, it in items.items():
            rows.append([k, it["n"], fmt_num(it.get("facility_pre"), 2, lang), fmt_num(it.get("facility_post"), 2, lang),
                         fmt_num(pre_items.get(k, {}).get("discrimination"), 2, lang),
                         fmt_num(post_items.get(k, {}).get("discrimination"), 2, lang),
                         f"{it['mcnemar_b']} / {it['mcnemar_c']}", fmt_p(it.get("mcnemar_p"), lang),
                         fmt_p(it.get("mcnemar_p_holm"), lang),
                         "; ".join(flag_text(f, lang) for f in it.get("flags", [])) or "–"])
            rows += blank_rows(k, ctx.get("blanks", {}), lang)
        # Header columns as wide as their longest word in either language ("Kesukaran", "McNemar"),
        # which a table cell would otherwise split mid-word.
        w = [2.3 * cm, 0.8 * cm, 2.15 * cm, 2.15 * cm, 1.6 * cm, 1.6 * cm, 1.2 * cm, 1.8 * cm, 1.5 * cm]
        note = L("rep_item_note") + (" " + L("rep_blank_note") if any("#" in str(r[0]) for r in rows[1:]) else "")
        story += [para(L("rep_item_analysis"), st["h1"]), para(note, st["small"]),
                  table(rows, w + [TEXT_W - sum(w)], st)]

    # Attrition and retention
    story.append(para(L("rep_attrition"), st["h1"]))
    att = [["", L("rep_count"), L("rep_codes")],
           [L("rep_took_pre"), block["n_pre"], ""],
           [L("rep_took_post"), block["n_post"], ""],
           [L("rep_matched_both"), block["n_matched"], ""],
           [L("rep_pre_only"), len(block["pre_only"]), ", ".join(block["pre_only"]) or "–"],
           [L("rep_post_only"), len(block["post_only"]), ", ".join(block["post_only"]) or "–"]]
    if "no_shows" in block:
        att.append([L("rep_no_shows"), len(block["no_shows"]), ", ".join(block["no_shows"]) or "–"])
    if block.get("n_followup"):
        att.append([L("rep_took_fu"), block["n_followup"], ""])
    story.append(table(att, [4.5 * cm, 1.8 * cm, TEXT_W - 6.3 * cm], st))
    at = block.get("attrition") or {}
    if at.get("n_dropouts"):
        story.append(para(L("rep_attrition_cmp", done=fmt_pct(at.get("completers_pre_mean_pct"), 1, lang),
                            gone=fmt_pct(at.get("dropouts_pre_mean_pct"), 1, lang),
                            p=fmt_p_eq(at.get("welch_p"), lang))
                          + " " + _attrition_verdict(at, lang),
                          st["small"]))
    if "retention" in block:
        r = block["retention"]
        rows = [[L("rep_measure"), L("rep_value")],
                [L("rep_ret_n"), r["n"]],
                [L("rep_ret_means"), (f"{fmt_pct(r.get('post_mean_pct'), 1, lang)} → "
                                      f"{fmt_pct(r.get('followup_mean_pct'), 1, lang)}")],
                [L("rep_ret_change"), L("rep_ret_change_val", x=fmt_signed(r.get("change_mean"), 1, lang),
                                        sd=fmt_num(r.get("change_sd"), 1, lang))
                 + (", " + L("rep_ci", lo=fmt_num(r["change_ci95"][0], 1, lang), hi=fmt_num(r["change_ci95"][1], 1, lang))
                    if r.get("change_ci95") else "")],
                [L("rep_ttest"), f"t({r.get('df')}) = {fmt_num(r.get('t'), 2, lang)}, {fmt_p_eq(r.get('p'), lang)}"
                 if r.get("t") is not None else "–"],
                [L("rep_ret_share"), L("rep_ret_share_val", x=fmt_share(r.get("share_of_gain_retained"), 1, lang)
                                       + (f" ({L('rep_ci', lo=fmt_share(r['share_of_gain_retained_ci95'][0], 0, lang), hi=fmt_share(r['share_of_gain_retained_ci95'][1], 0, lang))})"
                                          if r.get("share_of_gain_retained_ci95") else ""),
                                       n=r.get("n_all_three"))]]
        story.append(Spacer(1, 6))
        story.append(table(rows, [5.4 * cm, TEXT_W - 5.4 * cm], st))
    if "confidence" in block:
        rows = [[L("rep_test"), L("rep_rated"), L("rep_conf_mean"), L("rep_conf_wrong"), L("rep_conf_wrong_of_wrong")]]
        for ph, blk in block["confidence"].items():
            rows.append([label(ph, lang), blk["n_rated"], fmt_num(blk.get("mean"), 2, lang),
                         fmt_share(blk.get("confident_wrong_share"), 1, lang),
                         fmt_share(blk.get("confident_share_of_wrong"), 1, lang)])
        story += [para(L("rep_confidence"), st["h2"]),
                  table(rows, [2.6 * cm, 2.6 * cm, 3.4 * cm, 4.4 * cm, TEXT_W - 13 * cm], st)]

    # Disaggregation
    for key, title in (("by_sex", "rep_by_sex"), ("by_organisation", "rep_by_org")):
        if key not in block:
            continue
        rows = [[L("rep_group"), "n", L("rep_pre"), L("rep_post"), L("cmp_gain_ci"), "p", "p (Holm)", "<g>",
                 L("rep_note_col")]]
        for g, blk in block[key].items():
            p = blk["paired"]
            ci = p.get("gain_ci95")  # a group's p is never shown without the interval of its gain
            rows.append([group_name(key, g, lang), blk["n"], fmt_pct(p.get("pre_mean_pct"), 1, lang),
                         fmt_pct(p.get("post_mean_pct"), 1, lang),
                         fmt_signed(p.get("gain_mean"), 1, lang)
                         + (f" [{fmt_num(ci[0], 1, lang)}{_sep(lang)}{fmt_num(ci[1], 1, lang)}]" if ci else ""),
                         fmt_p(p.get("p"), lang), fmt_p(p.get("p_holm"), lang),
                         fmt_num(p.get("class_normalized_gain"), 2, lang),
                         (L("rep_complementary") if blk.get("suppressed_reason") == "complementary"
                          else L("rep_too_small", n=SMALL_GROUP) if blk.get("suppressed", blk["too_small"]) else "")])
        # The gain column fits "Peningkatan" and the gain with its interval on one line.
        w = [2.8 * cm, 0.8 * cm, 1.5 * cm, 1.5 * cm, 3.0 * cm, 1.3 * cm, 1.6 * cm, 1.2 * cm]
        story.append(KeepTogether([para(L(title), st["h2"]), table(rows, w + [TEXT_W - sum(w)], st),
                                   para(L("rep_subgroup_holm"), st["small"])]))

    story += list(extra)
    story += method_notes(st, lang)
    return story


def method_notes(st, lang: str = "en") -> list:
    """Method notes and references (references stay as published, in their own language)."""
    return [para(label("rep_methods", lang), st["h1"]),
            para(label("rep_methods_text", lang, n=SMALL_GROUP), st["body"]),
            para(label("rep_references", lang), st["h2"])] + [para(ref, st["small"]) for ref in REFERENCES]


def _pct(x):
    return None if x is None else 100 * x
