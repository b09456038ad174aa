"""The comparison report sets the cohorts' course-evaluation ratings side by side."""

from __future__ import annotations

import numpy as np
import pytest

from assessor.analysis.evaluation import analyze_evaluations, side_by_side
from tests.assessor.evaluation_helpers import evaluate

TOT, SBY, MKS = "ToT Jakarta 2026", "Cascade Surabaya 2026", "Cascade Makassar 2026"
TOT_RATINGS, SBY_RATINGS = [5, 4, 4, 3, 5, 4, 2, 5], [4, 5, 3, 4, 5, 2]


def pdf_text(path) -> str:
    from pypdf import PdfReader

    return " ".join(" ".join(page.extract_text() for page in PdfReader(str(path)).pages).split())


def test_side_by_side_gives_each_cohort_n_mean_and_share_agreeing_and_hides_small_anonymous_cells(demo_store):
    evaluate(demo_store, TOT, TOT_RATINGS)
    evaluate(demo_store, SBY, [4, 5, 3])  # 3 anonymous answers: n only
    rows = side_by_side(analyze_evaluations(demo_store, [TOT, SBY, MKS]), [TOT, SBY, MKS])
    row = next(r for r in rows if r["key"] == "EVAL-REL-01")
    tot, sby, mks = row["cohorts"]
    assert (tot["n"], tot["mean"], tot["agree_share"]) == (8, pytest.approx(np.mean(TOT_RATINGS)), 0.75)
    assert sby == {"cohort": SBY, "asked": True, "n": 3, "suppressed": True, "mean": None, "agree_share": None}
    assert mks["asked"] is False
    assert row["p"] is None  # only one cohort has enough ratings to compare
    assert {r["key"] for r in rows} == {"EVAL-REL-01", "EVAL-USE-01", "EVAL-FAC-01", "EVAL-MAT-01", "EVAL-TOT-01"}


@pytest.mark.parametrize("lang, words", [
    ("en", ["Course evaluation by cohort", "n 8 · mean 4.00 · agree 75%", "n 6 · mean 3.83 · agree 67%",
            "n 3 (fewer than 5: not shown)"]),
    ("id", ["Evaluasi pelatihan per angkatan", "n 8 · rata-rata 4,00 · setuju 75%", "n 6 · rata-rata 3,83 · setuju 67%",
            "n 3 (kurang dari 5: tidak ditampilkan)"]),
])
def test_the_comparison_report_has_the_evaluation_side_by_side(demo_store, tmp_path, lang, words):
    from reports.compare_report import write_compare_report

    evaluate(demo_store, TOT, TOT_RATINGS)
    evaluate(demo_store, SBY, SBY_RATINGS)
    evaluate(demo_store, MKS, [4, 4, 5])
    text = pdf_text(write_compare_report(demo_store, [TOT, SBY, MKS], tmp_path / f"c_{lang}.pdf", lang=lang))
    for w in words:
        assert w in text, w


def test_a_comparison_without_evaluations_has_no_evaluation_part(demo_store, tmp_path):
    from reports.compare_report import write_compare_report

    text = pdf_text(write_compare_report(demo_store, [TOT, SBY], tmp_path / "c.pdf"))
    assert "Course evaluation" not in text
