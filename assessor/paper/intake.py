"""What was read from paper becomes attempts and answer events of the session, like any other.

A sheet (all pages of one participant's answer sheet) becomes one submitted attempt whose id
is derived from the session and the participant, so reading the same sheet twice finds the
attempt already there and changes nothing. The attempt's device is ``paper:<this laptop>``:
a participant who also took the test on a laptop has submitted attempts from two devices,
which is the conflict :func:`assessor.exchange.merge.list_conflicts` lists and
``resolve_conflict`` settles. The audit log records the source (paper), the image hashes and
every decision a person made about an uncertain mark.

Marks are never guessed here: a sheet with an uncertain mark is not written until every such
mark has a decision.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from assessor.delivery.marking import check_event, mark_attempt
from assessor.delivery.scoring import ALL_OR_NOTHING, is_answered, score
from assessor.delivery.sessions import ANSWER, GRADE, SUBMITTED, AnswerEvent, Attempt
from assessor.errors import AssessorError, InputError, Refused
from assessor.ids import now, stable_id
from assessor.paper.layout import MARK, MULTIPLE, RIGHT, TRUEFALSE, WRONG, sheet_order
from assessor.paper.plan import layout_for, participant_seed
from assessor.progress import step

SOURCE = "paper"

# Sheet states.
READ, NEEDS_REVIEW, IMPORTED, UNCHANGED, REFUSED = "read", "needs_review", "imported", "unchanged", "refused"


def paper_device(store) -> str:
    """The device name that paper answers are recorded under on this laptop."""
    return f"{SOURCE}:{store.device_id}"


@dataclass
class PageRead:
    """One page as read: where from, what its QR said, what was measured, or why it could not be read."""

    source: str
    image_hash: str
    payload: object = None
    measured: object = None
    code: str = ""
    message: str = ""


@dataclass
class Sheet:
    """One participant's answer sheet (its pages), what was read, and what became of it."""

    session_id: str
    participant_id: str | None  # None: a walk-in sheet whose code is not (yet) matched
    pages: list[PageRead] = field(default_factory=list)
    status: str = READ
    code: str = ""
    message: str = ""
    attempt_id: str = ""
    conflict: bool = False
    code_read: str | None = None  # walk-in sheets: the digits read from the code grid
    serial: str | None = None  # anonymous evaluation forms: the random form number that joins the pages
    comments_not_typed: int = 0  # evaluation forms: comment boxes with writing that nobody typed in

    @property
    def marks(self) -> list:
        """The marks read on every measured page, in page order."""
        return [m for p in self.pages if p.measured for m in p.measured.marks]

    @property
    def uncertain(self) -> list:
        """The marks that a person must decide."""
        return [m for m in self.marks if m.uncertain]

    @property
    def evaluation(self) -> bool:
        """Whether the sheet is a course-evaluation form."""
        return bool(self.pages and self.pages[0].payload is not None and self.pages[0].payload.evaluation)

    @property
    def anonymous(self) -> bool:
        """Whether the sheet is an anonymous evaluation form (it names no one)."""
        return self.evaluation and self.serial is not None

    @property
    def comments(self) -> list:
        """The comment boxes read on every page (evaluation forms), in page order."""
        return [c for p in self.pages if p.measured for c in p.measured.comments]

    @property
    def sources(self) -> list[str]:
        """The scanned files this sheet was read from."""
        return [p.source for p in self.pages]

    def to_dict(self) -> dict:
        """The sheet's outcome as plain data (for ``--json`` and the review screen)."""
        return {"sources": self.sources, "session_id": self.session_id, "participant_id": self.participant_id,
                "status": self.status, "code": self.code, "message": self.message, "attempt_id": self.attempt_id,
                "conflict": self.conflict, "uncertain": [{"question": m.number, "reason": m.reason,
                                                          "fills": list(m.fills)} for m in self.uncertain],
                "answered": sum(m.answer is not None for m in self.marks), "questions": len(self.marks),
                "evaluation": self.evaluation, "anonymous": self.anonymous,
                "comments_written": sum(c.written for c in self.comments),
                "comments_not_typed": self.comments_not_typed}


