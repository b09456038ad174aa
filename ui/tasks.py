"""The one helper for long work off the GUI thread: run, show progress, allow cancel.

``run_task(parent, fn, on_done=...)`` runs ``fn(progress)`` on a worker thread from
the global QThreadPool and calls ``on_done(result)`` or ``on_error(exc)`` back on
the GUI thread. ``fn`` must not touch widgets, and must open its own ``Store`` (a
sqlite3 connection belongs to its thread). A progress dialog appears when the work
takes longer than a moment; its Cancel button sets ``progress.cancelled`` and the
core raises :class:`~assessor.progress.Cancelled` at its next step.
"""

from __future__ import annotations

import logging
import traceback
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from assessor.progress import Cancelled, Progress

log = logging.getLogger(__name__)


class _Signals(QObject):
    progressed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()


class _Runner(QRunnable):
    def __init__(self, fn: Callable[[Progress], Any], signals: _Signals, progress: Progress):
        super().__init__()
        self.fn, self.signals, self.progress = fn, signals, progress
        self.setAutoDelete(True)

    def run(self) -> None:  # worker thread
        try:
            result = self.fn(self.progress)
        except Cancelled:
            self.signals.cancelled.emit()
        except Exception as exc:  # reported on the GUI thread
            log.error("background task failed:\n%s", traceback.format_exc())
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)


class Task(QObject):
    """A running task; keeps its signals alive until it ends."""

    done = Signal(object)
    error = Signal(object)
    cancelled = Signal()

    def __init__(self, parent: QObject | None, label: str, cancellable: bool, show_after_ms: int):
        super().__init__(parent)
        self.progress = Progress(self._report)
        self._signals = _Signals()
        self._signals.progressed.connect(self._on_progress, Qt.QueuedConnection)
        self._signals.finished.connect(self._on_finished, Qt.QueuedConnection)
        self._signals.failed.connect(self._on_failed, Qt.QueuedConnection)
        self._signals.cancelled.connect(self._on_cancelled, Qt.QueuedConnection)
        self.dialog: QProgressDialog | None = None
        if isinstance(parent, QWidget):
            self.dialog = QProgressDialog(label, self.tr("Cancel") if cancellable else "", 0, 0, parent)
            self.dialog.setWindowModality(Qt.WindowModal)
            self.dialog.setMinimumDuration(show_after_ms)
            self.dialog.setAutoClose(False)
            self.dialog.setAutoReset(False)
            if cancellable:
                self.dialog.canceled.connect(self.progress.cancel)
            else:
                self.dialog.setCancelButton(None)

    def _report(self, done: int, total: int) -> None:  # worker thread
        self._signals.progressed.emit(done, total)

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        if self.dialog is not None:
            self.dialog.setMaximum(max(total, 0))
            self.dialog.setValue(min(done, total) if total else 0)

    def _close(self) -> None:
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
        self.deleteLater()

    @Slot(object)
    def _on_finished(self, result) -> None:
        self._close()
        self.done.emit(result)

    @Slot(object)
    def _on_failed(self, exc) -> None:
        self._close()
        self.error.emit(exc)

    @Slot()
    def _on_cancelled(self) -> None:
        self._close()
        self.cancelled.emit()


def run_task(
    parent: QObject | None,
    fn: Callable[[Progress], Any],
    *,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    on_cancel: Callable[[], None] | None = None,
    label: str = "",
    cancellable: bool = True,
    show_after_ms: int = 400,
) -> Task:
    """Run ``fn(progress)`` off the GUI thread; callbacks run on the GUI thread."""
    task = Task(parent, label, cancellable, show_after_ms)
    if on_done:
        task.done.connect(on_done)
    if on_error:
        task.error.connect(on_error)
    if on_cancel:
        task.cancelled.connect(on_cancel)
    QThreadPool.globalInstance().start(_Runner(fn, task._signals, task.progress))
    return task


def run_with_store(
    parent: QObject | None,
    store,
    fn: Callable[[Any, Progress], Any],
    **kwargs,
) -> Task | None:
    """Run ``fn(store, progress)`` off the GUI thread on the worker's own connection.

    A file database is opened again by the worker (sqlite3 connections belong to their
    thread). An in-memory store cannot be shared, so ``fn`` then runs right here, and
    the callbacks are called directly: the seam tests use.
    """
    if store.path is None:
        progress = Progress()
        try:
            result = fn(store, progress)
        except Cancelled:
            if kwargs.get("on_cancel"):
                kwargs["on_cancel"]()
        except Exception as exc:  # reported like a worker failure
            if kwargs.get("on_error"):
                kwargs["on_error"](exc)
            else:
                raise
        else:
            if kwargs.get("on_done"):
                kwargs["on_done"](result)
        return None
    from assessor.store import Store

    path = store.path

    def work(progress: Progress):
        own = Store.open(path)
        try:
            return fn(own, progress)
        finally:
            own.close()

    return run_task(parent, work, **kwargs)
