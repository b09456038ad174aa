"""Assessments (test forms) in the database."""

from __future__ import annotations

from dataclasses import replace

from assessor.delivery.assessments import Assessment
from assessor.errors import InputError, NotFound, Refused
from assessor.ids import new_id, now
from assessor.banks.questions import Question
from assessor.store._rows import dumps, loads, row, rows


class AssessmentRepo:
    def __init__(self, store):
        self.store = store
        self.db = store.db

    def _assessment(self, r: dict) -> Assessment:
        items = rows(self.store, "SELECT question_id FROM assessment_items WHERE assessment_id = ? ORDER BY position",
                     [r["id"]])
        return Assessment(
            name=r["name"],
            question_ids=tuple(i["question_id"] for i in items),
            time_limit_min=r["time_limit_min"],
            pass_mark=r["pass_mark"],
            shuffle_options=bool(r["shuffle_options"]),
            shuffle_questions=bool(r["shuffle_questions"]),
            show_score=bool(r["show_score"]),
            confidence=bool(r["confidence"]),
            multiple_scoring=r["multiple_scoring"],
            draw=loads(r["draw"], {}),
            evaluation=bool(r.get("evaluation")),
            anonymous=bool(r.get("anonymous")),
            id=r["id"],
            created_at=r["created_at"] or "",
            archived=bool(r["archived"]),
            locked=self.is_locked(r["id"]),
        )

    def list(self, include_archived: bool = False) -> list[Assessment]:
        """The assessments, oldest first (archived ones only when asked for)."""
        found = rows(self.store, "SELECT * FROM assessments WHERE archived <= ? ORDER BY created_at",
                     [int(include_archived)])
        return [self._assessment(r) for r in found]

    def get(self, assessment_id: str) -> Assessment:
        """The assessment ``assessment_id``; NotFound otherwise."""
        r = row(self.store, "SELECT * FROM assessments WHERE id = ?", [assessment_id])
        if r is None:
            raise NotFound(f"There is no assessment with id {assessment_id}.")
        return self._assessment(r)

    def by_name(self, name: str) -> Assessment:
        """The assessment named ``name``; NotFound otherwise."""
        r = row(self.store, "SELECT * FROM assessments WHERE name = ? ORDER BY created_at DESC LIMIT 1", [name])
        if r is None:
            raise NotFound(f"There is no assessment named {name!r}.")
        return self._assessment(r)

    def is_locked(self, assessment_id: str) -> bool:
        """A form used in any session is locked: changing it would change what results mean."""
        return bool(self.db["sessions"].count_where("assessment_id = ?", [assessment_id]))

    def questions(self, assessment: Assessment) -> list[Question]:
        """The assessment's question versions in form order."""
        by_id = self.store.banks.questions_by_id(assessment.question_ids)
        return [by_id[q] for q in assessment.question_ids]

    def save(self, assessment: Assessment) -> Assessment:
        """Create or update a form. Updating a locked form is refused: use :meth:`copy`."""
        if not assessment.name.strip():
            raise InputError("An assessment needs a name.", code="name_required")
        if not 0 <= assessment.pass_mark <= 100:
            raise InputError(f"Pass mark {assessment.pass_mark} is outside 0..100.", code="bad_pass_mark")
        if len(set(assessment.question_ids)) != len(assessment.question_ids):
            raise InputError("An assessment cannot contain the same question twice.", code="duplicate_question")
        self._check_kind(assessment)
        aid = assessment.id or new_id()
        exists = bool(self.db["assessments"].count_where("id = ?", [aid]))
        if exists and self.is_locked(aid):
            raise Refused("This assessment has been used in a session and is locked; make a copy to change it.",
                          code="assessment_locked")
        record = {
            "id": aid,
            "name": assessment.name.strip(),
            "time_limit_min": assessment.time_limit_min,
            "pass_mark": float(assessment.pass_mark),
            "shuffle_options": int(assessment.shuffle_options),
            "shuffle_questions": int(assessment.shuffle_questions),
            "show_score": int(assessment.show_score),
            "confidence": int(assessment.confidence),
            "multiple_scoring": assessment.multiple_scoring,
            "draw": dumps(assessment.draw),
            "evaluation": int(assessment.evaluation),
            "anonymous": int(assessment.anonymous),
            "archived": int(assessment.archived),
        }
        with self.store.atomic():
            if exists:
                self.db["assessments"].update(aid, record)
                self.db.execute("DELETE FROM assessment_items WHERE assessment_id = ?", [aid])
            else:
                record["created_at"] = assessment.created_at or now()
                self.db["assessments"].insert(record)
            self.db["assessment_items"].insert_all(
                {"assessment_id": aid, "position": i, "question_id": q}
                for i, q in enumerate(assessment.question_ids)
            )
        return self.get(aid)

    def _check_kind(self, assessment: Assessment) -> None:
        """A knowledge test holds scored items only, a course evaluation unscored ones only."""
        if assessment.anonymous and not assessment.evaluation:
            raise InputError("Only a course evaluation can be taken anonymously.", code="anonymous_needs_evaluation")
        if not assessment.question_ids:
            return
        found = self.store.banks.questions_by_id(assessment.question_ids)
        wrong = [q.key for q in found.values() if q.asks and q.scored == assessment.evaluation]
        if wrong:
            if assessment.evaluation:
                raise InputError(f"A course evaluation cannot hold scored questions ({', '.join(sorted(wrong))}).",
                                 code="evaluation_scored_item")
            raise InputError(f"A knowledge test cannot hold course-evaluation items ({', '.join(sorted(wrong))}).",
                             code="test_unscored_item")

    def archive(self, assessment_id: str, archived: bool = True) -> None:
        """Hide a form from lists (allowed when locked: nothing about its content changes)."""
        self.get(assessment_id)
        with self.store.atomic():
            self.db["assessments"].update(assessment_id, {"archived": int(archived)})
            self.store.audit.log("assessment.archive", assessment_id=assessment_id, archived=archived)

    def copy(self, assessment_id: str, name: str | None = None) -> Assessment:
        """An unlocked copy of a form, to change a locked one."""
        original = self.get(assessment_id)
        return self.save(replace(original, id="", created_at="", locked=False,
                                 name=name or f"{original.name} (copy)"))

    def insert_exact(self, assessment: Assessment) -> bool:
        """Store a form exactly as given (id and all) if absent; for packages and bundles."""
        if self.db["assessments"].count_where("id = ?", [assessment.id]):
            return False
        self.db["assessments"].insert({
            "id": assessment.id, "name": assessment.name, "time_limit_min": assessment.time_limit_min,
            "pass_mark": assessment.pass_mark, "shuffle_options": int(assessment.shuffle_options),
            "shuffle_questions": int(assessment.shuffle_questions), "show_score": int(assessment.show_score),
            "confidence": int(assessment.confidence), "multiple_scoring": assessment.multiple_scoring,
            "draw": dumps(assessment.draw), "archived": int(assessment.archived),
            "evaluation": int(assessment.evaluation), "anonymous": int(assessment.anonymous),
            "created_at": assessment.created_at or now(),
        })
        self.db["assessment_items"].insert_all(
            {"assessment_id": assessment.id, "position": i, "question_id": q}
            for i, q in enumerate(assessment.question_ids)
        )
        return True
