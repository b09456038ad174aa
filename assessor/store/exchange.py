"""Bulk reads and exact writes for packages, result bundles and database merges.

Records keep their UUIDs across laptops; these methods look them up in batches
(ids bound as one JSON list) and insert them exactly as they travelled. Callers
wrap the writes of one bundle in a single ``store.atomic()``.
"""

from __future__ import annotations

from assessor.people.cohorts import Cohort
from assessor.banks.questions import Bank, Question
from assessor.delivery.sessions import SUBMITTED, AnswerEvent, Attempt, Session
from assessor.store._rows import dumps, loads, row, rows

# One constant query per table: never formatted, the table is chosen by key.
_EXISTING = {
    "banks": "SELECT id FROM banks WHERE id IN (SELECT value FROM json_each(?))",
    "questions": "SELECT id FROM questions WHERE id IN (SELECT value FROM json_each(?))",
    "assessments": "SELECT id FROM assessments WHERE id IN (SELECT value FROM json_each(?))",
    "cohorts": "SELECT id FROM cohorts WHERE id IN (SELECT value FROM json_each(?))",
    "participants": "SELECT id FROM participants WHERE id IN (SELECT value FROM json_each(?))",
    "sessions": "SELECT id FROM sessions WHERE id IN (SELECT value FROM json_each(?))",
    "attempts": "SELECT id FROM attempts WHERE id IN (SELECT value FROM json_each(?))",
    "answer_events": "SELECT id FROM answer_events WHERE id IN (SELECT value FROM json_each(?))",
}


