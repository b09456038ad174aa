"""Benchmark: `assessor analyze FILE --json` on a plain CSV and on the same data as a spreadsheet
saves it (BOM, CRLF, every text field quoted): 10,000 participants x 100 items x 3 phases.

Fresh processes, interleaved plain, quoted, plain, quoted..., median of 5 (1 with --quick);
memory is each process's peak RSS. The ratios quoted / plain have the target 1.2.

    python -m benchmarks.bench_csv_quoted [--quick] [--json]
"""

from __future__ import annotations

import statistics
import sys

from benchmarks import common
from benchmarks.common import Row
from benchmarks.datagen import cached_csv, cached_quoted_csv

TARGET_RATIO = 1.2


def run(quick: bool = False) -> list[Row]:
    participants, repeats = (1_000, 1) if quick else (10_000, 5)
    files = {"plain": cached_csv(participants, 100), "quoted": cached_quoted_csv(participants, 100)}
    runs: dict[str, list[tuple[float, float]]] = {k: [] for k in files}
    for _ in range(repeats):
        for kind, path in files.items():
            wall, rss, _proc = common.run_child(["-m", "assessor", "analyze", str(path), "--json"])
            runs[kind].append((wall, rss))
    time_s = {k: statistics.median(w for w, _ in v) for k, v in runs.items()}
    mem_mb = {k: max(m for _, m in v) for k, v in runs.items()}
    size = f"{participants:,} × 100 × 3 rows"
    return [
        Row(f"CSV reading: `assessor analyze FILE --json`, plain CSV, fresh process ({size})", time_s["plain"], "s"),
        Row("CSV reading: the same data quoted (BOM, CRLF, text in double quotes)", time_s["quoted"], "s"),
        Row("CSV reading: time quoted / plain", time_s["quoted"] / time_s["plain"], "×", TARGET_RATIO),
        Row("CSV reading: peak memory (max RSS), plain", mem_mb["plain"], "MB"),
        Row("CSV reading: peak memory (max RSS), quoted", mem_mb["quoted"], "MB"),
        Row("CSV reading: memory quoted / plain", mem_mb["quoted"] / mem_mb["plain"], "×", TARGET_RATIO),
    ]


def main(argv=None) -> int:
    return common.main(run, argv, __doc__)


if __name__ == "__main__":
    sys.exit(main())
