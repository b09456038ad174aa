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
    """Question banks: validate, import, export, list; the spreadsheet template."""


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
@click.option("--format", "fmt", type=click.Choice(["gift", "aiken", "moodlexml", "qti", "xlsx", "csv", "yaml"]),
              help="File format (guessed from the extension and content when omitted).")
@click.option("--bank", "bank_name", help="Bank to import into (default: a bank named after the file).")
@click.option("--dry-run", is_flag=True, help="Parse and show the questions; store nothing.")
@click.option("--valid-only", is_flag=True, help="Store the valid questions even when others have errors.")
@click.option("--json", "as_json", is_flag=True, help="Print the parsed questions and problems as JSON.")
@pass_ctx
@handles_errors
def bank_import(ctx: Context, file: str, fmt: str | None, bank_name: str | None, dry_run: bool, valid_only: bool,
                as_json: bool):
    """Import questions from FILE (GIFT, Aiken, Moodle XML, QTI, XLSX/CSV template or native YAML).

    Everything is parsed first; nothing is stored if any error is found (unless
    --valid-only). Re-importing the same file changes nothing; a changed question
    becomes a new version.
    """
    from .bankio import import_file, parse_file

    report = parse_file(file, fmt)
    if dry_run or as_json:
        if as_json:
            echo_json(report.to_json())
        else:
            _echo_report(file, report)
        if dry_run:
            if report.errors:
                raise CliError(f"{file}: {len(report.errors)} error(s).", 2)
            return
    elif report.errors or report.warnings or report.skipped:
        _echo_report(file, report, questions=False)
    _report, summary = import_file(ctx.store(), file, fmt, bank_name=bank_name, valid_only=valid_only)
    if not as_json:
        click.echo(
            f"{file}: {len(summary.new)} new, {len(summary.new_version)} new version(s), "
            f"{len(summary.unchanged)} unchanged."
        )


def _echo_report(file, report, questions: bool = True) -> None:
    if questions:
        for q in report.questions:
            click.echo(f"line {q.line}: {q.type:9} {(q.key or q.id or q.title or '')[:24]:24} {q.text[:60]!r}")
    for s in report.skipped:
        click.echo(f"{file}, line {s.line}: {s.type} question skipped ({s.reason})", err=True)
    for w in report.warnings:
        click.echo(f"{file}, line {w.line}: warning: {w.message}", err=True)
    for e in report.errors:
        click.echo(f"{file}, line {e.line}: error: {e.message}", err=True)
    click.echo(f"{file}: {len(report.questions)} question(s), {len(report.skipped)} skipped, "
               f"{len(report.warnings)} warning(s), {len(report.errors)} error(s).", err=True)


@bank.command("export")
@click.argument("bank_ref")
@click.option("--format", "fmt", required=True, type=click.Choice(["gift", "aiken", "moodlexml", "qti", "xlsx", "yaml"]))
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="File to write.")
@click.option("--lang", "langs", multiple=True, help="Language(s) to write (default: all the bank declares).")
@pass_ctx
@handles_errors
def bank_export(ctx: Context, bank_ref: str, fmt: str, output: str, langs: tuple[str, ...]):
    """Write bank BANK_REF (its id or name) in another format."""
    from .bankio import export_bank

    store = ctx.store()
    bank = _find_bank(store, bank_ref)
    skipped = export_bank(store, bank.id, fmt, output, list(langs) or None)
    for key, reason in skipped:
        click.echo(f"{key}: {reason}", err=True)
    n = len(store.banks.questions(bank.id))
    click.echo(f"{output}: {n - len(skipped)} of {n} questions written as {fmt}.")


@bank.command("template")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="The .xlsx file to write.")
@handles_errors
def bank_template(output: str):
    """Write an empty XLSX question template with an example row and a help sheet."""
    from .formats.spreadsheet import write_template

    write_template(output)
    click.echo(f"{output}: template written.")


def _find_bank(store, ref: str):
    from .errors import NotFound

    for b in store.banks.list(include_archived=True):
        if ref == b.id or ref in b.name.values():
            return b
    raise NotFound(f"There is no bank with id or name {ref!r}.")


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


# -- statistics ------------------------------------------------------------
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


# -- reports and exports ----------------------------------------------------
def _bar_progress(label: str):
    """A click progress bar driving a core Progress; Ctrl+C cancels the work cleanly."""
    from .progress import Progress

    bar = click.progressbar(length=1, label=label, file=sys.stderr)

    def update(done: int, total: int) -> None:
        bar.length = max(total, 1)
        bar.update(done - bar.pos)

    return bar, Progress(update)


@cli.group()
def report():
    """PDF reports: participant score sheets, cohort report, comparison."""


