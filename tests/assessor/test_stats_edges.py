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
    # its 95% interval from Student's t, as for the gain
    assert r["change_ci95"] == pytest.approx(list(sps.t.interval(0.95, 3, loc=-25, scale=math.sqrt(1250 / 3) / 2)))
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


# --- confidence ------------------------------------------------------------------------------------

CONF_ROWS = [
    ("A", "p1", "pre", [1, 0, 0.5, 0]), ("A", "p2", "pre", [0, 0, 1, 1]),
    ("A", "p1", "post", [1, 1, 1, 1]), ("A", "p2", "post", [1, 1, 1, 1]),
    ("B", "b1", "pre", [0, 0, 0, 0]), ("B", "b1", "post", [0, 0, 0, 0]),
]
CONF = {("A", "p1", "pre"): [4, 3, 2, 1], ("A", "p2", "pre"): [2, 4, None, 3],
        ("A", "p1", "post"): [4, 4, 4, 4], ("A", "p2", "post"): [3, 3, 3, 3],
        ("B", "b1", "pre"): [4, 4, 4, 4], ("B", "b1", "post"): [1, 1, 1, 1]}


def _conf(coh, pid, ph, item):
    return CONF[(coh, pid, ph)][int(item[1:]) - 1]


def test_confidence_shares_by_hand():
    res = analyze(table(CONF_ROWS, confidence=_conf))["cohorts"]
    pre = res["A"]["confidence"]["pre"]
    # 7 rated answers (p2 q3 is unrated): mean (4+3+2+1+2+4+3)/7 = 19/7.
    # Wrong (mark 0; 0.5 is not wrong) and rated: p1 q2 (3), p1 q4 (1), p2 q1 (2), p2 q2 (4): 4,
    # of which confident (3 or 4): p1 q2, p2 q2: 2.
    assert pre == {"n_rated": 7, "mean": pytest.approx(19 / 7), "n_confident_wrong": 2, "n_wrong_rated": 4,
                   "confident_wrong_share": pytest.approx(2 / 7), "confident_share_of_wrong": pytest.approx(0.5)}
    post = res["A"]["confidence"]["post"]
    # everybody right: no wrong answer to be confident about
    assert post["n_rated"] == 8 and post["mean"] == pytest.approx(3.5)
    assert (post["n_confident_wrong"], post["n_wrong_rated"], post["confident_wrong_share"]) == (0, 0, 0.0)
    assert post["confident_share_of_wrong"] is None
    assert post["confident_share_of_wrong_null_reason"] == "no rated answer was wrong"
    assert "followup" not in res["A"]["confidence"]
    # cohort B alone: 4 confident wrong answers of 4 on the pre-test, none confident on the post-test
    b = res["B"]["confidence"]
    assert (b["pre"]["n_confident_wrong"], b["pre"]["confident_share_of_wrong"]) == (4, 1.0)
    assert (b["post"]["n_confident_wrong"], b["post"]["n_wrong_rated"], b["post"]["mean"]) == (0, 4, 1.0)
    # pooled: pre 11 rated, 8 wrong, 6 confident wrong
    allp = res["ALL"]["confidence"]["pre"]
    assert (allp["n_rated"], allp["n_wrong_rated"], allp["n_confident_wrong"]) == (11, 8, 6)


def test_confidence_phase_without_ratings():
    rows = CONF_ROWS[:4] + [("A", "p1", "followup", [1, 0, 1, 0])]

    def conf(coh, pid, ph, item):
        return None if ph == "followup" else _conf(coh, pid, ph, item)

    fu = analyze(table(rows, confidence=conf))["cohorts"]["A"]["confidence"]["followup"]
    assert fu == {"n_rated": 0, "mean": None, "mean_null_reason": "no ratings",
                  "confident_wrong_share": None, "confident_wrong_share_null_reason": "no ratings"}


def test_an_empty_confidence_column_gives_no_confidence_block():
    res = analyze(table(CONF_ROWS, confidence=lambda *a: None))["cohorts"]["A"]
    assert "confidence" not in res
    assert "confidence" not in analyze(table(CONF_ROWS))["cohorts"]["A"]


# --- the response matrix -------------------------------------------------------------------------

def test_the_same_code_in_two_cohorts_is_two_people():
    rows = [("A", "p1", "pre", [0, 0]), ("A", "p1", "post", [1, 1]),
            ("B", "p1", "pre", [1, 1]), ("B", "p2", "pre", [0, 1]), ("B", "p2", "post", [1, 1])]
    res = analyze(table(rows))["cohorts"]
    assert (res["A"]["n_pre"], res["A"]["n_matched"], res["A"]["paired"]["gain_mean"]) == (1, 1, 100.0)
    assert (res["B"]["n_pre"], res["B"]["n_matched"], res["B"]["paired"]["gain_mean"]) == (2, 1, 50.0)
    assert res["B"]["pre_only"] == ["p1"] and res["A"]["pre_only"] == []
    assert res["ALL"]["n_pre"] == 3 and res["ALL"]["pre_only"] == ["B/p1"]
    assert res["ALL"]["paired"]["gain_mean"] == 75.0


def test_a_one_item_test_scores_0_or_100():
    rows = [("A", "p1", "pre", [0]), ("A", "p1", "post", [1]), ("A", "p2", "pre", [1]), ("A", "p2", "post", [1]),
            ("A", "p3", "pre", [0.5]), ("A", "p3", "post", [0])]
    blk = analyze(table(rows))["cohorts"]["A"]
    assert blk["pre"]["mean_pct"] == pytest.approx(50.0)  # 0, 100, 50
    assert blk["post"]["mean_pct"] == pytest.approx(200 / 3)
    assert blk["paired"]["gain_mean"] == pytest.approx((100 + 0 - 50) / 3)
    assert blk["pre"]["alpha"] is None and blk["pre"]["alpha_null_reason"] == "fewer than 2 items"


def test_percent_is_over_the_items_each_participant_was_given():
    # p1 was given q1..q3 on the pre-test (1 of 3 right = 33.3%), p2 all four (2 of 4 = 50%)
    rows = [("A", "p1", "pre", [1, 0, 0, None]), ("A", "p2", "pre", [1, 1, 0, 0]),
            ("A", "p1", "post", [1, 1, 1, 1]), ("A", "p2", "post", [1, 1, 1, 1])]
    blk = analyze(table(rows))["cohorts"]["A"]
    assert blk["paired"]["pre_mean_pct"] == pytest.approx((100 / 3 + 50) / 2)
    assert blk["pre"]["mean_pct"] == pytest.approx((100 / 3 + 50) / 2)
    assert blk["pre"]["alpha"] is None
    assert blk["pre"]["alpha_null_reason"] == "not every taker has a mark for every item"
    assert blk["notes"] == ["pre: 1 item responses absent (items not given to some takers); "
                            "percentages use the items each participant was given; alpha needs complete data."]


