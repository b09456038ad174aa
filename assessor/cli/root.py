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


class _NotPlain(Exception):
    """A value the quick writer leaves to ``json.dumps`` (which then encodes it or says why not)."""


def _indented_json(data) -> str:
    """The very text of ``json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False)``, faster.

    With ``indent`` the standard library uses its pure-Python encoder, a generator per
    container; for the analysis of 10,000 participants that was about a tenth of the whole
    command. This writes the same pieces into one list. It handles the plain types only (str,
    int, float, bool, None, list, tuple, dict, in the order and with the key rules of
    ``json``); anything else, a float that is not finite, or nesting too deep goes back to
    ``json.dumps``, so the error is the standard one.
    """
    from json.encoder import encode_basestring  # the C version when there is one
    from math import isfinite

    out: list[str] = []
    put = out.append
    frepr, irepr = float.__repr__, int.__repr__

    def key_text(k) -> str:
        if isinstance(k, str):
            return encode_basestring(k)
        if isinstance(k, float):
            if not isfinite(k):
                raise _NotPlain
            return '"' + frepr(k) + '"'
        if k is True:
            return '"true"'
        if k is False:
            return '"false"'
        if k is None:
            return '"null"'
        if isinstance(k, int):
            return '"' + irepr(k) + '"'
        raise _NotPlain

    def write(o, pad: str) -> None:
        if isinstance(o, float):
            if not isfinite(o):
                raise _NotPlain
            put(frepr(o))
        elif isinstance(o, str):
            put(encode_basestring(o))
        elif o is None:
            put("null")
        elif o is True:
            put("true")
        elif o is False:
            put("false")
        elif isinstance(o, int):
            put(irepr(o))
        elif isinstance(o, (list, tuple)):
            if not o:
                put("[]")
                return
            inner = pad + "  "
            lead = "[" + inner
            for v in o:
                kind = type(v)  # the common leaves written here, without a call
                if kind is float and isfinite(v):
                    put(lead + frepr(v))
                elif kind is int:
                    put(lead + irepr(v))
                else:
                    put(lead)
                    write(v, inner)
                lead = "," + inner
            put(pad + "]")
        elif isinstance(o, dict):
            if not o:
                put("{}")
                return
            inner = pad + "  "
            lead = "{" + inner
            for k, v in o.items():
                kind = type(v)
                if kind is float and isfinite(v):
                    put(lead + key_text(k) + ": " + frepr(v))
                elif kind is int:
                    put(lead + key_text(k) + ": " + irepr(v))
                else:
                    put(lead + key_text(k) + ": ")
                    write(v, inner)
                lead = "," + inner
            put(pad + "}")
        else:
            raise _NotPlain

    try:
        write(data, "\n")
    except (_NotPlain, RecursionError):
        return json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False)
    return "".join(out)


def echo_json(data) -> None:
    """Print ``data`` as indented UTF-8 JSON (NaN refused)."""
    click.echo(_indented_json(data))


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
