"""The demo command: simulated cohorts for trying Assessor out."""

from __future__ import annotations

import click

from assessor.cli.root import Context, cli, handles_errors, pass_ctx


# -- demo ------------------------------------------------------------------
@cli.command()
@click.option("--seed", type=int, default=1, show_default=True, help="Random seed: the same seed gives the same data.")
@click.option("--into-real-db", is_flag=True,
              help="Add the demo cohorts even though the database holds real cohorts (they stay marked as demo).")
@pass_ctx
@handles_errors
def demo(ctx: Context, seed: int, into_real_db: bool):
    """Fill the database with simulated cohorts (a ToT and two cascade trainings), marked as demo.

    A database that holds real cohorts is refused unless --into-real-db is given; use
    --db PATH to keep the demo in a file of its own.
    """
    from assessor.demo import build_demo

    summary = build_demo(ctx.store(), seed=seed, into_real_db=into_real_db)
    click.echo(
        f"Demo data in {ctx.db_path}: cohorts {', '.join(summary.cohorts)}; {summary.participants} participants, "
        f"{summary.attempts} attempts, {summary.answer_events} answer events."
    )
