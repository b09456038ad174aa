"""How the cohort and comparison reports read to an evaluator or a donor: every share next to
its own interval, no p-value of a group or of the retention without the interval of its
change, the topic chart in the order of the topic table, and simulated cohorts marked as
such on the comparison too."""

from __future__ import annotations

import dataclasses

from pypdf import PdfReader

from assessor.analysis.stats import analyze
from reports.common import fmt_num, fmt_share, fmt_signed, label
from reports.pdfdoc import bar_chart
from tests.reports.test_reports import ALL3, TOT, flat, pdf_text


def _ci(pair, nd: int, lang: str = "en", share: bool = False) -> str:
    f = (lambda x: fmt_share(x, nd, lang)) if share else (lambda x: fmt_num(x, nd, lang))
    return label("rep_ci", lang, lo=f(pair[0]), hi=f(pair[1]))


def test_each_pass_share_has_its_own_interval_beside_it(demo_store, tmp_path):
    from reports.cohort_report import write_cohort_report

    pr = analyze(demo_store.response_table([TOT]), [TOT])["cohorts"][TOT]["paired"]
    for lang in ("en", "id"):
        text = flat(pdf_text(write_cohort_report(demo_store, TOT, tmp_path / f"c_{lang}.pdf", lang=lang)))
        before = f"{fmt_share(pr['pass_share_pre'], 1, lang)} ({_ci(pr['pass_share_pre_ci95'], 0, lang, True)})"
        after = f"{fmt_share(pr['pass_share_post'], 1, lang)} ({_ci(pr['pass_share_post_ci95'], 0, lang, True)})"
        assert f"{before} → {after}" in text, lang


def test_group_gains_and_the_change_to_follow_up_carry_their_intervals(demo_store, tmp_path):
    from reports.cohort_report import write_cohort_report

    block = analyze(demo_store.response_table([TOT]), [TOT])["cohorts"][TOT]
    text = flat(pdf_text(write_cohort_report(demo_store, TOT, tmp_path / "c.pdf")))
    shown = 0
    for key in ("by_sex", "by_organisation"):
        for group in block[key].values():
            p = group["paired"]
            if group.get("suppressed", group["too_small"]):
                continue
            lo, hi = p["gain_ci95"]
            assert f"{fmt_signed(p['gain_mean'], 1)} [{fmt_num(lo, 1)}, {fmt_num(hi, 1)}]" in text
            shown += 1
    assert shown >= 2  # the demo cohort has groups large enough to show
    r = block["retention"]
    assert r["change_ci95"][0] < r["change_mean"] < r["change_ci95"][1]
    assert f"{fmt_signed(r['change_mean'], 1)} pp (SD {fmt_num(r['change_sd'], 1)}), {_ci(r['change_ci95'], 1)}" in text


def test_topic_chart_lists_the_topics_top_down_in_the_given_order(tmp_path):
    from reportlab.graphics import renderPDF

    names = ["First topic", "Second topic", "Third topic"]
    drawing = bar_chart(names, [("Pre-test", [10, 20, 30]), ("Post-test", [40, 50, 60])], "Topics", horizontal=True)
    out = tmp_path / "chart.pdf"
    renderPDF.drawToFile(drawing, str(out))
    heights = {}

    def visit(text, cm, tm, font, size):
        if text.strip() in names:
            heights[text.strip()] = tm[5] * cm[3] + cm[5]

    PdfReader(str(out)).pages[0].extract_text(visitor_text=visit)
    assert sorted(heights, key=heights.get, reverse=True) == names


def test_comparison_of_demo_cohorts_says_so_on_every_page(demo_store, tmp_path):
    from reports.compare_report import write_compare_report

    reader = PdfReader(str(write_compare_report(demo_store, ALL3, tmp_path / "cmp.pdf")))
    banner = label("rep_demo_banner", "en")
    assert all(banner in page.extract_text() for page in reader.pages)
    assert reader.metadata.title.endswith("(demo data)")
    assert "Cohort comparison (demo data)" in reader.pages[0].extract_text()
    # Compared with a real cohort, the banner names the simulated ones.
    real = demo_store.cohorts.by_name(TOT)
    demo_store.cohorts.save(dataclasses.replace(real, demo=False))
    text = flat(pdf_text(write_compare_report(demo_store, ALL3, tmp_path / "mixed.pdf", lang="id")))
    assert label("cmp_demo_some", "id", names="Cascade Surabaya 2026, Cascade Makassar 2026") in text


def test_comparison_of_real_cohorts_has_no_demo_banner(demo_store, tmp_path):
    from reports.compare_report import write_compare_report

    for name in ALL3:
        demo_store.cohorts.save(dataclasses.replace(demo_store.cohorts.by_name(name), demo=False))
    text = pdf_text(write_compare_report(demo_store, ALL3, tmp_path / "cmp.pdf"))
    assert "DEMO" not in text and "demo data" not in text


def test_evaluation_chart_has_a_legend_of_the_scale_and_intervals_read_as_elsewhere(demo_store, tmp_path):
    from assessor.analysis.evaluation import analyze_evaluations
    from reports.cohort_report import write_cohort_report
    from tests.reports.test_evaluation_report import _evaluate

    _evaluate(demo_store, [5, 4, 4, 3, 5, 4, 2, 5])
    entry = analyze_evaluations(demo_store, [TOT])["cohorts"][0]
    item = next(i for i in entry["items"] if i["type"] == "rating")
    for lang in ("en", "id"):
        text = flat(pdf_text(write_cohort_report(demo_store, TOT, tmp_path / f"e_{lang}.pdf", lang=lang)))
        section = text[text.index("Course evaluation" if lang == "en" else "Evaluasi pelatihan"):]
        # Each colour of the chart is named: the point's number and its label on the scale.
        for p, name in enumerate(item["labels"]):
            assert f"{p + 1} {name[lang]}" in section, (lang, name)
        lo, hi = item["mean_ci"]
        sep = ", " if lang == "en" else "; "
        assert f"{fmt_num(item['mean'], 2, lang)} [{fmt_num(lo, 2, lang)}{sep}{fmt_num(hi, 2, lang)}]" in section


