"""The one writer: a thread that owns the classroom's :class:`~assessor.store.Store` and runs every call in turn.

Request handlers never touch the database themselves. They hand a function to
:meth:`Writer.run` and await its result; the function runs on the writer thread with
the writer's store, so the engine's committed transactions happen one after another
on one connection, exactly as in participant mode. A reply is sent only after the
function returned, i.e. after the commit (``synchronous=FULL``): what a phone is told is
saved is on the laptop's disk. The same shape as Datasette's ``execute_write_fn``.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
import queue
import threading
from typing import Callable

log = logging.getLogger(__name__)

_STOP = object()


class Writer:
    """One thread, one store, one queue. ``open_store`` runs on the thread (sqlite3 connections belong to it)."""

    def __init__(self, open_store: Callable[[], object], name: str = "classroom-writer"):
        self._open_store = open_store
        self._queue: queue.SimpleQueue = queue.SimpleQueue()
        self._ready = threading.Event()
        self._error: BaseException | None = None
        self.store = None
        self._thread = threading.Thread(target=self._loop, name=name, daemon=True)

    def start(self) -> "Writer":
        """Start the writer thread and wait until its store is open; its opening error is raised here."""
        self._thread.start()
        self._ready.wait()
        if self._error is not None:
            raise self._error
        return self

    def _loop(self) -> None:
        try:
            self.store = self._open_store()
        except BaseException as exc:  # reported by start()
            self._error = exc
            self._ready.set()
            return
        self._ready.set()
        try:
            while True:
                item = self._queue.get()
                if item is _STOP:
                    break
                fn, args, future = item
                if not future.set_running_or_notify_cancel():
                    continue
                try:
                    future.set_result(fn(self.store, *args))
                except BaseException as exc:
                    future.set_exception(exc)
        finally:
            self.store.close()

    def submit(self, fn: Callable, *args) -> concurrent.futures.Future:
        """Queue ``fn(store, *args)``; the future holds its result or its exception."""
        future: concurrent.futures.Future = concurrent.futures.Future()
        if not self._thread.is_alive():
            future.set_exception(RuntimeError("the classroom writer has stopped"))
            return future
        self._queue.put((fn, args, future))
        return future

    async def run(self, fn: Callable, *args):
        """Run ``fn(store, *args)`` on the writer thread and await its result (or exception)."""
        return await asyncio.wrap_future(self.submit(fn, *args))

    def call(self, fn: Callable, *args, timeout: float | None = 30.0):
        """The same from a plain thread (the app's window, the CLI): blocks until done."""
        return self.submit(fn, *args).result(timeout)

    def stop(self, timeout: float = 10.0) -> None:
        """Finish the queued calls, then close the store."""
        if self._thread.is_alive():
            self._queue.put(_STOP)
            self._thread.join(timeout)
