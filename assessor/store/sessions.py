"""Sessions, attempts and the append-only answer-event log in the database."""

from __future__ import annotations

from dataclasses import replace

from assessor.errors import InputError, NotFound, Refused
from assessor.ids import new_id, now
from assessor.delivery.sessions import CLOSED, EVENT_KINDS, IN_PROGRESS, OPEN, PHASES, SUBMITTED, VOIDED, AnswerEvent, Attempt, Session
from assessor.store._rows import decode_values, dumps, encode_values, loads, row, rows


class SessionRepo:
    def __init__(self, store):
        self.store = store
        self.db = store.db

    @staticmethod
    def _session(r: dict) -> Session:
        return Session(cohort_id=r["cohort_id"], assessment_id=r["assessment_id"], phase=r["phase"],
                       status=r["status"], opened_at=r["opened_at"] or "", closed_at=r["closed_at"],
                       allow_retake=bool(r["allow_retake"]), id=r["id"])

    def get(self, session_id: str) -> Session:
        """The session ``session_id``; NotFound otherwise."""
        r = row(self.store, "SELECT * FROM sessions WHERE id = ?", [session_id])
        if r is None:
            raise NotFound(f"There is no session with id {session_id}.")
        return self._session(r)

    def list(self, cohort_id: str | None = None) -> list[Session]:
        """The sessions (of one cohort, if given), oldest first."""
        if cohort_id is None:
            found = rows(self.store, "SELECT * FROM sessions ORDER BY opened_at")
        else:
            found = rows(self.store, "SELECT * FROM sessions WHERE cohort_id = ? ORDER BY opened_at", [cohort_id])
        return [self._session(r) for r in found]

    def open(self, cohort_id: str, assessment_id: str, phase: str) -> Session:
        """Open a new session of a form for a cohort (this locks the form)."""
        if phase not in PHASES:
            raise InputError(f"Phase {phase!r} is not one of {', '.join(PHASES)}.", code="bad_phase")
        self.store.cohorts.get(cohort_id)
        self.store.assessments.get(assessment_id)
        session = Session(cohort_id, assessment_id, phase, OPEN, now(), None, False, new_id())
        with self.store.atomic():
            self.db["sessions"].insert({
                "id": session.id, "cohort_id": cohort_id, "assessment_id": assessment_id, "phase": phase,
                "status": OPEN, "allow_retake": 0, "opened_at": session.opened_at, "closed_at": None,
            })
            self.store.audit.log("session.open", session_id=session.id, cohort_id=cohort_id, phase=phase)
        return session

    def close(self, session_id: str) -> Session:
        """Close the session (nobody can start or continue it); audited."""
        with self.store.atomic():
            self.db["sessions"].update(session_id, {"status": CLOSED, "closed_at": now()})
            self.store.audit.log("session.close", session_id=session_id)
        return self.get(session_id)

    def reopen(self, session_id: str, reason: str) -> Session:
        """Re-open a closed session; a reason is required and audited."""
        if not reason.strip():
            raise InputError("Re-opening a session needs a reason.", code="reason_required")
        with self.store.atomic():
            self.db["sessions"].update(session_id, {"status": OPEN, "closed_at": None})
            self.store.audit.log("session.reopen", session_id=session_id, reason=reason.strip())
        return self.get(session_id)

    def insert_exact(self, session: Session) -> bool:
        """Insert a session exactly as given; False when one with its id exists."""
        if self.db["sessions"].count_where("id = ?", [session.id]):
            return False
        self.db["sessions"].insert({
            "id": session.id, "cohort_id": session.cohort_id, "assessment_id": session.assessment_id,
            "phase": session.phase, "status": session.status, "allow_retake": int(session.allow_retake),
            "opened_at": session.opened_at, "closed_at": session.closed_at,
        })
        return True


