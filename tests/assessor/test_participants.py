"""Per-participant scores: worked by hand on a tiny table, and consistent with analyze()."""

from __future__ import annotations

import numpy as np
import pytest

from assessor.analysis.participants import participant_scores, score_histogram
from assessor.analysis.responses import ResponseTable
from assessor.analysis.stats import analyze


def _table():
    # Cohort A: P1 pre 1/4, post 3/4; P2 pre 4/4, post 2/4; P3 pre only 2/4. Cohort B: Q1 post only 4/4.
    rows = []
    marks = {("A", "P1", "pre"): [1, 0, 0, 0], ("A", "P1", "post"): [1, 1, 1, 0],
             ("A", "P2", "pre"): [1, 1, 1, 1], ("A", "P2", "post"): [1, 1, 0, 0],
             ("A", "P3", "pre"): [1, 1, 0, 0], ("B", "Q1", "post"): [1, 1, 1, 1]}
    for (c, p, ph), ms in marks.items():
        for j, m in enumerate(ms):
            rows.append((c, p, ph, f"i{j}", "t", float(m), "female" if p == "P1" else "male", "Org"))
    cols = list(zip(*rows))
    return ResponseTable.from_columns(
        cohort=list(cols[0]), participant=list(cols[1]), phase=list(cols[2]), item=list(cols[3]),
        topic=list(cols[4]), mark=np.asarray(cols[5]), sex=list(cols[6]), organisation=list(cols[7]),
        pass_marks={"A": 70.0, "B": 50.0},
    )


def test_scores_worked_by_hand():
    s = {(p.cohort, p.code): p for p in participant_scores(_table())}
    p1 = s[("A", "P1")]
    assert (p1.pre_pct, p1.post_pct, p1.gain) == (25.0, 75.0, 50.0)
    assert p1.normalized_gain == pytest.approx(50 / 75)
    assert p1.passed is True and p1.sex == "female"
    p2 = s[("A", "P2")]
    assert p2.gain == -50.0 and p2.normalized_gain is None and p2.passed is False
    p3 = s[("A", "P3")]
    assert p3.post_pct is None and p3.gain is None and p3.passed is None
    q1 = s[("B", "Q1")]
    assert q1.pre_pct is None and q1.passed is True


def test_cohort_filter_and_unknown_cohort():
    assert [p.code for p in participant_scores(_table(), "A")] == ["P1", "P2", "P3"]
    assert participant_scores(_table(), "nope") == []


def test_matched_means_agree_with_analyze(demo_store):
    table = demo_store.response_table()
    result = analyze(table)
    for name, block in result["cohorts"].items():
        if name == "ALL":
            continue
        matched = [p for p in participant_scores(table, name) if p.gain is not None]
        assert len(matched) == block["n_matched"]
        assert np.mean([p.pre_pct for p in matched]) == pytest.approx(block["paired"]["pre_mean_pct"])
        assert np.mean([p.gain for p in matched]) == pytest.approx(block["paired"]["gain_mean"])
        assert sum(p.gain > 0 for p in matched) == block["paired"]["improved"]


def test_histogram_bins():
    assert score_histogram([0, 9.99, 10, 55, 100, None, 99.9]) == [2, 1, 0, 0, 0, 1, 0, 0, 0, 2]
