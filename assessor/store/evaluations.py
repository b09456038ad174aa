"""Anonymous course-evaluation responses in the database.

Kept apart from attempts: a response has a random id, its session, the day (no time), the
language and whether it was submitted; its answers are appended in order. Who has answered
a session's evaluation is a separate set of (session, participant) pairs, stored in key
order. Nothing stored links a participant to a response.
"""

from __future__ import annotations

from dataclasses import dataclass

from assessor.ids import new_id, now
from assessor.store._rows import dumps, loads, row, rows


@dataclass(frozen=True)
class AnonymousResponse:
    """One anonymous response: its answers are the latest value per question (None clears)."""

    id: str
    session_id: str
    day: str
    language: str
    submitted: bool
    answers: dict[str, object]


class EvaluationRepo:
    def __init__(self, store):
        self.store = store
        self.db = store.db

    def has_answered(self, session_id: str, participant_id: str) -> bool:
        """Whether the participant has started (or finished) this session's anonymous evaluation."""
        return row(self.store, "SELECT 1 AS x FROM evaluation_takers WHERE session_id = ? AND participant_id = ?",
                   [session_id, participant_id]) is not None

    def takers(self, session_id: str) -> set[str]:
        """Participant ids who have answered the session's anonymous evaluation (no order, no time)."""
        found = rows(self.store, "SELECT participant_id FROM evaluation_takers WHERE session_id = ?", [session_id])
        return {r["participant_id"] for r in found}

    def start(self, session_id: str, participant_id: str, language: str) -> str:
        """Record that the participant answers, and open an unlinked response, in one transaction."""
        response_id = new_id()
        with self.store.atomic():
            self.db.execute("INSERT INTO evaluation_takers (session_id, participant_id) VALUES (?, ?)",
                            [session_id, participant_id])
            self.db.execute("INSERT INTO evaluation_responses (id, session_id, day, language, submitted) "
                            "VALUES (?, ?, ?, ?, 0)", [response_id, session_id, now()[:10], language])
        return response_id

    def append(self, response_id: str, question_id: str, value) -> None:
        """Append one answer (durable when this returns)."""
        with self.store.atomic():
            nxt = row(self.store, "SELECT COALESCE(MAX(seq), 0) + 1 AS n FROM evaluation_answers WHERE response_id = ?",
                      [response_id])["n"]
            self.db.execute("INSERT INTO evaluation_answers (response_id, seq, question_id, value) VALUES (?, ?, ?, ?)",
                            [response_id, nxt, question_id, dumps(value)])

    def submit(self, response_id: str) -> None:
        """Mark the response as submitted (it counts from then on)."""
        with self.store.atomic():
            self.db.execute("UPDATE evaluation_responses SET submitted = 1 WHERE id = ?", [response_id])

    def add_submitted(self, response_id: str, session_id: str, language: str, answers: dict[str, object],
                      audit: tuple[str, dict] | None = None) -> None:
        """Store a whole submitted response at once (a paper form), with its audit entry, in one transaction.

        Like a response given on a laptop, it carries no participant, no device and only the day;
        unlike one, nobody is recorded as having answered (a paper form names no one).
        """
        with self.store.atomic():
            self.db.execute("INSERT INTO evaluation_responses (id, session_id, day, language, submitted) "
                            "VALUES (?, ?, ?, ?, 1)", [response_id, session_id, now()[:10], language])
            for seq, (question_id, value) in enumerate(answers.items(), 1):
                self.db.execute("INSERT INTO evaluation_answers (response_id, seq, question_id, value) "
                                "VALUES (?, ?, ?, ?)", [response_id, seq, question_id, dumps(value)])
            if audit is not None:
                self.store.audit.log(audit[0], **audit[1])

    def response(self, response_id: str) -> AnonymousResponse | None:
        """One response by its id with its final answers, or None when there is none."""
        r = row(self.store, "SELECT * FROM evaluation_responses WHERE id = ?", [response_id])
        if r is None:
            return None
        return self._response(r)

    def _response(self, r: dict) -> AnonymousResponse:
        answers: dict[str, object] = {}
        for a in rows(self.store, "SELECT question_id, value FROM evaluation_answers WHERE response_id = ? "
                      "ORDER BY seq", [r["id"]]):
            answers[a["question_id"]] = loads(a["value"])
        return AnonymousResponse(r["id"], r["session_id"], r["day"], r["language"], bool(r["submitted"]),
                                 {k: v for k, v in answers.items() if v is not None})

    def responses(self, session_id: str, submitted_only: bool = True) -> list[AnonymousResponse]:
        """The session's responses (in id order, which is random), each with its final answers."""
        found = rows(self.store, "SELECT * FROM evaluation_responses WHERE session_id = ? AND submitted >= ? "
                     "ORDER BY id", [session_id, int(submitted_only)])
        return [self._response(r) for r in found]
