"""Participant mode: the full-screen kiosk in which participants take a test.

Entry points for the rest of the UI:

- :func:`start_participant_mode` opens the runner for an open session;
- :func:`pending_session` says which session to re-open at app start after a crash.
"""

from __future__ import annotations

from assessor.delivery.engine import pending_session
from assessor.errors import Refused
from assessor.delivery.sessions import OPEN

from ui.runner.window import RunnerWindow


def start_participant_mode(store, session_id: str, parent=None, *, kiosk: bool = True,
                           on_submitted=None) -> RunnerWindow:
    """Open participant mode for ``session_id`` and return its window.

    With ``kiosk`` (the default) the window is full screen, frameless and on top, and
    every other window of the app (the facilitator's) is hidden and disabled until
    participant mode is left; leaving needs the facilitator password (asked to be set
    first if there is none). The runner is always a top-level window of its own
    (``parent`` is accepted from the page that starts it, but not made its Qt parent).
    ``on_submitted()`` is called after each submission (the File menu writes a fresh
    result bundle to the USB folder then, when that is switched on).
    Raises NotFound for an unknown session and Refused (``session_closed``) for a closed one.
    """
    session = store.sessions.get(session_id)  # NotFound for an unknown id
    if session.status != OPEN:
        raise Refused(f"Session {session_id} is closed; re-open it before starting participant mode.",
                      code="session_closed")
    # No parent: a disabled facilitator window would disable its children, the runner among them.
    window = RunnerWindow(store, session_id, None, kiosk=kiosk)
    if on_submitted is not None:
        window.submitted.connect(on_submitted)
    if kiosk:
        _hide_facilitator(window)
    window.begin()
    return window


_running: list[RunnerWindow] = []  # participant-mode windows alive without a Qt parent


def _hide_facilitator(runner: RunnerWindow) -> None:
    """Hide and disable every other top-level window (the facilitator's) until the runner is left.

    Hidden and disabled, not just covered: show-desktop, Alt+Tab, a task switcher, a
    second screen or a window manager without focus rules then find nothing to show
    or click, so the bank, the answer key, results and exports stay out of reach.
    """
    from PySide6.QtWidgets import QApplication

    others = [w for w in QApplication.topLevelWidgets() if w is not runner and w.isVisible()]
    states = {id(w): w.windowState() for w in others}  # a maximised window comes back maximised
    for w in others:
        w.setEnabled(False)
        w.hide()
    _running.append(runner)

    def restore():
        for w in others:
            try:
                w.setEnabled(True)
                w.setWindowState(states.get(id(w), w.windowState()))
                w.show()
            except RuntimeError:  # that window was deleted meanwhile
                pass
        if runner in _running:
            _running.remove(runner)

    runner.finished.connect(restore)
    runner.hidden_windows = others


__all__ = ["start_participant_mode", "pending_session", "RunnerWindow"]
