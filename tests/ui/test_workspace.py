"""The facilitator workspace: banks, question editing, assessment building, rosters and sessions."""

from __future__ import annotations

import io

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from assessor.people.cohorts import Cohort


@pytest.fixture(autouse=True)
def no_message_boxes(monkeypatch):
    """Message boxes answer 'Yes' and are recorded instead of blocking the test."""
    shown = []
    for name in ("information", "warning"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(lambda *a, _n=name: shown.append((_n, a[2])) or 0))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a: shown.append(("question", a[2]))
                                                              or QMessageBox.Yes))
    return shown


def test_create_bank_and_filter_by_topic_and_type(qtbot, bank_store, monkeypatch):
    from ui.workspace.banks_page import BanksPage
    from ui.workspace.question_editor import BankDialog

    page = BanksPage(bank_store)
    qtbot.addWidget(page)
    total = page.proxy.rowCount()
    page.topic_filter.setCurrentIndex(page.topic_filter.findData("coordination"))
    assert page.proxy.rowCount() == 10
    page.type_filter.setCurrentIndex(page.type_filter.findData("truefalse"))
    assert 0 < page.proxy.rowCount() < 10
    page.topic_filter.setCurrentIndex(0)
    page.type_filter.setCurrentIndex(0)
    assert page.proxy.rowCount() == total
    monkeypatch.setattr(BankDialog, "ask", classmethod(lambda cls, *a, **k: ({"en": "Mine", "id": "Punyaku"},
                                                                             ("en", "id"))))
    page.new_bank_button.click()
    assert page.bank_combo.count() == 2 and page.bank_combo.currentText() == "Mine"
    assert page.proxy.rowCount() == 0


def test_delete_bank_in_use_is_refused_and_archived(qtbot, bank_store, no_message_boxes):
    from assessor.delivery.assessments import Assessment
    from ui.workspace.banks_page import BanksPage

    bank = bank_store.banks.list()[0]
    q = bank_store.banks.questions(bank.id)[0]
    bank_store.assessments.save(Assessment("T", (q.id,)))
    page = BanksPage(bank_store)
    qtbot.addWidget(page)
    page.delete_button.click()
    assert any("43 questions" in text for _, text in no_message_boxes)
    assert bank_store.banks.list() == [] and bank_store.banks.list(include_archived=True)[0].archived
    assert bank_store.banks.question(q.id).key == q.key  # nothing deleted


def test_editing_an_answered_question_makes_a_new_version(qtbot, demo_store, no_message_boxes):
    from ui.workspace.question_editor import QuestionEditor

    form = demo_store.assessments.list()[0]
    q = demo_store.assessments.questions(form)[0]
    assert demo_store.banks.is_answered(q.id)
    bank = demo_store.banks.get(q.bank_id)
    editor = QuestionEditor(demo_store, bank, q)
    qtbot.addWidget(editor)
    assert editor.version_note.isVisibleTo(editor)
    editor.texts[("text", "en")].setPlainText(q.text["en"] + " (edited)")
    editor.buttons.button(QDialogButtonBox.Save).click()
    assert editor.saved.version == q.version + 1
    assert any(kind == "information" and f"version {q.version + 1}" in text for kind, text in no_message_boxes)
    assert [v.version for v in demo_store.banks.versions(bank.id, q.key)][-2:] == [q.version, q.version + 1]
    assert demo_store.banks.question(q.id).text == q.text  # the answered version is unchanged
    history = QuestionEditor(demo_store, bank, editor.saved)
    qtbot.addWidget(history)
    assert history.history.count() == len(demo_store.banks.versions(bank.id, q.key))


