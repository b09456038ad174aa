"""The mutation score of the last ``mutmut run`` (what ``make mutate`` prints).

Reads ``mutmut results --all true``, leaves out the mutants listed below as equivalent (they
change no behaviour, so no test can kill them; each says why), and prints, per module, how many
of the behaviour-changing mutants the tests killed, then the survivors. Exits 1 below 90 %.

    python tools/mutation_score.py
"""

from __future__ import annotations

import subprocess
import sys
from collections import defaultdict
from pathlib import Path

TARGET = 90.0

# Mutants that cannot change behaviour. Names are mutmut's; they shift when the function changes,
# so re-check this list after editing a mutated function.
EQUIVALENT = {
    "assessor.delivery.scoring.x_blank_marks__mutmut_8":
        "padding the answers with more Nones than blanks: zip with the blanks stops at the last blank either way",
    "assessor.delivery.scoring.x__normalise_space__mutmut_8":
        'runs of spaces become "XX XX" instead of " " on both sides alike: the comparison is unchanged',
    "assessor.delivery.scoring.x__best_numeric__mutmut_25":
        "< instead of <= at the tolerance: the positive slack already includes the boundary",
    "assessor.delivery.scoring.x_parse_number__mutmut_12":
        "replacing commas also when there are several or a '.' is present: no such text is a number either way",
    "assessor.delivery.scoring.x_parse_number__mutmut_17":
        "ignoring a '.' when replacing the single comma: a number never has two decimal points either way",
    "assessor.delivery.scoring.x_short_answer_matches__mutmut_21":
        "without re.DOTALL: whitespace, newlines included, is normalised to spaces before matching",
    "assessor.analysis.inference.x__conditional_signed_rank_p__mutmut_11":
        "np.zeros(dtype=None) is float64, the dtype written",
    "assessor.analysis.inference.x__conditional_signed_rank_p__mutmut_13":
        "np.zeros without dtype is float64, the dtype written",
    "assessor.analysis.inference.x__conditional_signed_rank_p__mutmut_15":
        "one more count cell, always 0: neither tail sum changes",
    "assessor.analysis.inference.x__conditional_signed_rank_p__mutmut_18":
        "counts[0] = 2 doubles every count; the pmf is divided by counts.sum()",
    "assessor.analysis.inference.x__signed_rank_counts__mutmut_3":
        "np.zeros(dtype=None) is float64, the dtype written",
    "assessor.analysis.inference.x__signed_rank_counts__mutmut_5":
        "np.zeros without dtype is float64, the dtype written",
    "assessor.analysis.inference.x_rankdata__mutmut_5":
        "another sort algorithm only reorders equal values, which share one average rank",
    "assessor.analysis.inference.x_rankdata__mutmut_7":
        "another sort algorithm only reorders equal values, which share one average rank",
    "assessor.analysis.inference.x_rankdata__mutmut_9":
        "another sort algorithm only reorders equal values, which share one average rank",
    "assessor.analysis.inference.x_rankdata__mutmut_38":
        "np.empty(dtype=None) is float64, the dtype written",
    "assessor.analysis.inference.x_rankdata__mutmut_40":
        "np.empty without dtype is float64, the dtype written",
    "assessor.analysis.inference.x_bootstrap_class_gain__mutmut_8":
        "Generator.integers(n) draws the same stream as integers(0, n)",
    "assessor.analysis.inference.x_bootstrap_retention__mutmut_8":
        "Generator.integers(n) draws the same stream as integers(0, n)",
    "assessor.analysis.inference.x_bootstrap_class_gain__mutmut_19":
        "<= instead of < at 100 - 1e-9: a resample mean is never exactly that (tie-break)",
    "assessor.analysis.inference.x_bootstrap_retention__mutmut_26":
        ">= instead of > at a gain of exactly 1e-9 pp, which no resample has (tie-break)",
    "assessor.analysis.inference.x_newcombe_paired_ci__mutmut_44":
        "at ad - bc = 0 the phi formula gives 0 too",
    "assessor.analysis.inference.x_newcombe_paired_ci__mutmut_45":
        "at ad - bc = 0 the phi formula gives 0 too",
    "assessor.analysis.inference.x_newcombe_paired_ci__mutmut_46":
        "at ad - bc = n/2 the corrected phi formula gives 0 too",
    "assessor.analysis.inference.x_newcombe_paired_ci__mutmut_58":
        "ad - bc = 0 never reaches the phi formula (it is in the phi = 0 branch)",
    "assessor.analysis.inference.x_newcombe_paired_ci__mutmut_59":
        "0 < ad - bc <= 1 with ad - bc > n/2 needs n < 2, where a margin is 0 (phi = 0 branch)",
    "assessor.analysis.inference.x_wilcoxon_block__mutmut_7":
        "np.asarray(dtype=None) keeps the values; every later step gives the same numbers",
    "assessor.analysis.inference.x_wilcoxon_block__mutmut_9":
        "np.asarray without dtype keeps the values; every later step gives the same numbers",
    "assessor.analysis.inference.x_wilcoxon_block__mutmut_59":
        "nz holds no zeros, so nz >= 0 is nz > 0",
    "assessor.analysis.inference.x_wilcoxon_block__mutmut_65":
        "nz holds no zeros, so nz <= 0 is nz < 0",
    "assessor.analysis.inference.x_wilcoxon_block__mutmut_75":
        "nz holds no zeros, so nz >= 0 is nz > 0",
    "assessor.analysis.inference.x_wilcoxon_block__mutmut_81":
        "nz holds no zeros, so nz <= 0 is nz < 0",
    "assessor.analysis.inference.x_wilcoxon_block__mutmut_216":
        "2 ndtr(-|z|) <= 1, so capping at 2 instead of 1 never binds",
    "assessor.analysis.stats.xǁ_Dataǁ__init____mutmut_5":
        "a float64 key instead of int64 is exact below 2^53 (cohorts x participants)",
    "assessor.analysis.stats.xǁ_Dataǁ__init____mutmut_15":
        "true division then int32 truncates exactly as // for these non-negative keys",
    "assessor.analysis.stats.xǁ_Dataǁ__init____mutmut_21":
        "a fourth phase layer that nothing reads",
    "assessor.analysis.stats.xǁ_Dataǁ__init____mutmut_43":
        "a fourth phase layer that nothing reads",
    "assessor.analysis.stats.xǁ_Dataǁ__init____mutmut_88":
        "pct of a phase a person did not take is only ever read through that phase's takers",
    "assessor.analysis.stats.x__items_matched__mutmut_13":
        "with no matched rows both.any(axis=0) is all False, the same empty column list",
    "assessor.analysis.stats.x__items_matched__mutmut_25":
        "> instead of >= at a mark of exactly 1 - 1e-9, which no mark is (tie-break)",
    "assessor.analysis.stats.x__items_matched__mutmut_30":
        "> instead of >= at a mark of exactly 1 - 1e-9, which no mark is (tie-break)",
    "assessor.analysis.stats.x__items_matched__mutmut_123":
        "> instead of >= at a facility of exactly 0.9 - 1e-9, which no item has (tie-break)",
    "assessor.analysis.stats.x__items_matched__mutmut_139":
        "a matched item is always in the pre and post item blocks, so the default is never used",
    "assessor.analysis.stats.x__items_matched__mutmut_141":
        "a matched item is always in the pre and post item blocks, so the default is never used",
    "assessor.analysis.stats.x__items_matched__mutmut_143":
        "the pre and post blocks always have items, so the default is never used",
    "assessor.analysis.stats.x__items_matched__mutmut_145":
        "the pre and post blocks always have items, so the default is never used",
    "assessor.analysis.stats.x__items_matched__mutmut_147":
        "the cohort block always has pre and post, so the default is never used",
    "assessor.analysis.stats.x__items_matched__mutmut_149":
        "the cohort block always has pre and post, so the default is never used",
    "assessor.analysis.stats.x__items_matched__mutmut_162":
        "<= instead of < at an upper bound of exactly 0, tanh of a sum that is never exactly 0 (tie-break)",
    "assessor.analysis.stats.x_analyze__mutmut_25":
        "cohorts ordered by code instead of label: every constructor gives the cohorts sorted labels, codes in that order",
    "assessor.analysis.stats.x_analyze__mutmut_27":
        "the same as _25 (the sort key left out)",
    "assessor.analysis.stats.x_analyze__mutmut_54":
        "as many threads as the pool likes instead of _workers(d): each group is computed alone either way, same output",
    "assessor.analysis.stats.x__workers__mutmut_1":
        "how many groups are analysed at a time: each group is computed alone either way, same output",
    "assessor.analysis.stats.x__workers__mutmut_2":
        "how many groups are analysed at a time: each group is computed alone either way, same output",
    "assessor.analysis.stats.x__workers__mutmut_3":
        "how many groups are analysed at a time: each group is computed alone either way, same output",
    "assessor.analysis.stats.x__workers__mutmut_4":
        "how many groups are analysed at a time: each group is computed alone either way, same output",
    "assessor.analysis.stats.x__workers__mutmut_5":
        "how many groups are analysed at a time: each group is computed alone either way, same output",
    "assessor.analysis.stats.x__workers__mutmut_6":
        "how many groups are analysed at a time: each group is computed alone either way, same output",
    "assessor.analysis.stats.x__workers__mutmut_7":
        "how many groups are analysed at a time: each group is computed alone either way, same output",
    "assessor.analysis.stats.x__workers__mutmut_8":
        "how many groups are analysed at a time: each group is computed alone either way, same output",
    "assessor.analysis.stats.x__workers__mutmut_9":
        "how many groups are analysed at a time: each group is computed alone either way, same output",
    "assessor.analysis.stats.x__workers__mutmut_10":
        "how many groups are analysed at a time: each group is computed alone either way, same output",
    "assessor.analysis.stats.x__workers__mutmut_11":
        "how many groups are analysed at a time: each group is computed alone either way, same output",
    "assessor.analysis.stats.x__workers__mutmut_12":
        "how many groups are analysed at a time: each group is computed alone either way, same output",
    "assessor.analysis.stats.x__workers__mutmut_13":
        "how many groups are analysed at a time: each group is computed alone either way, same output",
    "assessor.analysis.stats.x__workers__mutmut_14":
        "how many groups are analysed at a time: each group is computed alone either way, same output",
    "assessor.analysis.stats.x__workers__mutmut_15":
        "how many groups are analysed at a time: each group is computed alone either way, same output",
}

