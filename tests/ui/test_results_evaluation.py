"""The Results section shows a cohort's course evaluation in its own tab, only where one was taken."""

from __future__ import annotations

from tests.reports.test_evaluation_report import TOT, _evaluate


def test_the_evaluation_tab_shows_ratings_and_comments_of_the_cohort(qtbot, demo_store):
    from ui.results.results_common import compute_results
    from ui.results.results_page import ResultsPage

    _evaluate(demo_store, [5, 4, 4, 3, 5, 4, 2, 5])
    page = ResultsPage(demo_store)
    qtbot.addWidget(page)
    page._loaded_once = True
    page._on_loaded(compute_results(demo_store))
    page.select_cohort(TOT)
    index = page.tabs.indexOf(page.evaluation_tab)
    assert page.tabs.isTabVisible(index) and page.tabs.tabText(index) == "Course evaluation"
    tab = page.evaluation_tab
    assert tab.intro.text().startswith("8 responses, given anonymously")
    first = tab.ratings.item(0, 0).text()
    assert first.startswith("EVAL-") and tab.ratings.item(0, 1).text() == "8"
    assert tab.ratings.item(0, 4).text().startswith("75%")  # 6 of 8 chose 4 or 5
    assert len(tab.bars.items) == tab.ratings.rowCount()
    assert any("Useful case studies 5" in tab.comments.item(i).text() for i in range(tab.comments.count()))
    other = next(n for n in page.data.analysis["cohorts"] if n not in (TOT, "ALL"))
    page.select_cohort(other)
    assert not page.tabs.isTabVisible(index)