@report.command("sheets")
@click.option("--cohort", required=True, help="Cohort name.")
@click.option("--lang", type=click.Choice(["en", "id"]), default="en", show_default=True,
              help="Language of the sheets (the participants' language).")
@click.option("--review", is_flag=True, help="Add the item-by-item review with the correct answers.")
@click.option("-o", "--output", "out", required=True, type=click.Path(),
              help="OUT.pdf for one PDF with every sheet, or a folder for one PDF per participant.")
@pass_ctx
@handles_errors
def report_sheets(ctx: Context, cohort, lang, review, out):
    """Score sheets of every participant of a cohort."""
    from reports.sheets import write_sheets

    bar, progress = _bar_progress("Score sheets")
    with bar:
        paths = write_sheets(ctx.store(), cohort, lang=lang, review=review, out=out, progress=progress)
    click.echo(f"{out}: {len(paths)} file(s) written.")


@report.command("cohort")
@click.option("--cohort", required=True, help="Cohort name.")
@click.option("--lang", type=click.Choice(["en", "id"]), default="en", show_default=True,
              help="Language of the plain-language summary.")
@click.option("-o", "--output", "out", required=True, type=click.Path(dir_okay=False), help="OUT.pdf")
@pass_ctx
@handles_errors
def report_cohort(ctx: Context, cohort, lang, out):
    """The cohort report (summary, headline table, charts, items, attrition, methods)."""
    from reports.cohort_report import write_cohort_report

    write_cohort_report(ctx.store(), cohort, out, lang=lang)
    click.echo(f"{out}: cohort report for {cohort} written.")


@report.command("compare")
@click.option("--cohort", "cohorts", required=True, multiple=True, help="Cohort name (give two or more).")
@click.option("--lang", type=click.Choice(["en", "id"]), default="en", show_default=True,
              help="Language of the plain-language summaries.")
@click.option("-o", "--output", "out", required=True, type=click.Path(dir_okay=False), help="OUT.pdf")
@pass_ctx
@handles_errors
def report_compare(ctx: Context, cohorts, lang, out):
    """Compare learning gains across cohorts."""
    from reports.compare_report import write_compare_report

    write_compare_report(ctx.store(), list(cohorts), out, lang=lang)
    click.echo(f"{out}: comparison of {len(set(cohorts))} cohorts written.")


@cli.command("export")
@click.argument("what", type=click.Choice(["participants", "responses"]))
@click.option("--format", "fmt", type=click.Choice(["csv", "xlsx"]), default="csv", show_default=True)
@click.option("--cohort", "cohorts", multiple=True, help="Cohort name (repeatable; default: all cohorts).")
@click.option("--pseudonymise", is_flag=True, help="Drop names, keep participant codes (participants export).")
@click.option("-o", "--output", "out", required=True, type=click.Path(dir_okay=False), help="Output file.")
@pass_ctx
@handles_errors
def export_cmd(ctx: Context, what, fmt, cohorts, pseudonymise, out):
    """Export participants (one row each) or responses (the `assessor analyze` CSV format)."""
    from reports.exports import export_participants, export_responses

    store = ctx.store()
    if what == "participants":
        names = list(cohorts) or [c.name for c in store.cohorts.list(include_archived=True)]
        paths = export_participants(store, names, fmt, out, pseudonymise=pseudonymise)
    else:
        paths = export_responses(store, list(cohorts) or None, fmt, out)
    click.echo("Written: " + ", ".join(str(p) for p in paths))
# -- data exchange (packages, result bundles, merges) -------------------------
def _password(password_file: str | None) -> str | None:
    """The first line of --password-file (None when not given)."""
    if not password_file:
        return None
    try:
        with open(password_file, encoding="utf-8") as fh:
            line = fh.readline().rstrip("\r\n")
    except OSError as exc:
        raise CliError(f"{password_file}: cannot be read ({exc.strerror or exc}).", 2) from exc
    if not line:
        raise CliError(f"{password_file}: the first line (the password) is empty.", 2)
    return line


