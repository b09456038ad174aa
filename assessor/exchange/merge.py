"""Merging travelled records into a database: by UUID, idempotent, losing nothing.

Rules (see docs/data-exchange.md):

- marks and scores carried in a file are never trusted: every attempt that arrives
  or changes is marked again from its answer events and the stored question
  versions (:func:`assessor.delivery.marking.mark_attempt`, the runner's own);
- a question whose id is stored with different content is a conflict (reported in
  ``question_conflicts``, never counted as present); the stored version stays;
- a record whose id is already stored is "present" and left as it is, except
  attempts, which are merged: their answer events are a union (events are never
  overwritten), the status is the furthest of in_progress < submitted < voided,
  and a submitted attempt that gained events or status is re-marked from the union
  of its events with :func:`assessor.delivery.scoring.score`, exactly as the runner marks it;
- a question version whose (bank, key, version) is taken by different content
  (both laptops edited the question) keeps its id and gets the next free version;
- a participant whose code is taken in the cohort by another person keeps their
  id and gets the code with a ``-2``, ``-3`` ... suffix;
- a participant with submitted attempts in one session from different devices is
  a conflict: everything is kept and listed; :func:`resolve_conflict` voids the
  attempts that should not count (audit logged). Until then the latest counts.

One bundle is applied in one transaction (a savepoint when the caller has one open: a folder
import commits bundles in groups). Nothing is written (not even the audit
log) when a bundle brings nothing new, so importing twice changes nothing.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field, replace

from assessor.errors import InputError, NotFound
from assessor.ids import now
from assessor.progress import Progress, step
from assessor.delivery.marking import check_event, mark_attempt
from assessor.delivery.sessions import IN_PROGRESS, SUBMITTED, VOIDED, AnswerEvent, Attempt
from assessor.exchange.records import Records

_RANK = {IN_PROGRESS: 0, SUBMITTED: 1, VOIDED: 2}
KINDS = ("banks", "questions", "assessments", "cohorts", "participants", "sessions", "attempts", "answer_events")


@dataclass
class BundleReport:
    """What importing one package, bundle or database did (or why it was refused)."""

    source: str
    status: str = "unchanged"  # imported | unchanged | refused
    code: str = ""
    message: str = ""
    kind: str = ""
    device_id: str = ""
    device_name: str = ""
    new: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    present: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    merged_attempts: int = 0  # stored attempts that gained events or status from this source
    conflicts: list[dict] = field(default_factory=list)
    renumbered_questions: list[dict] = field(default_factory=list)
    renamed_participants: list[dict] = field(default_factory=list)
    question_conflicts: list[dict] = field(default_factory=list)  # same id, other content: the stored one stays
    remarked_attempts: int = 0  # new attempts whose carried marks differed from their events (and were replaced)

    def to_dict(self) -> dict:
        """The report as JSON-ready data."""
        return dataclasses.asdict(self)


@dataclass
class ImportReport:
    """The report of one import: one entry per source, in the order given."""

    bundles: list[BundleReport] = field(default_factory=list)

    @property
    def refused(self) -> list[BundleReport]:
        """The sources that were refused."""
        return [b for b in self.bundles if b.status == "refused"]

    def to_dict(self) -> dict:
        """Every source's report and the totals, as JSON-ready data."""
        return {"bundles": [b.to_dict() for b in self.bundles],
                "totals": {"sources": len(self.bundles), "imported": sum(b.status == "imported" for b in self.bundles),
                           "unchanged": sum(b.status == "unchanged" for b in self.bundles),
                           "refused": len(self.refused)}}


@dataclass(frozen=True)
class Conflict:
    """One participant with submitted attempts in one session from more than one device."""

    session_id: str
    participant_id: str
    participant_code: str
    attempts: tuple[Attempt, ...]  # oldest submission first; the last one counts until resolved