def read_page(store, page, session_id: str | None = None) -> PageRead:
    """Read one page image (see :mod:`assessor.paper.reader`); problems become codes, never exceptions."""
    from assessor.paper.reader import MAX_SIDE, PageProblem, find_qr, measure

    result = PageRead(page.source, page.image_hash)
    gray = page.gray
    if max(gray.shape) > MAX_SIDE:  # a phone's 4000 px adds time, not accuracy
        import cv2

        f = MAX_SIDE / max(gray.shape)
        gray = cv2.resize(gray, None, fx=f, fy=f, interpolation=cv2.INTER_AREA)
    found = find_qr(gray)
    if found is None:
        result.code, result.message = "no_qr", f"{page.source}: no Assessor QR code was found on this page."
        return result
    payload, corners = found
    result.payload = payload
    try:
        context = layout_for(store, payload, session_id)
        result.measured = measure(gray, context.layout, corners)
    except Refused as exc:
        result.code, result.message = exc.code, f"{page.source}: {exc}"
    except PageProblem as exc:
        result.code, result.message = exc.code, f"{page.source}: {exc}."
    return result


def read_files(store, paths, session_id: str | None = None, progress=None) -> list[Sheet]:
    """Read every page of ``paths`` (files or folders) and group the pages into sheets.

    Nothing is written. A page that cannot be read is a sheet of its own with status ``refused``.
    """
    from assessor.paper.reader import expand, load_pages

    files = expand(paths)
    pages: list[PageRead] = []
    for i, f in enumerate(files):
        try:
            images = load_pages(f)
        except InputError as exc:
            pages.append(PageRead(str(f), "", code=exc.code, message=str(exc)))
            continue
        for image in images:
            pages.append(read_page(store, image, session_id))
            step(progress, i + 1, len(files))
        step(progress, i + 1, len(files))
    return group(store, pages)


def group(store, pages: list[PageRead]) -> list[Sheet]:
    """Pages into sheets: the pages of one participant's sheet together, each walk-in page alone."""
    sheets: list[Sheet] = []
    by_person: dict[tuple, Sheet] = {}
    for page in pages:
        if page.code:
            p = page.payload
            sheets.append(Sheet(p.session_id if p else "", p.participant_id if p else None, [page], REFUSED,
                                page.code, page.message))
            continue
        p = page.payload
        if p.participant_id is None and not p.evaluation:
            sheet = Sheet(p.session_id, None, [page])
            _match_walk_in(store, sheet)
            sheets.append(sheet)
            continue
        key = (p.session_id, p.participant_id, p.serial)
        if key not in by_person:
            by_person[key] = Sheet(p.session_id, p.participant_id, serial=p.serial)
            sheets.append(by_person[key])
        sheet = by_person[key]
        if any(q.payload.page == p.page for q in sheet.pages):
            # The same page twice (photographed again, or the same file given twice): a sheet of its
            # own, compared on import with what the first one wrote.
            sheets.append(Sheet(p.session_id, p.participant_id, [page], serial=p.serial))
            continue
        sheet.pages.append(page)
    for sheet in sheets:
        if sheet.status == READ:
            _settle_state(sheet)
    return sheets


def _settle_state(sheet: Sheet) -> None:
    pages = {p.payload.page for p in sheet.pages}
    total = sheet.pages[0].payload.pages
    if len(pages) < total:
        missing = sorted(set(range(1, total + 1)) - pages)
        sheet.status, sheet.code = REFUSED, "missing_pages"
        sheet.message = f"{sheet.sources[0]}: page {', '.join(map(str, missing))} of {total} of this sheet is missing."
        return
    if all(m.state == "blank" for m in sheet.marks) and not any(c.written for c in sheet.comments):
        sheet.status, sheet.code = REFUSED, "empty_sheet"
        if sheet.evaluation:
            sheet.message = f"{sheet.sources[0]}: nothing is filled in or written on this form; nothing was read."
        else:
            sheet.message = (f"{sheet.sources[0]}: no bubble is filled on this sheet; nothing was read (type it in "
                             "by hand if the participant really answered nothing).")
        return
    if (sheet.participant_id is None and not sheet.evaluation) or sheet.uncertain:
        sheet.status, sheet.code = NEEDS_REVIEW, ("unknown_code" if sheet.participant_id is None else "uncertain")


