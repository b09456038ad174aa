"""Which sheets a session prints, and the layout of any sheet from what its QR code says.

Both the printer and the reader come here: the printer asks :func:`session_plan` for every
sheet to draw; the reader asks :func:`layout_for` for the layout of the page it holds. The
order printed for a participant is the engine's own draw from a seed derived from the
session and the participant, so a reprint gives the same order and a paper attempt stores
the same question and option orders a laptop attempt would.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass

from assessor.errors import NotFound, Refused
from assessor.paper.evalform import form_layout, page_count
from assessor.paper.layout import (SERIAL_LEN, PageLayout, Payload, SheetOrder, form_hash, page_layout, paginate,
                                   sheet_order)

SERIAL_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O or 1/I to confuse


@dataclass(frozen=True)
class SheetSpec:
    """One answer sheet to print (one or more pages): for a roster participant, or a blank walk-in sheet."""

    participant: object | None  # a Participant, or None for a walk-in sheet
    order: SheetOrder
    payloads: tuple[Payload, ...]

    @property
    def walk_in(self) -> bool:
        """Whether the sheet is blank for someone not on the roster."""
        return self.participant is None


@dataclass(frozen=True)
class SessionPlan:
    session: object
    assessment: object
    cohort: object
    questions: tuple
    shuffled: bool
    sheets: tuple[SheetSpec, ...]
    lang: str = "en"

    @property
    def evaluation(self) -> bool:
        """Whether the session is a course evaluation (self-contained forms, no booklet)."""
        return bool(self.assessment.evaluation)

    @property
    def anonymous(self) -> bool:
        """Whether the forms are anonymous (no name, no code, nothing in the QR that names a person)."""
        return bool(self.assessment.evaluation and self.assessment.anonymous)


def participant_seed(session_id: str, participant_id: str) -> int:
    """The seed of a participant's printed order: the same for every reprint."""
    digest = hashlib.sha256(f"paper:{session_id}:{participant_id}".encode()).hexdigest()
    return int(digest[:8], 16) & 0x7FFFFFFF


def _form(store, session):
    assessment = store.assessments.get(session.assessment_id)
    questions = store.assessments.questions(assessment)
    if assessment.evaluation:  # printed in form order; anonymous or linked is part of the version
        how = "anonymous" if assessment.anonymous else "linked"
        return assessment, questions, form_hash(list(assessment.question_ids) + [how], False, False)
    return assessment, questions, form_hash(assessment.question_ids, assessment.shuffle_questions,
                                             assessment.shuffle_options)


def _payloads(session_id, person_id, fhash, seed, order, size, walk_in) -> tuple[Payload, ...]:
    pages = len(paginate(order, size, walk_in))
    return tuple(Payload(session_id, person_id, fhash, seed, p, pages, size) for p in range(1, pages + 1))


def new_serial() -> str:
    """A random serial for one anonymous evaluation form: it joins the form's pages and names no one."""
    return "".join(secrets.choice(SERIAL_ALPHABET) for _ in range(SERIAL_LEN))


def session_plan(store, session_id: str, size: str = "A4", blank: int = 0, roster: bool = True,
                 lang: str = "en") -> SessionPlan:
    """Every sheet of a session: one per roster participant (unless ``roster`` is off) and ``blank`` walk-in sheets.

    A course-evaluation session prints self-contained forms in ``lang`` (:mod:`assessor.paper.evalform`):
    anonymous, one form per roster participant plus ``blank`` more, each with a new random serial
    and no name or code; linked, one form per roster participant with their name and code
    (``blank`` adds none: a linked form must name its participant).
    """
    session = store.sessions.get(session_id)
    assessment, questions, fhash = _form(store, session)
    cohort = store.cohorts.get(session.cohort_id)
    people = [p for p in store.cohorts.participants(session.cohort_id) if not p.erased] if roster else []
    if assessment.evaluation:
        return _evaluation_plan(session, assessment, cohort, questions, fhash, people, size, blank, lang)
    shuffled = assessment.shuffle_questions or assessment.shuffle_options
    sheets = []
    for person in people:
        seed = participant_seed(session.id, person.id) if shuffled else None
        order = sheet_order(questions, seed, assessment.shuffle_questions, assessment.shuffle_options)
        sheets.append(SheetSpec(person, order, _payloads(session.id, person.id, fhash, seed, order, size, False)))
    for _ in range(blank):
        order = sheet_order(questions, None, False, False)
        sheets.append(SheetSpec(None, order, _payloads(session.id, None, fhash, None, order, size, True)))
    return SessionPlan(session, assessment, cohort, tuple(questions), shuffled, tuple(sheets), lang)


