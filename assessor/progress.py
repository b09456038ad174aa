"""Progress and cancellation for long core operations, without any UI.

A long function takes ``progress: Progress | None``; it calls ``progress.step(done, total)``
now and then, which raises :class:`Cancelled` once the user has asked to stop. The
UI's task helper and the CLI's progress bar both drive it.
"""

from __future__ import annotations

import threading
from typing import Callable


class Cancelled(Exception):
    """The user cancelled; the operation has rolled back what it started."""


class Progress:
    def __init__(self, callback: Callable[[int, int], None] | None = None):
        self._callback = callback
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Ask the work to stop at its next step."""
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        """Whether cancelling was asked for."""
        return self._cancel.is_set()

    def step(self, done: int, total: int) -> None:
        """Report ``done`` of ``total``; raises Cancelled when cancelling was asked for."""
        if self._cancel.is_set():
            raise Cancelled()
        if self._callback is not None:
            self._callback(done, total)


def step(progress: Progress | None, done: int, total: int) -> None:
    """``progress.step`` that tolerates ``progress=None``."""
    if progress is not None:
        progress.step(done, total)
