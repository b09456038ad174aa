"""Benchmark: `analyze` on 10,000 participants x 100 items x pre/post/follow-up.

Times reading the CSV, the analysis, and both together (median of repeats), and the
peak Python heap (tracemalloc, measured in a separate pass so it does not slow the
timings) plus the process's peak RSS. Prints a markdown table row per measurement.

    python -m benchmarks.bench_analyze [--repeats 5] [--participants 10000] [--items 100]
"""

from __future__ import annotations

import argparse
import resource
import statistics
import tempfile
import time
import tracemalloc
from pathlib import Path

from assessor.responses import read_responses_csv, write_responses_csv
from assessor.stats import analyze

from .datagen import generate


def _median_time(fn, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def _peak_mb(fn) -> float:
    tracemalloc.start()
    fn()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 2**20


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--participants", type=int, default=10_000)
    ap.add_argument("--items", type=int, default=100)
    args = ap.parse_args(argv)
    table = generate(participants=args.participants, items=args.items, attrition=False)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "responses.csv"
        write_responses_csv(table, path)
        size_mb = path.stat().st_size / 2**20
        rows = len(table)
        cases = [
            ("read CSV", lambda: read_responses_csv(path)),
            ("analyze (in memory)", lambda: analyze(table)),
            ("CSV -> analyze", lambda: analyze(read_responses_csv(path))),
        ]
        print(f"{rows:,} rows, CSV {size_mb:.0f} MB, median of {args.repeats}\n")
        print("| step | median s | peak traced MB |")
        print("|---|---:|---:|")
        for name, fn in cases:
            fn()  # warm-up (imports, page cache)
            secs = _median_time(fn, args.repeats)
            peak = _peak_mb(fn)
            print(f"| {name} | {secs:.2f} | {peak:.0f} |")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\nprocess peak RSS: {rss:.0f} MB")


if __name__ == "__main__":
    main()