def _digits(code: str) -> str:
    return "".join(re.findall(r"\d", code)).lstrip("0")


def _match_walk_in(store, sheet: Sheet) -> None:
    measured = sheet.pages[0].measured
    sheet.code_read = measured.code
    if not measured.code or not measured.code.strip():
        return
    session = store.sessions.get(sheet.session_id)
    wanted = measured.code.lstrip("0")
    hits = [p for p in store.cohorts.participants(session.cohort_id) if not p.erased and _digits(p.code) == wanted]
    if len(hits) == 1:
        sheet.participant_id = hits[0].id


# -- writing ------------------------------------------------------------------------------
def paper_response(question, mark: str):
    """The stored response for the facilitator's right/wrong mark on a question without bubbles.

    Right: the question's own correct answer; wrong: an answer that earns nothing. None when
    the question has no such answer (then the mark cannot be stored and is refused).
    """
    if question.manual:  # an essay written on paper: the facilitator's mark becomes its grade (see _write)
        return PAPER_ESSAY[mark] if mark in PAPER_ESSAY else None
    if mark == RIGHT:
        if question.type == "short":
            best = max(question.options, key=lambda o: o.fraction, default=None)
            candidates = [best.text.get("en") or next(iter(best.text.values()), "")] if best else []
        elif question.type == "numerical":
            best = max(question.numeric, key=lambda n: n.fraction, default=None)
            candidates = [repr(best.value)] if best else []
        elif question.type == "matching":
            candidates = [list(range(len(question.pairs)))]
        elif question.type == "cloze":
            candidates = [[_best_blank_answer(b) for b in question.blanks]]
        else:
            candidates = []
        want = 1.0
    else:
        n = len(question.pairs)
        candidates = {"short": ["\u2717"], "numerical": ["\u2717"],
                      "matching": [[(i + 1) % n for i in range(n)]],
                      "cloze": [[_wrong_blank_answer(b) for b in question.blanks]]}.get(question.type, [])
        want = 0.0
    for c in candidates:
        if is_answered(question, c) and score(question, c) == want:
            return c
    return None


PAPER_ESSAY = {RIGHT: "\u2713 (written on paper, marked right)", WRONG: "\u2717 (written on paper, marked wrong)"}
"""The answer stored for an essay written on paper, per facilitator's mark; a grade event (1 or 0) goes with it."""


def _best_blank_answer(blank):
    if blank.kind == "numerical":
        best = max(blank.numeric, key=lambda n: n.fraction)
        return repr(best.value)
    keys = blank.option_keys
    best = max(range(len(blank.options)), key=lambda i: blank.options[i].fraction)
    return keys[best] if blank.kind == "choice" else (blank.options[best].text.get("en")
                                                      or next(iter(blank.options[best].text.values()), ""))


def _wrong_blank_answer(blank):
    if blank.kind != "choice":
        return "\u2717"
    return next((k for k, o in zip(blank.option_keys, blank.options) if o.fraction <= 0), None)


def _response(question, kind: str, value):
    if kind == MARK and value is not None:
        response = paper_response(question, value)
        if response is None:
            raise InputError(f"{question.key}: the facilitator's mark '{value}' cannot be stored for this question.",
                             code="mark_not_storable")
        return response
    return value


def attempt_id_for(session_id: str, participant_id: str) -> str:
    """The id of a participant's paper attempt in a session: the same for every reading."""
    return stable_id("paper-attempt", session_id, participant_id)


