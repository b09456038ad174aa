"""Submitted results, read out for the statistics engine and reports."""

from __future__ import annotations

from dataclasses import dataclass

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
        import numpy as np

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

        pass_marks: dict[str, float] = {}
        for r in found:  # a cohort's pass mark: that of its first counting attempt
            pass_marks.setdefault(r["cohort"], r["pass_mark"])
        # Every attempt's marks are one float64 per question of its form (NaN = not shown).
        # Attempts are taken form by form, so those of one form are the rows of one matrix,
        # read with a single frombuffer and written straight into preallocated columns.
        by_form: dict[str, list[dict]] = {}
        for r in found:
            by_form.setdefault(r["assessment_id"], []).append(r)
        found = [r for group in by_form.values() for r in group]
        any_conf = any(r["confidences"] is not None for r in found)
        grids, total = [], 0
        for aid, group in by_form.items():
            grid = _matrix(group, "marks", len(form_items[aid]))
            shown = ~np.isnan(grid)
            grids.append((aid, group, grid, None if shown.all() else shown))
            total += grid.size if shown.all() else int(shown.sum())
        item = np.empty(total, np.int32)
        topic = np.empty(total, np.int32)
        mark = np.empty(total, np.float64)
        confidence = np.full(total, np.nan) if any_conf else None
        repeat = np.empty(len(found), np.int64)
        at = first = 0
        for aid, group, grid, shown in grids:
            width = grid.shape[1]
            if shown is None:  # every question shown to everyone: the matrix read row by row
                size = grid.size
                item[at:at + size] = np.tile(form_items[aid], len(group))
                topic[at:at + size] = np.tile(form_topics[aid], len(group))
                mark[at:at + size] = grid.reshape(-1)
                repeat[first:first + len(group)] = width
            else:
                size = int(shown.sum())
                cols = np.nonzero(shown)[1]
                item[at:at + size] = form_items[aid][cols]
                topic[at:at + size] = form_topics[aid][cols]
                mark[at:at + size] = grid[shown]
                repeat[first:first + len(group)] = shown.sum(axis=1)
            if any_conf:
                rated = [k for k, r in enumerate(group) if r["confidences"] is not None]
                if rated:
                    conf = np.full(grid.shape, np.nan)
                    conf[rated] = _matrix([group[k] for k in rated], "confidences", width)
                    confidence[at:at + size] = conf.reshape(-1) if shown is None else conf[shown]
            at += size
            first += len(group)

        def per_attempt(key, default=""):
            codes, labels = factor([r[key] or default for r in found])
            return np.repeat(codes, repeat), labels

        table = ResponseTable.from_columns(
            cohort=per_attempt("cohort"), participant=per_attempt("code"), phase=per_attempt("phase"),
            item=(item, item_labels), topic=(topic, topic_labels), mark=mark, confidence=confidence,
            sex=per_attempt("sex", "not_stated"), organisation=per_attempt("organisation"), pass_marks=pass_marks,
        )
        for cohort in self.store.cohorts.list(include_archived=True):
            if cohorts is None or cohort.name in cohorts:
                table.rosters[cohort.name] = sorted(
                    p.code for p in self.store.cohorts.participants(cohort.id) if not p.erased)
        return table


def _matrix(group: list[dict], column: str, width: int) -> np.ndarray:
    """The stored ``column`` of attempts of one form as an (attempts x questions) float64 matrix.

    Refuses (``damaged_marks``) a value whose length is not one number per question of the
    form: the database was changed outside Assessor, and no analysis is made of it.
    """
    import numpy as np

    size = 8 * width
    blobs = [r[column] for r in group]
    for blob, r in zip(blobs, group):
        if not isinstance(blob, bytes) or len(blob) != size:
            raise Refused(f"Attempt {r['attempt_id']} has stored {column} that do not match its form "
                          f"({width} questions); the database was changed outside Assessor. "
                          "Restore a backup ('assessor backups' lists them).", code="damaged_marks")
    return np.frombuffer(b"".join(blobs), dtype=VALUES_DTYPE).reshape(len(blobs), width)
