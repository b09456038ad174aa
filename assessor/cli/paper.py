"""``assessor paper``: print a session on paper and read the filled sheets back."""

from __future__ import annotations

import click

from assessor.cli.root import Context, cli, echo_json, handles_errors, pass_ctx


@cli.group()
def paper():
    """Paper day: print the booklet and answer sheets, read filled sheets from scans or photos."""


@paper.command("print")
@click.option("--session", "session_id", required=True, help="Session id.")
@click.option("-o", "--output", "out", required=True, type=click.Path(dir_okay=False), help="OUT.pdf")
@click.option("--lang", type=click.Choice(["en", "id", "both"]), default="en", show_default=True,
              help="Language of the booklet and sheets (both: English with Indonesian below).")
@click.option("--size", type=click.Choice(["A4", "Letter"]), default="A4", show_default=True, help="Paper size.")
@click.option("--blank", type=click.IntRange(0, 500), default=5, show_default=True,
              help="Blank walk-in sheets (a code grid instead of a printed name).")
@pass_ctx
@handles_errors
def paper_print(ctx: Context, session_id, out, lang, size, blank):
    """The question booklet(s) and one answer sheet per roster participant, as one PDF.

    A course evaluation prints self-contained forms instead: anonymous ones carry no name or code
    (one per roster participant plus --blank), linked ones the participant's name and code.
    """
    from reports.paper import write_paper

    store = ctx.store()
    form = store.assessments.get(store.sessions.get(session_id).assessment_id)
    path = write_paper(store, session_id, out, lang=lang, size=size, blank=blank)
    if form.evaluation:
        how = "anonymous: no name, no code" if form.anonymous else "linked: one per roster participant, named"
        click.echo(f"{path}: course-evaluation forms written ({how}).")
    else:
        click.echo(f"{path}: booklet and answer sheets written.")


@paper.command("read")
@click.argument("files", nargs=-1, required=True, type=click.Path())
@click.option("--session", "session_id", help="Refuse sheets of any other session.")
@click.option("--json", "as_json", is_flag=True, help="Print the outcome of every sheet as JSON.")
@pass_ctx
@handles_errors
def paper_read(ctx: Context, files, session_id, as_json):
    """Read filled answer sheets (images, folders of images, multi-page PDFs) into their session.

    Sheets read without doubt become attempts; sheets with an uncertain mark (two marks where
    one is allowed, a light, erased or crossed-out mark) are left for the review in the app,
    which shows each mark's crop: the machine never guesses. Reading a sheet twice changes nothing.
    """
    from assessor.paper.intake import import_all, read_files

    store = ctx.store()
    sheets = read_files(store, files, session_id)
    counts = import_all(store, sheets)
    if as_json:
        echo_json({"sheets": [s.to_dict() for s in sheets], "totals": counts})
        return
    for s in sheets:
        where = ", ".join(s.sources)
        if s.status == "imported":
            note = " (also taken on a laptop: a conflict to resolve)" if s.conflict else ""
            click.echo(f"{where}: read{note}.")
            if s.comments_not_typed:
                click.echo(f"{where}: {s.comments_not_typed} written comment(s) not typed in: keep the form, or "
                           "type them in the app's review.")
        elif s.status == "needs_review":
            if s.code == "unknown_code":
                click.echo(f"{where}: the code grid names no participant; review it in the app.")
            else:
                numbers = ", ".join(str(m.number) for m in s.uncertain)
                click.echo(f"{where}: {len(s.uncertain)} uncertain mark(s) (question {numbers}); review in the app.")
        else:
            click.echo(s.message or f"{where}: {s.status}.")
    click.echo(", ".join(f"{n} {k.replace('_', ' ')}" for k, n in sorted(counts.items())) or "no sheets")
    untyped = sum(s.comments_not_typed for s in sheets)
    if untyped:
        click.echo(f"{untyped} written comment(s) not typed in (a machine does not read handwriting).")