def import_sheet(store, sheet: Sheet, decisions: dict | None = None, participant_id: str | None = None,
                 language: str = "en", comments: dict | None = None) -> Sheet:
    """Write ``sheet`` as a submitted attempt with its answer events, in one transaction.

    ``decisions`` maps question id -> the value a person decided for each uncertain mark
    (None: no answer); every uncertain mark needs one. ``participant_id`` names the person of a
    walk-in sheet whose code grid did not match. Sets ``status`` to imported, unchanged (read
    before, same answers) or refused (with ``code`` and ``message``); data is left as it was
    on refusal. A course-evaluation form goes to :func:`assessor.paper.evalintake.import_form`
    (``comments``: question id -> the text a person typed from a comment box).
    """
    decisions = dict(decisions or {})
    if sheet.status in (REFUSED, IMPORTED, UNCHANGED):
        return sheet
    if sheet.evaluation:
        from assessor.paper.evalintake import import_form

        return import_form(store, sheet, decisions, comments, language)
    person_id = participant_id or sheet.participant_id
    if person_id is None:
        return refuse(sheet, "unknown_code", f"{sheet.sources[0]}: the code grid names no participant of the "
                      "roster; choose the participant.")
    undecided = [m for m in sheet.uncertain if m.question_id not in decisions]
    if undecided:
        return refuse(sheet, "uncertain", f"{sheet.sources[0]}: {len(undecided)} uncertain mark(s) still need a "
                      "decision (question " + ", ".join(str(m.number) for m in undecided) + ").", keep=True)
    session = store.sessions.get(sheet.session_id)
    form = store.assessments.get(session.assessment_id)
    questions = {q.id: q for q in store.assessments.questions(form)}
    payload = sheet.pages[0].payload
    seed = payload.seed if payload.participant_id else None
    order = sheet_order(list(questions.values()), seed, form.shuffle_questions, form.shuffle_options)
    answers: dict[str, object] = {}
    review: list[dict] = []
    try:
        for m in sheet.marks:
            q = questions[m.question_id]
            value = decisions[m.question_id] if m.uncertain else m.answer
            if m.uncertain:
                review.append({"question_id": m.question_id, "number": m.number, "reason": m.reason,
                               "fills": list(m.fills), "decided": value})
            answers[m.question_id] = _response(q, m.kind, _clean(m.kind, value))
    except InputError as exc:
        return refuse(sheet, exc.code, f"{sheet.sources[0]}: {exc}")
    detail = {"source": SOURCE, "sources": sheet.sources, "image_hashes": [p.image_hash for p in sheet.pages],
              "decisions": review}
    return write_attempt(store, sheet, session, form, questions, order, person_id, answers, detail, language,
                         "paper.read")


def _clean(kind: str, value):
    if kind == MULTIPLE and value is not None:
        return sorted(value) or None
    if kind == TRUEFALSE and value is not None:
        return bool(value)
    return value


def refuse(sheet: Sheet, code: str, message: str, keep: bool = False) -> Sheet:
    """Mark ``sheet`` refused with ``code`` and ``message`` (``keep``: leave its status, e.g. still to review)."""
    if not keep:
        sheet.status = REFUSED
    sheet.code, sheet.message = code, message
    return sheet


