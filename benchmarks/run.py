"""Run every benchmark (``make bench``) and write docs/performance.md.

Each ``bench_*`` module runs in its own fresh process (``python -m benchmarks.<name>
--json``), one after another, so that imports, caches and memory of one do not affect
the next and they do not compete for the cores. The rows they report are collected
into one table, with a header describing the machine and the method.

    python -m benchmarks.run [--quick] [--only NAME ... [--merge]] [--out docs/performance.md]
"""

from __future__ import annotations

import argparse
import json
import os
import pkgutil
import platform
import subprocess
import sys
import time
from importlib import metadata
from pathlib import Path

import benchmarks

from benchmarks.common import ROOT, Row, fmt

ORDER = ["bench_startup", "bench_answer_save", "bench_analyze", "bench_analyze_db", "bench_analyze_scale",
         "bench_peer", "bench_reports", "bench_merge", "bench_open_big", "bench_paper", "bench_paper_eval"]
PACKAGES = ["numpy", "scipy", "PySide6", "sqlite-utils", "reportlab", "pandas", "pingouin", "opencv-python-headless",
            "zxing-cpp", "pypdfium2", "starlette", "uvicorn", "httpx"]


def modules() -> list[str]:
    found = {i.name for i in pkgutil.iter_modules(benchmarks.__path__) if i.name.startswith("bench_")}
    return [m for m in ORDER if m in found] + sorted(found - set(ORDER))


def machine() -> dict:
    cpu = platform.processor() or "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram = "unknown"
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                ram = f"{int(line.split()[1]) / 2**20:.1f} GB"
    except OSError:
        pass
    osname = platform.platform()
    try:
        for line in Path("/etc/os-release").read_text().splitlines():
            if line.startswith("PRETTY_NAME="):
                osname = f"{line.split('=', 1)[1].strip(chr(34))} ({platform.system()} {platform.release()})"
    except OSError:
        pass
    versions = []
    for p in PACKAGES:
        try:
            versions.append(f"{p} {metadata.version(p)}")
        except metadata.PackageNotFoundError:
            versions.append(f"{p} (not installed)")
    import sqlite3

    versions.append(f"SQLite {sqlite3.sqlite_version}")
    return {"cpu": cpu, "cores": os.cpu_count(), "ram": ram, "os": osname,
            "python": platform.python_version(), "versions": ", ".join(versions)}


def load() -> str:
    try:
        return ", ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "unknown"


def run_module(name: str, quick: bool) -> tuple[list[Row], str, float]:
    t0 = time.perf_counter()
    args = [sys.executable, "-m", f"benchmarks.{name}", "--json"] + (["--quick"] if quick else [])
    proc = subprocess.run(args, cwd=ROOT, capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    took = time.perf_counter() - t0
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr)
        return [Row(f"{name} FAILED", None, "", note=(proc.stderr.strip().splitlines() or ["?"])[-1])], "", took
    doc = json.loads(proc.stdout.strip().splitlines()[-1])
    return [Row(**r) for r in doc["rows"]], doc.get("notes", ""), took


def render(results: list[tuple[str, list[Row], str, float, str]], info: dict, quick: bool, started: str,
           loads: tuple[str, str]) -> str:
    lines = [
        "# Performance",
        "",
        "Written by `make bench` (`python -m benchmarks.run" + (" --quick`: a SMOKE RUN on small data, not the "
                                                                 "real figures" if quick else "`") + "); do not "
        "edit by hand — change the benchmarks in `benchmarks/` and run it again.",
        "",
        f"- **Date:** {started}",
        f"- **Machine:** {info['cpu']}, {info['cores']} cores, {info['ram']} RAM; {info['os']}",
        f"- **Software:** Python {info['python']}; {info['versions']}",
        f"- **Load:** the machine is shared with other jobs (other developers' builds and tests); load average "
        f"(1, 5, 15 min) was {loads[0]} at the start and {loads[1]} at the end, so figures carry noise and "
        "are upper bounds for an idle machine of the same kind.",
        "- **Method:** generated data (`benchmarks/datagen.py`, fixed seeds). Every benchmark module runs in "
        "its own fresh process, one after another. Times are medians of repeated runs (usually 5, 3 for "
        "the slow ones; see each module's docstring) after one untimed warm-up; commands marked \"fresh "
        "process\" are timed from outside, including interpreter start-up and imports. Memory is the peak "
        "resident set size (max RSS) of the process doing the work.",
        "",
        "| measurement | measured | target | result | notes |",
        "|---|---:|---:|---|---|",
    ]
    for _name, rows, _notes, _took, _load in results:
        for r in rows:
            target = f"≤ {fmt(r.target, r.unit)} {r.unit}" if r.target is not None else "—"
            value = f"{fmt(r.value, r.unit)} {r.unit}" if r.value is not None else "failed"
            result = r.missed_by if r.met is not False else f"**{r.missed_by}**"
            lines.append(f"| {r.name} | {value} | {target} | {result} | {r.note} |")
    lines += ["", "Run times: " + "; ".join(f"`{n}` {t:.0f} s (load {ld})" for n, _r, _x, t, ld in results) + ".",
              ""]
    notes = [n for _name, _rows, n, _t, _l in results if n]
    extra = Path(__file__).with_name("notes.md")
    if extra.exists():
        notes.append(extra.read_text().strip())
    if notes:
        lines += ["## Notes", ""]
        for n in notes:
            lines += [n, ""]
    return "\n".join(lines)


