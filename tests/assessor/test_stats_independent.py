"""Every headline figure of ``analyze()`` recomputed independently, on edge-case data sets.

The data sets are built from item marks (0/1) so that the scores, ties, ceilings and losses
are those a real cohort can produce. Each figure is recomputed here with scipy and
statsmodels (root finding on scipy's noncentral t for the d_z interval, statsmodels'
Wilson interval and exact McNemar, Cronbach's alpha from its variance formula), never from
the project's own helpers.
"""

from __future__ import annotations

import math

import numpy as np
import pytest
from scipy import optimize
from scipy import stats as sps

from assessor.analysis.responses import ResponseTable
from assessor.analysis.stats import analyze

smp = pytest.importorskip("statsmodels.stats.proportion")  # statsmodels is in the test extra
smc = pytest.importorskip("statsmodels.stats.contingency_tables")

K = 10  # items per test
PASS = 70.0


def _marks(rng, n, p_pre, p_post):
    pre = (rng.random((n, K)) < p_pre).astype(float)
    post = (rng.random((n, K)) < p_post).astype(float)
    return pre, post


def _cases():
    rng = np.random.default_rng(7)
    cases = {
        "n2": _marks(rng, 2, 0.4, 0.8),
        "n5_ties": (np.array([[1] * 3 + [0] * 7] * 3 + [[1] * 5 + [0] * 5] * 2, float),
                    np.array([[1] * 6 + [0] * 4] * 3 + [[1] * 8 + [0] * 2] * 2, float)),
        "negative_gains": _marks(rng, 12, 0.7, 0.4),
        "ceiling": (np.vstack([np.ones((6, K)), (rng.random((6, K)) < 0.8)]).astype(float),
                    np.vstack([np.ones((6, K)), (rng.random((6, K)) < 0.95)]).astype(float)),
        "typical_14": _marks(rng, 14, 0.45, 0.7),
        "large_60": _marks(rng, 60, 0.4, 0.65),
    }
    return cases


CASES = _cases()


def _table(pre, post):
    cols = {k: [] for k in ("cohort", "participant", "phase", "item", "topic", "mark")}
    for phase, m in (("pre", pre), ("post", post)):
        for i, row in enumerate(m):
            for j, v in enumerate(row):
                for k, x in zip(cols, ("A", f"p{i:03}", phase, f"q{j:02}", "t", float(v))):
                    cols[k].append(x)
    return ResponseTable.from_columns(**cols, pass_marks={"A": PASS})


def _dz_interval(t, df, n):
    """λ with P(T ≤ t; λ) = 0.975 and 0.025 (Steiger & Fouladi 1997), by root finding on scipy's nct."""
    f = lambda lam, q: sps.nct.cdf(t, df, lam) - q  # noqa: E731
    lo = optimize.brentq(f, t - 8, t + 8, args=(0.975,), xtol=1e-12)
    hi = optimize.brentq(f, t - 8, t + 8, args=(0.025,), xtol=1e-12)
    return lo / math.sqrt(n), hi / math.sqrt(n)


def _alpha(m):
    k = m.shape[1]
    return k / (k - 1) * (1 - m.var(axis=0, ddof=1).sum() / m.sum(axis=1).var(ddof=1))


@pytest.mark.parametrize("name", sorted(CASES))
def test_headline_figures_agree_with_independent_computation(name):
    pre_m, post_m = CASES[name]
    res = analyze(_table(pre_m, post_m))["cohorts"]["A"]
    pr = res["paired"]
    pre, post = 100 * pre_m.mean(axis=1), 100 * post_m.mean(axis=1)
    d = post - pre
    n = len(d)
    assert pr["n"] == n
    assert pr["gain_mean"] == pytest.approx(d.mean(), abs=1e-9)
    if d.std(ddof=1) > 0:
        t, p = sps.ttest_rel(post, pre)
        assert (pr["t"], pr["p"]) == pytest.approx((t, p), rel=1e-9)
        lo, hi = sps.t.interval(0.95, n - 1, loc=d.mean(), scale=sps.sem(d))
        assert pr["gain_ci95"] == pytest.approx([max(lo, -100), min(hi, 100)], rel=1e-9)
        assert pr["cohen_dz"] == pytest.approx(d.mean() / d.std(ddof=1), rel=1e-9)
        assert pr["cohen_dz_ci95"] == pytest.approx(_dz_interval(t, n - 1, n), abs=1e-6)
    else:
        assert pr["t"] is None and pr["p_null_reason"]
    nz = d[np.round(d, 9) != 0]
    if len(nz):
        # scipy enumerates all 2^n sign patterns: kept to n <= 14 here (the large case is above 50)
        assert len(nz) <= 14 or len(nz) > 50
        method = (sps.PermutationMethod(n_resamples=np.inf) if len(nz) <= 50 else "approx")
        ref = sps.wilcoxon(post, pre, zero_method="wilcox", method=method,
                           correction=(len(nz) > 50)).pvalue
        assert pr["wilcoxon"]["p"] == pytest.approx(ref, rel=1e-7)
    # pass shares: Wilson intervals and exact McNemar (statsmodels)
    pa, pb = pre >= PASS - 1e-9, post >= PASS - 1e-9
    for share, ci, passed in (("pass_share_pre", "pass_share_pre_ci95", pa), ("pass_share_post", "pass_share_post_ci95", pb)):
        assert pr[share] == pytest.approx(passed.mean())
        assert pr[ci] == pytest.approx(list(smp.proportion_confint(passed.sum(), n, method="wilson")), abs=1e-9)
    b, c = int((pa & ~pb).sum()), int((~pa & pb).sum())
    if b + c:
        table = [[int((pa & pb).sum()), b], [c, int((~pa & ~pb).sum())]]
        assert pr["pass_mcnemar_p"] == pytest.approx(smc.mcnemar(table, exact=True).pvalue, rel=1e-9)
    lo, hi = pr["pass_share_change_ci95"]
    assert -1 <= lo <= pr["pass_share_change"] <= hi <= 1
    assert pr["pass_share_change"] == pytest.approx(pb.mean() - pa.mean())
    # reliability and the reliable change built on it
    if pre_m.sum(axis=1).var(ddof=1) > 0:
        a = _alpha(pre_m)
        assert res["pre"]["alpha"] == pytest.approx(a, rel=1e-9)
        if a > 0:
            sem = pre.std(ddof=1) * math.sqrt(1 - a)
            assert res["pre"]["sem_pct"] == pytest.approx(sem, rel=1e-9)
            rci = d / (math.sqrt(2) * sem)
            rc = pr["reliable_change"]
            assert rc["reliably_improved"] == int((rci > 1.96).sum())
            assert rc["reliably_declined"] == int((rci < -1.96).sum())
    # the class normalized gain, and a loss is never given a Hake band name of its own
    if pre.mean() < 100:
        g = (post.mean() - pre.mean()) / (100 - pre.mean())
        assert pr["class_normalized_gain"] == pytest.approx(g, rel=1e-9)
        lo, hi = pr["class_normalized_gain_ci95"] or (None, None)
        if lo is not None:
            assert lo <= g <= hi <= 1
        if g < 0:
            assert "loss" in res["summary"]["en"]
