"""Item statistics per blank of a cloze question: each blank is an item of its own.

A cloze question counts once in a participant's score (its mark is the weighted mean of its
blanks, see assessor.delivery.scoring), so the response table keeps it as one item and every
score agrees with the stored one. This module adds what a facilitator needs to revise the
question: per blank (labelled ``KEY#1``, ``KEY#2``, ...), per cohort and phase, its facility
(mean mark, 0..1) and its discrimination (Pearson correlation of the blank's mark with the
rest of the test: the sum of the participant's marks on the *other* questions, so the
blank's own question is left out). The blank marks are re-made from the answer events,
which stay the source of truth.
"""

from __future__ import annotations

import math

from assessor.delivery.marking import replay
from assessor.delivery.scoring import blank_marks

EPS = 1e-12


def _correlation(x: list[float], y: list[float]) -> tuple[float | None, str | None]:
    n = len(x)
    if n < 2:
        return None, "fewer than 2 takers"
    mx, my = sum(x) / n, sum(y) / n
    sxx = sum((a - mx) ** 2 for a in x)
    syy = sum((b - my) ** 2 for b in y)
    if sxx <= EPS:
        return None, "everybody got the same mark on this item"
    if syy <= EPS:
        return None, "rest-of-test scores have no variance"
    sxy = sum((a - mx) * (b - my) for a, b in zip(x, y))
    return sxy / math.sqrt(sxx * syy), None


def blank_statistics(store, cohorts: list[str] | None = None) -> dict:
    """``{cohort: {phase: {"KEY#n": {"n", "facility", "discrimination"[, "discrimination_null_reason"]}}}}``
    for every blank of every cloze question in the counting attempts; ``{}`` when there is none."""
    # First whether any knowledge test holds a cloze question at all (a few hundred questions
    # at most): the results themselves, and their events, are read only when one does.
    on_forms = {qid for form in store.assessments.list(include_archived=True) if not form.evaluation
                for qid in form.question_ids}
    on_forms_q = store.banks.questions_by_id(sorted(on_forms)) if on_forms else {}
    if not any(q.type == "cloze" for q in on_forms_q.values()):
        return {}
    results = store.results.phase_results(cohorts)
    qids = {q for r in results for q in r.marks}
    questions = store.banks.questions_by_id(sorted(qids)) if qids else {}
    cloze = {qid for qid, q in questions.items() if q.type == "cloze"}
    if not cloze:
        return {}
    columns: dict[tuple, tuple[list, list]] = {}
    for r in results:
        asked = [qid for qid in r.marks if qid in cloze]
        if not asked:
            continue
        states = replay(store.attempts.events(r.attempt_id))
        for qid in asked:
            q = questions[qid]
            state = states.get(qid)
            rest = sum(m for other, m in r.marks.items() if other != qid)
            for n, mark in enumerate(blank_marks(q, state.answer if state else None), start=1):
                x, y = columns.setdefault((r.cohort, r.phase, f"{q.key}#{n}"), ([], []))
                x.append(mark)
                y.append(rest)
    out: dict = {}
    for (cohort, phase, label), (x, y) in sorted(columns.items()):
        r, reason = _correlation(x, y)
        item = {"n": len(x), "facility": sum(x) / len(x), "discrimination": r}
        if reason:
            item["discrimination_null_reason"] = reason
        out.setdefault(cohort, {}).setdefault(phase, {})[label] = item
    return out


__all__ = ["blank_statistics"]
