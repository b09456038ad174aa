"""The one storage entry point: :class:`Store` owns the SQLite database.

It hands out one repository per concept (``store.banks``, ``store.assessments``,
``store.cohorts``, ``store.sessions``, ``store.attempts``, ``store.audit``), each
returning domain objects. No SQL lives outside this package, and none is built by
string formatting.

The database runs in WAL mode with ``synchronous=FULL`` and foreign keys on: a
committed write survives a power cut. sqlite3 connections are bound to their
thread, so a worker thread opens its own ``Store`` on the same path.
"""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path



def _load_sqlite_utils():
    """Import sqlite-utils without letting it import pandas.

    sqlite-utils imports pandas whenever it is installed, only to map pandas' Timestamp to
    TEXT, which Assessor never stores; that import cost 0.3 s of every start of the app and
    of every command. It imports numpy for the same reason (numpy's types as column types
    of tables it creates; Assessor's schema names its types). Both are hidden while
    sqlite-utils loads (a ``None`` in ``sys.modules`` makes an import fail as if the
    package were not installed), and are importable again afterwards: the analysis imports
    numpy when it runs, the app's start-up does not.
    """
    import sys

    if "sqlite_utils.db" in sys.modules:
        return
    hidden = [m for m in ("pandas", "numpy") if m not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]
    try:
        import sqlite_utils.db  # noqa: F401
    finally:
        for name in hidden:
            del sys.modules[name]


_load_sqlite_utils()

from sqlite_utils import Database  # noqa: E402

from assessor.errors import AssessorError, InputError, NewerDatabaseError, storage_error
from assessor.ids import new_id
from assessor.store.schema import MIGRATIONS, known_steps


def _database(conn: sqlite3.Connection) -> Database:
    """sqlite-utils over ``conn``, without sqlite-utils plugins.

    A plugin installed beside Assessor could change how its connections behave (its
    ``prepare_connection`` hook runs on every connection); Assessor's data safety must not
    depend on what else is installed. Skipping them also skips scanning every installed
    package's entry points, about 10 ms of every start of the app.
    """
    return Database(conn, execute_plugins=False)


