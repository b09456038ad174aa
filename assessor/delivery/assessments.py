"""Assessments (test forms): an ordered list of question versions plus settings."""

from __future__ import annotations

from dataclasses import dataclass, field

from assessor.delivery.scoring import ALL_OR_NOTHING


@dataclass(frozen=True)
class Assessment:
    """A test form. ``question_ids`` are UUIDs of exact question versions, in order.

    A form that has been used in a session is locked (``locked`` is derived by the
    store); changes then make a copy.
    """

    name: str
    question_ids: tuple[str, ...] = ()
    time_limit_min: int | None = None
    pass_mark: float = 70.0
    shuffle_options: bool = True
    shuffle_questions: bool = False
    show_score: bool = False
    confidence: bool = False
    multiple_scoring: str = ALL_OR_NOTHING
    draw: dict = field(default_factory=dict)  # how questions were drawn (recorded, e.g. N per topic + seed)
    id: str = ""
    created_at: str = ""
    archived: bool = False
    locked: bool = False
