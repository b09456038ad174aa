"""Participant mode with the keyboard alone: every key goes to the widget that has the focus,
as it would for a participant without a mouse."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from assessor.delivery.sessions import ANSWER, CONFIDENCE, FLAG, SUBMITTED
from assessor.safety import security
from tests.assessor.test_engine import make_session


@pytest.fixture
def runner(qtbot, store):
    from ui.runner import start_participant_mode

    session, _ = make_session(store, confidence=True, show_score=True, shuffle_options=False)
    security.set_facilitator_password(store, "secret-pw")
    window = start_participant_mode(store, session.id, kiosk=False)
    window.delay_fn = lambda failures: 0
    qtbot.addWidget(window)
    window.resize(1280, 720)  # a small classroom laptop
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    window.test_session = session
    return window


def focused():
    return QApplication.focusWidget()


def press(key, times: int = 1):
    for _ in range(times):
        widget = focused()
        assert widget is not None, "nothing has the keyboard focus"
        QTest.keyClick(widget, key)


def type_text(text: str):
    QTest.keyClicks(focused(), text)


def tab_to(qtbot, widget, limit: int = 30):
    """Press Tab until ``widget`` has the focus (fails if it is not in the Tab order)."""
    for _ in range(limit):
        if focused() is widget:
            return
        press(Qt.Key_Tab)
    assert focused() is widget, f"{widget.accessibleName()!r} is not reachable with Tab"


def test_a_whole_attempt_with_the_keyboard_alone(qtbot, runner, store):
    window = runner
    assert focused() is window.checkin.search
    type_text("AB-01")
    press(Qt.Key_Return)
    assert window.stack.currentWidget() is window.language_screen
    assert focused() is window.language_screen.buttons["en"]
    press(Qt.Key_Tab)
    assert focused() is window.language_screen.buttons["id"]
    press(Qt.Key_Tab)
    press(Qt.Key_Backtab)  # and back again
    press(Qt.Key_Return)
    assert window.stack.currentWidget() is window.instructions and window.language == "id"
    assert focused() is window.instructions.button
    press(Qt.Key_Enter)  # the keypad's Enter works too
    assert window.stack.currentWidget() is window.question
    eng = window.engine
    q = window.question
    # Question 1 (single): the focus is on the first option; a digit answers, Right moves on.
    assert focused() is q.tiles[0]
    press(Qt.Key_2)
    assert focused() is q.tiles[1] and q.tiles[1].isChecked()
    tab_to(qtbot, q.confidence_buttons[2])
    press(Qt.Key_Space)
    press(Qt.Key_Right)
    assert eng.position == 1
    assert focused() is q.tiles[0]  # nothing chosen yet: the first option
    # Question 2 (single): a letter, then PageDown.
    press(Qt.Key_D)
    press(Qt.Key_PageDown)
    assert eng.position == 2
    # Question 3 (multiple): two digits, Down and Enter on the focused option, then Left and back.
    press(Qt.Key_1)
    press(Qt.Key_Down)
    assert focused() is q.tiles[1]
    press(Qt.Key_Return)
    press(Qt.Key_Left)
    assert eng.position == 1 and focused() is q.tiles[3]  # the focus lands on the chosen option
    press(Qt.Key_PageDown)
    assert eng.position == 2 and focused() is q.tiles[0]  # the first of the chosen options
    press(Qt.Key_PageDown)
    # Question 4 (true/false): B is "False"; F flags it.
    press(Qt.Key_B)
    press(Qt.Key_F)
    assert eng.position == 3
    # The overview: Enter on a cell goes there, arrows move between cells.
    tab_to(qtbot, q.overview_button)
    press(Qt.Key_Return)
    assert window.stack.currentWidget() is window.overview
    assert focused() is window.overview.buttons[3]
    press(Qt.Key_Left)
    assert focused() is window.overview.buttons[2]
    press(Qt.Key_Return)
    assert window.stack.currentWidget() is window.question and eng.position == 2
    # Submit: Tab to the button, Enter; the dialog's focused button takes Enter too.
    tab_to(qtbot, q.submit_button)
    press(Qt.Key_Return)
    dialog = window.submit_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: focused() is dialog.back_button)  # the safe choice comes first
    press(Qt.Key_Tab)
    assert focused() is dialog.submit_button
    with qtbot.waitSignal(window.submitted, timeout=2000):
        press(Qt.Key_Return)
    assert window.stack.currentWidget() is window.thanks
    qtbot.waitUntil(lambda: focused() is window.thanks.button)

    attempt = store.attempts.for_session(window.test_session.id)[0]
    assert attempt.status == SUBMITTED
    stored = store.attempts.current_state(attempt.id)
    qs = eng.questions
    assert [stored[x.id][ANSWER] for x in qs] == ["B", "D", ["A", "B"], False]
    assert stored[qs[0].id][CONFIDENCE] == 3 and stored[qs[3].id][FLAG] is True

    press(Qt.Key_Return)  # Finish: back to check-in for the next participant
    assert window.stack.currentWidget() is window.checkin and focused() is window.checkin.search


def test_leaving_with_the_password_by_keyboard(qtbot, runner):
    window = runner
    press(Qt.Key_Escape)
    dialog = window.exit_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: focused() is dialog.password)
    type_text("wrong-one")
    press(Qt.Key_Return)
    assert window.isVisible() and dialog.message.text() == "Wrong password."
    qtbot.waitUntil(lambda: focused() is dialog.password)
    type_text("secret-pw")
    press(Qt.Key_Enter)
    assert not window.isVisible()


def test_check_in_from_the_roster_with_arrows_and_enter(qtbot, runner):
    window = runner
    press(Qt.Key_Tab)
    assert focused() is window.checkin.roster
    press(Qt.Key_Down, 2)  # the second name
    press(Qt.Key_Return)
    assert window.language_screen.greeting.text() == "Hello, Budi"
    press(Qt.Key_Return)
    assert window.stack.currentWidget() is window.instructions


def test_arrows_on_the_navigation_buttons_still_change_the_question(qtbot, runner):
    window = runner
    type_text("AB-01")
    press(Qt.Key_Return, 3)
    q = window.question
    tab_to(qtbot, q.next_button)
    press(Qt.Key_Right)  # a push button would only move the focus; here it goes to the next question
    assert window.engine.position == 1
    assert "Question 2 of 4" == q.counter.text()


REAL_WINDOW_SCRIPT = r"""
import json, os, sys, time
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
from assessor.delivery.sessions import ANSWER
from assessor.safety import security
from assessor.store import Store
from tests.assessor.test_engine import make_session
from ui.runner import start_participant_mode
store = Store.open(sys.argv[1])
session, _ = make_session(store, shuffle_options=False)
security.set_facilitator_password(store, "secret-pw")
runner = start_participant_mode(store, session.id)