def merge_block(existing: str, name: str, rows: list[Row], notes: str, took: float, loads: tuple[str, str],
                started: str) -> str:
    """``existing`` with the section of module ``name`` added or replaced, the other figures left as they were.

    For a module re-run alone (``--only NAME --merge``) on a busy machine: re-running every module there
    would replace quiet-machine figures by noisy ones. The section says when it ran and under what load.
    """
    begin, end = f"<!-- {name} -->", f"<!-- /{name} -->"
    lines = [begin, f"## `{name}` (run alone)", "",
             f"Run on {started} with `python -m benchmarks.run --only {name} --merge` in {took:.0f} s; load "
             f"average (1, 5, 15 min) {loads[0]} at the start and {loads[1]} at the end.", "",
             "| measurement | measured | target | result | notes |", "|---|---:|---:|---|---|"]
    for r in rows:
        target = f"≤ {fmt(r.target, r.unit)} {r.unit}" if r.target is not None else "—"
        value = f"{fmt(r.value, r.unit)} {r.unit}" if r.value is not None else "failed"
        result = r.missed_by if r.met is not False else f"**{r.missed_by}**"
        lines.append(f"| {r.name} | {value} | {target} | {result} | {r.note} |")
    if notes:
        lines += ["", notes]
    lines.append(end)
    block = "\n".join(lines)
    if begin in existing and end in existing:
        head, rest = existing.split(begin, 1)
        return head + block + rest.split(end, 1)[1]
    marker = "\n## Notes\n"
    if marker in existing:
        head, tail = existing.split(marker, 1)
        return head.rstrip("\n") + "\n\n" + block + "\n" + marker + tail
    return existing.rstrip("\n") + "\n\n" + block + "\n"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="small data, few repeats (smoke run)")
    ap.add_argument("--only", nargs="*", help="run only these modules (e.g. bench_analyze)")
    ap.add_argument("--out", default=str(ROOT / "docs" / "performance.md"))
    ap.add_argument("--merge", action="store_true",
                    help="with --only: add or replace only these modules' sections, keep the other figures")
    args = ap.parse_args(argv)
    started = time.strftime("%Y-%m-%d %H:%M %Z")
    first_load = load()
    results = []
    for name in modules():
        if args.only and name not in args.only:
            continue
        print(f"running {name} ...", flush=True)
        rows, notes, took = run_module(name, args.quick)
        results.append((name, rows, notes, took, load()))
        for r in rows:
            print(f"  {r.name}: {fmt(r.value, r.unit)} {r.unit} [{r.missed_by}]", flush=True)
    out = Path(args.out)
    if args.merge and args.only and out.exists() and not args.quick:
        text = out.read_text()
        for name, rows, notes, took, end_load in results:
            text = merge_block(text, name, rows, notes, took, (first_load, end_load), started)
        out.write_text(text.rstrip("\n") + "\n")
    else:
        text = render(results, machine(), args.quick, started, (first_load, load()))
        out.write_text(text + "\n")
    print(f"wrote {args.out}")
    return 1 if any(r.value is None for _n, rows, _x, _t, _l in results for r in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
