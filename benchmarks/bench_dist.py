"""Benchmark: the built app folder (``make dist``): its size, and how fast its programs start.

Builds the folder when it is missing (``make dist``), then times, each in a fresh process
with an empty ``PATH`` and a new home folder, interleaved with the same command run from
the source tree (A B A B …, one untimed warm-up each): ``assessor --version`` and
``assessor-app --self-check`` (Qt offscreen; the self-check creates the application, opens
a throw-away database and loads the translations, so it covers most of a start).

    python -m benchmarks.bench_dist [--quick] [--json]
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks import common
from benchmarks.common import Row

FOLDER = common.ROOT / "dist" / "assessor"
TARGET_VERSION_S = 1.0


def _size_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink()) / 2**20


def _timed(cmd: list[str], env: dict, cwd: Path) -> float:
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, env=env, cwd=cwd, capture_output=True, text=True, timeout=300)
    took = time.perf_counter() - t0
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed ({proc.returncode}):\n{proc.stderr[-2000:]}")
    return took


def _pair(built: list[str], source: list[str], repeats: int, home: Path) -> tuple[list[float], list[float]]:
    empty = home / "bin"
    empty.mkdir(exist_ok=True)
    bare = {"PATH": str(empty), "HOME": str(home), "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8",
            "XDG_DATA_HOME": str(home / "data"), "XDG_CONFIG_HOME": str(home / "config")}
    src = {**os.environ, **{k: v for k, v in bare.items() if k != "PATH"}, "PYTHONPATH": str(common.ROOT)}
    _timed(built, bare, home), _timed(source, src, common.ROOT)  # warm-up
    a, b = [], []
    for _ in range(repeats):
        a.append(_timed(built, bare, home))
        b.append(_timed(source, src, common.ROOT))
    return a, b


def run(quick: bool = False) -> list[Row]:
    if not (FOLDER / "assessor").exists():
        subprocess.run(["make", "dist"], cwd=common.ROOT, check=True, capture_output=True)
    archives = sorted((common.ROOT / "dist").glob("assessor-*.tar.gz"))
    repeats = 2 if quick else 5
    rows = [Row("built folder dist/assessor/ (both programs, Qt, libraries, data)", _size_mb(FOLDER), "MB")]
    if archives:
        rows.append(Row(f"its archive ({archives[-1].name})", archives[-1].stat().st_size / 2**20, "MB"))
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        ver_a, ver_b = _pair([str(FOLDER / "assessor"), "--version"],
                             [sys.executable, "-m", "assessor", "--version"], repeats, home)
        chk_a, chk_b = _pair([str(FOLDER / "assessor-app"), "--self-check"],
                             [sys.executable, "main.py", "--self-check"], repeats, home)
    rows += [
        Row("built `assessor --version`, fresh process", statistics.median(ver_a), "s", TARGET_VERSION_S,
            note=f"range {min(ver_a):.2f}–{max(ver_a):.2f} s"),
        Row("for comparison: `python -m assessor --version` from the source tree", statistics.median(ver_b), "s"),
        Row("built `assessor-app --self-check` (Qt offscreen), fresh process", statistics.median(chk_a), "s",
            note=f"range {min(chk_a):.2f}–{max(chk_a):.2f} s"),
        Row("for comparison: `python main.py --self-check` from the source tree", statistics.median(chk_b), "s"),
    ]
    return rows


def main(argv=None) -> int:
    return common.main(run, argv, __doc__)


if __name__ == "__main__":
    sys.exit(main())
