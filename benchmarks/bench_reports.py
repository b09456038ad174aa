"""Benchmark: 1,000 participant score sheets (one PDF, and one PDF each in a folder) and a
cohort report for 1,000 participants x 20 items (analysis + PDF). Median of repeats;
prints one markdown table row per measurement (append them to docs/performance.md).

    python -m benchmarks.bench_reports [--repeats 5] [--sheets 1000]
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import statistics
import tempfile
import time
from pathlib import Path

from assessor.cohorts import Cohort
from assessor.demo import build_demo
from assessor.reportdata import cohort_results
from assessor.stats import analyze
from assessor.store import Store
from reports.cohort_report import cohort_story
from reports.pdfdoc import build
from reports.sheets import render_sheets

from .datagen import generate


def _median(fn, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def sheet_data(n: int):
    """Demo cohort results with the roster cycled to ``n`` participants (real score patterns)."""
    store = Store.memory()
    build_demo(store, seed=1)
    data = cohort_results(store, "Cascade Surabaya 2026")
    store.close()
    base = data.participants
    people = tuple(dataclasses.replace(base[i % len(base)], code=f"P{i:05d}") for i in range(n))
    return dataclasses.replace(data, participants=people)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--sheets", type=int, default=1000)
    args = ap.parse_args()
    data = sheet_data(args.sheets)
    people = list(data.participants)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        t = _median(lambda: render_sheets(data, people, "id", False, tmp / "all.pdf"), args.repeats)
        rows.append((f"{args.sheets} score sheets, one PDF", t, (tmp / "all.pdf").stat().st_size))
        t = _median(lambda: render_sheets(data, people, "id", False, tmp / "dir"), args.repeats)
        size = sum(p.stat().st_size for p in (tmp / "dir").iterdir())
        rows.append((f"{args.sheets} score sheets, one PDF each", t, size))

        table = generate(participants=1000, items=20, cohorts=1, topics=4)
        name = table.cohort.labels[0]

        def cohort_report():
            block = analyze(table)["cohorts"][name]
            story = cohort_story(name, block, {"cohort": Cohort(name=name), "topic_labels": {}})
            build(tmp / "cohort.pdf", story, "bench", "bench", "bench")

        t = _median(cohort_report, args.repeats)
        rows.append(("cohort report, 1,000 participants x 20 items (analysis + PDF)", t,
                     (tmp / "cohort.pdf").stat().st_size))
    cpus = os.cpu_count()
    print("| measurement | median s | output | repeats | cpus |")
    print("|---|---|---|---|---|")
    for label, t, size in rows:
        print(f"| {label} | {t:.2f} | {size / 2**20:.1f} MB | {args.repeats} | {cpus} |")


if __name__ == "__main__":
    main()