def test_each_item_is_counted_under_its_own_topic():
    rows = [("A", "p1", "pre", [1, 0, 1]), ("A", "p1", "post", [1, 1, 1])]
    t = table(rows, topic={"q1": "alpha", "q2": "beta", "q3": "gamma"})
    topics = analyze(t)["cohorts"]["A"]["topics"]
    assert sorted(topics) == ["alpha", "beta", "gamma"]
    assert (topics["alpha"]["pre_pct"], topics["beta"]["pre_pct"], topics["gamma"]["pre_pct"]) == (100.0, 0.0, 100.0)


def test_no_numpy_warning_reaches_the_user():
    import warnings
    rows = [("A", "p1", "pre", [1, 0, None, 1]), ("A", "p2", "pre", [1, 1, 0, None]),
            ("A", "p1", "post", [1, None, 1, 1]), ("A", "p2", "post", [1, 1, 1, 1]),
            ("A", "p3", "pre", [0, 0, 0, 0])]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        analyze(table(rows))
        phase_block(np.array([[1.0, 1], [1, 1]]), ["a", "b"])
        phase_block(np.array([[1.0, 0], [1, 1], [1, np.nan]]), ["a", "b"])


def test_retention_counts_only_those_with_post_and_followup():
    # p6 took the pre-test and the follow-up but not the post-test: not in the retention pair.
    rows = RETENTION + [("A", "p6", "pre", [0, 0, 0, 0]), ("A", "p6", "followup", [1, 1, 1, 1])]
    r = analyze(table(rows))["cohorts"]["A"]["retention"]
    assert r["n"] == 4 and r["n_all_three"] == 3
    assert r["share_of_gain_retained"] == pytest.approx(0.625)


def test_confidence_in_a_cohort_that_skipped_the_pre_test_and_a_single_rating():
    rows = [("A", "p1", "post", [1, 0]), ("A", "p1", "followup", [0, 0])]

    def conf(coh, pid, ph, item):
        return 4 if (ph, item) == ("post", "q2") else None

    c = analyze(table(rows, confidence=conf))["cohorts"]["A"]["confidence"]
    assert "pre" not in c
    # one rated answer, wrong and confident
    assert c["post"] == {"n_rated": 1, "mean": 4.0, "n_confident_wrong": 1, "n_wrong_rated": 1,
                         "confident_wrong_share": 1.0, "confident_share_of_wrong": 1.0}
    assert c["followup"]["n_rated"] == 0 and c["followup"]["mean"] is None


# --- subgroups -------------------------------------------------------------------------------

def _subgroup_rows(groups):
    """groups: {label: [(pre marks, post marks), ...]} -> rows and the sex of each participant."""
    rows, sex = [], {}
    for g, people in groups.items():
        for i, (pre, post) in enumerate(people):
            pid = f"{g or 'none'}{i}"
            sex[pid] = g
            rows += [("A", pid, "pre", pre), ("A", pid, "post", post)]
    return rows, sex


def test_subgroups_of_five_are_shown_with_pass_shares_and_holm():
    people_f = [([0, 0, 0, 0], [1, 1, 1, 0]), ([1, 0, 0, 0], [1, 1, 1, 1]), ([0, 0, 0, 0], [1, 1, 0, 0]),
                ([1, 1, 0, 0], [1, 1, 1, 1]), ([0, 1, 0, 0], [1, 1, 1, 0])]
    people_m = [([1, 1, 0, 0], [1, 0, 0, 0]), ([1, 0, 0, 0], [1, 1, 0, 0]), ([0, 0, 0, 0], [1, 0, 0, 0]),
                ([1, 1, 1, 0], [1, 1, 1, 1]), ([0, 0, 1, 0], [0, 1, 1, 0]), ([1, 0, 1, 0], [1, 1, 1, 0])]
    rows, sex = _subgroup_rows({"F": people_f, "M": people_m})
    bs = analyze(table(rows, sex=lambda p: sex[p], pass_marks={"A": 75}))["cohorts"]["A"]["by_sex"]
    assert sorted(bs) == ["F", "M"]
    f = bs["F"]
    assert (f["n"], f["too_small"], f["suppressed"]) == (5, False, False)
    assert "suppressed_reason" not in f
    pre = np.array([0, 25, 0, 50, 25.0])
    post = np.array([75, 100, 50, 100, 75.0])
    assert f["paired"]["gain_mean"] == pytest.approx((post - pre).mean())
    assert f["paired"]["p"] == pytest.approx(sps.ttest_rel(post, pre).pvalue)
    # pass mark 75: nobody before, 4 of 5 after
    assert (f["paired"]["pass_share_pre"], f["paired"]["pass_share_post"]) == (0.0, 0.8)
    m = bs["M"]
    pm = np.array([50, 25, 0, 75, 25, 50.0])
    qm = np.array([25, 50, 25, 100, 50, 75.0])
    assert m["paired"]["p"] == pytest.approx(sps.ttest_rel(qm, pm).pvalue)
    from statsmodels.stats.multitest import multipletests
    want = multipletests([f["paired"]["p"], m["paired"]["p"]], method="holm")[1]
    assert [f["paired"]["p_holm"], m["paired"]["p_holm"]] == pytest.approx(list(want))


def test_one_small_subgroup_hides_the_smallest_other_too():
    five = [([0, 0, 0, 0], [1, 1, 1, 0]), ([1, 0, 0, 0], [1, 1, 1, 1]), ([0, 0, 0, 0], [1, 1, 0, 0]),
            ([1, 1, 0, 0], [1, 1, 1, 1]), ([0, 1, 0, 0], [1, 1, 1, 0])]
    six = five + [([0, 0, 1, 0], [0, 1, 1, 0])]
    rows, sex = _subgroup_rows({"Z": six, "Y": six, "W": five, "": five[:4]})
    bs = analyze(table(rows, sex=lambda p: sex[p]))["cohorts"]["A"]["by_sex"]
    assert sorted(bs) == ["(not recorded)", "W", "Y", "Z"]
    small = bs["(not recorded)"]
    assert (small["n"], small["too_small"], small["suppressed"]) == (4, True, True)
    assert small["suppressed_reason"] == "fewer than 5 participants"
    # the smallest shown cell (W, 5) goes too; of Y and Z (both 6) neither
    assert bs["W"]["suppressed"] is True and bs["W"]["suppressed_reason"] == "complementary"
    assert bs["W"]["too_small"] is False
    assert bs["Y"]["suppressed"] is False and bs["Z"]["suppressed"] is False
    for g in ("(not recorded)", "W"):
        p = bs[g]["paired"]
        assert "wilcoxon" not in p  # nested blocks are dropped, not nulled
        values = {k: v for k, v in p.items() if not k.endswith("_null_reason")}
        assert values and all(v is None for v in values.values())
        assert all(p[k + "_null_reason"] == "suppressed to protect a small group" for k in values if k != "p_holm")
        assert p["p_holm"] is None and p["p_holm_null_reason"] == "suppressed or untestable"
        assert "gain_mean" in values and "pass_share_post" in values
    assert bs["Y"]["paired"]["p_holm"] is not None


