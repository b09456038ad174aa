"""Issue 16: exact small-sample tests and intervals, compared with scipy / statsmodels values."""

from __future__ import annotations

import math

import numpy as np
import pytest
from scipy import stats as sps

from assessor.analysis.inference import (
    bootstrap_class_gain, feldt_ci, fisher_ci, newcombe_paired_ci, paired_block, reliable_change, sign_test_p,
    wilson_ci, wilcoxon_block,
)


def _perm_p(d):
    """Exact permutation p of W+: every one of the 2^n sign patterns of the non-zero |d| ranks.

    Enumerated directly (independent of the code under test); equals
    ``scipy.stats.wilcoxon(d, method=PermutationMethod(n_resamples=np.inf)).pvalue`` (checked
    below on small samples), which takes 95 s on the 18 non-zero differences here, this 0.4 s.
    """
    d = np.asarray(d, dtype=float)
    nz = d[d != 0]
    r = sps.rankdata(np.abs(nz))
    n = len(nz)
    bits = (np.arange(2**n)[:, None] >> np.arange(n)[None, :]) & 1
    w = bits @ r
    obs = r[nz > 0].sum()
    return min(1.0, 2 * min(np.mean(w <= obs + 1e-9), np.mean(w >= obs - 1e-9)))


@pytest.mark.parametrize("d", [[1, 1, 2, 2, 3, -1, 4, 4, 5, -2], [-4, -4, -8, -8, -12], [5.0, 5.0]])
def test_enumerated_permutation_p_is_scipys(d):
    d = np.array(d, dtype=float)
    assert _perm_p(d) == sps.wilcoxon(d, zero_method="wilcox",
                                      method=sps.PermutationMethod(n_resamples=np.inf)).pvalue


def test_five_equal_gains_exact_p_is_00625_and_same_direction():
    w = wilcoxon_block(np.full(5, 20.0))
    assert w["p"] == pytest.approx(0.0625, abs=1e-12)
    assert w["method"] == "exact conditional (ties)"
    assert w["same_direction"] is True
    assert w["sign_test_p"] == pytest.approx(sps.binomtest(5, 5).pvalue)


@pytest.mark.parametrize("d", [
    [1, 1, 2, 2, 3, -1, 4, 4, 5, -2],
    [3, 3, -3, 5, 5, 7, 0, 2],
    [10, 10, -10, 10, 0, 0, 5, -5, 5, 5, 5, 20, 20, -20, 15, 1, 2, 3, 3, 3],
    [2.5, -2.5, 2.5, 7.5, 7.5, -7.5, 12.5, 12.5],
    [-4, -4, -8, -8, -12],  # negative gains, ties
])
def test_wilcoxon_with_ties_matches_scipy_permutation(d):
    d = np.array(d, dtype=float)
    assert wilcoxon_block(d)["p"] == pytest.approx(_perm_p(d), rel=1e-10)


def test_wilcoxon_without_ties_matches_scipy_exact():
    d = np.array([1.0, -2, 3, 4, 5, 6, -7, 8, 9, 10, 11, 12])
    w = wilcoxon_block(d)
    assert w["method"] == "exact"
    assert w["p"] == pytest.approx(sps.wilcoxon(d, method="exact").pvalue, rel=1e-12)


def test_wilcoxon_n1_and_n2():
    assert wilcoxon_block(np.array([5.0]))["p"] == pytest.approx(1.0)
    assert wilcoxon_block(np.array([5.0, 5.0]))["p"] == pytest.approx(_perm_p(np.array([5.0, 5.0])))


def _nct_dz_ci(d):
    # independent: scipy.stats.nct root finding on the ncp
    from scipy.optimize import brentq
    n = len(d)
    t = d.mean() / (d.std(ddof=1) / math.sqrt(n))
    lo = brentq(lambda nc: sps.nct.cdf(t, n - 1, nc) - 0.975, -50, 50)
    hi = brentq(lambda nc: sps.nct.cdf(t, n - 1, nc) - 0.025, -50, 50)
    return lo / math.sqrt(n), hi / math.sqrt(n)


