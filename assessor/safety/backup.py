"""Automatic and manual backups of the database, the integrity check, and restore.

Backups are consistent copies made with SQLite's online backup API (safe while the
database is in use) into a ``backups`` folder next to the database, named
``<db name>-<UTC time>-<reason>.db``. Only the newest ``keep`` are kept (store meta
``backup_keep``, default 10). Assessor makes one before every schema migration,
before every bank, package or bundle import and merge, and once a day of use.

Restoring first backs up the current file (reason ``before-restore``), so a restore
can itself be undone.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from assessor.errors import AssessorError, InputError, NotFound, storage_error

DEFAULT_KEEP = 10
KEEP_META = "backup_keep"
REASONS = ("manual", "daily", "before-migration", "before-import", "before-restore")
_STAMP = "%Y%m%dT%H%M%S%fZ"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}T\d{12}Z)-(?P<reason>[a-z-]+)\.db$")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    time: datetime  # UTC
    reason: str
    size: int
    ok: bool | None = None  # the integrity check's verdict; None when not checked

    def to_dict(self) -> dict:
        """The backup's path, time, reason, size and check result as JSON-ready data."""
        return {"path": str(self.path), "time": self.time.isoformat(), "reason": self.reason, "size": self.size,
                "ok": self.ok}


def backup_dir(db_path: str | Path) -> Path:
    """The folder holding the backups of ``db_path``."""
    return Path(db_path).resolve().parent / "backups"


def quick_check(path: str | Path) -> list[str]:
    """SQLite's ``PRAGMA quick_check`` on the file at ``path``, opened read-only.

    Returns the problems found (an empty list when the file is healthy). A file
    that is not a database at all is one problem. Never writes to the file.
    """
    path = Path(path)
    if not path.is_file():
        return [f"{path}: there is no such file."]
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=5.0)
    except sqlite3.Error as exc:
        _not_damage(exc, path)
        return [f"{path}: cannot be opened ({exc})."]
    try:
        found = [str(row[0]) for row in conn.execute("PRAGMA quick_check")]
    except sqlite3.DatabaseError as exc:
        _not_damage(exc, path)
        return [f"{path}: {exc}."]
    finally:
        conn.close()
    return [] if found == ["ok"] else found


def _not_damage(exc: BaseException, path: Path) -> None:
    """Raise StorageError when ``exc`` is a locked, read-only or full disk: that is not damage."""
    problem = storage_error(exc, str(path))
    if problem is not None:
        raise problem from exc


def _is_sqlite(path: Path) -> bool:
    try:
        with open(path, "rb") as fh:
            return fh.read(16) == b"SQLite format 3\x00"
    except OSError:
        return False


def _keep(store) -> int:
    try:
        return max(1, int(store.meta(KEEP_META, str(DEFAULT_KEEP))))
    except (TypeError, ValueError, sqlite3.Error):
        return DEFAULT_KEEP


def backup(store, reason: str = "manual", progress=None, *, keep: int | None = None) -> Path:
    """Copy the open database into its backups folder; keep only the newest ``keep`` backups.

    Returns the new backup's path. Raises InputError for an in-memory store.
    """
    if store.path is None:
        raise InputError("An in-memory database cannot be backed up.", code="no_file")
    if reason not in REASONS:
        raise InputError(f"Unknown backup reason {reason!r}.", code="bad_reason")
    db_path = Path(store.path)
    folder = backup_dir(db_path)
    stamp = datetime.now(timezone.utc).strftime(_STAMP)
    dest = folder / f"{db_path.stem}-{stamp}-{reason}.db"
    store.backup(dest, progress)
    prune(db_path, keep if keep is not None else _keep(store))
    return dest


def auto_backup(store, reason: str) -> Path | None:
    """A backup before a risky step, skipped for in-memory or still empty databases."""
    if store.path is None or not store.has_data():
        return None
    return backup(store, reason)


def daily_backup(store, now: datetime | None = None) -> Path | None:
    """Back up when the newest backup is more than 24 hours old (or there is none)."""
    if store.path is None or not store.has_data():
        return None
    now = now or datetime.now(timezone.utc)
    found = list_backups(store.path, check=False)
    if found and now - found[0].time < timedelta(hours=24):
        return None
    return backup(store, "daily")


