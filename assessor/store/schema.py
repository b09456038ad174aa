"""The database schema as sqlite-utils migrations: each step one transaction.

Never edit a step that has shipped: add a new one. The names of all known steps
are compared with the names recorded in the database, so a database written by a
newer Assessor (with steps this version does not know) is refused untouched.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

MIGRATIONS = Migrations("assessor")


@MIGRATIONS()
def m001_core_tables(db: Database) -> None:
    """Schema step 1: the tables of banks, forms, cohorts, sessions, attempts, events and the audit log."""
    db["meta"].create({"key": str, "value": str}, pk="key")
    db["banks"].create(
        {
            "id": str,
            "name": str,  # JSON {lang: text}
            "languages": str,  # JSON list
            "description": str,
            "notice": str,
            "topics": str,  # JSON {code: {lang: text}}
            "archived": int,
            "created_at": str,
        },
        pk="id",
        not_null={"name", "languages"},
        defaults={"archived": 0, "description": "{}", "notice": "{}", "topics": "{}"},
    )
    db["questions"].create(
        {
            "id": str,
            "bank_id": str,
            "key": str,
            "version": int,
            "type": str,
            "topic": str,
            "body": str,  # JSON: Question.content()
            "content_hash": str,
            "created_at": str,
        },
        pk="id",
        not_null={"bank_id", "key", "version", "type", "body", "content_hash"},
        foreign_keys=[("bank_id", "banks", "id")],
    )
    db["questions"].create_index(["bank_id", "key", "version"], unique=True)
    db["assessments"].create(
        {
            "id": str,
            "name": str,
            "time_limit_min": int,
            "pass_mark": float,
            "shuffle_options": int,
            "shuffle_questions": int,
            "show_score": int,
            "confidence": int,
            "multiple_scoring": str,
            "draw": str,  # JSON
            "archived": int,
            "created_at": str,
        },
        pk="id",
        not_null={"name", "pass_mark"},
        defaults={"archived": 0, "draw": "{}"},
    )
    db["assessment_items"].create(
        {"assessment_id": str, "position": int, "question_id": str},
        pk=("assessment_id", "position"),
        foreign_keys=[("assessment_id", "assessments", "id"), ("question_id", "questions", "id")],
    )
    db["assessment_items"].create_index(["question_id"])
    db["cohorts"].create(
        {
            "id": str,
            "name": str,
            "organisation": str,
            "location": str,
            "start_date": str,
            "end_date": str,
            "trainers": str,  # JSON list
            "parent_id": str,
            "archived": int,
            "created_at": str,
        },
        pk="id",
        not_null={"name"},
        defaults={"archived": 0, "trainers": "[]"},
        foreign_keys=[("parent_id", "cohorts", "id")],
    )
    db["cohorts"].create_index(["name"])
    db["participants"].create(
        {
            "id": str,
            "cohort_id": str,
            "code": str,
            "name": str,
            "sex": str,
            "organisation": str,
            "role": str,
            "erased": int,
            "created_at": str,
        },
        pk="id",
        not_null={"cohort_id", "code"},
        defaults={"erased": 0, "sex": "not_stated", "name": "", "organisation": "", "role": ""},
        foreign_keys=[("cohort_id", "cohorts", "id")],
    )
    db["participants"].create_index(["cohort_id", "code"], unique=True)
    db["sessions"].create(
        {
            "id": str,
            "cohort_id": str,
            "assessment_id": str,
            "phase": str,
            "status": str,
            "allow_retake": int,
            "opened_at": str,
            "closed_at": str,
        },
        pk="id",
        not_null={"cohort_id", "assessment_id", "phase", "status"},
        defaults={"allow_retake": 0},
        foreign_keys=[("cohort_id", "cohorts", "id"), ("assessment_id", "assessments", "id")],
    )
    db["sessions"].create_index(["cohort_id"])
    db["attempts"].create(
        {
            "id": str,
            "session_id": str,
            "participant_id": str,
            "device_id": str,
            "language": str,
            "seed": int,
            "question_order": str,  # JSON list of question ids
            "option_orders": str,  # JSON {question id: [letters]}
            "started_at": str,
            "submitted_at": str,
            "time_used_s": float,
            "status": str,
            "position": int,
            "marks": str,  # marks in the form's question order, set on submit (binary since step 5)
            "confidences": str,  # 1..4 ratings in form order, set on submit (binary since step 5)
            "score_pct": float,
            "void_reason": str,
        },
        pk="id",
        not_null={"session_id", "participant_id", "device_id", "status"},
        defaults={"time_used_s": 0.0, "position": 0, "void_reason": ""},
        foreign_keys=[("session_id", "sessions", "id"), ("participant_id", "participants", "id")],
    )
    db["attempts"].create_index(["session_id", "participant_id"])
    db["attempts"].create_index(["participant_id"])
    db["answer_events"].create(
        {
            "id": str,
            "attempt_id": str,
            "question_id": str,
            "kind": str,  # answer | confidence | flag
            "value": str,  # JSON
            "at": str,
            "device_id": str,
        },
        pk="id",
        not_null={"attempt_id", "question_id", "kind", "at"},
        foreign_keys=[("attempt_id", "attempts", "id"), ("question_id", "questions", "id")],
    )
    db["answer_events"].create_index(["attempt_id", "at"])
    db["audit_log"].create(
        {"id": str, "at": str, "action": str, "details": str, "device_id": str},
        pk="id",
        not_null={"at", "action"},
    )
    db["audit_log"].create_index(["at"])


# The event log is append-only: refuse updates and deletes at the database level,
# so no code path (ours or a future one) can rewrite history.
@MIGRATIONS()
def m002_append_only_events(db: Database) -> None:
    """Schema step 2: triggers that refuse any update or delete of an answer event."""
    db.execute(
        "CREATE TRIGGER answer_events_no_update BEFORE UPDATE ON answer_events "
        "BEGIN SELECT RAISE(ABORT, 'answer events are append-only'); END"
    )
    db.execute(
        "CREATE TRIGGER answer_events_no_delete BEFORE DELETE ON answer_events "
        "BEGIN SELECT RAISE(ABORT, 'answer events are append-only'); END"
    )


# Course evaluations (level 1): a form may be an evaluation, taken linked (ordinary attempts)
# or anonymously. Anonymous responses are stored apart from attempts, with no participant,
# no device and only the day; who has answered is kept in a table ordered by participant,
# not by time (WITHOUT ROWID), so neither order nor time links a person to a response.
@MIGRATIONS()
def m003_course_evaluation(db: Database) -> None:
    """Schema step 3: course evaluations (form flags, who took one, anonymous responses)."""
    db["assessments"].add_column("evaluation", int, not_null_default=0)
    db["assessments"].add_column("anonymous", int, not_null_default=0)
    db.execute(
        "CREATE TABLE evaluation_takers (session_id TEXT NOT NULL REFERENCES sessions(id), "
        "participant_id TEXT NOT NULL REFERENCES participants(id), PRIMARY KEY (session_id, participant_id)) "
        "WITHOUT ROWID"
    )
    db.execute(
        "CREATE TABLE evaluation_responses (id TEXT PRIMARY KEY, session_id TEXT NOT NULL REFERENCES sessions(id), "
        "day TEXT NOT NULL, language TEXT NOT NULL, submitted INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID"
    )
    db.execute(
        "CREATE TABLE evaluation_answers (response_id TEXT NOT NULL REFERENCES evaluation_responses(id), "
        "seq INTEGER NOT NULL, question_id TEXT NOT NULL REFERENCES questions(id), value TEXT, "
        "PRIMARY KEY (response_id, seq)) WITHOUT ROWID"
    )
    db.execute(
        "CREATE TRIGGER evaluation_answers_no_update BEFORE UPDATE ON evaluation_answers "
        "BEGIN SELECT RAISE(ABORT, 'evaluation answers are append-only'); END"
    )


# Demo data never mixes with real data unnoticed: a demo cohort carries a stored flag, shown
# wherever the cohort is (lists, results, reports, audit entries).
@MIGRATIONS()
def m004_demo_cohorts(db: Database) -> None:
    """Schema step 4: the demo flag on cohorts (1 = simulated data from ``assessor demo``)."""
    db["cohorts"].add_column("demo", int, not_null_default=0)


# Marks read straight into arrays: an attempt's marks and confidence ratings were JSON lists
# (decoding 30,000 of them was most of the time of analysing a large database). From this
# step they are one little-endian float64 per question of the form, in form order, NaN where
# there is none (a BLOB in the same columns: SQLite keeps a BLOB as it is in a TEXT column).
# The answer events stay the source of truth; marks are derived from them.
@MIGRATIONS()
def m005_binary_marks(db: Database) -> None:
    """Schema step 5: attempts' marks and confidences from JSON lists to float64 arrays."""
    from assessor.store._rows import encode_values, loads

    found = db.execute("SELECT id, marks, confidences FROM attempts "
                       "WHERE typeof(marks) = 'text' OR typeof(confidences) = 'text'").fetchall()
    def convert(text):
        values = loads(text) if isinstance(text, str) else None
        return text if isinstance(text, bytes) else None if values is None else encode_values(values)

    for attempt_id, marks, confidences in found:
        db.execute("UPDATE attempts SET marks = ?, confidences = ? WHERE id = ?",
                   [convert(marks), convert(confidences), attempt_id])