def test_dz_and_gav_intervals_noncentral_t():
    rng = np.random.default_rng(3)
    pre = rng.uniform(20, 60, 12).round()
    post = np.clip(pre + rng.normal(10, 8, 12), 0, 100).round()
    b = paired_block(pre, post, pass_mark=50)
    lo, hi = _nct_dz_ci(post - pre)
    assert b["cohen_dz_ci95"] == pytest.approx([lo, hi], rel=1e-6)
    assert b["cohen_dz_ci95"][0] < b["cohen_dz"] < b["cohen_dz_ci95"][1]
    g = b["hedges_g_av_ci95"]
    assert g[0] < b["hedges_g_av"] < g[1]
    scale = b["hedges_g_av"] / b["cohen_dz"]
    assert g == pytest.approx([lo * scale, hi * scale], rel=1e-6)


def test_wilson_matches_statsmodels():
    smp = pytest.importorskip("statsmodels.stats.proportion")  # statsmodels is in the test extra
    for k, n in [(0, 5), (1, 2), (3, 7), (5, 5), (44, 100)]:
        ref = smp.proportion_confint(k, n, alpha=0.05, method="wilson")
        assert wilson_ci(k, n) == pytest.approx(list(ref), abs=1e-9)


def test_pass_share_mcnemar_matches_statsmodels():
    sm = pytest.importorskip("statsmodels.stats.contingency_tables")  # statsmodels is in the test extra
    pre = np.array([40, 60, 75, 80, 50, 30, 90, 65, 72, 55.0])
    post = np.array([80, 75, 70, 85, 72, 40, 95, 71, 60, 80.0])
    b = paired_block(pre, post, pass_mark=70)
    pa, pb = pre >= 70, post >= 70
    table = [[(pa & pb).sum(), (pa & ~pb).sum()], [(~pa & pb).sum(), (~pa & ~pb).sum()]]
    ref = sm.mcnemar(table, exact=True).pvalue
    assert b["pass_mcnemar_p"] == pytest.approx(ref, rel=1e-10)
    assert b["pass_share_post_ci95"] == pytest.approx(wilson_ci(int(pb.sum()), 10))


def test_feldt_interval_formula_with_scipy_f():
    a, n, k = 0.8, 30, 10
    lo, hi = feldt_ci(a, n, k)
    assert lo == pytest.approx(1 - (1 - a) * sps.f.ppf(0.975, n - 1, (n - 1) * (k - 1)))
    assert hi == pytest.approx(1 - (1 - a) * sps.f.ppf(0.025, n - 1, (n - 1) * (k - 1)))
    assert lo < a < hi


def test_fisher_ci_and_negative_flag_needs_upper_bound_below_zero():
    lo, hi = fisher_ci(-0.2, 10)
    assert hi > 0  # r = -0.2 with n = 10 is not reliably negative
    z = sps.norm.ppf(0.975)
    assert lo == pytest.approx(math.tanh(math.atanh(-0.2) - z / math.sqrt(7)))


def test_class_gain_bootstrap_is_seeded_and_brackets():
    pre = np.array([20, 30, 40, 50, 60, 35.0])
    post = np.array([50, 60, 55, 80, 70, 65.0])
    a = bootstrap_class_gain(pre, post)
    assert a == bootstrap_class_gain(pre, post)
    g = (post.mean() - pre.mean()) / (100 - pre.mean())
    assert a[0] < g < a[1]


def test_gain_ci_clipped_at_minus_100():
    pre = np.array([100, 100.0, 0])
    post = np.array([0, 0.0, 0])
    b = paired_block(pre, post)
    assert b["gain_ci95"][0] == -100.0 and b["gain_ci95_clipped"] is True


def test_reliable_change_counts():
    pre = np.array([40, 50, 60, 70.0])
    post = np.array([80, 52, 20, 70.0])
    rc = reliable_change(pre, post, 10.0)  # threshold 1.96 * sqrt(2) * 10 = 27.7 pp
    assert (rc["reliably_improved"], rc["no_reliable_change"], rc["reliably_declined"]) == (1, 2, 1)
    assert reliable_change(pre, post, None)["reliably_improved"] is None