def test_editor_blocks_save_without_a_correct_answer_and_badges_missing_translation(qtbot, bank_store):
    from ui.workspace.question_editor import QuestionEditor

    bank = bank_store.banks.list()[0]
    q = next(q for q in bank_store.banks.questions(bank.id) if q.type == "single")
    editor = QuestionEditor(bank_store, bank_store.banks.get(bank.id), q)
    qtbot.addWidget(editor)
    save = editor.buttons.button(QDialogButtonBox.Save)
    assert save.isEnabled()
    editor.texts[("rationale", "id")].setPlainText("")
    assert save.isEnabled() and "Missing translation (ID)" in editor.problems.text()
    for r in range(editor.options.rowCount()):
        editor.options.item(r, 0).setCheckState(Qt.Unchecked)
    assert not save.isEnabled() and "No correct answer" in editor.problems.text()
    editor.preview_lang.setCurrentIndex(editor.preview_lang.findData("id"))
    assert q.text["id"][:15] in editor.preview.toPlainText()
    assert "✔" not in editor.preview.toPlainText()


def test_build_assessment_by_topic_draw_and_locked_form_saves_a_copy(qtbot, bank_store, no_message_boxes):
    from ui.workspace.assessments_page import AssessmentsPage

    page = AssessmentsPage(bank_store)
    qtbot.addWidget(page)
    page.name.setText("Pre-test CPCT")
    assert page.draw(5, seed=42)
    assert page.items_model.rowCount() == 20
    assert page.blueprint.item(page.blueprint.rowCount() - 1, page.blueprint.columnCount() - 1).text() == "20"
    saved = page.save()
    assert saved and len(saved.question_ids) == 20
    assert saved.draw == {"method": "per_topic", "n_per_topic": 5, "seed": 42,
                          "banks": [bank_store.banks.list()[0].id]}
    cohort = bank_store.cohorts.save(Cohort("C"))
    bank_store.sessions.open(cohort.id, saved.id, "pre")
    page.reload(select=saved.id)
    assert page.locked_note.isVisibleTo(page)
    page.pass_mark.setValue(80)
    copy = page.save()
    assert copy.id != saved.id and copy.pass_mark == 80
    assert bank_store.assessments.get(saved.id).pass_mark == 70


def _xlsx(rows) -> bytes:
    import openpyxl

    book = openpyxl.Workbook()
    for r in rows:
        book.active.append(r)
    buf = io.BytesIO()
    book.save(buf)
    return buf.getvalue()


def test_roster_import_with_errors_saves_nothing_then_a_clean_file_adds_25(qtbot, store, tmp_path, monkeypatch):
    from ui.workspace.cohorts.dialogs import RosterImportDialog
    from ui.workspace.cohorts.page import CohortsPage

    cohort = store.cohorts.save(Cohort("Makassar ToT"))
    page = CohortsPage(store)
    qtbot.addWidget(page)
    seen = []
    monkeypatch.setattr(RosterImportDialog, "ask", classmethod(lambda cls, preview, parent=None:
                                                               seen.append(preview) or preview.ok))
    bad = tmp_path / "bad.csv"
    bad.write_text("code;name;sex\nA1;Ani;F\nA1;Budi;robot\n", encoding="cp1252")
    with qtbot.waitSignal(page.import_roster(str(bad)).done):
        pass
    qtbot.waitUntil(lambda: len(seen) == 1)
    assert seen[0].error_count == 2 and store.cohorts.participants(cohort.id) == []
    good = tmp_path / "roster.xlsx"
    good.write_bytes(_xlsx([["code", "name", "sex", "organisation", "role"]] +
                           [["", f"Peserta {i}", "perempuan" if i % 2 else "L", "Dinsos", ""] for i in range(25)]))
    with qtbot.waitSignal(page.import_roster(str(good)).done):
        pass
    qtbot.waitUntil(lambda: page.roster_model.rowCount() == 25)
    assert len({p.code for p in store.cohorts.participants(cohort.id)}) == 25
    out = tmp_path / "codes.pdf"
    with qtbot.waitSignal(page.export_roster(str(out), "pdf").done):
        pass
    assert out.read_bytes().startswith(b"%PDF")


