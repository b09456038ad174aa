"""The store: schema steps, refusing newer databases, banks and versions, rosters, the event log."""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import replace

import pytest

from assessor.delivery.assessments import Assessment
from assessor.people.cohorts import Cohort, Participant
from assessor.errors import InputError, NewerDatabaseError, Refused
from assessor.delivery.sessions import ANSWER, AnswerEvent, Attempt
from assessor.store import Store
from assessor.store.schema import MIGRATIONS, known_steps


def _applied(path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return [r[0] for r in con.execute("SELECT name FROM _sqlite_migrations ORDER BY rowid")]
    finally:
        con.close()


def test_new_database_gets_every_step_once(db_path):
    Store.open(db_path).close()
    assert _applied(db_path) == known_steps()


def test_reopening_applies_nothing_again(db_path):
    Store.open(db_path).close()
    store = Store.open(db_path)
    assert store.migrate() == []
    store.close()
    assert _applied(db_path) == known_steps()


def test_a_failing_step_leaves_no_trace(db_path, monkeypatch):
    """Each step runs in its own transaction: a step that fails is rolled back whole."""
    Store.open(db_path).close()

    def broken(db):
        db["half_made"].create({"id": int}, pk="id")
        raise RuntimeError("step failed halfway")

    monkeypatch.setattr(MIGRATIONS, "_migrations", list(MIGRATIONS._migrations) + [MIGRATIONS._Migration("m999_broken", broken)])
    with pytest.raises(RuntimeError):
        Store.open(db_path)
    monkeypatch.undo()
    con = sqlite3.connect(db_path)
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    con.close()
    assert "half_made" not in tables
    assert "m999_broken" not in _applied(db_path)


def test_newer_database_is_refused_and_left_byte_for_byte(db_path):
    Store.open(db_path).close()
    con = sqlite3.connect(db_path)
    con.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('assessor', 'm900_future', 'x')")
    con.commit()
    con.close()
    before = hashlib.sha256(db_path.read_bytes()).hexdigest()
    with pytest.raises(NewerDatabaseError, match="newer version of Assessor"):
        Store.open(db_path)
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == before


def test_not_a_database_is_refused_with_its_name(tmp_path):
    junk = tmp_path / "notes.db"
    junk.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(Exception, match="notes.db"):
        Store.open(junk)


def test_durability_settings(db_path):
    store = Store.open(db_path)
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    store.close()


def test_reimporting_a_bank_changes_nothing(bank_store, bundled_bank_path):
    from assessor.banks.bankio import import_bank_file

    before = {q.id for b in bank_store.banks.list() for q in bank_store.banks.questions(b.id)}
    summary = import_bank_file(bank_store, bundled_bank_path)
    assert summary.new == () and summary.new_version == ()
    after = {q.id for b in bank_store.banks.list() for q in bank_store.banks.questions(b.id)}
    assert before == after


def _setup_session(store):
    bank = store.banks.list()[0]
    qs = store.banks.questions(bank.id)[:3]
    form = store.assessments.save(Assessment(name="Pre", question_ids=tuple(q.id for q in qs)))
    cohort = store.cohorts.save(Cohort(name="ToT"))
    (person,) = store.cohorts.add_participants(cohort.id, [Participant(cohort.id, "", name="A")])
    session = store.sessions.open(cohort.id, form.id, "pre")
    attempt = store.attempts.create(Attempt(session.id, person.id, store.device_id,
                                            question_order=tuple(q.id for q in qs)))
    return qs, form, attempt


def test_editing_an_answered_question_makes_a_new_version(bank_store):
    qs, _form, attempt = _setup_session(bank_store)
    q = qs[0]
    bank_store.attempts.append_event(AnswerEvent(attempt.id, q.id, ANSWER, "A"))
    edited = replace(q, text={**q.text, "en": q.text["en"] + " (revised)"})
    saved, new_version = bank_store.banks.save_question(q.bank_id, edited)
    assert new_version and saved.version == q.version + 1 and saved.id != q.id
    assert bank_store.banks.question(q.id).text == q.text  # the answered version is untouched
    assert [v.version for v in bank_store.banks.versions(q.bank_id, q.key)] == [q.version, q.version + 1]


def test_editing_an_unused_question_replaces_it_and_its_forms_follow(bank_store):
    bank = bank_store.banks.list()[0]
    q = bank_store.banks.questions(bank.id)[-1]
    form = bank_store.assessments.save(Assessment(name="Draft", question_ids=(q.id,)))
    saved, new_version = bank_store.banks.save_question(bank.id, replace(q, source="checked"))
    assert not new_version and saved.version == q.version
    assert [v.source for v in bank_store.banks.versions(bank.id, q.key)] == ["checked"]  # replaced, not added
    assert bank_store.assessments.get(form.id).question_ids == (saved.id,)  # the unlocked form follows


def test_the_same_edit_on_two_laptops_gives_one_id_and_different_edits_two(bundled_bank_path):
    from assessor.banks.bankio import import_bank_file

    laptops = [Store.memory() for _ in range(3)]
    for s in laptops:
        import_bank_file(s, bundled_bank_path)
    bank = laptops[0].banks.list()[0]
    q = laptops[0].banks.questions(bank.id)[0]
    same = [s.banks.save_question(bank.id, replace(q, source="Reviewed"))[0].id for s in laptops[:2]]
    other = laptops[2].banks.save_question(bank.id, replace(q, source="Checked again"))[0].id
    assert same[0] == same[1] != other and q.id not in (same[0], other)


def test_a_question_on_a_form_in_use_gets_a_new_version_even_before_anyone_answers(bank_store):
    bank = bank_store.banks.list()[0]
    q = bank_store.banks.questions(bank.id)[0]
    form = bank_store.assessments.save(Assessment(name="Pre", question_ids=(q.id,)))
    cohort = bank_store.cohorts.save(Cohort(name="ToT"))
    bank_store.sessions.open(cohort.id, form.id, "pre")
    saved, new_version = bank_store.banks.save_question(bank.id, replace(q, source="edited"))
    assert new_version and saved.id != q.id
    assert bank_store.assessments.get(form.id).question_ids == (q.id,)  # the locked form keeps its text


def test_used_form_is_locked_and_bank_cannot_be_deleted(bank_store):
    _qs, form, _attempt = _setup_session(bank_store)
    with pytest.raises(Refused, match="locked"):
        bank_store.assessments.save(replace(form, name="Changed"))
    copy = bank_store.assessments.copy(form.id)
    assert not copy.locked and copy.question_ids == form.question_ids
    with pytest.raises(Refused, match="archive"):
        bank_store.banks.delete(bank_store.banks.list()[0].id)


def test_answer_events_cannot_be_rewritten(bank_store):
    qs, _form, attempt = _setup_session(bank_store)
    bank_store.attempts.append_event(AnswerEvent(attempt.id, qs[0].id, ANSWER, "A"))
    bank_store.attempts.append_event(AnswerEvent(attempt.id, qs[0].id, ANSWER, "B"))
    assert bank_store.attempts.current_state(attempt.id)[qs[0].id][ANSWER] == "B"
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        bank_store.db.execute("UPDATE answer_events SET value = '\"C\"'")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        bank_store.db.execute("DELETE FROM answer_events")
    assert [e.value for e in bank_store.attempts.events(attempt.id)] == ["A", "B"]


def test_roster_refuses_duplicate_codes_whole(store):
    cohort = store.cohorts.save(Cohort(name="C"))
    store.cohorts.add_participants(cohort.id, [Participant(cohort.id, "AB1")])
    with pytest.raises(InputError, match="Entry 2: participant code 'ab1'"):
        store.cohorts.add_participants(cohort.id, [Participant(cohort.id, "X9"), Participant(cohort.id, "ab1")])
    assert [p.code for p in store.cohorts.participants(cohort.id)] == ["AB1"]


def test_generated_codes_are_unique_and_readable(store):
    cohort = store.cohorts.save(Cohort(name="C"))
    people = store.cohorts.add_participants(cohort.id, [Participant(cohort.id, "") for _ in range(40)])
    codes = [p.code for p in people]
    assert len(set(codes)) == 40
    assert not any(ch in code for code in codes for ch in "0O1IL")


def test_erasure_keeps_results_under_the_code(store):
    cohort = store.cohorts.save(Cohort(name="C"))
    (p,) = store.cohorts.add_participants(cohort.id, [Participant(cohort.id, "K7", name="Siti", sex="female",
                                                                  organisation="Polri", role="Investigator")])
    erased = store.cohorts.erase_participant(p.id)
    assert (erased.code, erased.name, erased.sex, erased.organisation, erased.erased) == ("K7", "", "not_stated", "", True)
    assert store.audit.list()[0].action == "participant.erase"