# Images of questions and options, content-addressed: a question's body names its images by
# SHA-256, so the same picture in two banks (or two versions) is stored once, and a stored
# image never changes (its name is its content).
@MIGRATIONS()
def m006_images(db: Database) -> None:
    """Schema step 6: the images that questions and options show (PNG/JPEG bytes by SHA-256)."""
    db["images"].create(
        {"sha256": str, "mime": str, "width": int, "height": int, "data": bytes, "created_at": str},
        pk="sha256",
        not_null={"mime", "width", "height", "data"},
    )


# Bank order: a bank keeps the order of its file (descriptions between the questions they introduce),
# not the order of its keys. Every version of a question shares the question's position in its bank;
# the banks stored before this step get their key order as their positions.
@MIGRATIONS()
def m007_question_positions(db: Database) -> None:
    """Schema step 7: each question's position in its bank (1-based; older banks in key order)."""
    db["questions"].add_column("position", int, not_null_default=0)
    db.execute("UPDATE questions SET position = 1 + (SELECT count(DISTINCT other.key) FROM questions other "
               "WHERE other.bank_id = questions.bank_id AND other.key < questions.key)")
    db["questions"].create_index(["bank_id", "position"])


def known_steps() -> list[str]:
    """The names of every schema step, in order."""
    return [m.name for m in MIGRATIONS._migrations]
