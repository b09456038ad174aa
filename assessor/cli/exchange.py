"""Data exchange between laptops: packages, result bundles, merge, conflicts."""

from __future__ import annotations

import sys

import click

from assessor.cli.root import (
    CliError,
    Context,
    cli,
    echo_json,
    handles_errors,
    pass_ctx,
)


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


def _protection(password_file: str | None, no_encryption: bool, what: str) -> str | None:
    """The password to protect an exported file with; None only when --no-encryption was given."""
    password = _password(password_file)
    if password and no_encryption:
        raise CliError("Give either --password-file or --no-encryption, not both.", 2)
    if not password and not no_encryption:
        raise CliError(f"{what}: give --password-file F, or --no-encryption to write them unprotected.", 2)
    return password


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
        for q in b["question_conflicts"]:
            click.echo(f"          CONFLICT question {q['key']}: this file has its id with a different text; the "
                       "stored question is kept and the marks use it")
        if b["remarked_attempts"]:
            click.echo(f"          {b['remarked_attempts']} attempt(s) carried marks that do not follow from their "
                       "answers: marked again from the answers")
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
@click.option("--no-encryption", is_flag=True, help="Write the answer key and names unprotected.")
@pass_ctx
@handles_errors
def package_export(ctx: Context, session_id: str, output: str, password_file: str | None, no_encryption: bool):
    """Write the package of a session (cohort, roster, assessment, questions), protected unless --no-encryption."""
    from assessor.exchange import export_package

    password = _protection(password_file, no_encryption, "Packages carry the answer key and participants' names")
    manifest = export_package(ctx.store(), session_id, output, password)
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
    from assessor.exchange import ImportReport, import_package

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
    from assessor.exchange import export_results

    password = _protection(password_file, no_encryption, "Bundles carry participants' identities")
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
    from assessor.exchange import import_results

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
    from assessor.exchange import ImportReport, merge_database

    _echo_exchange_report(ImportReport([merge_database(ctx.store(), other)]), as_json)


@cli.command("conflicts")
@click.option("--keep", "keep", default=None, help="Attempt id that counts; the others are voided (kept).")
@click.option("--reason", default="", help="Why (recorded in the audit log).")
@pass_ctx
@handles_errors
def conflicts_cmd(ctx: Context, keep: str | None, reason: str):
    """List participants with submitted attempts from two laptops, or choose which counts."""
    from assessor.exchange import list_conflicts, resolve_conflict

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
