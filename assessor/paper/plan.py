"""Which sheets a session prints, and the layout of any sheet from what its QR code says.

Both the printer and the reader come here: the printer asks :func:`session_plan` for every
sheet to draw; the reader asks :func:`layout_for` for the layout of the page it holds. The
order printed for a participant is the engine's own draw from a seed derived from the
session and the participant, so a reprint gives the same order and a paper attempt stores
the same question and option orders a laptop attempt would.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from assessor.errors import NotFound, Refused
from assessor.paper.layout import PageLayout, Payload, SheetOrder, form_hash, page_layout, paginate, sheet_order


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


def participant_seed(session_id: str, participant_id: str) -> int:
    """The seed of a participant's printed order: the same for every reprint."""
    digest = hashlib.sha256(f"paper:{session_id}:{participant_id}".encode()).hexdigest()
    return int(digest[:8], 16) & 0x7FFFFFFF


def _form(store, session):
    assessment = store.assessments.get(session.assessment_id)
    questions = store.assessments.questions(assessment)
    return assessment, questions, form_hash(assessment.question_ids, assessment.shuffle_questions,
                                             assessment.shuffle_options)


def _payloads(session_id, person_id, fhash, seed, order, size, walk_in) -> tuple[Payload, ...]:
    pages = len(paginate(order, size, walk_in))
    return tuple(Payload(session_id, person_id, fhash, seed, p, pages, size) for p in range(1, pages + 1))


def session_plan(store, session_id: str, size: str = "A4", blank: int = 0, roster: bool = True) -> SessionPlan:
    """Every sheet of a session: one per roster participant (unless ``roster`` is off) and ``blank`` walk-in sheets.

    Refuses (``paper_evaluation``) a course-evaluation session: its items have no bubbles of their
    own on the sheet, and a sheet names its participant, which an anonymous evaluation must not.
    """
    session = store.sessions.get(session_id)
    assessment, questions, fhash = _form(store, session)
    if assessment.evaluation:
        raise Refused(f"Session {session.id} is a course evaluation ({assessment.name!r}): answer sheets are printed "
                      "for knowledge tests only; run the evaluation on the laptops or phones.", code="paper_evaluation")
    cohort = store.cohorts.get(session.cohort_id)
    shuffled = assessment.shuffle_questions or assessment.shuffle_options
    sheets = []
    if roster:
        for person in store.cohorts.participants(session.cohort_id):
            if person.erased:
                continue
            seed = participant_seed(session.id, person.id) if shuffled else None
            order = sheet_order(questions, seed, assessment.shuffle_questions, assessment.shuffle_options)
            sheets.append(SheetSpec(person, order, _payloads(session.id, person.id, fhash, seed, order, size, False)))
    for _ in range(blank):
        order = sheet_order(questions, None, False, False)
        sheets.append(SheetSpec(None, order, _payloads(session.id, None, fhash, None, order, size, True)))
    return SessionPlan(session, assessment, cohort, tuple(questions), shuffled, tuple(sheets))


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
    if payload.form_hash != fhash:
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
    order = sheet_order(questions, payload.seed, assessment.shuffle_questions, assessment.shuffle_options)
    walk_in = payload.participant_id is None
    pages = paginate(order, payload.size, walk_in)
    if payload.pages != len(pages):
        raise Refused(f"This sheet says it has {payload.pages} pages; the form prints on {len(pages)}.",
                      code="other_form_version")
    layout = page_layout(order, payload.size, payload.page, walk_in)
    return PageContext(payload, layout, order, session, {q.id: q for q in questions})
