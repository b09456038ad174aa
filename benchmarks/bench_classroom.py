"""Benchmark: classroom mode, simulated phones answering on loopback, against a bare durable floor.

Phones are asyncio clients (httpx), one connection each, all arriving within 2 s (a room
scanning the QR code at once). Each opens the page, checks in and answers with think
times of 1-3 s (real think times, never scaled down; QUICK mode answers fewer
questions). Every acknowledgement is timed from the request to the reply, which the
server sends only after the durable commit. The floor is a bare Starlette app under
uvicorn that commits one row per answer on one writer thread, loaded the same way
just before; the classroom server runs in its own process exactly as in the app (its
main thread standing in for the Qt event loop). Then the server is SIGKILLed in the middle
of a run and restarted: phones keep unsent answers and resend them, and the database is
checked answer by answer.

    python -m benchmarks.bench_classroom [--quick] [--json]
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from benchmarks import common
from benchmarks.common import ROOT, Row

TARGET_CHECKIN_MS = 1000.0
TARGET_ACK_P99_MS = 30.0
TARGET_RATIO = 3.0
TARGET_RSS_MB = 300.0
TARGET_STALL_MS = 100.0


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_listening(port: int, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1.0):
                return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def _start(args: list[str]) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-m", "benchmarks.classroom_load", *args], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = proc.stdout.readline()
    if line.strip() != "ready":
        proc.kill()
        raise RuntimeError(f"server did not start: {line}{proc.stderr.read()[-2000:]}")
    _wait_listening(int(args[args.index("--port") + 1]))
    return proc


def _stop(proc: subprocess.Popen) -> None:
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(30)
    except subprocess.TimeoutExpired:
        proc.kill()


def _room(tmp: Path, name: str, phones: int, questions: int) -> tuple[Path, dict, str]:
    from assessor.classroom.room import Room
    from assessor.store import Store
    from tests.assessor.classroom_helpers import make_classroom

    db = tmp / f"{name}.db"
    info = make_classroom(db, people=phones, questions=questions, time_limit_min=None, show_score=False,
                          confidence=False)
    with Store.open(db) as store:
        join = Room.open(store, info["session_id"]).join_code
    return db, info, join


def run_floor(tmp: Path, phones: int, answers: int) -> np.ndarray:
    from benchmarks.classroom_load import classroom

    port = _free_port()
    proc = _start(["floor", "--db", str(tmp / f"floor{phones}.db"), "--port", str(port)])
    try:
        out = asyncio.run(classroom(f"http://127.0.0.1:{port}", "", [f"F{i}" for i in range(phones)], answers,
                                    floor_mode=True))
    finally:
        _stop(proc)
    if out.errors:
        raise RuntimeError(f"floor errors: {out.errors[:3]}")
    return np.array(out.ack_ms)


def run_classroom(tmp: Path, phones: int, answers: int) -> dict:
    from benchmarks.classroom_load import classroom

    db, info, join = _room(tmp, f"classroom{phones}", phones, 40)
    port = _free_port()
    report = tmp / f"report{phones}.json"
    proc = _start(["serve", "--db", str(db), "--session", info["session_id"], "--port", str(port),
                   "--report", str(report)])
    try:
        out = asyncio.run(classroom(f"http://127.0.0.1:{port}", join, info["codes"], answers))
    finally:
        _stop(proc)
    served = json.loads(report.read_text())
    return {"checkin": np.array(out.checkin_ms), "ack": np.array(out.ack_ms), "errors": out.errors, **served}


def run_kill(tmp: Path, phones: int, answers: int) -> dict:
    """SIGKILL the server in the middle of the load, restart it, and check every answer in the database."""
    from assessor.ids import stable_id
    from assessor.store import Store
    from benchmarks.classroom_load import classroom

    db, info, join = _room(tmp, "kill", phones, 40)
    port = _free_port()
    args = ["serve", "--db", str(db), "--session", info["session_id"], "--port", str(port),
            "--report", str(tmp / "kill.json")]
    holder = {"proc": _start(args)}
    outage = asyncio.Event()

    async def load():
        async def killer():
            await asyncio.sleep(2.0 + answers * 1.0)  # about half-way
            holder["proc"].send_signal(signal.SIGKILL)
            holder["proc"].wait()
            outage.set()
            await asyncio.sleep(2.0)  # the laptop is gone for a while
            holder["proc"] = await asyncio.get_running_loop().run_in_executor(None, _start, args)
            outage.clear()

        kill = asyncio.create_task(killer())
        out = await classroom(f"http://127.0.0.1:{port}", join, info["codes"], answers, outage=outage)
        await kill
        return out

    try:
        out = asyncio.run(load())
    finally:
        _stop(holder["proc"])
    lost = landed_twice = missing = 0
    with Store.open(db) as store:
        for attempt_id, made in out.made.items():
            stored = [e.id for e in store.attempts.events(attempt_id)]
            expected = {stable_id("classroom-event", attempt_id, cid) for cid in made}
            acked = {stable_id("classroom-event", attempt_id, cid) for cid in out.acked[attempt_id]}
            lost += len(acked - set(stored))
            missing += len(expected - set(stored))
            landed_twice += len(stored) - len(set(stored)) + len(set(stored) - expected)
    return {"lost": lost, "missing": missing, "twice": landed_twice, "resends": out.resends,
            "acked": sum(len(a) for a in out.acked.values()), "phones": len(out.made), "errors": out.errors}


def run(quick: bool = False) -> list[Row]:
    answers = 8 if quick else 40
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="assessor-bench-classroom-") as tmp:
        tmp = Path(tmp)
        for phones in (100, 300):
            floor = run_floor(tmp, phones, answers)
            real = run_classroom(tmp, phones, answers)
            f99, r50, r99 = np.percentile(floor, 99), np.percentile(real["ack"], 50), np.percentile(real["ack"], 99)
            what = f"{phones} phones, {answers} answers each, think 1-3 s"
            first = phones == 100
            rows += [
                Row(f"classroom check-in, slowest of {phones} arriving within 2 s (page + check-in)",
                    float(real["checkin"].max()), "ms", TARGET_CHECKIN_MS if first else None,
                    note=f"p50 {np.percentile(real['checkin'], 50):.0f} ms"),
                Row(f"classroom answer acknowledged after the durable commit: p50 ({what})", float(r50), "ms"),
                Row(f"classroom answer acknowledged: p99 ({phones} phones)", float(r99), "ms",
                    TARGET_ACK_P99_MS if first else None, note=f"{len(real['ack']):,} answers; max {real['ack'].max():.0f} ms"),
                Row(f"floor (bare Starlette, one durable row per answer): p99 ({phones} phones)", float(f99), "ms",
                    note=f"p50 {np.percentile(floor, 50):.1f} ms"),
                Row(f"classroom p99 / floor p99 ({phones} phones)", float(r99 / f99), "×", TARGET_RATIO if first else None),
                Row(f"classroom errors ({phones} phones)", float(len(real["errors"])), "", 0.0 if first else None,
                    note="; ".join(real["errors"][:2])),
                Row(f"classroom server peak memory ({phones} phones)", float(real["rss_mb"]), "MB",
                    TARGET_RSS_MB if first else None),
                Row(f"facilitator's event loop, longest stall while serving ({phones} phones)",
                    float(real["max_stall_ms"]), "ms", TARGET_STALL_MS if first else None),
            ]
        kill = run_kill(tmp, 100 if not quick else 50, 20 if not quick else 10)
        rows += [
            Row(f"server SIGKILLed mid-load and restarted: acknowledged answers lost ({kill['phones']} phones, "
                f"{kill['acked']:,} acknowledged)", float(kill["lost"]), "", 0.0),
            Row("after the restart: answers missing or stored twice", float(kill["missing"] + kill["twice"]), "", 0.0,
                note=f"{kill['resends']} answers queued on phones during the outage; errors: {len(kill['errors'])}"),
        ]
    return rows


def notes(rows: list[Row]) -> str:
    p99 = next(r for r in rows if r.name.startswith("classroom answer acknowledged: p99 (100"))
    ratio = next(r for r in rows if r.name.startswith("classroom p99 / floor p99 (100"))
    return (
        "**Classroom mode.** Simulated phones (asyncio, httpx, one connection each, loopback) open the page, check "
        "in and answer with think times of 1-3 s; every answer is acknowledged only after the engine's durable "
        f"commit on the one writer thread. With 100 phones the p99 acknowledgement is {common.fmt(p99.value)} ms, "
        f"{common.fmt(ratio.value)}× the floor measured just before on the same machine (a bare Starlette app "
        "committing one row per answer). The classroom server does more per answer than the floor: the "
        "resume-secret check, the session check, the engine's validation, an event row plus the attempt's "
        "place and time in one transaction, and pings every 10 s. The phones run in the benchmark's own "
        "process, so their client work is inside every figure, floor and classroom alike; they share one TLS "
        "context (httpx otherwise loads the CA bundle for each client, 37 ms of CPU per phone, which made "
        "100 arrivals within 2 s stall the phones' own event loop and was the whole of the 1.5 s slowest "
        "check-in first measured: one check-in costs the server about 2 ms). The run with 40 "
        "answers per phone is one repeat per size (4,000 and 12,000 timed answers); QUICK answers 8."
    )


def main(argv=None) -> int:
    return common.main(run, argv, __doc__, notes)


if __name__ == "__main__":
    sys.exit(main())