def write_attempt(store, sheet, session, form, questions, order, person_id, answers, detail, language, action) -> Sheet:
    """Store ``answers`` as the participant's submitted paper attempt with its audit entry, in one
    transaction; an attempt read before is compared (unchanged, or refused as read differently)."""
    person = store.cohorts.participant(person_id)
    if person.cohort_id != session.cohort_id:
        return refuse(sheet, "unknown_participant", f"Participant {person.code} is not on this session's roster.")
    attempt_id = attempt_id_for(session.id, person_id)
    sheet.participant_id = person_id
    sheet.attempt_id = attempt_id
    existing = store.attempts.for_participant(session.id, person_id)
    earlier = next((a for a in existing if a.id == attempt_id), None)
    if earlier is not None:
        stored = {q: s.get(ANSWER) for q, s in store.attempts.current_state(attempt_id).items()}
        now_read = {q: v for q, v in answers.items() if v is not None}
        if {q: v for q, v in stored.items() if v is not None} == now_read:
            sheet.status, sheet.code = UNCHANGED, "already_read"
            sheet.message = f"{sheet.sources[0]}: this sheet was read before; nothing changed."
        else:
            refuse(sheet, "read_differently", f"{sheet.sources[0]}: the sheet of {person.code} was read before "
                   "with other answers; void that paper attempt first to read it again.")
        return sheet
    qids = list(order.question_order)
    when = now()
    device = paper_device(store)
    events = [AnswerEvent(attempt_id, q, ANSWER, answers[q], when, device, stable_id("paper-event", attempt_id, q))
              for q in qids if answers.get(q) is not None]
    events += [AnswerEvent(attempt_id, e.question_id, GRADE, 1.0 if e.value == PAPER_ESSAY[RIGHT] else 0.0, when, device,
                           stable_id("paper-grade", attempt_id, e.question_id))
               for e in list(events) if questions[e.question_id].manual and e.value in PAPER_ESSAY.values()]
    for e in events:
        why = check_event(questions[e.question_id], e.kind, e.value)
        if why:
            return refuse(sheet, "bad_response", f"{sheet.sources[0]}: {questions[e.question_id].key}: {why}.")
    marking = mark_attempt([questions[q] for q in qids], events, form.multiple_scoring or ALL_OR_NOTHING)
    attempt = Attempt(session.id, person_id, device, language=language, seed=order.seed or 0,
                      question_order=order.question_order, option_orders=dict(order.option_orders),
                      started_at=when, submitted_at=when, status=SUBMITTED, marks=marking.marks,
                      score_pct=marking.score_pct, id=attempt_id)
    laptop = [a for a in existing if a.status == SUBMITTED and a.device_id != device]
    with store.atomic():
        store.attempts.insert_exact(attempt)
        store.attempts.insert_events(events)
        store.audit.log(action, session_id=session.id, participant_id=person_id, attempt_id=attempt_id, **detail)
    sheet.status, sheet.code, sheet.conflict = IMPORTED, "", bool(laptop)
    sheet.message = ""
    return sheet


# -- manual entry ---------------------------------------------------------------------------
def manual_order(store, session_id: str, participant_id: str | None):
    """The order of the sheet printed for a participant (form order for a walk-in sheet).

    Refuses (``evaluation_manual_entry``) a course evaluation: its forms are read from scans only.
    """
    session = store.sessions.get(session_id)
    form = store.assessments.get(session.assessment_id)
    if form.evaluation:
        raise Refused(f"Session {session_id} is a course evaluation: its paper forms are read from scans or photos; "
                      "the keyboard grid is for knowledge tests.", code="evaluation_manual_entry")
    questions = store.assessments.questions(form)
    shuffled = form.shuffle_questions or form.shuffle_options
    seed = participant_seed(session_id, participant_id) if (participant_id and shuffled) else None
    return sheet_order(questions, seed, form.shuffle_questions, form.shuffle_options)


def parse_key(question, key: str, option_order, tf=("T", "F")):
    """The value one typed key stands for on the printed sheet: a letter (several for multiple
    response), T/F (or B/S), R/W for the facilitator's mark; '' or '-' for no answer.
    Raises InputError naming the question when the key does not fit."""
    from assessor.banks.questions import OPTION_LETTERS

    text = (key or "").strip().upper()
    if text in ("", "-"):
        return None
    kind = question.type
    if kind in ("single", "multiple"):
        letters = [c for c in text if c not in " ,"]
        try:
            picked = [option_order[OPTION_LETTERS.index(c)] for c in letters]
        except (ValueError, IndexError):
            raise InputError(f"{question.key}: {key!r} is not a printed option letter.", code="bad_key") from None
        if kind == "single":
            if len(picked) != 1:
                raise InputError(f"{question.key}: one letter only.", code="bad_key")
            return picked[0]
        return sorted(set(picked))
    if kind == "truefalse":
        if text in (tf[0], "T", "B"):
            return True
        if text in (tf[1], "F", "S"):
            return False
        raise InputError(f"{question.key}: {key!r} is neither true nor false.", code="bad_key")
    if text in ("R", "\u2713", "Y", "1"):
        return RIGHT
    if text in ("W", "\u2717", "X", "N", "0"):
        return WRONG
    raise InputError(f"{question.key}: {key!r} is neither R (right) nor W (wrong).", code="bad_key")