class ExchangeRepo:
    def __init__(self, store):
        self.store = store
        self.db = store.db

    # -- lookups ---------------------------------------------------------------
    def existing_ids(self, table: str, ids) -> set[str]:
        """Which of ``ids`` are already stored in ``table`` (one of the travelling tables)."""
        ids = list(ids)
        if not ids:
            return set()
        return {r[0] for r in self.db.execute(_EXISTING[table], [dumps(ids)]).fetchall()}

    def question_slot(self, bank_id: str, key: str, version: int) -> str | None:
        """The id of the question version stored as (bank, key, version), if any."""
        r = row(self.store, "SELECT id FROM questions WHERE bank_id = ? AND key = ? AND version = ?",
                [bank_id, key, version])
        return r["id"] if r else None

    def max_version(self, bank_id: str, key: str) -> int:
        """The highest stored version of question ``key`` in the bank (0 when there is none)."""
        r = row(self.store, "SELECT max(version) AS v FROM questions WHERE bank_id = ? AND key = ?", [bank_id, key])
        return (r["v"] or 0) if r else 0

    def codes_in_cohorts(self, cohort_ids) -> set[tuple[str, str]]:
        """(cohort id, upper-cased code) of every participant in these cohorts."""
        found = self.db.execute("SELECT cohort_id, upper(code) FROM participants WHERE cohort_id IN "
                                "(SELECT value FROM json_each(?))", [dumps(list(cohort_ids))]).fetchall()
        return {(c, code) for c, code in found}

    def insert_participants(self, people) -> None:
        """Insert roster entries exactly as given (ids included)."""
        self.db["participants"].insert_all(
            ({"id": p.id, "cohort_id": p.cohort_id, "code": p.code, "name": p.name, "sex": p.sex,
              "organisation": p.organisation, "role": p.role, "erased": int(p.erased), "created_at": self.store_now()}
             for p in people), batch_size=500)


    def device_names(self) -> dict[str, str]:
        """Device id -> name as recorded from imported bundles (meta ``device_name:<id>``)."""
        found = rows(self.store, "SELECT key, value FROM meta WHERE key LIKE 'device_name:%'")
        return {r["key"].split(":", 1)[1]: r["value"] for r in found}

    # -- reads for export ------------------------------------------------------
    def all_session_ids(self) -> list[str]:
        """Every session's id, oldest first."""
        return [r["id"] for r in rows(self.store, "SELECT id FROM sessions ORDER BY opened_at, id")]

    def sessions(self, ids) -> list[Session]:
        """The sessions with these ids."""
        found = rows(self.store, "SELECT * FROM sessions WHERE id IN (SELECT value FROM json_each(?)) "
                     "ORDER BY opened_at, id", [dumps(list(ids))])
        return [self.store.sessions._session(r) for r in found]

    def attempts_for_sessions(self, session_ids) -> list[Attempt]:
        """Every attempt of these sessions."""
        found = rows(self.store, "SELECT * FROM attempts WHERE session_id IN (SELECT value FROM json_each(?)) "
                     "ORDER BY started_at, id", [dumps(list(session_ids))])
        return [self.store.attempts._attempt(r) for r in found]

    def attempts_by_id(self, ids) -> dict[str, Attempt]:
        """The attempts with these ids, by id."""
        found = rows(self.store, "SELECT * FROM attempts WHERE id IN (SELECT value FROM json_each(?))",
                     [dumps(list(ids))])
        orders: dict[str, list[str]] = {}  # each session's form order read once, not once per attempt
        out = {}
        for r in found:
            sid = r["session_id"]
            if sid not in orders:
                orders[sid] = self.store.attempts.form_order(sid)
            out[r["id"]] = self.store.attempts._attempt(r, orders[sid])
        return out

    def events_for_attempts(self, attempt_ids) -> list[AnswerEvent]:
        """The answer events of these attempts in log order."""
        cursor = self.db.execute(
            "SELECT attempt_id, question_id, kind, value, at, device_id, id FROM answer_events "
            "WHERE attempt_id IN (SELECT value FROM json_each(?)) ORDER BY attempt_id, at, rowid",
            [dumps(list(attempt_ids))])
        return [AnswerEvent(a, q, k, loads(v), at, d or "", i) for a, q, k, v, at, d, i in cursor.fetchall()]

    def participants_for_cohorts(self, cohort_ids):
        """The roster entries of these cohorts."""
        found = rows(self.store, "SELECT * FROM participants WHERE cohort_id IN (SELECT value FROM json_each(?)) "
                     "ORDER BY cohort_id, code", [dumps(list(cohort_ids))])
        return [self.store.cohorts._participant(r) for r in found]

    def banks(self, ids) -> list[Bank]:
        """The banks with these ids (without their questions)."""
        found = rows(self.store, "SELECT * FROM banks WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id",
                     [dumps(list(ids))])
        return [self.store.banks._bank(r) for r in found]

    # -- exact writes (inside the caller's transaction) ------------------------
    def insert_bank(self, bank: Bank) -> bool:
        """Insert a bank exactly as given; False when a bank with its id exists."""
        if self.db["banks"].count_where("id = ?", [bank.id]):
            return False
        self.db["banks"].insert({
            "id": bank.id, "name": dumps(bank.name), "languages": dumps(list(bank.languages)),
            "description": dumps(bank.description), "notice": dumps(bank.notice), "topics": dumps(bank.topics),
            "archived": int(bank.archived), "created_at": self.store_now(),
        })
        return True

    def insert_cohort(self, cohort: Cohort) -> bool:
        """Store a travelled cohort exactly; its parent link is dropped when the parent did not travel."""
        if self.db["cohorts"].count_where("id = ?", [cohort.id]):
            return False
        parent = cohort.parent_id if cohort.parent_id and self.db["cohorts"].count_where(
            "id = ?", [cohort.parent_id]) else None
        self.db["cohorts"].insert({
            "id": cohort.id, "name": cohort.name, "organisation": cohort.organisation, "location": cohort.location,
            "start_date": cohort.start_date, "end_date": cohort.end_date, "trainers": dumps(list(cohort.trainers)),
            "parent_id": parent, "archived": int(cohort.archived), "demo": int(cohort.demo),
            "created_at": self.store_now(),
        })
        return True

    def insert_question(self, question: Question) -> None:
        """Insert a question version exactly as given."""
        self.store.banks.insert_question_version(question)

    def insert_attempts(self, attempts: list[Attempt]) -> None:
        """Insert attempts exactly as given (ids included)."""
        self.db["attempts"].insert_all((self.store.attempts._record(a) for a in attempts), batch_size=500)

    def insert_events(self, events: list[AnswerEvent]) -> None:
        """Insert events known to be new (the caller filtered them with :meth:`existing_ids`)."""
        self.db.conn.executemany(
            "INSERT INTO answer_events (id, attempt_id, question_id, kind, value, at, device_id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(e.id, e.attempt_id, e.question_id, e.kind, dumps(e.value), e.at, e.device_id) for e in events])

    def remember_device(self, device_id: str, name: str) -> None:
        """Remember the name of the laptop ``device_id`` for reports and conflicts."""
        if name and self.store.meta(f"device_name:{device_id}") != name:
            self.db["meta"].upsert({"key": f"device_name:{device_id}", "value": name}, pk="key")

    @staticmethod
    def store_now() -> str:
        """The current time as the store writes it (UTC, ISO 8601)."""
        from assessor.ids import now

        return now()

    # -- conflicts ---------------------------------------------------------------
    def submitted_groups(self, session_ids=None) -> list[tuple[str, str, list[str]]]:
        """(session, participant, attempt ids) where submitted attempts come from more than one device
        (in ``session_ids`` only, when given)."""
        if session_ids is None:
            found = rows(
                self.store,
                "SELECT session_id, participant_id, json_group_array(id) AS ids FROM (SELECT * FROM attempts "
                "WHERE status = ? ORDER BY submitted_at, id) GROUP BY session_id, participant_id "
                "HAVING count(DISTINCT device_id) > 1 ORDER BY session_id, participant_id",
                [SUBMITTED],
            )
        else:
            found = rows(
                self.store,
                "SELECT session_id, participant_id, json_group_array(id) AS ids FROM (SELECT * FROM attempts "
                "WHERE status = ? AND session_id IN (SELECT value FROM json_each(?)) ORDER BY submitted_at, id) "
                "GROUP BY session_id, participant_id HAVING count(DISTINCT device_id) > 1 "
                "ORDER BY session_id, participant_id",
                [SUBMITTED, dumps(list(session_ids))],
            )
        return [(r["session_id"], r["participant_id"], loads(r["ids"])) for r in found]