def _evaluation_plan(session, assessment, cohort, questions, fhash, people, size, blank, lang) -> SessionPlan:
    order = sheet_order(questions, None, False, False)
    pages = page_count(questions, size, lang)

    def payloads(person_id, serial):
        return tuple(Payload(session.id, person_id, fhash, None, p, pages, size, lang, serial)
                     for p in range(1, pages + 1))

    if assessment.anonymous:
        sheets = [SheetSpec(None, order, payloads(None, new_serial())) for _ in range(len(people) + blank)]
    else:
        sheets = [SheetSpec(p, order, payloads(p.id, None)) for p in people]
    return SessionPlan(session, assessment, cohort, tuple(questions), False, tuple(sheets), lang)


def sheet_layout(plan: SessionPlan, spec: SheetSpec, payload: Payload, tf_labels=("T", "F")) -> PageLayout:
    """The layout of one printed page of ``plan`` (an answer sheet's or an evaluation form's)."""
    if plan.evaluation:
        return form_layout(list(plan.questions), payload.size, payload.page, plan.lang)
    return page_layout(spec.order, payload.size, payload.page, spec.walk_in, tf_labels=tf_labels)


@dataclass(frozen=True)
class PageContext:
    """What the reader needs to measure one page: its layout and what the page stands for."""

    payload: Payload
    layout: PageLayout
    order: SheetOrder
    session: object
    questions: dict


def layout_for(store, payload: Payload, session_id: str | None = None) -> PageContext:
    """The layout of the page whose QR said ``payload``; :class:`Refused` with the reason when the
    sheet is of another session than ``session_id``, of a session not in this database, of
    another form version, or of a participant not on the session's roster."""
    if session_id and payload.session_id != session_id:
        raise Refused(f"This sheet belongs to session {payload.session_id}, not to {session_id}.",
                      code="other_session", sheet_session=payload.session_id)
    try:
        session = store.sessions.get(payload.session_id)
    except NotFound:
        raise Refused(f"This sheet belongs to session {payload.session_id}, which is not in this database.",
                      code="unknown_session", sheet_session=payload.session_id) from None
    assessment, questions, fhash = _form(store, session)
    if payload.form_hash != fhash or payload.evaluation != bool(assessment.evaluation):
        raise Refused(f"This sheet was printed for another version of the form of session {session.id} "
                      f"(form {payload.form_hash}, the session's is {fhash}).", code="other_form_version")
    if payload.participant_id is not None:
        try:
            person = store.cohorts.participant(payload.participant_id)
        except NotFound:
            person = None
        if person is None or person.cohort_id != session.cohort_id:
            raise Refused(f"This sheet's participant {payload.participant_id} is not on the roster of session "
                          f"{session.id}.", code="unknown_participant")
    if payload.evaluation:
        order = sheet_order(questions, None, False, False)
        pages = page_count(questions, payload.size, payload.lang)
        layout = form_layout(questions, payload.size, payload.page, payload.lang)
    else:
        order = sheet_order(questions, payload.seed, assessment.shuffle_questions, assessment.shuffle_options)
        walk_in = payload.participant_id is None
        pages = len(paginate(order, payload.size, walk_in))
        layout = page_layout(order, payload.size, payload.page, walk_in)
    if payload.pages != pages:
        raise Refused(f"This sheet says it has {payload.pages} pages; the form prints on {pages}.",
                      code="other_form_version")
    return PageContext(payload, layout, order, session, {q.id: q for q in questions})