def test_open_close_reopen_session_and_start_participant_mode(qtbot, demo_store, monkeypatch, no_message_boxes):
    from PySide6.QtWidgets import QInputDialog

    from ui.workspace.cohorts.page import CohortsPage

    cohort = demo_store.cohorts.save(Cohort("New cohort"))
    page = CohortsPage(demo_store)
    qtbot.addWidget(page)
    page.reload(select=cohort.id)
    assert page.sessions_model.rowCount() == 0
    page.phase_combo.setCurrentIndex(page.phase_combo.findData("pre"))
    page.open_button.click()
    assert page.sessions_model.rowCount() == 1 and page.start_button.isEnabled()
    session = page.current_session()
    assert session.phase == "pre" and demo_store.assessments.get(session.assessment_id).locked
    page.close_button.click()
    assert demo_store.sessions.get(session.id).status == "closed" and not page.start_button.isEnabled()
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("laptop crashed", True)))
    page.reopen_button.click()
    assert demo_store.sessions.get(session.id).status == "open"
    assert demo_store.audit.list(1)[0].details["reason"] == "laptop crashed"
    import ui.runner

    started = []
    real = ui.runner.start_participant_mode

    def start(store, session_id, parent=None, **kwargs):
        started.append(session_id)
        window = real(store, session_id, parent=None, kiosk=False)
        qtbot.addWidget(window)
        return window

    monkeypatch.setattr(ui.runner, "start_participant_mode", start)
    page.start_button.click()
    assert started == [session.id]


def test_live_status_shows_submitted_attempts_on_this_laptop(qtbot, demo_store):
    from ui.workspace.cohorts.page import CohortsPage

    page = CohortsPage(demo_store)
    qtbot.addWidget(page)
    cohort = next(c for c in demo_store.cohorts.list() if demo_store.sessions.list(c.id))
    page.reload(select=cohort.id)
    page.sessions.selectRow(0)
    page._refresh_live()
    session = page.current_session()
    mine = demo_store.attempts.live_status(session.id, demo_store.device_id)
    assert page.live_model.rowCount() == len(mine)


@pytest.mark.parametrize("name", ["AssessmentTableModel", "CohortTableModel", "ParticipantTableModel",
                                  "SessionTableModel", "LiveTableModel", "PreviewTableModel"])
def test_table_models_are_well_behaved(qtmodeltester, qtbot, demo_store, name):
    from assessor.people.roster import parse_roster
    from ui.workspace.cohorts.models import PreviewTableModel
    from ui.workspace.cohorts.page import CohortsPage
    from ui.workspace.assessments_page import AssessmentTableModel

    page = CohortsPage(demo_store)
    qtbot.addWidget(page)
    cohort = demo_store.cohorts.list()[0]
    page.reload(select=cohort.id)
    models = {
        "AssessmentTableModel": AssessmentTableModel(),
        "CohortTableModel": page.cohorts_model, "ParticipantTableModel": page.roster_model,
        "SessionTableModel": page.sessions_model, "LiveTableModel": page.live_model,
        "PreviewTableModel": PreviewTableModel(),
    }
    models["AssessmentTableModel"].set_assessments(demo_store.assessments.list())
    models["PreviewTableModel"].set_preview(parse_roster(b"code,name,sex\nA,x,F\nA,y,?\n", "r.csv"))
    model = models[name]
    assert model.rowCount() > 0
    qtmodeltester.check(model)


def test_settings_change_password_and_backup(qtbot, demo_store, tmp_path):
    from assessor.safety.security import verify_password
    from assessor.store import Store
    from ui.dialogs.settings_dialog import PASSWORD_META, SettingsDialog

    dialog = SettingsDialog(demo_store)
    qtbot.addWidget(dialog)
    assert dialog.change_password("", "abcdefgh", "abcdefgx") is not None
    assert "at least 8" in dialog.change_password("", "1234", "1234")  # a PIN falls in minutes
    assert dialog.change_password("", "abcdefgh", "abcdefgh") is None
    assert verify_password("abcdefgh", demo_store.meta(PASSWORD_META))
    assert dialog.change_password("wrong", "efghijkl", "efghijkl") is not None
    assert verify_password("abcdefgh", demo_store.meta(PASSWORD_META))
    dest = tmp_path / "backup.db"
    with qtbot.waitSignal(dialog.backup(str(dest)).done, timeout=10000):
        pass
    with Store.open(dest) as copy:
        assert len(copy.cohorts.list()) == len(demo_store.cohorts.list())


