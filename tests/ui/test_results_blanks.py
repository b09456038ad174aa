"""The Results section's item table lists each blank of a cloze question with its facility before and after."""

from __future__ import annotations

from PySide6.QtCore import Qt

from assessor.analysis.blanks import blank_statistics
from ui.results.results_common import fmt_share
from ui.results.results_page import ResultsPage
from tests.reports.test_blank_items import fill_cloze_cohort  # the cohort the report's test uses


def test_each_blank_has_a_row_under_its_question_with_its_figures(qtbot, store, qtmodeltester):
    fill_cloze_cohort(store)
    page = ResultsPage(store)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=20000):
        page.refresh()  # an in-memory store is computed on the GUI thread
    page.select_cohort("C1")
    model = page.item_model
    qtmodeltester.check(model)
    items = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert items == ["CL-1", "CL-1#1", "CL-1#2", "SA-1", "TF-1"]  # each blank right after its question
    stats = blank_statistics(store)["C1"]
    row = items.index("CL-1#2")
    pre, post = model.column_of("facility_pre"), model.column_of("facility_post")
    assert model.index(row, pre).data() == fmt_share(stats["pre"]["CL-1#2"]["facility"]) == "50%"
    assert model.index(row, post).data() == fmt_share(stats["post"]["CL-1#2"]["facility"]) == "75%"
    tip = model.index(row, model.column_of("n")).data(Qt.ToolTipRole)
    assert "n = 4 before, 4 after" in tip and "0.71 before, 0.87 after" in tip
    assert "McNemar" in model.index(row, model.column_of("mcnemar_p")).data(Qt.ToolTipRole)
    assert "Rows KEY#1, KEY#2" in page.items_note.text()
