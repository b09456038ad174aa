"""Serving one session to phones: the writer, the room and uvicorn, started and stopped together.

:class:`ClassroomServer` runs uvicorn on its own thread with its own event loop, so the
app's Qt event loop (or the CLI's main thread) is never blocked by it; every database call
goes through the one writer thread. The server binds only while the session is open: it
refuses to start for a closed session and stops itself within a few seconds of the
session being closed (in the app or another window), or when :meth:`stop` is called.
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import logging
import socket
import threading
import time
from pathlib import Path

import uvicorn

from assessor.classroom.room import Room
from assessor.classroom.web import create_app
from assessor.classroom.writer import Writer
from assessor.errors import AssessorError

log = logging.getLogger(__name__)

DEFAULT_PORT = 8765
SWEEP_S = 2.0


def lan_addresses() -> list[str]:
    """This computer's private IPv4 addresses (the hotspot's or router's network), best first.

    Read from the host's own name and interfaces; no packet leaves the computer.
    """
    found: list[str] = []
    with contextlib.suppress(OSError):
        for info in socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET):
            found.append(info[4][0])
    with contextlib.suppress(OSError):
        # A UDP "connect" only picks the outgoing interface; it sends nothing.
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
            s.connect(("10.255.255.255", 1))
            found.append(s.getsockname()[0])
    private = []
    for a in dict.fromkeys(found):
        ip = ipaddress.ip_address(a)
        if ip.is_private and not ip.is_loopback and not ip.is_link_local:
            private.append(a)
    # Windows' mobile hotspot is 192.168.137.1; pocket routers hand out 192.168.x.y.
    return sorted(private, key=lambda a: (not a.startswith("192.168."), a))


class ClassroomServer:
    """The web server for one open session. ``start()`` returns once it listens; ``stop()`` ends it."""

    def __init__(self, db_path: str | Path, session_id: str, host: str = "0.0.0.0", port: int = DEFAULT_PORT,
                 *, clock=time.monotonic):
        self.db_path, self.session_id, self.host, self.port = Path(db_path), session_id, host, port
        self.clock = clock
        self.writer: Writer | None = None
        self.room: Room | None = None
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self.stopped = threading.Event()
        self.failure: BaseException | None = None

    # -- start and stop ----------------------------------------------------------
    def start(self, timeout: float = 15.0) -> "ClassroomServer":
        """Open the writer and the room, then listen. Raises AssessorError (closed session, port taken)."""
        from assessor.store import Store

        self.writer = Writer(lambda: Store.open(self.db_path)).start()
        try:
            self.room = self.writer.call(Room.open, self.session_id, self.clock)
        except BaseException:
            self.writer.stop()
            raise
        app = create_app(self.room, self.writer, lifespan=self._lifespan)
        config = uvicorn.Config(app, host=self.host, port=self.port, log_level="warning", access_log=False,
                                lifespan="on", timeout_keep_alive=30, server_header=False, date_header=False)
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._run, name="classroom-server", daemon=True)
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                self.writer.stop()
                raise AssessorError(f"The classroom server could not listen on {self.host}:{self.port} "
                                    "(is another program using that port?).", code="port_in_use",
                                    host=self.host, port=self.port)
            time.sleep(0.02)
        if self.port == 0:  # a free port was asked for: read the one taken
            self.port = self._server.servers[0].sockets[0].getsockname()[1]
        return self

    def _run(self) -> None:
        try:
            self._server.run()
        except BaseException as exc:  # pragma: no cover - reported through start()/failure
            self.failure = exc
            log.exception("classroom server stopped")
        finally:
            self.stopped.set()

    @contextlib.asynccontextmanager
    async def _lifespan(self, app):
        task = asyncio.create_task(self._sweeper())
        try:
            yield
        finally:
            task.cancel()

    async def _sweeper(self) -> None:
        """Time out attempts whose time is up; stop serving once the session is closed."""
        while True:
            await asyncio.sleep(SWEEP_S)
            try:
                still_open = await self.writer.run(self.room.sweep)
            except Exception:  # a failing disk must not stop the sweeps; the requests report it
                log.exception("classroom sweep failed")
                continue
            if not still_open:
                log.info("session %s was closed: the classroom server stops", self.session_id)
                self._server.should_exit = True
                return

    def stop(self, timeout: float = 10.0) -> None:
        """Stop listening, finish the queued writes and close the store."""
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout)
        if self.writer is not None:
            self.writer.stop()

    @property
    def running(self) -> bool:
        """Whether the server thread is up."""
        return self._thread is not None and self._thread.is_alive()

    # -- for the facilitator ---------------------------------------------------------
    @property
    def join_code(self) -> str:
        """The short code participants type to join."""
        return self.room.join_code

    def urls(self) -> list[str]:
        """Addresses phones can open (the first is the one to show), each with the join code."""
        if self.host in ("0.0.0.0", ""):
            hosts = lan_addresses() or ["127.0.0.1"]
        else:
            hosts = [self.host]
        return [f"http://{h}:{self.port}/?j={self.join_code}" for h in hosts]

    def live(self) -> list[dict]:
        """Rows of the live view (see Room.live); blocks briefly for the writer."""
        return self.writer.call(self.room.live)

    def allow_resume(self, participant_id: str) -> None:
        """Let a participant carry on from another phone, once within ten minutes (the old phone's secret stays valid)."""
        self.writer.call(self.room.allow_resume, participant_id)


def qr_png(text: str, scale: int = 8) -> bytes:
    """A QR code of ``text`` as PNG bytes (segno), for the facilitator's screen."""
    import io

    import segno

    buffer = io.BytesIO()
    segno.make(text, error="m").save(buffer, kind="png", scale=scale, border=2)
    return buffer.getvalue()


def qr_text(text: str) -> str:
    """The same QR code drawn with block characters, for a terminal."""
    import io

    import segno

    buffer = io.StringIO()
    segno.make(text, error="m").terminal(out=buffer, compact=True)
    return buffer.getvalue()
