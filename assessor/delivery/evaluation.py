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

from assessor.banks.questions import Question
from assessor.delivery.engine import ALREADY_SUBMITTED, OK, SESSION_CLOSED, UNKNOWN_CODE, CheckIn, normalise_response
from assessor.delivery.scoring import is_answered
from assessor.delivery.sessions import OPEN
from assessor.errors import NotFound, Refused


class AnonymousEvaluation:
    """One anonymous evaluation at a time on this laptop: check in, start, answer, submit."""

    def __init__(self, store):
        self.store = store
        self.session = None
        self.assessment = None
        self.questions: list[Question] = []
        self.answers: dict[str, object] = {}
        self._response_id: str | None = None

    def check_in(self, session_id: str, who: str) -> CheckIn:
        """The participant with this code may answer once (``already_submitted`` after that)."""
        session = self.store.sessions.get(session_id)
        if session.status != OPEN:
            return CheckIn(SESSION_CLOSED)
        who = (who or "").strip()
        person = self.store.cohorts.participant_by_code(session.cohort_id, who) if who else None
        if person is None:
            return CheckIn(UNKNOWN_CODE)
        if self.store.evaluations.has_answered(session_id, person.id):
            return CheckIn(ALREADY_SUBMITTED, person)
        return CheckIn(OK, person)

    def start(self, session_id: str, code: str, language: str = "en") -> None:
        """Open a new unlinked response for the participant with ``code``; refused as check-in refuses."""
        check = self.check_in(session_id, code)
        if check.code != OK:
            raise Refused(f"Code {code!r} cannot start the evaluation of session {session_id} ({check.code}).",
                          code=check.code)
        session = self.store.sessions.get(session_id)
        assessment = self.store.assessments.get(session.assessment_id)
        if not assessment.anonymous:
            raise Refused("This evaluation is linked to participants; take it as an ordinary attempt.",
                          code="not_anonymous")
        self.session, self.assessment = session, assessment
        self.questions = self.store.assessments.questions(assessment)
        self.answers = {}
        self._response_id = self.store.evaluations.start(session_id, check.participant.id, language)

    @property
    def active(self) -> bool:
        return self._response_id is not None

    def answer(self, question_id: str, response) -> None:
        """Record (or change, or clear with None) an answer; durable when this returns."""
        if not self.active:
            raise Refused("There is no evaluation in progress.", code="no_attempt")
        question = next((q for q in self.questions if q.id == question_id), None)
        if question is None:
            raise NotFound(f"Question {question_id} is not part of this evaluation.")
        value = normalise_response(question, response)
        self.store.evaluations.append(self._response_id, question_id, value)
        if value is None:
            self.answers.pop(question_id, None)
        else:
            self.answers[question_id] = value

    def unanswered(self) -> int:
        """How many items have no answer yet (for the submit warning)."""
        return sum(1 for q in self.questions if not is_answered(q, self.answers.get(q.id)))

    def submit(self) -> None:
        """Close the response and forget it: afterwards not even this object knows whose it was."""
        if not self.active:
            raise Refused("There is no evaluation in progress.", code="no_attempt")
        self.store.evaluations.submit(self._response_id)
        self._response_id = None
        self.answers = {}
