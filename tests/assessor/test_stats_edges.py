"""analyze() on small hand-worked cohorts: every number is worked in a comment or from scipy/statsmodels."""

from __future__ import annotations

import math

import numpy as np
import pytest
from scipy import stats as sps

from assessor.analysis.responses import ResponseTable
from assessor.analysis.stats import analyze, phase_block


def table(rows, *, confidence=None, sex=None, org=None, topic=None, pass_marks=None, rosters=None) -> ResponseTable:
    """rows: (cohort, participant, phase, [marks of q1, q2, ...]); optional per-row functions."""
    cols = {k: [] for k in ("cohort", "participant", "phase", "item", "topic", "mark")}
    extra = {"confidence": [], "sex": [], "organisation": []}
    for coh, pid, ph, marks in rows:
        for j, m in enumerate(marks):
            if m is None:
                continue
            item = f"q{j + 1}"
            for k, v in zip(cols, (coh, pid, ph, item, (topic or {}).get(item, "T"), m)):
                cols[k].append(v)
            if confidence:
                extra["confidence"].append(confidence(coh, pid, ph, item))
            if sex:
                extra["sex"].append(sex(pid))
            if org:
                extra["organisation"].append(org(pid))
    kw = {k: v for k, v in extra.items() if v}
    t = ResponseTable.from_columns(**cols, **kw, pass_marks=pass_marks)
    t.rosters.update(rosters or {})
    return t


def _bootstrap_retention_reference(pre, post, fu, reps=2000, seed=20260516):
    """Percentile bootstrap of (mean fu - mean pre) / (mean post - mean pre), resampling participants."""
    idx = np.random.default_rng(seed).integers(0, len(pre), size=(reps, len(pre)))
    r = [(fu[i].mean() - pre[i].mean()) / (post[i].mean() - pre[i].mean())
         for i in idx if post[i].mean() - pre[i].mean() > 1e-9]
    return [float(np.quantile(r, 0.025)), float(np.quantile(r, 0.975))]


# --- retention ------------------------------------------------------------------------------------

RETENTION = [
    # pre 0 -> post 100 -> follow-up 50
    ("A", "p1", "pre", [0, 0, 0, 0]), ("A", "p1", "post", [1, 1, 1, 1]), ("A", "p1", "followup", [1, 1, 0, 0]),
    # 25 -> 75 -> 75
    ("A", "p2", "pre", [1, 0, 0, 0]), ("A", "p2", "post", [1, 1, 1, 0]), ("A", "p2", "followup", [1, 1, 1, 0]),
    # 50 -> 100 -> 75
    ("A", "p3", "pre", [1, 1, 0, 0]), ("A", "p3", "post", [1, 1, 1, 1]), ("A", "p3", "followup", [1, 1, 1, 0]),
    # no pre-test: 50 -> 25
    ("A", "p4", "post", [1, 1, 0, 0]), ("A", "p4", "followup", [1, 0, 0, 0]),
    # pre-test only
    ("A", "p5", "pre", [1, 1, 1, 1]),
]


def test_retention_post_to_followup_and_share_of_gain_kept():
    blk = analyze(table(RETENTION))["cohorts"]["A"]
    assert blk["n_followup"] == 4
    r = blk["retention"]
    post, fu = np.array([100, 75, 100, 50.0]), np.array([50, 75, 75, 25.0])
    assert r["n"] == 4
    assert (r["post_mean_pct"], r["followup_mean_pct"]) == (81.25, 56.25)
    # change fu - post = -50, 0, -25, -25: mean -25, sd sqrt((625 + 625 + 0 + 0) / 3)
    assert r["change_mean"] == -25.0
    assert r["change_sd"] == pytest.approx(math.sqrt(1250 / 3))
    tt = sps.ttest_rel(fu, post)
    assert r["t"] == pytest.approx(tt.statistic) and r["p"] == pytest.approx(tt.pvalue)
    assert r["df"] == 3
    assert r["cohen_dz"] == pytest.approx(-25 / math.sqrt(1250 / 3))
    # all three tests: p1..p3. Gain = mean(100, 75, 100) - mean(0, 25, 50) = 91.667 - 25 = 66.667;
    # kept = mean(50, 75, 75) - 25 = 41.667; share = 41.667 / 66.667 = 0.625
    assert r["n_all_three"] == 3
    assert r["share_of_gain_retained"] == pytest.approx(0.625)
    assert r["share_of_gain_retained_ci95"] == pytest.approx(_bootstrap_retention_reference(
        np.array([0, 25, 50.0]), np.array([100, 75, 100.0]), np.array([50, 75, 75.0])))
    assert not [k for k in r if k.endswith("_null_reason")]
    # the pooled block says the same for a single cohort
    assert analyze(table(RETENTION))["cohorts"]["ALL"]["retention"]["share_of_gain_retained"] == pytest.approx(0.625)


def test_retention_with_one_pair_and_nobody_with_all_three():
    rows = [("A", "p1", "pre", [0, 0]), ("A", "p1", "post", [1, 1]),
            ("A", "p2", "post", [1, 0]), ("A", "p2", "followup", [0, 0])]
    r = analyze(table(rows))["cohorts"]["A"]["retention"]
    assert r["n"] == 1 and r["n_all_three"] == 0
    assert (r["post_mean_pct"], r["followup_mean_pct"], r["change_mean"]) == (50.0, 0.0, -50.0)
    few = "fewer than 2 matched participants"
    for k in ("change_sd", "t", "df", "p", "cohen_dz"):
        assert r[k] is None and r[k + "_null_reason"] == few
    assert r["share_of_gain_retained"] is None
    assert r["share_of_gain_retained_null_reason"] == "nobody took all three tests"
    assert "share_of_gain_retained_ci95" not in r


def test_retention_without_a_gain_to_keep():
    rows = []
    for pid, pre, post, fu in (("p1", [1, 0], [1, 0], [0, 0]), ("p2", [1, 1], [0, 1], [1, 1])):
        rows += [("A", pid, "pre", pre), ("A", pid, "post", post), ("A", pid, "followup", fu)]
    r = analyze(table(rows))["cohorts"]["A"]["retention"]
    assert r["share_of_gain_retained"] is None
    assert r["share_of_gain_retained_null_reason"] == "there was no gain from pre-test to post-test to retain"
    assert r["share_of_gain_retained_ci95"] is None
    # post = fu for nobody: change -50 and +50 -> mean 0
    assert r["change_mean"] == 0.0


def test_no_followup_no_retention_block():
    blk = analyze(table(RETENTION[:9] + RETENTION[11:]))["cohorts"]["A"]
    assert "retention" in blk
    blk2 = analyze(table([r for r in RETENTION if r[2] != "followup"]))["cohorts"]["A"]
    assert "retention" not in blk2 and "followup" not in blk2 and blk2["n_followup"] == 0