def _echo_exchange_report(report, as_json: bool) -> None:
    data = report.to_dict()
    if as_json:
        echo_json(data)
        return
    for b in data["bundles"]:
        if b["status"] == "refused":
            click.echo(f"REFUSED   {b['message']}")
            continue
        new = ", ".join(f"{n} {k}" for k, n in b["new"].items() if n) or "nothing"
        device = f" from {b['device_name'] or b['device_id'][:8]}" if b["device_id"] else ""
        click.echo(f"{b['status'].upper():9} {b['source']}{device}: new {new}; "
                   f"{b['present']['attempts']} attempt(s) already present; {b['merged_attempts']} merged.")
        for q in b["renumbered_questions"]:
            click.echo(f"          question {q['key']} v{q['from']} differs from the stored one: stored as v{q['to']}")
        for p in b["renamed_participants"]:
            click.echo(f"          participant code {p['from']} was taken: stored as {p['to']}")
        for c in b["conflicts"]:
            click.echo(f"          CONFLICT participant {c['participant_code']}: submitted attempts "
                       f"{', '.join(c['attempt_ids'])} (choose with: assessor conflicts --keep ATTEMPT_ID)")
    t = data["totals"]
    click.echo(f"{t['sources']} source(s): {t['imported']} imported, {t['unchanged']} unchanged, {t['refused']} refused.")


@cli.group()
def package():
    """Assessment packages: one session, ready to run on another laptop."""


@package.command("export")
@click.option("--session", "session_id", required=True, help="Id of the session to package.")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="Package file to write.")
@click.option("--password-file", type=click.Path(exists=True, dir_okay=False), help="Protect with the password "
              "on this file's first line.")
@pass_ctx
@handles_errors
def package_export(ctx: Context, session_id: str, output: str, password_file: str | None):
    """Write the package of a session (cohort, roster, assessment, questions)."""
    from .exchange import export_package

    manifest = export_package(ctx.store(), session_id, output, _password(password_file))
    c = manifest["counts"]
    click.echo(f"{output}: package of session {session_id} ({c['participants']} participants, "
               f"{c['questions']} questions){'; password-protected' if manifest['encryption'] else ''}.")


@package.command("import")
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--password-file", type=click.Path(exists=True, dir_okay=False), help="Password on the first line.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@pass_ctx
@handles_errors
def package_import(ctx: Context, file: str, password_file: str | None, as_json: bool):
    """Load a package so its session can run here (loading it twice changes nothing)."""
    from .exchange import ImportReport, import_package

    report = ImportReport([import_package(ctx.store(), file, _password(password_file))])
    _echo_exchange_report(report, as_json)


@cli.group()
def bundle():
    """Result bundles: attempts and answers carried between laptops."""


@bundle.command("export")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="Bundle file to write.")
@click.option("--session", "sessions", multiple=True, help="Only this session (repeatable; default: all).")
@click.option("--password-file", type=click.Path(exists=True, dir_okay=False), help="Password on the first line.")
@click.option("--no-encryption", is_flag=True, help="Write participants' data unprotected.")
@pass_ctx
@handles_errors
def bundle_export(ctx: Context, output: str, sessions, password_file: str | None, no_encryption: bool):
    """Write a results bundle (all attempts by default), password-protected unless --no-encryption."""
    from .exchange import export_results

    password = _password(password_file)
    if password and no_encryption:
        raise CliError("Give either --password-file or --no-encryption, not both.", 2)
    if not password and not no_encryption:
        raise CliError("Bundles carry participants' identities: give --password-file F, or --no-encryption to "
                       "write them unprotected.", 2)
    manifest = export_results(ctx.store(), output, session_ids=list(sessions) or None, password=password)
    c = manifest["counts"]
    click.echo(f"{output}: {c['attempts']} attempt(s), {c['answer_events']} answer event(s) from "
               f"{manifest['device_name']}{'; password-protected' if manifest['encryption'] else ''}.")