def test_complementary_suppression_takes_the_smaller_and_then_the_first_name():
    five = [([0, 0, 0, 0], [1, 1, 1, 0]), ([1, 0, 0, 0], [1, 1, 1, 1]), ([0, 0, 0, 0], [1, 1, 0, 0]),
            ([1, 1, 0, 0], [1, 1, 1, 1]), ([0, 1, 0, 0], [1, 1, 1, 0])]
    six = five + [([0, 0, 1, 0], [0, 1, 1, 0])]
    rows, sex = _subgroup_rows({"a": six, "b": five, "c": five[:2]})
    bs = analyze(table(rows, sex=lambda p: sex[p]))["cohorts"]["A"]["by_sex"]
    assert bs["b"]["suppressed_reason"] == "complementary" and bs["a"]["suppressed"] is False
    rows, sex = _subgroup_rows({"b": five, "a": five, "c": five[:2]})
    bs = analyze(table(rows, sex=lambda p: sex[p]))["cohorts"]["A"]["by_sex"]
    assert bs["a"]["suppressed_reason"] == "complementary" and bs["b"]["suppressed"] is False


def test_two_small_subgroups_need_no_complementary_cell_and_untestable_p_is_explained():
    five = [([0, 0, 0, 0], [1, 1, 1, 1])] * 5  # every gain 100: no t-test
    rows, sex = _subgroup_rows({"a": five, "b": five[:2], "c": five[:3]})
    bs = analyze(table(rows, sex=lambda p: sex[p]))["cohorts"]["A"]["by_sex"]
    assert bs["a"]["suppressed"] is False and "suppressed_reason" not in bs["a"]
    assert bs["a"]["paired"]["p"] is None
    assert bs["a"]["paired"]["p_holm"] is None
    assert bs["a"]["paired"]["p_holm_null_reason"] == "suppressed or untestable"


def test_no_subgroups_without_matched_participants():
    rows = [("A", "p1", "pre", [1, 0]), ("A", "p2", "post", [1, 1])]
    blk = analyze(table(rows, sex=lambda p: "F"))["cohorts"]["A"]
    assert blk["by_sex"] == {}
    assert "by_organisation" not in blk


# --- single-phase statistics ---------------------------------------------------------------------

def test_phase_block_with_nobody():
    nobody = "nobody took this test"
    b = phase_block(np.zeros((0, 3)), ["a", "b", "c"])
    assert b == {"n": 0, "n_items": 0, "mean_pct": None, "mean_pct_null_reason": nobody,
                 "sd_pct": None, "sd_pct_null_reason": nobody, "alpha": None, "alpha_null_reason": nobody,
                 "sem_pct": None, "sem_pct_null_reason": nobody, "items": {}}


def test_phase_block_with_one_taker():
    few = "fewer than 2 takers"
    notes = []
    b = phase_block(np.array([[1.0, 0, 1]]), ["a", "b", "c"], notes, "pre")
    item = {"n": 1, "discrimination": None, "discrimination_null_reason": few, "discrimination_ci95": None,
            "discriminative_efficiency": None, "discriminative_efficiency_null_reason": few}
    assert b == {"n": 1, "n_items": 3, "mean_pct": pytest.approx(200 / 3), "sd_pct": None, "sd_pct_null_reason": few,
                 "alpha": None, "alpha_null_reason": few, "sem_pct": None, "sem_pct_null_reason": few,
                 "alpha_ci95": None,
                 "items": {"a": {**item, "facility": 1.0}, "b": {**item, "facility": 0.0},
                           "c": {**item, "facility": 1.0}}}
    assert notes == []


def test_phase_block_with_one_item_and_an_item_nobody_was_given():
    X = np.array([[1.0, np.nan], [0, np.nan], [1, np.nan]])
    b = phase_block(X, ["a", "b"])
    assert (b["n"], b["n_items"], b["mean_pct"]) == (3, 1, pytest.approx(200 / 3))
    assert b["sd_pct"] == pytest.approx(np.std([100, 0, 100], ddof=1))
    assert b["alpha"] is None and b["alpha_null_reason"] == "fewer than 2 items"
    assert b["sem_pct"] is None and b["sem_pct_null_reason"] == "fewer than 2 items"
    assert list(b["items"]) == ["a"]
    # the rest of the test is empty: no variance to correlate with
    assert b["items"]["a"]["discrimination_null_reason"] == "rest-of-test scores have no variance"


def test_phase_block_total_without_variance_and_a_perfectly_negative_item():
    # every total is 1: alpha undefined; item a against rest (= item b): r = -1, no Fisher interval.
    X = np.array([[1.0, 0], [0, 1], [1, 0]])
    b = phase_block(X, ["a", "b"])
    assert b["alpha"] is None and b["alpha_null_reason"] == "total scores have no variance"
    assert b["sem_pct"] is None and b["sem_pct_null_reason"] == "total scores have no variance"
    assert b["alpha_ci95"] is None
    a = b["items"]["a"]
    assert a["discrimination"] == pytest.approx(-1.0) and a["discrimination_ci95"] is None
    # Moodle's efficiency: sxy / max covariance; x = (1,0,1), rest = (0,1,0): sxy = -6/9;
    # sorted pairs (0,0), (1,0), (1,1) with means 2/3, 1/3: (−2/3)(−1/3) + (1/3)(−1/3) + (1/3)(2/3) = 1/3
    assert a["discriminative_efficiency"] == pytest.approx(-2.0)


def test_phase_block_same_mark_for_everybody_on_an_item():
    X = np.array([[1.0, 0, 1], [1, 1, 0], [1, 0, 0], [1, 1, 1]])
    it = phase_block(X, ["a", "b", "c"])["items"]["a"]
    r = "everybody got the same mark on this item"
    assert it == {"n": 4, "facility": 1.0, "discrimination": None, "discrimination_null_reason": r,
                  "discrimination_ci95": None, "discriminative_efficiency": None,
                  "discriminative_efficiency_null_reason": r}


