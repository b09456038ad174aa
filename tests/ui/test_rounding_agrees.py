"""One rounding rule everywhere: the kiosk's score, the results screen, the summary and the PDF agree."""

from __future__ import annotations

from types import SimpleNamespace

import pytest


@pytest.mark.parametrize("pct, shown", [(44.5, "45"), (44.49, "44"), (0.5, "1"), (99.5, "100"), (12.5, "13")])
def test_kiosk_score_results_screen_summary_and_pdf_round_alike(qtbot, pct, shown):
    from assessor.analysis.summary import _pct_en
    from reports.common import fmt_pct as pdf_pct
    from ui.results.results_common import fmt_pct as screen_pct
    from ui.runner.screens import ThanksScreen

    thanks = ThanksScreen()
    qtbot.addWidget(thanks)
    thanks.set_result(SimpleNamespace(reason="submit", score_pct=pct, pending=0), show_score=True)
    assert thanks.score.text() == f"Your score: {shown}%"  # Python's round() would give 44 and 0 and 12
    assert screen_pct(pct, 0) == f"{shown}%"
    assert _pct_en(pct) == f"{shown}%"
    assert pdf_pct(pct, 0, "en") == f"{shown}%"
