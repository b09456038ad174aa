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
    "assessor.delivery.scoring.x__normalise_space__mutmut_8":
        'runs of spaces become "XX XX" instead of " " on both sides alike: the comparison is unchanged',
    "assessor.delivery.scoring.x__score_numerical__mutmut_25":
        "< instead of <= at the tolerance: the positive slack already includes the boundary",
    "assessor.delivery.scoring.x_parse_number__mutmut_12":
        "replacing commas also when there are several or a '.' is present: no such text is a number either way",
    "assessor.delivery.scoring.x_parse_number__mutmut_17":
        "ignoring a '.' when replacing the single comma: a number never has two decimal points either way",
    "assessor.delivery.scoring.x_short_answer_matches__mutmut_21":
        "without re.DOTALL: whitespace, newlines included, is normalised to spaces before matching",
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
