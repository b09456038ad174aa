"""At start-up a database that another program holds is not called damaged: the app says
so in one sentence and offers no restore."""

from __future__ import annotations

import sqlite3

from PySide6.QtWidgets import QMessageBox

from assessor.store import Store


def test_a_locked_database_is_not_offered_a_restore(qtbot, tmp_path, monkeypatch):
    from ui import app as app_module

    path = tmp_path / "class.db"
    Store.open(path).close()
    other = sqlite3.connect(str(path))
    other.execute("PRAGMA locking_mode=EXCLUSIVE")
    other.execute("BEGIN EXCLUSIVE")
    real = sqlite3.connect
    monkeypatch.setattr(sqlite3, "connect", lambda *a, **k: real(*a, **{**k, "timeout": 0.1}))
    said, asked = [], []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: said.append(a[2]))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.No)
    try:
        assert app_module.start(["--db", str(path), "--lang", "en"]) is None
    finally:
        other.close()
    assert not asked  # no restore offered
    assert said and "Another program is using the database" in said[0] and "damaged" not in said[0]
