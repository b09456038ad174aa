"""Errors the core raises on bad input or refused operations.

Each carries a short machine ``code`` (the UI translates by code) and an English
sentence that names the place (file, line, row, key) for the CLI and logs.
"""

from __future__ import annotations


class AssessorError(Exception):
    """Base class: something the user can act on, never a programming error."""

    code = "error"
    exit_code = 1

    def __init__(self, message: str, *, code: str | None = None, **params):
        super().__init__(message)
        if code:
            self.code = code
        self.params = params


class InputError(AssessorError):
    """A file or value given by the user is malformed; nothing was changed."""

    code = "bad_input"
    exit_code = 2


class NewerDatabaseError(AssessorError):
    """The database was written by a newer Assessor; it is left untouched."""

    code = "newer_database"


class NotFound(AssessorError):
    code = "not_found"


class Refused(AssessorError):
    """The operation would lose data or break a rule (e.g. delete a used bank)."""

    code = "refused"
