"""Marking essays after submission: the facilitator reads each answer and gives its mark.

A mark is a ``grade`` event in the attempt's answer-event log (append-only, like every
answer), so it travels with the attempt in result bundles and a merge re-marks it the same
way; the attempt's stored marks and score are re-made from the whole log by
:func:`assessor.delivery.marking.mark_attempt` in the same transaction, and the audit log
records who marked what. Until every essay of an attempt is marked, its score is
provisional: the pending essays have no mark and are left out of the score and of the
item statistics (never counted as 0).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

from assessor.delivery.marking import mark_attempt, replay
from assessor.delivery.scoring import is_answered
from assessor.delivery.sessions import GRADE, SUBMITTED, AnswerEvent
from assessor.errors import InputError, NotFound, Refused


@dataclass(frozen=True)
class EssayAnswer:
    """One submitted essay answer with its mark (None while it is pending)."""

    attempt_id: str
    participant_code: str
    participant_name: str
    question_id: str
    question_key: str
    question_text: dict
    answer: str
    mark: float | None
    guide: dict  # the question's rationale: a model answer or marking guide, for the facilitator

    @property
    def pending(self) -> bool:
        """Whether the facilitator has still to mark this answer."""
        return self.mark is None


def essay_answers(store, session_id: str) -> list[EssayAnswer]:
    """Every answered essay of the session's submitted attempts, by participant code then form order."""
    session = store.sessions.get(session_id)
    form = store.assessments.get(session.assessment_id)
    questions = store.banks.questions_by_id(list(form.question_ids))
    essays = [qid for qid in form.question_ids if questions[qid].manual]
    if not essays:
        return []
    people = {p.id: p for p in store.cohorts.participants(session.cohort_id)}
    out = []
    for attempt in store.attempts.for_session(session_id):
        if attempt.status != SUBMITTED:
            continue
        states = replay(store.attempts.events(attempt.id))
        person = people.get(attempt.participant_id)
        for qid in essays:
            state = states.get(qid)
            q = questions[qid]
            if state is None or not is_answered(q, state.answer):
                continue
            out.append(EssayAnswer(attempt.id, person.code if person else "", (person.name if person else "") or "",
                                   qid, q.key, dict(q.text), str(state.answer), state.grade, dict(q.rationale)))
    order = {qid: i for i, qid in enumerate(essays)}
    return sorted(out, key=lambda e: (e.participant_code, order[e.question_id]))


def grade_essay(store, attempt_id: str, question_id: str, mark: float | None):
    """Give (or with ``None`` take back) the facilitator's mark, 0 to 1, on one essay of a submitted attempt.

    Appends a ``grade`` event, re-marks the attempt from its log and logs the change, all in one
    transaction; returns the updated attempt. Refuses an attempt that is not submitted
    (``essay_not_submitted``), a question that is not an essay of the attempt (``not_an_essay``)
    and a mark outside 0..1 (``bad_essay_mark``).
    """
    try:
        attempt = store.attempts.get(attempt_id)
    except NotFound:
        raise NotFound(f"There is no attempt {attempt_id!r}.", code="no_attempt") from None
    if attempt.status != SUBMITTED:
        raise Refused("Only a submitted attempt's essays can be marked.", code="essay_not_submitted")
    session = store.sessions.get(attempt.session_id)
    form = store.assessments.get(session.assessment_id)
    qids = list(attempt.question_order) or list(form.question_ids)
    questions = store.banks.questions_by_id(qids)
    question = questions.get(question_id)
    if question is None or not question.manual:
        raise InputError("This question is not an essay of this attempt.", code="not_an_essay")
    if mark is not None:
        if isinstance(mark, bool) or not isinstance(mark, (int, float)) or not math.isfinite(mark) \
                or not 0 <= mark <= 1:
            raise InputError(f"A mark is a share from 0 to 1 (0 % to 100 %), not {mark!r}.", code="bad_essay_mark")
        mark = float(mark)
    with store.atomic():
        store.attempts.append_event(AnswerEvent(attempt.id, question_id, GRADE, mark, "", store.device_id))
        marking = mark_attempt([questions[q] for q in qids], store.attempts.events(attempt.id),
                               form.multiple_scoring)
        updated = replace(attempt, marks=marking.marks, score_pct=marking.score_pct)
        store.attempts.update(updated)
        store.audit.log("attempt.grade_essay", attempt_id=attempt.id, question_id=question_id,
                        question_key=question.key, mark=mark, pending=len(marking.pending))
    return updated


def pending_essays(store, attempt) -> int:
    """How many essays of a submitted attempt still wait for their mark (0: the score is final)."""
    if attempt.status != SUBMITTED or attempt.marks is None:
        return 0
    session = store.sessions.get(attempt.session_id)
    form = store.assessments.get(session.assessment_id)
    qids = list(attempt.question_order) or list(form.question_ids)
    questions = store.banks.questions_by_id(qids)
    return sum(1 for q in qids if questions[q].manual and q not in attempt.marks)


def pending_by_cohort(store, cohorts: list[str] | None = None) -> dict[str, int]:
    """Per cohort name, how many essay answers of its counting attempts wait for a mark (cohorts with none left out)."""
    found: dict[str, int] = {}
    with_essays: dict[str, bool] = {}
    for r in store.results.phase_results(cohorts):
        if r.assessment_id not in with_essays:
            form = store.assessments.get(r.assessment_id)
            with_essays[r.assessment_id] = any(q.manual for q in store.banks.questions_by_id(
                list(form.question_ids)).values())
        if with_essays[r.assessment_id]:
            n = pending_essays(store, store.attempts.get(r.attempt_id))
            if n:
                found[r.cohort] = found.get(r.cohort, 0) + n
    return found


__all__ = ["EssayAnswer", "essay_answers", "grade_essay", "pending_by_cohort", "pending_essays"]
