"""The plain-language summary says no more than the numbers do: a Hake band whose interval
reaches into other bands is called uncertain, and a ceiling warning names the participants at
100 % instead of calling a 50 % mean "near the ceiling"."""

from __future__ import annotations

from assessor.analysis.stats import analyze
from tests.assessor.test_stats_edges import table


def _table(rows):
    """rows: (participant, phase, marks) of cohort A."""
    return table([("A", pid, phase, marks) for pid, phase, marks in rows])


def test_a_few_at_100_percent_are_named_not_a_mean_near_the_ceiling():
    rows = [("p1", "pre", [1, 1, 1, 1]), ("p1", "post", [1, 1, 1, 1]),
            ("p2", "pre", [0, 0, 1, 1]), ("p2", "post", [1, 1, 1, 0]),
            ("p3", "pre", [0, 0, 0, 1]), ("p3", "post", [1, 1, 0, 1]),
            ("p4", "pre", [0, 1, 0, 0]), ("p4", "post", [1, 1, 1, 0])]
    block = analyze(_table(rows))["cohorts"]["A"]
    assert block["paired"]["pre_mean_pct"] < 80 and block["paired"]["n_excluded_pre_100"] == 1
    en, idn = block["summary"]["en"], block["summary"]["id"]
    assert "near the ceiling" not in en
    assert "1 of 4 scored 100% on the pre-test, where the normalized gain is unstable." in en
    assert "1 dari 4 peserta mendapat skor 100% di tes awal" in idn


def test_a_band_whose_interval_spans_other_bands_is_called_uncertain():
    rows = [("p1", "pre", [0, 0, 0, 0]), ("p1", "post", [1, 1, 1, 1]),
            ("p2", "pre", [0, 0, 1, 0]), ("p2", "post", [0, 0, 1, 0]),
            ("p3", "pre", [1, 0, 0, 0]), ("p3", "post", [1, 1, 0, 0]),
            ("p4", "pre", [0, 1, 0, 0]), ("p4", "post", [1, 1, 1, 0]),
            ("p5", "pre", [0, 0, 0, 0]), ("p5", "post", [0, 0, 0, 1])]
    block = analyze(_table(rows))["cohorts"]["A"]
    pr = block["paired"]
    lo, hi = pr["class_normalized_gain_ci95"]
    assert lo < 0.3 and hi >= 0.7  # from low to high
    assert (f"{pr['hake_band']} by Hake's bands; the interval reaches from low to high, so the band is not certain."
            in block["summary"]["en"])
    assert "intervalnya mencakup rendah sampai tinggi, sehingga kategorinya belum pasti." in block["summary"]["id"]
