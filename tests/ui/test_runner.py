"""Participant mode driven like a participant and a facilitator would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from assessor.safety import security
from assessor.delivery.sessions import SUBMITTED
from tests.assessor.test_engine import Clock, make_session


@pytest.fixture
def runner(qtbot, store):
    from ui.runner import start_participant_mode

    session, _ = make_session(store, confidence=True, show_score=True, shuffle_options=False)
    security.set_facilitator_password(store, "secret-pw")
    window = start_participant_mode(store, session.id, kiosk=False)
    window.delay_fn = lambda failures: 0
    qtbot.addWidget(window)
    window.test_session = session
    return window


def check_in(qtbot, window, code="AB-01", lang="en"):
    qtbot.keyClicks(window.checkin.search, code)
    qtbot.mouseClick(window.checkin.start, Qt.LeftButton)
    assert window.stack.currentWidget() is window.language_screen
    qtbot.mouseClick(window.language_screen.buttons[lang], Qt.LeftButton)
    assert window.stack.currentWidget() is window.instructions
    qtbot.mouseClick(window.instructions.button, Qt.LeftButton)
    assert window.stack.currentWidget() is window.question


def test_check_in_by_roster_pick_and_refusals(qtbot, runner):
    window = runner
    qtbot.keyClicks(window.checkin.search, "nobody-here")
    qtbot.mouseClick(window.checkin.start, Qt.LeftButton)
    assert "could not find" in window.checkin.message.text()
    window.checkin.search.clear()
    qtbot.keyClicks(window.checkin.search, "bud")  # search by name narrows the roster to Budi
    visible = [window.checkin.roster.item(r) for r in range(window.checkin.roster.count())
               if not window.checkin.roster.item(r).isHidden()]
    assert [i.text() for i in visible] == ["Budi (AB-02)"]
    qtbot.mouseClick(window.checkin.start, Qt.LeftButton)
    assert window.language_screen.greeting.text() == "Hello, Budi"


def test_answer_by_mouse_and_keyboard_flag_overview_submit_next(qtbot, runner, store):
    window = runner
    check_in(qtbot, window)
    eng = window.engine
    q0 = eng.questions[0]  # single choice, options in form order
    qtbot.mouseClick(window.question.tiles[1], Qt.LeftButton)
    assert eng.state[q0.id].answer == "B"
    assert window.question.tiles[1].is_checked() and window.question.saved.text() == "✓ Saved"
    assert store.attempts.current_state(eng.attempt.id)[q0.id]["answer"] == "B"
    qtbot.keyClick(window.question, Qt.Key_3)  # change by number key
    assert eng.state[q0.id].answer == "C"
    qtbot.mouseClick(window.question.confidence_buttons[3], Qt.LeftButton)
    assert eng.state[q0.id].confidence == 4
    qtbot.keyClick(window.question, Qt.Key_Right)
    assert eng.position == 1
    qtbot.keyClick(window.question, Qt.Key_A)  # letter key
    assert eng.state[eng.questions[1].id].answer == "A"
    qtbot.keyClick(window.question, Qt.Key_F)
    assert eng.state[eng.questions[1].id].flagged and "Flagged" in window.question.flag_mark.text()
    qtbot.keyClick(window.question, Qt.Key_PageDown)
    multiple = eng.questions[2]
    assert multiple.type == "multiple"
    qtbot.keyClick(window.question, Qt.Key_1)
    qtbot.keyClick(window.question, Qt.Key_3)
    window.question.tiles[3].setFocus()
    qtbot.keyClick(window.question.tiles[3], Qt.Key_Space)  # Space toggles the focused option
    qtbot.keyClick(window.question, Qt.Key_1)  # toggled off again
    assert eng.state[multiple.id].answer == ["C", "D"]
    qtbot.keyClick(window.question, Qt.Key_Left)
    assert eng.position == 1
    # Overview shows states and jumps.
    qtbot.mouseClick(window.question.overview_button, Qt.LeftButton)
    assert window.stack.currentWidget() is window.overview
    names = [b.accessibleName() for b in window.overview.buttons[:4]]
    assert names == ["Question 1: answered", "Question 2: answered, flagged", "Question 3: answered",
                     "Question 4: not answered"]
    qtbot.mouseClick(window.overview.buttons[3], Qt.LeftButton)
    assert window.stack.currentWidget() is window.question and eng.position == 3
    # Submit: the dialog counts unanswered and flagged; going back keeps the test open.
    qtbot.mouseClick(window.question.submit_button, Qt.LeftButton)
    text = window.submit_dialog.text.text()
    assert "Questions not answered: 1" in text and "Questions flagged for review: 1" in text
    qtbot.mouseClick(window.submit_dialog.back_button, Qt.LeftButton)
    assert eng.active
    qtbot.mouseClick(window.question.submit_button, Qt.LeftButton)
    with qtbot.waitSignal(window.submitted, timeout=1000):  # the File menu's auto-save listens to this
        qtbot.mouseClick(window.submit_dialog.submit_button, Qt.LeftButton)
    assert window.stack.currentWidget() is window.thanks
    attempt = store.attempts.for_session(window.test_session.id)[0]
    assert attempt.status == SUBMITTED
    assert window.thanks.score.text() == f"Your score: {round(attempt.score_pct)}%"
    # Next participant: nothing of the previous one is left on screen.
    qtbot.mouseClick(window.thanks.button, Qt.LeftButton)
    assert window.stack.currentWidget() is window.checkin
    assert window.checkin.search.text() == "" and window.checkin.message.text() == ""
    assert window.question.text.text() == "" and window.question.tiles == []
    assert window.thanks.score.text() == "" and window.timer_label.text() == ""
    # The same participant cannot start again.
    qtbot.keyClicks(window.checkin.search, "AB-01")
    qtbot.mouseClick(window.checkin.start, Qt.LeftButton)
    assert "already submitted" in window.checkin.message.text()
    assert window.stack.currentWidget() is window.checkin


def test_language_switch_mid_test_keeps_answers(qtbot, runner):
    window = runner
    check_in(qtbot, window, lang="id")
    assert window.question.prev_button.text() == "← Sebelumnya"
    q = window.engine.questions[0]
    assert window.question.text.text() == q.text["id"]
    qtbot.keyClick(window.question, Qt.Key_2)
    qtbot.mouseClick(window.lang_button, Qt.LeftButton)
    assert window.question.text.text() == q.text["en"]
    assert window.question.prev_button.text() == "← Previous"
    assert window.question.tiles[1].is_checked() and window.engine.state[q.id].answer == "B"
    assert window.store.attempts.get(window.engine.attempt.id).language == "en"


def test_timer_warnings_and_time_out(qtbot, store):
    from ui.runner import RunnerWindow

    session, _ = make_session(store, time_limit_min=6, show_score=False)
    security.set_facilitator_password(store, "secret-pw")
    clock = Clock()
    window = RunnerWindow(store, session.id, kiosk=False, clock=clock)
    qtbot.addWidget(window)
    window.begin()
    check_in(qtbot, window)
    assert window.timer_label.text() == "Time left: 06:00"
    qtbot.keyClick(window.question, Qt.Key_1)
    clock.t += 61
    window._tick()
    assert window.warning.isVisible() and window.warning.text() == "5 minutes left"
    clock.t += 250
    window._tick()
    assert window.warning.text() == "1 minute left"
    clock.t += 60
    window._tick()
    assert window.stack.currentWidget() is window.thanks
    assert "time is up" in window.thanks.body.text()
    assert window.thanks.score.text() == ""  # this form does not show the score
    attempt = store.attempts.for_session(session.id)[0]
    assert attempt.status == SUBMITTED and attempt.time_used_s == pytest.approx(360)
    assert sum(attempt.marks.values()) <= 1 and list(store.attempts.current_state(attempt.id)) == [
        window.engine.questions[0].id]


def test_exit_needs_the_facilitator_password(qtbot, runner, store):
    window = runner
    window.close()  # a close request (also what Alt+F4 sends) is intercepted
    assert window.isVisible() and window.exit_dialog is not None
    dialog = window.exit_dialog
    waits = []
    window.delay_fn = lambda failures: waits.append(failures) or 0
    for attempt in ("wrong", "also-wrong"):
        qtbot.keyClicks(dialog.password, attempt)
        dialog.buttons.accepted.emit()
    assert window.isVisible() and window.failures == 2 and waits == [1, 2]
    assert "Wrong password" in dialog.message.text()
    dialog.reject()
    qtbot.keyClick(window, Qt.Key_Escape)
    dialog = window.exit_dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.password, "secret-pw")
    dialog.buttons.accepted.emit()
    assert not window.isVisible()
    actions = [e.action for e in store.audit.list()]
    assert actions.count("runner.exit_refused") == 2 and "runner.exit" in actions


def test_first_run_asks_to_set_a_password(qtbot, store):
    from ui.runner import start_participant_mode

    session, _ = make_session(store)
    window = start_participant_mode(store, session.id, kiosk=False)
    qtbot.addWidget(window)
    dialog = window.exit_dialog
    assert dialog is not None and dialog.new
    qtbot.keyClicks(dialog.password, "classroom")
    qtbot.keyClicks(dialog.repeat, "classroom")
    dialog.buttons.accepted.emit()
    assert security.check_facilitator_password(store, "classroom")
    assert window.isVisible()


def test_the_password_step_shows_the_refusal_that_happened(qtbot, store, monkeypatch):
    from assessor.errors import Refused
    from ui.runner import start_participant_mode

    session, _ = make_session(store)
    window = start_participant_mode(store, session.id, kiosk=False)
    qtbot.addWidget(window)
    dialog = window.exit_dialog
    qtbot.keyClicks(dialog.password, "ab")
    qtbot.keyClicks(dialog.repeat, "ab")
    dialog.buttons.accepted.emit()
    assert dialog.message.text() == f"The password needs at least {security.MIN_LENGTH} characters."

    def read_only(_store, _password):
        raise Refused("The database is read-only; the password was not stored.", code="read_only")

    monkeypatch.setattr(security, "set_facilitator_password", read_only)
    dialog.password.setText("classroom-pw")
    dialog.repeat.setText("classroom-pw")
    dialog.buttons.accepted.emit()
    assert dialog.message.text() == "The database is read-only; the password was not stored."
    assert not security.has_facilitator_password(store)


def test_relaunch_resumes_where_the_participant_was(qtbot, tmp_path):
    from assessor.store import Store
    from ui.runner import RunnerWindow, pending_session

    store = Store.open(tmp_path / "r.db")
    session, _ = make_session(store)
    security.set_facilitator_password(store, "secret-pw")
    first = RunnerWindow(store, session.id, kiosk=False)
    qtbot.addWidget(first)
    first.begin()
    check_in(qtbot, first)
    qtbot.keyClick(first.question, Qt.Key_2)
    qtbot.keyClick(first.question, Qt.Key_Right)
    qtbot.keyClick(first.question, Qt.Key_F)
    # The laptop dies here: no submit, no exit. On relaunch the app finds the session.
    store2 = Store.open(tmp_path / "r.db")
    assert pending_session(store2) == session.id
    again = RunnerWindow(store2, session.id, kiosk=False)
    qtbot.addWidget(again)
    again.begin()
    qtbot.keyClicks(again.checkin.search, "AB-01")
    qtbot.mouseClick(again.checkin.start, Qt.LeftButton)
    qtbot.mouseClick(again.language_screen.buttons["en"], Qt.LeftButton)
    assert again.instructions.button.text() == "Continue the test"
    qtbot.mouseClick(again.instructions.button, Qt.LeftButton)
    eng = again.engine
    assert eng.position == 1 and "Flagged" in again.question.flag_mark.text()
    q0 = eng.questions[0]
    assert eng.state[q0.id].answer == eng.option_order(q0)[1]  # the second option as shown
    assert again.question.tiles[1].is_checked() if eng.position == 0 else True
    assert any(e.action == "attempt.resume" for e in store2.audit.list())
    store2.close()


def test_font_size_contrast_and_accessible_names(qtbot, runner):
    window = runner
    start = window.font_pt
    qtbot.mouseClick(window.bigger, Qt.LeftButton)
    assert window.font_pt == start + 2 and f"font-size: {start + 2}pt" in window.styleSheet()
    qtbot.mouseClick(window.contrast, Qt.LeftButton)
    assert window.high_contrast and "#000000" in window.styleSheet()
    check_in(qtbot, window)
    from PySide6.QtWidgets import QAbstractButton, QLineEdit, QListWidget

    unnamed = [w for w in window.findChildren(QAbstractButton) + window.findChildren(QLineEdit)
               + window.findChildren(QListWidget) if w.isVisible() and not (w.accessibleName() or w.text())]
    assert unnamed == []
    tiles = window.question.tiles
    assert all(t.accessibleName() for t in tiles) and set(tiles) <= set(window.focus_order())


def test_app_reopens_participant_mode_after_a_crash_and_on_request(qtbot, store):
    from assessor.delivery.engine import AttemptEngine
    from assessor.errors import Refused
    from ui.app import _open_participant_mode, parse_args
    from ui.main_window import MainWindow
    from ui.runner import start_participant_mode

    session, _ = make_session(store)
    security.set_facilitator_password(store, "secret-pw")
    main = MainWindow(store)
    qtbot.addWidget(main)
    assert _open_participant_mode(store, None, main) is None  # nothing pending: the normal app
    eng = AttemptEngine(store)
    eng.start_or_resume(session.id, eng.check_in(session.id, "AB-01").participant.id)
    runner = _open_participant_mode(store, None, main)  # as at the next start after the crash
    qtbot.addWidget(runner)
    assert runner.session_id == session.id and runner.isVisible() and runner.kiosk
    assert runner.windowFlags() & Qt.FramelessWindowHint and runner.windowFlags() & Qt.WindowStaysOnTopHint
    runner._leave()
    assert parse_args(["--participant", session.id]).participant == session.id
    store.sessions.close(session.id)
    with pytest.raises(Refused):
        start_participant_mode(store, session.id)
