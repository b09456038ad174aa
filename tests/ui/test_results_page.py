"""The Results section on demo data: headline figures match analyze(), tables sort, models are sound."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from assessor.analysis.stats import analyze
from ui.results.results_common import fmt_num, fmt_p, fmt_pp
from ui.results.results_page import ResultsPage


@pytest.fixture
def page(qtbot, demo_store):
    page = ResultsPage(demo_store)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=20000):
        page.refresh()  # runs on a worker thread: demo_store is a file database
    return page


def test_headline_figures_are_those_of_analyze(page, demo_store):
    expected = analyze(demo_store.response_table())["cohorts"]
    for name in ("ToT Jakarta 2026", "Cascade Surabaya 2026"):
        page.select_cohort(name)
        pr = expected[name]["paired"]
        f = page.figures
        assert f["n"].value.text() == str(expected[name]["n_matched"])
        assert f["gain"].value.text() == fmt_pp(pr["gain_mean"])
        assert fmt_num(pr["gain_ci95"][0], 1) in f["gain"].detail.text()
        assert f["g"].value.text() == fmt_num(pr["class_normalized_gain"])
        assert f["dz"].value.text() == fmt_num(pr["cohen_dz"])
        assert f["p"].value.text() == fmt_p(pr["p"])
        assert page.summary.text() == expected[name]["summary"]["en"]
    # the pooled view is offered too
    page.select_cohort("ALL")
    assert page.figures["n"].value.text() == str(expected["ALL"]["n_matched"])


def test_attrition_names_who_missed_a_test(page, demo_store):
    block = analyze(demo_store.response_table())["cohorts"]["Cascade Makassar 2026"]
    page.select_cohort("Cascade Makassar 2026")
    assert block["pre_only"], "demo data should have someone without a post-test"
    for code in block["pre_only"]:
        assert code in page.attrition.text()
        assert code in page.participants_attrition.text()


def test_participants_table_sorts_by_gain(page, qtmodeltester):
    page.select_cohort("ToT Jakarta 2026")
    model, proxy, view = page.participant_model, page.participant_proxy, page.participant_view
    qtmodeltester.check(model)
    col = model.column_of("gain")
    view.sortByColumn(col, Qt.DescendingOrder)
    gains = [proxy.index(r, col).data(Qt.UserRole) for r in range(proxy.rowCount())]
    assert gains == sorted(gains, reverse=True)
    assert proxy.index(0, col).data().startswith("+")
    # someone without a post-test shows a dash with a reason, not a number
    post = model.column_of("post_pct")
    missing = [r for r in range(model.rowCount()) if model.index(r, post).data() == "—"]
    assert missing
    assert model.index(missing[0], post).data(Qt.ToolTipRole)


def test_item_and_other_models_pass_modeltester(page, qtmodeltester, demo_store):
    page.select_cohort("Cascade Surabaya 2026")
    block = analyze(demo_store.response_table())["cohorts"]["Cascade Surabaya 2026"]
    assert page.item_model.rowCount() == len(block["items"])
    for model in (page.item_model, page.subgroup_model, page.confidence_model):
        qtmodeltester.check(model)
    item = sorted(block["items"])[0]
    row = [r.item for r in page.item_model.rows].index(item)
    p_col = page.item_model.column_of("mcnemar_p")
    assert page.item_model.index(row, p_col).data() == fmt_p(block["items"][item]["mcnemar_p"])


def test_retention_confidence_and_disaggregation_shown(page, demo_store):
    block = analyze(demo_store.response_table())["cohorts"]["ToT Jakarta 2026"]
    page.select_cohort("ToT Jakarta 2026")
    assert not page.retention_box.isHidden()
    assert page.retention_figures["n"].value.text() == str(block["retention"]["n"])
    assert page.confidence_model.rowCount() == len(block["confidence"])
    groups = {r.group for r in page.subgroup_model.rows}
    assert {"Male", "Female"} <= groups
    assert set(block["by_organisation"]) <= groups


def test_empty_database_says_so(qtbot, store):
    page = ResultsPage(store)  # in-memory: computed synchronously
    qtbot.addWidget(page)
    page.refresh()
    assert page.current_cohort() is None
    assert "No submitted results" in page.status.text()


def test_score_sheets_export_writes_one_pdf_in_the_chosen_language(page, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from reports.options import SheetOptions
    from ui.dialogs.export_dialogs import SheetsDialog

    out = tmp_path / "sheets.pdf"
    monkeypatch.setattr(SheetsDialog, "ask", classmethod(lambda cls, parent=None: SheetOptions("id", False, True)))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    page.select_cohort(page.cohort_box.itemData(0))
    page._export_sheets()
    qtbot.waitUntil(lambda: "sheets.pdf" in page.status.text(), timeout=20000)
    from pypdf import PdfReader

    text = PdfReader(out).pages[0].extract_text()
    assert "Lembar" in text or "Nilai" in text  # Indonesian labels


def test_data_export_is_pseudonymised_by_default(page, qtbot, tmp_path, monkeypatch, demo_store):
    from PySide6.QtWidgets import QFileDialog

    from ui.dialogs.export_dialogs import DataExportDialog

    dialog = DataExportDialog()
    qtbot.addWidget(dialog)
    assert dialog.options().pseudonymise
    out = tmp_path / "people.csv"
    monkeypatch.setattr(DataExportDialog, "ask", classmethod(
        lambda cls, parent=None: dialog.options().__class__("participants", "csv", True)))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    page._export_data()
    qtbot.waitUntil(lambda: "people.csv" in page.status.text(), timeout=20000)
    text = out.read_text(encoding="utf-8-sig")
    names = [p.name for c in demo_store.cohorts.list() for p in demo_store.cohorts.participants(c.id)]
    assert not any(n in text for n in names)
    cohort = demo_store.cohorts.by_name(page.current_cohort())
    assert all(p.code in text for p in demo_store.cohorts.participants(cohort.id))


def test_statistics_export_from_the_results_page(page, qtbot, tmp_path, monkeypatch, demo_store):
    from PySide6.QtWidgets import QFileDialog

    from ui.dialogs.export_dialogs import DataExportDialog
    from reports.options import DataExportOptions

    dialog = DataExportDialog()
    qtbot.addWidget(dialog)
    kinds = [dialog.what.itemData(i) for i in range(dialog.what.count())]
    assert kinds == ["participants", "responses", "statistics"]
    dialog.what.setCurrentIndex(kinds.index("statistics"))
    assert not dialog.pseudonymise.isEnabled()  # counts only: nothing to leave out
    out = tmp_path / "stats.xlsx"
    monkeypatch.setattr(DataExportDialog, "ask", classmethod(
        lambda cls, parent=None: DataExportOptions("statistics", "xlsx", True)))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    page.select_cohort("ToT Jakarta 2026")
    page._export_data()
    qtbot.waitUntil(lambda: "stats.xlsx" in page.status.text(), timeout=20000)
    from openpyxl import load_workbook

    cohorts = {r[0] for r in load_workbook(out)["figures"].iter_rows(min_row=2, values_only=True)}
    assert cohorts == {"ToT Jakarta 2026", "ALL"}


@pytest.mark.parametrize("top", [0, 1, 3, 7, 13, 40, 250])
def test_count_axes_show_whole_numbers_only(qapp, top):
    """A histogram of people never labels 1.75 people: ticks fall on whole numbers from 0."""
    from ui.results.results_common import count_axis

    axis = count_axis(top)
    step, high = axis.tickInterval(), axis.max()
    assert axis.min() == 0 and high >= max(top, 1)
    assert float(step).is_integer() and step >= 1
    assert float(high / step).is_integer() and high / step <= 8


def test_score_histogram_counts_axis_is_whole_numbers(page):
    axis = page.histogram_counts_axis
    assert float(axis.tickInterval()).is_integer() and float(axis.max() / axis.tickInterval()).is_integer()


def test_pass_share_and_reliable_change_cards_show_their_intervals(page, demo_store):
    name = "Cascade Surabaya 2026"
    pr = analyze(demo_store.response_table())["cohorts"][name]["paired"]
    page.select_cohort(name)
    f = page.figures
    assert f["pass"].value.text() == f"{fmt_num(100 * pr['pass_share_pre'], 0)}% → {fmt_num(100 * pr['pass_share_post'], 0)}%"
    lo, hi = pr["pass_share_change_ci95"]
    assert f"{fmt_num(100 * lo, 0)} to {fmt_num(100 * hi, 0)}" in f["pass"].detail.text()
    rc = pr["reliable_change"]
    assert f["rci"].value.text() == f"{rc['reliably_improved']} / {rc['no_reliable_change']} / {rc['reliably_declined']}"


def test_participants_show_their_reliable_change_index(page, demo_store):
    name = "ToT Jakarta 2026"
    rc = analyze(demo_store.response_table())["cohorts"][name]["paired"]["reliable_change"]
    page.select_cohort(name)
    model = page.participant_model
    code_col, rci_col, kind_col = model.column_of("code"), model.column_of("rci"), model.column_of("reliable_change")
    seen = 0
    for r in range(model.rowCount()):
        code = model.index(r, code_col).data()
        if code in rc["participants"]:
            v = rc["participants"][code]
            assert model.index(r, rci_col).data() == fmt_num(v)
            want = "Reliably improved" if v > 1.96 else "Reliably declined" if v < -1.96 else "No reliable change"
            assert model.index(r, kind_col).data() == want
            seen += 1
        else:  # no post-test: no index, and the tooltip says why
            assert model.index(r, rci_col).data() == "—"
            assert "both tests" in model.index(r, rci_col).data(Qt.ToolTipRole)
    assert seen == len(rc["participants"]) > 0
    improved = sum(1 for r in range(model.rowCount()) if model.index(r, kind_col).data() == "Reliably improved")
    assert improved == rc["reliably_improved"]


def test_items_and_subgroups_carry_holm_columns(page, demo_store):
    name = "ToT Jakarta 2026"
    block = analyze(demo_store.response_table())["cohorts"][name]
    page.select_cohort(name)
    m = page.item_model
    item_col, holm_col = m.column_of("item"), m.column_of("mcnemar_p_holm")
    for r in range(m.rowCount()):
        it = block["items"][m.index(r, item_col).data()]
        assert m.index(r, holm_col).data() == fmt_p(it["mcnemar_p_holm"])
    s = page.subgroup_model
    holm = s.column_of("p_holm")
    shown = [s.index(r, holm).data() for r in range(s.rowCount())]
    expected = [fmt_p(g["paired"]["p_holm"]) for key in ("by_sex", "by_organisation")
                for g in block[key].values()]
    assert shown == expected
    assert "Holm" in page.subgroup_note.text()


def test_results_of_a_demo_cohort_say_they_are_simulated(page):
    labels = [page.cohort_box.itemText(i) for i in range(page.cohort_box.count())]
    assert "ToT Jakarta 2026 (demo)" in labels
    page.select_cohort("ToT Jakarta 2026")
    assert "Demo data" in page.status.text() and "simulated" in page.status.text()


def test_a_roster_member_who_took_no_test_is_listed_as_such(qtbot, demo_store):
    from assessor.people.cohorts import Participant

    tot = demo_store.cohorts.by_name("ToT Jakarta 2026")
    demo_store.cohorts.add_participants(tot.id, [Participant(tot.id, "JKT-99", name="Absent Person")])
    page = ResultsPage(demo_store)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=20000):
        page.refresh()
    for name in ("ToT Jakarta 2026", "ALL"):
        page.select_cohort(name)
        m = page.participant_model
        rows = {m.index(r, m.column_of("code")).data(): r for r in range(m.rowCount())}
        r = rows["JKT-99"]
        assert m.index(r, m.column_of("passed")).data() == "Did not take the test"
        assert m.index(r, m.column_of("cohort")).data() == "ToT Jakarta 2026"
        assert "did not take the test" in m.index(r, m.column_of("pre_pct")).data(Qt.ToolTipRole)
    assert sum(1 for r in range(m.rowCount()) if m.index(r, m.column_of("passed")).data() == "Did not take the test") == 1


def test_histogram_labels_have_room_at_1280x720(page, qtbot):
    """Qt Charts elides every axis label to "…" once ticks stand closer than a label's height,
    or categories are narrower than their label."""
    from PySide6.QtGui import QFontMetrics

    page.resize(1075, 650)  # the Results section of a maximised 1280 × 720 window
    page.show()
    qtbot.waitExposed(page)
    view = page.dist_chart
    view.setFixedHeight(view.minimumHeight())
    qtbot.wait(50)
    axis = page.histogram_counts_axis
    steps = (axis.max() - axis.min()) / axis.tickInterval()
    spacing = view.chart().plotArea().height() / steps
    assert spacing >= QFontMetrics(axis.labelsFont()).height()
    x = next(a for a in view.chart().axes() if a is not axis)
    width = view.chart().plotArea().width() / len(x.categories())
    assert width >= QFontMetrics(x.labelsFont()).horizontalAdvance("90") + 12


def test_score_sheets_for_no_shows_only_when_the_box_is_ticked(page, qtbot, tmp_path, monkeypatch, demo_store):
    from PySide6.QtWidgets import QFileDialog
    from pypdf import PdfReader

    from assessor.people.cohorts import Participant
    from ui.dialogs.export_dialogs import SheetsDialog

    cohort = demo_store.cohorts.list()[0]
    demo_store.cohorts.add_participants(cohort.id, [Participant(cohort.id, "LATE-1"), Participant(cohort.id, "LATE-2")])
    with qtbot.waitSignal(page.loaded, timeout=20000):
        page.refresh()

    dialog = SheetsDialog()
    qtbot.addWidget(dialog)
    assert not dialog.options().no_shows  # off by default: a blank sheet is not handed out unasked
    with_no_shows = [c for c, b in page.data.analysis["cohorts"].items() if b.get("no_shows") and c != "ALL"]
    assert with_no_shows, "a demo cohort has roster members who took no test"
    page.select_cohort(with_no_shows[0])
    block = page.data.analysis["cohorts"][with_no_shows[0]]
    pages = {}
    for ticked in (False, True):
        dialog.no_shows.setChecked(ticked)
        options = dialog.options()
        out = tmp_path / f"sheets-{ticked}.pdf"
        monkeypatch.setattr(SheetsDialog, "ask", classmethod(lambda cls, parent=None, o=options: o))
        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, o=out, **k: (str(o), "")))
        page._export_sheets()
        qtbot.waitUntil(lambda o=out: o.name in page.status.text(), timeout=20000)
        pages[ticked] = len(PdfReader(out).pages)
    assert pages[True] >= pages[False] + len(block["no_shows"])
