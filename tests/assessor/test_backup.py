"""Backups, integrity check, restore, the app lock and the data-safety CLI commands."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from click.testing import CliRunner

from assessor.safety import backup as bk
from assessor.safety.applock import AppLock
from assessor.cli import cli
from assessor.errors import InputError, Refused
from assessor.store import Store

ROOT = Path(__file__).resolve().parents[2]


def _counts(path) -> dict:
    with Store.open(path, migrate=False) as s:
        return {t: s.db[t].count for t in ("banks", "questions", "cohorts", "participants", "attempts",
                                            "answer_events")}


def test_backup_is_a_healthy_copy_and_only_the_newest_are_kept(demo_store):
    demo_store.set_meta(bk.KEEP_META, "3")
    made = [bk.backup(demo_store, "manual") for _ in range(5)]
    listed = bk.list_backups(demo_store.path)
    assert [b.path for b in listed] == made[:-4:-1]  # the newest three, newest first
    assert all(b.ok and b.reason == "manual" and b.size > 0 for b in listed)
    assert not made[0].exists()
    assert _counts(listed[0].path) == _counts(demo_store.path)
    assert not any(p.name.endswith(("-wal", "-shm")) for p in bk.backup_dir(demo_store.path).iterdir())


def test_empty_or_memory_databases_get_no_automatic_backup(db_path, store):
    with Store.open(db_path) as fresh:
        assert bk.auto_backup(fresh, "before-import") is None
        assert bk.daily_backup(fresh) is None
    assert bk.auto_backup(store, "before-import") is None
    with pytest.raises(InputError):
        bk.backup(store)


def test_daily_backup_once_per_24_hours(demo_store):
    first = bk.daily_backup(demo_store)
    assert first is not None and first.name.endswith("-daily.db")
    assert bk.daily_backup(demo_store) is None
    later = datetime.now(timezone.utc) + timedelta(hours=25)
    assert bk.daily_backup(demo_store, now=later) is not None


def test_every_import_is_preceded_by_a_backup(demo_store, bundled_bank_path, tmp_path):
    from assessor.banks.bankio import import_file
    from assessor.exchange import export_results, import_results

    import_file(demo_store, bundled_bank_path)  # already there, unchanged: nothing written, no backup needed
    assert bk.list_backups(demo_store.path) == []
    gift = tmp_path / "new.gift"
    gift.write_text("::N1:: A new question? {T}\n", encoding="utf-8")
    import_file(demo_store, gift)
    assert [b.reason for b in bk.list_backups(demo_store.path)] == ["before-import"]
    bundle = tmp_path / "r.assessor-results"
    export_results(demo_store, bundle, password=None)
    import_results(demo_store, [bundle])
    assert [b.reason for b in bk.list_backups(demo_store.path)] == ["before-import"] * 2


def test_migration_of_a_database_with_data_backs_it_up_first(demo_store):
    path = demo_store.path
    # Pretend the database predates the last schema step.
    demo_store.db.execute("DELETE FROM _sqlite_migrations WHERE name = 'm002_append_only_events'")
    demo_store.db.execute("DROP TRIGGER answer_events_no_update")
    demo_store.db.execute("DROP TRIGGER answer_events_no_delete")
    demo_store.db.conn.commit()
    demo_store.close()
    with Store.open(path):
        pass
    assert [b.reason for b in bk.list_backups(path)] == ["before-migration"]


def test_quick_check_finds_damage_and_never_writes(demo_store, tmp_path):
    assert bk.quick_check(demo_store.path) == []
    bad = tmp_path / "bad.db"
    data = bytearray(Path(bk.backup(demo_store)).read_bytes())
    for page in range(3, len(data) // 4096 - 1):
        data[page * 4096 + 10: page * 4096 + 200] = b"\xff" * 190
    bad.write_bytes(bytes(data))
    before = bad.read_bytes()
    assert bk.quick_check(bad) != []
    assert bad.read_bytes() == before
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not a database at all" * 200)
    assert bk.quick_check(junk) != []


def test_restore_brings_back_the_old_state_backs_up_the_current_one_and_is_audited(demo_store, tmp_path):
    path = demo_store.path
    old = bk.backup(demo_store)
    old_counts = _counts(path)
    cohort = demo_store.cohorts.list()[0]
    person = demo_store.cohorts.participants(cohort.id)[0]
    demo_store.cohorts.erase_participant(person.id)
    demo_store.close()
    before = bk.restore(path, old)
    assert before is not None and before.name.endswith("-before-restore.db")
    with Store.open(path) as s:
        assert s.cohorts.participant(person.id).name == person.name  # the erasure was undone
        entry = s.audit.list(1)[0]
        assert entry.action == "backup.restore" and entry.details["source"] == old.name
    assert {k: v for k, v in _counts(path).items()} == old_counts
    with Store.open(before, migrate=False) as s:
        assert s.cohorts.participant(person.id).erased  # the replaced state is kept


def test_restore_refuses_a_damaged_backup_and_changes_nothing(demo_store, tmp_path):
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"x" * 8192)
    counts = _counts(demo_store.path)
    demo_store.close()
    with pytest.raises(InputError, match="damaged"):
        bk.restore(demo_store.path, junk)
    assert _counts(demo_store.path) == counts


def test_restore_over_a_damaged_database(demo_store, tmp_path):
    path = Path(demo_store.path)
    good = bk.backup(demo_store)
    counts = _counts(path)
    demo_store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    demo_store.close()
    path.write_bytes(b"garbage" * 5000)
    assert bk.quick_check(path)
    assert bk.newest_good_backup(path).path == good
    bk.restore(path, good)
    assert bk.quick_check(path) == []
    assert _counts(path) == counts


def test_app_lock_refuses_a_second_holder_until_released(db_path):
    first = AppLock(db_path).acquire()
    with pytest.raises(Refused, match="already open") as caught:
        AppLock(db_path).acquire()
    assert caught.value.code == "already_open"
    first.release()
    AppLock(db_path).acquire().release()


def test_app_lock_held_by_another_process_and_freed_when_it_dies(db_path):
    code = ("import sys,time; from assessor.safety.applock import AppLock; AppLock(sys.argv[1]).acquire(); "
            "print('locked', flush=True); time.sleep(60)")
    proc = subprocess.Popen([sys.executable, "-c", code, str(db_path)], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "locked"
        with pytest.raises(Refused) as caught:
            AppLock(db_path).acquire()
        assert f"pid {proc.pid}" in str(caught.value)
    finally:
        proc.kill()
        proc.wait()
    AppLock(db_path).acquire().release()  # a killed owner leaves no stale lock


def test_cli_backup_backups_restore(demo_store):
    path = str(demo_store.path)
    demo_store.close()
    runner = CliRunner()
    out = runner.invoke(cli, ["--db", path, "backup"])
    assert out.exit_code == 0, out.output
    listed = runner.invoke(cli, ["--db", path, "backups", "--json"])
    (entry,) = json.loads(listed.output)
    assert entry["ok"] and entry["reason"] == "manual"
    restored = runner.invoke(cli, ["--db", path, "restore", "--yes", entry["path"]])
    assert restored.exit_code == 0, restored.output
    assert "Restored" in restored.output
    with AppLock(path):
        refused = runner.invoke(cli, ["--db", path, "restore", "--yes", entry["path"]])
    assert refused.exit_code == 1 and "already open" in refused.output


def test_cli_audit_and_participant_erase(demo_store, tmp_path):
    path = str(demo_store.path)
    cohort = demo_store.cohorts.list()[0]
    person = demo_store.cohorts.participants(cohort.id)[0]
    demo_store.close()
    runner = CliRunner()
    out = runner.invoke(cli, ["--db", path, "participant", "erase", "--cohort", cohort.name, person.code.lower()])
    assert out.exit_code == 0, out.output
    with Store.open(path) as s:
        erased = s.cohorts.participant(person.id)
        assert erased.erased and erased.name == "" and erased.code == person.code
    missing = runner.invoke(cli, ["--db", path, "participant", "erase", "--cohort", cohort.name, "NOPE-99"])
    assert missing.exit_code == 1 and "no participant" in missing.output
    as_json = json.loads(runner.invoke(cli, ["--db", path, "audit", "--json", "--limit", "1"]).output)
    assert as_json[0]["action"] == "participant.erase" and as_json[0]["details"]["participant_id"] == person.id
    csv_path = tmp_path / "audit.csv"
    runner.invoke(cli, ["--db", path, "audit", "-o", str(csv_path)])
    text = csv_path.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0] == "at,action,details,device_id,id" and "participant.erase" in text