def until(test, timeout=10.0):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        app.processEvents()
        if test():
            return True
        time.sleep(0.02)
    return False

def press(key):
    QTest.keyClick(QApplication.focusWidget(), key)
    app.processEvents()

steps = []
steps.append(until(lambda: QApplication.focusWidget() is runner.checkin.search))
QTest.keyClicks(QApplication.focusWidget(), "AB-01")
for key in (Qt.Key_Return, Qt.Key_Return, Qt.Key_Return, Qt.Key_2, Qt.Key_Right, Qt.Key_1, Qt.Key_PageDown,
            Qt.Key_1, Qt.Key_2, Qt.Key_Right, Qt.Key_A):
    press(key)
for _ in range(40):  # Tab to Submit
    if QApplication.focusWidget() is runner.question.submit_button:
        break
    press(Qt.Key_Tab)
press(Qt.Key_Return)
steps.append(until(lambda: runner.submit_dialog is not None
                   and QApplication.focusWidget() is runner.submit_dialog.back_button))
press(Qt.Key_Tab)
press(Qt.Key_Return)
steps.append(until(lambda: QApplication.focusWidget() is runner.thanks.button))  # the kiosk has the keyboard again
attempt = store.attempts.for_session(session.id)[0]
state = store.attempts.current_state(attempt.id)
print(json.dumps({"steps": steps, "status": attempt.status,
                  "answers": [state.get(q.id, {}).get(ANSWER) for q in runner.engine.questions]}), flush=True)