def test_sign_test_p_matches_binomtest():
    for a, b in [(5, 0), (7, 2), (1, 1)]:
        assert sign_test_p(a, b) == pytest.approx(sps.binomtest(a, a + b).pvalue)


def _table(rows, rosters=None):
    from assessor.analysis.responses import ResponseTable
    cols = {k: [] for k in ("cohort", "participant", "phase", "item", "topic", "mark")}
    for coh, pid, ph, marks in rows:
        for j, m in enumerate(marks):
            for k, v in zip(cols, (coh, pid, ph, f"q{j + 1}", "t", m)):
                cols[k].append(v)
    t = ResponseTable.from_columns(**cols)
    t.rosters.update(rosters or {})
    return t


def test_attrition_and_no_shows():
    from assessor.analysis.stats import analyze
    rows = [("A", f"p{i}", "pre", [1, 1, 1, 0, 0]) for i in range(4)]
    rows += [("A", f"p{i}", "post", [1, 1, 1, 1, 0]) for i in range(4)]
    rows += [("A", "d1", "pre", [0, 0, 0, 0, 0]), ("A", "d2", "pre", [1, 0, 0, 0, 0])]
    res = analyze(_table(rows, {"A": ["p0", "p1", "p2", "p3", "d1", "d2", "x9"]}))
    blk = res["cohorts"]["A"]
    assert blk["no_shows"] == ["x9"]
    assert res["cohorts"]["ALL"]["no_shows"] == ["A/x9"]
    at = blk["attrition"]
    assert (at["n_completers"], at["n_dropouts"]) == (4, 2)
    assert at["completers_pre_mean_pct"] == pytest.approx(60.0)
    assert at["dropouts_pre_mean_pct"] == pytest.approx(10.0)
    assert at["may_bias_gain"] is True
    a, b = np.array([60.0] * 4), np.array([0.0, 20.0])
    # completers have no variance: Welch needs both variances
    assert at["welch_p"] == pytest.approx(sps.ttest_ind(b, a, equal_var=False).pvalue)


def test_few_dropouts_do_not_flag_bias_but_say_how_little_they_move():
    from assessor.analysis.stats import analyze
    # 19 completers at 60% on the pre-test, one dropout at 0%: very different, but 5% of takers.
    rows = [("A", f"p{i:02}", "pre", [1, 1, 1, 0, 0]) for i in range(19)]
    rows += [("A", f"p{i:02}", "post", [1, 1, 1, 1, 0]) for i in range(19)]
    rows += [("A", "d1", "pre", [0, 0, 0, 0, 0])]
    at = analyze(_table(rows))["cohorts"]["A"]["attrition"]
    assert at["dropout_share"] == pytest.approx(1 / 20)
    assert abs(at["smd"]) > 0.2
    assert at["may_bias_gain"] is False and at["verdict"] == "few_dropped"
    # matched pre mean 60, all takers (19 x 60 + 0) / 20 = 57: the matched group sits 3 points higher
    assert at["matched_pre_shift_pct"] == pytest.approx(3.0)
    res = analyze(_table(rows))["cohorts"]["A"]
    assert "3.0 points" in res["summary"]["en"] and "3,0 poin" in res["summary"]["id"]
    assert "may be biased" not in res["summary"]["en"]


def test_similar_dropouts_are_not_flagged():
    from assessor.analysis.stats import analyze
    rows = [("A", f"p{i}", "pre", [1, 1, 0, 0, 0] if i % 2 else [1, 1, 1, 0, 0]) for i in range(6)]
    rows += [("A", f"p{i}", "post", [1, 1, 1, 1, 0]) for i in range(6)]
    rows += [("A", "d1", "pre", [1, 1, 0, 0, 0]), ("A", "d2", "pre", [1, 1, 1, 0, 0])]
    at = analyze(_table(rows))["cohorts"]["A"]["attrition"]
    assert at["dropout_share"] == pytest.approx(0.25)
    assert at["smd"] == pytest.approx(0.0, abs=1e-12)
    assert at["may_bias_gain"] is False and at["verdict"] == "similar"


