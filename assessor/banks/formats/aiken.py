"""Aiken question files: single-choice questions in plain text, as Moodle reads them.

An Aiken question is one line of question text, then choices one to a line,
each a capital letter, ``)`` or ``.``, a space and the text (``A) Jakarta`` or
``A. Jakarta``), then ``ANSWER: X``. Blank lines between questions are allowed.

Import reports every malformed block with its line (text split over lines, a
choice before any question, a missing or unknown ANSWER, fewer than two
choices) instead of guessing. A lower-case ``answer:`` is accepted with a
warning, because Moodle would not read it. Export writes single-choice
questions with exactly one fully correct choice; everything else is listed as
skipped with a reason.
"""

from __future__ import annotations

import re

from assessor.banks.questions import OPTION_LETTERS, Question, localized
from assessor.banks.formats.interchange import ImportReport, Message, Parsed, ParsedOption

# "A) text" or "A. text"; Moodle also reads "A)text" without the space (its own fixture has one). "A.text"
# stays text: it reads as an abbreviation ("A.I. ...") more often than as a choice.
_CHOICE = re.compile(r"^([A-Z])(?:[).][ \t]+|\)(?=\S))(.*)$")
_ANSWER = re.compile(r"^answer:(.*)$", re.IGNORECASE)


class _Pending:
    def __init__(self, line: int, text: str):
        self.line = line
        self.text = text
        self.choices: list[tuple[int, str, str]] = []  # (line, letter, text)
        self.broken = False


def parse_aiken(text: str) -> ImportReport:
    """Parse Aiken text into a report of single-choice questions; never raises on bad content."""
    report = ImportReport(format="aiken")

    def error(line: int, msg: str) -> None:
        report.errors.append(Message(line, msg))

    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    current: _Pending | None = None
    for number, raw in enumerate(text.split("\n"), start=1):
        line = raw.strip()
        if not line:
            continue
        choice = _CHOICE.match(line)
        answer = _ANSWER.match(line)
        if choice:
            if current is None:
                error(number, "choice before any question text")
                continue
            letter, body = choice.group(1), choice.group(2).strip()
            expected = OPTION_LETTERS[len(current.choices)] if len(current.choices) < 26 else None
            if letter != expected and not current.broken:
                error(number, f"choice {letter} where {expected} was expected (choices run A, B, C, ...)")
                current.broken = True
            current.choices.append((number, letter, body))
        elif answer:
            if not line.startswith("ANSWER:"):
                report.warnings.append(
                    Message(number, f"'{line.split(':', 1)[0]}:' should be written ANSWER: (Moodle reads only upper case)")
                )
            if current is None:
                error(number, "ANSWER line without a question before it")
                continue
            pending, current = current, None
            if pending.broken:
                continue
            key = answer.group(1).strip()[:1]
            if len(pending.choices) < 2:
                error(pending.line, "question needs at least two choices before its ANSWER line")
                continue
            letters = [c[1] for c in pending.choices]
            if key not in letters:
                error(number, f"ANSWER '{answer.group(1).strip()}' is not one of the choices {', '.join(letters)}")
                continue
            report.questions.append(
                Parsed(
                    line=pending.line,
                    type="single",
                    text=pending.text,
                    text_format="plain",
                    options=[ParsedOption(body, 1.0 if letter == key else 0.0) for _, letter, body in pending.choices],
                )
            )
        else:
            if current is not None:
                if current.choices:
                    error(current.line, "question has no ANSWER line")
                    current = _Pending(number, line)
                else:
                    if not current.broken:
                        error(number, f"question text must be one line; line {number} continues the question of line {current.line}")
                    current.broken = True
                continue
            current = _Pending(number, line)
    if current is not None:
        error(current.line, "question has no ANSWER line")
    return report


def aiken_problem(question: Question, lang: str) -> str | None:
    """Why ``question`` cannot be written in Aiken (a short English reason), or None."""
    if question.type != "single":
        return f"{question.type} questions cannot be written in Aiken (single choice only)"
    if not 2 <= len(question.options) <= 26:
        return "Aiken needs 2 to 26 choices"
    fractions = sorted(o.fraction for o in question.options)
    if fractions[-1] != 1 or any(f != 0 for f in fractions[:-1]):
        return "Aiken holds exactly one fully correct choice and no partial credit"
    texts = [localized(question.text, lang)] + [localized(o.text, lang) for o in question.options]
    if any(not t.strip() or "\n" in t or "\r" in t for t in texts):
        return "Aiken text must be one non-empty line"
    first = texts[0].strip()
    if _CHOICE.match(first) or _ANSWER.match(first):
        return "question text would read as a choice or ANSWER line"
    return None


def write_aiken(questions: list[Question], lang: str, skipped: list[tuple[str, str]] | None = None) -> str:
    """Aiken text for the single-choice questions in ``lang``.

    Questions Aiken cannot hold are left out; when ``skipped`` is given, each is
    appended to it as ``(key, reason)`` so that nothing is dropped silently.
    """
    blocks = []
    for q in questions:
        problem = aiken_problem(q, lang)
        if problem:
            if skipped is not None:
                skipped.append((q.key, problem))
            continue
        lines = [localized(q.text, lang).strip()]
        correct = ""
        for letter, option in zip(OPTION_LETTERS, q.options):
            lines.append(f"{letter}) {localized(option.text, lang).strip()}")
            if option.fraction == 1:
                correct = letter
        lines.append(f"ANSWER: {correct}")
        blocks.append("\n".join(lines) + "\n")
    return "\n".join(blocks)