def apply_records(store, records: Records, report: BundleReport, progress: Progress | None = None,
                  seen: dict | None = None) -> BundleReport:
    """Write ``records`` into ``store`` in one transaction (or savepoint) and fill ``report``.

    Raises :class:`InputError` (and writes nothing) if the database refuses a record.
    ``seen`` is a dict kept by a caller that applies several bundles in a row (one import):
    the stored forms and question versions read for one bundle serve the next ones.
    """
    import sqlite3

    seen = {} if seen is None else seen
    try:
        with store.atomic():
            _apply(store, records, report, progress, seen)
            changed = any(report.new.values()) or report.merged_attempts or report.renumbered_questions
            if changed:
                if report.device_id:
                    store.exchange.remember_device(report.device_id, report.device_name)
                store.audit.log("exchange.import", source=report.source, kind=report.kind,
                                device_id=report.device_id, new={k: v for k, v in report.new.items() if v},
                                merged_attempts=report.merged_attempts)
    except BaseException as exc:
        seen.clear()  # what was read inside the rolled-back transaction is not in the database
        if isinstance(exc, sqlite3.IntegrityError):
            raise InputError(f"{report.source}: the database refused a record ({exc}); nothing was imported.",
                             code="db_refused", file=report.source) from exc
        raise
    report.status = "imported" if changed else "unchanged"
    if not changed:
        report.conflicts = []
    return report


def _split(store, table: str, items, report: BundleReport, kind: str | None = None):
    existing = store.exchange.existing_ids(table, [i.id for i in items])
    new = [i for i in items if i.id not in existing]
    report.present[kind or table] += len(items) - len(new)
    return new, existing


