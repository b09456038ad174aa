"""Benchmark: opening a big database and showing its cohort list.

Builds (untimed) a database with 1,000 cohorts of 100 participants each (100,000
participants), through the store in one transaction; every tenth cohort is a cascade
of an earlier one. Then, in a fresh process each time (Qt offscreen), times
``Store.open`` + ``store.cohorts.list()`` + filling the cohorts page's table model
(``ui.workspace.cohorts.models.CohortTableModel``) as ``CohortsPage.reload`` does; and, separately,
building the whole cohorts page and loading it (the list, plus the selected cohort's
roster and sessions). Median of repeats.

    python -m benchmarks.bench_open_big [--quick] [--json]
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from assessor.people.cohorts import Cohort, Participant
from assessor.ids import new_id
from assessor.store import Store

from benchmarks import common
from benchmarks.common import Row

TARGET_S = 1.0

CHILD = """
import sys, time
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
import assessor.store, ui.workspace.cohorts.models as cp, ui.workspace.cohorts.page as pages
t0 = time.perf_counter()
store = assessor.store.Store.open(sys.argv[1])
if sys.argv[2] == "model":
    cohorts = store.cohorts.list()
    names = {c.id: c.name for c in cohorts}
    model = cp.CohortTableModel()
    model.set_rows(cp.CohortRow(c.name, c.organisation, c.location, c.start_date, names.get(c.parent_id, ""), c)
                   for c in cohorts)
    assert model.rowCount() == int(sys.argv[3])
else:
    page = pages.CohortsPage(store)
    page.reload()
    assert page.cohorts_model.rowCount() == int(sys.argv[3])
    app.processEvents()
print(f"@@{time.perf_counter() - t0}")
"""


def build(path: Path, cohorts: int, per_cohort: int) -> None:
    store = Store.open(path)
    with store.atomic():
        made = []
        for c in range(cohorts):
            parent = made[c - 7] if c % 10 == 9 and c >= 7 else None
            cohort = store.cohorts.save(Cohort(
                name=f"Training {c:04d}", organisation=f"Org {c % 12}", location=f"City {c % 40}",
                start_date=f"{2020 + c % 7}-{1 + c % 12:02d}-{1 + c % 28:02d}", parent_id=parent, id=new_id()))
            made.append(cohort.id)
            store.cohorts.add_participants(cohort.id, [
                Participant(cohort.id, f"C{c:04d}-{i:03d}", name=f"Person {c}-{i}", sex=("female", "male")[i % 2])
                for i in range(per_cohort)])
    store.close()


def _child_seconds(db: Path, what: str, cohorts: int, env: dict) -> float:
    proc = subprocess.run([sys.executable, "-c", CHILD, str(db), what, str(cohorts)], cwd=common.ROOT, env=env,
                          capture_output=True, text=True, timeout=300)
    if proc.returncode != 0 or "@@" not in proc.stdout:
        raise RuntimeError(f"opening the big database failed ({proc.returncode}):\n{proc.stderr[-3000:]}")
    return float(proc.stdout.rsplit("@@", 1)[1].split()[0])


def run(quick: bool = False) -> list[Row]:
    cohorts, per_cohort, repeats = (100, 100, 1) if quick else (1000, 100, 5)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        db = tmp / "big.db"
        t0 = time.perf_counter()
        build(db, cohorts, per_cohort)
        built = time.perf_counter() - t0
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(common.ROOT),
               "XDG_CONFIG_HOME": str(tmp / "config"), "HOME": str(tmp)}
        _child_seconds(db, "model", cohorts, env)  # warm-up (page cache)
        model = [_child_seconds(db, "model", cohorts, env) for _ in range(repeats)]
        page = [_child_seconds(db, "page", cohorts, env) for _ in range(repeats)]
        size_mb = db.stat().st_size / 2**20
    what = f"{cohorts:,} cohorts, {cohorts * per_cohort:,} participants"
    return [
        Row(f"open a big database and fill the cohort list model ({what})", statistics.median(model), "s",
            TARGET_S, note=f"`Store.open` + `cohorts.list()` + `CohortTableModel`; database {size_mb:.0f} MB, "
                           f"built in {built:.0f} s (not timed)"),
        Row("open the same database and build + load the whole cohorts page", statistics.median(page), "s",
            TARGET_S, note="also the first cohort's roster and sessions"),
    ]


def main(argv=None) -> int:
    return common.main(run, argv, __doc__)


if __name__ == "__main__":
    sys.exit(main())
