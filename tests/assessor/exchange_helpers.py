"""Helpers shared by the exchange tests: a classroom set-up and a participant who
answers and submits the way the runner does (latest answer per question, scored)."""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from dataclasses import replace

from assessor.delivery.assessments import Assessment
from assessor.banks.bankio import ensure_bundled_banks
from assessor.people.cohorts import Cohort, Participant
from assessor.ids import stable_id
from assessor.delivery.marking import mark_attempt
from assessor.delivery.sessions import ANSWER, CONFIDENCE, SUBMITTED, AnswerEvent, Attempt

BASE = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.timezone.utc)


def at(seconds: float) -> str:
    return (BASE + dt.timedelta(seconds=seconds)).isoformat(timespec="microseconds")


def setup_facilitator(store, n_people: int = 9, n_questions: int = 10, confidence: bool = True):
    """A cohort, its roster, a form from the bundled bank and an open pre-test session."""
    ensure_bundled_banks(store)
    bank = store.banks.list()[0]
    questions = store.banks.questions(bank.id)[:n_questions]
    form = store.assessments.save(Assessment(name="Pre/post test", question_ids=tuple(q.id for q in questions),
                                             confidence=confidence))
    cohort = store.cohorts.save(Cohort(name="Cascade Bandung 2026", location="Bandung", start_date="2026-03-02"))
    people = store.cohorts.add_participants(cohort.id, [Participant(cohort.id, f"BDG-{i + 1:02d}", name=f"Person {i}")
                                                        for i in range(n_people)])
    session = store.sessions.open(cohort.id, form.id, "pre")
    return session, people, questions


def answer_for(q, right: bool):
    if q.type == "truefalse":
        return bool(q.answer) if right else (not q.answer)
    if q.type == "single":
        return q.correct_keys[0] if right else next(k for k in q.option_keys if k not in q.correct_keys)
    if q.type == "multiple":
        return sorted(q.correct_keys) if right else [next(k for k in q.option_keys if k not in q.correct_keys)]
    raise AssertionError(q.type)


def start(store, session, person, attempt_id: str, when: str) -> Attempt:
    form = store.assessments.get(session.assessment_id)
    return store.attempts.create(Attempt(session.id, person.id, store.device_id, question_order=form.question_ids,
                                         started_at=when, id=attempt_id))


def answer(store, attempt_id: str, question_id: str, value, when: str, kind: str = ANSWER) -> AnswerEvent:
    event_id = stable_id("test-event", attempt_id, question_id, kind, when)
    return store.attempts.append_event(AnswerEvent(attempt_id, question_id, kind, value, when, store.device_id,
                                                   event_id))


def submit(store, attempt_id: str, when: str) -> Attempt:
    """Mark from this database's events with the runner's own marking, as the runner does on its laptop."""
    attempt = store.attempts.get(attempt_id)
    session = store.sessions.get(attempt.session_id)
    form = store.assessments.get(session.assessment_id)
    by_id = store.banks.questions_by_id(attempt.question_order)
    marking = mark_attempt([by_id[q] for q in attempt.question_order], store.attempts.events(attempt_id),
                           form.multiple_scoring)
    done = replace(attempt, status=SUBMITTED, submitted_at=when, marks=marking.marks,
                   confidences=marking.confidences or None, score_pct=marking.score_pct)
    return store.attempts.update(done)


def db_digest(path) -> str:
    """A digest of the database's full SQL dump (its logical content)."""
    conn = sqlite3.connect(str(path))
    try:
        text = "\n".join(conn.iterdump())
    finally:
        conn.close()
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def file_digest(path) -> str:
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


__all__ = ["at", "setup_facilitator", "answer_for", "start", "answer", "submit", "db_digest", "file_digest",
           "CONFIDENCE"]