def test_cohort_list_marks_demo_cohorts_and_not_real_ones(qtbot, demo_store):
    from assessor.people.cohorts import Cohort
    from ui.workspace.cohorts.models import CohortTableModel
    from ui.workspace.cohorts.page import CohortsPage

    demo_store.cohorts.save(Cohort("Real training"))
    page = CohortsPage(demo_store)
    qtbot.addWidget(page)
    shown = [page.cohorts_model.index(r, CohortTableModel.COL_NAME).data() for r in range(page.cohorts_model.rowCount())]
    assert "Real training" in shown
    assert sorted(n for n in shown if n != "Real training") == [
        "Cascade Makassar 2026 (demo)", "Cascade Surabaya 2026 (demo)", "ToT Jakarta 2026 (demo)"]


def test_live_view_lists_roster_members_who_have_not_started(qtbot, demo_store):
    from assessor.delivery.engine import AttemptEngine
    from assessor.people.cohorts import Participant
    from ui.workspace.cohorts.models import LiveTableModel
    from ui.workspace.cohorts.page import CohortsPage

    cohort = demo_store.cohorts.save(Cohort("Small class"))
    people = demo_store.cohorts.add_participants(cohort.id, [Participant(cohort.id, c, name=f"Person {c}")
                                                             for c in ("A1", "A2", "A3")])
    session = demo_store.sessions.open(cohort.id, demo_store.assessments.list()[0].id, "pre")
    AttemptEngine(demo_store).start_or_resume(session.id, people[1].id)
    page = CohortsPage(demo_store)
    qtbot.addWidget(page)
    page.reload(select=cohort.id)
    page.sessions.selectRow(0)
    page._refresh_live()
    m = page.live_model
    shown = [(m.index(r, LiveTableModel.COL_CODE).data(), m.index(r, LiveTableModel.COL_STATE).data(),
              m.index(r, LiveTableModel.COL_ANSWERED).data()) for r in range(m.rowCount())]
    assert shown == [("A2", "Checked in", 0), ("A1", "Not started", ""), ("A3", "Not started", "")]
    assert m.not_submitted_count() == 1  # closing warns about the one answering, not the absent
    page.live.selectRow(1)
    assert not page.retake_button.isEnabled()


def test_two_assessments_whose_names_start_the_same_stay_apart(qtbot, bank_store):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QFontMetrics

    from assessor.delivery.assessments import Assessment
    from ui.workspace.assessments_page import AssessmentsPage
    from ui.workspace.cohorts.page import CohortsPage

    qids = tuple(q.id for q in bank_store.banks.questions(bank_store.banks.list()[0].id)[:3])
    names = ["Child protection knowledge test, ToT Jakarta, March 2026 – pre-test",
             "Child protection knowledge test, ToT Jakarta, March 2026 – post-test"]
    for name in names:
        bank_store.assessments.save(Assessment(name=name, question_ids=qids, pass_mark=70.0))
    page = AssessmentsPage(bank_store)
    page.resize(max(1076, page.minimumSizeHint().width()), 680)  # as in the window on a 1280 x 720 screen
    page.show()
    view, model = page.forms, page.forms_model
    width = view.columnWidth(0) - 10
    assert width > 150, width
    metrics = QFontMetrics(view.font())
    assert metrics.horizontalAdvance(names[0]) > width  # the names do not fit: they are cut
    shown = {metrics.elidedText(model.index(r, 0).data(), view.textElideMode(), width) for r in range(2)}
    assert len(shown) == 2 and all(text.endswith("test") for text in shown)
    assert {model.index(r, 0).data(Qt.ToolTipRole) for r in range(2)} == set(names)

    cohorts = CohortsPage(bank_store)
    try:
        combo = cohorts.assessment_combo
        assert {combo.itemData(i, Qt.ToolTipRole) for i in range(combo.count())} == set(names)
        assert combo.sizeHint().width() >= QFontMetrics(combo.font()).horizontalAdvance(names[0])
    finally:  # both pages re-read the store on a language change: gone before the store closes
        from PySide6.QtCore import QCoreApplication, QEvent

        page.close()
        page.deleteLater()
        cohorts.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)


