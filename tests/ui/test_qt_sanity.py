"""Guards against a Qt-binding bug that would crash the app hours into a session.

PySide6 6.12.0 returns ``True`` from ``Signal.emit()`` without taking a reference. On
Python 3.11 each emit from Python code (the runner emits on every answer) then lowers
the reference count of ``True`` by one, until the interpreter aborts with
"bool_dealloc: deallocating True or False". pyproject.toml keeps that release out;
this test fails if an installed binding has the bug.
"""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    fired = Signal(object)


def test_signal_emit_keeps_the_reference_count_of_true(qtbot):
    emitter = _Emitter()
    gc.collect()
    before = sys.getrefcount(True)
    for _ in range(200):
        emitter.fired.emit(1)
    gc.collect()
    assert sys.getrefcount(True) >= before - 5  # a few may be freed elsewhere; the bug loses 200