def _apply(store, r: Records, report: BundleReport, progress, seen: dict) -> None:
    x = store.exchange
    total = 8
    new_banks, _ = _split(store, "banks", r.banks, report)
    for b in new_banks:
        x.insert_bank(b)
    report.new["banks"] = len(new_banks)
    step(progress, 1, total)

    store.banks.add_images(r.images)  # content-addressed: one already stored is kept as it is
    existing_q = store.exchange.existing_ids("questions", [q.id for q in r.questions])
    unread = [qid for qid in existing_q if ("question", qid) not in seen]
    if unread:
        for qid, q in store.banks.questions_by_id(unread).items():
            seen[("question", qid)] = q
    stored_q = {qid: seen[("question", qid)] for qid in existing_q if ("question", qid) in seen}
    for q in r.questions:
        # equal objects have equal content; only unequal ones need the hash (a version renumbered here)
        if q.id in stored_q and stored_q[q.id] != q and stored_q[q.id].content_hash() != q.content_hash():
            # Same id, different content: never "present". The stored version stays and marks use it.
            report.question_conflicts.append({"question_id": q.id, "key": q.key, "version": q.version})
    clashing = {c["question_id"] for c in report.question_conflicts}
    new_questions, _ = _split(store, "questions", [q for q in r.questions if q.id not in clashing], report)
    for q in new_questions:
        taken = x.question_slot(q.bank_id, q.key, q.version)
        if taken is not None:
            version = x.max_version(q.bank_id, q.key) + 1
            report.renumbered_questions.append({"question_id": q.id, "key": q.key, "from": q.version, "to": version})
            q = replace(q, version=version)
        x.insert_question(q)
    report.new["questions"] = len(new_questions)
    step(progress, 2, total)

    new_cohorts, _ = _split(store, "cohorts", r.cohorts, report)
    pending = list(new_cohorts)
    incoming = {c.id for c in pending}
    while pending:  # parents before children, so the ToT link survives
        ready = [c for c in pending if not c.parent_id or c.parent_id not in incoming]
        if not ready:
            ready = pending
        for c in ready:
            x.insert_cohort(c)
            incoming.discard(c.id)
        pending = [c for c in pending if c not in ready]
    report.new["cohorts"] = len(new_cohorts)

    new_people, _ = _split(store, "participants", r.participants, report)
    taken = x.codes_in_cohorts({p.cohort_id for p in new_people}) if new_people else set()
    placed = []
    for p in new_people:
        code = p.code
        n = 1
        while (p.cohort_id, code.upper()) in taken:
            n += 1
            code = f"{p.code}-{n}"
        if code != p.code:
            report.renamed_participants.append({"participant_id": p.id, "from": p.code, "to": code})
            p = replace(p, code=code)
        taken.add((p.cohort_id, code.upper()))
        placed.append(p)
    x.insert_participants(placed)
    report.new["participants"] = len(new_people)
    step(progress, 3, total)

    new_forms, _ = _split(store, "assessments", r.assessments, report)
    for a in new_forms:
        store.assessments.insert_exact(a)
    report.new["assessments"] = len(new_forms)
    new_sessions, _ = _split(store, "sessions", r.sessions, report)
    for s in new_sessions:
        store.sessions.insert_exact(s)
    report.new["sessions"] = len(new_sessions)
    step(progress, 4, total)

    new_attempts, existing_attempts = _split(store, "attempts", r.attempts, report)
    x.insert_attempts(new_attempts)
    report.new["attempts"] = len(new_attempts)
    step(progress, 5, total)

    # The events of a new attempt cannot be stored yet (an event belongs to one attempt), so only
    # the others are looked up; one whose id is stored all the same (under another attempt: the
    # file lies) is refused by the database with the whole bundle, never quietly left out.
    arriving = {a.id for a in new_attempts}
    known = x.existing_ids("answer_events", [e.id for e in r.events if e.attempt_id not in arriving])
    new_events = [e for e in r.events if e.id not in known] if known else r.events
    report.present["answer_events"] += len(r.events) - len(new_events)
    x.insert_events(new_events)
    report.new["answer_events"] = len(new_events)
    step(progress, 6, total)

    # Marks carried in the file are never trusted: every new attempt is marked again from its events.
    # A new attempt's events are all new (none can be stored before their attempt), so they are
    # the ones just inserted, in the order they were inserted: the stored log, without reading it back.
    by_attempt: dict[str, list] = {}
    for e in new_events:
        by_attempt.setdefault(e.attempt_id, []).append(e)
    remarked = 0
    for a in new_attempts:
        again = remark(store, a, by_attempt.get(a.id, []), seen)
        if (again.marks, again.confidences, again.score_pct) != (a.marks, a.confidences, a.score_pct):
            store.attempts.update(again)
            remarked += 1
    report.remarked_attempts = remarked

    gained = {e.attempt_id for e in new_events} & existing_attempts
    incoming_by_id = {a.id: a for a in r.attempts if a.id in existing_attempts}
    stored = x.attempts_by_id(incoming_by_id) if incoming_by_id else {}
    to_merge = [a for a in incoming_by_id.values()
                if a.id in gained or _RANK.get(a.status, 0) > _RANK.get(stored[a.id].status, 0)]
    for incoming in to_merge:
        _merge_attempt(store, stored[incoming.id], incoming, seen)
    report.merged_attempts = len(to_merge)
    step(progress, 7, total)

    touched = {(a.session_id, a.participant_id) for a in r.attempts if a.status == SUBMITTED}
    for conflict in (list_conflicts(store, {s for s, _ in touched}) if touched else []):
        if (conflict.session_id, conflict.participant_id) in touched:
            report.conflicts.append({"session_id": conflict.session_id, "participant_id": conflict.participant_id,
                                     "participant_code": conflict.participant_code,
                                     "attempt_ids": [a.id for a in conflict.attempts],
                                     "devices": [a.device_id for a in conflict.attempts]})
    step(progress, 8, total)


