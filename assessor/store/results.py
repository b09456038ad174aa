"""Submitted results, read out for the statistics engine and reports."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from assessor.errors import NotFound, Refused
from assessor.store._rows import VALUES_DTYPE, rows


@dataclass(frozen=True)
class PhaseResult:
    """The counting attempt of one participant in one phase of a cohort."""

    cohort: str
    cohort_id: str
    participant_id: str
    code: str
    name: str
    sex: str
    organisation: str
    phase: str
    attempt_id: str
    assessment_id: str
    pass_mark: float
    score_pct: float | None
    submitted_at: str
    marks: dict
    confidences: dict | None
    language: str = "en"  # the language the participant took this attempt in


class ResultsRepo:
    def __init__(self, store):
        self.store = store

    def _counting_rows(self, cohorts: list[str] | None) -> list[dict]:
        """Raw rows of the counting attempts: the latest submitted one per (cohort, participant, phase)."""
        found = rows(
            self.store,
            "SELECT a.id AS attempt_id, a.marks, a.confidences, a.score_pct, a.submitted_at, a.language, s.phase, "
            "s.assessment_id, c.name AS cohort, c.id AS cohort_id, p.id AS participant_id, p.code, p.name, p.sex, "
            "p.organisation, f.pass_mark "
            "FROM attempts a JOIN sessions s ON s.id = a.session_id JOIN cohorts c ON c.id = s.cohort_id "
            "JOIN participants p ON p.id = a.participant_id JOIN assessments f ON f.id = s.assessment_id "
            "WHERE a.status = 'submitted' AND f.evaluation = 0 ORDER BY a.submitted_at, a.id",
        )
        if cohorts:
            known = {r["cohort"] for r in rows(self.store, "SELECT name AS cohort FROM cohorts")}
            missing = [c for c in cohorts if c not in known]
            if missing:
                raise NotFound(f"There is no cohort named {missing[0]!r} in this database.", code="no_cohort")
            wanted = set(cohorts)
            found = [r for r in found if r["cohort"] in wanted]
        latest: dict[tuple, dict] = {}
        for r in found:  # ordered by submission time, so the last one wins
            latest[(r["cohort_id"], r["participant_id"], r["phase"])] = r
        return list(latest.values())

    def _form_orders(self, assessment_ids) -> dict[str, list[str]]:
        orders = {}
        for aid in set(assessment_ids):
            items = rows(self.store, "SELECT question_id FROM assessment_items WHERE assessment_id = ? ORDER BY position",
                         [aid])
            orders[aid] = [i["question_id"] for i in items]
        return orders

    def phase_results(self, cohorts: list[str] | None = None) -> list[PhaseResult]:
        """One result per (cohort, participant, phase): the latest submitted, non-voided attempt."""
        found = self._counting_rows(cohorts)
        orders = self._form_orders(r["assessment_id"] for r in found)
        decode = self.store.attempts.decode_by_form
        return [
            PhaseResult(
                cohort=r["cohort"], cohort_id=r["cohort_id"], participant_id=r["participant_id"], code=r["code"],
                name=r["name"] or "", sex=r["sex"] or "not_stated", organisation=r["organisation"] or "",
                phase=r["phase"], attempt_id=r["attempt_id"], assessment_id=r["assessment_id"],
                pass_mark=r["pass_mark"], score_pct=r["score_pct"], submitted_at=r["submitted_at"] or "",
                marks=decode(r["marks"], orders[r["assessment_id"]]) or {},
                confidences=decode(r["confidences"], orders[r["assessment_id"]]),
                language=r["language"] or "en",
            )
            for r in found
        ]

    def response_table(self, cohorts: list[str] | None = None):
        """Every counting mark as a long-format ResponseTable (item = question key).

        Columns are built as integer codes with numpy: per-attempt values are repeated
        over the attempt's questions, and item codes are looked up once per form.
        """
        from assessor.analysis.responses import ResponseTable

        found = self._counting_rows(cohorts)
        orders = self._form_orders(r["assessment_id"] for r in found)
        questions = self.store.banks.questions_by_id({q for order in orders.values() for q in order})
        item_labels = sorted({q.key for q in questions.values()})
        topic_labels = sorted({q.topic for q in questions.values()})
        item_index = {k: i for i, k in enumerate(item_labels)}
        topic_index = {t: i for i, t in enumerate(topic_labels)}
        form_items = {aid: np.array([item_index[questions[q].key] for q in order], np.int32)
                      for aid, order in orders.items()}
        form_topics = {aid: np.array([topic_index[questions[q].topic] for q in order], np.int32)
                       for aid, order in orders.items()}

        def factor(values):
            labels = sorted(set(values))
            index = {v: i for i, v in enumerate(labels)}
            return np.fromiter((index[v] for v in values), np.int32, len(values)), labels

        # Every attempt's marks are one float64 per question of its form (NaN = not shown):
        # the attempts of one form are rows of one matrix, read with a single frombuffer.
        by_form: dict[str, list[int]] = {}
        for i, r in enumerate(found):
            by_form.setdefault(r["assessment_id"], []).append(i)
        n_items = np.zeros(len(found), np.int64)
        parts: list[tuple[np.ndarray, ...]] = []  # (attempt indices, item, topic, mark, confidence) per form
        any_conf = any(r["confidences"] is not None for r in found)
        for aid, members in by_form.items():
            width = len(form_items[aid])
            grid = _matrix([found[i]["marks"] for i in members], width, "marks", found, members)
            shown = ~np.isnan(grid)
            n_items[members] = shown.sum(axis=1)
            conf = np.full(grid.shape, np.nan)
            if any_conf:
                rated = [k for k, i in enumerate(members) if found[i]["confidences"] is not None]
                if rated:
                    conf[rated] = _matrix([found[members[k]]["confidences"] for k in rated], width, "confidences",
                                          found, [members[k] for k in rated])
            rows_of = np.repeat(np.asarray(members, np.int64), shown.sum(axis=1))
            cols = np.nonzero(shown)[1]
            parts.append((rows_of, form_items[aid][cols], form_topics[aid][cols], grid[shown], conf[shown]))
        # back in attempt order, so the table's rows run attempt by attempt as before
        order = np.argsort(np.concatenate([p[0] for p in parts]), kind="stable") if parts else np.zeros(0, np.int64)
        items = [np.concatenate([p[1] for p in parts])[order]] if parts else []
        topics = [np.concatenate([p[2] for p in parts])[order]] if parts else []
        marks = [np.concatenate([p[3] for p in parts])[order]] if parts else []
        confidence = [np.concatenate([p[4] for p in parts])[order]] if parts else []
        counts = n_items
        repeat = counts

        def per_attempt(key, default=""):
            codes, labels = factor([r[key] or default for r in found])
            return np.repeat(codes, repeat), labels

        def cat(parts, dtype):
            return np.concatenate(parts) if parts else np.zeros(0, dtype)

        pass_marks: dict[str, float] = {}
        for r in found:
            pass_marks.setdefault(r["cohort"], r["pass_mark"])
        table = ResponseTable.from_columns(
            cohort=per_attempt("cohort"), participant=per_attempt("code"), phase=per_attempt("phase"),
            item=(cat(items, np.int32), item_labels), topic=(cat(topics, np.int32), topic_labels),
            mark=cat(marks, np.float64), confidence=cat(confidence, np.float64) if any_conf else None,
            sex=per_attempt("sex", "not_stated"), organisation=per_attempt("organisation"), pass_marks=pass_marks,
        )
        for cohort in self.store.cohorts.list(include_archived=True):
            if cohorts is None or cohort.name in cohorts:
                table.rosters[cohort.name] = sorted(
                    p.code for p in self.store.cohorts.participants(cohort.id) if not p.erased)
        return table


def _matrix(blobs: list, width: int, column: str, found: list[dict], members: list[int]) -> np.ndarray:
    """The stored values of attempts of one form as a (attempts x questions) float64 matrix.

    Refuses (``damaged_marks``) a value whose length is not one number per question of the
    form: the database was changed outside Assessor, and no analysis is made of it.
    """
    size = 8 * width
    for blob, i in zip(blobs, members):
        if not isinstance(blob, bytes) or len(blob) != size:
            raise Refused(f"Attempt {found[i]['attempt_id']} has stored {column} that do not match its form "
                          f"({width} questions); the database was changed outside Assessor. "
                          "Restore a backup ('assessor backups' lists them).", code="damaged_marks")
    return np.frombuffer(b"".join(blobs), dtype=VALUES_DTYPE).reshape(len(blobs), width)