def _item_reference(X, j):
    x = X[:, j]
    rest = X.sum(axis=1) - x
    r = np.corrcoef(x, rest)[0, 1]
    sxy = ((x - x.mean()) * (rest - rest.mean())).sum()
    cmax = ((np.sort(x) - x.mean()) * (np.sort(rest) - rest.mean())).sum()
    return x.mean(), r, sxy / cmax


def test_phase_block_against_textbook_formulas():
    X = np.array([[1.0, 1, 0, 1, 0.5], [0, 1, 0, 0, 0], [1, 1, 1, 1, 1], [0, 0, 0, 1, 0],
                  [1, 0, 1, 1, 0.5], [1, 1, 1, 0, 1], [0, 0, 1, 0, 0]])
    n, k = X.shape
    b = phase_block(X, list("abcde"))
    pct = 100 * X.sum(axis=1) / k
    assert b["mean_pct"] == pytest.approx(pct.mean()) and b["sd_pct"] == pytest.approx(pct.std(ddof=1))
    alpha = k / (k - 1) * (1 - X.var(axis=0, ddof=1).sum() / X.sum(axis=1).var(ddof=1))
    assert b["alpha"] == pytest.approx(alpha)
    assert b["alpha_ci95"] == pytest.approx([1 - (1 - alpha) * sps.f.ppf(0.975, n - 1, (n - 1) * (k - 1)),
                                             1 - (1 - alpha) * sps.f.ppf(0.025, n - 1, (n - 1) * (k - 1))])
    assert b["sem_pct"] == pytest.approx(pct.std(ddof=1) * math.sqrt(1 - alpha))
    for j, lab in enumerate("abcde"):
        fac, r, de = _item_reference(X, j)
        it = b["items"][lab]
        assert it["n"] == n
        assert it["facility"] == pytest.approx(fac)
        assert it["discrimination"] == pytest.approx(r)
        z = sps.norm.ppf(0.975) / math.sqrt(n - 3)
        assert it["discrimination_ci95"] == pytest.approx([math.tanh(math.atanh(r) - z), math.tanh(math.atanh(r) + z)])
        assert it["discriminative_efficiency"] == pytest.approx(de)
        assert not [key for key in it if key.endswith("_null_reason")]


def test_item_statistics_with_missing_marks_use_the_takers_of_the_item():
    X = np.array([[1.0, 1, 0], [0, np.nan, 0], [1, 1, 1], [0, 0, np.nan], [1, 0, 1]])
    b = phase_block(X, list("abc"))
    it = b["items"]["b"]
    # item b was given to 4: marks 1, 1, 0, 0; rest scores (a + c) 1, 2, 0, 2
    assert it["n"] == 4 and it["facility"] == 0.5
    x, rest = np.array([1.0, 1, 0, 0]), np.array([1.0, 2, 0, 2])
    assert it["discrimination"] == pytest.approx(np.corrcoef(x, rest)[0, 1])
    cmax = ((np.sort(x) - 0.5) * (np.sort(rest) - rest.mean())).sum()
    assert it["discriminative_efficiency"] == pytest.approx(((x - 0.5) * (rest - rest.mean())).sum() / cmax)
    assert b["items"]["c"]["n"] == 4
    # n counts the takers of the item; an item only one participant got has no discrimination
    Y = np.array([[1.0, 1], [0, np.nan], [np.nan, 0], [1, 1]])
    assert phase_block(Y, ["a", "b"])["items"]["a"]["n"] == 3
    Z = np.array([[1.0, 1], [np.nan, 0], [np.nan, 1]])
    assert phase_block(Z, ["a", "b"])["items"]["a"]["discrimination_null_reason"] == "fewer than 2 takers"


def test_two_takers_are_enough_for_alpha_and_two_items_for_alpha():
    X = np.array([[1.0, 1], [0, 0]])
    b = phase_block(X, ["a", "b"])
    # identical items: alpha = 2 (1 - 0.5 / 2) with item variances 0.5 and total variance 2 -> 1, SEM 0
    assert b["alpha"] == pytest.approx(1.0)
    assert b["sem_pct"] == 0.0
    assert b["alpha_ci95"] is not None


def test_alpha_zero_gives_the_sd_as_sem():
    # two uncorrelated items: total variance = sum of item variances, alpha = 0, SEM = SD
    X = np.array([[1.0, 0], [0, 0], [1, 1], [0, 1]])
    b = phase_block(X, ["a", "b"])
    assert b["alpha"] == 0.0
    assert b["sem_pct"] == pytest.approx(np.std([50, 0, 100, 50], ddof=1))


def test_phase_block_notes_default_to_a_new_list():
    X = np.array([[1.0, np.nan], [0, 1]])
    b1 = phase_block(X, ["a", "b"])
    b2 = phase_block(X, ["a", "b"])
    assert b1["alpha_null_reason"] == b2["alpha_null_reason"] == "not every taker has a mark for every item"
    notes = []
    phase_block(X, ["a", "b"], notes, "post")
    assert notes == ["post: 1 item responses absent (items not given to some takers); "
                     "percentages use the items each participant was given; alpha needs complete data."]


# --- attrition ----------------------------------------------------------------------------------

def test_attrition_when_nobody_dropped_out():
    rows = [("A", "p1", "pre", [1, 0]), ("A", "p1", "post", [1, 1]), ("A", "p2", "pre", [0, 0]),
            ("A", "p2", "post", [1, 0])]
    at = analyze(table(rows, sex=lambda p: "F"))["cohorts"]["A"]["attrition"]
    nobody = "nobody dropped out"
    assert at == {"n_completers": 2, "n_dropouts": 0, "completers_pre_mean_pct": 25.0,
                  "dropouts_pre_mean_pct": None, "dropouts_pre_mean_pct_null_reason": nobody,
                  "difference_pct": None, "difference_pct_null_reason": nobody,
                  "smd": None, "smd_null_reason": nobody, "welch_p": None, "welch_p_null_reason": nobody,
                  "may_bias_gain": False, "dropout_share": 0.0, "verdict": "nobody_dropped"}


def test_attrition_when_nobody_completed():
    rows = [("A", "p1", "pre", [1, 0]), ("A", "p2", "pre", [0, 0]), ("A", "p3", "post", [1, 1])]
    at = analyze(table(rows))["cohorts"]["A"]["attrition"]
    none = "no completer"
    assert at["completers_pre_mean_pct"] is None and at["completers_pre_mean_pct_null_reason"] == none
    assert at["dropouts_pre_mean_pct"] == 25.0
    assert at["difference_pct"] is None and at["difference_pct_null_reason"] == none
    assert at["smd"] is None
    assert at["smd_null_reason"] == "the pre-test scores have no variance or there is no completer"
    assert at["welch_p"] is None and at["welch_p_null_reason"] == "fewer than 2 in a group, or no variance"
    assert at["matched_pre_shift_pct"] is None and at["matched_pre_shift_pct_null_reason"] == none
    assert at["dropout_share"] == 1.0


