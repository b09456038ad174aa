"""The pieces of the classroom benchmark: the served process, the floor server and the simulated phones.

    python -m benchmarks.classroom_load serve --db DB --session ID --port N --report OUT.json
    python -m benchmarks.classroom_load floor --db DB --port N

``serve`` runs :class:`~assessor.classroom.server.ClassroomServer` in a thread exactly as the
app does, while its main thread stands in for the Qt event loop: it ticks every 10 ms and,
every 2 s, asks for the live view without waiting (as the window does); the longest late
tick is the time the facilitator's window would have been blocked. On SIGTERM it writes
that and its peak memory to ``--report``.

``floor`` is the least a durable server can do: a bare Starlette app under uvicorn whose
one writer thread inserts one row per answer and commits (WAL, synchronous=FULL) before
replying. Loopback only.
"""

from __future__ import annotations

import argparse
import asyncio
import concurrent.futures
import functools
import json
import queue
import random
import resource
import signal
import sqlite3
import ssl
import sys
import threading
import time
import uuid
from dataclasses import dataclass, field

HOST = "127.0.0.1"


# -- the served process ------------------------------------------------------------------
def serve(db: str, session: str, port: int, report: str) -> int:
    from assessor.classroom.server import ClassroomServer

    server = ClassroomServer(db, session, host=HOST, port=port).start()
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    print("ready", flush=True)
    worst, pending, next_live = 0.0, None, time.monotonic() + 2.0
    last = time.monotonic()
    while not stop.is_set():
        time.sleep(0.01)
        now = time.monotonic()
        worst = max(worst, now - last - 0.01)
        last = now
        if pending is not None and pending.done():
            pending.result()
            pending = None
        if pending is None and now >= next_live:
            pending = server.writer.submit(server.room.live)
            next_live = now + 2.0
    server.stop()
    with open(report, "w") as fh:
        json.dump({"max_stall_ms": worst * 1000.0,
                   "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}, fh)
    return 0


# -- the floor ------------------------------------------------------------------------------
def floor(db: str, port: int) -> int:
    import uvicorn
    from starlette.applications import Starlette
    from starlette.responses import JSONResponse
    from starlette.routing import Route

    jobs: queue.SimpleQueue = queue.SimpleQueue()

    def writer():
        conn = sqlite3.connect(db)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("CREATE TABLE IF NOT EXISTS answers (id TEXT PRIMARY KEY, phone TEXT, question TEXT, value TEXT)")
        conn.commit()
        while True:
            row, future = jobs.get()
            try:
                with conn:
                    conn.execute("INSERT OR IGNORE INTO answers VALUES (?, ?, ?, ?)", row)
                future.set_result(True)
            except Exception as exc:  # reported to the phone as an error
                future.set_exception(exc)

    threading.Thread(target=writer, daemon=True).start()

    async def answer(request):
        data = await request.json()
        future: concurrent.futures.Future = concurrent.futures.Future()
        jobs.put(((data["id"], str(data["phone"]), data["question"], json.dumps(data["value"])), future))
        await asyncio.wrap_future(future)
        return JSONResponse({"saved": True})

    async def page(request):
        return JSONResponse({"ok": True})

    app = Starlette(routes=[Route("/", page), Route("/answer", answer, methods=["POST"])])
    print("ready", flush=True)
    uvicorn.run(app, host=HOST, port=port, log_level="warning", access_log=False)
    return 0


# -- the phones ------------------------------------------------------------------------------
@functools.cache
def _tls_context() -> ssl.SSLContext:
    """One TLS context for all simulated phones (never used on plain http, but httpx builds one per client).

    Each ``httpx.AsyncClient`` otherwise loads the CA bundle afresh: about 37 ms of this process's CPU
    per phone, 3.7 s for 100 phones arriving within 2 s on one event loop. That stalled every phone's
    timing and was the whole of the 1.5 s "slowest check-in" first measured; real phones each have
    their own CPU. The server's work is unchanged.
    """
    return ssl.create_default_context()


@dataclass
class Results:
    checkin_ms: list[float] = field(default_factory=list)
    ack_ms: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    acked: dict[str, set] = field(default_factory=dict)  # attempt id -> client event ids acknowledged
    made: dict[str, set] = field(default_factory=dict)  # attempt id -> client event ids made
    resends: int = 0


def valid_answer(q: dict):
    kind = q["type"]
    if kind == "single":
        return q["options"][0]["key"]
    if kind == "multiple":
        return sorted({q["options"][0]["key"], q["options"][-1]["key"]})
    if kind == "truefalse":
        return True
    if kind == "short":
        return "Bapas"
    if kind == "numerical":
        return "7"
    return [r["value"] for r in q["right"]][: len(q["left"])]


async def phone(base: str, join: str, code: str, n_answers: int, think: tuple[float, float], arrive_s: float,
                out: Results, *, floor_mode: bool = False, rng: random.Random, outage: asyncio.Event | None = None,
                ping_s: float = 10.0) -> None:
    """One participant: open the page, check in, answer with think times, keep unsent answers and resend them."""
    import httpx

    await asyncio.sleep(rng.uniform(0, arrive_s))
    async with httpx.AsyncClient(base_url=base, timeout=15.0, verify=_tls_context()) as client:
        if floor_mode:
            t0 = time.perf_counter()
            await client.get("/")
            out.checkin_ms.append((time.perf_counter() - t0) * 1000)
            for k in range(n_answers):
                await asyncio.sleep(rng.uniform(*think))
                body = {"id": uuid.uuid4().hex, "phone": code, "question": f"q{k}", "value": "A"}
                t0 = time.perf_counter()
                r = await client.post("/answer", json=body)
                out.ack_ms.append((time.perf_counter() - t0) * 1000)
                if r.status_code != 200:
                    out.errors.append(f"floor {r.status_code}")
            return
        t0 = time.perf_counter()
        await client.get("/")
        headers = {"X-Assessor-CSRF": client.cookies["assessor_csrf"]}
        r = await client.post("/api/checkin", json={"join": join, "code": code, "lang": "id"}, headers=headers)
        out.checkin_ms.append((time.perf_counter() - t0) * 1000)
        if r.status_code != 200:
            out.errors.append(f"checkin {r.status_code} {r.text[:80]}")
            return
        paper = r.json()
        attempt, secret, questions = paper["attempt"], paper["secret"], paper["questions"]
        out.acked[attempt], out.made[attempt] = set(), set()
        unsent: list[dict] = []
        last_ping = time.monotonic()

        async def send(event: dict, measured: bool) -> bool:
            body = {"join": join, "attempt": attempt, "secret": secret, **event}
            t = time.perf_counter()
            try:
                resp = await client.post("/api/event", json=body, headers=headers)
            except httpx.TransportError:
                return False
            if resp.status_code >= 500:
                return False
            if measured:
                out.ack_ms.append((time.perf_counter() - t) * 1000)
            if resp.status_code == 200 and resp.json().get("saved"):
                out.acked[attempt].add(event["id"])
                return True
            out.errors.append(f"event {resp.status_code} {resp.text[:80]}")
            return True  # refused: not to be resent

        async def flush() -> None:
            # Only an answer's first try, sent with nothing queued before it, is timed: the acknowledgement
            # latency a participant sees. Resends after an outage are counted, not timed.
            while unsent:
                first_try = len(unsent) == 1 and unsent[0]["id"] not in tried
                tried.add(unsent[0]["id"])
                if not await send(unsent[0], first_try and (outage is None or not outage.is_set())):
                    return
                unsent.pop(0)

        tried: set = set()
        for k in range(n_answers):
            await asyncio.sleep(rng.uniform(*think))
            q = questions[k % len(questions)]
            event = {"id": uuid.uuid4().hex, "question": q["id"], "kind": "answer", "value": valid_answer(q)}
            out.made[attempt].add(event["id"])
            if unsent:
                out.resends += 1
            unsent.append(event)
            await flush()
            if time.monotonic() - last_ping >= ping_s:
                last_ping = time.monotonic()
                try:
                    await client.post("/api/ping", json={"join": join, "attempt": attempt, "secret": secret,
                                                         "position": k % len(questions)}, headers=headers)
                except httpx.TransportError:
                    pass
        deadline = time.monotonic() + 60
        while unsent and time.monotonic() < deadline:  # the page keeps trying until the laptop is back
            await asyncio.sleep(0.5)
            await flush()
        if unsent:
            out.errors.append(f"{len(unsent)} answers never sent")


async def classroom(base: str, join: str, codes: list[str], n_answers: int, think=(1.0, 3.0), arrive_s: float = 2.0,
                    floor_mode: bool = False, seed: int = 1, outage: asyncio.Event | None = None) -> Results:
    out = Results()
    rng = random.Random(seed)
    await asyncio.gather(*(phone(base, join, c, n_answers, think, arrive_s, out, floor_mode=floor_mode,
                                 rng=random.Random(rng.random()), outage=outage) for c in codes))
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("serve")
    s.add_argument("--db", required=True)
    s.add_argument("--session", required=True)
    s.add_argument("--port", type=int, required=True)
    s.add_argument("--report", required=True)
    f = sub.add_parser("floor")
    f.add_argument("--db", required=True)
    f.add_argument("--port", type=int, required=True)
    args = ap.parse_args(argv)
    if args.cmd == "serve":
        return serve(args.db, args.session, args.port, args.report)
    return floor(args.db, args.port)


if __name__ == "__main__":
    sys.exit(main())
