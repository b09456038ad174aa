"""The root of the ``assessor`` command line: the group, its context and error handling.

Every command module in this package is thin: it opens the store, calls the core and turns
:class:`~assessor.errors.AssessorError` into a one-line message."""

from __future__ import annotations

import functools
import json
import sqlite3
from pathlib import Path

import click

from assessor import __version__
from assessor.errors import AssessorError, storage_error


class CliError(click.ClickException):
    def __init__(self, message: str, exit_code: int = 1):
        super().__init__(message)
        self.exit_code = exit_code


class Context:
    """Holds the global options; opens the store only when a command needs it."""

    def __init__(self, db: str | None):
        self.db = db
        self._store = None

    @property
    def db_path(self) -> Path:
        """The database file: ``--db`` / ``$ASSESSOR_DB``, else the per-user default."""
        from assessor.paths import default_db_path

        return Path(self.db) if self.db else default_db_path()

    def store(self):
        """The store, opened through the start-up sequence the app uses.

        The command line takes no lock (SQLite's own locking keeps its writes safe),
        makes no daily backup, and refuses a damaged database, naming the backup to restore.
        """
        if self._store is None:
            from assessor.safety.startup import open_database

            self._store = open_database(self.db_path, lock=False, daily=False).store
        return self._store

    def close(self):
        """Close the store if a command opened it."""
        if self._store is not None:
            self._store.close()
            self._store = None


def handles_errors(fn):
    """Turn core errors into a clean message and exit code (2 for bad input)."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except AssessorError as exc:
            raise CliError(str(exc), exc.exit_code) from exc
        except (sqlite3.Error, OSError) as exc:
            # A full disk, read-only folder or a database another program holds: one sentence, no traceback.
            problem = storage_error(exc, getattr(exc, "filename", None) or "")
            if problem is None:
                raise
            raise CliError(str(problem), problem.exit_code) from exc

    return wrapper


def echo_json(data) -> None:
    """Print ``data`` as indented UTF-8 JSON (NaN refused)."""
    click.echo(json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False))


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--db",
    type=click.Path(dir_okay=False),
    envvar="ASSESSOR_DB",
    help="Database file (default: $ASSESSOR_DB, else assessor.db in the per-user data folder).",
)
@click.version_option(__version__, prog_name="assessor")
@click.pass_context
def cli(ctx: click.Context, db: str | None):
    """Assessor: offline pre/post knowledge tests and learning-gain statistics."""
    ctx.obj = Context(db)
    ctx.call_on_close(ctx.obj.close)


pass_ctx = click.make_pass_decorator(Context)
