"""Merge rules a facilitator notices: edited questions from two laptops, a code used
twice, and a participant who submitted on two laptops (kept, listed, resolvable)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from click.testing import CliRunner

from assessor.delivery.assessments import Assessment
from assessor.cli import cli
from assessor.people.cohorts import Participant
from assessor.exchange import (export_package, export_results, import_package, import_results, list_conflicts,
                               resolve_conflict)
from assessor.exchange.records import to_members
from assessor.ids import new_id
from assessor.store import Store
from tests.assessor.exchange_helpers import answer, answer_for, at, db_digest, setup_facilitator, start, submit


def _two_laptops(tmp_path, n_questions=5):
    facilitator = Store.open(tmp_path / "f.db")
    session, people, questions = setup_facilitator(facilitator, n_people=4, n_questions=n_questions)
    package = tmp_path / "p.assessor-package"
    export_package(facilitator, session.id, package)
    laptops = []
    for name in ("a", "b"):
        s = Store.open(tmp_path / f"{name}.db")
        import_package(s, package)
        laptops.append(s)
    return facilitator, laptops, session, people, questions


def _take(store, session, person, attempt_id, questions, t0, right=True):
    start(store, session, person, attempt_id, at(t0))
    for i, q in enumerate(questions):
        answer(store, attempt_id, q.id, answer_for(q, right), at(t0 + i + 1))
    return submit(store, attempt_id, at(t0 + 100))


def test_participant_submitted_on_two_laptops_is_kept_listed_and_resolved(tmp_path):
    facilitator, (a, b), session, people, questions = _two_laptops(tmp_path)
    first = _take(a, session, people[0], new_id(), questions, 0, right=False)
    second = _take(b, session, people[0], new_id(), questions, 1000, right=True)
    for n, s in enumerate((a, b)):
        export_results(s, tmp_path / "usb" / f"{n}.assessor-results")
    report = import_results(facilitator, [tmp_path / "usb"])
    listed = report.bundles[1].conflicts
    assert listed and listed[0]["participant_code"] == people[0].code
    assert listed[0]["attempt_ids"] == [first.id, second.id]
    (conflict,) = list_conflicts(facilitator)
    assert [x.id for x in conflict.attempts] == [first.id, second.id]
    # Until resolved, the latest submission counts.
    (result,) = facilitator.results.phase_results()
    assert result.attempt_id == second.id and result.score_pct == 100.0

    assert resolve_conflict(facilitator, first.id, "second laptop was a practice run") == [second.id]
    assert list_conflicts(facilitator) == []
    voided = facilitator.attempts.get(second.id)
    assert voided.status == "voided" and voided.void_reason == "second laptop was a practice run"
    assert len(facilitator.attempts.events(second.id)) == len(questions)  # kept, not deleted
    (result,) = facilitator.results.phase_results()
    assert result.attempt_id == first.id and result.score_pct == 0.0
    assert any(e.action == "exchange.resolve_conflict" for e in facilitator.audit.list())

    # Importing the bundles again does not undo the facilitator's choice.
    before = db_digest(tmp_path / "f.db")
    again = import_results(facilitator, [tmp_path / "usb"])
    assert [x.status for x in again.bundles] == ["unchanged", "unchanged"]
    assert db_digest(tmp_path / "f.db") == before


def test_cli_lists_and_resolves_conflicts(tmp_path):
    facilitator, (a, b), session, people, questions = _two_laptops(tmp_path)
    first = _take(a, session, people[1], new_id(), questions, 0)
    second = _take(b, session, people[1], new_id(), questions, 500)
    for n, s in enumerate((a, b)):
        export_results(s, tmp_path / "usb" / f"{n}.assessor-results")
    db = str(tmp_path / "f.db")
    facilitator.close()
    runner = CliRunner()
    result = runner.invoke(cli, ["--db", db, "bundle", "import", str(tmp_path / "usb")])
    assert result.exit_code == 0 and "CONFLICT participant " + people[1].code in result.output
    result = runner.invoke(cli, ["--db", db, "conflicts"])
    assert first.id in result.output and second.id in result.output and "1 unresolved" in result.output
    result = runner.invoke(cli, ["--db", db, "conflicts", "--keep", second.id])
    assert result.exit_code == 0 and first.id in result.output
    assert "0 unresolved" in runner.invoke(cli, ["--db", db, "conflicts"]).output


def test_same_question_edited_differently_on_two_laptops_is_renumbered(tmp_path):
    facilitator, (a, b), session, people, questions = _two_laptops(tmp_path)
    original = questions[0]
    mine = replace(original, id=new_id(), version=2, text={"en": "Edited on the facilitator laptop"})
    theirs = replace(original, id=new_id(), version=2, text={"en": "Edited on laptop B"})
    with facilitator.atomic():
        facilitator.banks.insert_question_version(mine)
    with b.atomic():
        b.banks.insert_question_version(theirs)
    form = b.assessments.save(Assessment(name="Edited form", question_ids=(theirs.id,) + tuple(
        q.id for q in questions[1:])))
    cohort_id = b.sessions.get(session.id).cohort_id
    post = b.sessions.open(cohort_id, form.id, "post")
    done = _take(b, post, people[0], new_id(), [theirs] + questions[1:], 0)
    export_results(b, tmp_path / "b.assessor-results")

    report = import_results(facilitator, [tmp_path / "b.assessor-results"])
    assert report.bundles[0].renumbered_questions == [
        {"question_id": theirs.id, "key": original.key, "from": 2, "to": 3}]
    history = facilitator.banks.versions(original.bank_id, original.key)
    assert [(q.version, q.text["en"]) for q in history][1:] == [(2, "Edited on the facilitator laptop"),
                                                               (3, "Edited on laptop B")]
    assert facilitator.attempts.get(done.id).marks == done.marks


def test_same_code_added_on_two_laptops_keeps_both_people(tmp_path):
    facilitator, (a, b), session, people, questions = _two_laptops(tmp_path)
    cohort_id = people[0].cohort_id
    (walk_in_a,) = a.cohorts.add_participants(cohort_id, [Participant(cohort_id, "BDG-99", name="Walk-in A")])
    (walk_in_b,) = b.cohorts.add_participants(cohort_id, [Participant(cohort_id, "BDG-99", name="Walk-in B")])
    _take(a, session, walk_in_a, new_id(), questions, 0)
    _take(b, session, walk_in_b, new_id(), questions, 10)
    export_results(a, tmp_path / "usb" / "a.assessor-results")
    export_results(b, tmp_path / "usb" / "b.assessor-results")
    report = import_results(facilitator, [tmp_path / "usb"])
    assert report.bundles[1].renamed_participants == [{"participant_id": walk_in_b.id, "from": "BDG-99",
                                                       "to": "BDG-99-2"}]
    codes = {p.name: p.code for p in facilitator.cohorts.participants(cohort_id)}
    assert codes["Walk-in A"] == "BDG-99" and codes["Walk-in B"] == "BDG-99-2"
    assert list_conflicts(facilitator) == []  # two people, not one person twice
    assert len(facilitator.results.phase_results()) == 2


def test_merging_a_database_never_changes_the_other_file(tmp_path):
    """The evaluator's `assessor merge OTHER.db` reads OTHER; its bytes stay as they were."""
    import hashlib
    import sqlite3

    from assessor.exchange import merge_database

    facilitator, laptops, session, people, questions = _two_laptops(tmp_path)
    _take(laptops[0], session, people[0], new_id(), questions, 0)
    laptops[0].close()
    other = tmp_path / "a.db"
    con = sqlite3.connect(other)  # a copy handed over in rollback-journal mode
    con.execute("PRAGMA journal_mode=DELETE")
    con.close()
    before = hashlib.sha256(other.read_bytes()).hexdigest()
    merge_database(facilitator, other)
    assert hashlib.sha256(other.read_bytes()).hexdigest() == before
    assert not (tmp_path / "a.db-wal").exists()
    assert len(facilitator.attempts.for_session(session.id)) == 1


