"""The blanks of a cloze question as a facilitator types them in the editor, and back.

The editor shows each blank (``{#n}`` in the text) as a row: its kind, its weight, and its
answers, each with a credit in percent (``100``, ``50``, ``-25``) and either an answer text
(short answer, choice) or a value and tolerance (numerical, ``*`` for "any other number").
Everything arrives as typed text; :func:`build_blanks` turns it into
:class:`~assessor.banks.questions.Blank` objects and reports what cannot be read as
:class:`~assessor.banks.questions.Problem` codes naming the blank and the answer
(``blanks[2].answers[1]``). The question built from them then goes through
:func:`~assessor.banks.questions.check_blanks`, the check a bank file's cloze questions go
through on import.

A blank's answer texts are either *shared* (one text, the same in every language: a name, a
number written as a word) or given per language, as the question model stores them (one
text per language in each answer).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from assessor.banks.questions import BLANK_MARKER, Blank, NumericAnswer, Option, Problem


@dataclass
class AnswerEntry:
    """One answer of a blank as typed: ``credit`` in percent, ``texts`` per language (short, choice),
    ``value`` and ``tolerance`` (numerical). ``fraction`` is the stored credit it was shown from
    (kept exactly while ``credit`` is not changed); ``feedback`` travels unchanged."""

    credit: str = "100"
    texts: dict[str, str] = field(default_factory=dict)
    value: str = ""
    tolerance: str = "0"
    fraction: float | None = None
    feedback: dict[str, str] = field(default_factory=dict)


@dataclass
class BlankEntry:
    """One blank as typed: its kind, its weight (text), its answers, and how it is shown."""

    kind: str = "short"
    weight: str = "1"
    answers: list[AnswerEntry] = field(default_factory=list)
    shared: bool = True
    case_sensitive: bool = False
    display: str = "dropdown"
    shuffle: bool = False


def number_text(x: float) -> str:
    """A number as the editor shows it, read back exactly by :func:`build_blanks` (``12``, ``0.1``)."""
    s = repr(float(x))
    return s[:-2] if s.endswith(".0") else s


def credit_text(fraction: float) -> str:
    """A credit (fraction -1..1) in percent as the editor shows it (``100``, ``50``, ``33.33333``)."""
    s = f"{fraction * 100:.5f}".rstrip("0").rstrip(".")
    return "0" if s in ("", "-0") else s


def _number(text: str) -> float | None:
    """A typed number (decimal comma accepted), or None when it is not a finite number."""
    t = (text or "").strip().replace(" ", "")
    if t.count(",") == 1 and "." not in t:
        t = t.replace(",", ".")
    try:
        x = float(t)
    except ValueError:
        return None
    return x if math.isfinite(x) else None


def new_blank(kind: str = "short") -> BlankEntry:
    """A fresh blank: one answer with full credit and no text yet."""
    second = [AnswerEntry("0", {})] if kind == "choice" else []
    return BlankEntry(kind=kind, answers=[AnswerEntry("100", {})] + second)


def blank_entries(blanks, langs, written=None) -> list[BlankEntry]:
    """The stored blanks as the editor shows them, with a column per language of ``langs``.

    A blank whose every answer has one text in exactly the languages the question is
    ``written`` in (default: all of ``langs``) is shown shared, with that one text.
    """
    langs = tuple(langs)
    written = tuple(written or langs)
    out = []
    for b in blanks:
        answers = []
        for o in b.options:
            answers.append(AnswerEntry(credit_text(o.fraction), dict(o.text), fraction=o.fraction,
                                       feedback=dict(o.feedback)))
        for a in b.numeric:
            answers.append(AnswerEntry(credit_text(a.fraction), {}, "*" if a.other else number_text(a.value),
                                       "0" if a.other else number_text(a.tolerance), a.fraction, dict(a.feedback)))
        shared = all(set(o.text) == set(written) and len(set(o.text.values())) == 1 for o in b.options)
        if shared and langs:
            for a in answers:
                a.texts = {langs[0]: next(iter(a.texts.values()), "")}
        out.append(BlankEntry(b.kind, number_text(b.weight), answers, shared, b.case_sensitive, b.display, b.shuffle))
    return out


def build_blanks(entries, langs, written=None) -> tuple[tuple[Blank, ...], list[Problem]]:
    """The blanks typed in the editor (a column per language of ``langs``), and the problems of
    what was typed (all errors).

    A shared answer's one text (the first column) is stored in every language the question is
    ``written`` in (default: all of ``langs``); an answer given per language needs its text in each
    of those, and keeps whatever else was typed.

    An answer row left wholly empty is not an answer. A weight, credit, value or tolerance
    that is not a number (or a credit outside -100..100 %, a negative tolerance) is refused
    with its blank and answer named; so is an answer without text in a language (a shared
    answer needs its one text). What is refused is left out of the blank, so the blank may
    also show as having no correct answer.
    """
    langs = tuple(langs)
    written = tuple(written or langs)
    blanks, found = [], []
    for n, e in enumerate(entries, start=1):
        where = f"blanks[{n}]"
        weight = _number(e.weight)
        if weight is None:
            found.append(Problem("error", "bad_weight_number", where))
            weight = 1.0
        options, numeric = [], []
        i = 0
        for a in e.answers:
            texts = {lang: (a.texts.get(lang) or "").strip() for lang in langs}
            if e.shared and langs:
                texts = {lang: (a.texts.get(langs[0]) or "").strip() for lang in written}
            filled = any(texts.values()) if e.kind != "numerical" else bool(a.value.strip())
            if not filled and a.credit.strip() in ("", "0"):
                continue  # an empty row the facilitator did not fill
            i += 1
            place = f"{where}.answers[{i}]"
            fraction = _credit(a)
            if fraction is None:
                found.append(Problem("error", "bad_credit", place))
                continue
            if e.kind == "numerical":
                if a.value.strip() == "*":
                    numeric.append(NumericAnswer(0.0, 0.0, fraction, dict(a.feedback), other=True))
                    continue
                value, tolerance = _number(a.value), _number(a.tolerance or "0")
                if value is None or tolerance is None or tolerance < 0:
                    found.append(Problem("error", "bad_number", place))
                    continue
                numeric.append(NumericAnswer(value, tolerance, fraction, dict(a.feedback)))
                continue
            missing = [lang for lang in (written[:1] if e.shared else written) if not texts.get(lang)]
            if missing:
                found += [Problem("error", "missing_answer_text", place, "" if e.shared else lang) for lang in missing]
                continue
            options.append(Option({lang: t for lang, t in texts.items() if t}, fraction, dict(a.feedback)))
        blanks.append(Blank(e.kind, weight, tuple(options), tuple(numeric), e.case_sensitive and e.kind == "short",
                            e.display if e.kind == "choice" else "dropdown", e.shuffle and e.kind == "choice"))
    return tuple(blanks), found


def _credit(a: AnswerEntry) -> float | None:
    """The credit of an answer as a fraction, or None when it is not a number from -100 to 100."""
    text = a.credit.strip().rstrip("%").strip()
    if a.fraction is not None and text == credit_text(a.fraction):
        return a.fraction  # unchanged: exactly what was stored
    x = _number(text)
    if x is None or not -100 <= x <= 100:
        return None
    return x / 100


def remove_blank(texts: dict[str, str], n: int) -> dict[str, str]:
    """The texts without the marker of blank ``n``; later blanks' markers renumbered down by one."""
    def renumber(m):
        k = int(m.group(1))
        return "" if k == n else BLANK_MARKER.format(k - 1) if k > n else m.group(0)

    return {lang: " ".join(re.sub(r"\{#(\d+)\}", renumber, t).split()) for lang, t in texts.items()}


__all__ = ["AnswerEntry", "BlankEntry", "blank_entries", "build_blanks", "credit_text",
           "new_blank", "number_text", "remove_blank"]