def test_attrition_welch_smd_and_the_breakdown_by_sex_and_organisation():
    # completers' pre-tests 75, 50, 50, 25 (mean 50); dropouts' 0, 25, 50 (mean 25)
    comp = {"c1": [1, 1, 1, 0], "c2": [1, 1, 0, 0], "c3": [1, 0, 1, 0], "c4": [1, 0, 0, 0]}
    drop = {"d1": [0, 0, 0, 0], "d2": [0, 1, 0, 0], "d3": [1, 1, 0, 0]}
    rows = [("A", p, "pre", m) for p, m in {**comp, **drop}.items()] + [("A", p, "post", [1, 1, 1, 1]) for p in comp]
    sex = {"c1": "F", "c2": "F", "c3": "M", "c4": "", "d1": "M", "d2": "M", "d3": "F"}
    at = analyze(table(rows, sex=lambda p: sex[p], org=lambda p: "o1"))["cohorts"]["A"]["attrition"]
    a, b = np.array([75, 50, 50, 25.0]), np.array([0, 25, 50.0])
    assert (at["n_completers"], at["n_dropouts"]) == (4, 3)
    assert (at["completers_pre_mean_pct"], at["dropouts_pre_mean_pct"], at["difference_pct"]) == (50.0, 25.0, -25.0)
    assert at["smd"] == pytest.approx(-25 / np.concatenate([a, b]).std(ddof=1))
    assert at["welch_p"] == pytest.approx(sps.ttest_ind(b, a, equal_var=False).pvalue, rel=1e-10)
    assert at["dropout_share"] == pytest.approx(3 / 7)
    assert at["matched_pre_shift_pct"] == pytest.approx(3 / 7 * 25)
    assert at["may_bias_gain"] is True and at["verdict"] == "may_bias"
    assert at["sex"] == {"F": {"completers": 2, "dropouts": 1}, "M": {"completers": 1, "dropouts": 2},
                         "(not recorded)": {"completers": 1, "dropouts": 0}}
    assert at["organisation"] == {"o1": {"completers": 4, "dropouts": 3}}


def test_attrition_welch_with_unequal_sizes_and_a_small_difference():
    # 10 completers, 2 dropouts; dropouts' mean only slightly different: not flagged, "similar"
    comp = [[1, 1, 0, 0]] * 3 + [[1, 0, 0, 0]] * 3 + [[1, 1, 1, 0]] * 4
    drop = [[1, 1, 0, 0], [1, 1, 1, 0]]
    rows = [("A", f"c{i}", "pre", m) for i, m in enumerate(comp)] + [("A", f"d{i}", "pre", m) for i, m in enumerate(drop)]
    rows += [("A", f"c{i}", "post", [1, 1, 1, 1]) for i in range(10)]
    at = analyze(table(rows))["cohorts"]["A"]["attrition"]
    a = np.array([50.0] * 3 + [25.0] * 3 + [75.0] * 4)
    b = np.array([50.0, 75.0])
    assert at["welch_p"] == pytest.approx(sps.ttest_ind(b, a, equal_var=False).pvalue, rel=1e-10)
    smd = (b.mean() - a.mean()) / np.concatenate([a, b]).std(ddof=1)
    assert at["smd"] == pytest.approx(smd) and abs(smd) > 0.2
    # |SMD| 0.6 > 0.2 and 2 of 12 (17%) dropped: flagged
    assert at["may_bias_gain"] is True
    assert "sex" not in at and "organisation" not in at


def test_attrition_at_exactly_ten_percent_is_flagged_and_smd_02_counts():
    # 9 completers at 50, 1 dropout at 0: share 10% exactly; very different
    rows = [("A", f"c{i}", "pre", [1, 1, 0, 0]) for i in range(9)] + [("A", "d", "pre", [0, 0, 0, 0])]
    rows += [("A", f"c{i}", "post", [1, 1, 1, 1]) for i in range(9)]
    at = analyze(table(rows))["cohorts"]["A"]["attrition"]
    assert at["dropout_share"] == pytest.approx(0.1)
    assert at["welch_p"] is None  # one dropout, completers without variance
    assert at["may_bias_gain"] is True and at["verdict"] == "may_bias"


# --- matched items --------------------------------------------------------------------------------

def _fisher_upper(x, rest):
    r = np.corrcoef(x, rest)[0, 1]
    return math.tanh(math.atanh(r) + sps.norm.ppf(0.975) / math.sqrt(len(x) - 3))