def test_a_refused_bundle_leaves_nothing_behind_for_the_next_one_of_the_import(tmp_path, monkeypatch):
    """Bundles of one import share what they read of the database; a bundle rolled back must not
    leave its question versions there: the next bundle is marked with what is really stored."""
    import sqlite3

    from assessor.banks.questions import Bank, Question
    from assessor.delivery.assessments import Assessment
    from assessor.delivery.sessions import ANSWER, SUBMITTED, AnswerEvent, Attempt, Session
    from assessor.errors import InputError
    from assessor.exchange.merge import BundleReport, apply_records
    from assessor.exchange.records import Records
    from assessor.people.cohorts import Cohort, Participant
    from assessor.store import Store

    def records(answer: bool) -> Records:
        bank = Bank(name={"en": "B"}, languages=("en",), id="bank-1")
        q = Question(key="Q1", type="truefalse", text={"en": "Statement"}, answer=answer, id="q-1", bank_id="bank-1")
        form = Assessment(name="F", question_ids=("q-1",), id="form-1", created_at="2026-03-01T00:00:00+00:00")
        cohort = Cohort(name="C", id="cohort-1")
        person = Participant("cohort-1", "P1", id="person-1")
        session = Session("cohort-1", "form-1", "pre", "closed", "2026-03-02T09:00:00+00:00", None, False, "session-1")
        attempt = Attempt("session-1", "person-1", "dev-1", question_order=("q-1",), status=SUBMITTED,
                          started_at="2026-03-02T09:00:00+00:00", submitted_at="2026-03-02T09:10:00+00:00",
                          marks={"q-1": 1.0}, score_pct=100.0, id="attempt-1")
        event = AnswerEvent("attempt-1", "q-1", ANSWER, True, "2026-03-02T09:05:00+00:00", "dev-1", "event-1")
        return Records(banks=[bank], questions=[q], assessments=[form], cohorts=[cohort], participants=[person],
                       sessions=[session], attempts=[attempt], events=[event])

    store = Store.open(tmp_path / "m.db")
    seen: dict = {}
    real_log = store.audit.log

    def refuse(*args, **kwargs):
        raise sqlite3.IntegrityError("refused for the test")

    monkeypatch.setattr(store.audit, "log", refuse)
    with pytest.raises(InputError):
        apply_records(store, records(answer=True), BundleReport("first"), seen=seen)
    monkeypatch.setattr(store.audit, "log", real_log)
    # the same ids again, but here the statement is false: answering True earns nothing
    report = apply_records(store, records(answer=False), BundleReport("second"), seen=seen)
    assert report.status == "imported"
    assert store.attempts.get("attempt-1").marks == {"q-1": 0.0}
    assert store.attempts.get("attempt-1").score_pct == 0.0
    store.close()


