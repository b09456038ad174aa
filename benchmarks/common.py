"""What every benchmark shares: the result row, timing helpers and the command line.

Each ``bench_*`` module exposes ``run(quick=False) -> list[Row]`` and, optionally,
``notes(rows) -> str`` (explanatory prose that quotes the measured numbers). Its
``main(argv)`` prints a markdown table, or with ``--json`` one JSON document
``{"rows": [...], "notes": "..."}`` that :mod:`benchmarks.run` collects.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
import tracemalloc
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Row:
    """One measurement. ``target`` is an upper bound in ``unit`` (None: no target)."""

    name: str
    value: float | None
    unit: str
    target: float | None = None
    met: bool | None = None
    note: str = ""

    def __post_init__(self):
        if self.met is None and self.target is not None and self.value is not None:
            self.met = self.value <= self.target

    @property
    def missed_by(self) -> str:
        """'met', or how far the value is over the target (absolute and relative)."""
        if self.met is None:
            return "—"
        if self.met:
            return "met"
        over = self.value - self.target
        if not self.target:  # a target of none at all: no relative figure
            return f"missed by {fmt(over, self.unit)} {self.unit}"
        return f"missed by {fmt(over, self.unit)} {self.unit} ({100 * over / self.target:.0f}% over)"


def fmt(value: float | None, unit: str = "") -> str:
    """A number with as many digits as its size deserves."""
    if value is None:
        return "—"
    if unit == "MB" or abs(value) >= 100:
        return f"{value:,.0f}"
    if abs(value) >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"


def median_time(fn, repeats: int, warmup: bool = True) -> tuple[float, list[float]]:
    """Median wall time of ``fn()`` over ``repeats`` runs (after one untimed warm-up)."""
    if warmup:
        fn()
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), times


def traced_peak_mb(fn) -> float:
    """Peak Python/numpy heap allocated while ``fn()`` runs (tracemalloc; slows ``fn``)."""
    tracemalloc.start()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1] / 2**20
    finally:
        tracemalloc.stop()


def run_child(args: list[str], **kwargs) -> tuple[float, float, subprocess.CompletedProcess]:
    """Run a Python child process from the repository root.

    Returns (wall seconds, the child's peak RSS in MB, the completed process). Each
    call measures one child alone: it runs via a small wrapper that reports its own
    ``ru_maxrss`` for the grandchild, so earlier children do not mask later ones.
    """
    wrapper = ("import resource,subprocess,sys,time;t=time.perf_counter();"
               "p=subprocess.run(sys.argv[1:]);w=time.perf_counter()-t;"
               "print(f'\\n@@{w} {resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}',file=sys.stderr);"
               "sys.exit(p.returncode)")
    env = {**os.environ, "PYTHONPATH": str(ROOT), **kwargs.pop("env", {})}
    proc = subprocess.run([sys.executable, "-c", wrapper, sys.executable, *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, **kwargs)
    marker = proc.stderr.rsplit("@@", 1)
    if proc.returncode != 0 or len(marker) != 2:
        raise RuntimeError(f"{' '.join(args)} failed ({proc.returncode}):\n{proc.stderr[-3000:]}")
    wall, rss_kb = marker[1].split()
    return float(wall), int(rss_kb) / 1024, proc


def miss_reason(times: list[float], target: float) -> str:
    """Why a fresh-process command missed its target: the spread and the machine's load."""
    if statistics.median(times) <= target:
        return ""
    return (f"; missed under load (1-min load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores; best of "
            f"the {len(times)} runs {min(times):.2f} s): on top of the warm read + analyze, about 0.3 s goes to "
            "Python start-up and imports and 0.3 s to writing the indented JSON")


def self_peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(module_run, argv=None, doc: str | None = None, notes=None) -> int:
    """The command line every benchmark module shares."""
    ap = argparse.ArgumentParser(description=doc)
    ap.add_argument("--quick", action="store_true", help="small data and few repeats (smoke run)")
    ap.add_argument("--json", action="store_true", help="print one JSON document for benchmarks.run")
    args = ap.parse_args(argv)
    rows = module_run(quick=args.quick)
    text = notes(rows) if notes else ""
    if args.json:
        print(json.dumps({"rows": [asdict(r) for r in rows], "notes": text}))
        return 0
    print("| measurement | median | target | result | notes |\n|---|---:|---:|---|---|")
    for r in rows:
        target = f"≤ {fmt(r.target, r.unit)} {r.unit}" if r.target is not None else "—"
        print(f"| {r.name} | {fmt(r.value, r.unit)} {r.unit} | {target} | {r.missed_by} | {r.note} |")
    if text:
        print("\n" + text)
    return 0