def test_newcombe_paired_interval_matches_published_example():
    # Fagerland, Lydersen & Laake (2017), Statistical Analysis of Contingency Tables, ch. 8:
    # Cavo et al. (2012), complete response before/after consolidation, table [[59, 6], [16, 80]];
    # Newcombe square-and-add: difference -0.0621 (95% CI -0.1186 to -0.0046) as before minus after.
    lo, hi = newcombe_paired_ci(59, 6, 16, 80)
    assert (lo, hi) == pytest.approx((0.0046, 0.1186), abs=5e-5)
    # and it is antisymmetric in before/after
    lo2, hi2 = newcombe_paired_ci(59, 16, 6, 80)
    assert (lo2, hi2) == pytest.approx((-hi, -lo), abs=1e-12)


def test_newcombe_with_phi_zero_is_the_square_and_add_of_two_wilson_intervals():
    # Newcombe's corrected phi is 0 when 0 <= ad - bc <= n/2: here 3*3 - 2*4 = 1 <= 6, so the
    # interval is the plain square-and-add of the two Wilson intervals, computed here by hand.
    a, b, c, d = 3, 2, 4, 3
    n = a + b + c + d
    p1, p2 = (a + b) / n, (a + c) / n
    l1, u1 = wilson_ci(a + b, n)
    l2, u2 = wilson_ci(a + c, n)
    lo = (p2 - p1) - math.hypot(p2 - l2, u1 - p1)
    hi = (p2 - p1) + math.hypot(u2 - p2, p1 - l1)
    assert newcombe_paired_ci(a, b, c, d) == pytest.approx([lo, hi], abs=1e-12)
    assert newcombe_paired_ci(0, 0, 0, 0) is None


def test_pass_share_change_and_its_interval_in_the_paired_block():
    pre = np.array([80, 40, 40, 40, 40, 80, 40, 40, 40, 40], dtype=float)
    post = np.array([80, 80, 80, 80, 40, 40, 80, 80, 80, 40], dtype=float)
    b = paired_block(pre, post, pass_mark=70.0)
    # before: 2 of 10 pass; after: 7 of 10; one passed only before, six only after
    assert b["pass_share_change"] == pytest.approx(0.5)
    lo, hi = b["pass_share_change_ci95"]
    assert lo < 0.5 < hi and -1 <= lo and hi <= 1
    assert b["pass_share_change_ci95"] == pytest.approx(newcombe_paired_ci(1, 1, 6, 2))


def test_ancova_matches_statsmodels_unequal_cohorts():
    smf = pytest.importorskip("statsmodels.formula.api")  # statsmodels is in the test extra
    sma = pytest.importorskip("statsmodels.stats.anova")
    import pandas as pd
    from assessor.analysis.inference import ancova
    rng = np.random.default_rng(7)
    pres = [rng.uniform(20, 70, n).round() for n in (4, 9, 15)]
    posts = [np.clip(p + rng.normal(m, 10, len(p)), 0, 100).round() for p, m in zip(pres, (5, 15, 25))]
    a = ancova(pres, posts)
    df = pd.DataFrame({"pre": np.concatenate(pres), "post": np.concatenate(posts),
                       "g": np.repeat(["a", "b", "c"], [len(p) for p in pres])})
    tab = sma.anova_lm(smf.ols("post ~ pre + C(g)", df).fit(), typ=2)
    assert a["F"] == pytest.approx(tab.loc["C(g)", "F"], rel=1e-9)
    assert a["p"] == pytest.approx(tab.loc["C(g)", "PR(>F)"], rel=1e-9)


def test_mde_matches_statsmodels_power_approximately():
    smp = pytest.importorskip("statsmodels.stats.power")  # statsmodels is in the test extra
    from assessor.analysis.inference import minimum_detectable_effect
    n, s = 8, 12.0
    mde = minimum_detectable_effect(n, s)
    # the power of the paired t-test at the MDE is close to 0.8 (the t-quantile formula is an approximation)
    power = smp.TTestPower().power(effect_size=mde / s, nobs=n, alpha=0.05)
    assert 0.75 < power < 0.85
    assert minimum_detectable_effect(1, s) is None and minimum_detectable_effect(5, 0.0) is None


