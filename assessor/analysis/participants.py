"""Per-participant figures: each person's pre, post and follow-up percentages, gain, normalized gain, pass.

:func:`assessor.analysis.stats.analyze` reports groups; the results screen and the score sheets
(:mod:`assessor.analysis.reportdata`) need each participant's own figures. Both get them from
here: :func:`phase_percentages` turns marks into percentages and :func:`person_figures` derives
gain, normalized gain and pass, so a sheet never disagrees with the screen. The percentages
follow the conventions of ``analyze()``: score as % of the maximum mark of the items the
participant was given in that phase.
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np

from assessor.analysis.responses import ResponseTable
from assessor.delivery.scoring import passes

EPS = 1e-9


class ParticipantScore(NamedTuple):
    """One participant of one cohort; a value is None where the participant has no such test."""

    cohort: str
    code: str
    sex: str
    organisation: str
    pre_pct: float | None
    post_pct: float | None
    followup_pct: float | None
    gain: float | None  # post - pre in percentage points
    normalized_gain: float | None  # (post - pre) / (100 - pre); None if pre is 100% or a test is missing
    passed: bool | None  # post-test at or above the cohort's pass mark


def phase_percentages(phase: np.ndarray, person: np.ndarray, mark: np.ndarray, n: int) -> np.ndarray:
    """Percentages as a (3 phases x ``n`` people) array, NaN where a person has no mark in a phase.

    ``phase`` (0 pre, 1 post, 2 follow-up), ``person`` (0..n-1) and ``mark`` (0..1) give one
    mark per element; a percentage is 100 x the mean mark of the person's items in the phase.
    """
    slot = np.asarray(phase, dtype=np.int64) * n + np.asarray(person, dtype=np.int64)
    count = np.bincount(slot, minlength=3 * n).reshape(3, n)
    total = np.bincount(slot, weights=np.asarray(mark, dtype=np.float64), minlength=3 * n).reshape(3, n)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(count > 0, 100.0 * total / np.maximum(count, 1), np.nan)


def person_figures(pre: float | None, post: float | None) -> tuple[float | None, float | None]:
    """Gain (post - pre, percentage points) and normalized gain ((post - pre) / (100 - pre)).

    Both are None without both tests; the normalized gain is also None at a pre-test of 100%.
    """
    gain = post - pre if pre is not None and post is not None else None
    normalized = gain / (100.0 - pre) if gain is not None and pre < 100.0 - EPS else None
    return gain, normalized


def participant_scores(table: ResponseTable, cohort: str | None = None) -> list[ParticipantScore]:
    """Scores of every participant (of ``cohort`` only, if given), sorted by cohort then code."""
    if cohort is not None:
        if cohort not in table.cohort.labels:
            return []
        table = table.select_cohorts([cohort])
    if len(table) == 0:
        return []
    npart = len(table.participant.labels)
    key = table.cohort.codes.astype(np.int64) * npart + table.participant.codes
    ukey, person = np.unique(key, return_inverse=True)
    n = len(ukey)
    pct = phase_percentages(table.phase.codes, person, table.mark, n)
    sex = np.zeros(n, dtype=np.int64)
    sex[person] = table.sex.codes
    org = np.zeros(n, dtype=np.int64)
    org[person] = table.organisation.codes
    out = []
    for i, k in enumerate(ukey):
        cname = table.cohort.labels[int(k // npart)]
        pre, post, fu = (None if np.isnan(pct[p, i]) else float(pct[p, i]) for p in range(3))
        gain, g = person_figures(pre, post)
        passed = None if post is None else passes(post, table.pass_mark(cname))
        out.append(ParticipantScore(cname, table.participant.labels[int(k % npart)], table.sex.labels[sex[i]],
                                    table.organisation.labels[org[i]], pre, post, fu, gain, g, passed))
    out.sort(key=lambda s: (s.cohort, s.code))
    return out


def score_histogram(values, width: float = 10.0) -> list[int]:
    """Counts of percentages in bins [0, w), [w, 2w), ... with 100% in the last bin; None values skipped."""
    nbins = int(round(100.0 / width))
    x = np.asarray([v for v in values if v is not None], dtype=float)
    idx = np.clip(np.floor(x / width + EPS).astype(int), 0, nbins - 1)
    return np.bincount(idx, minlength=nbins).tolist()


__all__ = ["ParticipantScore", "participant_scores", "person_figures", "phase_percentages", "score_histogram"]
