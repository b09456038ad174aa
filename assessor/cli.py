"""The ``assessor`` command line: thin wrappers that open the store, call the core
and turn :class:`~assessor.errors.AssessorError` into a one-line message."""

from __future__ import annotations

import functools
import json
import sys
from pathlib import Path

import click

from . import __version__
from .errors import AssessorError


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
        from .paths import default_db_path

        return Path(self.db) if self.db else default_db_path()

    def store(self):
        if self._store is None:
            from .store import Store

            self._store = Store.open(self.db_path)
        return self._store

    def close(self):
        if self._store is not None:
            self._store.close()


def handles_errors(fn):
    """Turn core errors into a clean message and exit code (2 for bad input)."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except AssessorError as exc:
            raise CliError(str(exc), exc.exit_code) from exc

    return wrapper


def echo_json(data) -> None:
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


# -- banks -----------------------------------------------------------------
@cli.group()
def bank():
    """Question banks: validate, import, list."""


@bank.command("validate")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@handles_errors
def bank_validate(file: str):
    """Check a bank FILE without storing anything; list every problem with its line."""
    from .formats.native import BankFormatError, load_bank_file

    try:
        loaded = load_bank_file(file)
    except BankFormatError as exc:
        for problem in exc.problems:
            click.echo(str(problem), err=True)
        raise CliError(f"{file}: {len(exc.problems)} problem(s); nothing would be imported.", 2) from exc
    types: dict[str, int] = {}
    for q in loaded.questions:
        types[q.type] = types.get(q.type, 0) + 1
    detail = ", ".join(f"{n} {t}" for t, n in sorted(types.items()))
    click.echo(f"{file}: valid, {len(loaded.questions)} questions ({detail}) in {', '.join(loaded.languages)}.")


@bank.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@pass_ctx
@handles_errors
def bank_import(ctx: Context, file: str):
    """Validate a bank FILE and store it (all or nothing; re-importing changes nothing)."""
    from .bankio import import_bank_file

    summary = import_bank_file(ctx.store(), file)
    click.echo(
        f"{file}: {len(summary.new)} new, {len(summary.new_version)} new version(s), "
        f"{len(summary.unchanged)} unchanged."
    )


@bank.command("list")
@pass_ctx
@handles_errors
def bank_list(ctx: Context):
    """List the banks in the database with their question counts."""
    from .questions import localized

    store = ctx.store()
    for b in store.banks.list():
        n = len(store.banks.questions(b.id))
        click.echo(f"{b.id}  {localized(b.name, 'en')}  ({n} questions; {', '.join(b.languages)})")


# -- demo ------------------------------------------------------------------
@cli.command()
@click.option("--seed", type=int, default=1, show_default=True, help="Random seed: the same seed gives the same data.")
@pass_ctx
@handles_errors
def demo(ctx: Context, seed: int):
    """Fill the database with simulated cohorts (a ToT and two cascade trainings)."""
    from .demo import build_demo

    summary = build_demo(ctx.store(), seed=seed)
    click.echo(
        f"Demo data in {ctx.db_path}: cohorts {', '.join(summary.cohorts)}; {summary.participants} participants, "
        f"{summary.attempts} attempts, {summary.answer_events} answer events."
    )


@cli.command("analyze")
@click.argument("responses", required=False, type=click.Path(dir_okay=False))
@click.option("--cohort", "cohorts", multiple=True, help="Analyse only this cohort (repeatable).")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON document (see docs/statistics.md).")
@click.option(
    "--pass-mark",
    type=click.FloatRange(0, 100),
    default=None,
    help="Pass mark in % for CSV input (default 70).",
)
@pass_ctx
@handles_errors
def analyze_cmd(ctx: Context, responses, cohorts, as_json, pass_mark):
    """Learning-gain statistics per cohort and pooled.

    With RESPONSES.csv (columns cohort,participant_id,phase,item_id,topic,correct and
    optionally sex,organisation,confidence) the file is analysed without touching any
    database; without it, the database is analysed.
    """
    from .responses import read_responses_csv
    from .stats import analyze

    if responses:
        table = read_responses_csv(responses, pass_mark=pass_mark)
    else:
        if pass_mark is not None:
            raise CliError("--pass-mark applies to CSV input; the database keeps each cohort's pass mark.", 2)
        table = ctx.store().response_table(list(cohorts) or None)
    result = analyze(table, list(cohorts) or None)
    if as_json:
        echo_json(result)
    else:
        from .stats_text import render_text

        click.echo(render_text(result))


def main() -> None:  # pragma: no cover - entry point
    cli(prog_name="assessor")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
