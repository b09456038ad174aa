"""The test engine: one participant taking one session, driven by the runner UI or by tests.

Every change a participant makes (answer, confidence, flag) is appended to the
answer-event log in its own committed transaction before the call returns, so
whatever the UI has shown as saved survives a crash or power cut. Navigation and
the time used are written to the attempt, also durably.

Question order (when the form shuffles questions) and option order (when it
shuffles options) are drawn from a per-attempt seed and stored in the attempt, so
an attempt can be shown again exactly.

Time: only time while an engine is running counts. A resumed attempt continues
from the time last written; the gap while the app was closed is not counted and is
recorded in the audit log (``attempt.resume``).

The engine returns codes and numbers; the UI words them.
"""

from __future__ import annotations

import datetime as _dt
import random
import secrets
import time
from dataclasses import dataclass, replace
from typing import Callable

from assessor.delivery.assessments import Assessment
from assessor.people.cohorts import Participant
from assessor.errors import InputError, NotFound, Refused
from assessor.ids import now
from assessor.banks.questions import Question
from assessor.delivery.marking import CONFIDENCE_LEVELS, MAX_TEXT, ItemState, check_event, mark_attempt, replay
from assessor.delivery.scoring import is_answered, passes
from assessor.delivery.sessions import ANSWER, CONFIDENCE, FLAG, IN_PROGRESS, OPEN, SUBMITTED, VOIDED, AnswerEvent, Attempt, Session

# Check-in outcomes.
OK = "ok"
RESUME = "resume"
ALREADY_SUBMITTED = "already_submitted"
UNKNOWN_CODE = "unknown_code"
SESSION_CLOSED = "session_closed"

WARNINGS_S = (300, 60)
"""Seconds left at which the runner warns (5 and 1 minute)."""


@dataclass(frozen=True)
class CheckIn:
    """The outcome of a check-in: ``code`` is one of the constants above."""

    code: str
    participant: Participant | None = None
    attempt: Attempt | None = None  # the attempt to resume, or the submitted one

    @property
    def may_start(self) -> bool:
        """Whether the participant may start (or resume) the test."""
        return self.code in (OK, RESUME)


@dataclass(frozen=True)
class SubmitResult:
    score_pct: float
    marks: dict[str, float]
    passed: bool
    answered: int
    total: int
    reason: str  # "submit" or "time_out"
    pending: int = 0  # essays still to be marked: the score is provisional while this is not 0


def draw_orders(questions: list[Question], seed: int, shuffle_questions: bool,
                shuffle_options: bool) -> tuple[tuple[str, ...], dict[str, tuple]]:
    """Question order and option orders for one attempt, a pure function of ``seed``.

    Option orders are letters for single/multiple questions, right-hand indices
    for matching questions, and per blank its letters for cloze questions; other types have none.
    The right-hand options of a matching question are drawn even without ``shuffle_options``:
    in pair order they would give the answers away.
    """
    rng = random.Random(seed)
    order = [q.id for q in questions]
    if shuffle_questions:
        rng.shuffle(order)
    options: dict[str, tuple] = {}
    for q in questions:
        if q.type == "cloze":
            # Per choice blank, its letters; shuffled where the blank asks for it (Moodle's _S variants).
            blanks = []
            for b in q.blanks:
                keys = list(b.option_keys)
                if b.shuffle or (shuffle_options and b.kind == "choice"):
                    rng.shuffle(keys)
                blanks.append(tuple(keys))
            options[q.id] = tuple(blanks)
            continue
        if q.type in ("single", "multiple"):
            keys = list(q.option_keys)
        elif q.type == "matching":
            keys = list(range(len(q.right_options)))  # the pairs' right sides, then the distractors
            if not shuffle_options:
                # In pair order the right-hand options would be the answer key (pair 1 -> the first,
                # pair 2 -> the second, ...), so they are always drawn, here from a generator of their
                # own: the draws of the other questions stay as they were.
                random.Random(f"{seed}:{q.id}").shuffle(keys)
                if keys == sorted(keys):  # drawn as the key itself: moved on by one
                    keys = keys[1:] + keys[:1]
        else:
            continue
        if shuffle_options:
            rng.shuffle(keys)
        options[q.id] = tuple(keys)
    return tuple(order), options


