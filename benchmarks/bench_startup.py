"""Benchmark: desktop app start-up, from process start to the main window shown.

Prepares a database with the demo cohorts, then starts fresh Python processes (Qt
offscreen) that import ``ui.app``, call ``ui.app.start([...])`` on that database and,
once ``window.show()`` has returned and pending events are processed, print the
monotonic clock. The parent reads the same clock just before starting the process, so
the figure includes interpreter start-up and every import. The first start is an
untimed warm-up (it fills the page cache and writes the bytecode of Assessor's modules, as
an installed app has it: pip and the app folder ship compiled modules); the median of the
following starts is the "warm" figure. Bytecode goes to a temporary folder
(``PYTHONPYCACHEPREFIX``), also when the environment says ``PYTHONDONTWRITEBYTECODE``:
without it every start would compile Assessor's sources again while the empty window's
PySide6 is read compiled.

    python -m benchmarks.bench_startup [--quick] [--json]
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from assessor.demo import build_demo
from assessor.store import Store

from benchmarks import common
from benchmarks.common import Row

TARGET_S = 1.5

RATIO_TARGET = 3.0  # the app's start at most 3x an empty window's (issue #20)

# pandas is installed here (the bench extra), as on an evaluator's machine: nothing the app
# imports at start-up may load it (sqlite-utils would, if the store did not hide it).
CHILD = """
import sys, time
from PySide6.QtWidgets import QApplication
import ui.app
window = ui.app.start(["--db", sys.argv[1], "--lang", "en"])
QApplication.processEvents()
shown = time.perf_counter()
assert window is not None and window.isVisible()
assert "pandas" not in sys.modules, "pandas was imported at start-up"
print(f"@@{shown}")
"""

MINIMAL = """
import sys, time
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.show(); QApplication.processEvents()
print(f"@@{time.perf_counter()}")
"""


def _start_seconds(code: str, db: Path, env: dict) -> float:
    t0 = time.perf_counter()  # CLOCK_MONOTONIC: the same clock in the child
    proc = subprocess.run([sys.executable, "-c", code, str(db)], cwd=common.ROOT, env=env, capture_output=True,
                          text=True, timeout=120)
    if proc.returncode != 0 or "@@" not in proc.stdout:
        raise RuntimeError(f"the app did not start ({proc.returncode}):\n{proc.stderr[-3000:]}")
    return float(proc.stdout.rsplit("@@", 1)[1].split()[0]) - t0


def run(quick: bool = False) -> list[Row]:
    repeats = 2 if quick else 5
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        db = tmp / "app.db"
        store = Store.open(db)
        summary = build_demo(store)
        store.close()
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(common.ROOT),
               "XDG_CONFIG_HOME": str(tmp / "config"), "HOME": str(tmp),  # never touch the user's settings
               "PYTHONPYCACHEPREFIX": str(tmp / "pycache")}  # compiled once by the warm-up, outside the tree
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        _start_seconds(CHILD, db, env)  # warm-up
        _start_seconds(MINIMAL, db, env)
        app, bare = [], []
        for _ in range(repeats):  # interleaved: app, empty window, app, ...
            app.append(_start_seconds(CHILD, db, env))
            bare.append(_start_seconds(MINIMAL, db, env))
    return [
        Row("start-up to the main window shown (warm, offscreen)", statistics.median(app), "s", TARGET_S,
            note=f"demo database: {len(summary.cohorts)} cohorts, {summary.participants} participants, "
                 f"{summary.attempts} attempts; range {min(app):.2f}–{max(app):.2f} s"),
        Row("for comparison: an empty PySide6 window, same measurement", statistics.median(bare), "s",
            note=f"interleaved with the app's starts; range {min(bare):.2f}–{max(bare):.2f} s"),
        Row("start-up / empty window", statistics.median(app) / statistics.median(bare), "×", RATIO_TARGET,
            note="pandas installed, not imported"),
    ]


def main(argv=None) -> int:
    return common.main(run, argv, __doc__)


if __name__ == "__main__":
    sys.exit(main())
