"""The analyze command: learning-gain statistics from the database or a responses CSV."""

from __future__ import annotations

import click

from assessor.cli.root import (
    CliError,
    Context,
    cli,
    echo_json,
    handles_errors,
    pass_ctx,
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
@click.option(
    "--lang",
    type=click.Choice(["en", "id"]),
    default="en",
    show_default=True,
    help="Language of the plain-language summary and of the course-evaluation block in the text output "
    "(the JSON holds both).",
)
@pass_ctx
@handles_errors
def analyze_cmd(ctx: Context, responses, cohorts, as_json, pass_mark, lang):
    """Learning-gain statistics per cohort and pooled.

    With RESPONSES.csv (columns cohort,participant_id,phase,item_id,topic,correct and
    optionally sex,organisation,confidence) the file is analysed without touching any
    database; without it, the database is analysed.
    """
    from assessor.analysis.responses import read_responses_csv
    from assessor.analysis.stats import analyze

    if responses:
        table = read_responses_csv(responses, pass_mark=pass_mark)
    else:
        if pass_mark is not None:
            raise CliError("--pass-mark applies to CSV input; the database keeps each cohort's pass mark.", 2)
        table = ctx.store().response_table(list(cohorts) or None)
    result = analyze(table, list(cohorts) or None)
    if not responses:
        from assessor.analysis.evaluation import analyze_evaluations

        evaluation = analyze_evaluations(ctx.store(), list(cohorts) or None, table)
        if evaluation["cohorts"]:  # the key appears only where course evaluations were taken
            result["evaluation"] = evaluation
        from assessor.analysis.blanks import blank_statistics

        blanks = blank_statistics(ctx.store(), list(cohorts) or None)
        if blanks:  # only where cloze questions were taken: each blank as an item (docs/statistics.md)
            result["blanks"] = blanks
    if as_json:
        echo_json(result)
    else:
        from assessor.analysis.text import render_text

        click.echo(render_text(result, lang))