def test_item_flags_mcnemar_and_negative_discrimination_in_either_phase():
    rows = []
    pre_m, post_m = [], []
    for i in range(12):
        s = [1] * (i // 3) + [0] * (4 - i // 3)        # q3..q6: 0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3 right
        pre = [int(i < 6), int(i >= 6)] + s              # q1 right for the weak, q2 for the strong
        post = [int(i >= 6), int(i < 6)] + s             # and the other way round after
        rows += [("A", f"p{i:02}", "pre", pre), ("A", f"p{i:02}", "post", post)]
        pre_m.append(pre)
        post_m.append(post)
    P, Q = np.array(pre_m, float), np.array(post_m, float)
    # premises, computed independently: q1 is reliably negative before, q2 after
    assert _fisher_upper(P[:, 0], P.sum(1) - P[:, 0]) < 0 and _fisher_upper(Q[:, 0], Q.sum(1) - Q[:, 0]) > 0
    assert _fisher_upper(Q[:, 1], Q.sum(1) - Q[:, 1]) < 0 and _fisher_upper(P[:, 1], P.sum(1) - P[:, 1]) > 0
    items = analyze(table(rows))["cohorts"]["A"]["items"]
    q1 = items["q1"]
    assert (q1["n"], q1["facility_pre"], q1["facility_post"], q1["mcnemar_b"], q1["mcnemar_c"]) == (12, 0.5, 0.5, 6, 6)
    assert q1["mcnemar_p"] == pytest.approx(1.0)
    assert q1["flags"] == ["negative_discrimination"]
    assert items["q2"]["flags"] == ["negative_discrimination"]
    # q3: right for 9 of 12 both times, the 3 wrong stay wrong: nobody learned
    q3 = items["q3"]
    assert (q3["facility_pre"], q3["mcnemar_b"], q3["mcnemar_c"]) == (0.75, 0, 0)
    assert q3["flags"] == ["nobody_learned"]
    assert q3["mcnemar_p"] is None
    assert q3["mcnemar_p_null_reason"] == "nobody changed between right and wrong on this item"
    assert q3["mcnemar_p_holm"] is None
    assert q3["mcnemar_p_holm_null_reason"] == "nobody changed between right and wrong on this item"
    # Holm over q1, q2 (both p = 1)
    assert q1["mcnemar_p_holm"] == 1.0


def test_item_flags_at_their_boundaries_and_partial_marks():
    # 10 participants. q1: 9 of 10 right before (facility 0.9 exactly: too easy), the wrong one stays wrong;
    # q2: all right twice (too easy, nobody could learn); q3: half marks count as not right:
    # 0.5 -> 1 is a change from wrong to right (c), 1 -> 0.5 from right to wrong (b).
    rows = []
    for i in range(10):
        pre = [int(i > 0), 1, 0.5 if i < 4 else 0]
        post = [int(i > 0), 1, 1 if i < 3 else (0.5 if i < 6 else 0)]
        rows += [("A", f"p{i}", "pre", pre), ("A", f"p{i}", "post", post)]
    rows += [("A", "x", "pre", [1, 1, 1]), ("A", "x", "post", [1, 1, 0.5])]
    items = analyze(table(rows))["cohorts"]["A"]["items"]
    q1 = items["q1"]
    assert q1["facility_pre"] == pytest.approx(10 / 11)
    assert q1["flags"] == ["too_easy_pre", "nobody_learned"]
    assert items["q2"]["flags"] == ["too_easy_pre"]
    q3 = items["q3"]
    # facility counts half marks: pre 4 x 0.5 + 1 = 3 of 11; post 3 + 3 x 0.5 + 0.5 = 5 of 11
    assert q3["facility_pre"] == pytest.approx(3 / 11) and q3["facility_post"] == pytest.approx(5 / 11)
    assert (q3["mcnemar_b"], q3["mcnemar_c"]) == (1, 3)
    assert q3["mcnemar_p"] == pytest.approx(sps.binomtest(1, 4).pvalue)
    assert q3["flags"] == []


def test_facility_of_exactly_09_is_too_easy():
    rows = []
    for i in range(10):
        rows += [("A", f"p{i}", "pre", [int(i > 0), 0]), ("A", f"p{i}", "post", [1, 1])]
    q1 = analyze(table(rows))["cohorts"]["A"]["items"]["q1"]
    assert q1["facility_pre"] == pytest.approx(0.9) and "too_easy_pre" in q1["flags"]


def test_one_wrong_answer_that_stays_wrong_is_nobody_learned():
    rows = []
    for i in range(4):
        rows += [("A", f"p{i}", "pre", [int(i > 0), 0]), ("A", f"p{i}", "post", [int(i > 0), 1])]
    items = analyze(table(rows))["cohorts"]["A"]["items"]
    assert items["q1"]["flags"] == ["nobody_learned"]
    assert items["q2"]["flags"] == []


def test_matched_items_use_only_participants_given_the_item_both_times():
    rows = [("A", "p1", "pre", [1, 0, 1]), ("A", "p1", "post", [1, 1, None]),
            ("A", "p2", "pre", [0, None, 1]), ("A", "p2", "post", [1, 1, 1]),
            ("A", "p3", "pre", [0, 0, None]), ("A", "p3", "post", [0, 1, None])]
    items = analyze(table(rows))["cohorts"]["A"]["items"]
    assert items["q1"]["n"] == 3 and items["q1"]["mcnemar_c"] == 1
    # q2: p1 and p3 (p2 was not given it before): 0 -> 1 twice
    assert (items["q2"]["n"], items["q2"]["facility_pre"], items["q2"]["facility_post"]) == (2, 0.0, 1.0)
    assert items["q2"]["mcnemar_c"] == 2
    # q3: only p2
    assert (items["q3"]["n"], items["q3"]["facility_pre"]) == (1, 1.0)


def test_no_matched_participant_no_matched_items():
    rows = [("A", "p1", "pre", [1, 0]), ("A", "p2", "post", [1, 1])]
    assert analyze(table(rows))["cohorts"]["A"]["items"] == {}


# --- cohort block ---------------------------------------------------------------------------------

def test_cohort_lists_pass_marks_no_shows_and_reliable_change_per_participant():
    rows = [("A", "p1", "pre", [1, 0, 0, 1]), ("A", "p1", "post", [1, 1, 1, 1]),
            ("A", "p2", "pre", [0, 0, 0, 0]), ("A", "p2", "post", [1, 1, 0, 1]),
            ("A", "p3", "pre", [1, 1, 0, 1]), ("A", "p3", "post", [1, 1, 1, 1]),
            ("A", "p4", "pre", [1, 1, 1, 1]), ("A", "p4", "post", [1, 1, 1, 1]),
            ("A", "p5", "pre", [0, 0, 1, 0]),
            ("A", "p6", "post", [0, 1, 1, 0]), ("A", "p7", "followup", [0, 1, 1, 0]),
            ("B", "p1", "pre", [0, 0, 0, 0]), ("B", "q9", "post", [1, 1, 1, 1])]
    t = table(rows, pass_marks={"A": 60}, rosters={"A": ["p1", "p2", "p3", "p4", "p5", "p6", "p7", "p8"],
                                                    "B": ["p1", "p2", "q9"]})
    res = analyze(t)["cohorts"]
    a = res["A"]
    assert (a["n_pre"], a["n_post"], a["n_followup"], a["n_matched"]) == (5, 5, 1, 4)
    assert a["pre_only"] == ["p5"] and a["post_only"] == ["p6"]
    assert a["no_shows"] == ["p8"]  # p7 took only the follow-up: not a no-show
    assert a["pass_mark"] == 60.0 and res["B"]["pass_mark"] == 70.0 and res["ALL"]["pass_mark"] is None
    assert res["B"]["no_shows"] == ["p2"]
    allb = res["ALL"]
    assert allb["pre_only"] == ["A/p5", "B/p1"] and allb["post_only"] == ["A/p6", "B/q9"]
    assert allb["no_shows"] == ["A/p8", "B/p2"]
    rc = a["paired"]["reliable_change"]
    sem = a["pre"]["sem_pct"]
    assert sem is not None and rc["sem_pre_pct"] == pytest.approx(sem)
    gains = {"p1": 50.0, "p2": 75.0, "p3": 25.0, "p4": 0.0}
    assert rc["participants"] == pytest.approx({c: g / (math.sqrt(2) * sem) for c, g in gains.items()})
    assert sorted(allb["paired"]["reliable_change"]["participants"]) == ["A/p1", "A/p2", "A/p3", "A/p4"]
    assert "followup" in a and a["followup"]["n"] == 1 and "followup" not in res["B"]
    assert "rci" not in rc


def test_reliable_change_without_sem_lists_no_participants():
    rows = [("A", "p1", "pre", [1, 0]), ("A", "p1", "post", [1, 1])]
    rc = analyze(table(rows))["cohorts"]["A"]["paired"]["reliable_change"]
    assert rc["participants"] is None and rc["reliably_improved"] is None


def test_no_rosters_no_no_shows():
    rows = [("A", "p1", "pre", [1, 0]), ("A", "p1", "post", [1, 1])]
    res = analyze(table(rows))["cohorts"]
    assert "no_shows" not in res["A"] and "no_shows" not in res["ALL"]


# --- analyze and the cohort comparison ------------------------------------------------------------

def test_unknown_cohort_names_the_cohort_and_lists_the_known_ones():
    from assessor.errors import InputError
    rows = [("B", "p1", "pre", [1]), ("A", "p1", "pre", [1])]
    with pytest.raises(InputError) as e:
        analyze(table(rows), cohorts=["A", "Z"])
    assert str(e.value) == "Cohort 'Z' is not in the data (cohorts: A, B)."
    assert e.value.code == "unknown_cohort"
    assert e.value.details["cohort"] == "Z" if hasattr(e.value, "details") else True


def test_requested_cohorts_keep_the_requested_order_and_others_are_left_out():
    rows = []
    for c in "CAB":
        for i in range(2):
            rows += [(c, f"p{i}", "pre", [0, i]), (c, f"p{i}", "post", [1, 1])]
    res = analyze(table(rows), cohorts=["C", "A"])
    assert list(res["cohorts"]) == ["C", "A", "ALL"]
    assert res["comparison"]["cohorts"] == ["C", "A"]
    assert res["cohorts"]["ALL"]["n_matched"] == 4
    assert list(analyze(table(rows))["cohorts"]) == ["A", "B", "C", "ALL"]


def test_cohorts_with_fewer_than_two_matched_are_left_out_of_the_comparison():
    rows = [("A", "p1", "pre", [0, 0]), ("A", "p1", "post", [1, 1]), ("A", "p2", "pre", [1, 0]),
            ("A", "p2", "post", [1, 1]), ("A", "p3", "pre", [0, 0]), ("A", "p3", "post", [1, 0]),
            ("B", "p1", "pre", [0, 0]), ("B", "p1", "post", [0, 1]), ("B", "p2", "pre", [1, 1]),
            ("B", "p2", "post", [1, 1]),
            ("C", "p1", "pre", [0, 0]), ("C", "p1", "post", [1, 1])]
    res = analyze(table(rows))
    comp = res["comparison"]
    assert comp["cohorts"] == ["A", "B"] and comp["n"] == [3, 2]
    assert comp["excluded_cohorts"] == ["C"]
    assert comp["excluded_reason"] == "fewer than 2 matched participants"
    # gains A: 100, 50, 50; B: 50, 0
    ref = sps.ttest_ind([100, 50, 50], [50, 0], equal_var=False)
    assert comp["pairwise"][0]["t"] == pytest.approx(ref.statistic)
    assert comp["forms"] == {"same_items": True, "n_common_items": 2}
    assert res["cohorts"]["ALL"]["pooled_different_items"] is False
    assert comp["mde_gain"] == pytest.approx([
        (sps.t.ppf(0.975, 2) + sps.t.ppf(0.8, 2)) * np.std([100, 50, 50], ddof=1) / math.sqrt(3),
        (sps.t.ppf(0.975, 1) + sps.t.ppf(0.8, 1)) * np.std([50, 0], ddof=1) / math.sqrt(2)])
    import pandas as pd
    import statsmodels.formula.api as smf
    from statsmodels.stats.anova import anova_lm
    df = pd.DataFrame({"pre": [0, 50, 0, 0, 100.0], "post": [100, 100, 50, 50, 100.0], "g": list("AAABB")})
    tab = anova_lm(smf.ols("post ~ pre + C(g)", df).fit(), typ=2)
    assert comp["ancova"]["F"] == pytest.approx(tab.loc["C(g)", "F"])


def test_a_single_cohort_has_nothing_to_compare():
    rows = [("A", "p1", "pre", [0, 0]), ("A", "p1", "post", [1, 1]), ("A", "p2", "pre", [1, 0]),
            ("A", "p2", "post", [1, 1])]
    comp = analyze(table(rows))["comparison"]
    assert comp["forms"] == {"same_items": True, "n_common_items": None}
    assert comp["verdict"] is None and comp["pairwise"] == []
    assert comp["ancova"]["F"] is None
    assert "excluded_cohorts" not in comp


def _forms_rows(n_common):
    """Cohort A takes q1..q8, B takes the first n_common of them and three others (q9..q11)."""
    rows = []
    pa = [[0, 0, 0, 0, 0, 1, 1, 0], [1, 0, 0, 0, 0, 0, 0, 1], [0, 1, 1, 0, 0, 0, 1, 1]]
    qa = [[1, 1, 0, 1, 1, 1, 1, 0], [1, 1, 1, 1, 1, 0, 0, 1], [0, 1, 1, 1, 0, 0, 1, 1]]
    for i, (p, q) in enumerate(zip(pa, qa)):
        rows += [("A", f"a{i}", "pre", p + [None] * 3), ("A", f"a{i}", "post", q + [None] * 3)]
    pb = [[0, 1, 0, 0, 0, 0, 0, 0], [0, 0, 0, 1, 1, 1, 1, 1], [1, 0, 0, 0, 0, 0, 0, 0]]
    qb = [[1, 1, 0, 1, 0, 1, 1, 1], [1, 0, 1, 1, 1, 1, 0, 1], [1, 1, 1, 1, 1, 0, 1, 0]]
    for i, (p, q) in enumerate(zip(pb, qb)):
        keep = lambda m: m[:n_common] + [None] * (8 - n_common) + [1, 0, 1]
        rows += [("B", f"b{i}", "pre", keep(p)), ("B", f"b{i}", "post", keep(q))]
    return rows, pa, qa, pb, qb


def test_cohorts_with_different_items_are_compared_on_the_common_items():
    rows, pa, qa, pb, qb = _forms_rows(5)
    res = analyze(table(rows))
    comp = res["comparison"]
    assert comp["forms"] == {"same_items": False, "n_common_items": 5}
    assert res["cohorts"]["ALL"]["pooled_different_items"] is True
    assert "refused" not in comp
    ga = [100 * (sum(q[:5]) - sum(p[:5])) / 5 for p, q in zip(pa, qa)]
    gb = [100 * (sum(q[:5]) - sum(p[:5])) / 5 for p, q in zip(pb, qb)]
    ref = sps.ttest_ind(ga, gb, equal_var=False)
    assert comp["pairwise"][0]["t"] == pytest.approx(ref.statistic)
    assert comp["anova"]["F"] == pytest.approx(sps.f_oneway(ga, gb).statistic)
    assert comp["sd"] == pytest.approx([np.std(ga, ddof=1), np.std(gb, ddof=1)])
    import pandas as pd
    import statsmodels.formula.api as smf
    df = pd.DataFrame({"pre": [100 * sum(p[:5]) / 5 for p in pa + pb],
                       "post": [100 * sum(q[:5]) / 5 for q in qa + qb], "g": list("AAABBB")})
    fit = smf.ols("post ~ pre + C(g)", df).fit()
    assert comp["ancova"]["slope"] == pytest.approx(fit.params["pre"])


def test_four_common_items_are_refused_with_the_reason():
    rows, *_ = _forms_rows(4)
    comp = analyze(table(rows))["comparison"]
    assert comp["refused"] == {"code": "too_few_common_items", "n_common_items": 4, "minimum": 5,
                               "reason": "the cohorts took different items and share only 4 "
                                         "(at least 5 are needed to compare them)"}
    assert comp["forms"] == {"same_items": False, "n_common_items": 4}
    assert comp["cohorts"] == ["A", "B"] and comp["n"] == [3, 3]
    assert comp["verdict"] is None and comp["ancova"]["F"] is None
    assert comp["anova"]["F"] is None


def test_conventions_state_the_rules_used():
    rows = [("A", "p1", "pre", [1, 0]), ("A", "p1", "post", [1, 1])]
    assert analyze(table(rows))["conventions"] == {
        "percent": "score as % of the maximum mark of the items a participant was given",
        "gain": "post - pre in percentage points",
        "sd_ddof": 1,
        "right_for_mcnemar": "full marks (mark = 1)",
        "wrong_for_confidence": "no marks (mark = 0)",
        "confident": "rating 3 or 4 on the 1..4 scale",
        "small_group": 5,
        "attrition_flag": "at least 10% dropped out and |SMD| >= 0.2 or Welch p < 0.05",
    }


# --- topics ----------------------------------------------------------------------------------------

def test_topics_by_hand():
    topic = {"q1": "alg", "q2": "alg", "q3": "geo", "q4": "", "q5": "late", "q6": "gone"}
    rows = [("A", "p1", "pre", [1, 0, 1, 0, None, None]), ("A", "p1", "post", [1, 1, 1, 1, 1, None]),
            ("A", "p2", "pre", [0, 0, 1, 1, None, None]), ("A", "p2", "post", [1, 0, 1, 1, 0, None]),
            ("A", "p3", "pre", [1, 1, 1, 1, None, 1])]  # p3 not matched: q6 only from p3
    topics = analyze(table(rows, topic=topic))["cohorts"]["A"]["topics"]
    assert sorted(topics) == ["(no topic)", "alg", "geo", "late"]
    # alg: pre 1 of 4 marks = 25%, post 3 of 4 = 75%: <g> = 50 / 75
    assert topics["alg"] == {"n_items": 2, "pre_pct": 25.0, "post_pct": 75.0,
                             "class_normalized_gain": pytest.approx(50 / 75)}
    assert topics["geo"] == {"n_items": 1, "pre_pct": 100.0, "post_pct": 100.0, "class_normalized_gain": None,
                             "class_normalized_gain_null_reason": "the pre-test score on this topic is 100%"}
    assert topics["(no topic)"]["pre_pct"] == 50.0 and topics["(no topic)"]["class_normalized_gain"] == 1.0
    none = "no matched participant"
    assert topics["late"] == {"n_items": 1, "pre_pct": None, "pre_pct_null_reason": none, "post_pct": 50.0,
                              "class_normalized_gain": None, "class_normalized_gain_null_reason": none}


def test_a_topic_seen_only_before():
    topic = {"q1": "a", "q2": "b"}
    rows = [("A", "p1", "pre", [1, 0]), ("A", "p1", "post", [1, None])]
    t = analyze(table(rows, topic=topic))["cohorts"]["A"]["topics"]
    assert t["b"] == {"n_items": 1, "pre_pct": 0.0, "post_pct": None, "post_pct_null_reason": "no matched participant",
                      "class_normalized_gain": None, "class_normalized_gain_null_reason": "no matched participant"}


# --- what analyze itself decides --------------------------------------------------------------------

def test_each_cohort_is_judged_against_its_own_pass_mark():
    # The same scores (25 -> 75) pass a 50 % mark and fail an 80 % one.
    rows = [(c, f"{c}{i}", ph, marks) for c in ("A", "B") for i in range(3)
            for ph, marks in (("pre", [1, 0, 0, 0]), ("post", [1, 1, 1, 0]))]
    r = analyze(table(rows, pass_marks={"A": 50.0, "B": 80.0}))
    assert r["cohorts"]["A"]["pass_mark"] == 50.0
    assert r["cohorts"]["A"]["paired"]["pass_share_post"] == 1.0
    assert r["cohorts"]["B"]["paired"]["pass_share_post"] == 0.0
    assert r["cohorts"]["ALL"]["paired"]["pass_share_post"] == 0.5  # each person by their cohort's mark


def test_one_cohort_is_not_called_a_pool_of_different_tests():
    r = analyze(table([("A", f"p{i}", ph, [1, i % 2, 0]) for i in range(4) for ph in ("pre", "post")]))
    assert r["cohorts"]["ALL"]["pooled_different_items"] is False


def test_a_cohort_asked_for_in_data_without_cohorts_is_refused_by_name():
    from assessor.errors import InputError

    empty = ResponseTable.from_columns(cohort=[], participant=[], phase=[], item=[], topic=[], mark=[])
    with pytest.raises(InputError) as caught:
        analyze(empty, cohorts=["Bandung 2026"])
    assert str(caught.value) == "Cohort 'Bandung 2026' is not in the data (cohorts: none)."
    assert caught.value.code == "unknown_cohort" and caught.value.params["cohort"] == "Bandung 2026"


def test_a_cohort_with_fewer_than_two_matched_is_left_out_of_the_comparison():
    rows = [(c, f"{c}{i}", ph, [1, i % 2, 0]) for c in ("A", "B") for i in range(4) for ph in ("pre", "post")]
    rows += [("C", "C0", "pre", [1, 0, 0]), ("C", "C0", "post", [1, 1, 0]), ("C", "C1", "pre", [0, 0, 0])]
    r = analyze(table(rows))
    assert r["comparison"]["excluded_cohorts"] == ["C"]
    assert r["comparison"]["excluded_reason"] == "fewer than 2 matched participants"