def test_a_missing_value_draws_no_bar_and_no_zero_label(tmp_path):
    from reportlab.graphics import renderPDF

    for horizontal in (False, True):
        drawing = bar_chart(["Item 1", "Item 2"], [("Pre-test", [40, None]), ("Post-test", [70, 80])], "Items",
                            horizontal=horizontal, label_fmt=lambda v: f"v{v:.0f}")
        out = tmp_path / f"chart{horizontal}.pdf"
        renderPDF.drawToFile(drawing, str(out))
        labels = PdfReader(str(out)).pages[0].extract_text().split()
        assert sorted(x for x in labels if x.startswith("v")) == ["v40", "v70", "v80"], horizontal


def test_the_headline_table_starts_under_the_summary_not_on_the_next_page(demo_store, tmp_path):
    from reports.cohort_report import write_cohort_report

    for lang in ("en", "id"):  # the Indonesian summary is long enough to leave no room for the whole table
        pages = PdfReader(str(write_cohort_report(demo_store, TOT, tmp_path / f"h_{lang}.pdf", lang=lang))).pages
        first = flat(pages[0].extract_text())
        assert label("rep_headline", lang) in first and label("rep_participants", lang) in first, lang
        # Rows that did not fit continue on page 2 under the repeated header row.
        second = flat(pages[1].extract_text())
        assert label("rep_alpha", lang) in first + second


def test_an_evaluation_question_nobody_answered_says_so(demo_store, tmp_path):
    from reports.cohort_report import write_cohort_report
    from tests.reports.test_evaluation_report import _evaluate

    _evaluate(demo_store, [5, 4, 4, 3, 5, 4])  # the choice question is left unanswered by everyone
    for lang in ("en", "id"):
        text = flat(pdf_text(write_cohort_report(demo_store, TOT, tmp_path / f"n_{lang}.pdf", lang=lang)))
        section = text[text.index("Course evaluation" if lang == "en" else "Evaluasi pelatihan"):]
        assert ("no responses 0" if lang == "en" else "tidak ada tanggapan 0") in section
        assert ("fewer than 5 responses: not shown 0" if lang == "en"
                else "kurang dari 5 tanggapan: tidak ditampilkan 0") not in section


def test_a_cohort_without_post_tests_shows_plain_dashes(store, tmp_path):
    from assessor.delivery import engine as E
    from assessor.people.cohorts import Cohort, Participant
    from reports.cohort_report import write_cohort_report
    from tests.reports.test_blank_items import fill_cloze_cohort

    fill_cloze_cohort(store)  # a form to use
    form = store.assessments.list()[0]
    tf = next(q.id for q in store.banks.questions(store.banks.list()[0].id) if q.key == "TF-1")
    cohort = store.cohorts.save(Cohort(name="Pre only"))
    store.cohorts.add_participants(cohort.id, [Participant(cohort.id, f"Q-{i}") for i in range(5)])
    session = store.sessions.open(cohort.id, form.id, "pre")
    for i in range(5):
        eng = E.AttemptEngine(store)
        eng.start_or_resume(session.id, eng.check_in(session.id, f"Q-{i}").participant.id)
        eng.answer(tf, i % 2 == 0)
        eng.submit()
    for lang in ("en", "id"):
        text = flat(pdf_text(write_cohort_report(store, "Pre only", tmp_path / f"p_{lang}.pdf", lang=lang)))
        unit = label("rep_pp", lang)
        assert f"– {unit} " not in text and "()" not in text and "–→–" not in text and "– → –" not in text, lang
        assert label("rep_gain_mean", lang) + " –" in text


def test_the_sd_of_gains_carries_its_unit(demo_store, tmp_path):
    from reports.cohort_report import write_cohort_report

    pr = analyze(demo_store.response_table([TOT]), [TOT])["cohorts"][TOT]["paired"]
    for lang in ("en", "id"):
        text = flat(pdf_text(write_cohort_report(demo_store, TOT, tmp_path / f"sd_{lang}.pdf", lang=lang)))
        assert f"{label('rep_gain_sd', lang)} {fmt_num(pr['gain_sd'], 1, lang)} {label('rep_pp', lang)}" in text


def test_pairwise_comparisons_show_the_difference_with_its_interval(demo_store, tmp_path):
    from reports.compare_report import write_compare_report

    comp = analyze(demo_store.response_table(ALL3), ALL3)["comparison"]
    for lang in ("en", "id"):
        text = flat(pdf_text(write_compare_report(demo_store, ALL3, tmp_path / f"pw_{lang}.pdf", lang=lang)))
        sep = ", " if lang == "en" else "; "
        for pw in comp["pairwise"]:
            lo, hi = pw["difference_ci95"]
            assert (f"{pw['a']} {pw['b']} {fmt_signed(pw['difference'], 1, lang)} "
                    f"[{fmt_num(lo, 1, lang)}{sep}{fmt_num(hi, 1, lang)}] {fmt_num(pw['t'], 2, lang)}") in text, lang