def _merge_attempt(store, local: Attempt, incoming: Attempt, seen: dict | None = None) -> None:
    status = local.status if _RANK.get(local.status, 0) >= _RANK.get(incoming.status, 0) else incoming.status
    merged = replace(
        local, status=status,
        submitted_at=local.submitted_at or incoming.submitted_at,
        time_used_s=max(local.time_used_s or 0.0, incoming.time_used_s or 0.0),
        position=max(local.position, incoming.position),
        void_reason=local.void_reason or (incoming.void_reason if status == VOIDED else ""),
    )
    # Never the marks the file carried: the runner's marking of the union of the events.
    store.attempts.update(remark(store, merged, seen=seen))


def remark(store, attempt: Attempt, events=None, seen: dict | None = None) -> Attempt:
    """The attempt with marks, confidences and score recomputed from its events and question versions.

    ``events`` defaults to all the attempt's stored events. The marking is the
    runner's own (:func:`assessor.delivery.marking.mark_attempt`); an attempt that
    was never submitted (in progress, or voided before submitting) carries no marks.
    ``seen`` (a dict the caller keeps across calls) holds the forms and question versions
    already read, so that marking many attempts of one session reads them once.
    """
    if attempt.status == IN_PROGRESS or (attempt.status == VOIDED and not attempt.submitted_at):
        return replace(attempt, marks=None, confidences=None, score_pct=None)
    seen = {} if seen is None else seen
    form = seen.get(("session", attempt.session_id))
    if form is None:
        session = store.sessions.get(attempt.session_id)
        form = seen[("session", attempt.session_id)] = store.assessments.get(session.assessment_id)
    qids = list(attempt.question_order) or list(form.question_ids)
    missing = [q for q in qids if ("question", q) not in seen]
    if missing:
        for qid, q in store.banks.questions_by_id(missing).items():
            seen[("question", qid)] = q
    by_id = {q: seen[("question", q)] for q in qids if ("question", q) in seen}
    if events is None:
        events = store.exchange.events_for_attempts([attempt.id])
    marking = mark_attempt([by_id[q] for q in qids], events, form.multiple_scoring)
    return replace(attempt, marks=marking.marks, confidences=marking.confidences or None,
                   score_pct=marking.score_pct)


# -- conflicts ---------------------------------------------------------------------
def list_conflicts(store, session_ids=None) -> list[Conflict]:
    """Unresolved conflicts: submitted attempts of one participant in one session from different devices
    (in ``session_ids`` only, when given)."""
    out = []
    for session_id, participant_id, ids in store.exchange.submitted_groups(session_ids):
        attempts = store.exchange.attempts_by_id(ids)
        ordered = tuple(sorted(attempts.values(), key=lambda a: (a.submitted_at or "", a.id)))
        code = store.cohorts.participant(participant_id).code
        out.append(Conflict(session_id, participant_id, code, ordered))
    return out


def resolve_conflict(store, keep_attempt_id: str, reason: str = "") -> list[str]:
    """Keep ``keep_attempt_id`` as the counting attempt: void the participant's other
    submitted attempts in that session (kept, not deleted; audit logged). Returns the voided ids."""
    keep = store.attempts.get(keep_attempt_id)
    if keep.status != SUBMITTED:
        raise InputError(f"Attempt {keep_attempt_id} is {keep.status}, not submitted; it cannot be the one that "
                         "counts.", code="not_submitted")
    others = [a for a in store.attempts.for_participant(keep.session_id, keep.participant_id)
              if a.id != keep.id and a.status == SUBMITTED]
    if not others:
        raise NotFound(f"Attempt {keep_attempt_id} is not in conflict with another submitted attempt.",
                       code="no_conflict")
    why = reason.strip() or f"conflict resolved: attempt {keep.id} counts"
    with store.atomic():
        for a in others:
            store.attempts.void(a.id, why)
        store.audit.log("exchange.resolve_conflict", kept=keep.id, voided=[a.id for a in others], at=now())
    return [a.id for a in others]


__all__ = ["BundleReport", "ImportReport", "Conflict", "apply_records", "remark", "list_conflicts",
           "resolve_conflict", "AnswerEvent"]