class Store:
    """An open Assessor database. Use :meth:`open` (or :meth:`memory` in tests)."""

    def __init__(self, db: Database, path: Path | None):
        from assessor.store.audit import AuditRepo
        from assessor.store.banks import BankRepo
        from assessor.store.cohorts import CohortRepo
        from assessor.store.evaluations import EvaluationRepo
        from assessor.store.exchange import ExchangeRepo
        from assessor.store.forms import AssessmentRepo
        from assessor.store.results import ResultsRepo
        from assessor.store.sessions import AttemptRepo, SessionRepo

        self.db = db
        self.path = path
        self._device_id: str | None = None
        self.banks = BankRepo(self)
        self.assessments = AssessmentRepo(self)
        self.cohorts = CohortRepo(self)
        self.sessions = SessionRepo(self)
        self.attempts = AttemptRepo(self)
        self.results = ResultsRepo(self)
        self.audit = AuditRepo(self)
        self.exchange = ExchangeRepo(self)
        self.evaluations = EvaluationRepo(self)

    # -- opening -----------------------------------------------------------
    @classmethod
    def open(cls, path: str | Path, *, migrate: bool = True) -> "Store":
        """Open (creating if needed) the database at ``path`` and bring its schema up to date.

        Raises :class:`NewerDatabaseError`, leaving the file untouched, when the
        database was written by a newer Assessor.
        """
        path = Path(path)
        opened = False
        try:
            if path.parent and not path.parent.exists():
                path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(str(path), timeout=5.0)
            db = _database(conn)
            _check_not_newer(db, path)
            _configure(db)
            opened = True
            store = cls(db, path)
            if migrate:
                if MIGRATIONS.pending(db) and store.has_data():
                    from assessor.safety.backup import backup

                    backup(store, "before-migration")
                store.migrate()
        except (sqlite3.Error, OSError) as exc:
            # Full, read-only or locked is not damage: say which, never "damaged".
            problem = storage_error(exc, str(path))
            if problem is not None:
                raise problem from exc
            if isinstance(exc, OSError) or opened:
                raise  # a failed schema step is not a foreign or damaged file
            raise AssessorError(
                f"{path} is not an Assessor database or is damaged ({exc}).", code="bad_database"
            ) from exc
        return store

    @classmethod
    def open_copy(cls, path: str | Path) -> "Store":
        """Another database, for reading only: an in-memory copy, its schema brought up to date.

        The file itself is opened read-only and never changed (not even its journal
        mode), whether it is older than this Assessor or not. Refuses a newer one.
        """
        path = Path(path)
        if not is_assessor_database(path):
            raise InputError(f"{path} is not an Assessor database; nothing was read from it.",
                             code="not_assessor_db", file=str(path))
        try:
            source = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=5.0)
            try:
                _check_not_newer(_database(source), path)
                copy = sqlite3.connect(":memory:")
                source.backup(copy)
            finally:
                source.close()
        except sqlite3.DatabaseError as exc:
            raise AssessorError(
                f"{path} is not an Assessor database or is damaged ({exc}).", code="bad_database"
            ) from exc
        db = _database(copy)
        db.execute("PRAGMA foreign_keys=ON")
        store = cls(db, None)
        store.migrate()
        return store

    @classmethod
    def memory(cls) -> "Store":
        """A fresh in-memory database with the full schema (for tests)."""
        db = _database(sqlite3.connect(":memory:"))
        db.execute("PRAGMA foreign_keys=ON")
        store = cls(db, None)
        store.migrate()
        return store

    def migrate(self) -> list[str]:
        """Apply pending schema steps (each in its own transaction); return their names."""
        pending = [m.name for m in MIGRATIONS.pending(self.db)]
        if pending:
            MIGRATIONS.apply(self.db)
        return pending

    def close(self) -> None:
        """Close the database connection (a connection already broken is ignored)."""
        with contextlib.suppress(sqlite3.Error):
            self.db.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # -- shared helpers ------------------------------------------------------
    def atomic(self):
        """A transaction: everything inside commits together or not at all."""
        return self.db.atomic()

    @contextlib.contextmanager
    def many_commits(self):
        """For a run of durable transactions in a row (a folder of result bundles, a commit per group).

        Every commit is still on disk when it returns: with ``synchronous=FULL`` SQLite writes
        and syncs the write-ahead log before it reports a commit done. What waits is copying
        the log back into the database file (a checkpoint, two more syncs): after every
        10,000 pages instead of every 1,000, which made it follow nearly every commit of a
        bundle. The page cache is 64 MB instead of 2 MB meanwhile: a bundle's answer events
        land all over the index of their random ids, and a small cache wrote those pages to
        the log and read them back several times per commit. Savepoints (one per bundle inside
        a group's transaction) keep their rollback journal in memory, not in a temporary file.
        The usual settings come back at the end, with a checkpoint of what is left.
        """
        self.db.execute("PRAGMA wal_autocheckpoint=10000")
        self.db.execute("PRAGMA cache_size=-65536")
        self.db.execute("PRAGMA temp_store=MEMORY")
        try:
            yield self
        finally:
            self.db.execute("PRAGMA cache_size=-2000")  # SQLite's defaults, which the store keeps
            self.db.execute("PRAGMA temp_store=DEFAULT")
            self.db.execute("PRAGMA wal_autocheckpoint=1000")
            with contextlib.suppress(sqlite3.Error):  # a busy reader only delays it to a later commit
                self.db.execute("PRAGMA wal_checkpoint(PASSIVE)")

    def meta(self, key: str, default: str | None = None) -> str | None:
        """The value stored under ``key`` in the database's settings, or ``default``."""
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return row[0] if row else default

    def set_meta(self, key: str, value: str) -> None:
        """Store ``value`` under ``key`` in the database's settings."""
        with self.atomic():
            self.db["meta"].upsert({"key": key, "value": value}, pk="key")

    def delete_meta(self, key: str) -> None:
        """Remove ``key`` from the database's settings (nothing happens when it is not there)."""
        with self.atomic():
            self.db.execute("DELETE FROM meta WHERE key = ?", [key])

    def has_data(self) -> bool:
        """Whether the database holds anything worth a backup (banks, cohorts or attempts)."""
        for table in ("banks", "cohorts", "attempts"):
            if not self.db[table].exists():
                return False
        row = self.db.execute(
            "SELECT EXISTS(SELECT 1 FROM banks) OR EXISTS(SELECT 1 FROM cohorts) OR EXISTS(SELECT 1 FROM attempts)"
        ).fetchone()
        return bool(row[0])

    @property
    def device_id(self) -> str:
        """This laptop's device id for this database (identifies the laptop in bundles).

        Made once and kept, and bound to the machine it was made on
        (:func:`assessor.paths.machine_id`): when the database file was copied or
        restored onto another laptop, that laptop makes a device id of its own (audit
        ``device.copy_detected``), so two laptops never share one and never hide a
        conflicting submission from each other.
        """
        if self._device_id is not None:
            return self._device_id
        from assessor.paths import machine_id

        value, bound, here = self.meta("device_id"), self.meta("device_machine"), machine_id()
        if value is None or (bound is not None and bound != here):
            previous, value = value, new_id()
            self._device_id = value  # the audit entry below is stamped with the new id
            with self.atomic():
                self.set_meta("device_id", value)
                self.set_meta("device_machine", here)
                if previous is not None:
                    self.audit.log("device.copy_detected", previous_device_id=previous)
        elif bound is None:
            try:
                self.set_meta("device_machine", here)  # made before devices were bound: bind it here
            except sqlite3.OperationalError:
                pass  # read-only media: bound at the next start that can write
        self._device_id = value
        return value

    def compact(self) -> None:
        """Rewrite the file without free pages (VACUUM): nothing deleted can be read back from it."""
        self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self.db.execute("VACUUM")

    def backup(self, dest_path: str | Path, progress=None) -> Path:
        """Copy the whole database to ``dest_path`` with SQLite's online backup (consistent while in use).

        Written to a temporary name first and renamed, so a cut power never leaves a half backup
        under the final name.
        """
        dest = Path(dest_path)
        dest.parent.mkdir(parents=True, exist_ok=True)
        partial = dest.with_name(dest.name + ".partial")
        partial.unlink(missing_ok=True)
        target = sqlite3.connect(str(partial))
        try:
            def report(_status, remaining, total):
                if progress is not None:
                    progress.step(total - remaining, total)

            self.db.conn.backup(target, pages=256, progress=report)
        except BaseException:
            target.close()
            partial.unlink(missing_ok=True)
            raise
        # A copy in rollback-journal mode is one self-contained file (no -wal/-shm beside it).
        target.execute("PRAGMA journal_mode=DELETE")
        target.close()
        partial.replace(dest)
        return dest

    def response_table(self, cohorts: list[str] | None = None):
        """All submitted marks as a :class:`~assessor.analysis.responses.ResponseTable` (see ResultsRepo)."""
        return self.results.response_table(cohorts)


