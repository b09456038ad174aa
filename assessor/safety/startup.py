"""Opening a database for work, the same way for the app and the command line.

The sequence: take the one-app lock, run the integrity check (a damaged database is never
written to: the newest good backup is offered, and restored only when the caller says yes),
open the store, let the caller prepare it (bundled banks, a demo), make the daily backup.
The app supplies the restore decision as a question to the user; the command line refuses
and names the backup to restore.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from assessor.errors import AssessorError, Refused
from assessor.safety import backup
from assessor.safety.applock import AppLock
from assessor.store import Store

log = logging.getLogger("assessor.startup")

#: Decides whether the damaged database at the first argument is replaced by the backup given.
RestoreDecision = Callable[[Path, backup.BackupInfo], bool]


def never_restore(_path: Path, _good: backup.BackupInfo) -> bool:
    """The decision of a caller that cannot ask: leave the damaged database as it is."""
    return False


class DatabaseDamaged(Refused):
    """The database failed its integrity check and was left as it was.

    ``good`` is the newest backup that passes the check (None when there is none);
    ``declined`` says that one was offered and the caller said no.
    """

    code = "database_damaged"

    def __init__(self, path: Path, good: backup.BackupInfo | None, declined: bool):
        if good is None:
            text = f"{path}: the database is damaged and there is no good backup of it; it was not changed."
        else:
            text = (f"{path}: the database is damaged and was not changed. The newest good backup is {good.path} "
                    f"(assessor restore to put it back).")
        super().__init__(text, path=str(path), backup=str(good.path) if good else None, declined=declined)
        self.good, self.declined = good, declined


class RestoreFailed(AssessorError):
    """The offered backup could not be put in place; ``error`` is what went wrong."""

    code = "restore_failed"

    def __init__(self, path: Path, error: Exception):
        super().__init__(f"{path}: the backup could not be restored ({error}).", path=str(path))
        self.error = error


@dataclass
class OpenedDatabase:
    """A store ready for work, with the lock that keeps a second app away (None when not taken)."""

    store: Store
    lock: AppLock | None
    restored_from: Path | None = None

    def close(self) -> None:
        """Close the store and release the lock."""
        self.store.close()
        if self.lock is not None:
            self.lock.release()


def check_integrity(path: Path, decide: RestoreDecision = never_restore) -> Path | None:
    """Check ``path``; on damage restore the newest good backup if ``decide`` says so.

    Returns the backup restored (None when the database was sound or does not exist yet).
    Raises :class:`DatabaseDamaged` when the database stays damaged, :class:`RestoreFailed`
    when the restore itself failed.
    """
    if not path.exists():
        return None
    problems = backup.quick_check(path)
    if not problems:
        return None
    log.error("integrity check failed for %s: %s", path, "; ".join(problems[:5]))
    good = backup.newest_good_backup(path)
    if good is None:
        raise DatabaseDamaged(path, None, declined=False)
    if not decide(path, good):
        raise DatabaseDamaged(path, good, declined=True)
    try:
        backup.restore(path, good.path)
    except (AssessorError, OSError) as exc:
        log.exception("restore failed")
        raise RestoreFailed(path, exc) from exc
    return good.path


def daily_backup(store: Store) -> Path | None:
    """The once-a-day backup; a failure is logged, never in the way of a class."""
    try:
        return backup.daily_backup(store)
    except (AssessorError, OSError, sqlite3.Error):
        log.exception("daily backup failed")
        return None


def open_database(path: str | Path, *, lock: bool = True, decide: RestoreDecision = never_restore,
                  prepare: Callable[[Store], object] | None = None, daily: bool = True) -> OpenedDatabase:
    """Lock, check, (restore,) open, prepare and back up the database at ``path``.

    ``lock``: take the one-app lock (Refused with code ``already_open`` when another app
    has it). ``decide``: the restore decision when the database is damaged. ``prepare``:
    called with the new store before the daily backup (``daily``). On any failure
    nothing stays locked or open, and the error propagates.
    """
    path = Path(path)
    held = AppLock(path).acquire() if lock else None
    try:
        restored = check_integrity(path, decide)
        store = Store.open(path)
        try:
            if prepare is not None:
                prepare(store)
        except BaseException:
            store.close()
            raise
    except BaseException:
        if held is not None:
            held.release()
        raise
    if daily:
        daily_backup(store)
    return OpenedDatabase(store, held, restored)
