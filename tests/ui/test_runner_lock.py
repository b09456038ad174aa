"""Leaving participant mode: the wait after a wrong password cannot be skipped by closing
the dialog or restarting the app, and a too-short new password says the real rule."""

from __future__ import annotations

from assessor.safety import security
from tests.assessor.test_engine import make_session


def test_reopening_the_dialog_or_restarting_keeps_the_wait(qtbot, tmp_path):
    from assessor.store import Store
    from ui.runner import RunnerWindow

    store = Store.open(tmp_path / "r.db")
    session, _ = make_session(store)
    security.set_facilitator_password(store, "secret-pw")
    window = RunnerWindow(store, session.id, kiosk=False)
    qtbot.addWidget(window)
    window.delay_fn = lambda failures: 30.0
    window.begin()
    window.request_exit()
    dialog = window.exit_dialog
    qtbot.keyClicks(dialog.password, "wrong")
    dialog.buttons.accepted.emit()
    assert not dialog.buttons.isEnabled() and "30 seconds" in dialog.message.text()
    dialog.reject()

    window.request_exit()  # closing and reopening the dialog does not skip the wait
    again = window.exit_dialog
    assert again is not dialog and not again.buttons.isEnabled() and not again.password.isEnabled()
    assert "Wait" in again.message.text()
    again.buttons.accepted.emit()  # even a forced accept does not check a password now
    assert window.isVisible() and window.failures == 1
    again.reject()
    window.may_close = True
    window.close()

    restarted = RunnerWindow(store, session.id, kiosk=False)  # a new window as after a restart
    qtbot.addWidget(restarted)
    restarted.begin()
    restarted.request_exit()
    assert not restarted.exit_dialog.buttons.isEnabled() and restarted.failures == 1


def test_a_short_new_password_names_the_rule(qtbot, store):
    from ui.runner import start_participant_mode

    session, _ = make_session(store)
    window = start_participant_mode(store, session.id, kiosk=False)
    qtbot.addWidget(window)
    dialog = window.exit_dialog
    qtbot.keyClicks(dialog.password, "1234")
    qtbot.keyClicks(dialog.repeat, "1234")
    dialog.buttons.accepted.emit()
    assert "at least 8 characters" in dialog.message.text()
    assert not security.has_facilitator_password(store)
