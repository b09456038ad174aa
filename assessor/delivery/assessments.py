"""Assessments (test forms): an ordered list of question versions plus settings."""

from __future__ import annotations

from dataclasses import dataclass, field

from assessor.delivery.scoring import ALL_OR_NOTHING


@dataclass(frozen=True)
class Assessment:
    """A test form. ``question_ids`` are UUIDs of exact question versions, in order.

    A form that has been used in a session is locked (``locked`` is derived by the
    store); changes then make a copy. A course evaluation (``evaluation``) holds only
    unscored items and has no score; taken ``anonymous``-ly, its responses are stored
    without any link to the participant (see assessor.delivery.evaluation).
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
    evaluation: bool = False  # a course evaluation: unscored items only, no score, no pass mark
    anonymous: bool = False  # an evaluation whose responses are not linked to the participant
    id: str = ""
    created_at: str = ""
    archived: bool = False
    locked: bool = False