class AttemptRepo:
    def __init__(self, store):
        self.store = store
        self.db = store.db

    # Marks and confidences are stored as JSON lists in the form's question order: compact
    # (no question ids repeated per attempt), so reading 30,000 attempts for analysis is fast.
    def form_order(self, session_id: str) -> list[str]:
        """Question ids of the session's form, in form order."""
        found = rows(self.store, "SELECT ai.question_id FROM sessions s JOIN assessment_items ai "
                     "ON ai.assessment_id = s.assessment_id WHERE s.id = ? ORDER BY ai.position", [session_id])
        return [r["question_id"] for r in found]

    @staticmethod
    def encode_by_form(values: dict | None, order: list[str]) -> bytes | None:
        """Values per question id as one little-endian float64 per question in form ``order``.

        NaN stands where a question has no value (not shown, or not rated). A fixed-width
        column reads straight into an array (``numpy.frombuffer``); see schema step 5.
        """
        if values is None:
            return None
        unknown = set(values) - set(order)
        if unknown:
            raise InputError(f"Question {sorted(unknown)[0]} is not on this attempt's form.", code="not_on_form")
        return encode_values([values.get(q) for q in order])

    @staticmethod
    def decode_by_form(blob: bytes | None, order: list[str], whole: bool = False) -> dict | None:
        """The inverse of :meth:`encode_by_form`: values per question id (missing ones left out).

        ``whole`` gives whole numbers as ``int`` (confidence ratings 1..4); marks stay floats.
        """
        if blob is None:
            return None
        values = decode_values(blob)
        return {q: (int(v) if whole else v) for q, v in zip(order, values.tolist()) if v == v}

    def _attempt(self, r: dict, order: list[str] | None = None) -> Attempt:
        if order is None and (r["marks"] is not None or r["confidences"] is not None):
            order = self.form_order(r["session_id"])
        return Attempt(
            session_id=r["session_id"], participant_id=r["participant_id"], device_id=r["device_id"],
            language=r["language"] or "en", seed=r["seed"] or 0,
            question_order=tuple(loads(r["question_order"], [])),
            option_orders={k: tuple(v) for k, v in loads(r["option_orders"], {}).items()},
            started_at=r["started_at"] or "", submitted_at=r["submitted_at"], time_used_s=r["time_used_s"] or 0.0,
            status=r["status"], position=r["position"] or 0, marks=self.decode_by_form(r["marks"], order or []),
            confidences=self.decode_by_form(r["confidences"], order or [], whole=True), score_pct=r["score_pct"],
            void_reason=r["void_reason"] or "", id=r["id"],
        )

    def _record(self, a: Attempt) -> dict:
        order = self.form_order(a.session_id) if (a.marks is not None or a.confidences is not None) else []
        return {
            "id": a.id, "session_id": a.session_id, "participant_id": a.participant_id, "device_id": a.device_id,
            "language": a.language, "seed": a.seed, "question_order": dumps(list(a.question_order)),
            "option_orders": dumps({k: list(v) for k, v in a.option_orders.items()}), "started_at": a.started_at,
            "submitted_at": a.submitted_at, "time_used_s": a.time_used_s, "status": a.status,
            "position": a.position, "marks": self.encode_by_form(a.marks, order),
            "confidences": self.encode_by_form(a.confidences, order),
            "score_pct": a.score_pct, "void_reason": a.void_reason,
        }

    def get(self, attempt_id: str) -> Attempt:
        """The attempt ``attempt_id``; NotFound otherwise."""
        r = row(self.store, "SELECT * FROM attempts WHERE id = ?", [attempt_id])
        if r is None:
            raise NotFound(f"There is no attempt with id {attempt_id}.")
        return self._attempt(r)

    def for_session(self, session_id: str) -> list[Attempt]:
        """Every attempt of the session, in the order they were started."""
        found = rows(self.store, "SELECT * FROM attempts WHERE session_id = ? ORDER BY started_at", [session_id])
        order = self.form_order(session_id)
        return [self._attempt(r, order) for r in found]

    def for_participant(self, session_id: str, participant_id: str) -> list[Attempt]:
        """The participant's attempts in the session, in the order they were started."""
        found = rows(self.store, "SELECT * FROM attempts WHERE session_id = ? AND participant_id = ? "
                     "ORDER BY started_at", [session_id, participant_id])
        order = self.form_order(session_id)
        return [self._attempt(r, order) for r in found]

    def create(self, attempt: Attempt) -> Attempt:
        """Store a new attempt; returns it."""
        attempt = replace(attempt, id=attempt.id or new_id(), started_at=attempt.started_at or now())
        with self.store.atomic():
            self.db["attempts"].insert(self._record(attempt))
        return attempt

    def insert_exact(self, attempt: Attempt) -> bool:
        """Insert an attempt exactly as given; False when one with its id exists."""
        if self.db["attempts"].count_where("id = ?", [attempt.id]):
            return False
        self.db["attempts"].insert(self._record(attempt))
        return True

    def update(self, attempt: Attempt) -> Attempt:
        """Write the attempt's mutable state (position, time, status, marks) durably."""
        record = self._record(attempt)
        with self.store.atomic():
            self.db["attempts"].update(attempt.id, {k: record[k] for k in (
                "language", "time_used_s", "status", "position", "submitted_at", "marks", "confidences", "score_pct",
                "void_reason")})
        return attempt

    def void(self, attempt_id: str, reason: str) -> Attempt:
        """Void an attempt (it stays stored, it just no longer counts)."""
        with self.store.atomic():
            self.db["attempts"].update(attempt_id, {"status": VOIDED, "void_reason": reason})
            self.store.audit.log("attempt.void", attempt_id=attempt_id, reason=reason)
        return self.get(attempt_id)

    # -- the answer-event log ---------------------------------------------------
    def append_event(self, event: AnswerEvent, *, position: int | None = None,
                     time_used_s: float | None = None) -> AnswerEvent:
        """Append one event in its own committed transaction (durable on return).

        The attempt's position/time can be updated in the same transaction.
        """
        if event.kind not in EVENT_KINDS:
            raise InputError(f"Unknown answer-event kind {event.kind!r}.", code="bad_event")
        with self.store.atomic():
            at = event.at or now()
            if not event.at:
                # Never earlier than the attempt's last event (a clock set back must not reorder the log).
                last = self.db.execute("SELECT max(at) FROM answer_events WHERE attempt_id = ?",
                                       [event.attempt_id]).fetchone()[0]
                if last and last >= at:
                    at = last
            event = replace(event, id=event.id or new_id(), at=at)
            self.db["answer_events"].insert({
                "id": event.id, "attempt_id": event.attempt_id, "question_id": event.question_id,
                "kind": event.kind, "value": dumps(event.value), "at": event.at, "device_id": event.device_id,
            })
            changes = {}
            if position is not None:
                changes["position"] = position
            if time_used_s is not None:
                changes["time_used_s"] = time_used_s
            if changes:
                self.db["attempts"].update(event.attempt_id, changes)
        return event

    def insert_events(self, events: list[AnswerEvent]) -> int:
        """Add events that are not yet stored (matched by id); returns how many were new."""
        new = 0
        table = self.db["answer_events"]
        for e in events:
            if table.count_where("id = ?", [e.id]):
                continue
            table.insert({"id": e.id, "attempt_id": e.attempt_id, "question_id": e.question_id, "kind": e.kind,
                          "value": dumps(e.value), "at": e.at, "device_id": e.device_id})
            new += 1
        return new

    def event_attempt(self, event_id: str) -> str | None:
        """The attempt an answer event belongs to, or None when no event has this id."""
        r = row(self.store, "SELECT attempt_id FROM answer_events WHERE id = ?", [event_id])
        return r["attempt_id"] if r else None

    def events(self, attempt_id: str) -> list[AnswerEvent]:
        """The attempt's answer events in the order they were appended."""
        found = rows(self.store, "SELECT * FROM answer_events WHERE attempt_id = ? ORDER BY at, rowid", [attempt_id])
        return [AnswerEvent(r["attempt_id"], r["question_id"], r["kind"], loads(r["value"]), r["at"],
                            r["device_id"] or "", r["id"]) for r in found]

    def current_state(self, attempt_id: str) -> dict[str, dict[str, object]]:
        """The latest value of each kind per question: {question id: {kind: value}}."""
        state: dict[str, dict[str, object]] = {}
        for e in self.events(attempt_id):
            state.setdefault(e.question_id, {})[e.kind] = e.value
        return state

    def live_status(self, session_id: str, device_id: str | None = None) -> list[dict]:
        """Each attempt of a session with how far it got, for the facilitator's live view.

        Rows: ``participant_id``, ``code``, ``name``, ``status`` (in_progress/submitted/voided),
        ``answered`` (questions with an answer event), ``started_at``, ``submitted_at``,
        ``device_id``. Limited to one device when ``device_id`` is given.
        """
        return rows(
            self.store,
            "SELECT a.id AS attempt_id, a.participant_id, p.code, p.name, a.status, a.started_at, a.submitted_at, "
            "a.device_id, (SELECT count(DISTINCT e.question_id) FROM answer_events e "
            "WHERE e.attempt_id = a.id AND e.kind = 'answer') AS answered "
            "FROM attempts a JOIN participants p ON p.id = a.participant_id "
            "WHERE a.session_id = ? AND (? IS NULL OR a.device_id = ?) ORDER BY p.code, a.started_at",
            [session_id, device_id, device_id],
        )

    def not_started(self, session_id: str) -> list[dict]:
        """The roster members of the session's cohort with no attempt in it yet (any device): the no-shows.

        Rows: ``participant_id``, ``code``, ``name``, in code order.
        """
        return rows(
            self.store,
            "SELECT p.id AS participant_id, p.code, p.name FROM participants p "
            "JOIN sessions s ON s.cohort_id = p.cohort_id WHERE s.id = ? "
            "AND NOT EXISTS (SELECT 1 FROM attempts a WHERE a.session_id = s.id AND a.participant_id = p.id) "
            "ORDER BY p.code",
            [session_id],
        )

    def in_progress_on_device(self, device_id: str) -> list[Attempt]:
        """Attempts started on this device, not yet submitted, in a session that is still open
        (most recently started first): what participant mode resumes after a crash."""
        found = rows(self.store, "SELECT a.* FROM attempts a JOIN sessions s ON s.id = a.session_id "
                     "WHERE a.device_id = ? AND a.status = ? AND s.status = ? ORDER BY a.started_at DESC",
                     [device_id, IN_PROGRESS, OPEN])
        return [self._attempt(r) for r in found]

    def submitted_count(self, session_id: str) -> int:
        """How many submitted attempts the session has."""
        return self.db["attempts"].count_where("session_id = ? AND status = ?", [session_id, SUBMITTED])


__all__ = ["SessionRepo", "AttemptRepo", "IN_PROGRESS", "SUBMITTED", "VOIDED", "Refused"]
