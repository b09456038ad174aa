"""Submitted results, read out for the statistics engine and reports."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..errors import NotFound
from ._rows import loads, rows


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


class ResultsRepo:
    def __init__(self, store):
        self.store = store

    def phase_results(self, cohorts: list[str] | None = None) -> list[PhaseResult]:
        """One result per (cohort, participant, phase): the latest submitted, non-voided attempt."""
        found = rows(
            self.store,
            "SELECT a.id AS attempt_id, a.marks, a.confidences, a.score_pct, a.submitted_at, s.phase, "
            "s.assessment_id, c.name AS cohort, c.id AS cohort_id, p.id AS participant_id, p.code, p.name, p.sex, "
            "p.organisation, f.pass_mark "
            "FROM attempts a JOIN sessions s ON s.id = a.session_id JOIN cohorts c ON c.id = s.cohort_id "
            "JOIN participants p ON p.id = a.participant_id JOIN assessments f ON f.id = s.assessment_id "
            "WHERE a.status = 'submitted' ORDER BY a.submitted_at, a.id",
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
        return [
            PhaseResult(
                cohort=r["cohort"], cohort_id=r["cohort_id"], participant_id=r["participant_id"], code=r["code"],
                name=r["name"] or "", sex=r["sex"] or "not_stated", organisation=r["organisation"] or "",
                phase=r["phase"], attempt_id=r["attempt_id"], assessment_id=r["assessment_id"],
                pass_mark=r["pass_mark"], score_pct=r["score_pct"], submitted_at=r["submitted_at"] or "",
                marks=loads(r["marks"], {}), confidences=loads(r["confidences"]),
            )
            for r in latest.values()
        ]

    def response_table(self, cohorts: list[str] | None = None):
        """Every counting mark as a long-format ResponseTable (item = question key).

        Columns are built as integer codes with numpy (one entry per attempt, repeated
        over its questions), not as Python strings per response.
        """
        from ..responses import ResponseTable

        results = self.phase_results(cohorts)
        qids = sorted({q for r in results for q in r.marks})
        questions = self.store.banks.questions_by_id(qids)
        item_labels = sorted({questions[q].key for q in qids})
        topic_labels = sorted({questions[q].topic for q in qids})
        item_code = {q: item_labels.index(questions[q].key) for q in qids}
        topic_code = {q: topic_labels.index(questions[q].topic) for q in qids}

        def factor(values):
            labels = sorted(set(values))
            index = {v: i for i, v in enumerate(labels)}
            return np.fromiter((index[v] for v in values), np.int32, len(values)), labels

        per_attempt = {name: factor([getattr(r, attr) for r in results]) for name, attr in (
            ("cohort", "cohort"), ("participant", "code"), ("phase", "phase"), ("sex", "sex"),
            ("organisation", "organisation"))}
        counts = np.fromiter((len(r.marks) for r in results), np.int64, len(results))
        # Attempts of one form share their question ids (marks are stored with sorted keys):
        # look codes up once per form, not once per response.
        layout_codes: dict[tuple, tuple[np.ndarray, np.ndarray]] = {}
        items, topics, marks, confidence = [], [], [], []
        any_conf = False
        for r in results:
            layout = tuple(r.marks)
            if layout not in layout_codes:
                layout_codes[layout] = (np.fromiter((item_code[q] for q in layout), np.int32, len(layout)),
                                        np.fromiter((topic_code[q] for q in layout), np.int32, len(layout)))
            i_codes, t_codes = layout_codes[layout]
            items.append(i_codes)
            topics.append(t_codes)
            marks.append(np.fromiter(r.marks.values(), np.float64, len(layout)))
            if r.confidences:
                any_conf = True
                confidence.append(np.fromiter((r.confidences.get(q, np.nan) for q in layout), np.float64, len(layout)))
            else:
                confidence.append(np.full(len(layout), np.nan))
        cat = (lambda parts, dtype: np.concatenate(parts) if parts else np.zeros(0, dtype))
        columns = {name: (np.repeat(codes, counts), labels) for name, (codes, labels) in per_attempt.items()}
        pass_marks: dict[str, float] = {}
        for r in results:
            pass_marks.setdefault(r.cohort, r.pass_mark)
        return ResponseTable.from_columns(
            cohort=columns["cohort"], participant=columns["participant"], phase=columns["phase"],
            item=(cat(items, np.int32), item_labels), topic=(cat(topics, np.int32), topic_labels),
            mark=cat(marks, np.float64), confidence=cat(confidence, np.float64) if any_conf else None,
            sex=columns["sex"], organisation=columns["organisation"], pass_marks=pass_marks,
        )