os._exit(0)
"""


def test_keyboard_alone_in_a_real_kiosk_window_under_a_window_manager(tmp_path):
    import json
    import os
    import shutil
    import subprocess
    import sys
    import time

    from tests.ui.test_runner_kiosk import ROOT, _wait_for_display

    missing = [tool for tool in ("Xvfb", "xprop", "openbox") if shutil.which(tool) is None]
    if missing:
        pytest.skip(f"needs {', '.join(missing)} (make sysdeps installs them)")
    read_end, write_end = os.pipe()
    procs = [subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x720x24", "-nolisten", "tcp"],
                              pass_fds=(write_end,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)]
    os.close(write_end)
    try:
        with os.fdopen(read_end) as pipe:
            number = pipe.readline().strip()
        assert number and _wait_for_display(f":{number}"), "Xvfb did not start"
        env = {**os.environ, "DISPLAY": f":{number}", "QT_QPA_PLATFORM": "xcb", "PYTHONPATH": str(ROOT)}
        procs.append(subprocess.Popen(["openbox"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        time.sleep(1.0)
        run = subprocess.run([sys.executable, "-c", REAL_WINDOW_SCRIPT, str(tmp_path / "k.db")], env=env, cwd=ROOT,
                             capture_output=True, text=True, timeout=90)
        assert run.returncode == 0, run.stderr[-2000:]
        got = json.loads(run.stdout.strip().splitlines()[-1])
        assert got["steps"] == [True, True, True]
        assert got["status"] == "submitted" and got["answers"] == ["B", "A", ["A", "B"], True]
    finally:
        for p in reversed(procs):
            p.terminate()
            p.wait(timeout=10)


def test_a_course_evaluation_by_keyboard_comment_included(qtbot, store):
    from tests.ui.test_runner_evaluation import _session
    from ui.runner import start_participant_mode

    session, items = _session(store, anonymous=False)
    security.set_facilitator_password(store, "secret-pw")
    window = start_participant_mode(store, session.id, kiosk=False)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.activateWindow()
    qtbot.waitUntil(lambda: focused() is window.checkin.search)
    type_text("AB-01")
    press(Qt.Key_Return, 3)
    q = window.question
    press(Qt.Key_4)  # rating
    press(Qt.Key_Right)
    press(Qt.Key_3)  # choice
    press(Qt.Key_Right)
    assert focused() is q.evaluation.comment  # the focus lands in the comment field
    type_text("More case studies")
    press(Qt.Key_Right)  # in a text field the arrows move the cursor, not to another question
    assert window.engine.position == 2
    press(Qt.Key_Tab)  # Tab leaves the field (and saves it) instead of typing a tab
    assert focused() is not q.evaluation.comment and "\t" not in q.evaluation.comment.toPlainText()
    tab_to(qtbot, q.next_button)
    press(Qt.Key_Return)
    then_tiles = q.evaluation.retro_rows["then"][1:]
    now_tiles = q.evaluation.retro_rows["now"][1:]
    assert focused() is then_tiles[0]
    press(Qt.Key_2)  # digits choose in the first row; the second row by Tab and Space
    tab_to(qtbot, now_tiles[3])
    press(Qt.Key_Space)
    stored = window.engine.state
    assert [stored[x.id].answer for x in window.engine.questions] == [4, "C", "More case studies",
                                                                      {"then": 2, "now": 4}]


def test_a_long_question_at_the_largest_text_is_read_from_its_start(qtbot, store):
    """When the first option does not fit below the whole question, the question text has the focus
    at the top; Tab goes on to the first option and scrolls it into view."""
    from assessor.banks.questions import Bank, Option, Question
    from assessor.delivery.assessments import Assessment
    from assessor.people.cohorts import Cohort, Participant
    from ui.runner import start_participant_mode

    long_text = " ".join(["A child recruited by an armed group is first of all a victim."] * 8)
    question = Question("LONG-1", "single", {"en": long_text, "id": long_text},
                        options=(Option({"en": "Yes", "id": "Ya"}, 1.0), Option({"en": "No", "id": "Tidak"})))
    store.banks.import_bank(Bank(name={"en": "Long"}, languages=("en", "id"), questions=(question,)))
    bank = next(b for b in store.banks.list() if b.name["en"] == "Long")
    (q,) = store.banks.questions(bank.id)
    form = store.assessments.save(Assessment(name="Long", question_ids=(q.id,), shuffle_options=False))
    cohort = store.cohorts.save(Cohort(name="Long cohort"))
    store.cohorts.add_participants(cohort.id, [Participant(cohort.id, "AB-01", "Ani")])
    session = store.sessions.open(cohort.id, form.id, "pre")
    security.set_facilitator_password(store, "secret-pw")
    window = start_participant_mode(store, session.id, kiosk=False)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.font_pt = 36
    window._apply_look()
    window.activateWindow()
    qtbot.waitUntil(lambda: focused() is window.checkin.search)
    type_text("AB-01")
    press(Qt.Key_Return, 3)
    screen = window.question
    assert window.stack.currentWidget() is screen
    assert focused() is screen.text and screen.scroll.verticalScrollBar().value() == 0
    press(Qt.Key_Tab)
    assert focused() is screen.tiles[0]
    top = screen.tiles[0].mapTo(screen.scroll.viewport(), screen.tiles[0].rect().topLeft()).y()
    assert 0 <= top and top + screen.tiles[0].height() <= screen.scroll.viewport().height()