def _two_cohorts(items_b, n_items_a=6):
    rows = []
    rng = np.random.default_rng(1)
    for coh, k, shift in (("A", n_items_a, 0), ("B", items_b, 1)):
        for i in range(6):
            pre = (rng.random(k) < 0.4).astype(float)
            post = (rng.random(k) < 0.6 + 0.05 * shift).astype(float)
            rows += [(coh, f"{coh}{i}", "pre", list(pre)), (coh, f"{coh}{i}", "post", list(post))]
    return rows


def test_different_forms_compare_on_common_items_and_refuse_below_5():
    from assessor.analysis.stats import analyze
    res = analyze(_table(_two_cohorts(8)))
    comp = res["comparison"]
    assert comp["forms"] == {"same_items": False, "n_common_items": 6}
    assert res["cohorts"]["ALL"]["pooled_different_items"] is True
    assert comp["welch_anova"]["p"] is not None
    refused = analyze(_table(_two_cohorts(4, n_items_a=8)))["comparison"]
    assert refused["refused"]["code"] == "too_few_common_items"
    assert refused["refused"]["n_common_items"] == 4
    assert refused["verdict"] is None


def test_verdict_follows_welch_and_needs_holm_support():
    from assessor.analysis.inference import compare_groups, comparison_verdict
    g = [np.array([1.0, 2, 3, 4]), np.array([10.0, 12, 9, 11, 30, -5, 14])]
    comp = compare_groups(["a", "b"], g)
    v = comparison_verdict(comp)
    assert v["test"] == "welch_anova"
    expect = sps.ttest_ind(g[0], g[1], equal_var=False).pvalue < 0.05
    assert (v["verdict"] == "differ") == expect


def test_subgroup_suppression_complementary_and_holm():
    from assessor.analysis.responses import ResponseTable
    from assessor.analysis.stats import analyze
    rows = _two_cohorts(6)
    rows = [r for r in rows if r[0] == "A"] + [("A", f"x{i}", ph, [1, 0, 1, 0, 1, 1]) for i in range(6)
                                                for ph in ("pre", "post")]
    sex = {f"A{i}": "female" for i in range(3)} | {f"A{i}": "male" for i in range(3, 6)} \
        | {f"x{i}": "male" for i in range(6)}
    org = {p: ("o1" if p.startswith("x") else "o2") for p in sex}
    cols = {k: [] for k in ("cohort", "participant", "phase", "item", "topic", "mark", "sex", "organisation")}
    for coh, pid, ph, marks in rows:
        for j, m in enumerate(marks):
            for k, v in zip(cols, (coh, pid, ph, f"q{j + 1}", "t", m, sex[pid], org[pid])):
                cols[k].append(v)
    blk = analyze(ResponseTable.from_columns(**cols))["cohorts"]["A"]
    bs = blk["by_sex"]
    assert bs["female"]["suppressed"] is True and bs["female"]["paired"]["gain_mean"] is None
    # only one cell under 5: the next smallest is suppressed too, or the total would reveal it
    assert bs["male"]["suppressed"] is True and bs["male"]["suppressed_reason"] == "complementary"
    bo = blk["by_organisation"]
    ps = [bo[g]["paired"]["p"] for g in ("o1", "o2") if bo[g]["paired"]["p"] is not None]
    assert not any(bo[g]["suppressed"] for g in bo)
    from statsmodels.stats.multitest import multipletests
    ref = multipletests(ps, method="holm")[1]
    got = [bo[g]["paired"]["p_holm"] for g in ("o1", "o2") if bo[g]["paired"]["p"] is not None]
    assert got == pytest.approx(list(ref))


@pytest.mark.parametrize("x, nd, want", [(44.5, 0, "45"), (0.145, 2, "0.15"), (2.675, 2, "2.68"),
                                         (-2.5, 0, "-3"), (-0.4, 0, "0"), (62.5, 0, "63"), (1 / 3 * 100, 1, "33.3")])
