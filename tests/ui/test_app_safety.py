"""App start-up safety: one app per database, the integrity check, the error dialog and log."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from assessor.safety import backup as bk
from assessor.safety.applock import AppLock
from assessor.store import Store


@pytest.fixture(autouse=True)
def _restore_hooks():
    hook = sys.excepthook
    handlers = list(logging.getLogger().handlers)
    yield
    sys.excepthook = hook
    for h in logging.getLogger().handlers:
        if h not in handlers:
            logging.getLogger().removeHandler(h)
            h.close()


def _demo_db(tmp_path) -> Path:
    from assessor.demo import build_demo

    path = tmp_path / "class.db"
    with Store.open(path) as s:
        build_demo(s, seed=1)
    return path


def test_second_app_on_the_same_database_gets_a_clear_message(qtbot, tmp_path, monkeypatch):
    from ui import app as app_module

    path = tmp_path / "x.db"
    said = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: said.append(a[2]))
    with AppLock(path):
        assert app_module.start(["--db", str(path), "--lang", "en"]) is None
    assert said and said[0].startswith("Assessor is already open on this database (pid ")
    assert "Use that window, or close it first." in said[0]
    window = app_module.start(["--db", str(path), "--lang", "en"])  # once the other app is gone, it opens
    qtbot.addWidget(window)
    assert window.app_lock.held
    with pytest.raises(Exception, match="already open"):
        AppLock(path).acquire()
    window.app_lock.release()


def _damage(path: Path) -> None:
    with Store.open(path, migrate=False) as s:
        s.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(path.read_bytes())
    for page in range(3, len(data) // 4096 - 1):
        data[page * 4096 + 10: page * 4096 + 200] = b"\xff" * 190
    path.write_bytes(bytes(data))
    assert bk.quick_check(path)


def test_damaged_database_offers_the_newest_good_backup(qtbot, tmp_path, monkeypatch):
    from ui import app as app_module

    path = _demo_db(tmp_path)
    with Store.open(path) as s:
        good = bk.backup(s)
        people = s.db["participants"].count
    _damage(path)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.Yes)
    window = app_module.start(["--db", str(path), "--lang", "en"])
    qtbot.addWidget(window)
    assert "is damaged, so Assessor will not write to it" in asked[0]
    assert bk.quick_check(path) == []
    assert window.store.db["participants"].count == people
    assert window.store.audit.list(1)[0].details["source"] == good.name
    window.app_lock.release()


def test_damaged_database_is_left_alone_when_the_user_declines_or_there_is_no_backup(qtbot, tmp_path, monkeypatch):
    from ui import app as app_module

    path = _demo_db(tmp_path)
    with Store.open(path) as s:
        bk.backup(s)
    _damage(path)
    damaged = path.read_bytes()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.No)
    assert app_module.start(["--db", str(path), "--lang", "en"]) is None
    assert path.read_bytes() == damaged
    for b in bk.list_backups(path):
        b.path.unlink()
    said = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: said.append(a[2]))
    assert app_module.start(["--db", str(path), "--lang", "en"]) is None
    assert "no good backup" in said[0] and path.read_bytes() == damaged
    AppLock(path).acquire().release()  # the refused start did not keep the lock


def test_unexpected_error_is_logged_and_shown_as_one_sentence(qtbot, tmp_path, monkeypatch):
    from assessor.safety.logs import setup_file_logging
    from ui import errors

    log_file = setup_file_logging(tmp_path)
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: shown.append(a[2]))
    hook = errors.install(log_file)
    try:
        raise ZeroDivisionError("boom in a slot")
    except ZeroDivisionError:
        sys.excepthook(*sys.exc_info())
    assert hook.shown == shown
    assert "Traceback" not in shown[0] and "ZeroDivisionError" not in shown[0]
    assert str(log_file) in shown[0]
    for h in logging.getLogger().handlers:
        h.flush()
    text = log_file.read_text(encoding="utf-8")
    assert "ZeroDivisionError: boom in a slot" in text and "Traceback" in text
    import sqlite3

    try:
        raise sqlite3.OperationalError("database or disk is full")
    except sqlite3.OperationalError:
        sys.excepthook(*sys.exc_info())
    assert shown[1].startswith("The disk is full")  # its own sentence, never "damaged"


def test_the_app_demo_runs_on_its_own_database_never_the_facilitators(qtbot, tmp_path):
    from assessor.people.cohorts import Cohort
    from ui import app as app_module

    real = tmp_path / "real.db"
    with Store.open(real) as s:
        s.cohorts.save(Cohort("Real training Bandung"))
    before = real.read_bytes()
    window = app_module.start(["--demo", "--db", str(real), "--lang", "en"])
    qtbot.addWidget(window)
    assert Path(window.store.path).resolve() != real.resolve()
    cohorts = window.store.cohorts.list()
    assert len(cohorts) == 3 and all(c.demo for c in cohorts)
    window.close()
    assert real.read_bytes() == before
