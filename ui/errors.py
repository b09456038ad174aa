"""Errors the user sees: one translated sentence, never a traceback.

:func:`install` sets ``sys.excepthook`` so that an unexpected exception anywhere in
the app is written, with its traceback, to the rotating log file, and the user gets a
dialog that says what happened, what to do, and where the log is.
"""

from __future__ import annotations

import logging
import sqlite3
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from assessor.errors import AssessorError

log = logging.getLogger("assessor.app")

WRITE_ERRORS = (sqlite3.OperationalError, sqlite3.DatabaseError, OSError)



def describe(exc: BaseException, log_file: Path | None) -> str:
    """The sentence a user reads for ``exc``: what happened and what to do."""
    where = str(log_file) if log_file else ""
    if isinstance(exc, AssessorError):
        return str(exc)
    if isinstance(exc, WRITE_ERRORS):
        return QCoreApplication.translate("errors", "Assessor could not read or write its files (the disk may be full, a USB stick removed, or a "
                   "file read-only). Check the disk and restart Assessor; the details are in {0}.").format(where)
    return QCoreApplication.translate("errors", "Something unexpected went wrong. Your saved data is safe; restart Assessor if something looks "
               "wrong. The details are in {0}.").format(where)


class ExceptHook:
    """Log the traceback; show one sentence (at most one dialog at a time)."""

    def __init__(self, log_file: Path | None):
        self.log_file = log_file
        self.showing = False
        self.shown: list[str] = []  # what was said, for tests

    def __call__(self, kind, exc, tb) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        log.error("unexpected error", exc_info=(kind, exc, tb))
        text = describe(exc, self.log_file)
        self.shown.append(text)
        if self.showing or QApplication.instance() is None:
            return
        self.showing = True
        try:
            QMessageBox.critical(QApplication.activeWindow(), QCoreApplication.translate("errors", "Assessor: something went wrong"), text)
        finally:
            self.showing = False


def install(log_file: Path | None) -> ExceptHook:
    """Make every unexpected exception a logged error and a one-sentence dialog."""
    hook = ExceptHook(log_file)
    sys.excepthook = hook
    return hook
