"""Benchmark: the same analysis written the way an evaluator would without Assessor.

``evaluator_analysis`` is a plain pandas + pingouin script (the ``bench`` extra; not a
runtime dependency): read the responses CSV, compute each participant's % score per
phase with a pivot, then for the whole file and for every cohort a paired t-test and a
Wilcoxon test (pre -> post, pre -> follow-up) and Cronbach's alpha per phase, the same
paired tests per sex, and across cohorts an ANOVA, a Welch ANOVA and a Kruskal-Wallis
test of the gains. Both it and Assessor's read + analyze run on the same 10,000 x 100 x 3
CSV in this process (median of 3 after a warm-up); the row reports the ratio.

    python -m benchmarks.bench_peer [--quick] [--json]
"""

from __future__ import annotations

import sys
import warnings

from benchmarks import common
from benchmarks.common import Row
from benchmarks.datagen import cached_csv


def evaluator_analysis(path) -> dict:
    """What an evaluator writes in a notebook: pandas for the shaping, pingouin for the tests."""
    import pandas as pd
    import pingouin as pg

    df = pd.read_csv(path)
    df["phase"] = df["phase"].str.replace("-", "").str.replace("_", "")
    scores = (df.groupby(["cohort", "participant_id", "phase"])["correct"].mean().mul(100)
              .unstack("phase").reset_index())
    sex = df.drop_duplicates("participant_id").set_index("participant_id")["sex"]
    scores["sex"] = scores["participant_id"].map(sex)
    results = {}

    def paired(frame, later):
        both = frame.dropna(subset=["pre", later])
        if len(both) < 3:
            return None
        return {"ttest": pg.ttest(both[later], both["pre"], paired=True),
                "wilcoxon": pg.wilcoxon(both[later], both["pre"])}

    groups = [("ALL", df, scores)] + [(c, g, scores[scores["cohort"] == c]) for c, g in df.groupby("cohort")]
    for name, answers, people in groups:
        block = {later: paired(people, later) for later in ("post", "followup")}
        for phase, part in answers.groupby("phase"):
            wide = part.pivot_table(index="participant_id", columns="item_id", values="correct")
            block[f"alpha_{phase}"] = pg.cronbach_alpha(data=wide)
        for s, part in people.groupby("sex"):
            block[f"sex_{s}"] = paired(part, "post")
        results[name] = block
    gains = scores.dropna(subset=["pre", "post"]).assign(gain=lambda d: d["post"] - d["pre"])
    results["between_cohorts"] = {
        "anova": pg.anova(data=gains, dv="gain", between="cohort"),
        "welch": pg.welch_anova(data=gains, dv="gain", between="cohort"),
        "kruskal": pg.kruskal(data=gains, dv="gain", between="cohort"),
    }
    return results


def run(quick: bool = False) -> list[Row]:
    from assessor.analysis.responses import read_responses_csv
    from assessor.analysis.stats import analyze

    participants, repeats = (1_000, 1) if quick else (10_000, 3)
    path = cached_csv(participants, 100)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # pingouin/pandas deprecation chatter
        peer, _ = common.median_time(lambda: evaluator_analysis(path), repeats)
    ours, _ = common.median_time(lambda: analyze(read_responses_csv(path)), repeats)
    what = f"{participants:,} × 100 × 3 CSV, read + analyse, warm process"
    return [
        Row(f"pandas + pingouin evaluator script ({what})", peer, "s",
            note="`benchmarks/bench_peer.py: evaluator_analysis`"),
        Row("Assessor read + analyze on the same CSV, same process", ours, "s"),
        Row("ratio: evaluator script time / Assessor time", peer / ours, "×",
            note="Assessor also does subgroups by organisation, item statistics, McNemar per item and "
                 "pairwise cohort comparisons, which the script leaves out"),
    ]


def main(argv=None) -> int:
    return common.main(run, argv, __doc__)


if __name__ == "__main__":
    sys.exit(main())
