"""One session open for phones: check-in, resume secrets, answers, submit and the live view.

Every method that takes ``store`` runs on the writer thread (see :mod:`assessor.classroom.writer`)
and drives one :class:`~assessor.delivery.engine.AttemptEngine` per attempt, so each answer
is validated and committed exactly as in participant mode. Methods return plain dicts for
the phone (codes and numbers, never sentences) and raise :class:`PhoneRefused` with a code
when a request must be refused; nothing is stored then.

What a phone is sent: its own attempt's question texts, option texts in the order drawn for
it, its own answers, the time left. Never answer keys, accepted answers, fractions,
rationales, feedback, other participants' data or names.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import threading
import time
from dataclasses import dataclass, field

from assessor.analysis.rounding import round_value
from assessor.banks.cloze import gapped_text
from assessor.banks.questions import COMMENT_MAX, localized
from assessor.delivery.engine import ALREADY_SUBMITTED, OK, RESUME, SESSION_CLOSED, UNKNOWN_CODE, AttemptEngine
from assessor.delivery.sessions import ANSWER, CONFIDENCE, FLAG, IN_PROGRESS, OPEN, SUBMITTED
from assessor.errors import AssessorError, InputError, NotFound, Refused
from assessor.ids import stable_id

LANGUAGES = ("en", "id")
KEY_META = "classroom.key"
JOIN_ALPHABET = "ACDEFHJKMNPRTUVWXY34679"  # no 0/O, 1/I/L, 2/Z, 5/S, 8/B look-alikes
JOIN_LENGTH = 6
ALLOWANCE_S = 600.0  # a facilitator's "may continue on a new phone" lasts ten minutes
LOST_AFTER_S = 25.0  # a phone pings every 10 s; three missed pings is a lost connection
CHECKPOINT_S = 10.0
MAX_TEXT = 500  # longest typed answer accepted
MAX_EVENT_ID = 64


def _allowance_key(session_id: str, participant_id: str) -> str:
    return f"classroom.allow\x1f{session_id}\x1f{participant_id}"


def record_allowance(store, session_id: str, code: str, wall=time.time) -> str:
    """Let the participant with ``code`` continue their running attempt on a new phone (``assessor allow-phone``).

    Recorded in the database, so a server running in another process (``assessor serve``) honours it
    at that participant's next check-in: once, within ten minutes. Returns the participant id;
    NotFound when the code is not on the session's roster or the participant has no attempt in
    progress in this session (a participant who has not started simply checks in).
    """
    session = store.sessions.get(session_id)
    person = store.cohorts.participant_by_code(session.cohort_id, code.strip())
    if person is None:
        raise NotFound(f"There is no participant {code} in session {session_id}'s cohort.")
    if not any(a.status == IN_PROGRESS for a in store.attempts.for_participant(session_id, person.id)):
        raise NotFound(f"Participant {code} has no attempt in progress in session {session_id}: nothing to "
                       "allow, they can simply check in.")
    store.set_meta(_allowance_key(session_id, person.id), repr(wall() + ALLOWANCE_S))
    store.audit.log("classroom.allow_resume", session_id=session_id, participant_id=person.id, recorded=True)
    return person.id


class PhoneRefused(Exception):
    """A request the server refuses: ``code`` for the page, ``status`` for HTTP, nothing stored."""

    def __init__(self, code: str, status: int = 409, **extra):
        super().__init__(code)
        self.code, self.status, self.extra = code, status, extra


@dataclass
class Seat:
    """One attempt taken on a phone, as the server knows it while it runs."""

    attempt_id: str
    participant_id: str
    code: str
    name: str
    engine: AttemptEngine | None = None
    last_seen: float = 0.0
    last_checkpoint: float = 0.0
    status: str = IN_PROGRESS
    answered: int = 0
    total: int = 0
    result: dict | None = None


@dataclass
class Room:
    """A session open for phones. Create it with :meth:`open` on the writer thread."""

    session_id: str
    key: bytes
    assessment_name: str = ""
    cohort_name: str = ""
    show_score: bool = False
    confidence: bool = False
    device_id: str = ""
    clock: object = time.monotonic
    seats: dict[str, Seat] = field(default_factory=dict)
    allowed: dict[str, float] = field(default_factory=dict)  # participant id -> allowance expiry
    is_open: bool = True
    images: frozenset = frozenset()  # SHA-256 of the images the form's questions show: the only ones served
    _lock: threading.Lock = field(default_factory=threading.Lock)

    # -- opening ----------------------------------------------------------------
    @classmethod
    def open(cls, store, session_id: str, clock=time.monotonic) -> "Room":
        """The room for an open session; Refused (``session_closed``) when it is not open."""
        session = store.sessions.get(session_id)
        if session.status != OPEN:
            raise Refused(f"Session {session_id} is not open; only an open session can be served to phones.",
                          code="session_closed")
        assessment = store.assessments.get(session.assessment_id)
        if assessment.anonymous:  # answered without an attempt (assessor.delivery.evaluation): not on phones yet
            raise Refused(f"Session {session_id} is an anonymous course evaluation; classroom mode serves tests "
                          "and linked evaluations only.", code="anonymous_evaluation")
        cohort = store.cohorts.get(session.cohort_id)
        key = store.meta(KEY_META)
        if key is None:
            key = secrets.token_hex(32)
            store.set_meta(KEY_META, key)
        # Phones' attempts carry their own device id, derived from the laptop's: participant mode on the
        # laptop does not take them for its own unfinished attempts after a crash.
        shown = frozenset(ref for q in store.banks.questions_by_id(assessment.question_ids).values()
                          for ref in q.image_refs())
        return cls(session_id, bytes.fromhex(key), assessment.name, cohort.name, assessment.show_score,
                   assessment.confidence, stable_id("classroom-phones", store.device_id), clock, images=shown)

    def _mac(self, purpose: str, value: str) -> str:
        digest = hmac.new(self.key, f"{purpose}\x1f{self.session_id}\x1f{value}".encode(), hashlib.sha256).digest()
        return base64.urlsafe_b64encode(digest).decode().rstrip("=")

    @property
    def join_code(self) -> str:
        """The short code phones join with; the same for a session across restarts."""
        digest = hmac.new(self.key, f"join\x1f{self.session_id}".encode(), hashlib.sha256).digest()
        n = int.from_bytes(digest[:8], "big")
        letters = []
        for _ in range(JOIN_LENGTH):
            n, i = divmod(n, len(JOIN_ALPHABET))
            letters.append(JOIN_ALPHABET[i])
        return "".join(letters)

    def join_ok(self, join: object) -> bool:
        """Whether the text a phone sent is this room's join code (constant-time, case and spaces forgiven)."""
        return isinstance(join, str) and hmac.compare_digest(join.strip().upper().encode(), self.join_code.encode())

    def secret_for(self, attempt_id: str) -> str:
        """The attempt's resume secret: only the phone that started (or was allowed) holds it."""
        return self._mac("resume", attempt_id)[:32]

    def _secret_ok(self, attempt_id: object, secret: object) -> bool:
        return (isinstance(attempt_id, str) and isinstance(secret, str) and len(attempt_id) <= 64
                and hmac.compare_digest(secret.encode(), self.secret_for(attempt_id).encode()))

    # -- check-in -----------------------------------------------------------------
    def check_in(self, store, code: object, lang: object, attempt_id: object = None, secret: object = None) -> dict:
        """Check a participant in by code: start, resume (with the secret or an allowance) or refuse."""
        if not isinstance(code, str) or not code.strip() or len(code) > 64:
            raise PhoneRefused(UNKNOWN_CODE, 404)
        lang = lang if lang in LANGUAGES else "en"
        engine = AttemptEngine(store, clock=self.clock, device_id=self.device_id)
        check = engine.check_in(self.session_id, code.strip())
        if check.code == SESSION_CLOSED:
            self.is_open = False
            raise PhoneRefused(SESSION_CLOSED, 410)
        if check.code == UNKNOWN_CODE:
            raise PhoneRefused(UNKNOWN_CODE, 404)
        person = check.participant
        if check.code == ALREADY_SUBMITTED:
            if self._secret_ok(attempt_id, secret) and attempt_id == check.attempt.id:
                return {"status": SUBMITTED, "result": self._result(store, check.attempt)}
            raise PhoneRefused(ALREADY_SUBMITTED, 409)
        if check.code == RESUME:
            holds_secret = self._secret_ok(attempt_id, secret) and attempt_id == check.attempt.id
            allowance = self.allowed.get(person.id, 0.0)
            if not holds_secret:
                if allowance < self.clock() and not self._recorded_allowance(store, person.id):
                    raise PhoneRefused("resume_locked", 403)
                self.allowed.pop(person.id, None)
                store.delete_meta(_allowance_key(self.session_id, person.id))
                store.audit.log("classroom.resume_allowed_used", session_id=self.session_id,
                                attempt_id=check.attempt.id)
        seat = self.seats.get(check.attempt.id) if check.attempt is not None else None
        if seat is not None and seat.engine is not None:
            seat.engine.set_language(lang)  # the same engine goes on: not a second of time lost
            seat.last_seen = self.clock()
        else:
            engine.start_or_resume(self.session_id, person.id, language=lang)
            seat = self._seat_for(engine, person)
        return self._paper(seat, resumed=check.code == RESUME)

    def _seat_for(self, engine: AttemptEngine, person) -> Seat:
        now = self.clock()
        seat = Seat(engine.attempt.id, person.id, person.code, person.name, engine, now, now,
                    answered=sum(engine.answered(q) for q in engine.questions), total=engine.count)
        with self._lock:
            self.seats[seat.attempt_id] = seat
        return seat

    def _paper(self, seat: Seat, resumed: bool) -> dict:
        """Everything the phone needs to show its attempt, and nothing more."""
        engine = seat.engine
        questions = []
        for q in engine.questions:
            item = {"id": q.id, "type": q.type, "text": {lang: localized(q.text, lang) for lang in LANGUAGES}}
            if q.image:
                item["image"] = _picture(q)
            if q.type in ("single", "multiple", "choice"):
                by_key = dict(zip(q.option_keys, q.options))
                item["options"] = [{"key": k, "text": {lang: localized(by_key[k].text, lang) for lang in LANGUAGES},
                                    **({"image": _picture(by_key[k])} if by_key[k].image else {})}
                                   for k in engine.option_order(q)]
            elif q.type == "matching":
                item["left"] = [{lang: localized(p.left, lang) for lang in LANGUAGES} for p in q.pairs]
                item["right"] = [{"value": j, "text": {lang: localized(q.right_options[j], lang) for lang in LANGUAGES}}
                                 for j in engine.option_order(q)]
            elif q.type == "cloze":
                item["text"] = {lang: gapped_text(localized(q.text, lang)) for lang in LANGUAGES}
                item["blanks"] = [{"kind": b.kind, "options": [
                    {"key": k, "text": {lang: localized(b.options[b.option_keys.index(k)].text, lang) for lang in LANGUAGES}}
                    for k in keys] if b.kind == "choice" else []}
                    for b, keys in zip(q.blanks, engine.option_order(q))]
            elif q.type in ("rating", "retro"):
                item["scale"] = [{lang: localized(label, lang) for lang in LANGUAGES} for label in q.scale]
            questions.append(item)
        state = {qid: {"answer": s.answer, "confidence": s.confidence, "flag": s.flagged}
                 for qid, s in engine.state.items()}
        return {"status": IN_PROGRESS, "attempt": seat.attempt_id, "secret": self.secret_for(seat.attempt_id),
                "resumed": resumed, "title": self.assessment_name, "questions": questions, "state": state,
                "position": engine.position, "confidence": self.confidence,
                "time_limit_s": engine.time_limit_s, "remaining_s": engine.remaining_s}

    def image(self, store, sha256: object) -> tuple[bytes, str]:
        """(bytes, content type) of an image this session's questions show; PhoneRefused 404 for any other."""
        if not isinstance(sha256, str) or sha256 not in self.images:
            raise PhoneRefused("not_found", 404)
        image = store.banks.image(sha256)
        return image.data, image.mime

    # -- while answering ---------------------------------------------------------------
    def _running(self, store, attempt_id: object, secret: object) -> Seat:
        """The seat of a running attempt whose secret is right; rebuilt after a server restart."""
        if not self._secret_ok(attempt_id, secret):
            raise PhoneRefused("bad_secret", 403)
        session = store.sessions.get(self.session_id)
        if session.status != OPEN:
            self.is_open = False
            raise PhoneRefused(SESSION_CLOSED, 410)
        seat = self.seats.get(attempt_id)
        if seat is None:
            try:
                attempt = store.attempts.get(attempt_id)
            except NotFound:
                raise PhoneRefused("bad_secret", 403) from None
            if attempt.session_id != self.session_id:
                raise PhoneRefused("bad_secret", 403)
            if attempt.status != IN_PROGRESS:
                raise PhoneRefused(ALREADY_SUBMITTED if attempt.status == SUBMITTED else "bad_secret", 409)
            engine = AttemptEngine(store, clock=self.clock, device_id=self.device_id)
            engine.start_or_resume(self.session_id, attempt.participant_id, language=attempt.language)
            person = next(p for p in store.cohorts.participants(session.cohort_id) if p.id == attempt.participant_id)
            seat = self._seat_for(engine, person)
        if seat.status != IN_PROGRESS:
            raise PhoneRefused(ALREADY_SUBMITTED, 409, result=seat.result)
        seat.last_seen = self.clock()
        if seat.engine.expired:
            self._finish(seat, "time_out")
            raise PhoneRefused("time_up", 409, result=seat.result)
        return seat

    def event(self, store, attempt_id, secret, event_id, question_id, kind, value) -> dict:
        """Store one answer, confidence or flag (durably) unless this event id is already stored."""
        if not isinstance(event_id, str) or not 8 <= len(event_id) <= MAX_EVENT_ID:
            raise PhoneRefused("bad_event", 422)
        seat = self._running(store, attempt_id, secret)
        stored_id = stable_id("classroom-event", seat.attempt_id, event_id)
        owner = store.attempts.event_attempt(stored_id)
        if owner is not None:
            return {"saved": True, "duplicate": True, "remaining_s": seat.engine.remaining_s}
        engine = seat.engine
        if not isinstance(question_id, str) or question_id not in engine.state:
            raise PhoneRefused("not_on_form", 422)
        question = next(q for q in engine.questions if q.id == question_id)
        try:
            if kind == ANSWER:
                engine.answer(question_id, check_value(question, value), stored_id)
            elif kind == CONFIDENCE:
                if not self.confidence:
                    raise PhoneRefused("bad_confidence", 422)
                engine.set_confidence(question_id, value, stored_id)
            elif kind == FLAG:
                engine.set_flag(question_id, value, stored_id)
            else:
                raise PhoneRefused("bad_event", 422)
        except InputError as exc:
            raise PhoneRefused(exc.code if exc.code != "bad_input" else "bad_response", 422) from None
        except Refused as exc:
            if exc.code == "time_up":
                self._finish(seat, "time_out")
                raise PhoneRefused("time_up", 409, result=seat.result) from None
            raise PhoneRefused(exc.code, 409) from None
        seat.answered = sum(engine.answered(q) for q in engine.questions)
        return {"saved": True, "duplicate": False, "remaining_s": engine.remaining_s}

    def ping(self, store, attempt_id, secret, position, lang=None) -> dict:
        """The phone is still there: keep its place, language and the time used; time out when the time is up."""
        seat = self._running(store, attempt_id, secret)
        engine = seat.engine
        now = self.clock()
        if lang in LANGUAGES and lang != engine.attempt.language:
            engine.set_language(lang)
        if isinstance(position, int) and not isinstance(position, bool) and position != engine.position:
            engine.go_to(position)
            seat.last_checkpoint = now
        elif now - seat.last_checkpoint >= CHECKPOINT_S:
            engine.checkpoint()
            seat.last_checkpoint = now
        return {"status": IN_PROGRESS, "remaining_s": engine.remaining_s}

    def submit(self, store, attempt_id, secret) -> dict:
        """Score and close the attempt; a second submit of the same attempt gives the same answer."""
        try:
            seat = self._running(store, attempt_id, secret)
        except PhoneRefused as exc:
            if exc.code in (ALREADY_SUBMITTED, "time_up") and exc.extra.get("result") is not None:
                return {"status": SUBMITTED, "result": exc.extra["result"]}
            if exc.code == ALREADY_SUBMITTED:
                return {"status": SUBMITTED, "result": self._result(store, store.attempts.get(attempt_id))}
            raise
        self._finish(seat, "submit")
        return {"status": SUBMITTED, "result": seat.result}

    def _finish(self, seat: Seat, reason: str) -> None:
        outcome = seat.engine.submit(reason)
        seat.result = {"reason": reason, "answered": outcome.answered, "total": outcome.total,
                       "score_pct": round_value(outcome.score_pct, 0) if self.show_score else None}
        if outcome.pending:  # essays still to be marked: the phone says the score is 'so far'
            seat.result["pending"] = outcome.pending
        seat.status = SUBMITTED
        seat.answered = outcome.answered
        seat.engine = None

    def _result(self, store, attempt) -> dict:
        from assessor.delivery.grading import pending_essays

        marks = attempt.marks or {}
        result = {"reason": "submit", "answered": None, "total": len(attempt.question_order),
                  "score_pct": round_value(attempt.score_pct or 0.0, 0) if self.show_score and marks is not None else None}
        pending = pending_essays(store, attempt)
        if pending:
            result["pending"] = pending
        return result

    # -- housekeeping and the facilitator ---------------------------------------------
    def sweep(self, store) -> bool:
        """Time out attempts whose time is up and see whether the session is still open (returns that)."""
        for seat in list(self.seats.values()):
            if seat.engine is not None and seat.status == IN_PROGRESS and seat.engine.expired:
                try:
                    self._finish(seat, "time_out")
                except AssessorError:
                    pass
        self.is_open = store.sessions.get(self.session_id).status == OPEN
        return self.is_open

    def allow_resume(self, store, participant_id: str) -> None:
        """Let this participant continue their running attempt on a new phone (once, within ten minutes)."""
        self.allowed[participant_id] = self.clock() + ALLOWANCE_S
        store.audit.log("classroom.allow_resume", session_id=self.session_id, participant_id=participant_id)

    def _recorded_allowance(self, store, participant_id: str) -> bool:
        """Whether an allowance recorded in the database (see :func:`record_allowance`) still holds."""
        value = store.meta(_allowance_key(self.session_id, participant_id))
        try:
            return value is not None and float(value) >= time.time()
        except ValueError:
            return False

    def live(self, store) -> list[dict]:
        """The facilitator's live view: one row per attempt of the session (the laptop's own too).

        ``state``: ``joined`` (checked in, nothing answered yet), ``answering``, ``submitted``,
        ``lost`` (in progress, but its phone has not been heard from for a while, or not since the
        server started), ``voided``; then one row per roster member with no attempt yet,
        ``not_started`` (the no-shows, so the facilitator sees who is missing).
        """
        now = self.clock()
        rows = []
        for r in store.attempts.live_status(self.session_id):
            seat = self.seats.get(r["attempt_id"])
            if r["status"] == SUBMITTED:
                state = "submitted"
            elif r["status"] != IN_PROGRESS:
                state = r["status"]
            elif seat is None or now - seat.last_seen > LOST_AFTER_S:
                state = "lost"
            else:
                state = "answering" if r["answered"] else "joined"
            total = seat.total if seat else None
            rows.append({"participant_id": r["participant_id"], "code": r["code"], "name": r["name"] or "",
                         "state": state, "answered": r["answered"] or 0, "total": total,
                         "on_phone": r["device_id"] == self.device_id,
                         "seen_s_ago": None if seat is None else round(now - seat.last_seen, 1),
                         "allowed": r["status"] == IN_PROGRESS and (
                             self.allowed.get(r["participant_id"], 0.0) > now
                             or self._recorded_allowance(store, r["participant_id"]))})
        for r in store.attempts.not_started(self.session_id):  # on the roster, not joined (yet)
            rows.append({"participant_id": r["participant_id"], "code": r["code"], "name": r["name"] or "",
                         "state": "not_started", "answered": 0, "total": None, "on_phone": False,
                         "seen_s_ago": None, "allowed": False})
        return rows


