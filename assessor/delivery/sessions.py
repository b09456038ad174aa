"""Sessions (one administration of a form to a cohort), attempts and answer events."""

from __future__ import annotations

from dataclasses import dataclass, field

PHASES = ("pre", "post", "followup")

OPEN, CLOSED = "open", "closed"
IN_PROGRESS, SUBMITTED, VOIDED = "in_progress", "submitted", "voided"

# Kinds of answer events. The log is append-only; the current state of an attempt
# is the latest event of each (question, kind).
ANSWER, CONFIDENCE, FLAG = "answer", "confidence", "flag"
GRADE = "grade"  # a facilitator's mark (0..1, None clears) on an essay, appended after submission
EVENT_KINDS = (ANSWER, CONFIDENCE, FLAG, GRADE)


@dataclass(frozen=True)
class Session:
    cohort_id: str
    assessment_id: str
    phase: str
    status: str = OPEN
    opened_at: str = ""
    closed_at: str | None = None
    allow_retake: bool = False
    id: str = ""


@dataclass(frozen=True)
class Attempt:
    """One participant taking one session on one device.

    ``question_order`` lists question ids as shown; ``option_orders`` maps question id
    to the option letters in the order shown. Both are drawn from ``seed`` and stored,
    so the attempt can be shown again exactly.
    """

    session_id: str
    participant_id: str
    device_id: str
    language: str = "en"
    seed: int = 0
    question_order: tuple[str, ...] = ()
    option_orders: dict[str, tuple] = field(default_factory=dict)
    started_at: str = ""
    submitted_at: str | None = None
    time_used_s: float = 0.0
    status: str = IN_PROGRESS
    position: int = 0
    marks: dict[str, float] | None = None  # question id -> mark, set on submit
    confidences: dict[str, int] | None = None  # question id -> 1..4, set on submit when rated
    score_pct: float | None = None
    void_reason: str = ""
    id: str = ""


@dataclass(frozen=True)
class AnswerEvent:
    """One change in an attempt: an answer, a confidence rating or a flag."""

    attempt_id: str
    question_id: str
    kind: str
    value: object
    at: str = ""
    device_id: str = ""
    id: str = ""
