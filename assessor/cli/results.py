"""``assessor results``: the facilitator's marks on essays, given after the test."""

from __future__ import annotations

import click

from assessor.cli.root import Context, cli, echo_json, handles_errors, pass_ctx


@cli.group()
def results():
    """Results that need a facilitator: list essays and give their marks."""


@results.command("essays")
@click.option("--session", "session_id", required=True, help="Session id.")
@click.option("--pending", "only_pending", is_flag=True, help="Only the answers still to be marked.")
@click.option("--json", "as_json", is_flag=True, help="Print the answers as JSON.")
@pass_ctx
@handles_errors
def results_essays(ctx: Context, session_id, only_pending, as_json):
    """Every submitted essay answer of a session, with its mark or 'pending'."""
    from assessor.delivery.grading import essay_answers

    found = [e for e in essay_answers(ctx.store(), session_id) if e.pending or not only_pending]
    if as_json:
        echo_json([{"attempt": e.attempt_id, "participant": e.participant_code, "question": e.question_key,
                    "answer": e.answer, "mark": e.mark} for e in found])
        return
    for e in found:
        mark = "pending" if e.pending else f"{e.mark * 100:g} %"
        click.echo(f"{e.participant_code}\t{e.question_key}\t{mark}\t{e.attempt_id}")
        click.echo("    " + e.answer.replace("\n", "\n    "))
    click.echo(f"{len(found)} answer(s), {sum(e.pending for e in found)} pending.")


@results.command("mark-essay")
@click.option("--attempt", "attempt_id", required=True, help="Attempt id (see 'assessor results essays').")
@click.option("--question", "question_key", required=True, help="The essay question's key.")
@click.option("--percent", type=float, help="The mark, 0 to 100 (% of the question's maximum).")
@click.option("--clear", is_flag=True, help="Take the mark back: the essay is pending again.")
@pass_ctx
@handles_errors
def results_mark_essay(ctx: Context, attempt_id, question_key, percent, clear):
    """Give one essay answer its mark (audit-logged); the attempt's score is re-made at once."""
    from assessor.delivery.grading import grade_essay, pending_essays
    from assessor.errors import InputError

    if clear == (percent is not None):
        raise InputError("Give either --percent or --clear.", code="bad_essay_mark")
    store = ctx.store()
    attempt = store.attempts.get(attempt_id)
    qids = list(attempt.question_order) or list(store.assessments.get(
        store.sessions.get(attempt.session_id).assessment_id).question_ids)
    by_key = {q.key: q.id for q in store.banks.questions_by_id(qids).values()}
    if question_key not in by_key:
        raise InputError(f"{question_key}: not a question of this attempt.", code="not_an_essay")
    updated = grade_essay(store, attempt_id, by_key[question_key], None if clear else percent / 100)
    left = pending_essays(store, updated)
    state = f"provisional, {left} essay(s) still to mark" if left else "final"
    click.echo(f"{question_key}: {'mark taken back' if clear else f'{percent:g} %'}; score {updated.score_pct:.1f} % ({state}).")