def list_backups(db_path: str | Path, *, check: bool = True) -> list[BackupInfo]:
    """The backups of ``db_path``, newest first; with ``check`` each gets the integrity verdict."""
    db_path = Path(db_path)
    folder = backup_dir(db_path)
    if not folder.is_dir():
        return []
    found = []
    for p in folder.iterdir():
        m = _NAME.match(p.name)
        if not m or m["stem"] != db_path.stem or not p.is_file():
            continue
        try:
            when = datetime.strptime(m["stamp"], _STAMP).replace(tzinfo=timezone.utc)
            size = p.stat().st_size
        except (ValueError, OSError):
            continue
        found.append(BackupInfo(p, when, m["reason"], size, (not quick_check(p)) if check else None))
    found.sort(key=lambda b: b.time, reverse=True)
    return found


def newest_good_backup(db_path: str | Path) -> BackupInfo | None:
    """The newest backup that passes the integrity check, or None."""
    for info in list_backups(db_path, check=False):
        if not quick_check(info.path):
            return BackupInfo(info.path, info.time, info.reason, info.size, True)
    return None


def prune(db_path: str | Path, keep: int) -> list[Path]:
    """Delete all but the newest ``keep`` backups of ``db_path``; return the deleted paths."""
    gone = []
    for info in list_backups(db_path, check=False)[max(1, keep):]:
        with contextlib.suppress(OSError):
            info.path.unlink()
            gone.append(info.path)
    return gone


def _copy_damaged(db_path: Path) -> Path:
    """A raw file copy of a database SQLite cannot read (kept for a specialist), named like a backup."""
    import shutil

    stamp = datetime.now(timezone.utc).strftime(_STAMP)
    dest = backup_dir(db_path) / f"{db_path.stem}-{stamp}-before-restore.db"
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(db_path, dest)
    wal = Path(str(db_path) + "-wal")
    if wal.exists():
        shutil.copyfile(wal, Path(str(dest) + "-wal"))
    return dest


