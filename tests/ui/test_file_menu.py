"""The File menu: import results with a readable report, refusals explained, password
dialog rules, conflicts chosen by the facilitator, auto-save after a submission."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from assessor.exchange import export_package, export_results, import_package
from assessor.ids import new_id
from assessor.store import Store
from tests.assessor.exchange_helpers import answer, answer_for, at, setup_facilitator, start, submit


@pytest.fixture
def classroom(tmp_path):
    """A facilitator database (open in the window) and one laptop's results file."""
    facilitator = Store.open(tmp_path / "f.db")
    session, people, questions = setup_facilitator(facilitator, n_people=3, n_questions=4)
    export_package(facilitator, session.id, tmp_path / "p.assessor-package")
    laptop = Store.open(tmp_path / "laptop.db")
    import_package(laptop, tmp_path / "p.assessor-package")
    aid = new_id()
    start(laptop, session, people[0], aid, at(0))
    for i, q in enumerate(questions):
        answer(laptop, aid, q.id, answer_for(q, True), at(i + 1))
    submit(laptop, aid, at(60))
    export_results(laptop, tmp_path / "laptop.assessor-results")
    yield facilitator, laptop, session, people, questions, tmp_path
    laptop.close()
    facilitator.close()


@pytest.fixture
def window(qtbot, classroom):
    from ui.main_window import MainWindow

    w = MainWindow(classroom[0])
    qtbot.addWidget(w)
    return w


def test_file_menu_offers_every_exchange_action(window):
    texts = [a.text() for a in window.file_menu.menu.actions() if a.text()]
    assert window.file_menu.menu.title() == "&File"
    for wanted in ("Export session package…", "Open package…", "Export results…", "Import results…",
                   "Merge another database…", "Resolve conflicts…"):
        assert wanted in texts


def test_import_results_shows_a_report_of_what_was_new(qtbot, window, classroom):
    facilitator, *_, tmp_path = classroom
    window.file_menu.import_results([str(tmp_path / "laptop.assessor-results")])
    qtbot.waitUntil(lambda: window.file_menu.last_report is not None, timeout=10_000)
    dialog = window.file_menu.report_dialog
    assert "1 imported" in dialog.summary.text()
    text = dialog.browser.toPlainText()
    assert "laptop.assessor-results — imported" in text and "1 attempts" in text
    assert facilitator.attempts.submitted_count(facilitator.sessions.list()[0].id) == 1
    dialog.close()


def test_a_damaged_file_is_reported_with_its_reason(qtbot, window, classroom):
    *_, tmp_path = classroom
    bad = tmp_path / "cut.assessor-results"
    bad.write_bytes((tmp_path / "laptop.assessor-results").read_bytes()[:-100])
    window.file_menu.import_results([str(bad)])
    qtbot.waitUntil(lambda: window.file_menu.last_report is not None, timeout=10_000)
    text = window.file_menu.report_dialog.browser.toPlainText()
    assert "refused" in text and "its end is missing" in text
    window.file_menu.report_dialog.close()


def test_password_dialog_needs_matching_passwords_to_write(qtbot):
    from ui.file_menu import PasswordDialog

    dialog = PasswordDialog(None, writing=True, protect_default=True)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.Ok)
    assert not ok.isEnabled()
    dialog.password.setText("rahasia")
    dialog.confirm.setText("rahasiA")
    assert not ok.isEnabled() and "not the same" in dialog.problem.text()
    dialog.confirm.setText("rahasia")
    assert ok.isEnabled() and dialog.value() == "rahasia"
    dialog.protect.setChecked(False)
    assert ok.isEnabled() and dialog.value() is None


def test_conflicts_dialog_lists_both_attempts_and_keeps_the_latest_by_default(qtbot, classroom, tmp_path):
    from assessor.exchange import import_results
    from ui.file_menu import ConflictsDialog

    facilitator, laptop, session, people, questions, _ = classroom
    other = Store.open(tmp_path / "other.db")
    import_package(other, tmp_path / "p.assessor-package")
    aid = new_id()
    start(other, session, people[0], aid, at(1000))
    submit(other, aid, at(1100))
    export_results(other, tmp_path / "other.assessor-results")
    other.close()
    import_results(facilitator, [tmp_path / "laptop.assessor-results", tmp_path / "other.assessor-results"])
    dialog = ConflictsDialog(None, facilitator)
    qtbot.addWidget(dialog)
    (group,) = dialog.groups
    assert len(group.buttons()) == 2
    assert dialog.chosen() == [aid]


def test_after_submission_saves_a_bundle_to_the_chosen_folder(qtbot, window, tmp_path):
    from ui import settings

    folder = tmp_path / "usb"
    settings.put(settings.AUTO_BUNDLE_FOLDER, str(folder))
    try:
        menu = window.file_menu
        assert menu.after_submission() is None  # no password chosen in this run: nothing written
        menu.auto_ready, menu.auto_password = True, "rahasia"
        menu.after_submission()
        qtbot.waitUntil(lambda: any(Path(folder).glob("*.assessor-results")) if folder.exists() else False,
                        timeout=10_000)
    finally:
        settings.put(settings.AUTO_BUNDLE_FOLDER, "")
