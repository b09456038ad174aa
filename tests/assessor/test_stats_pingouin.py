"""Figures of ``analyze()`` against pingouin, the library an evaluator's own script would use.

pingouin rounds its intervals to three decimals, hence the tolerances on intervals.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from assessor.analysis.responses import ResponseTable
from assessor.analysis.stats import analyze

pg = pytest.importorskip("pingouin")  # pingouin is in the test extra (pyproject.toml)

K = 12


def _cohorts(seed=3):
    rng = np.random.default_rng(seed)
    out = {}
    for name, n, p_pre, p_post in (("A", 14, 0.35, 0.6), ("B", 22, 0.45, 0.75), ("C", 9, 0.4, 0.55)):
        ability = rng.normal(0, 1, n)[:, None]
        pre = (rng.random((n, K)) < np.clip(p_pre + 0.15 * ability, 0.02, 0.98)).astype(float)
        post = (rng.random((n, K)) < np.clip(p_post + 0.15 * ability, 0.02, 0.98)).astype(float)
        out[name] = (pre, post)
    return out


def _table(cohorts):
    cols = {k: [] for k in ("cohort", "participant", "phase", "item", "topic", "mark")}
    for name, (pre, post) in cohorts.items():
        for phase, m in (("pre", pre), ("post", post)):
            for i, row in enumerate(m):
                for j, v in enumerate(row):
                    for k, x in zip(cols, (name, f"{name}{i:02}", phase, f"q{j:02}", "t", float(v))):
                        cols[k].append(x)
    return ResponseTable.from_columns(**cols)


COHORTS = _cohorts()
RESULT = analyze(_table(COHORTS))


@pytest.mark.parametrize("name", sorted(COHORTS))
def test_paired_t_and_its_interval_agree_with_pingouin(name):
    pre, post = (100 * m.mean(axis=1) for m in COHORTS[name])
    ref = pg.ttest(post, pre, paired=True).iloc[0]
    pr = RESULT["cohorts"][name]["paired"]
    assert pr["t"] == pytest.approx(ref["T"], rel=1e-9)
    assert pr["p"] == pytest.approx(ref["p_val"], rel=1e-6)
    assert pr["gain_ci95"] == pytest.approx(list(ref["CI95"]), abs=5e-3)


@pytest.mark.parametrize("name", sorted(COHORTS))
def test_cronbach_alpha_and_feldt_interval_agree_with_pingouin(name):
    pre, _ = COHORTS[name]
    alpha, ci = pg.cronbach_alpha(pd.DataFrame(pre))
    blk = RESULT["cohorts"][name]["pre"]
    assert blk["alpha"] == pytest.approx(alpha, rel=1e-9)
    assert blk["alpha_ci95"] == pytest.approx(list(ci), abs=5e-4)


def test_between_cohort_tests_agree_with_pingouin():
    rows = []
    for name, (pre, post) in COHORTS.items():
        # Gains from whole counts, so that equal gains are equal floats: 100*7/12 - 100*3/12 and
        # 100*4/12 differ in the last bit, and a rank test on such floats breaks real ties
        # (analyze() rounds differences to 1e-9 for the same reason).
        for a, b in zip(pre.sum(axis=1), post.sum(axis=1)):
            rows.append({"cohort": name, "pre": 100 * a / K, "post": 100 * b / K, "gain": 100 * (b - a) / K})
    df = pd.DataFrame(rows)
    comp = RESULT["comparison"]
    welch = pg.welch_anova(data=df, dv="gain", between="cohort").iloc[0]
    assert comp["welch_anova"]["F"] == pytest.approx(welch["F"], rel=1e-9)
    assert comp["welch_anova"]["p"] == pytest.approx(welch["p_unc"], rel=1e-6)
    kw = pg.kruskal(data=df, dv="gain", between="cohort").iloc[0]
    assert comp["kruskal"]["H"] == pytest.approx(kw["H"], rel=1e-9)
    anc = pg.ancova(data=df, dv="post", between="cohort", covar="pre")
    row = anc[anc["Source"] == "cohort"].iloc[0]
    assert comp["ancova"]["F"] == pytest.approx(row["F"], rel=1e-9)
    assert comp["ancova"]["p"] == pytest.approx(row["p_unc"], rel=1e-6)