def restore(db_path: str | Path, backup_path: str | Path, progress=None) -> Path:
    """Replace the database at ``db_path`` by the backup at ``backup_path``.

    The caller must have closed its own connections to ``db_path``. The current file
    is backed up first (reason ``before-restore``); that backup's path is returned.
    The restore is recorded in the restored database's audit log (``backup.restore``).
    Raises NotFound / InputError, changing nothing, for a missing or damaged backup.
    """
    from assessor.store import Store, is_assessor_database

    db_path, backup_path = Path(db_path), Path(backup_path)
    if not backup_path.is_file():
        raise NotFound(f"{backup_path}: there is no such backup file.", code="no_file")
    problems = quick_check(backup_path)
    if not is_assessor_database(backup_path) and (not problems or not _is_sqlite(backup_path)):
        raise InputError(f"{backup_path} is not an Assessor database; nothing was restored.",
                         code="not_assessor_db")
    if problems:
        raise InputError(f"{backup_path} is damaged ({problems[0]}); choose another backup.",
                         code="damaged_backup")
    if db_path.exists() and backup_path.resolve() == db_path.resolve():
        raise InputError(f"{backup_path} is the database itself.", code="same_db")

    before: Path | None = None
    if db_path.exists():
        if quick_check(db_path):
            before = _copy_damaged(db_path)
        else:
            current = Store.open(db_path, migrate=False)
            try:
                before = backup(current, "before-restore", keep=_keep(current) + 1)
            finally:
                current.close()

    source = sqlite3.connect(f"{backup_path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        _replace(source, db_path, progress)
    finally:
        source.close()
    restored = Store.open(db_path)
    try:
        with restored.atomic():
            restored.audit.log("backup.restore", source=backup_path.name,
                               previous=before.name if before else None)
    finally:
        restored.close()
    return before


def _replace(source: sqlite3.Connection, db_path: Path, progress) -> None:
    """Write the whole of ``source`` into ``db_path``: via the backup API (which locks the live
    file properly), or, when the live file is unreadable, via a temporary file and a rename."""

    def report(_status, remaining, total):
        if progress is not None:
            progress.step(total - remaining, total)

    if db_path.exists() and not quick_check(db_path):
        target = sqlite3.connect(str(db_path), timeout=5.0)
        try:
            source.backup(target, pages=256, progress=report)
            return
        except sqlite3.DatabaseError:
            pass  # fall through to the file replacement
        finally:
            target.close()
    temp = db_path.with_name(db_path.name + ".restoring")
    temp.unlink(missing_ok=True)
    target = sqlite3.connect(str(temp))
    try:
        source.backup(target, pages=256, progress=report)
    finally:
        target.close()
    for suffix in ("-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            os.remove(str(db_path) + suffix)
    os.replace(temp, db_path)


@dataclass(frozen=True)
class BackupScrub:
    """What erasing a participant did to the backups: rewritten without the personal data, or dropped."""

    rewritten: tuple[Path, ...] = ()
    dropped: tuple[Path, ...] = ()  # damaged backups that held the data and could not be rewritten


def _scrub_backups(store, participant_ids: list[str]) -> BackupScrub:
    """Erase the personal data of ``participant_ids`` in every backup that still holds some of it.

    Each such backup is rewritten without it (and compacted, so no free page keeps it); a
    damaged backup that cannot be rewritten is deleted. Other backups are left as they are.
    """
    from assessor.store import Store

    rewritten, dropped = [], []
    if not participant_ids:
        return BackupScrub()
    for info in (list_backups(store.path, check=False) if store.path is not None else []):
        try:
            if quick_check(info.path):
                raise sqlite3.DatabaseError("damaged")
            with Store.open(info.path, migrate=False) as copy:
                if not copy.db["participants"].exists():
                    continue
                holding = [pid for pid in participant_ids if copy.cohorts.holds_personal_data(pid)]
                if not holding:
                    continue
                for pid in holding:
                    copy.cohorts.erase_participant(pid)
                copy.db.execute("PRAGMA journal_mode = DELETE")
                copy.compact()
            for suffix in ("-wal", "-shm"):
                Path(str(info.path) + suffix).unlink(missing_ok=True)
            rewritten.append(info.path)
        except (sqlite3.DatabaseError, AssessorError):
            info.path.unlink(missing_ok=True)  # cannot be rewritten: it must not keep the names
            for suffix in ("-wal", "-shm"):
                Path(str(info.path) + suffix).unlink(missing_ok=True)
            dropped.append(info.path)
    return BackupScrub(tuple(rewritten), tuple(dropped))


def erase_participant(store, participant_id: str) -> BackupScrub:
    """Right to erasure, backups included: erase in every backup that holds it, then in the database.

    Each backup that still holds the participant's name or personal fields is rewritten
    without them (and compacted, so no free page keeps them); a damaged backup that
    cannot be rewritten is deleted. A later restore therefore cannot bring the name
    back. Backups that never held the participant are left as they are.
    """
    scrub = _scrub_backups(store, [participant_id])
    store.cohorts.erase_participant(participant_id, backups_rewritten=[p.name for p in scrub.rewritten],
                                    backups_dropped=[p.name for p in scrub.dropped])
    return scrub


def delete_cohort(store, cohort_id: str) -> BackupScrub:
    """Delete a cohort without results, and its roster's personal data from the backups too.

    Refused (nothing changed) when the cohort has results or cascade cohorts: archive it
    instead. The backups that held a roster member's name are rewritten without it first, so a
    later restore cannot bring the names back (the empty cohort itself may come back).
    """
    store.cohorts.check_deletable(cohort_id)
    people = [p.id for p in store.cohorts.participants(cohort_id) if store.cohorts.holds_personal_data(p.id)]
    scrub = _scrub_backups(store, people)
    store.cohorts.delete(cohort_id, backups_rewritten=[p.name for p in scrub.rewritten],
                         backups_dropped=[p.name for p in scrub.dropped])
    return scrub

