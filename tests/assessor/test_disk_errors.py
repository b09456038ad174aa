"""A full disk, a read-only folder and a database another program holds each get their own
sentence (CLI and app), never "damaged" and never a traceback; restore and merge refuse a
file that is not an Assessor database."""

from __future__ import annotations

import errno
import sqlite3

import pytest
from click.testing import CliRunner

from assessor.cli import cli
from assessor.errors import DISK_FULL, LOCKED, READ_ONLY, InputError, StorageError, storage_problem
from assessor.safety import backup as bk
from assessor.store import Store, is_assessor_database


@pytest.mark.parametrize("exc, code", [
    (sqlite3.OperationalError("database or disk is full"), DISK_FULL),
    (OSError(errno.ENOSPC, "No space left on device"), DISK_FULL),
    (sqlite3.OperationalError("attempt to write a readonly database"), READ_ONLY),
    (OSError(errno.EROFS, "Read-only file system"), READ_ONLY),
    (PermissionError(errno.EACCES, "Permission denied"), READ_ONLY),
    (sqlite3.OperationalError("database is locked"), LOCKED),
    (sqlite3.DatabaseError("database disk image is malformed"), None),
    (sqlite3.DatabaseError("file is not a database"), None),
])
def test_each_disk_problem_has_its_own_code(exc, code):
    assert storage_problem(exc) == code


def _holding(path):
    """Another program holding the database (an exclusive lock, as a sync tool or a second copy might)."""
    other = sqlite3.connect(str(path), timeout=0.1)
    other.execute("PRAGMA locking_mode=EXCLUSIVE")
    other.execute("BEGIN EXCLUSIVE")
    return other


def test_a_database_locked_by_another_program_is_not_called_damaged(tmp_path, monkeypatch):
    path = tmp_path / "a.db"
    Store.open(path).close()
    other = _holding(path)
    try:
        monkeypatch.setattr(sqlite3, "connect", _fast(sqlite3.connect))
        with pytest.raises(StorageError) as caught:
            Store.open(path)
        assert caught.value.code == LOCKED and "Another program is using the database" in str(caught.value)
        assert "damaged" not in str(caught.value)
        with pytest.raises(StorageError):  # the integrity check does not call it damage either
            bk.quick_check(path)
        result = CliRunner().invoke(cli, ["--db", str(path), "audit"])
        assert result.exit_code == 1 and "Another program is using the database" in result.output
        assert "Traceback" not in result.output and "damaged" not in result.output
    finally:
        other.close()
    assert bk.quick_check(path) == []


def _fast(connect):
    def quick(*args, **kwargs):
        kwargs["timeout"] = 0.1  # do not wait the usual five seconds for the other program
        return connect(*args, **kwargs)
    return quick


def test_a_full_disk_is_said_in_one_sentence_by_the_cli(tmp_path, monkeypatch):
    from tests.assessor.exchange_helpers import setup_facilitator

    db = tmp_path / "f.db"
    with Store.open(db) as s:
        setup_facilitator(s, n_people=2, n_questions=3)
    import assessor.exchange.container as container

    def full(*_a, **_k):
        raise OSError(errno.ENOSPC, "No space left on device", str(tmp_path / "b.assessor-results"))
    monkeypatch.setattr(container.tempfile, "mkstemp", full)
    result = CliRunner().invoke(cli, ["--db", str(db), "bundle", "export", "-o", str(tmp_path / "b.assessor-results"),
                                      "--no-encryption"])
    assert result.exit_code == 1 and "The disk is full" in result.output and "Traceback" not in result.output


def test_a_read_only_database_is_said_in_one_sentence(tmp_path, monkeypatch):
    path = tmp_path / "ro.db"
    Store.open(path).close()
    real = sqlite3.connect

    def read_only(target, *args, **kwargs):  # as on a write-protected USB stick
        if str(target) == str(path):
            return real(f"{path.as_uri()}?mode=ro", uri=True)
        return real(target, *args, **kwargs)
    monkeypatch.setattr(sqlite3, "connect", read_only)
    with Store.open(path) as store:  # reading works; the first write is refused
        with pytest.raises(sqlite3.OperationalError) as caught:
            store.set_meta("x", "y")
        assert storage_problem(caught.value) == READ_ONLY
    from question_banks import bundled_banks

    result = CliRunner().invoke(cli, ["--db", str(path), "bank", "import", str(sorted(bundled_banks())[0])])
    assert result.exit_code == 1 and "The folder is read-only" in result.output
    assert "Traceback" not in result.output and "damaged" not in result.output


