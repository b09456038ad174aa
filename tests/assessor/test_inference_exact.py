"""The building blocks of assessor.analysis.inference at their edges, against independent values.

Every expected number is from scipy.stats / statsmodels, a brute-force enumeration written
here, or a closed form worked in a comment; never from the code's own output.
"""

from __future__ import annotations

import itertools
import math

import numpy as np
import pytest
from scipy import stats as sps

from assessor.analysis import inference as I


# --- put / sd / rankdata -------------------------------------------------------------------------

def test_put_keeps_plain_json_types_and_gives_a_reason_for_none_and_non_finite():
    d: dict = {}
    I.put(d, "a", None)
    I.put(d, "b", float("nan"), "why b")
    I.put(d, "c", np.float64("inf"), "why c")
    I.put(d, "e", np.bool_(True))
    I.put(d, "f", np.int64(3))
    I.put(d, "g", 2)
    I.put(d, "h", np.float32(0.5))
    assert d == {"a": None, "a_null_reason": "undefined for these data",
                 "b": None, "b_null_reason": "why b", "c": None, "c_null_reason": "why c",
                 "e": True, "f": 3, "g": 2, "h": 0.5}
    assert type(d["e"]) is bool and type(d["f"]) is int and type(d["g"]) is int and type(d["h"]) is float
    # A finite value writes no reason.
    assert "g_null_reason" not in d and "h_null_reason" not in d


def test_sd_is_the_sample_sd_and_none_below_two_values():
    assert I.sd(np.array([7.0])) is None
    assert I.sd(np.array([])) is None
    # sd of (2, 4) with ddof = 1: sqrt(((2-3)^2 + (4-3)^2) / 1) = sqrt 2
    assert I.sd(np.array([2.0, 4.0])) == pytest.approx(math.sqrt(2))


@pytest.mark.parametrize("x", [[3, 1, 2], [5, 5, 5], [1, 2, 2, 3, 3, 3, 0], [2.5, -1, 2.5, 7, -1, -1], [4.0]])
def test_rankdata_is_scipys_average_ranks(x):
    assert I.rankdata(np.array(x, dtype=float)).tolist() == sps.rankdata(x).tolist()


# --- exact Wilcoxon ------------------------------------------------------------------------------

