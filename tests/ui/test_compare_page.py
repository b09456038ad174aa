"""The Compare section on demo data: between-cohort tests shown, small groups flagged."""

from __future__ import annotations

import pytest

from assessor.analysis.stats import analyze
from ui.results.compare_page import ComparePage
from ui.results.results_common import DASH, fmt_num, fmt_p


@pytest.fixture
def page(qtbot, demo_store):
    page = ComparePage(demo_store)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=20000):
        page.list_cohorts()
    return page


def test_compare_shows_anova_and_kruskal_of_analyze(page, demo_store, qtmodeltester):
    names = page.picked()
    assert len(names) == 3
    comp = analyze(demo_store.response_table(), names)["comparison"]
    text = page.tests_text.text()
    assert fmt_num(comp["anova"]["F"]) in text and fmt_p(comp["anova"]["p"]) in text
    assert fmt_num(comp["kruskal"]["H"]) in text and fmt_p(comp["kruskal"]["p"]) in text
    assert page.cohort_model.rowCount() == 3
    assert page.pair_model.rowCount() == 3
    qtmodeltester.check(page.cohort_model)
    qtmodeltester.check(page.pair_model)
    assert page.small_note.isHidden()


def test_small_group_note(qtbot, demo_store):
    # Remove most post-tests of one cohort so that fewer than 5 participants took both tests.
    results = [r for r in demo_store.results.phase_results() if r.cohort == "ToT Jakarta 2026" and r.phase == "post"]
    for r in results[3:]:
        demo_store.attempts.void(r.attempt_id, "test: make the cohort small")
    page = ComparePage(demo_store)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=20000):
        page.list_cohorts()
    assert not page.small_note.isHidden()
    assert "ToT Jakarta 2026" in page.small_note.text()


def test_fewer_than_two_cohorts_asks_for_more(page):
    page.set_picked(["ToT Jakarta 2026"])
    page.compare()
    assert page.cohort_model.rowCount() == 0
    assert "at least two" in page.status.text()


def test_comparison_pdf_is_written_off_the_gui_thread(page, demo_store, monkeypatch, qtbot, tmp_path):
    """Writing the comparison PDF leaves the window responsive: it runs on a worker thread."""
    import threading

    from PySide6.QtWidgets import QFileDialog

    import reports.compare_report as compare_report

    out = tmp_path / "comparison.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    real, threads = compare_report.write_compare_report, []

    def recording(*args, **kwargs):
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(compare_report, "write_compare_report", recording)
    from reports.options import ReportOptions
    from ui.dialogs.export_dialogs import ReportDialog

    asked = []
    monkeypatch.setattr(ReportDialog, "ask", classmethod(
        lambda cls, title, ui_lang, parent=None: asked.append(ui_lang) or ReportOptions("id")))
    assert len(page.picked()) >= 2
    page._export()
    qtbot.waitUntil(lambda: "comparison.pdf" in page.status.text(), timeout=30000)
    assert out.read_bytes().startswith(b"%PDF")
    assert threads and threads[0] is not threading.main_thread()
    assert asked == ["en"]  # the dialog offers the app's language first; the facilitator chose Indonesian
    from pypdf import PdfReader

    assert "Perbandingan" in PdfReader(out).pages[0].extract_text()


def test_compare_sets_the_course_evaluation_ratings_side_by_side(qtbot, demo_store):
    from tests.assessor.evaluation_helpers import evaluate

    evaluate(demo_store, "ToT Jakarta 2026", [5, 4, 4, 3, 5, 4, 2, 5])
    evaluate(demo_store, "Cascade Surabaya 2026", [4, 5, 3])  # anonymous, 3 answers: n only
    page = ComparePage(demo_store)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=20000):
        page.list_cohorts()
    assert page.eval_box.isVisibleTo(page)
    table = page.eval_table
    heads = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert heads == ["Item", "Cascade Makassar 2026", "Cascade Surabaya 2026", "ToT Jakarta 2026", "p"]
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text().startswith("EVAL-REL-01: "))
    assert [table.item(row, c).text() for c in range(1, 5)] == [
        "not asked", "n 3 (fewer than 5: not shown)", "n 8 · mean 4.00 · agree 75%", DASH]


def test_compare_without_evaluations_hides_the_evaluation_box(page):
    assert not page.eval_box.isVisibleTo(page) and page.eval_table.rowCount() == 0


def test_the_evaluation_side_by_side_is_in_indonesian_with_a_decimal_comma(qtbot, demo_store):
    from tests.assessor.evaluation_helpers import evaluate
    from ui import i18n

    evaluate(demo_store, "ToT Jakarta 2026", [5, 4, 4, 3, 5, 4, 2, 5])
    assert i18n.set_language("id")
    page = ComparePage(demo_store)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=20000):
        page.list_cohorts()
    assert page.eval_box.title() == "Evaluasi pelatihan per angkatan"
    texts = {page.eval_table.item(r, c).text() for r in range(page.eval_table.rowCount())
             for c in range(page.eval_table.columnCount())}
    assert "n 8 · rata-rata 4,00 · setuju 75%" in texts and "tidak ditanyakan" in texts


def test_on_a_1280x720_screen_nothing_on_the_compare_page_is_squeezed_or_cut_off(qtbot, demo_store):
    """Three cohorts with a course evaluation: every cohort row, the whole between-cohort text and the
    legend under the charts (not over them) are shown; the page scrolls instead, Compare stays in view."""
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QApplication

    from tests.assessor.evaluation_helpers import evaluate
    from ui.main_window import MainWindow

    evaluate(demo_store, "ToT Jakarta 2026", [5, 4, 4, 3, 5, 4, 2, 5])
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    window.show_page("compare")
    page = window.pages["compare"]
    qtbot.waitUntil(lambda: page.data is not None, timeout=20000)
    for _ in range(5):
        QApplication.processEvents()
    assert page.eval_box.isVisible()
    view = page.cohort_view
    last = view.model().rowCount() - 1
    assert last == 2 and view.rowViewportPosition(last) + view.rowHeight(last) <= view.viewport().height()
    text = page.tests_text
    assert text.height() >= text.heightForWidth(text.width())

    def box(widget):
        return QRect(widget.mapTo(page, widget.rect().topLeft()), widget.size())

    assert not box(page.legend).intersects(box(page.means_chart))
    assert not box(page.legend).intersects(box(page.gain_chart))
    assert not box(page.tests_box).intersects(box(page.means_chart))
    scroll = window.stack.currentWidget()
    assert scroll.verticalScrollBar().maximum() > 0
    for button in (page.compare_button, page.export_button):
        top = button.mapTo(scroll.viewport(), button.rect().topLeft())
        assert QRect(top, button.size()).bottom() < scroll.viewport().height(), button.text()
