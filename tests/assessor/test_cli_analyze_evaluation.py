"""`assessor analyze` prints the course-evaluation figures in the language asked."""

from __future__ import annotations

import numpy as np
import pytest
from click.testing import CliRunner
from scipy import stats as sps

from assessor.cli import cli
from tests.assessor.evaluation_helpers import evaluate as _evaluate

TOT = "ToT Jakarta 2026"
RATINGS = [5, 4, 4, 3, 5, 4, 2, 5]
SBY, SBY_RATINGS = "Cascade Surabaya 2026", [4, 5, 3, 4, 5, 2]


@pytest.fixture
def evaluated(demo_store):
    _evaluate(demo_store, TOT, RATINGS)
    _evaluate(demo_store, SBY, SBY_RATINGS)
    other = "Cascade Makassar 2026"
    _evaluate(demo_store, other, [4, 4, 5])  # three anonymous answers: only n is shown
    demo_store.close()
    return demo_store.path, other


def _run(path, *args):
    res = CliRunner().invoke(cli, ["--db", str(path), "analyze", *args])
    assert res.exit_code == 0, res.output
    return res.output


def test_text_output_has_each_rating_with_mean_ci_and_share_agreeing(evaluated):
    path, other = evaluated
    out = _run(path)
    block = out[out.index(f"== Course evaluation: {TOT} =="):]
    x = np.array(RATINGS, float)
    lo, hi = sps.t.interval(0.95, len(x) - 1, loc=x.mean(), scale=sps.sem(x))
    # 6 of 8 above the midpoint of the 5-point scale; Wilson 95% interval 41% to 93%
    expected = f"n 8  median 4.0  mean 4.00 95% CI [{lo:.2f}, {hi:.2f}]  agreeing 75% [41, 93]"
    assert "EVAL-REL-01  The training was relevant to my daily work." in block
    assert expected in block
    assert "8 responses, anonymous" in block
    # then 2, now = the rating: change 2.00; every non-zero change is positive
    assert "International legal framework: n 8  2.00 -> 4.00  change 2.00" in block
    assert "comments: " in block
    small = out[out.index(f"== Course evaluation: {other} =="):]
    assert "n 3  (fewer than 5 anonymous responses: no figures)" in small
    assert "mean" not in small.split("\n\n")[0]
    h, p = sps.kruskal(RATINGS, SBY_RATINGS)
    # the small cohort never enters the comparison
    assert (f"EVAL-REL-01: {TOT} n 8 median 4.0, {SBY} n 6 median 4.0; Kruskal-Wallis H {h:.2f} p {p:.3f}"
            in out[out.index("== Between cohorts (ratings) =="):])


def test_text_output_in_indonesian_words_the_evaluation_in_indonesian(evaluated):
    path, _other = evaluated
    out = _run(path, "--lang", "id")
    block = out[out.index(f"== Evaluasi pelatihan: {TOT} =="):]
    assert "Pelatihan ini relevan dengan pekerjaan saya sehari-hari." in block
    assert "rata-rata 4.00 IK 95%" in block and "setuju 75% [41, 93]" in block
    assert "Kerangka hukum internasional: n 8  2.00 -> 4.00  perubahan 2.00" in block
    assert "kurang dari 5 jawaban anonim" in out


def test_text_output_without_evaluations_has_no_evaluation_block(demo_store):
    demo_store.close()
    assert "Course evaluation" not in _run(demo_store.path)
