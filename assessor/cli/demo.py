"""The demo command: simulated cohorts for trying Assessor out."""

from __future__ import annotations

import click

from assessor.cli.root import Context, cli, handles_errors, pass_ctx


# -- demo ------------------------------------------------------------------
@cli.command()
@click.option("--seed", type=int, default=1, show_default=True, help="Random seed: the same seed gives the same data.")
@pass_ctx
@handles_errors
def demo(ctx: Context, seed: int):
    """Fill the database with simulated cohorts (a ToT and two cascade trainings)."""
    from assessor.demo import build_demo

    summary = build_demo(ctx.store(), seed=seed)
    click.echo(
        f"Demo data in {ctx.db_path}: cohorts {', '.join(summary.cohorts)}; {summary.participants} participants, "
        f"{summary.attempts} attempts, {summary.answer_events} answer events."
    )
