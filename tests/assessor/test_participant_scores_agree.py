"""The results screen (assessor.analysis.participants) and the score sheets (assessor.analysis.reportdata)
compute each participant's scores separately; they must never disagree."""

from __future__ import annotations

import pytest

from assessor.analysis.participants import participant_scores
from assessor.analysis.reportdata import cohort_results


def test_screen_and_sheets_give_the_same_scores(demo_store):
    table = demo_store.response_table()
    screen = {(s.cohort, s.code): s for s in participant_scores(table)}
    for cohort in demo_store.cohorts.list():
        sheets = cohort_results(demo_store, cohort.name)
        for person in sheets.participants:
            s = screen.get((cohort.name, person.code))
            if s is None:
                assert all(v is None for v in person.pct.values())  # on the roster, took no test
                continue
            assert person.pct["pre"] == pytest.approx(s.pre_pct)
            assert person.pct["post"] == pytest.approx(s.post_pct)
            assert person.pct["followup"] == pytest.approx(s.followup_pct)
            assert person.gain == pytest.approx(s.gain)
            assert person.normalized_gain == pytest.approx(s.normalized_gain)
            assert person.passed["post"] == s.passed