def test_one_rounding_rule_half_away_from_zero(x, nd, want):
    from assessor.analysis.rounding import round_text
    assert round_text(x, nd) == want


def test_summary_never_says_rose_from_49_to_49_and_negative_g_is_a_loss():
    from assessor.analysis.stats import analyze
    rows = []
    for i in range(10):  # 49.0 -> 49.2: shown as 49% twice
        pre = [1] * 49 + [0] * 51
        post = pre.copy()
        if i < 2:
            post[60] = 1
        rows += [("A", f"p{i}", "pre", pre), ("A", f"p{i}", "post", post)]
    s = analyze(_table(rows))["cohorts"]["A"]["summary"]["en"]
    assert "from 49% to 49%" not in s and "about 49%" in s
    rows = [("B", f"p{i}", ph, m) for i in range(6) for ph, m in
            (("pre", [1, 1, 1, 0, 0]), ("post", [1, 1, 0, 0, 0] if i < 4 else [1, 1, 1, 1, 0]))]
    s = analyze(_table(rows))["cohorts"]["B"]["summary"]
    assert "a loss" in s["en"] and "Hake's bands do not apply" in s["en"] and "low by Hake" not in s["en"]
    assert "penurunan" in s["id"]


def test_sem_null_when_alpha_negative():
    from assessor.analysis.stats import phase_block
    # two items that disagree perfectly: alpha = 2 * (1 - (0.3 + 0.3) / 0) ... use a negative case
    X = np.array([[1, 0, 1], [0, 1, 0], [1, 0, 0], [0, 1, 1], [1, 1, 0], [0, 0, 1]], dtype=float)
    b = phase_block(X, ["a", "b", "c"])
    k = 3
    alpha = k / (k - 1) * (1 - X.var(axis=0, ddof=1).sum() / X.sum(axis=1).var(ddof=1))
    assert b["alpha"] == pytest.approx(alpha) and alpha < 0
    assert b["sem_pct"] is None and "below 0" in b["sem_pct_null_reason"]


def test_paired_block_n1_and_zero_variance():
    b1 = paired_block(np.array([40.0]), np.array([60.0]))
    assert b1["gain_ci95"] is None and b1["cohen_dz"] is None and b1.get("cohen_dz_ci95") is None
    assert b1["mde_gain"] is None
    b0 = paired_block(np.array([40.0, 50, 60]), np.array([50.0, 60, 70]))
    assert b0["p"] is None and b0["wilcoxon"]["same_direction"] is True
    assert b0["wilcoxon"]["sign_test_p"] == pytest.approx(sps.binomtest(3, 3).pvalue)
    assert b0["gain_ci95"] == [10.0, 10.0]


def test_item_holm_and_confidence_denominators():
    from assessor.analysis.stats import analyze
    from assessor.analysis.responses import ResponseTable
    rng = np.random.default_rng(5)
    cols = {k: [] for k in ("cohort", "participant", "phase", "item", "topic", "mark", "confidence")}
    for i in range(12):
        for ph, pr in (("pre", 0.3), ("post", 0.7)):
            for j in range(6):
                m = float(rng.random() < pr)
                for k, v in zip(cols, ("A", f"p{i}", ph, f"q{j}", "t", m, float(rng.integers(1, 5)))):
                    cols[k].append(v)
    res = analyze(ResponseTable.from_columns(**cols))["cohorts"]["A"]
    items = res["items"]
    labs = [k for k in items if items[k]["mcnemar_p"] is not None]
    from statsmodels.stats.multitest import multipletests
    ref = multipletests([items[k]["mcnemar_p"] for k in labs], method="holm")[1]
    assert [items[k]["mcnemar_p_holm"] for k in labs] == pytest.approx(list(ref))
    c = res["confidence"]["pre"]
    marks = np.array(cols["mark"]); conf = np.array(cols["confidence"]); pre = np.array(cols["phase"]) == "pre"
    wrong = pre & (marks == 0)
    cw = (wrong & (conf >= 3)).sum()
    assert c["confident_wrong_share"] == pytest.approx(cw / pre.sum())
    assert c["confident_share_of_wrong"] == pytest.approx(cw / wrong.sum())