def test_a_folder_of_bundles_is_committed_and_the_log_folded_back_at_the_end(tmp_path):
    # Checkpoints wait during a folder import (many_commits); every reported bundle is committed:
    # a second connection sees every imported bundle, and the usual settings are back.
    facilitator, (a, b), session, people, questions = _two_laptops(tmp_path)
    first = _take(a, session, people[0], new_id(), questions, 0)
    second = _take(b, session, people[1], new_id(), questions, 1000)
    usb = tmp_path / "usb"
    export_results(a, usb / "0.assessor-results")
    (usb / "1.assessor-results").write_bytes(b"not a bundle")  # refused in the middle: the rest still imports
    export_results(b, usb / "2.assessor-results")
    report = import_results(facilitator, [usb])
    assert [r.status for r in report.bundles] == ["imported", "refused", "imported"]
    assert facilitator.db.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 1000
    assert facilitator.db.execute("PRAGMA cache_size").fetchone()[0] == -2000
    assert facilitator.db.execute("PRAGMA temp_store").fetchone()[0] == 0
    assert not facilitator.db.conn.in_transaction
    with Store.open(tmp_path / "f.db") as other:
        assert {x.id for x in other.attempts.for_session(session.id)} >= {first.id, second.id}


def _three_bundles(tmp_path):
    facilitator, (a, b), session, people, questions = _two_laptops(tmp_path)
    c = Store.open(tmp_path / "c.db")
    import_package(c, tmp_path / "p.assessor-package")
    usb = tmp_path / "usb"
    taken = []
    for n, laptop in enumerate((a, b, c)):
        taken.append(_take(laptop, session, people[n], new_id(), questions, 1000 * n))
        export_results(laptop, usb / f"{n}.assessor-results")
    return facilitator, usb, session, taken


