"""Participant mode when the database stops accepting writes (disk full, stick pulled, read-only)."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt

from assessor.safety import security
from assessor.store import Store
from tests.assessor.test_engine import make_session
from tests.ui.test_runner import check_in

MESSAGE = "This answer could not be saved. Call the facilitator."


@pytest.fixture
def file_runner(qtbot, tmp_path):
    from ui.runner import start_participant_mode

    store = Store.open(tmp_path / "runner.db")
    session, _ = make_session(store, confidence=True, shuffle_options=False, shuffle_questions=False)
    security.set_facilitator_password(store, "secret-pw")
    window = start_participant_mode(store, session.id, kiosk=False)
    window.delay_fn = lambda failures: 0
    qtbot.addWidget(window)
    yield window
    store.close()


def _saved_answers(path) -> dict:
    with Store.open(path, migrate=False) as s:
        (attempt,) = s.db["attempts"].rows
        return {qid: k.get("answer") for qid, k in s.attempts.current_state(attempt["id"]).items()}


def _assert_stopped(window):
    assert window.faulted
    assert window.stack.currentWidget() is window.fault
    assert window.fault.title.text() == MESSAGE
    assert window.question.saved.text() == ""


def test_read_only_database_stops_the_runner_and_shows_nothing_as_saved(qtbot, file_runner):
    window = file_runner
    check_in(qtbot, window)
    q0, q1 = window.engine.questions[:2]
    qtbot.mouseClick(window.question.tiles[1], Qt.LeftButton)  # B: saved
    assert window.question.saved.text() == "✓ Saved"
    qtbot.keyClick(window.question, Qt.Key_Right)
    # The database now refuses every write, as a read-only file or a full disk would.
    window.store.db.execute("PRAGMA query_only=ON")
    qtbot.mouseClick(window.question.tiles[2], Qt.LeftButton)  # C on the second question: not saved
    _assert_stopped(window)
    assert window.engine.state[q1.id].answer is None
    assert not window.question.tiles[2].is_checked()
    # Further input changes nothing: the participant cannot go on.
    window.question.picked.emit("A")
    window.show_overview()
    window.ask_submit()
    assert window.stack.currentWidget() is window.fault and window.submit_dialog is None
    window.store.db.execute("PRAGMA query_only=OFF")
    assert _saved_answers(window.store.path) == {q0.id: "B"}


def test_io_error_while_answering_is_reported_and_not_acknowledged(qtbot, file_runner, monkeypatch):
    window = file_runner
    check_in(qtbot, window)
    q0 = window.engine.questions[0]

    def broken(*args, **kwargs):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(window.store.attempts, "append_event", broken)
    qtbot.mouseClick(window.question.tiles[0], Qt.LeftButton)
    _assert_stopped(window)
    assert window.engine.state[q0.id].answer is None
    monkeypatch.undo()
    assert _saved_answers(window.store.path) == {}


def test_failed_submit_does_not_show_the_thank_you_screen(qtbot, file_runner, monkeypatch):
    window = file_runner
    check_in(qtbot, window)
    qtbot.mouseClick(window.question.tiles[0], Qt.LeftButton)
    window.ask_submit()
    window.store.db.execute("PRAGMA query_only=ON")
    window.submit_dialog.accept()
    _assert_stopped(window)
    assert window.stack.currentWidget() is not window.thanks
    window.store.db.execute("PRAGMA query_only=OFF")
    with Store.open(window.store.path, migrate=False) as s:
        assert [r["status"] for r in s.db["attempts"].rows] == ["in_progress"]


def test_facilitator_can_leave_a_stopped_runner(qtbot, file_runner):
    window = file_runner
    check_in(qtbot, window)
    window.store.db.execute("PRAGMA query_only=ON")
    qtbot.mouseClick(window.question.tiles[0], Qt.LeftButton)
    _assert_stopped(window)
    qtbot.keyClick(window, Qt.Key_Escape)
    dialog = window.exit_dialog
    qtbot.keyClicks(dialog.password, "secret-pw")
    dialog.buttons.accepted.emit()
    assert window.may_close and not window.isVisible()
