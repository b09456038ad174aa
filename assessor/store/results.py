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
        """Every counting mark as a long-format ResponseTable (item = question key)."""
        from ..responses import ResponseTable

        results = self.phase_results(cohorts)
        qids = {q for r in results for q in r.marks}
        questions = self.store.banks.questions_by_id(qids)
        item_of = {qid: q.key for qid, q in questions.items()}
        topic_of = {qid: q.topic for qid, q in questions.items()}
        cols: dict[str, list] = {k: [] for k in ("cohort", "participant", "phase", "item", "topic", "mark",
                                                 "confidence", "sex", "organisation")}
        pass_marks: dict[str, float] = {}
        for r in results:
            ids = list(r.marks)
            n = len(ids)
            cols["cohort"] += [r.cohort] * n
            cols["participant"] += [r.code] * n
            cols["phase"] += [r.phase] * n
            cols["sex"] += [r.sex] * n
            cols["organisation"] += [r.organisation] * n
            cols["item"] += [item_of[q] for q in ids]
            cols["topic"] += [topic_of[q] for q in ids]
            cols["mark"] += [r.marks[q] for q in ids]
            conf = r.confidences or {}
            cols["confidence"] += [conf.get(q, np.nan) for q in ids]
            pass_marks.setdefault(r.cohort, r.pass_mark)
        has_conf = any(not np.isnan(c) for c in cols["confidence"])
        return ResponseTable.from_columns(
            cohort=cols["cohort"], participant=cols["participant"], phase=cols["phase"], item=cols["item"],
            topic=cols["topic"], mark=np.asarray(cols["mark"], dtype=float),
            confidence=np.asarray(cols["confidence"], dtype=float) if has_conf else None,
            sex=cols["sex"], organisation=cols["organisation"], pass_marks=pass_marks,
        )