class AttemptEngine:
    """Check-in, start/resume, answering and submitting for the sessions of one store.

    ``clock`` is a monotonic seconds counter (injectable so tests control time).
    One engine runs one attempt at a time; after :meth:`submit` it is ready for the
    next participant.
    """

    def __init__(self, store, *, clock: Callable[[], float] = time.monotonic, device_id: str | None = None):
        self.store = store
        self.clock = clock
        # Attempts and events record where they were taken; classroom mode gives its phones their own id.
        self.device_id = device_id or store.device_id
        self.attempt: Attempt | None = None
        self.session: Session | None = None
        self.assessment: Assessment | None = None
        self.participant: Participant | None = None
        self.questions: list[Question] = []  # in the order shown
        self._states: dict[str, ItemState] = {}
        self._base_used = 0.0
        self._segment_start = 0.0

    # -- check-in -------------------------------------------------------------
    def check_in(self, session_id: str, who: str) -> CheckIn:
        """Find the participant (roster id or participant code) and say whether they may start."""
        session = self.store.sessions.get(session_id)
        if session.status != OPEN:
            return CheckIn(SESSION_CLOSED)
        person = self._find_participant(session, who)
        if person is None:
            return CheckIn(UNKNOWN_CODE)
        attempts = [a for a in self.store.attempts.for_participant(session_id, person.id) if a.status != VOIDED]
        submitted = [a for a in attempts if a.status == SUBMITTED]
        if submitted:
            return CheckIn(ALREADY_SUBMITTED, person, submitted[-1])
        running = [a for a in attempts if a.status == IN_PROGRESS]
        if running:
            return CheckIn(RESUME, person, running[-1])
        return CheckIn(OK, person)

    def _find_participant(self, session: Session, who: str) -> Participant | None:
        who = (who or "").strip()
        if not who:
            return None
        # By id (picked from the roster), else by code; one indexed look-up each, never the whole roster
        # (a classroom checks in 100 phones at once).
        try:
            person = self.store.cohorts.participant(who)
        except NotFound:
            person = None
        if person is not None and person.cohort_id == session.cohort_id:
            return person
        return self.store.cohorts.participant_by_code(session.cohort_id, who)

    # -- starting -------------------------------------------------------------
    def start_or_resume(self, session_id: str, participant_id: str, language: str = "en",
                        seed: int | None = None) -> Attempt:
        """Resume the participant's running attempt, or start a new one.

        Refused (code ``already_submitted`` / ``session_closed``) when check-in would refuse.
        """
        check = self.check_in(session_id, participant_id)
        if not check.may_start:
            raise Refused(f"Participant {participant_id} cannot start session {session_id} ({check.code}).",
                          code=check.code)
        self.session = self.store.sessions.get(session_id)
        self.assessment = self.store.assessments.get(self.session.assessment_id)
        if self.assessment.anonymous:
            raise Refused("This course evaluation is anonymous: it is taken without an attempt linked to the "
                          "participant (assessor.delivery.evaluation).", code="anonymous_evaluation")
        self.participant = check.participant
        by_id = {q.id: q for q in self.store.assessments.questions(self.assessment)}
        if check.code == RESUME:
            attempt = check.attempt
            events = self.store.attempts.events(attempt.id)
            last = events[-1].at if events else attempt.started_at
            wall_now = now()
            with self.store.atomic():
                if language and language != attempt.language:
                    attempt = self.store.attempts.update(replace(attempt, language=language))
                self.store.audit.log(
                    "attempt.resume", attempt_id=attempt.id, time_used_s=round(attempt.time_used_s, 3),
                    since_last_event_s=round(_seconds_between(last, wall_now), 3),
                    uncounted_s=round(max(0.0, _seconds_between(attempt.started_at, wall_now) - attempt.time_used_s), 3))
        else:
            seed = secrets.randbits(31) if seed is None else seed
            order, option_orders = draw_orders(list(by_id.values()), seed, self.assessment.shuffle_questions,
                                               self.assessment.shuffle_options)
            attempt = self.store.attempts.create(Attempt(
                session_id=session_id, participant_id=self.participant.id, device_id=self.device_id,
                language=language, seed=seed, question_order=order, option_orders=option_orders))
        self.attempt = attempt
        self.questions = [by_id[q] for q in attempt.question_order]
        replayed = replay(self.store.attempts.events(attempt.id))
        self._states = {q.id: replayed.get(q.id, ItemState()) for q in self.questions}
        self._base_used = attempt.time_used_s
        self._segment_start = self.clock()
        return attempt

    # -- reading --------------------------------------------------------------
    @property
    def active(self) -> bool:
        """Whether an attempt is in progress."""
        return self.attempt is not None and self.attempt.status == IN_PROGRESS

    @property
    def position(self) -> int:
        """The index of the question on screen (0 without an attempt)."""
        return self.attempt.position if self.attempt else 0

    @property
    def count(self) -> int:
        """How many questions the attempt shows."""
        return len(self.questions)

    @property
    def state(self) -> dict[str, ItemState]:
        """Current answer/confidence/flag per question id (a copy)."""
        return dict(self._states)

    def item(self, position: int) -> tuple[Question, ItemState]:
        """The question at ``position`` and the participant's state on it."""
        q = self.questions[position]
        return q, self._states[q.id]

    def option_order(self, question: Question) -> tuple:
        """Option letters (matching: right-hand indices) in the order shown for this attempt."""
        if question.type == "cloze":
            default = tuple(b.option_keys for b in question.blanks)
            return tuple(tuple(keys) for keys in self.attempt.option_orders.get(question.id, default))
        default = tuple(range(len(question.right_options))) if question.type == "matching" else question.option_keys
        return tuple(self.attempt.option_orders.get(question.id, default))

    def answered(self, question: Question) -> bool:
        """Whether ``question`` has an answer in this attempt."""
        return is_answered(question, self._states[question.id].answer)

    def counts(self) -> tuple[int, int]:
        """(unanswered, flagged) questions: what the submit confirmation reports."""
        unanswered = sum(1 for q in self.questions if not self.answered(q))
        flagged = sum(1 for q in self.questions if self._states[q.id].flagged)
        return unanswered, flagged

    @property
    def time_used_s(self) -> float:
        """Seconds spent answering so far (gaps between sessions of work not counted)."""
        if not self.active:
            return self.attempt.time_used_s if self.attempt else 0.0
        return self._base_used + max(0.0, self.clock() - self._segment_start)

    @property
    def time_limit_s(self) -> float | None:
        """The time limit in seconds, or None when the test has none."""
        limit = self.assessment.time_limit_min if self.assessment else None
        return float(limit) * 60.0 if limit else None

    @property
    def remaining_s(self) -> float | None:
        """Seconds left, or None when the form has no time limit."""
        limit = self.time_limit_s
        return None if limit is None else max(0.0, limit - self.time_used_s)

    @property
    def expired(self) -> bool:
        """Whether the time limit has been reached."""
        remaining = self.remaining_s
        return remaining is not None and remaining <= 0.0

    # -- changing ----------------------------------------------------------------
    def _require_open(self) -> None:
        if not self.active:
            raise Refused("There is no attempt in progress.", code="no_attempt")
        if self.expired:
            raise Refused("The time for this attempt is up.", code="time_up")

    def _question(self, question_id: str) -> Question:
        for q in self.questions:
            if q.id == question_id:
                return q
        raise NotFound(f"Question {question_id} is not part of this attempt.")

    def _append(self, question_id: str, kind: str, value, event_id: str = "") -> AnswerEvent:
        event = self.store.attempts.append_event(
            AnswerEvent(self.attempt.id, question_id, kind, value, device_id=self.device_id, id=event_id),
            position=self.attempt.position, time_used_s=self.time_used_s)
        return event

    def answer(self, question_id: str, response, event_id: str = "") -> AnswerEvent:
        """Record (or change, or clear with ``None``) the answer; durable when this returns.

        ``event_id`` names the event (classroom mode derives it from the phone's own id, so a
        resent answer is recognised); by default a fresh id is made."""
        self._require_open()
        q = self._question(question_id)
        value = normalise_response(q, response)
        event = self._append(question_id, ANSWER, value, event_id)
        self._states[question_id] = replace(self._states[question_id], answer=value)
        return event

    def set_confidence(self, question_id: str, level: int | None, event_id: str = "") -> AnswerEvent:
        """Record 'how sure are you?' (1..4, or None to clear)."""
        self._require_open()
        self._question(question_id)
        if level is not None and (isinstance(level, bool) or level not in CONFIDENCE_LEVELS):
            raise InputError(f"Confidence {level!r} is not one of 1, 2, 3, 4.", code="bad_confidence")
        event = self._append(question_id, CONFIDENCE, level, event_id)
        self._states[question_id] = replace(self._states[question_id], confidence=level)
        return event

    def toggle_flag(self, question_id: str) -> bool:
        """Flag or unflag a question for review; returns the new flag."""
        self._require_open()
        self._question(question_id)
        flagged = not self._states[question_id].flagged
        self._append(question_id, FLAG, flagged)
        self._states[question_id] = replace(self._states[question_id], flagged=flagged)
        return flagged

    def set_flag(self, question_id: str, flagged: bool, event_id: str = "") -> AnswerEvent:
        """Flag (True) or unflag (False) a question: the value itself, so a resent event means the same."""
        self._require_open()
        self._question(question_id)
        if not isinstance(flagged, bool):
            raise InputError(f"A flag must be true or false, not {flagged!r}.", code="bad_response")
        event = self._append(question_id, FLAG, flagged, event_id)
        self._states[question_id] = replace(self._states[question_id], flagged=flagged)
        return event

    def go_to(self, position: int) -> int:
        """Move to question ``position`` (clamped to the form); stored so a resume lands there."""
        if not self.active:
            raise Refused("There is no attempt in progress.", code="no_attempt")
        position = max(0, min(self.count - 1, int(position)))
        self.attempt = self.store.attempts.update(replace(self.attempt, position=position,
                                                          time_used_s=self.time_used_s))
        return position

    def set_language(self, language: str) -> None:
        """The participant switched language: answers stay, the attempt records the new language."""
        if self.active and language != self.attempt.language:
            self.attempt = self.store.attempts.update(replace(self.attempt, language=language,
                                                              time_used_s=self.time_used_s))

    def checkpoint(self) -> None:
        """Write the time used so far (the runner calls this every few seconds)."""
        if self.active:
            self.attempt = self.store.attempts.update(replace(self.attempt, time_used_s=self.time_used_s))

    def submit(self, reason: str = "submit") -> SubmitResult:
        """Score and close the attempt in one transaction; answers given so far count."""
        if not self.active:
            raise Refused("There is no attempt in progress.", code="no_attempt")
        used = self.time_used_s
        if self.time_limit_s is not None:
            used = min(used, self.time_limit_s)
        # Marked from the durable log (what the runner showed is exactly what was appended).
        marking = mark_attempt(self.questions, self.store.attempts.events(self.attempt.id),
                               self.assessment.multiple_scoring)
        marks, pct = marking.marks, marking.score_pct
        done = replace(self.attempt, status=SUBMITTED, submitted_at=now(), time_used_s=used, marks=marks,
                       confidences=marking.confidences or None, score_pct=pct)
        with self.store.atomic():
            self.store.attempts.update(done)
            self.store.audit.log("attempt.submit", attempt_id=done.id, reason=reason, time_used_s=round(used, 3))
        self.attempt = done
        answered = sum(1 for q in self.questions if self.answered(q))
        return SubmitResult(pct, marks, passes(pct, self.assessment.pass_mark), answered, len(self.questions), reason,
                            len(marking.pending))

    def time_out(self) -> SubmitResult:
        """Submit because the time is up."""
        return self.submit(reason="time_out")

    def reset(self) -> None:
        """Forget the current participant (after submit, before the next check-in)."""
        self.checkpoint()
        self.attempt = self.session = self.assessment = self.participant = None
        self.questions, self._states = [], {}

    # -- facilitator ---------------------------------------------------------------
    def allow_retake(self, session_id: str, participant_id: str, reason: str) -> Attempt:
        """Let a participant take the session again: the earlier attempt is voided (kept, not deleted)."""
        if not reason.strip():
            raise InputError("Allowing a retake needs a reason.", code="reason_required")
        attempts = [a for a in self.store.attempts.for_participant(session_id, participant_id) if a.status != VOIDED]
        if not attempts:
            raise Refused(f"Participant {participant_id} has no attempt in session {session_id} to retake.",
                          code="nothing_to_retake")
        earlier = attempts[-1]
        with self.store.atomic():
            voided = self.store.attempts.void(earlier.id, f"retake: {reason.strip()}")
            self.store.audit.log("attempt.retake", session_id=session_id, participant_id=participant_id,
                                 voided_attempt_id=earlier.id, reason=reason.strip())
        return voided