def _picture(owner) -> dict:
    """The phone's reference to the image of a question or option: its address and alt text per language."""
    return {"src": f"/image/{owner.image}", "alt": {lang: localized(owner.image_alt, lang) for lang in LANGUAGES}}


def check_value(question, value):
    """A phone's answer in the JSON shape the engine takes, or InputError (the engine then checks the rest)."""
    if value is None:
        return None
    kind = question.type
    ok = {
        "single": lambda v: isinstance(v, str),
        "multiple": lambda v: isinstance(v, list) and all(isinstance(x, str) for x in v) and len(v) <= 26,
        "truefalse": lambda v: isinstance(v, bool),
        "short": lambda v: isinstance(v, str) and len(v) <= MAX_TEXT,
        "numerical": lambda v: isinstance(v, str) and len(v) <= MAX_TEXT,
        "matching": lambda v: isinstance(v, list) and len(v) <= 64 and all(
            x is None or (isinstance(x, int) and not isinstance(x, bool)) for x in v),
        "cloze": lambda v: isinstance(v, list) and len(v) <= 64 and all(
            x is None or (isinstance(x, str) and len(x) <= MAX_TEXT) for x in v),
        # course evaluation (unscored): the engine checks the scale and the letters
        "rating": lambda v: isinstance(v, int) and not isinstance(v, bool),
        "choice": lambda v: isinstance(v, str),
        "comment": lambda v: isinstance(v, str) and len(v) <= COMMENT_MAX,
        "essay": lambda v: isinstance(v, str) and len(v) <= COMMENT_MAX,
        "retro": lambda v: isinstance(v, dict) and set(v) <= {"then", "now"} and all(
            x is None or (isinstance(x, int) and not isinstance(x, bool)) for x in v.values()),
    }.get(kind, lambda v: False)
    if not ok(value):
        raise InputError(f"{question.key}: this answer does not fit a {kind} question.", code="bad_response")
    return value


__all__ = ["Room", "Seat", "PhoneRefused", "check_value", "record_allowance", "OK"]