def test_a_bundle_the_database_refuses_inside_a_group_is_rolled_back_alone(tmp_path, monkeypatch):
    # All three bundles share one commit; the second fails after writing its rows (at the audit
    # entry): its rows go, the first's and the third's are committed and reported imported.
    import sqlite3

    from assessor.exchange import bundle

    monkeypatch.setattr(bundle, "GROUP_SECONDS", 3600.0)
    facilitator, usb, session, taken = _three_bundles(tmp_path)
    real_log = facilitator.audit.log

    def log(action, **details):
        if details.get("source", "").endswith("1.assessor-results"):
            raise sqlite3.IntegrityError("refused for the test")
        return real_log(action, **details)

    monkeypatch.setattr(facilitator.audit, "log", log)
    report = import_results(facilitator, [usb])
    assert [r.status for r in report.bundles] == ["imported", "refused", "imported"]
    assert "nothing was imported" in report.bundles[1].message
    with Store.open(tmp_path / "f.db") as other:
        stored = {x.id for x in other.attempts.for_session(session.id)}
    assert taken[0].id in stored and taken[2].id in stored and taken[1].id not in stored
    assert facilitator.attempts.events(taken[1].id) == []


def test_cancelling_a_folder_import_keeps_the_bundles_already_applied(tmp_path, monkeypatch):
    from assessor.exchange import bundle
    from assessor.progress import Cancelled, Progress

    monkeypatch.setattr(bundle, "GROUP_SECONDS", 3600.0)  # the cancelled group is committed, not dropped
    facilitator, usb, session, taken = _three_bundles(tmp_path)
    progress = Progress(lambda done, total: done == 1 and progress.cancel())  # asked while the second imports
    with pytest.raises(Cancelled):
        import_results(facilitator, [usb], progress=progress)
    assert not facilitator.db.conn.in_transaction
    with Store.open(tmp_path / "f.db") as other:
        stored = {x.id for x in other.attempts.for_session(session.id)}
    assert stored >= {taken[0].id, taken[1].id} and taken[2].id not in stored


def test_a_new_attempt_carrying_an_event_id_already_stored_is_refused_not_thinned(tmp_path):
    # An event id stored under another attempt cannot belong to an attempt that arrives new: the
    # file lies (edited, or built by hand). Refused whole, rather than imported without that answer.
    from assessor.exchange.bundle import collect
    from assessor.exchange.container import RESULTS, build_container

    facilitator, (a, b), session, people, questions = _two_laptops(tmp_path)
    first = _take(a, session, people[0], new_id(), questions, 0)
    export_results(a, tmp_path / "a.assessor-results")
    assert import_results(facilitator, [tmp_path / "a.assessor-results"]).bundles[0].status == "imported"
    second = _take(b, session, people[1], new_id(), questions, 1000)
    records = collect(b)
    stolen = a.attempts.events(first.id)[0].id
    records.events = [replace(e, id=stolen) if e.attempt_id == second.id and e.question_id == questions[0].id else e
                      for e in records.events]
    forged = tmp_path / "forged.assessor-results"
    forged.write_bytes(build_container(RESULTS, {"device_id": b.device_id, "counts": records.counts()},
                                       to_members(records), None))
    before = db_digest(tmp_path / "f.db")
    (report,) = import_results(facilitator, [forged]).bundles
    assert report.status == "refused" and report.code == "db_refused"
    assert report.message.startswith(str(forged)) and "nothing was imported" in report.message
    assert db_digest(tmp_path / "f.db") == before