@bundle.command("import")
@click.argument("sources", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("--password-file", type=click.Path(exists=True, dir_okay=False), help="Password on the first line.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@pass_ctx
@handles_errors
def bundle_import(ctx: Context, sources, password_file: str | None, as_json: bool):
    """Import bundles (files or folders): each whole or not at all; re-importing is a no-op.

    Exits with code 2 when any bundle was refused (the others are imported).
    """
    from .exchange import import_results

    report = import_results(ctx.store(), list(sources), _password(password_file))
    _echo_exchange_report(report, as_json)
    if report.refused:
        sys.exit(2)


@cli.command("merge")
@click.argument("other", type=click.Path(exists=True, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@pass_ctx
@handles_errors
def merge_cmd(ctx: Context, other: str, as_json: bool):
    """Merge another Assessor database into this one (same rules as bundles)."""
    from .exchange import ImportReport, merge_database

    _echo_exchange_report(ImportReport([merge_database(ctx.store(), other)]), as_json)


@cli.command("conflicts")
@click.option("--keep", "keep", default=None, help="Attempt id that counts; the others are voided (kept).")
@click.option("--reason", default="", help="Why (recorded in the audit log).")
@pass_ctx
@handles_errors
def conflicts_cmd(ctx: Context, keep: str | None, reason: str):
    """List participants with submitted attempts from two laptops, or choose which counts."""
    from .exchange import list_conflicts, resolve_conflict

    store = ctx.store()
    if keep:
        voided = resolve_conflict(store, keep, reason)
        click.echo(f"Attempt {keep} counts; voided {', '.join(voided)}.")
        return
    found = list_conflicts(store)
    for c in found:
        click.echo(f"session {c.session_id} participant {c.participant_code}:")
        for a in c.attempts:
            click.echo(f"  {a.id}  device {a.device_id[:8]}  submitted {a.submitted_at}  score {a.score_pct:.1f}%")
    click.echo(f"{len(found)} unresolved conflict(s).")


# -- data safety: backups, audit log, erasure -----------------------------------
@cli.command("backup")
@pass_ctx
@handles_errors
def backup_cmd(ctx: Context):
    """Back up the database now into the backups folder next to it (the newest 10 are kept)."""
    from .backup import backup

    path = backup(ctx.store(), "manual")
    click.echo(f"Backed up to {path}.")


@cli.command("backups")
@click.option("--json", "as_json", is_flag=True, help="Print the list as JSON.")
@pass_ctx
@handles_errors
def backups_cmd(ctx: Context, as_json: bool):
    """List the backups of the database, newest first, with their integrity check."""
    from .backup import backup_dir, list_backups

    found = list_backups(ctx.db_path)
    if as_json:
        echo_json([b.to_dict() for b in found])
        return
    for b in found:
        state = "ok" if b.ok else "DAMAGED"
        click.echo(f"{b.time:%Y-%m-%d %H:%M:%S} UTC  {b.reason:16}  {b.size / 1024:9.0f} KB  {state:7}  {b.path}")
    click.echo(f"{len(found)} backup(s) in {backup_dir(ctx.db_path)}.")


@cli.command("restore")
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@pass_ctx
@handles_errors
def restore_cmd(ctx: Context, file: str, yes: bool):
    """Replace the database by the backup FILE (the current database is backed up first).

    Close the Assessor app on this database before restoring.
    """
    from .applock import AppLock
    from .backup import restore

    if not yes:
        click.confirm(f"Replace {ctx.db_path} by {file}?", abort=True)
    ctx.close()
    ctx._store = None
    with AppLock(ctx.db_path):  # refuses while the app has the database open
        before = restore(ctx.db_path, file)
    click.echo(f"Restored {ctx.db_path} from {file}." + (f" The previous state is in {before}." if before else ""))


@cli.command("audit")
@click.option("--json", "as_json", is_flag=True, help="Print the entries as JSON.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write the entries to this CSV file.")
@click.option("--limit", type=click.IntRange(1), default=None, help="Only the newest N entries.")
@pass_ctx
@handles_errors
def audit_cmd(ctx: Context, as_json: bool, output: str | None, limit: int | None):
    """The audit log of facilitator actions, newest first."""
    entries = ctx.store().audit.list(limit)
    rows = [{"at": e.at, "action": e.action, "details": e.details, "device_id": e.device_id, "id": e.id}
            for e in entries]
    if output:
        import csv

        try:
            with open(output, "w", encoding="utf-8-sig", newline="") as fh:
                writer = csv.writer(fh)
                writer.writerow(["at", "action", "details", "device_id", "id"])
                for r in rows:
                    writer.writerow([r["at"], r["action"], json.dumps(r["details"], ensure_ascii=False),
                                     r["device_id"], r["id"]])
        except OSError as exc:
            raise CliError(f"{output}: cannot be written ({exc.strerror or exc}).") from exc
        click.echo(f"{output}: {len(rows)} audit entries written.")
    elif as_json:
        echo_json(rows)
    else:
        for r in rows:
            details = ", ".join(f"{k}={v}" for k, v in r["details"].items())
            click.echo(f"{r['at']}  {r['action']:28}  {details}")


@cli.group()
def participant():
    """Participants: erase personal data (right to erasure)."""


@participant.command("erase")
@click.option("--cohort", required=True, help="Cohort name.")
@click.argument("code")
@pass_ctx
@handles_errors
def participant_erase(ctx: Context, cohort: str, code: str):
    """Remove the name and personal fields of participant CODE; results stay under the code."""
    from .errors import NotFound

    store = ctx.store()
    found = store.cohorts.by_name(cohort)
    person = store.cohorts.participant_by_code(found.id, code)
    if person is None:
        raise NotFound(f"Cohort {cohort!r} has no participant with code {code!r}.")
    store.cohorts.erase_participant(person.id)
    click.echo(f"Participant {person.code} of {found.name}: name and personal fields erased; results kept.")


def main() -> None:  # pragma: no cover - entry point
    cli(prog_name="assessor")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