def normalise_response(question: Question, response):
    """The response as stored (see assessor.delivery.scoring); InputError when it does not fit the question."""
    if response is None:
        return None
    kind = question.type
    if kind == "single":
        if response not in question.option_keys:
            raise InputError(f"{question.key}: {response!r} is not an option.", code="bad_response")
        return response
    if kind == "multiple":
        chosen = sorted(set(response))
        if any(k not in question.option_keys for k in chosen):
            raise InputError(f"{question.key}: {response!r} has a letter that is not an option.", code="bad_response")
        return chosen
    if kind == "truefalse":
        if not isinstance(response, bool):
            raise InputError(f"{question.key}: a true/false answer must be true or false.", code="bad_response")
        return response
    if kind in ("short", "numerical", "essay"):
        text = str(response)
        if len(text) > MAX_TEXT:
            raise InputError(f"{question.key}: an answer may have at most {MAX_TEXT} characters.", code="bad_response")
        return text.replace("\x00", "")
    if kind == "matching":
        picks = list(response)
        n, choices = len(question.pairs), len(question.right_options)
        if len(picks) != n or any(p is not None and not (isinstance(p, int) and 0 <= p < choices) for p in picks):
            raise InputError(f"{question.key}: a matching answer needs one choice per item.", code="bad_response")
        return picks
    if kind == "cloze":
        if not isinstance(response, (list, tuple)):
            raise InputError(f"{question.key}: a cloze answer lists one value per blank.", code="bad_response")
        values = [None if v is None or str(v).strip() == "" else str(v).replace("\x00", "") for v in response]
        if any(v is not None and len(v) > MAX_TEXT for v in values):
            raise InputError(f"{question.key}: an answer may have at most {MAX_TEXT} characters.", code="bad_response")
        reason = check_event(question, ANSWER, values)
        if reason:
            raise InputError(f"{question.key}: {reason}.", code="bad_response")
        return values
    if kind == "description":
        raise InputError(f"{question.key}: a description takes no answer.", code="bad_response")
    if kind in ("rating", "choice", "comment", "retro"):
        if kind == "comment" and isinstance(response, str):
            response = response.replace("\x00", "")
        if kind == "retro" and isinstance(response, dict):
            response = {k: v for k, v in response.items() if v is not None}
        reason = check_event(question, ANSWER, response)
        if reason:
            raise InputError(f"{question.key}: {reason}.", code="bad_response")
        return response
    raise InputError(f"{question.key}: unknown question type {kind!r}.", code="bad_response")


def pending_session(store) -> str | None:
    """The open session with an unfinished attempt on this device (resume after a crash), if any."""
    running = store.attempts.in_progress_on_device(store.device_id)
    return running[0].session_id if running else None


def _seconds_between(a: str, b: str) -> float:
    try:
        return (_dt.datetime.fromisoformat(b) - _dt.datetime.fromisoformat(a)).total_seconds()
    except ValueError:
        return 0.0
