"""Marking an attempt from its answer events: the one place that turns a log into marks.

The runner (at submit), the merge (re-marking a travelled attempt) and every import
(never trusting marks carried in a file) call :func:`mark_attempt`, so the state a
participant saw and the marks stored anywhere cannot drift apart. It also holds the
checks that an event's value fits its question (:func:`check_event`), used on import.

Replay rule: events are applied in the order given (the store returns them by time,
then by the order they were appended); for each question the latest event of each
kind wins, and ``None`` clears (an answer or a confidence rating that was cleared
stays cleared).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Iterable

from assessor.banks.questions import Question
from assessor.delivery.scoring import ALL_OR_NOTHING, is_answered, score
from assessor.delivery.sessions import ANSWER, CONFIDENCE, FLAG, GRADE, AnswerEvent

CONFIDENCE_LEVELS = (1, 2, 3, 4)
"""'How sure are you?': 1 guessing, 2 not very sure, 3 fairly sure, 4 certain."""

MAX_TEXT = 2000
"""Longest typed answer (characters) the runner accepts and an import lets in."""


@dataclass(frozen=True)
class ItemState:
    """The current state of one question in an attempt, as rebuilt from the log."""

    answer: object = None
    confidence: int | None = None
    flagged: bool = False
    grade: float | None = None  # an essay's mark from the facilitator (None: not marked yet)


@dataclass(frozen=True)
class Marking:
    """Marks (question id -> 0..1, every marked question of the attempt), confidences (rated ones only), score.

    ``pending`` lists the essays not marked yet: they have no mark, and the score is the share of
    the marked questions' maximum (provisional while ``pending`` is not empty).
    """

    marks: dict[str, float]
    confidences: dict[str, int]
    score_pct: float
    pending: tuple[str, ...] = ()


def replay(events: Iterable[AnswerEvent]) -> dict[str, ItemState]:
    """The state per question id after applying ``events`` in order (latest per kind wins, None clears)."""
    # The fields of each ItemState while the log is read (answer, confidence, flagged, grade), made
    # into ItemStates at the end: one dataclasses.replace per event was most of marking an import.
    fields: dict[str, list] = {}
    # Stable sort by time only: ties keep the order given, which is the order the runner appended them.
    for e in sorted(events, key=_event_time):
        s = fields.get(e.question_id)
        if s is None:
            s = fields[e.question_id] = [None, None, False, None]
        kind = e.kind
        if kind == ANSWER:
            s[0] = e.value
        elif kind == CONFIDENCE:
            s[1] = e.value
        elif kind == FLAG:
            s[2] = bool(e.value)
        elif kind == GRADE:
            s[3] = e.value
    return {qid: ItemState(*s) for qid, s in fields.items()}


def _event_time(event: AnswerEvent) -> str:
    return event.at


_UNANSWERED = ItemState()  # frozen: one shared state for every question without events


def mark_attempt(questions: list[Question], events: Iterable[AnswerEvent],
                 multiple_scoring: str = ALL_OR_NOTHING) -> Marking:
    """Marks for an attempt showing ``questions`` whose log is ``events``; unanswered questions earn 0.

    Only scored questions have marks: a course evaluation's items are described, never marked.
    An essay's mark is its latest ``grade`` event; an essay left empty earns 0 at once, an
    answered one without a grade is pending (no mark, left out of the score until marked).
    """
    states = replay(events)
    multiple = multiple_scoring or ALL_OR_NOTHING
    marks, pending = {}, []
    for q in questions:
        if not q.scored:
            continue
        state = states.get(q.id, _UNANSWERED)
        if not q.manual:
            marks[q.id] = score(q, state.answer, multiple)
        elif state.grade is not None:
            marks[q.id] = float(state.grade)
        elif is_answered(q, state.answer):
            pending.append(q.id)
        else:
            marks[q.id] = 0.0
    confidences = {q.id: states[q.id].confidence for q in questions
                   if q.id in states and states[q.id].confidence is not None}
    pct = 100.0 * sum(marks.values()) / len(marks) if marks else 0.0
    return Marking(marks, confidences, pct, tuple(pending))


def check_event(question: Question, kind: str, value) -> str | None:
    """Why ``value`` cannot be an event of ``kind`` on ``question`` (a short reason), or None if it fits.

    The same shapes the engine stores (see assessor.delivery.scoring); anything else
    can only come from a damaged or hand-made file.
    """
    if value is None:
        return None
    if isinstance(value, str) and len(value) > MAX_TEXT:
        return f"a value is longer than {MAX_TEXT} characters"
    if kind == FLAG:
        return None if isinstance(value, bool) else "a flag must be true or false"
    if kind == GRADE:
        if not question.manual:
            return "only an essay takes a facilitator's mark"
        ok = isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value) and 0 <= value <= 1
        return None if ok else "a facilitator's mark must be a number from 0 to 1"
    if kind == CONFIDENCE:
        ok = isinstance(value, int) and not isinstance(value, bool) and value in CONFIDENCE_LEVELS
        return None if ok else "a confidence rating must be 1, 2, 3 or 4"
    if kind != ANSWER:
        return f"unknown event kind {kind!r}"
    t = question.type
    if t == "single":
        if not isinstance(value, str) or value not in question.option_keys:
            return "a single-choice answer must be one of the question's option letters"
    elif t == "multiple":
        if not (isinstance(value, list) and all(isinstance(k, str) and k in question.option_keys for k in value)
                and len(set(value)) == len(value)):
            return "a multiple-response answer must be a list of distinct option letters"
    elif t == "truefalse":
        if not isinstance(value, bool):
            return "a true/false answer must be true or false"
    elif t in ("short", "numerical"):
        if isinstance(value, str):
            if "\x00" in value:
                return "a typed answer contains a NUL character"
        elif t == "numerical" and isinstance(value, (int, float)) and not isinstance(value, bool):
            if not math.isfinite(value):
                return "a numerical answer must be a finite number"
        else:
            return "a typed answer must be text"
    elif t == "matching":
        n, choices = len(question.pairs), len(question.right_options)
        if not (isinstance(value, list) and len(value) == n and all(
                p is None or (isinstance(p, int) and not isinstance(p, bool) and 0 <= p < choices) for p in value)):
            return f"a matching answer must list one choice (0 to {choices - 1} or none) per item"
    elif t == "cloze":
        n = len(question.blanks)
        if not (isinstance(value, list) and len(value) == n):
            return f"a cloze answer must list one value (or none) per blank ({n})"
        for blank, v in zip(question.blanks, value):
            if v is None:
                continue
            if blank.kind == "choice" and v not in blank.option_keys:
                return "a drop-down blank's answer must be one of its option letters"
            if not isinstance(v, str) or "\x00" in v:
                return "a blank's answer must be text without NUL characters"
    elif t == "description":
        return "a description takes no answer"
    elif t == "rating":
        if not _is_point(value, question.points):
            return f"a rating must be a whole number from 1 to {question.points}"
    elif t == "choice":
        if not isinstance(value, str) or value not in question.option_keys:
            return "a choice must be one of the question's option letters"
    elif t in ("comment", "essay"):
        if not isinstance(value, str) or "\x00" in value:
            return f"a {'comment' if t == 'comment' else 'typed answer'} must be text without NUL characters"
    elif t == "retro":
        if not (isinstance(value, dict) and set(value) <= {"then", "now"}
                and all(v is None or _is_point(v, question.points) for v in value.values())):
            return f"a self-assessment must give 'then' and 'now' as whole numbers from 1 to {question.points}"
    else:
        return f"unknown question type {t!r}"
    return None


def _is_point(value, points: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= points


__all__ = ["ItemState", "Marking", "replay", "mark_attempt", "check_event", "CONFIDENCE_LEVELS", "MAX_TEXT"]
