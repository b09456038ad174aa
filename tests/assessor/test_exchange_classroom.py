"""A classroom with no network: a facilitator laptop packages a session for three
participant laptops; participants take the test there (one laptop dies mid-test and
its participant finishes on another); bundles come back on a USB stick and are
merged. The merged analysis must equal the analysis of the same attempts made on one
database, and importing everything again must change nothing."""

from __future__ import annotations

import json

import numpy as np
from click.testing import CliRunner

from assessor.cli import cli
from assessor.exchange import (auto_bundle, export_package, export_results, import_package, import_results,
                               list_conflicts)
from assessor.store import Store

from tests.assessor.exchange_helpers import CONFIDENCE, answer, answer_for, at, db_digest, setup_facilitator, start, submit

PASSWORD = "kelas-bandung-2026"


def analyze_json(path) -> dict:
    result = CliRunner().invoke(cli, ["--db", str(path), "analyze", "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def take_test(stores, session, person, attempt_id, questions, rng, t0):
    """One participant answers everything (changing one answer) and submits, on each of ``stores``."""
    right = rng.random(len(questions)) < 0.6
    for s in stores:
        start(s, session, person, attempt_id, at(t0))
    for i, q in enumerate(questions):
        level = int(rng.integers(1, 5))
        for s in stores:
            answer(s, attempt_id, q.id, answer_for(q, not right[i]), at(t0 + 10 * i + 1))
            answer(s, attempt_id, q.id, answer_for(q, right[i]), at(t0 + 10 * i + 2))  # changed their mind
            answer(s, attempt_id, q.id, level, at(t0 + 10 * i + 3), kind=CONFIDENCE)
    for s in stores:
        submit(s, attempt_id, at(t0 + 500))


def test_classroom_packages_bundles_and_merge(tmp_path):
    usb = tmp_path / "usb"
    facilitator = Store.open(tmp_path / "facilitator.db")
    session, people, questions = setup_facilitator(facilitator)
    package = usb / "pre-test.assessor-package"
    export_package(facilitator, session.id, package, password=PASSWORD)

    laptops = [Store.open(tmp_path / f"laptop{i}.db") for i in (1, 2, 3)]
    reference = Store.open(tmp_path / "reference.db")  # the same attempts made on one database
    for s in laptops + [reference]:
        first = import_package(s, package, PASSWORD)
        again = import_package(s, package, PASSWORD)
        assert first.status == "imported" and first.new["sessions"] == 1 and first.new["participants"] == 9
        assert again.status == "unchanged"
        assert s.sessions.get(session.id).status == "open"  # ready to run, no other set-up
    l1, l2, l3 = laptops

    rng = np.random.default_rng(7)
    for n, (laptop, group) in enumerate(((l1, people[0:2]), (l2, people[3:6]), (l3, people[6:9]))):
        for k, person in enumerate(group):
            take_test([laptop, reference], session, person, f"00000000-0000-4000-8000-{n}{k:011d}", questions, rng,
                      t0=1000 * (n * 3 + k))

    # Person 2 starts on laptop 1 ...
    dead = people[2]
    attempt_id = "11111111-1111-4111-8111-111111111111"
    for s in (l1, reference):
        start(s, session, dead, attempt_id, at(20_000))
        for i in range(5):
            answer(s, attempt_id, questions[i].id, answer_for(questions[i], True), at(20_001 + i))
    auto_path = auto_bundle(l1, usb, password=PASSWORD)  # after another submission on laptop 1
    # ... answers two more (right) that only laptop 1 records, then laptop 1 dies.
    for s in (l1, reference):
        for i in (5, 6):
            answer(s, attempt_id, questions[i].id, answer_for(questions[i], True), at(20_010 + i))
    # Laptop 2 loads laptop 1's last bundle from the stick and the participant resumes there,
    # re-answering question 6 wrongly and leaving question 5 as it was.
    resumed = import_results(l2, [auto_path], PASSWORD)
    assert resumed.bundles[0].status == "imported"
    assert l2.attempts.get(attempt_id).status == "in_progress"
    for s in (l2, reference):
        answer(s, attempt_id, questions[6].id, answer_for(questions[6], False), at(20_100))
        for i in (7, 8, 9):
            answer(s, attempt_id, questions[i].id, answer_for(questions[i], True), at(20_100 + i))
        submit(s, attempt_id, at(20_200))
    assert l2.attempts.get(attempt_id).marks[questions[5].id] == 0.0  # laptop 2 never saw that answer

    # Laptop 1 is revived later; every laptop writes its bundle to the stick.
    for n, laptop in enumerate(laptops, start=1):
        export_results(laptop, usb / f"laptop{n}.assessor-results", password=PASSWORD)

    report = import_results(facilitator, [usb], PASSWORD)
    # laptop1..3 bring news; laptop 1's earlier auto-bundle holds nothing laptop1's bundle lacks.
    assert [b.status for b in report.bundles] == ["imported"] * 3 + ["unchanged"]
    assert not report.refused and list_conflicts(facilitator) == []
    merged = facilitator.attempts.get(attempt_id)
    assert merged.status == "submitted"
    assert merged.marks[questions[5].id] == 1.0  # the answer given on laptop 1 counts
    assert merged.marks[questions[6].id] == 0.0  # the later answer on laptop 2 wins
    assert len(facilitator.attempts.events(attempt_id)) == 7 + 4  # union: 5 + 2 on laptop 1, 1 + 3 on laptop 2
    assert facilitator.attempts.submitted_count(session.id) == 9
    assert analyze_json(tmp_path / "facilitator.db") == analyze_json(tmp_path / "reference.db")

    before = db_digest(tmp_path / "facilitator.db")
    again = import_results(facilitator, [usb], PASSWORD)
    assert [b.status for b in again.bundles] == ["unchanged"] * 4
    assert db_digest(tmp_path / "facilitator.db") == before

    # An evaluator merges the facilitator's whole database into an empty one, twice.
    evaluator_path = tmp_path / "evaluator.db"
    for s in laptops + [reference, facilitator]:
        s.close()
    runner = CliRunner()
    result = runner.invoke(cli, ["--db", str(evaluator_path), "merge", str(tmp_path / "facilitator.db"), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["bundles"][0]["new"]["attempts"] == 9
    assert analyze_json(evaluator_path) == analyze_json(tmp_path / "reference.db")
    before = db_digest(evaluator_path)
    result = runner.invoke(cli, ["--db", str(evaluator_path), "merge", str(tmp_path / "facilitator.db")])
    assert result.exit_code == 0 and "UNCHANGED" in result.output
    assert db_digest(evaluator_path) == before