ORDERED_GIFT = """// [id:Z-INTRO]
::Case::Read the case of Budi.

// [id:M-TF]
::Budi::Budi is a child.{TRUE}

// [id:B-TF]
::Age::Budi is twelve.{TRUE}

// [id:A-SHORT]
::Law::Name the law.{=Child Protection}
"""


def _shown_keys(view) -> list[str]:
    return [view.model().index(r, 0).data() for r in range(view.model().rowCount())]


def _click_header(qtbot, view, section: int) -> None:
    from PySide6.QtCore import QPoint

    header = view.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.LeftButton, pos=QPoint(header.sectionViewportPosition(section) + 5, 5))


def test_banks_page_lists_bank_order_and_a_header_sorts_then_goes_back(qtbot, store, tmp_path):
    from assessor.banks.bankio import import_file
    from ui.workspace.banks_page import BanksPage

    path = tmp_path / "case.gift"
    path.write_text(ORDERED_GIFT, encoding="utf-8")
    import_file(store, path)
    page = BanksPage(store)
    qtbot.addWidget(page)
    page.show()
    order = ["Z-INTRO", "M-TF", "B-TF", "A-SHORT"]
    assert _shown_keys(page.table) == order  # the file's order, not the keys'
    _click_header(qtbot, page.table, 0)
    assert _shown_keys(page.table) == sorted(order)
    _click_header(qtbot, page.table, 0)
    assert _shown_keys(page.table) == sorted(order, reverse=True)
    _click_header(qtbot, page.table, 0)  # the third click clears the sort: bank order again
    assert _shown_keys(page.table) == order


def test_questions_are_added_to_an_assessment_in_the_order_they_are_listed(qtbot, store, tmp_path):
    from PySide6.QtCore import QItemSelectionModel

    from assessor.banks.bankio import import_file
    from ui.workspace.assessments_page import AssessmentsPage

    path = tmp_path / "case.gift"
    path.write_text(ORDERED_GIFT.split("\n\n", 1)[1], encoding="utf-8")  # the three questions, no description
    import_file(store, path)
    page = AssessmentsPage(store)
    qtbot.addWidget(page)
    page.show()
    assert _shown_keys(page.available) == ["M-TF", "B-TF", "A-SHORT"]
    selection = page.available.selectionModel()
    for r in (2, 0, 1):  # picked in any order, added as listed
        selection.select(page.available_proxy.index(r, 0), QItemSelectionModel.Select | QItemSelectionModel.Rows)
    page._on_add()
    assert [q.key for q in page._items] == ["M-TF", "B-TF", "A-SHORT"]


def test_the_participant_preview_opens_in_the_language_of_the_screens(qtbot, bank_store):
    """On Indonesian screens the preview showed the English question first."""
    from ui import i18n
    from ui.workspace.question_editor import QuestionEditor

    bank = bank_store.banks.list()[0]
    q = next(q for q in bank_store.banks.questions(bank.id) if q.type == "single")
    assert i18n.set_language("id")
    try:
        editor = QuestionEditor(bank_store, bank_store.banks.get(bank.id), q)
        qtbot.addWidget(editor)
        assert editor.preview_lang.currentData() == "id"
        assert q.text["id"][:15] in editor.preview.toPlainText()
    finally:
        i18n.set_language("en")
    editor = QuestionEditor(bank_store, bank_store.banks.get(bank.id), q)
    qtbot.addWidget(editor)
    assert editor.preview_lang.currentData() == "en"
