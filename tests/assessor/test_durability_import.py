"""Power-cut durability on the facilitator side: SIGKILL during a bundle, folder or bank import.

A subprocess imports a results bundle (the demo cohorts) or a large GIFT bank into a
copy of the same database; the parent kills it after a random delay within the time a
full import takes. After every kill the database must pass its integrity check and
hold exactly the counts of before the import, or exactly those of a full import:
never a half import. 12 kills each. A folder of bundles (one per demo session, committed in
groups) must leave every bundle whole or absent.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from assessor.safety.backup import quick_check
from assessor.store import Store

ROOT = Path(__file__).resolve().parents[2]
KILLS = 12
TABLES = ("banks", "questions", "cohorts", "participants", "sessions", "attempts", "answer_events", "audit_log")

DRIVER = """
import sys, time
from assessor.store import Store
kind, db, source = sys.argv[1:4]
store = Store.open(db)
print("importing", flush=True)
t = time.perf_counter()
if kind in ("bundle", "folder"):
    from assessor.exchange import bundle, import_results
    if kind == "folder":
        bundle.GROUP_SECONDS = float(sys.argv[4])  # short groups: several commits in one import
    report = import_results(store, [source])
    assert {b.status for b in report.bundles} == {"imported"}, report.to_dict()
else:
    from assessor.banks.bankio import import_file
    import_file(store, source)
print("done", time.perf_counter() - t, flush=True)
"""


def _counts(db) -> dict:
    with Store.open(db, migrate=False) as s:
        return {t: s.db[t].count for t in TABLES}


def _start(kind, db, source, *extra):
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen([sys.executable, "-c", DRIVER, kind, str(db), str(source), *extra], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    line = proc.stdout.readline()
    assert line == "importing\n", proc.stderr.read()
    return proc


def _fresh(pristine: Path, work: Path) -> Path:
    for suffix in ("", "-wal", "-shm"):
        Path(str(work) + suffix).unlink(missing_ok=True)
    shutil.copyfile(pristine, work)
    return work


def _kill_during_imports(tmp_path, kind, source, seed):
    pristine = tmp_path / "pristine.db"
    with Store.open(pristine) as s:
        from assessor.banks.bankio import ensure_bundled_banks

        ensure_bundled_banks(s)
        s.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = _counts(pristine)

    # One full import: the counts after, and how long the import itself takes.
    work = _fresh(pristine, tmp_path / "work.db")
    proc = _start(kind, work, source)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    duration = float(out.split()[-1])
    full = _counts(work)
    assert full != before

    rng = random.Random(seed)
    outcomes = []
    for _ in range(KILLS):
        work = _fresh(pristine, tmp_path / "work.db")
        proc = _start(kind, work, source)
        time.sleep(rng.uniform(0.0, duration * 1.1))
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(10)
        assert quick_check(work) == []
        after = _counts(work)
        assert after in (before, full), f"half an import after a kill: {after}"
        outcomes.append("full" if after == full else "before")
    return outcomes


@pytest.mark.slow
def test_killed_bundle_import_leaves_all_or_nothing(tmp_path):
    from assessor.demo import build_demo
    from assessor.exchange import export_results

    with Store.open(tmp_path / "demo.db") as demo:
        build_demo(demo, seed=1)
        bundle = tmp_path / "demo.assessor-results"
        export_results(demo, bundle)
    outcomes = _kill_during_imports(tmp_path, "bundle", bundle, seed=9)
    assert "before" in outcomes  # delays start at 0 s, so some kills land before the commit


@pytest.mark.slow
def test_killed_bank_import_leaves_all_or_nothing(tmp_path):
    source = tmp_path / "big.gift"
    source.write_text("\n\n".join(
        f"::Q{i}:: Question number {i} about topic {i % 7}? {{=right {i} ~wrong a{i} ~wrong b{i} ~wrong c{i}}}"
        for i in range(3000)), encoding="utf-8")
    outcomes = _kill_during_imports(tmp_path, "bank", source, seed=11)
    assert "before" in outcomes


@pytest.mark.slow
def test_killed_folder_import_leaves_each_bundle_whole_or_absent(tmp_path):
    # One bundle per session of the demo, imported as a folder in groups of about 20 ms (several
    # commits, each holding one or more bundles): after any kill, every bundle is all there or
    # not there at all, answer events included.
    from assessor.demo import build_demo
    from assessor.exchange import export_results
    from assessor.exchange.container import RESULTS, read_container
    from assessor.exchange.records import from_members

    usb = tmp_path / "usb"
    with Store.open(tmp_path / "demo.db") as demo:
        build_demo(demo, seed=1)
        sessions = [s.id for s in demo.sessions.list()]
        for n, sid in enumerate(sessions):
            export_results(demo, usb / f"{n}.assessor-results", session_ids=[sid])
    bundles = []  # per bundle: {attempt id: number of answer events}
    for path in sorted(usb.iterdir()):
        records = from_members(read_container(path, None, expect=RESULTS).members, path)
        per = {a.id: 0 for a in records.attempts}
        for e in records.events:
            per[e.attempt_id] += 1
        bundles.append(per)
    assert len(bundles) >= 4 and all(bundles)

    pristine = tmp_path / "pristine.db"
    with Store.open(pristine) as s:
        s.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    proc = _start("folder", _fresh(pristine, tmp_path / "work.db"), usb, "0.02")
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    duration = float(out.split()[-1])
    rng = random.Random(13)
    outcomes = []
    for _ in range(KILLS):
        work = _fresh(pristine, tmp_path / "work.db")
        proc = _start("folder", work, usb, "0.02")
        time.sleep(rng.uniform(0.0, duration * 1.1))
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(10)
        assert quick_check(work) == []
        with Store.open(work, migrate=False) as s:
            stored = {a.id: len(s.attempts.events(a.id)) for sid in sessions for a in s.attempts.for_session(sid)}
        whole = 0
        for per in bundles:
            here = {a: stored[a] for a in per if a in stored}
            assert here in ({}, per), f"half a bundle after a kill: {len(here)} of {len(per)} attempts"
            whole += here == per
        outcomes.append(whole)
    assert 0 in outcomes  # delays start at 0 s, so some kills land before the first commit
    print("whole bundles after each kill:", outcomes, "of", len(bundles), "; a full import took", duration, "s")
