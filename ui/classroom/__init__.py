"""Classroom mode in the app: the facilitator's "Open for phones" window (address, QR code, join code, live view).

May import: assessor (the classroom server and the store), ui shell modules. Opened from Cohorts ▸ session."""

from ui.classroom.window import ClassroomWindow, action_text, open_for_phones

__all__ = ["ClassroomWindow", "action_text", "open_for_phones"]
