"""Power-cut durability: kill the answering process with SIGKILL at random moments.

A driver subprocess answers through the engine and prints each change after the
engine call returned. The parent kills it after a random delay, re-opens the
database and checks that every acknowledged change is stored, in order, that at
most one more change (committed, killed before it could print) is there, and that
nothing stored earlier changed. 5 participants x 11 kills = 55 kills.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from assessor.store import Store
from tests.assessor.test_engine import make_session

ROOT = Path(__file__).resolve().parents[2]
DRIVER = Path(__file__).with_name("_answer_driver.py")
RUNS, KILLS_PER_RUN = 5, 11


def _start(db, session_id, code, seed):
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen([sys.executable, str(DRIVER), str(db), session_id, code, str(seed)], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    lines: list[str] = []
    ready = threading.Event()

    def read():
        for line in proc.stdout:  # a line without its newline was cut by the kill: not acknowledged
            if line.endswith("\n"):
                lines.append(line)
                ready.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    return proc, lines, ready, reader


def _matches(event, ack) -> bool:
    return (event.question_id == ack["q"] and event.kind == ack["kind"] and event.value == ack["value"]
            and ("id" not in ack or ack["id"] == event.id))


@pytest.mark.slow
def test_no_acknowledged_answer_is_lost_when_killed(tmp_path):
    db = tmp_path / "durable.db"
    store = Store.open(db)
    session, _ = make_session(store)
    cohort_id = session.cohort_id
    from assessor.people.cohorts import Participant

    codes = [f"K-{i}" for i in range(RUNS)]
    store.cohorts.add_participants(cohort_id, [Participant(cohort_id, c) for c in codes])
    store.close()
    rng = random.Random(20260302)
    kills = 0
    for run, code in enumerate(codes):
        attempt_id = None
        for k in range(KILLS_PER_RUN):
            with Store.open(db) as before_store:
                before = before_store.attempts.events(attempt_id) if attempt_id else []
            proc, lines, ready, reader = _start(db, session.id, code, seed=run * 100 + k)
            assert ready.wait(30), proc.stderr.read() if proc.poll() is not None else "driver did not start"
            time.sleep(rng.uniform(0.02, 0.35))
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait(10)
            reader.join(10)
            kills += 1
            head = json.loads(lines[0])
            attempt_id = attempt_id or head["ready"]
            assert head["ready"] == attempt_id, "the relaunched driver resumed a different attempt"
            acked = [json.loads(line) for line in lines[1:]]
            with Store.open(db) as after_store:
                after = after_store.attempts.events(attempt_id)
                attempts = after_store.attempts.for_participant(session.id, after_store.cohorts.participant_by_code(
                    cohort_id, code).id)
            # Nothing stored before this run changed.
            assert after[:len(before)] == before
            new = after[len(before):]
            # Every acknowledged change is there, in order; at most one more (committed, not yet printed).
            assert len(acked) <= len(new) <= len(acked) + 1, (run, k, len(acked), len(new))
            for event, ack in zip(new, acked):
                assert _matches(event, ack), (event, ack)
            assert len({e.id for e in after}) == len(after)
            assert [a.status for a in attempts] == ["in_progress"]
    assert kills >= 50
