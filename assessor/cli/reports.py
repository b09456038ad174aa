"""PDF reports and CSV/XLSX exports: the only commands that reach ``reports/``."""

from __future__ import annotations

import sys

import click

from assessor.cli.root import Context, cli, handles_errors, pass_ctx


# -- reports and exports ----------------------------------------------------
def _bar_progress(label: str):
    """A click progress bar driving a core Progress; Ctrl+C cancels the work cleanly."""
    from assessor.progress import Progress

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
@click.option("--lang", type=click.Choice(["own", "en", "id"]), default="own", show_default=True,
              help="Language of the sheets: own = each participant's, the language of their latest test.")
@click.option("--review", is_flag=True, help="Add the item-by-item review with the correct answers.")
@click.option("--no-shows", is_flag=True,
              help="Also write a blank sheet for each roster member who took no test (left out by default).")
@click.option("-o", "--output", "out", required=True, type=click.Path(),
              help="OUT.pdf for one PDF with every sheet, or a folder for one PDF per participant.")
@pass_ctx
@handles_errors
def report_sheets(ctx: Context, cohort, lang, review, no_shows, out):
    """Score sheets of every participant of a cohort who took a test (with --no-shows, the whole roster)."""
    from reports.sheets import write_sheets

    bar, progress = _bar_progress("Score sheets")
    with bar:
        paths = write_sheets(ctx.store(), cohort, lang=lang, review=review, out=out, progress=progress,
                             no_shows=no_shows)
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
@click.argument("what", type=click.Choice(["participants", "responses", "statistics"]))
@click.option("--format", "fmt", type=click.Choice(["csv", "xlsx"]), default="csv", show_default=True)
@click.option("--cohort", "cohorts", multiple=True, help="Cohort name (repeatable; default: all cohorts).")
@click.option("--pseudonymise", is_flag=True, help="Drop names, keep participant codes (participants export).")
@click.option("-o", "--output", "out", required=True, type=click.Path(dir_okay=False), help="Output file.")
@pass_ctx
@handles_errors
def export_cmd(ctx: Context, what, fmt, cohorts, pseudonymise, out):
    """Export participants (one row each), responses (the `assessor analyze` CSV format) or
    statistics (every figure with its 95% interval; items, subgroups, comparison)."""
    from reports.exports import export_participants, export_responses, export_statistics

    store = ctx.store()
    if what == "participants":
        names = list(cohorts) or [c.name for c in store.cohorts.list(include_archived=True)]
        paths = export_participants(store, names, fmt, out, pseudonymise=pseudonymise)
    elif what == "statistics":
        paths = export_statistics(store, list(cohorts) or None, fmt, out)
    else:
        paths = export_responses(store, list(cohorts) or None, fmt, out)
    click.echo("Written: " + ", ".join(str(p) for p in paths))
