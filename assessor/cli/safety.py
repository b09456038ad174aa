"""Data safety: backups, restore, the audit log, erasure of a participant."""

from __future__ import annotations

import json
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


# -- data safety: backups, audit log, erasure -----------------------------------
@cli.command("self-check")
@pass_ctx
def self_check_cmd(ctx: Context):
    """Check this installation (versions, data folder, bundled bank, database, report fonts); exit 1 on a failure."""
    from pathlib import Path

    from assessor.safety.selfcheck import Check, core_checks, format_checks
    from reports.common import FONT_DIR

    fonts = sorted(p.name for p in Path(FONT_DIR).glob("*.ttf"))
    checks = core_checks(ctx.db_path) + [Check("report fonts", len(fonts) >= 2, ", ".join(fonts) or "missing")]
    click.echo(format_checks(checks))
    if not all(c.ok for c in checks):
        sys.exit(1)


@cli.command("backup")
@pass_ctx
@handles_errors
def backup_cmd(ctx: Context):
    """Back up the database now into the backups folder next to it (the newest 10 are kept)."""
    from assessor.safety.backup import backup

    path = backup(ctx.store(), "manual")
    click.echo(f"Backed up to {path}.")


@cli.command("backups")
@click.option("--json", "as_json", is_flag=True, help="Print the list as JSON.")
@pass_ctx
@handles_errors
def backups_cmd(ctx: Context, as_json: bool):
    """List the backups of the database, newest first, with their integrity check."""
    from assessor.safety.backup import backup_dir, list_backups

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
    from assessor.safety.applock import AppLock
    from assessor.safety.backup import restore

    if not yes:
        click.confirm(f"Replace {ctx.db_path} by {file}?", abort=True)
    ctx.close()
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
    from assessor.errors import NotFound

    store = ctx.store()
    found = store.cohorts.by_name(cohort)
    person = store.cohorts.participant_by_code(found.id, code)
    if person is None:
        raise NotFound(f"Cohort {cohort!r} has no participant with code {code!r}.")
    from assessor.safety.backup import erase_participant

    scrub = erase_participant(store, person.id)
    click.echo(f"Participant {person.code} of {found.name}: name and personal fields erased; results kept.")
    for path in scrub.rewritten:
        click.echo(f"  backup rewritten without them: {path}")
    for path in scrub.dropped:
        click.echo(f"  damaged backup deleted (it held them and could not be rewritten): {path}")
    if not scrub.rewritten and not scrub.dropped:
        click.echo("  no backup held them.")