KILLED = {"killed", "timeout"}


def results() -> list[tuple[str, str]]:
    """(mutant name, status) for every mutant of the last run."""
    out = subprocess.run([str(Path(sys.executable).with_name("mutmut")), "results", "--all", "true"],
                         capture_output=True, text=True, check=True).stdout
    found = []
    for line in out.splitlines():
        name, sep, status = line.strip().rpartition(": ")
        if sep and name:
            found.append((name, status))
    return found


def module_of(name: str) -> str:
    """``assessor.delivery.scoring`` for ``assessor.delivery.scoring.x_score__mutmut_3``."""
    return name.split(".x", 1)[0] if ".x" in name else name.rsplit(".", 1)[0]


def main() -> int:
    """Print the score per module and the survivors; 1 when below the target."""
    by_module: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for name, status in results():
        if name in EQUIVALENT:
            status = "equivalent"
        by_module[module_of(name)][status].append(name)
    if not by_module:
        print("No mutation results: run `make mutate` first.")
        return 1
    total_killed = total_counted = 0
    for module, statuses in sorted(by_module.items()):
        killed = sum(len(v) for k, v in statuses.items() if k in KILLED)
        survived = statuses.get("survived", [])
        counted = killed + len(survived)
        total_killed += killed
        total_counted += counted
        pct = 100.0 * killed / counted if counted else 0.0
        other = {k: len(v) for k, v in statuses.items() if k not in KILLED | {"survived"}}
        print(f"{module}: {killed} of {counted} behaviour-changing mutants killed ({pct:.1f} %)"
              + (f"; {', '.join(f'{n} {k}' for k, n in sorted(other.items()))}" if other else ""))
        for name in sorted(survived):
            print(f"    survived: {name}")
    score = 100.0 * total_killed / total_counted if total_counted else 0.0
    print(f"mutation score: {total_killed} of {total_counted} ({score:.1f} %), target {TARGET:.0f} %")
    return 0 if score >= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