@pytest.mark.parametrize("n", [1, 2, 3, 4, 7, 10])
def test_signed_rank_counts_are_the_subset_sums_of_1_to_n(n):
    # brute force: every subset of {1..n}
    want = np.zeros(n * (n + 1) // 2 + 1)
    for bits in itertools.product((0, 1), repeat=n):
        want[sum(k for k, b in zip(range(1, n + 1), bits) if b)] += 1
    assert I._signed_rank_counts(n).tolist() == want.tolist()


@pytest.mark.parametrize("d", [[1.0], [-1.0], [1, -2], [1, 2, 3], [-1, -2, -3, 4], [1, 2, -3, 4, 5, -6, 7],
                               [3, -1, 2, -4, 5, 6, 7, -8, 9, 10]])
def test_exact_wilcoxon_p_equals_scipy_exact(d):
    d = np.array(d, dtype=float)
    w = I.wilcoxon_block(d)
    assert w["method"] == "exact"
    assert w["p"] == pytest.approx(sps.wilcoxon(d, method="exact").pvalue, rel=1e-12)
    # w+ and w- are the sums of the ranks of |d| of each sign (no ties here)
    r = sps.rankdata(np.abs(d))
    assert (w["w_plus"], w["w_minus"]) == (r[d > 0].sum(), r[d < 0].sum())


def test_wilcoxon_exact_p_by_hand_for_three():
    # n = 3: the 8 sign patterns give W+ = 0,1,2,3,3,4,5,6; P(W+ <= 1) = 2/8, two-sided 0.5.
    assert I.wilcoxon_exact_p(1, 3) == pytest.approx(0.5)
    assert I.wilcoxon_exact_p(5, 3) == pytest.approx(0.5)
    # W+ = 3 is the middle: 2 min(5/8, 5/8) > 1, capped at 1.
    assert I.wilcoxon_exact_p(3, 3) == 1.0
    assert I.wilcoxon_exact_p(0, 3) == pytest.approx(0.25)
    assert I.wilcoxon_exact_p(6, 3) == pytest.approx(0.25)


def _brute_conditional_p(ranks, w_plus):
    ranks = np.asarray(ranks, dtype=float)
    n = len(ranks)
    bits = (np.arange(2**n)[:, None] >> np.arange(n)[None, :]) & 1
    w = bits @ ranks
    return min(1.0, 2 * min(np.mean(w <= w_plus + 1e-9), np.mean(w >= w_plus - 1e-9)))


@pytest.mark.parametrize("ranks,w", [([1.5, 1.5, 3], 1.5), ([1.5, 1.5, 3], 3.0), ([2, 2, 2], 0.0),
                                     ([2, 2, 2], 6.0), ([1, 2.5, 2.5, 4, 5], 9.5), ([3, 3, 3, 3, 3], 15.0),
                                     ([1.5, 1.5, 3.5, 3.5, 5], 5.0)])
def test_conditional_signed_rank_p_is_the_sign_pattern_enumeration(ranks, w):
    assert I._conditional_signed_rank_p(np.array(ranks), w) == pytest.approx(_brute_conditional_p(ranks, w),
                                                                             rel=1e-12)


def test_wilcoxon_ties_use_the_conditional_distribution_and_zeros_are_dropped():
    d = np.array([0, 0, 4, 4, -4, 8.0])
    w = I.wilcoxon_block(d)
    assert w["method"] == "exact conditional (ties)"
    assert w["n_nonzero"] == 4 and w["n_positive"] == 3 and w["n_negative"] == 1
    # |d| = 4,4,4,8: ranks 2,2,2,4; W+ = 2+2+4 = 8, W- = 2
    assert (w["w_plus"], w["w_minus"]) == (8.0, 2.0)
    assert w["p"] == pytest.approx(_brute_conditional_p([2, 2, 2, 4], 8.0))
    assert w["same_direction"] is False
    assert w["sign_test_p"] == pytest.approx(sps.binomtest(3, 4).pvalue)


def test_wilcoxon_all_zero_differences():
    w = I.wilcoxon_block(np.zeros(4))
    assert w == {"w_plus": 0.0, "w_minus": 0.0, "n_nonzero": 0, "p": None, "method": None,
                 "p_null_reason": "every difference is zero", "same_direction": False,
                 "n_positive": 0, "n_negative": 0, "sign_test_p": None,
                 "sign_test_p_null_reason": "every difference is zero"}


def test_wilcoxon_float_noise_is_no_difference():
    # 0.1 + 0.2 - 0.3 is 5.5e-17, not a gain; 1/3 of 100 twice is one tie, not two values.
    w = I.wilcoxon_block(np.array([0.1 + 0.2 - 0.3, 100 / 3, 100 - 200 / 3, 10.0]))
    assert w["n_nonzero"] == 3 and w["method"] == "exact conditional (ties)"


def test_all_negative_gains_are_same_direction():
    w = I.wilcoxon_block(np.array([-1.0, -2, -3]))
    assert w["same_direction"] is True and w["n_positive"] == 0 and w["w_plus"] == 0.0
    assert w["p"] == pytest.approx(0.25)


@pytest.mark.parametrize("n", [50, 51])
def test_wilcoxon_switches_to_the_normal_approximation_above_50(n):
    d = np.arange(1, n + 1, dtype=float) * np.where(np.arange(n) % 3 == 0, -1, 1)
    w = I.wilcoxon_block(d)
    if n == 50:
        assert w["method"] == "exact"
        assert w["p"] == pytest.approx(sps.wilcoxon(d, method="exact").pvalue, rel=1e-9)
    else:
        assert w["method"] == "normal approximation (tie and continuity corrected)"
        assert w["p"] == pytest.approx(sps.wilcoxon(d, method="approx", correction=True).pvalue, rel=1e-9)


def test_wilcoxon_ties_at_50_are_exact_conditional_and_above_use_the_tie_corrected_normal():
    base = np.array([1, 2, 2, 3, 3, 3, 4, 4, 4, 4] * 5, dtype=float)
    sign = np.where(np.arange(50) % 4 == 0, -1, 1)
    d50 = base * sign
    assert I.wilcoxon_block(d50)["method"] == "exact conditional (ties)"
    for extra in ([5.0], [5.0, -5.0, 6.0, 6.0, 6.0, -2.0]):
        d = np.concatenate([d50, extra])
        w = I.wilcoxon_block(d)
        assert w["method"].startswith("normal approximation")
        assert w["p"] == pytest.approx(sps.wilcoxon(d, method="approx", correction=True).pvalue, rel=1e-9)


def test_wilcoxon_normal_approximation_when_w_plus_is_below_its_mean():
    d = -np.arange(1, 61, dtype=float)
    d[::7] *= -1
    w = I.wilcoxon_block(d)
    assert w["w_plus"] < 60 * 61 / 4
    assert w["p"] == pytest.approx(sps.wilcoxon(d, method="approx", correction=True).pvalue, rel=1e-9)


def test_wilcoxon_normal_p_is_capped_at_one_when_w_is_at_its_mean():
    # 1..60 with signs chosen so that W+ = 60*61/4 = 915 exactly: z = 0 after correction -> p = 1.
    d = np.arange(1, 61, dtype=float)
    neg = list(range(44, 61)) + [31]  # 884 + 31 = 915 of the 1830 total
    assert sum(neg) == 915
    d[np.array(neg) - 1] *= -1
    w = I.wilcoxon_block(d)
    assert w["w_plus"] == 915.0
    assert w["p"] == 1.0


# --- sign test, McNemar, intervals ------------------------------------------------------------------

@pytest.mark.parametrize("a,b", [(0, 1), (1, 0), (0, 5), (5, 0), (3, 9), (9, 3), (4, 4), (10, 2)])
def test_sign_test_p_is_the_binomial_test(a, b):
    assert I.sign_test_p(a, b) == pytest.approx(sps.binomtest(a, a + b).pvalue, rel=1e-12)


def test_sign_test_with_nobody_is_none():
    assert I.sign_test_p(0, 0) is None


def test_mcnemar_vector_is_binomtest_and_nan_without_discordant_pairs():
    b = np.array([0, 3, 5, 0, 2, 10])
    c = np.array([0, 0, 5, 4, 7, 1])
    p = I.mcnemar_exact_p(b, c)
    assert math.isnan(p[0])
    for j in range(1, 6):
        assert p[j] == pytest.approx(sps.binomtest(int(b[j]), int(b[j] + c[j])).pvalue, rel=1e-12)


@pytest.mark.parametrize("r,n", [(0.3, 4), (-0.45, 12), (0.9, 30), (0.0, 5)])
def test_fisher_interval_by_formula(r, n):
    z = sps.norm.ppf(0.975)
    lo, hi = I.fisher_ci(r, n)
    assert lo == pytest.approx(math.tanh(math.atanh(r) - z / math.sqrt(n - 3)), rel=1e-12)
    assert hi == pytest.approx(math.tanh(math.atanh(r) + z / math.sqrt(n - 3)), rel=1e-12)


def test_fisher_interval_other_level():
    z = sps.norm.ppf(0.95)
    lo, hi = I.fisher_ci(0.5, 10, level=0.90)
    assert (lo, hi) == pytest.approx((math.tanh(math.atanh(0.5) - z / math.sqrt(7)),
                                      math.tanh(math.atanh(0.5) + z / math.sqrt(7))), rel=1e-12)


@pytest.mark.parametrize("r,n", [(0.3, 3), (0.3, 2), (1.0, 10), (-1.0, 10)])
def test_fisher_interval_undefined_below_4_or_at_perfect_correlation(r, n):
    assert I.fisher_ci(r, n) is None


@pytest.mark.parametrize("k,n", [(0, 1), (1, 1), (0, 5), (1, 5), (4, 5), (5, 5), (17, 40), (1, 3)])
def test_wilson_interval_is_statsmodels(k, n):
    from statsmodels.stats.proportion import proportion_confint
    lo, hi = proportion_confint(k, n, alpha=0.05, method="wilson")
    got = I.wilson_ci(k, n)
    assert got == pytest.approx([lo, hi], abs=1e-12)
    assert all(type(x) is float for x in got)


def test_wilson_interval_closed_form_and_exact_ends():
    # k = 1 of n = 4, z = 1.96: centre (0.25 + 1.96^2/8) / (1 + 1.96^2/4), half-width
    # 1.96 sqrt(0.25 * 0.75 / 4 + 1.96^2/64) / (1 + 1.96^2/4).
    z = 1.96
    den = 1 + z * z / 4
    mid = (0.25 + z * z / 8) / den
    half = z * math.sqrt(0.25 * 0.75 / 4 + z * z / 64) / den
    assert I.wilson_ci(1, 4, z=z) == pytest.approx([mid - half, mid + half], rel=1e-12)
    assert I.wilson_ci(0, 4)[0] == 0.0 and I.wilson_ci(4, 4)[1] == 1.0
    assert I.wilson_ci(0, 0) is None and I.wilson_ci(0, -1) is None


def _newcombe_reference(a, b, c, d, z=1.959963984540054):
    """Newcombe (1998) method 10, written from the paper's formulas (Wilson bounds from statsmodels)."""
    from statsmodels.stats.proportion import proportion_confint
    n = a + b + c + d
    p1, p2 = (a + b) / n, (a + c) / n
    l1, u1 = proportion_confint(a + b, n, alpha=0.05, method="wilson")
    l2, u2 = proportion_confint(a + c, n, alpha=0.05, method="wilson")
    if a + b in (0, n):
        l1, u1 = (0.0, u1) if a + b == 0 else (l1, 1.0)
    if a + c in (0, n):
        l2, u2 = (0.0, u2) if a + c == 0 else (l2, 1.0)
    denom = (a + b) * (c + d) * (a + c) * (b + d)
    ad_bc = a * d - b * c
    if denom == 0:
        phi = 0.0
    elif ad_bc > n / 2:
        phi = (ad_bc - n / 2) / math.sqrt(denom)
    elif ad_bc < 0:
        phi = ad_bc / math.sqrt(denom)
    else:
        phi = 0.0
    delta = math.sqrt((p2 - l2) ** 2 - 2 * phi * (p2 - l2) * (u1 - p1) + (u1 - p1) ** 2)
    eps = math.sqrt((u2 - p2) ** 2 - 2 * phi * (u2 - p2) * (p1 - l1) + (p1 - l1) ** 2)
    return [p2 - p1 - delta, p2 - p1 + eps]


@pytest.mark.parametrize("a,b,c,d", [
    (8, 1, 5, 6),    # cross 43 > n/2: phi > 0
    (2, 5, 6, 3),    # cross -24 < 0: phi < 0
    (3, 2, 2, 2),    # cross 2 in [0, n/2 = 4.5]: phi = 0
    (5, 0, 0, 5),    # cross 25 > 5
    (0, 3, 4, 0),    # cross -12
    (4, 0, 3, 0),    # a margin is 0: phi = 0
    (1, 1, 1, 1),    # cross 0
    (10, 2, 2, 10),  # large positive association
])
def test_newcombe_paired_interval_is_the_papers_formula(a, b, c, d):
    assert I.newcombe_paired_ci(a, b, c, d) == pytest.approx(_newcombe_reference(a, b, c, d), abs=1e-12)


def test_newcombe_with_nobody_is_none():
    assert I.newcombe_paired_ci(0, 0, 0, 0) is None


def test_nct_interval_inverts_the_noncentral_t_cdf():
    from scipy.optimize import brentq
    for t, df in [(2.5, 9), (-1.2, 4), (0.0, 20), (6.0, 14)]:
        lo, hi = I.nct_ci_ncp(t, df)
        assert lo == pytest.approx(brentq(lambda nc: sps.nct.cdf(t, df, nc) - 0.975, -60, 60, xtol=1e-13), rel=1e-6)
        assert hi == pytest.approx(brentq(lambda nc: sps.nct.cdf(t, df, nc) - 0.025, -60, 60, xtol=1e-13), rel=1e-6)
    lo, hi = I.nct_ci_ncp(2.0, 10, level=0.90)
    assert lo == pytest.approx(brentq(lambda nc: sps.nct.cdf(2.0, 10, nc) - 0.95, -60, 60), abs=1e-6)
    assert hi == pytest.approx(brentq(lambda nc: sps.nct.cdf(2.0, 10, nc) - 0.05, -60, 60), abs=1e-6)


def test_nct_interval_none_when_the_inversion_fails():
    assert I.nct_ci_ncp(float("nan"), 5) is None


@pytest.mark.parametrize("alpha,n,k", [(0.8, 30, 10), (0.5, 2, 2), (-0.3, 12, 4), (0.95, 200, 40)])
def test_feldt_interval_is_one_minus_f_quantiles(alpha, n, k):
    lo, hi = I.feldt_ci(alpha, n, k)
    d1, d2 = n - 1, (n - 1) * (k - 1)
    assert lo == pytest.approx(1 - (1 - alpha) * sps.f.ppf(0.975, d1, d2), rel=1e-9)
    assert hi == pytest.approx(1 - (1 - alpha) * sps.f.ppf(0.025, d1, d2), rel=1e-9)


def test_feldt_interval_other_level_and_undefined_sizes():
    lo, hi = I.feldt_ci(0.7, 20, 5, level=0.9)
    assert lo == pytest.approx(1 - 0.3 * sps.f.ppf(0.95, 19, 76), rel=1e-9)
    assert hi == pytest.approx(1 - 0.3 * sps.f.ppf(0.05, 19, 76), rel=1e-9)
    assert I.feldt_ci(0.7, 1, 5) is None
    assert I.feldt_ci(0.7, 20, 1) is None


def test_clip_ci():
    assert I.clip_ci(None, 0, 1) == (None, False)
    assert I.clip_ci([-0.5, 0.5], 0.0, 1.0) == ([0.0, 0.5], True)
    assert I.clip_ci([0.5, 1.5], 0.0, 1.0) == ([0.5, 1.0], True)
    assert I.clip_ci([0.2, 0.5], 0.0, 1.0) == ([0.2, 0.5], False)
    assert I.clip_ci([-2.0, -1.5], 0.0, 1.0) == ([0.0, 0.0], True)
    assert I.clip_ci([1.5, 2.0], 0.0, 1.0) == ([1.0, 1.0], True)


# --- bootstrap -----------------------------------------------------------------------------------

def _bootstrap_reference(pre, post, fu=None, reps=2000, seed=20260516):
    """The percentile bootstrap written independently: resample participants with numpy's Generator."""
    rng = np.random.default_rng(seed)
    n = len(pre)
    idx = rng.integers(0, n, size=(reps, n))
    out = []
    for row in idx:
        mp, mq = pre[row].mean(), post[row].mean()
        if fu is None:
            if mp < 100 - 1e-9:
                out.append((mq - mp) / (100 - mp))
        else:
            if mq - mp > 1e-9:
                out.append((fu[row].mean() - mp) / (mq - mp))
    if len(out) < reps / 2:
        return None
    return [float(np.quantile(out, 0.025)), float(np.quantile(out, 0.975))]


def test_class_gain_bootstrap_is_the_percentile_bootstrap_with_the_documented_seed():
    pre = np.array([20, 30, 40, 50, 60, 35, 100, 90.0])
    post = np.array([50, 60, 55, 80, 70, 65, 100, 80.0])
    assert I.bootstrap_class_gain(pre, post) == pytest.approx(_bootstrap_reference(pre, post), rel=1e-12)
    assert I.bootstrap_class_gain(pre, post, reps=300, seed=7) == pytest.approx(
        _bootstrap_reference(pre, post, reps=300, seed=7), rel=1e-12)


def test_class_gain_bootstrap_none_for_one_participant_or_only_perfect_pre_tests():
    assert I.bootstrap_class_gain(np.array([40.0]), np.array([60.0])) is None
    # Two of three pre-tests at 100%: a resample is all-100 with probability (2/3)^3 = 0.30, so most are usable.
    pre, post = np.array([100, 100, 50.0]), np.array([100, 100, 90.0])
    assert I.bootstrap_class_gain(pre, post) == pytest.approx(_bootstrap_reference(pre, post), rel=1e-12)
    # Every pre-test at 100%: no resample is usable.
    assert I.bootstrap_class_gain(np.full(4, 100.0), np.full(4, 100.0)) is None


def test_class_gain_bootstrap_none_when_fewer_than_half_the_resamples_are_usable():
    # n = 2, one pre-test at 100%: a resample is [100, 100] with probability 1/4: 3/4 usable.
    pre, post = np.array([100.0, 40.0]), np.array([100.0, 70.0])
    assert I.bootstrap_class_gain(pre, post) is not None
    # With reps = 2 and a seed whose both resamples hit [100, 100] the 'half' rule decides;
    # search a seed independently of the code.
    for seed in range(200):
        idx = np.random.default_rng(seed).integers(0, 2, size=(4, 2))
        usable = sum(1 for row in idx if pre[row].mean() < 100 - 1e-9)
        if usable == 1:   # 1 of 4 < half
            assert I.bootstrap_class_gain(pre, post, reps=4, seed=seed) is None
            break
    else:
        pytest.fail("no seed with 1 usable of 4 resamples")
    for seed in range(200):
        idx = np.random.default_rng(seed).integers(0, 2, size=(4, 2))
        usable = sum(1 for row in idx if pre[row].mean() < 100 - 1e-9)
        if usable == 2:   # exactly half is enough
            assert I.bootstrap_class_gain(pre, post, reps=4, seed=seed) == pytest.approx(
                _bootstrap_reference(pre, post, reps=4, seed=seed))
            break
    else:
        pytest.fail("no seed with 2 usable of 4 resamples")


def test_retention_bootstrap_is_the_percentile_bootstrap():
    pre = np.array([20, 30, 40, 50, 60, 35.0])
    post = np.array([60, 70, 55, 80, 90, 65.0])
    fu = np.array([50, 60, 50, 70, 70, 60.0])
    assert I.bootstrap_retention(pre, post, fu) == pytest.approx(_bootstrap_reference(pre, post, fu), rel=1e-12)
    assert I.bootstrap_retention(pre, post, fu, reps=100, seed=3) == pytest.approx(
        _bootstrap_reference(pre, post, fu, reps=100, seed=3), rel=1e-12)
    assert I.bootstrap_retention(pre[:1], post[:1], fu[:1]) is None
    # No gain in any resample: none.
    assert I.bootstrap_retention(pre, pre.copy(), fu) is None


def test_retention_bootstrap_half_rule():
    pre, post, fu = np.array([50.0, 50.0]), np.array([50.0, 80.0]), np.array([50.0, 70.0])
    for want in (1, 2):
        for seed in range(300):
            idx = np.random.default_rng(seed).integers(0, 2, size=(4, 2))
            usable = sum(1 for row in idx if post[row].mean() - pre[row].mean() > 1e-9)
            if usable == want:
                got = I.bootstrap_retention(pre, post, fu, reps=4, seed=seed)
                assert (got is None) == (want == 1)
                break
        else:
            pytest.fail(f"no seed with {want} usable of 4")


# --- reliable change, p of t, normalized change, Hake ----------------------------------------------

def test_reliable_change_index_by_formula_and_its_threshold():
    sem = 5.0
    crit = 1.96 * math.sqrt(2) * sem  # 13.859 pp
    pre = np.array([50.0, 50, 50, 50, 50])
    post = pre + np.array([crit + 0.01, crit - 0.01, -crit + 0.01, -crit - 0.01, 0.0])
    rc = I.reliable_change(pre, post, sem)
    assert rc["sem_pre_pct"] == 5.0
    assert rc["rci"] == pytest.approx(list((post - pre) / (math.sqrt(2) * sem)), rel=1e-9)
    assert (rc["reliably_improved"], rc["no_reliable_change"], rc["reliably_declined"]) == (1, 3, 1)


@pytest.mark.parametrize("sem", [None, 0.0, 1e-10])
def test_reliable_change_needs_a_positive_sem(sem):
    rc = I.reliable_change(np.array([40.0]), np.array([80.0]), sem)
    assert rc == {"sem_pre_pct": None,
                  "sem_pre_pct_null_reason": "the pre-test has no usable SEM (alpha undefined, below 0, or 1)",
                  "rci": None, "reliably_improved": None, "no_reliable_change": None, "reliably_declined": None}


def test_rci_kind_boundaries():
    assert I.rci_kind(1.96) == 0 and I.rci_kind(-1.96) == 0
    assert I.rci_kind(1.9601) == 1 and I.rci_kind(-1.9601) == -1
    assert I.rci_kind(0.0) == 0


@pytest.mark.parametrize("t,df", [(2.1, 7), (-2.1, 7), (0.0, 3), (10.0, 1.5), (-0.4, 120)])
def test_t_two_sided_p_is_scipys(t, df):
    assert I.t_two_sided_p(t, df) == pytest.approx(2 * sps.t.sf(abs(t), df), rel=1e-12)


def test_normalized_change_marx_and_cummings():
    pre = np.array([40.0, 80, 50, 0, 100, 0, 100, 30, 60])
    post = np.array([70.0, 40, 50, 0, 100, 50, 0, 30 + 1e-12, 60])
    c, keep = I.normalized_change(pre, post)
    # gain: (post - pre) / (100 - pre); loss: (post - pre) / pre; equal: 0, dropped at 0 or 100
    want = [30 / 60, -40 / 80, 0, 0, 0, 50 / 100, -100 / 100, 0, 0]
    assert c.tolist() == pytest.approx(want)
    assert keep.tolist() == [True, True, True, False, False, True, True, True, True]


@pytest.mark.parametrize("g,band", [(None, None), (-0.5, "low"), (0.0, "low"), (0.2999, "low"), (0.3, "medium"),
                                    (0.5, "medium"), (0.6999, "medium"), (0.7, "high"), (1.0, "high")])
def test_hake_bands_at_their_boundaries(g, band):
    assert I.hake_band(g) == band


# --- paired block ------------------------------------------------------------------------------

def test_paired_block_with_nobody():
    b = I.paired_block(np.array([]), np.array([]), pass_mark=50)
    none = "no participant took both the pre-test and the post-test"
    for k in ("pre_mean_pct", "post_mean_pct", "gain_mean", "gain_sd", "gain_ci95", "t", "df", "p",
              "cohen_dz", "d_av", "hedges_g_av", "class_normalized_gain", "mean_normalized_gain",
              "mean_normalized_change", "pass_share_pre", "pass_share_post"):
        assert b[k] is None and b[k + "_null_reason"] == none
    assert b["n"] == 0
    assert b["wilcoxon"] == {"w_plus": 0.0, "w_minus": 0.0, "n_nonzero": 0, "p": None,
                             "p_null_reason": none, "method": None}
    assert {k: b[k] for k in ("n_normalized_gain", "n_excluded_pre_100", "n_normalized_change",
                              "n_excluded_change", "improved", "unchanged", "declined", "hake_band")} == {
        "n_normalized_gain": 0, "n_excluded_pre_100": 0, "n_normalized_change": 0, "n_excluded_change": 0,
        "improved": 0, "unchanged": 0, "declined": 0, "hake_band": None}


def test_paired_block_of_one_participant():
    b = I.paired_block(np.array([40.0]), np.array([70.0]), pass_mark=60)
    few = "fewer than 2 matched participants"
    assert (b["pre_mean_pct"], b["post_mean_pct"], b["gain_mean"]) == (40.0, 70.0, 30.0)
    for k in ("gain_sd", "gain_ci95", "t", "df", "p", "cohen_dz", "d_av", "hedges_g_av"):
        assert b[k] is None and b[k + "_null_reason"] == few, k
    assert b["mde_gain"] is None
    assert b["mde_gain_null_reason"] == "fewer than 2 matched participants or no variance in the gains"
    # <g> = (70 - 40) / (100 - 40) = 0.5, medium; one participant, so no bootstrap interval
    assert b["class_normalized_gain"] == pytest.approx(0.5) and b["hake_band"] == "medium"
    assert b["class_normalized_gain_ci95"] is None and b["class_normalized_gain_ci95_clipped"] is False
    assert b["mean_normalized_gain"] == pytest.approx(0.5)
    assert b["mean_normalized_change"] == pytest.approx(0.5)
    assert (b["improved"], b["unchanged"], b["declined"]) == (1, 0, 0)
    assert (b["pass_share_pre"], b["pass_share_post"]) == (0.0, 1.0)
    assert (b["pass_mcnemar_b"], b["pass_mcnemar_c"]) == (0, 1)
    assert b["pass_share_change"] == 1.0
    assert b["pass_mcnemar_p"] == pytest.approx(1.0)
    assert b["wilcoxon"]["p"] == pytest.approx(1.0)
    assert "cohen_dz_ci95" not in b and "hedges_g_av_ci95" not in b


def test_paired_block_numbers_against_scipy():
    pre = np.array([40.0, 55, 30, 70, 65, 50, 45])
    post = np.array([60.0, 60, 55, 65, 90, 75, 45])
    d = post - pre
    b = I.paired_block(pre, post, pass_mark=60)
    n = 7
    tt = sps.ttest_rel(post, pre)
    assert b["t"] == pytest.approx(tt.statistic, rel=1e-12)
    assert b["p"] == pytest.approx(tt.pvalue, rel=1e-10)
    assert b["df"] == 6 and type(b["df"]) is int
    assert b["gain_mean"] == pytest.approx(d.mean())
    assert b["gain_sd"] == pytest.approx(d.std(ddof=1))
    half = sps.t.ppf(0.975, n - 1) * d.std(ddof=1) / math.sqrt(n)
    assert b["gain_ci95"] == pytest.approx([d.mean() - half, d.mean() + half], rel=1e-12)
    assert b["gain_ci95_clipped"] is False
    assert b["cohen_dz"] == pytest.approx(d.mean() / d.std(ddof=1))
    s_av = math.sqrt((pre.std(ddof=1) ** 2 + post.std(ddof=1) ** 2) / 2)
    assert b["d_av"] == pytest.approx(d.mean() / s_av)
    # Hedges' J = 1 - 3 / (8n - 9) for the paired design (Lakens 2013): 1 - 3/47
    assert b["hedges_g_av"] == pytest.approx(d.mean() / s_av * (1 - 3 / 47))
    assert b["hedges_g_av_ci95"] == pytest.approx([x * d.std(ddof=1) / s_av * (1 - 3 / 47)
                                                   for x in b["cohen_dz_ci95"]])
    g = (post.mean() - pre.mean()) / (100 - pre.mean())
    assert b["class_normalized_gain"] == pytest.approx(g)
    assert b["mean_normalized_gain"] == pytest.approx(np.mean(d / (100 - pre)))
    c = np.where(d > 0, d / (100 - pre), np.where(d < 0, d / pre, 0.0))
    assert b["mean_normalized_change"] == pytest.approx(c.mean())
    assert (b["n_normalized_change"], b["n_excluded_change"]) == (7, 0)
    assert (b["improved"], b["unchanged"], b["declined"]) == (5, 1, 1)
    mde = (sps.t.ppf(0.975, 6) + sps.t.ppf(0.8, 6)) * d.std(ddof=1) / math.sqrt(7)
    assert b["mde_gain"] == pytest.approx(mde)
    assert b["wilcoxon"]["p"] == pytest.approx(sps.wilcoxon(d, method="exact").pvalue)
    # pass at 60: pre 70, 65 pass; post 60, 60, 65, 90, 75 pass
    assert b["pass_share_pre"] == pytest.approx(2 / 7) and b["pass_share_post"] == pytest.approx(5 / 7)
    assert b["pass_share_pre_ci95"] == pytest.approx(I.wilson_ci(2, 7))
    assert b["pass_share_post_ci95"] == pytest.approx(I.wilson_ci(5, 7))
    # both pass: p4 (70 -> 65), p5 (65 -> 90); pre only: none; post only: p1, p2, p6
    assert (b["pass_mcnemar_b"], b["pass_mcnemar_c"]) == (0, 3)
    assert b["pass_share_change"] == pytest.approx(3 / 7)
    assert b["pass_share_change_ci95"] == pytest.approx(_newcombe_reference(2, 0, 3, 2), abs=1e-12)
    assert b["pass_mcnemar_p"] == pytest.approx(sps.binomtest(0, 3).pvalue)


def test_paired_block_per_participant_pass_marks_and_the_rounding_tolerance():
    pre = np.array([50.0, 60, 69.9999999, 40])
    post = np.array([80.0, 55, 80, 40])
    b = I.paired_block(pre, post, pass_mark=np.array([50.0, 70, 70, 30]))
    # pre: 50>=50 yes, 60>=70 no, 69.9999999 is 1e-7 below: no, 40>=30 yes; post: yes, no, yes, yes
    assert b["pass_share_pre"] == pytest.approx(2 / 4) and b["pass_share_post"] == pytest.approx(3 / 4)
    b2 = I.paired_block(np.array([70 - 1e-10]), np.array([70 - 1e-8]), pass_mark=70)
    assert (b2["pass_share_pre"], b2["pass_share_post"]) == (1.0, 0.0)
    assert b2["pass_mcnemar_b"] == 1 and b2["pass_share_change"] == -1.0


def test_paired_block_without_pass_mark_has_no_pass_keys():
    b = I.paired_block(np.array([40.0, 50]), np.array([60.0, 50]))
    assert not [k for k in b if k.startswith("pass_")]


def test_paired_block_zero_variance_gains():
    pre = np.array([20.0, 40, 60])
    post = pre + 10
    b = I.paired_block(pre, post)
    zero = "every participant's gain is the same (SD of gains is 0)"
    assert b["gain_sd"] == 0.0
    assert b["gain_ci95"] == [10.0, 10.0]
    for k in ("t", "p", "cohen_dz"):
        assert b[k] is None and b[k + "_null_reason"] == zero
    assert b["df"] == 2
    assert "cohen_dz_ci95" not in b and "hedges_g_av_ci95" not in b
    # d_av is defined: gain / sqrt((400 + 400)/2) = 10 / 20
    assert b["d_av"] == pytest.approx(0.5)
    assert b["hedges_g_av"] == pytest.approx(0.5 * (1 - 3 / 15))
    assert b["mde_gain"] is None
    # three equal gains: W+ = 6 of 6 with ranks 2,2,2 -> exact conditional p = 2 * (1/8) = 0.25
    assert b["wilcoxon"]["p"] == pytest.approx(0.25)


def test_paired_block_pre_and_post_without_variance():
    b = I.paired_block(np.array([50.0, 50]), np.array([50.0, 50]))
    r = "pre and post scores have no variance"
    assert b["d_av"] is None and b["d_av_null_reason"] == r
    assert b["hedges_g_av"] is None and b["hedges_g_av_null_reason"] == r
    assert b["mean_normalized_change"] == 0.0 and b["n_normalized_change"] == 2


def test_paired_block_everyone_at_100_before():
    b = I.paired_block(np.array([100.0, 100]), np.array([100.0, 80]))
    assert b["class_normalized_gain"] is None
    assert b["class_normalized_gain_null_reason"] == "the mean pre-test score is 100%"
    assert b["hake_band"] is None and "class_normalized_gain_ci95" not in b
    assert b["mean_normalized_gain"] is None
    assert b["mean_normalized_gain_null_reason"] == "every matched participant scored 100% on the pre-test"
    assert (b["n_normalized_gain"], b["n_excluded_pre_100"]) == (0, 2)
    # 100 -> 100 is dropped from c, 100 -> 80 is c = -20/100
    assert b["mean_normalized_change"] == pytest.approx(-0.2)
    assert (b["n_normalized_change"], b["n_excluded_change"]) == (1, 1)


def test_paired_block_mean_pre_just_below_100():
    b = I.paired_block(np.array([100.0, 99.0]), np.array([100.0, 100.0]))
    # mean pre 99.5: <g> = 0.5 / 0.5 = 1, high; only participant 2 has g = 1 / 1
    assert b["class_normalized_gain"] == pytest.approx(1.0) and b["hake_band"] == "high"
    assert (b["n_normalized_gain"], b["n_excluded_pre_100"]) == (1, 1)
    assert b["mean_normalized_gain"] == pytest.approx(1.0)


def test_paired_block_nobody_changes_at_0_or_100():
    b = I.paired_block(np.array([0.0, 100]), np.array([0.0, 100]))
    assert b["mean_normalized_change"] is None
    assert b["mean_normalized_change_null_reason"] == "every matched participant scored 0% or 100% on both tests"
    assert (b["n_normalized_change"], b["n_excluded_change"]) == (0, 2)


def test_class_gain_interval_is_clipped_at_one_only():
    pre = np.array([0.0, 90, 95, 99])
    post = np.array([100.0, 100, 100, 100])
    b = I.paired_block(pre, post)
    ref = _bootstrap_reference(pre, post)
    assert b["class_normalized_gain_ci95"] == pytest.approx([min(1.0, ref[0]), min(1.0, ref[1])])
    assert b["class_normalized_gain_ci95_clipped"] is (ref[1] > 1.0 or ref[0] > 1.0)
    # a big loss: the interval may go below -1, and is not clipped there
    pre2, post2 = np.array([90.0, 95, 80, 85]), np.array([0.0, 10, 20, 5])
    b2 = I.paired_block(pre2, post2)
    ref2 = _bootstrap_reference(pre2, post2)
    assert ref2[0] < -1
    assert b2["class_normalized_gain_ci95"] == pytest.approx(ref2)
    assert b2["class_normalized_gain_ci95_clipped"] is False
    assert b2["hake_band"] == "low"


def test_gain_interval_clipped_at_plus_100():
    b = I.paired_block(np.array([0.0, 0, 100]), np.array([100.0, 100, 100]))
    assert b["gain_ci95"][1] == 100.0 and b["gain_ci95_clipped"] is True
    n, d = 3, np.array([100.0, 100, 0])
    half = sps.t.ppf(0.975, n - 1) * d.std(ddof=1) / math.sqrt(n)
    assert b["gain_ci95"][0] == pytest.approx(max(-100.0, d.mean() - half))


# --- between-group tests ----------------------------------------------------------------------

def test_welch_anova_is_statsmodels():
    from statsmodels.stats.oneway import anova_oneway
    groups = [np.array([1.0, 5, 3, 8, 2]), np.array([10.0, 12, 9, 20]), np.array([4.0, 4.5, 6, 7, 1, 3])]
    ref = anova_oneway(groups, use_var="unequal")
    w = I.welch_anova(groups)
    assert w["F"] == pytest.approx(ref.statistic, rel=1e-10)
    assert w["p"] == pytest.approx(ref.pvalue, rel=1e-8)
    assert w["df_between"] == 2.0 and type(w["df_between"]) is float
    assert w["df_within"] == pytest.approx(ref.df[1], rel=1e-10)
    two = groups[:2]
    ref2 = anova_oneway(two, use_var="unequal")
    assert I.welch_anova(two)["F"] == pytest.approx(ref2.statistic, rel=1e-10)
    assert I.welch_anova(two)["df_within"] == pytest.approx(ref2.df[1], rel=1e-10)


def test_welch_anova_undefined():
    one = I.welch_anova([np.array([1.0, 2])])
    for k in ("F", "df_between", "df_within", "p"):
        assert one[k] is None and one[k + "_null_reason"] == "fewer than 2 cohorts with 2 or more matched participants"
    flat = I.welch_anova([np.array([1.0, 2]), np.array([3.0, 3])])
    for k in ("F", "df_between", "df_within", "p"):
        assert flat[k] is None and flat[k + "_null_reason"] == "a cohort's gains have no variance"


def test_holm_is_statsmodels():
    from statsmodels.stats.multitest import multipletests
    for p in ([0.01, 0.04, 0.03, 0.2], [0.5, 0.5], [0.001], [0.3, 0.01, 0.02, 0.015, 0.9], [0.4, 0.4, 0.4]):
        assert I.holm(p) == pytest.approx(list(multipletests(p, method="holm")[1]), abs=1e-12)
    assert I.holm([]) == []
    # capped at 1: 3 x 0.6 = 1.8
    assert I.holm([0.6, 0.7, 0.8]) == [1.0, 1.0, 1.0]


def test_compare_groups_against_scipy():
    a = np.array([10.0, 20, 15, 30, 25])
    b = np.array([5.0, 0, -5, 10])
    c = np.array([40.0, 35, 20, 50, 45, 30])
    out = I.compare_groups(["A", "B", "C"], [a, b, c])
    assert out["cohorts"] == ["A", "B", "C"] and out["n"] == [5, 4, 6]
    assert out["sd"] == pytest.approx([a.std(ddof=1), b.std(ddof=1), c.std(ddof=1)])
    f = sps.f_oneway(a, b, c)
    an = out["anova"]
    assert an["F"] == pytest.approx(f.statistic, rel=1e-10) and an["p"] == pytest.approx(f.pvalue, rel=1e-8)
    assert (an["df_between"], an["df_within"]) == (2, 12)
    allv = np.concatenate([a, b, c])
    ss_b = sum(len(g) * (g.mean() - allv.mean()) ** 2 for g in (a, b, c))
    assert an["eta_squared"] == pytest.approx(ss_b / ((allv - allv.mean()) ** 2).sum())
    kw = sps.kruskal(a, b, c)
    assert out["kruskal"]["H"] == pytest.approx(kw.statistic, rel=1e-10)
    assert out["kruskal"]["p"] == pytest.approx(kw.pvalue, rel=1e-8)
    assert out["kruskal"]["df"] == 2
    pairs = {(r["a"], r["b"]): r for r in out["pairwise"]}
    assert list(pairs) == [("A", "B"), ("A", "C"), ("B", "C")]
    ps = []
    for (x, y), (g, h) in zip(pairs, [(a, b), (a, c), (b, c)]):
        ref = sps.ttest_ind(g, h, equal_var=False)
        assert pairs[(x, y)]["t"] == pytest.approx(ref.statistic, rel=1e-10)
        assert pairs[(x, y)]["p"] == pytest.approx(ref.pvalue, rel=1e-8)
        v1, v2 = g.var(ddof=1) / len(g), h.var(ddof=1) / len(h)
        assert pairs[(x, y)]["df"] == pytest.approx((v1 + v2) ** 2 / (v1**2 / (len(g) - 1) + v2**2 / (len(h) - 1)))
        # the difference in mean gains with scipy's Welch interval
        assert pairs[(x, y)]["difference"] == pytest.approx(g.mean() - h.mean())
        ci = ref.confidence_interval(0.95)
        assert pairs[(x, y)]["difference_ci95"] == pytest.approx([ci.low, ci.high], rel=1e-9)
        ps.append(ref.pvalue)
    from statsmodels.stats.multitest import multipletests
    assert [r["p_holm"] for r in out["pairwise"]] == pytest.approx(list(multipletests(ps, method="holm")[1]))


def test_kruskal_with_ties_is_scipys():
    a = np.array([10.0, 10, 20, 20, 30])
    b = np.array([10.0, 20, 20, 40])
    out = I.compare_groups(["A", "B"], [a, b])
    kw = sps.kruskal(a, b)
    assert out["kruskal"]["H"] == pytest.approx(kw.statistic, rel=1e-10)


def test_compare_groups_with_one_group_or_none():
    for names, groups in ((["A"], [np.array([1.0, 2, 3])]), ([], [])):
        out = I.compare_groups(names, groups)
        too_few = "fewer than 2 cohorts with 2 or more matched participants"
        for k in ("F", "df_between", "df_within", "p", "eta_squared"):
            assert out["anova"][k] is None and out["anova"][k + "_null_reason"] == too_few
        for k in ("H", "df", "p"):
            assert out["kruskal"][k] is None and out["kruskal"][k + "_null_reason"] == too_few
        assert out["pairwise"] == []
    assert I.compare_groups(["A"], [np.array([5.0])])["sd"] == [0.0]


def test_compare_groups_without_within_variance_and_all_equal():
    out = I.compare_groups(["A", "B"], [np.array([10.0, 10]), np.array([20.0, 20])])
    assert out["anova"]["F"] is None and out["anova"]["F_null_reason"] == "gains do not vary within cohorts"
    assert out["anova"]["p"] is None and out["anova"]["p_null_reason"] == "gains do not vary within cohorts"
    assert (out["anova"]["df_between"], out["anova"]["df_within"]) == (1, 2)
    assert out["anova"]["eta_squared"] == pytest.approx(1.0)
    pr = out["pairwise"][0]
    for k in ("t", "df", "p", "p_holm", "difference_ci95"):
        assert pr[k] is None and pr[k + "_null_reason"] == "neither cohort's gains vary"
    assert pr["difference"] == -10.0
    assert out["kruskal"]["H"] == pytest.approx(sps.kruskal([10.0, 10], [20.0, 20]).statistic)
    same = I.compare_groups(["A", "B"], [np.array([7.0, 7]), np.array([7.0, 7, 7])])
    for k in ("H", "df", "p"):
        assert same["kruskal"][k] is None and same["kruskal"][k + "_null_reason"] == "all gains are equal"
    assert same["anova"]["eta_squared"] is None and same["anova"]["eta_squared_null_reason"] == "all gains are equal"


def test_one_flat_group_still_gets_welchs_t():
    a, b = np.array([10.0, 10, 10]), np.array([0.0, 5, 20, 15])
    pr = I.compare_groups(["A", "B"], [a, b])["pairwise"][0]
    assert pr["t"] == pytest.approx(sps.ttest_ind(a, b, equal_var=False).statistic, rel=1e-10)
    assert pr["p_holm"] == pytest.approx(pr["p"])


def test_ancova_is_statsmodels_type_ii():
    import pandas as pd
    import statsmodels.formula.api as smf
    from statsmodels.stats.anova import anova_lm
    pre = [np.array([30.0, 40, 50, 60, 45]), np.array([20.0, 35, 55, 40]), np.array([50.0, 60, 70, 40, 30, 55])]
    post = [np.array([55.0, 60, 80, 75, 70]), np.array([30.0, 40, 70, 45]), np.array([80.0, 85, 90, 70, 65, 85])]
    df = pd.DataFrame({"pre": np.concatenate(pre), "post": np.concatenate(post),
                       "g": np.repeat(["a", "b", "c"], [5, 4, 6])})
    fit = smf.ols("post ~ pre + C(g)", df).fit()
    tab = anova_lm(fit, typ=2)
    out = I.ancova(pre, post)
    assert out["F"] == pytest.approx(tab.loc["C(g)", "F"], rel=1e-9)
    assert out["p"] == pytest.approx(tab.loc["C(g)", "PR(>F)"], rel=1e-8)
    assert (out["df_between"], out["df_within"]) == (2, 11)
    assert out["slope"] == pytest.approx(fit.params["pre"], rel=1e-9)
    # adjusted means: the group's fitted post at the grand mean pre
    xbar = df["pre"].mean()
    want = [fit.predict(pd.DataFrame({"pre": [xbar], "g": [g]}))[0] for g in "abc"]
    assert out["adjusted_post_means"] == pytest.approx(want, rel=1e-9)


def test_ancova_undefined_and_exact_fit():
    few = "fewer than 2 cohorts or too few participants for ANCOVA"
    for pre, post in (([np.array([1.0, 2, 3])], [np.array([2.0, 3, 4])]),
                      ([np.array([1.0]), np.array([2.0])], [np.array([1.0]), np.array([2.0])]),
                      ([np.array([1.0, 2]), np.array([3.0])], [np.array([1.0, 2]), np.array([3.0])])):
        out = I.ancova(pre, post)
        for k in ("F", "df_between", "df_within", "p", "slope"):
            assert out[k] is None and out[k + "_null_reason"] == few
    # N - k - 1 = 1 is enough
    ok = I.ancova([np.array([1.0, 2]), np.array([3.0, 5])], [np.array([2.0, 3.5]), np.array([4.0, 6])])
    assert ok["df_within"] == 1 and ok["F"] is not None
    # post = pre + 10 in one group and pre + 20 in the other: fitted exactly
    exact = I.ancova([np.array([10.0, 20, 30]), np.array([15.0, 25])], [np.array([20.0, 30, 40]), np.array([35.0, 45])])
    assert exact["F"] is None and exact["F_null_reason"] == "post-test scores are fitted exactly"
    assert exact["p"] is None and exact["p_null_reason"] == "post-test scores are fitted exactly"
    assert exact["slope"] == pytest.approx(1.0)
    # adjusted means at the mean pre (20): 30 and 40
    assert exact["adjusted_post_means"] == pytest.approx([30.0, 40.0])


def test_mde_formula():
    # (t_.975,9 + t_.8,9) * 12 / sqrt(10)
    want = (sps.t.ppf(0.975, 9) + sps.t.ppf(0.8, 9)) * 12 / math.sqrt(10)
    assert I.minimum_detectable_effect(10, 12.0) == pytest.approx(want, rel=1e-12)
    want2 = (sps.t.ppf(0.995, 4) + sps.t.ppf(0.9, 4)) * 3 / math.sqrt(5)
    assert I.minimum_detectable_effect(5, 3.0, alpha=0.01, power=0.9) == pytest.approx(want2, rel=1e-12)
    assert I.minimum_detectable_effect(2, 1.0) == pytest.approx(
        (sps.t.ppf(0.975, 1) + sps.t.ppf(0.8, 1)) / math.sqrt(2), rel=1e-12)
    assert I.minimum_detectable_effect(1, 5.0) is None
    assert I.minimum_detectable_effect(10, 0.0) is None
    assert I.minimum_detectable_effect(10, None) is None


def _comp(ns, sds, p_anova, p_welch, holm_ps):
    return {"n": ns, "sd": sds, "anova": {"p": p_anova}, "welch_anova": {"p": p_welch},
            "pairwise": [{"p_holm": h} for h in holm_ps]}


def test_comparison_verdict_picks_welch_for_unequal_sizes_or_variances():
    # equal n, variance ratio (1.2/1)^2 = 1.44 <= 1.5: classical ANOVA
    assert I.comparison_verdict(_comp([5, 5], [1.0, 1.2], 0.01, 0.9, [0.01])) == {"test": "anova", "verdict": "differ"}
    # ratio (1.3)^2 = 1.69 > 1.5: Welch
    assert I.comparison_verdict(_comp([5, 5], [1.0, 1.3], 0.01, 0.9, [0.01])) == {
        "test": "welch_anova", "verdict": "no_clear_difference"}
    # ratio exactly sqrt(1.5)^2 = 1.5 is not above: classical
    assert I.comparison_verdict(_comp([5, 5], [2.0, 2.0 * math.sqrt(1.5) - 1e-12], 0.01, 0.9, [0.01]))["test"] == "anova"
    # sizes differ: Welch
    assert I.comparison_verdict(_comp([5, 6], [1.0, 1.0], 0.9, 0.01, [0.01])) == {"test": "welch_anova",
                                                                                   "verdict": "differ"}
    # a group with SD 0: Welch
    assert I.comparison_verdict(_comp([5, 5], [0.0, 1.0], 0.01, None, [0.01])) == {"test": "welch_anova",
                                                                                   "verdict": None}


def test_comparison_verdict_needs_p_below_alpha_and_a_holm_pair():
    assert I.comparison_verdict(_comp([5, 5], [1.0, 1.0], 0.01, 0.01, [0.2, None]))["verdict"] == "no_clear_difference"
    assert I.comparison_verdict(_comp([5, 5], [1.0, 1.0], 0.01, 0.01, [None, 0.049]))["verdict"] == "differ"
    assert I.comparison_verdict(_comp([5, 5], [1.0, 1.0], 0.05, 0.01, [0.01]))["verdict"] == "no_clear_difference"
    assert I.comparison_verdict(_comp([5, 5], [1.0, 1.0], 0.01, 0.01, [0.05]))["verdict"] == "no_clear_difference"
    assert I.comparison_verdict(_comp([5, 5], [1.0, 1.0], 0.04, 0.01, [0.04]), alpha=0.03)["verdict"] == \
        "no_clear_difference"
    assert I.comparison_verdict({"anova": {"p": None}}) == {"test": "anova", "verdict": None}
    assert I.comparison_verdict({}) == {"test": "anova", "verdict": None}


def _seed_with_usable(pre, post, reps, want, usable_of):
    for seed in range(2000):
        idx = np.random.default_rng(seed).integers(0, len(pre), size=(reps, len(pre)))
        if sum(1 for row in idx if usable_of(row)) == want:
            return seed
    pytest.fail(f"no seed with {want} usable of {reps}")


def test_bootstraps_need_half_the_resamples_not_a_third():
    # 1 usable resample of 3 is a third (>= 1/3) but under half: no interval.
    pre, post = np.array([100.0, 40.0]), np.array([100.0, 70.0])
    seed = _seed_with_usable(pre, post, 3, 1, lambda row: pre[row].mean() < 100 - 1e-9)
    assert I.bootstrap_class_gain(pre, post, reps=3, seed=seed) is None
    pre2, post2, fu2 = np.array([50.0, 50.0]), np.array([50.0, 80.0]), np.array([50.0, 70.0])
    seed2 = _seed_with_usable(pre2, post2, 3, 1, lambda row: post2[row].mean() - pre2[row].mean() > 1e-9)
    assert I.bootstrap_retention(pre2, post2, fu2, reps=3, seed=seed2) is None


# --- small gains and float noise ------------------------------------------------------------------

def test_gains_below_one_point_count_and_noise_below_a_billionth_does_not():
    # half a point up, half a point down, and 1e-10 pp of float noise (rounded away at 9 decimals)
    pre = np.array([50.0, 50.0, 50.0, 40.0])
    post = np.array([50.5, 49.5, 50.0 + 1e-10, 41.0])
    b = I.paired_block(pre, post)
    assert (b["improved"], b["unchanged"], b["declined"]) == (2, 1, 1)
    w = b["wilcoxon"]
    # non-zero |d| = 0.5, 0.5, 1: ranks 1.5, 1.5, 3; W+ = 1.5 + 3, W- = 1.5
    assert (w["n_nonzero"], w["n_positive"], w["n_negative"]) == (3, 2, 1)
    assert (w["w_plus"], w["w_minus"]) == (4.5, 1.5)
    c, keep = I.normalized_change(pre, post)
    assert c.tolist() == pytest.approx([0.5 / 50, -0.5 / 50, 0.0, 1 / 60])
    rc = I.reliable_change(pre, post, 0.1)
    assert rc["rci"][2] == 0.0


def test_noise_at_0_or_100_is_dropped_from_the_normalized_change():
    c, keep = I.normalized_change(np.array([0.0, 100.0, 100.0]), np.array([1e-10, 100.0 - 1e-10, 100.0]))
    assert keep.tolist() == [False, False, False]


def test_pass_share_change_p_is_explained_when_nobody_crosses_the_pass_mark():
    b = I.paired_block(np.array([80.0, 20]), np.array([90.0, 30]), pass_mark=50)
    assert b["pass_mcnemar_p"] is None
    assert b["pass_mcnemar_p_null_reason"] == "nobody changed between passing and failing"
    assert (b["pass_share_pre"], b["pass_share_post"], b["pass_share_change"]) == (0.5, 0.5, 0.0)


def test_two_participants_have_one_degree_of_freedom_even_without_variance():
    b = I.paired_block(np.array([20.0, 40]), np.array([30.0, 50]))
    assert b["df"] == 1 and b["t"] is None


def test_a_mean_pre_test_of_exactly_100_minus_noise_is_100():
    b = I.paired_block(np.array([100.0 - 1e-10, 100.0]), np.array([100.0, 100.0]))
    assert b["class_normalized_gain"] is None and b["n_normalized_gain"] == 0


def test_wilson_ends_are_exact_at_0_and_n():
    # the formula's own ends are 0 and 1 only up to rounding; the interval states them exactly
    for n in (1, 3, 7, 10, 49):
        assert I.wilson_ci(0, n)[0] == 0.0 and I.wilson_ci(n, n)[1] == 1.0


def test_reliable_change_exactly_at_the_threshold_is_not_reliable():
    # RCI = d / (sqrt 2 SEM); with SEM = 1/sqrt 2 the RCI is d itself
    rc = I.reliable_change(np.array([50.0, 50.0]), np.array([51.96, 48.04]), 1 / math.sqrt(2))
    assert rc["rci"] == pytest.approx([1.96, -1.96])
    assert (rc["reliably_improved"], rc["reliably_declined"], rc["no_reliable_change"]) == (0, 0, 2)
    assert I.reliable_change(np.array([50.0]), np.array([60.0]), 1e-9)["rci"] is None


def test_paired_block_reads_whole_number_scores_as_percentages():
    ints = I.paired_block([40, 50, 80, 0], [60, 50, 40, 30], pass_mark=50)
    floats = I.paired_block(np.array([40.0, 50, 80, 0]), np.array([60.0, 50, 40, 30]), pass_mark=50.0)
    # c = 20/60, 0, -40/80, 30/100
    assert ints["mean_normalized_change"] == pytest.approx((20 / 60 + 0 - 0.5 + 0.3) / 4)
    assert ints["mean_normalized_gain"] == pytest.approx((20 / 60 + 0 - 40 / 20 + 0.3) / 4)
    keys = ("gain_mean", "class_normalized_gain", "mean_normalized_gain", "mean_normalized_change", "pass_share_post")
    assert {k: ints[k] for k in keys} == {k: floats[k] for k in keys}


@pytest.mark.parametrize("a,b,c,d", [(3, 2, 1, 2), (5, 0, 6, 1), (0, 1, 1, 0), (1, 0, 0, 0), (0, 1, 0, 0), (2, 1, 1, 1)])
def test_newcombe_near_the_continuity_boundary_and_tiny_tables(a, b, c, d):
    assert I.newcombe_paired_ci(a, b, c, d) == pytest.approx(_newcombe_reference(a, b, c, d), abs=1e-12)


def test_conditional_p_where_two_reachable_sums_are_half_a_rank_apart():
    # ranks 1, 2.5, 2.5, 4: W+ sums include 3.5 and 4
    assert I._conditional_signed_rank_p(np.array([1, 2.5, 2.5, 4]), 3.5) == pytest.approx(
        _brute_conditional_p([1, 2.5, 2.5, 4], 3.5), rel=1e-12)


def test_newcombe_at_another_level_uses_that_level_for_both_wilson_intervals():
    from statsmodels.stats.proportion import proportion_confint
    a, b, c, d = 8, 1, 5, 6
    z = sps.norm.ppf(0.95)
    n = a + b + c + d
    p1, p2 = (a + b) / n, (a + c) / n
    l1, u1 = proportion_confint(a + b, n, alpha=0.10, method="wilson")
    l2, u2 = proportion_confint(a + c, n, alpha=0.10, method="wilson")
    phi = (a * d - b * c - n / 2) / math.sqrt((a + b) * (c + d) * (a + c) * (b + d))
    lo = p2 - p1 - math.sqrt((p2 - l2) ** 2 - 2 * phi * (p2 - l2) * (u1 - p1) + (u1 - p1) ** 2)
    hi = p2 - p1 + math.sqrt((u2 - p2) ** 2 - 2 * phi * (u2 - p2) * (p1 - l1) + (p1 - l1) ** 2)
    assert I.newcombe_paired_ci(a, b, c, d, z=z) == pytest.approx([lo, hi], abs=1e-12)


def test_wilcoxon_block_itself_rounds_float_noise_away():
    w = I.wilcoxon_block(np.array([1e-10, -1e-10, 1.0, 2.0]))
    assert w["n_nonzero"] == 2 and w["method"] == "exact"


@pytest.mark.parametrize("n", [2, 7, 523, 3001])
def test_bootstrap_intervals_drawn_in_blocks_equal_the_whole_matrix_draw(n, monkeypatch):
    """The resamples are drawn a block at a time; the intervals equal those of one reps x n draw."""
    from assessor.analysis import inference as inf

    monkeypatch.setattr(inf, "RESAMPLE_CHUNK", 5000)  # several blocks, one of them short, at every n here
    rng = np.random.default_rng(n)
    pre = rng.integers(0, 15, n) * 5.0  # below 75 %, so every resample has room to gain
    post = pre + rng.integers(1, 6, n) * 5.0  # everyone gains: every resample has a gain to retain
    fu = np.clip(post - rng.integers(0, 4, n) * 5.0, 0, 100)
    idx = np.random.default_rng(inf.BOOTSTRAP_SEED).integers(0, n, size=(inf.BOOTSTRAP_REPS, n))
    mp, mq, mf = pre[idx].mean(axis=1), post[idx].mean(axis=1), fu[idx].mean(axis=1)
    ok = mp < 100 - inf.EPS
    g = (mq[ok] - mp[ok]) / (100 - mp[ok])
    assert ok.sum() >= inf.BOOTSTRAP_REPS / 2
    assert inf.bootstrap_class_gain(pre, post) == [np.quantile(g, 0.025), np.quantile(g, 0.975)]
    gain, kept = mq - mp, mf - mp
    r = kept[gain > inf.EPS] / gain[gain > inf.EPS]
    assert (gain > inf.EPS).sum() >= inf.BOOTSTRAP_REPS / 2
    assert inf.bootstrap_retention(pre, post, fu) == [np.quantile(r, 0.025), np.quantile(r, 0.975)]
