"""Errors the core raises on bad input or refused operations.

Each carries a short machine ``code`` (the UI translates by code) and an English
sentence that names the place (file, line, row, key) for the CLI and logs.
"""

from __future__ import annotations

import errno
import sqlite3


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


# -- the disk refusing: not damage -------------------------------------------------
# Disk full, read-only media and a database locked by another program each get their own
# code and one sentence; they never say "damaged" and never offer a restore (only a
# real integrity failure, PRAGMA quick_check, may).
DISK_FULL, READ_ONLY, LOCKED = "disk_full", "read_only", "db_locked"

_SENTENCES = {
    DISK_FULL: "the disk is full; free some space and try again",
    READ_ONLY: "the folder is read-only; use a folder (or USB stick) Assessor may write to",
    LOCKED: "another program is using the database; close it and try again",
}


class StorageError(AssessorError):
    """The disk refused a read or write for a reason that is not damage (see the codes above)."""

    exit_code = 1


def storage_problem(exc: BaseException) -> str | None:
    """``disk_full``, ``read_only`` or ``db_locked`` when ``exc`` is one of those, else None."""
    if isinstance(exc, StorageError):
        return exc.code
    if isinstance(exc, OSError):
        if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
            return DISK_FULL
        if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return READ_ONLY
        return None
    if isinstance(exc, sqlite3.Error):
        text = str(exc).lower()
        code = getattr(exc, "sqlite_errorcode", None)
        if "disk is full" in text or code == 13:  # SQLITE_FULL
            return DISK_FULL
        if "readonly" in text or "read-only" in text or code in (8, 1032):  # SQLITE_READONLY(_DBMOVED..)
            return READ_ONLY
        if "locked" in text or "busy" in text or code in (5, 6, 517):  # SQLITE_BUSY, SQLITE_LOCKED
            return LOCKED
        if "unable to open database file" in text or code == 14:  # SQLITE_CANTOPEN: a folder we may not use
            return READ_ONLY
    return None


def storage_error(exc: BaseException, place: str = "") -> StorageError | None:
    """A :class:`StorageError` with its one sentence (naming ``place``) for ``exc``, or None."""
    code = storage_problem(exc)
    if code is None:
        return None
    where = f"{place}: " if place else ""
    return StorageError(f"{where}{_SENTENCES[code][0].upper()}{_SENTENCES[code][1:]}.", code=code)
