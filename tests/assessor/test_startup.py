"""The one start-up sequence (lock, integrity check, restore offer, open, prepare, daily backup)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from assessor.cli import cli
from assessor.errors import Refused
from assessor.safety import backup as bk
from assessor.safety.applock import AppLock
from assessor.safety.startup import DatabaseDamaged, RestoreFailed, open_database
from assessor.store import Store


def _demo_db(tmp_path) -> Path:
    from assessor.demo import build_demo

    path = tmp_path / "class.db"
    with Store.open(path) as s:
        build_demo(s, seed=1)
    return path


def _damage(path: Path) -> None:
    with Store.open(path, migrate=False) as s:
        s.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(path.read_bytes())
    for page in range(3, len(data) // 4096 - 1):
        data[page * 4096 + 10: page * 4096 + 200] = b"\xff" * 190
    path.write_bytes(bytes(data))
    assert bk.quick_check(path)


def test_a_sound_database_is_locked_prepared_then_backed_up_once_a_day(tmp_path):
    path = _demo_db(tmp_path)
    seen = []
    opened = open_database(path, prepare=lambda store: seen.append(len(bk.list_backups(path))))
    try:
        assert opened.lock.held and opened.restored_from is None
        assert seen == [0]  # prepared before the daily backup
        assert [b.reason for b in bk.list_backups(path)] == ["daily"]
        with pytest.raises(Refused) as refused:
            open_database(path)
        assert refused.value.code == "already_open"
    finally:
        opened.close()
    again = open_database(path)  # the lock was released; no second daily backup the same day
    again.close()
    assert [b.reason for b in bk.list_backups(path)] == ["daily"]


def test_without_lock_or_daily_backup_as_the_command_line_opens(tmp_path):
    path = _demo_db(tmp_path)
    with AppLock(path):
        opened = open_database(path, lock=False, daily=False)
        assert opened.lock is None
        opened.close()
    assert bk.list_backups(path) == []


def test_a_damaged_database_without_a_good_backup_is_left_alone(tmp_path):
    path = _demo_db(tmp_path)
    _damage(path)
    damaged = path.read_bytes()
    asked = []
    with pytest.raises(DatabaseDamaged) as exc:
        open_database(path, decide=lambda *a: asked.append(a) or True)
    assert exc.value.good is None and not exc.value.declined and asked == []
    assert "no good backup" in str(exc.value)
    assert path.read_bytes() == damaged
    AppLock(path).acquire().release()  # the refused start did not keep the lock


def test_the_restore_offer_is_the_callers_decision(tmp_path):
    path = _demo_db(tmp_path)
    with Store.open(path) as s:
        good = bk.backup(s)
        people = s.db["participants"].count
    _damage(path)
    damaged = path.read_bytes()
    offered = []
    with pytest.raises(DatabaseDamaged) as exc:
        open_database(path, decide=lambda p, g: offered.append((p, g.path)) or False)
    assert offered == [(path, good)] and exc.value.declined and exc.value.good.path == good
    assert str(good) in str(exc.value)
    assert path.read_bytes() == damaged
    opened = open_database(path, decide=lambda p, g: True)
    try:
        assert opened.restored_from == good
        assert bk.quick_check(path) == []
        assert opened.store.db["participants"].count == people
    finally:
        opened.close()


def test_a_failed_restore_says_so_and_releases_the_lock(tmp_path, monkeypatch):
    path = _demo_db(tmp_path)
    with Store.open(path) as s:
        bk.backup(s)
    _damage(path)

    def broken(*_a, **_k):
        raise OSError("disk full")

    monkeypatch.setattr(bk, "restore", broken)
    with pytest.raises(RestoreFailed) as exc:
        open_database(path, decide=lambda *a: True)
    assert isinstance(exc.value.error, OSError)
    AppLock(path).acquire().release()


def test_a_failing_preparation_leaves_nothing_locked(tmp_path):
    path = tmp_path / "new.db"

    def prepare(_store):
        raise Refused("no bank", code="bank_invalid")

    with pytest.raises(Refused, match="no bank"):
        open_database(path, prepare=prepare)
    AppLock(path).acquire().release()


def test_the_command_line_refuses_a_damaged_database_and_names_the_backup(tmp_path):
    path = _demo_db(tmp_path)
    with Store.open(path) as s:
        good = bk.backup(s)
    _damage(path)
    damaged = path.read_bytes()
    out = CliRunner().invoke(cli, ["--db", str(path), "audit", "--json"])
    assert out.exit_code == 1
    assert "damaged" in out.output and str(good) in out.output and "Traceback" not in out.output
    assert path.read_bytes() == damaged