def is_assessor_database(path: str | Path) -> bool:
    """Whether the file at ``path`` is an Assessor database (SQLite with Assessor's schema steps).

    Read-only and cheap: the SQLite header, then the recorded schema steps. A damaged
    Assessor database whose steps can still be read counts as one (the integrity check
    says what is wrong with it).
    """
    path = Path(path)
    try:
        with open(path, "rb") as fh:
            if fh.read(16) != b"SQLite format 3\x00":
                return False
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=5.0)
    except (OSError, sqlite3.Error):
        return False
    try:
        table = _database(conn)[MIGRATIONS.migrations_table]
        if not table.exists():
            return False
        names = {r["name"] for r in table.rows_where("migration_set = ?", [MIGRATIONS.name])}
    except sqlite3.Error:
        return False
    finally:
        conn.close()
    return bool(names & set(known_steps()))


def _configure(db: Database) -> None:
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=FULL")
    db.execute("PRAGMA foreign_keys=ON")
    db.execute("PRAGMA busy_timeout=5000")


def _check_not_newer(db: Database, path: Path) -> None:
    table = db[MIGRATIONS.migrations_table]
    if not table.exists():
        return
    applied = [m.name for m in MIGRATIONS.applied(db)]
    unknown = [name for name in applied if name not in known_steps()]
    if unknown:
        raise NewerDatabaseError(
            f"{path} was written by a newer version of Assessor (schema step {unknown[0]!r} "
            "is unknown here); it has not been changed. Install the newer Assessor to open it."
        )
