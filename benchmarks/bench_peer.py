"""Benchmark: the same analysis written the way an evaluator would without Assessor.

``evaluator_analysis`` is a plain pandas + pingouin script (the ``bench`` extra; not a
runtime dependency): read the responses CSV, compute each participant's % score per
phase with a pivot, then for the whole file and for every cohort a paired t-test and a
Wilcoxon test (pre -> post, pre -> follow-up) and Cronbach's alpha per phase, the same
paired tests per sex, and across cohorts an ANOVA, a Welch ANOVA and a Kruskal-Wallis
test of the gains.

The data are built once through the store (10,000 participants x 100 items x 3 phases,
the database of ``bench_analyze_db``) and written out as a responses CSV from the same
marks, so all three commands read identical input: the script (``--script CSV``, a fresh
process), ``assessor analyze CSV --json`` and ``assessor --db DB analyze --json``. Each
is a whole command in a fresh process (start-up and imports included), run in turn
A B C A B C ... five times after one untimed round; the rows give the medians and the ratios.
The untimed round also compiles every command's modules (Assessor's, pandas', pingouin's) into a
temporary ``PYTHONPYCACHEPREFIX``, also when the environment says ``PYTHONDONTWRITEBYTECODE``,
so that no timed run compiles anything.

    python -m benchmarks.bench_peer [--quick] [--json]
    python -m benchmarks.bench_peer --script RESPONSES.csv
"""

from __future__ import annotations

import statistics
import sys
import warnings

from benchmarks import common
from benchmarks.common import Row


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
    import tempfile
    from pathlib import Path

    from assessor.analysis.responses import write_responses_csv
    from benchmarks.bench_analyze_db import build

    participants, repeats = (1_000, 1) if quick else (10_000, 5)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.db"
        csv = Path(tmp) / "responses.csv"
        store = build(db, participants, 100)
        write_responses_csv(store.response_table(), csv)  # the same marks, as a file
        store.close()
        commands = {
            "peer": ["-m", "benchmarks.bench_peer", "--script", str(csv)],
            "csv": ["-m", "assessor", "analyze", str(csv), "--json"],
            "db": ["-m", "assessor", "--db", str(db), "analyze", "--json"],
        }
        # Every command gets its bytecode, as an installed program has: the warm-up compiles it
        # into a temporary cache outside the tree (also when the shell sets PYTHONDONTWRITEBYTECODE;
        # an empty value counts as unset), and the timed runs read it from there.
        env = {"PYTHONPYCACHEPREFIX": str(Path(tmp) / "pycache"), "PYTHONDONTWRITEBYTECODE": ""}
        for args in commands.values():  # warm the page cache and the bytecode
            common.run_child(args, env=env)
        times: dict[str, list[float]] = {k: [] for k in commands}
        for _ in range(repeats):  # interleaved: peer, CSV, database, peer, ...
            for name, args in commands.items():
                times[name].append(common.run_child(args, env=env)[0])
    med = {k: statistics.median(v) for k, v in times.items()}
    what = f"{participants:,} × 100 × 3, fresh process, whole command"
    spread = {k: f"range {min(v):.2f}–{max(v):.2f} s" for k, v in times.items()}
    return [
        Row(f"pandas + pingouin evaluator script ({what})", med["peer"], "s",
            note="`benchmarks/bench_peer.py: evaluator_analysis` on the CSV; " + spread["peer"]),
        Row("`assessor analyze FILE.csv --json`, same data, interleaved with it", med["csv"], "s", note=spread["csv"]),
        Row("`assessor --db DB analyze --json`, same data, interleaved with it", med["db"], "s", note=spread["db"]),
        Row("from CSV: Assessor time / evaluator script time", med["csv"] / med["peer"], "×", 1 / 5,
            note=f"{med['peer'] / med['csv']:.1f}× faster (target: at least 5×)"),
        Row("from the database: Assessor time / evaluator script time", med["db"] / med["peer"], "×", 1 / 8,
            note=f"{med['peer'] / med['db']:.1f}× faster (target: at least 8×). Assessor also does subgroups by "
                 "organisation, item statistics, McNemar per item and pairwise cohort comparisons, which the "
                 "script leaves out"),
        Row("database path time / CSV path time (same data)", med["db"] / med["csv"], "×", 1.0,
            note="below 1: the database path is the faster"),
    ]


def notes(rows: list[Row]) -> str:
    peer, csv, db = rows[0].value, rows[1].value, rows[2].value
    return (
        "**Against the evaluator's script.** Three whole commands, each in a fresh process, on identical "
        f"marks: the pandas + pingouin script {common.fmt(peer)} s, `assessor analyze` of the CSV "
        f"{common.fmt(csv)} s ({peer / csv:.1f}× faster), of the database {common.fmt(db)} s "
        f"({peer / db:.1f}× faster). Since schema step 5 the database keeps each attempt's marks as "
        "float64 values in form order, so the attempts of a form are read as one matrix; before, "
        "30,000 JSON lists were decoded. Of Assessor's time, about a third is Python start-up and "
        "imports (numpy, scipy.special), and the percentile bootstrap of the class gain and of the "
        "retained share (2,000 resamples of every group, drawn a block at a time) is the largest "
        "single part of the analysis."
    )


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--script"]:  # the evaluator's script alone, as a command of its own
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # pingouin/pandas deprecation chatter
            evaluator_analysis(argv[1])
        return 0
    return common.main(run, argv, __doc__, notes)


if __name__ == "__main__":
    sys.exit(main())
