"""`assessor serve` killed (SIGKILL) while phones answer, then started again: nothing acknowledged is lost,
every phone goes on with its secret, and the answers it kept while the laptop was gone are stored once."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from assessor.classroom.room import Room
from assessor.ids import stable_id
from assessor.store import Store

from benchmarks.classroom_load import classroom
from tests.assessor.classroom_helpers import make_classroom

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve(db, session_id, port) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-m", "assessor", "--db", str(db), "serve", "--session", session_id,
                             "--host", "127.0.0.1", "--port", str(port), "--no-qr"], cwd=ROOT,
                            env={**os.environ, "PYTHONPATH": str(ROOT)}, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)
    deadline = time.monotonic() + 30
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return proc
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                raise AssertionError(f"assessor serve did not start: {proc.stdout.read()}")
            time.sleep(0.05)


@pytest.mark.slow
def test_sigkill_mid_load_loses_nothing_acknowledged_and_queued_answers_land_once(tmp_path):
    db = tmp_path / "kill.db"
    info = make_classroom(db, people=12, questions=10, time_limit_min=None, show_score=False, confidence=False)
    with Store.open(db) as store:
        join = Room.open(store, info["session_id"]).join_code
    port = free_port()
    holder = {"proc": serve(db, info["session_id"], port)}
    outage = asyncio.Event()

    async def load():
        async def killer():
            await asyncio.sleep(5.0)
            holder["proc"].send_signal(signal.SIGKILL)
            holder["proc"].wait()
            outage.set()
            await asyncio.sleep(1.5)
            holder["proc"] = await asyncio.get_running_loop().run_in_executor(
                None, serve, db, info["session_id"], port)
            outage.clear()

        task = asyncio.create_task(killer())
        out = await classroom(f"http://127.0.0.1:{port}", join, info["codes"], 8, think=(0.5, 1.5), outage=outage)
        await task
        return out

    try:
        out = asyncio.run(load())
    finally:
        holder["proc"].send_signal(signal.SIGTERM)
        holder["proc"].wait(20)
    assert out.errors == []
    assert len(out.made) == 12 and out.resends > 0  # phones really kept answers while the laptop was gone
    with Store.open(db) as store:
        for attempt_id, made in out.made.items():
            stored = [e.id for e in store.attempts.events(attempt_id)]
            acked = {stable_id("classroom-event", attempt_id, cid) for cid in out.acked[attempt_id]}
            expected = {stable_id("classroom-event", attempt_id, cid) for cid in made}
            assert acked <= set(stored)  # nothing acknowledged was lost
            assert sorted(stored) == sorted(expected)  # every answer made, each exactly once
