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

    With ``kiosk`` (the default) the window is full screen, frameless and on top;
    leaving needs the facilitator password (asked to be set first if there is none).
    ``on_submitted()`` is called after each submission (the File menu writes a fresh
    result bundle to the USB folder then, when that is switched on).
    Raises NotFound for an unknown session and Refused (``session_closed``) for a closed one.
    """
    session = store.sessions.get(session_id)  # NotFound for an unknown id
    if session.status != OPEN:
        raise Refused(f"Session {session_id} is closed; re-open it before starting participant mode.",
                      code="session_closed")
    window = RunnerWindow(store, session_id, parent, kiosk=kiosk)
    if on_submitted is not None:
        window.submitted.connect(on_submitted)
    window.begin()
    return window


__all__ = ["start_participant_mode", "pending_session", "RunnerWindow"]