def enter_manually(store, session_id: str, participant_id: str, keys: list[str], second: list[str] | None = None,
                   who: str = "", language: str = "en") -> Sheet:
    """Store a sheet typed in by hand: one key per question in the printed order of the participant's sheet.

    With ``second`` (a second person's entry), every key must match, else InputError names the
    questions that differ and nothing is written.
    """
    order = manual_order(store, session_id, participant_id)
    if len(keys) != len(order.questions) or (second is not None and len(second) != len(keys)):
        raise InputError(f"The entry has {len(keys)} answers; the sheet has {len(order.questions)} questions.",
                         code="wrong_length")
    values = []
    for q, key in zip(order.questions, keys):
        values.append(parse_key(q, key, order.option_orders.get(q.id, q.option_keys)))
    if second is not None:
        other = [parse_key(q, k, order.option_orders.get(q.id, q.option_keys)) for q, k in zip(order.questions, second)]
        differ = [i + 1 for i, (a, b) in enumerate(zip(values, other)) if a != b]
        if differ:
            raise InputError("The two entries differ at question " + ", ".join(map(str, differ)) + ".",
                             code="entries_differ", questions=differ)
    session = store.sessions.get(session_id)
    form = store.assessments.get(session.assessment_id)
    questions = {q.id: q for q in order.questions}
    answers = {}
    for q, v in zip(order.questions, values):
        kind = "mark" if q.type not in ("single", "multiple", "truefalse") else q.type
        answers[q.id] = _response(q, MARK if kind == "mark" else kind, v)
    sheet = Sheet(session_id, participant_id, status=READ)
    sheet.pages = [PageRead("manual entry", "")]
    detail = {"source": SOURCE, "entry": "manual", "double_entry": second is not None, "by": who}
    return write_attempt(store, sheet, session, form, questions, order, participant_id, answers, detail, language,
                  "paper.manual")


def hold_for_comments(sheets: list[Sheet]) -> int:
    """Keep evaluation forms with writing in a comment box for the review (where a person may type
    it) instead of importing them straight away; returns how many were held (code ``comments``)."""
    held = 0
    for sheet in sheets:
        if sheet.status == READ and sheet.evaluation and any(c.written for c in sheet.comments):
            sheet.status, sheet.code = NEEDS_REVIEW, "comments"
            held += 1
    return held


def import_all(store, sheets: list[Sheet], progress=None) -> dict:
    """Import every sheet that needs no decision; return counts by status."""
    counts: dict[str, int] = defaultdict(int)
    for i, sheet in enumerate(sheets):
        if sheet.status == READ:
            try:
                import_sheet(store, sheet)
            except AssessorError as exc:
                refuse(sheet, exc.code, f"{sheet.sources[0]}: {exc}")
        counts[sheet.status] += 1
        step(progress, i + 1, len(sheets))
    return dict(counts)


__all__ = ["read_files", "read_page", "group", "import_sheet", "import_all", "hold_for_comments", "enter_manually", "parse_key",
           "manual_order", "paper_response", "Sheet", "PageRead", "READ", "NEEDS_REVIEW", "IMPORTED",
           "UNCHANGED", "REFUSED", "SOURCE", "attempt_id_for", "refuse", "write_attempt", "paper_device"]
