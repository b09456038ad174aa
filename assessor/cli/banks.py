"""Question-bank commands: validate, import, export, list, the spreadsheet template."""

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


# -- banks -----------------------------------------------------------------
@cli.group()
def bank():
    """Question banks: validate, import, export, list; the spreadsheet template."""


@bank.command("validate")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@handles_errors
def bank_validate(file: str):
    """Check a bank FILE without storing anything; list every problem with its line."""
    from assessor.banks.formats.native import BankFormatError, load_bank_file

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
@click.option("--as-language", "as_language", type=click.Choice(["en", "id"]),
              help="The language of FILE's texts that carry no language mark (Aiken, plain GIFT or Moodle XML); "
                   "with --into, FILE is that language of an existing bank: its questions, matched by key, "
                   "give the bank's questions their texts in this language.")
@click.option("--into", "into", help="The bank (name or id) that --as-language adds the language to.")
@pass_ctx
@handles_errors
def bank_import(ctx: Context, file: str, fmt: str | None, bank_name: str | None, dry_run: bool, valid_only: bool,
                as_json: bool, as_language: str | None, into: str | None):
    """Import questions from FILE (GIFT, Aiken, Moodle XML, QTI, XLSX/CSV template or native YAML).

    Everything is parsed first; nothing is stored if any error is found (unless
    --valid-only). Re-importing the same file changes nothing; a changed question
    becomes a new version.

    With --as-language id alone, FILE's texts without a language mark are Indonesian (an Aiken
    file cannot say which language it is in; without the option such text is English).

    With --as-language id --into BANK, FILE holds the bank's questions in Indonesian (or, with en,
    in English): each is matched to the bank's question with the same key and must have its type
    and as many options, pairs and answers; otherwise nothing is stored and the questions that
    do not match are named. Each matched question gets a new version with the texts of FILE.
    """
    from assessor.banks.bankio import import_file, parse_file

    if into and not as_language:
        raise CliError("--into names the bank that --as-language adds a language to: --as-language id --into BANK.", 2)
    if into and (bank_name or valid_only):
        raise CliError("--as-language adds a language to the bank named by --into; it takes no --bank or "
                       "--valid-only.", 2)
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
    if into:
        from assessor.banks.translate import apply_language

        done = apply_language(ctx.store(), report, into, as_language, source=file)
        if not as_json:
            click.echo(f"{file}: {as_language} texts for {len(done.updated) + len(done.new_version)} question(s) "
                       f"({len(done.new_version)} as a new version), {len(done.unchanged)} unchanged.")
        return
    _report, summary = import_file(ctx.store(), file, fmt, bank_name=bank_name, valid_only=valid_only,
                                   language=as_language)
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
    from assessor.banks.bankio import export_bank

    store = ctx.store()
    bank = _find_bank(store, bank_ref)
    losses = export_bank(store, bank.id, fmt, output, list(langs) or None)
    for loss in losses:
        click.echo(f"{loss.key}: {'written without: ' if loss.written else 'not written: '}{loss.reason}", err=True)
    n = len(store.banks.questions(bank.id))
    left_out = sum(1 for loss in losses if not loss.written)
    written = (list(langs) or list(bank.languages) or ["en"])[0]
    if fmt == "aiken" and written != "en":
        # Aiken has no way to name its language, and unmarked text is read as English.
        click.echo(f"{output}: {n - left_out} of {n} questions written as aiken in {written} only; Aiken cannot "
                   f"name its language: import it with --as-language {written}.")
        return
    click.echo(f"{output}: {n - left_out} of {n} questions written as {fmt}.")


@bank.command("template")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="The .xlsx file to write.")
@handles_errors
def bank_template(output: str):
    """Write an empty XLSX question template with an example row and a help sheet."""
    from assessor.banks.formats.spreadsheet import write_template

    write_template(output)
    click.echo(f"{output}: template written.")


def _find_bank(store, ref: str):
    from assessor.errors import NotFound

    for b in store.banks.list(include_archived=True):
        if ref == b.id or ref in b.name.values():
            return b
    raise NotFound(f"There is no bank with id or name {ref!r}.")


@bank.command("list")
@pass_ctx
@handles_errors
def bank_list(ctx: Context):
    """List the banks in the database with their question counts."""
    from assessor.banks.questions import localized

    store = ctx.store()
    for b in store.banks.list():
        n = len(store.banks.questions(b.id))
        click.echo(f"{b.id}  {localized(b.name, 'en')}  ({n} questions; {', '.join(b.languages)})")