def test_the_app_says_which_disk_problem_it_was(qapp):
    from ui.errors import describe

    for exc, words in ((sqlite3.OperationalError("database or disk is full"), "The disk is full"),
                       (OSError(errno.EROFS, "Read-only file system"), "The folder is read-only"),
                       (sqlite3.OperationalError("database is locked"), "Another program is using the database")):
        text = describe(exc, None)
        assert text.startswith(words) and "damaged" not in text


def test_restore_refuses_a_file_that_is_not_an_assessor_database(tmp_path):
    db = tmp_path / "a.db"
    Store.open(db).close()
    foreign = tmp_path / "other.db"
    conn = sqlite3.connect(str(foreign))
    conn.execute("CREATE TABLE songs (title TEXT)")
    conn.commit()
    conn.close()
    text = tmp_path / "notes.db"
    text.write_text("just some notes")
    before = db.read_bytes()
    for path in (foreign, text):
        assert not is_assessor_database(path)
        with pytest.raises(InputError) as caught:
            bk.restore(db, path)
        assert caught.value.code == "not_assessor_db" and "is not an Assessor database" in str(caught.value)
    assert db.read_bytes() == before
    result = CliRunner().invoke(cli, ["--db", str(db), "restore", str(foreign), "--yes"])
    assert result.exit_code != 0 and "is not an Assessor database" in result.output


def test_merge_refuses_a_file_that_is_not_an_assessor_database(tmp_path):
    from assessor.exchange import merge_database

    foreign = tmp_path / "other.db"
    conn = sqlite3.connect(str(foreign))
    conn.execute("CREATE TABLE songs (title TEXT)")
    conn.commit()
    conn.close()
    with Store.open(tmp_path / "a.db") as store:
        with pytest.raises(InputError) as caught:
            merge_database(store, foreign)
    assert caught.value.code == "not_assessor_db" and str(foreign) in str(caught.value)
    assert is_assessor_database(tmp_path / "a.db")


def test_reimporting_an_unchanged_bank_writes_no_backup_and_no_audit_entry(tmp_path, bundled_bank_path):
    from assessor.banks.bankio import import_bank_file, import_file

    bank_file = bundled_bank_path
    gift = tmp_path / "extra.gift"
    gift.write_text("::Q1:: Is the sky blue? {T}\n\n::Q2:: Two plus two? {=four ~five}\n", encoding="utf-8")
    with Store.open(tmp_path / "a.db") as store:
        import_bank_file(store, bank_file)
        import_file(store, gift)
        backups, audit = len(bk.list_backups(tmp_path / "a.db")), len(store.audit.list())
        again = import_bank_file(store, bank_file)
        _, again_gift = import_file(store, gift)
        assert not again.new and not again.new_version and not again_gift.new and again_gift.unchanged
        assert len(bk.list_backups(tmp_path / "a.db")) == backups
        assert len(store.audit.list()) == audit
        gift.write_text("::Q1:: Is the sky green? {F}\n\n::Q2:: Two plus two? {=four ~five}\n", encoding="utf-8")
        _, changed = import_file(store, gift)
        assert changed.new_version and len(store.audit.list()) == audit + 1


def test_erasing_a_participant_scrubs_the_backups_too(demo_store, tmp_path):
    from assessor.safety.backup import erase_participant

    cohort = demo_store.cohorts.list()[0]
    person = demo_store.cohorts.participants(cohort.id)[0]
    assert person.name
    older = bk.backup(demo_store)
    damaged = bk.backup(demo_store)
    data = bytearray(damaged.read_bytes())
    data[4096 * 2: 4096 * 6] = b"\xff" * (4096 * 4)
    damaged.write_bytes(bytes(data))
    scrub = erase_participant(demo_store, person.id)
    assert scrub.rewritten == (older,) and scrub.dropped == (damaged,) and not damaged.exists()
    entry = demo_store.audit.list()[0]
    assert entry.action == "participant.erase" and entry.details["backups_rewritten"] == [older.name]
    assert person.name.encode() not in older.read_bytes()  # not even in free pages
    with Store.open(older) as copy:
        assert copy.cohorts.participant(person.id).erased
    bk.restore(demo_store.path, older)  # a later restore cannot bring the name back
    with Store.open(demo_store.path) as restored:
        assert restored.cohorts.participant(person.id).name == ""


def test_cli_erase_says_what_happened_to_the_backups(demo_store):
    path = str(demo_store.path)
    cohort = demo_store.cohorts.list()[0]
    person = demo_store.cohorts.participants(cohort.id)[0]
    backup_path = bk.backup(demo_store)
    demo_store.close()
    out = CliRunner().invoke(cli, ["--db", path, "participant", "erase", "--cohort", cohort.name, person.code])
    assert out.exit_code == 0 and f"backup rewritten without them: {backup_path}" in out.output
