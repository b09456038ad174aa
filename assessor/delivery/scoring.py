"""Marks for one response to one question (a number from 0 to 1), and the pass rule.

Responses, as stored in the answer-event log (JSON):
- single: an option letter ``"B"``;
- multiple: a list of letters ``["A", "C"]``;
- truefalse: ``true`` / ``false``;
- short: the typed text;
- numerical: the typed text or a number (``"3,5"`` and ``"3.5"`` both read as 3.5);
- matching: a list with, for each left item in order, the index of the chosen right
  item (``None`` where nothing is chosen);
- rating: the chosen point, 1 to the scale's size;
- choice: an option letter (no option is correct);
- cloze: a list with, for each blank in order, the typed text (short, numerical) or the
  chosen option letter (choice), ``None`` where the blank is left empty;
- essay: the typed text (marked by a facilitator: a ``grade`` event, see assessor.delivery.marking);
- comment: the typed text;
- retro: ``{"then": point, "now": point}`` (either may be missing while answering).
``None`` means unanswered and scores 0. The course-evaluation types (rating, choice,
comment, retro) are never scored: :func:`score` refuses them.
"""

from __future__ import annotations

import math
import re

from assessor.banks.questions import Question

ALL_OR_NOTHING = "all_or_nothing"
PARTIAL = "partial"

# A score this far below the pass mark still passes: scores are sums of fractional marks, and
# 2/3 + 1/2 + 1/3 of three questions is 49.99999999999999 % in floating point, not 50 %.
PASS_TOLERANCE = 1e-9


def passes(score_pct, pass_mark):
    """Whether a score reaches the pass mark (both in %); the one pass rule of engine, screens and reports.

    Works elementwise on numpy arrays (then returns a boolean array).
    """
    return score_pct >= pass_mark - PASS_TOLERANCE


def is_answered(question: Question, response) -> bool:
    """Whether ``response`` counts as an answer (for the overview and submit check)."""
    if not question.asks:
        return True  # a description asks nothing: it never counts as unanswered
    if response is None:
        return False
    if question.type == "multiple":
        return bool(response)
    if question.type in ("short", "numerical"):
        return str(response).strip() != ""
    if question.type == "matching":
        return any(r is not None for r in response)
    if question.type == "cloze":
        return isinstance(response, list) and any(r is not None and str(r).strip() != "" for r in response)
    if question.type in ("comment", "essay"):
        return str(response).strip() != ""
    if question.type == "retro":
        return isinstance(response, dict) and response.get("then") is not None and response.get("now") is not None
    return True


def score(question: Question, response, multiple: str = ALL_OR_NOTHING) -> float:
    """The mark (0..1) that ``response`` earns on ``question``.

    Multiple response is all-or-nothing by default; with ``multiple="partial"`` it
    earns (right chosen − wrong chosen) / number right, floored at 0.
    """
    if not question.scored:
        raise ValueError(f"{question.key}: a {question.type} item is not scored")
    if question.manual:
        raise ValueError(f"{question.key}: an {question.type} is marked by a facilitator (see delivery.marking)")
    if not is_answered(question, response):
        return 0.0
    kind = question.type
    if kind == "single":
        keys = question.option_keys
        if response not in keys:
            return 0.0
        return _clamp(question.options[keys.index(response)].fraction)
    if kind == "multiple":
        chosen = set(response)
        right = set(question.correct_keys)
        if multiple == PARTIAL:
            if not right:
                return 0.0
            return _clamp((len(chosen & right) - len(chosen - right)) / len(right))
        return 1.0 if chosen == right else 0.0
    if kind == "truefalse":
        return 1.0 if bool(response) == question.answer else 0.0
    if kind == "short":
        return _score_short(question, str(response))
    if kind == "numerical":
        return _score_numerical(question, response)
    if kind == "matching":
        n = len(question.pairs)
        hits = sum(1 for i, r in enumerate(response[:n]) if r == i)
        return hits / n if n else 0.0
    if kind == "cloze":
        total = sum(b.weight for b in question.blanks)
        marks = blank_marks(question, response)
        return _clamp(sum(b.weight * m for b, m in zip(question.blanks, marks)) / total) if total > 0 else 0.0
    raise ValueError(f"unknown question type {kind!r}")


def blank_marks(question: Question, response) -> list[float]:
    """The mark (0..1) of each blank of a cloze question, in order; an empty blank earns 0.

    The question's mark is their mean weighted by :attr:`Blank.weight`; item statistics
    treat each blank as an item of its own.
    """
    answers = list(response) if isinstance(response, list) else []
    answers += [None] * (len(question.blanks) - len(answers))
    marks = []
    for blank, answer in zip(question.blanks, answers):
        if answer is None or str(answer).strip() == "":
            marks.append(0.0)
        elif blank.kind == "choice":
            keys = blank.option_keys
            marks.append(_clamp(blank.options[keys.index(answer)].fraction) if answer in keys else 0.0)
        elif blank.kind == "numerical":
            marks.append(_best_numeric(blank.numeric, answer))
        else:
            marks.append(_match_short(blank.options, str(answer), blank.case_sensitive))
    return marks


def _clamp(x: float) -> float:
    return min(1.0, max(0.0, float(x)))


def _normalise_space(s: str) -> str:
    return re.sub(r"\s+", " ", s.strip())


def short_answer_matches(pattern: str, response: str, case_sensitive: bool = False) -> bool:
    """Moodle's short-answer rule: whole-answer match, ``*`` matches any text."""
    p, r = _normalise_space(pattern), _normalise_space(response)
    if not case_sensitive:
        p, r = p.casefold(), r.casefold()
    if "*" not in p:
        return p == r
    # Only '*' is special; escape everything fnmatch would otherwise interpret.
    regex = ".*".join(re.escape(part) for part in p.split("*"))
    return re.fullmatch(regex, r, flags=re.DOTALL) is not None


def _score_short(question: Question, response: str) -> float:
    return _match_short(question.options, response, question.case_sensitive)


def _match_short(options, response: str, case_sensitive: bool) -> float:
    for option in options:
        for text in option.text.values():
            if text and short_answer_matches(text, response, case_sensitive):
                return _clamp(option.fraction)
    return 0.0


def parse_number(response) -> float | None:
    """A number typed by a participant, accepting a decimal comma; None if not a number."""
    if isinstance(response, (int, float)) and not isinstance(response, bool):
        return float(response)
    text = str(response).strip().replace(" ", "")
    if text.count(",") == 1 and "." not in text:
        text = text.replace(",", ".")
    try:
        value = float(text)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def _score_numerical(question: Question, response) -> float:
    return _best_numeric(question.numeric, response)


def _best_numeric(numeric, response) -> float:
    value = parse_number(response)
    if value is None:
        return 0.0
    best = 0.0
    for answer in numeric:
        if answer.other:
            best = max(best, _clamp(answer.fraction))
            continue
        # A tiny relative slack so that 0.1 + 0.2 style rounding never costs a mark.
        slack = 1e-9 * max(1.0, abs(answer.value))
        if abs(value - answer.value) <= answer.tolerance + slack:
            best = max(best, _clamp(answer.fraction))
    return best


__all__ = ["score", "blank_marks", "is_answered", "short_answer_matches", "parse_number", "ALL_OR_NOTHING", "PARTIAL"]
