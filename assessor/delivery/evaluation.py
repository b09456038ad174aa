"""Taking a course evaluation anonymously: check-in by code, answers stored without the person.

The participant checks in with their code, as for a test, so that only the roster answers
and each person answers once. Starting records *that* they answer (a set of session and
participant pairs) and opens a response with a random id; from then on nothing written
carries the participant, the device or a time finer than the day. The link between the
person and the response exists only in this object, in memory, while they answer.

A linked evaluation (``Assessment.anonymous`` off) is an ordinary attempt of
:class:`~assessor.delivery.engine.AttemptEngine`, so its ratings can be related to gains.
"""

from __future__ import annotations

from dataclasses import replace

from assessor.banks.questions import Question
from assessor.delivery.engine import (ALREADY_SUBMITTED, OK, SESSION_CLOSED, UNKNOWN_CODE, CheckIn, SubmitResult,
                                      normalise_response)
from assessor.delivery.marking import ItemState
from assessor.delivery.scoring import is_answered
from assessor.delivery.sessions import OPEN
from assessor.errors import NotFound, Refused


class AnonymousEvaluation:
    """One anonymous evaluation at a time on this laptop: check in, start, answer, submit.

    It offers the same calls as :class:`~assessor.delivery.engine.AttemptEngine` that
    participant mode uses (``check_in``, ``start_or_resume``, ``item``, ``answer``,
    ``go_to``, ``submit`` …), so the runner drives either. What only lives in memory here:
    the position, flags, and which response is this participant's.
    """

    def __init__(self, store, *, clock=None):
        self.store = store
        self.session = None
        self.assessment = None
        self.participant = None
        self.questions: list[Question] = []
        self._states: dict[str, ItemState] = {}
        self._position = 0
        self._response_id: str | None = None

    # -- check-in and start ------------------------------------------------------
    def check_in(self, session_id: str, who: str) -> CheckIn:
        """The roster participant (code or id) may answer once (``already_submitted`` after that)."""
        session = self.store.sessions.get(session_id)
        if session.status != OPEN:
            return CheckIn(SESSION_CLOSED)
        who = (who or "").strip()
        person = None
        if who:
            person = next((p for p in self.store.cohorts.participants(session.cohort_id) if p.id == who), None)
            person = person or self.store.cohorts.participant_by_code(session.cohort_id, who)
        if person is None:
            return CheckIn(UNKNOWN_CODE)
        if self.store.evaluations.has_answered(session_id, person.id):
            return CheckIn(ALREADY_SUBMITTED, person)
        return CheckIn(OK, person)

    def start_or_resume(self, session_id: str, participant_id: str, language: str = "en", seed=None) -> None:
        """Open a new unlinked response; refused as check-in refuses (an anonymous one is never resumed)."""
        check = self.check_in(session_id, participant_id)
        if check.code != OK:
            raise Refused(f"Participant {participant_id} cannot start the evaluation of session {session_id} "
                          f"({check.code}).", code=check.code)
        session = self.store.sessions.get(session_id)
        assessment = self.store.assessments.get(session.assessment_id)
        if not assessment.anonymous:
            raise Refused("This evaluation is linked to participants; take it as an ordinary attempt.",
                          code="not_anonymous")
        self.session, self.assessment = session, assessment
        self.questions = self.store.assessments.questions(assessment)
        self._states = {q.id: ItemState() for q in self.questions}
        self._position = 0
        self._response_id = self.store.evaluations.start(session_id, check.participant.id, language)
        self.participant = None  # from here on, nothing held here names the person

    def start(self, session_id: str, code: str, language: str = "en") -> None:
        """Check in by code and start (for the command line and tests)."""
        check = self.check_in(session_id, code)
        if check.participant is None:
            raise Refused(f"Code {code!r} is not on the roster of session {session_id}.", code=check.code)
        self.start_or_resume(session_id, check.participant.id, language)

    # -- reading ---------------------------------------------------------------------
    @property
    def active(self) -> bool:
        """Whether a response is being filled in."""
        return self._response_id is not None

    @property
    def position(self) -> int:
        """The index of the item on screen."""
        return self._position

    @property
    def count(self) -> int:
        """How many items the form has."""
        return len(self.questions)

    @property
    def state(self) -> dict[str, ItemState]:
        """Each item's state (answer, flag) by question id; a copy."""
        return dict(self._states)

    @property
    def answers(self) -> dict[str, object]:
        """The answers given so far by question id."""
        return {qid: s.answer for qid, s in self._states.items() if s.answer is not None}

    def item(self, position: int) -> tuple[Question, ItemState]:
        """The question at ``position`` with its state."""
        q = self.questions[position]
        return q, self._states[q.id]

    def option_order(self, question: Question) -> tuple:
        """The options in bank order: evaluation options are never shuffled."""
        return tuple(question.option_keys)

    def answered(self, question: Question) -> bool:
        """Whether the question has an answer that counts as given."""
        return is_answered(question, self._states[question.id].answer)

    def counts(self) -> tuple[int, int]:
        """(unanswered, flagged), for the submit warning."""
        unanswered = sum(1 for q in self.questions if not self.answered(q))
        return unanswered, sum(1 for s in self._states.values() if s.flagged)

    def unanswered(self) -> int:
        """How many items have no answer yet."""
        return self.counts()[0]

    time_used_s = 0.0
    time_limit_s = None
    remaining_s = None
    expired = False

    # -- answering -------------------------------------------------------------------
    def _require_open(self) -> None:
        if not self.active:
            raise Refused("There is no evaluation in progress.", code="no_attempt")

    def answer(self, question_id: str, response) -> None:
        """Record (or change, or clear with None) an answer; durable when this returns."""
        self._require_open()
        question = next((q for q in self.questions if q.id == question_id), None)
        if question is None:
            raise NotFound(f"Question {question_id} is not part of this evaluation.")
        value = normalise_response(question, response)
        self.store.evaluations.append(self._response_id, question_id, value)
        self._states[question_id] = replace(self._states[question_id], answer=value)

    def set_confidence(self, question_id: str, level) -> None:
        """Refused: a course evaluation asks for no confidence rating."""
        raise Refused("A course evaluation asks for no confidence rating.", code="no_attempt")

    def toggle_flag(self, question_id: str) -> bool:
        """Flag or unflag an item for review on screen (not stored); returns the new flag."""
        self._require_open()
        flagged = not self._states[question_id].flagged
        self._states[question_id] = replace(self._states[question_id], flagged=flagged)
        return flagged

    def go_to(self, position: int) -> int:
        """Move to the item at ``position`` (clamped to the form) and return where it landed."""
        self._require_open()
        self._position = max(0, min(self.count - 1, int(position)))
        return self._position

    def set_language(self, language: str) -> None:
        """The language is recorded at the start only (a change later is not stored)."""

    def checkpoint(self) -> None:
        """Nothing to write: answers are stored as they are given."""

    def submit(self, reason: str = "submit") -> SubmitResult:
        """Close the response and forget it: afterwards not even this object knows whose it was."""
        self._require_open()
        answered = sum(1 for q in self.questions if self.answered(q))
        self.store.evaluations.submit(self._response_id)
        total = len(self.questions)
        self.reset()
        return SubmitResult(0.0, {}, False, answered, total, reason)

    def time_out(self) -> SubmitResult:
        """Submit because time ran out (evaluations have no limit, kept for the engine's interface)."""
        return self.submit("time_out")

    def reset(self) -> None:
        """Forget the open response and its answers (those already stored stay stored)."""
        self._response_id = None
        self._states = {}
        self._position = 0
        self.participant = None
