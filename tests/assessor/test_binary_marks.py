"""Schema step 5: marks and confidence ratings stored as float64 arrays, and databases from before it."""

from __future__ import annotations

import json
import math
import sqlite3

import numpy as np
import pytest
from click.testing import CliRunner

from assessor.cli import cli
from assessor.errors import Refused
from assessor.store import Store


def _analyze_json(path) -> str:
    result = CliRunner().invoke(cli, ["--db", str(path), "analyze", "--json"])
    assert result.exit_code == 0, result.output
    return result.output


def _submitted(path) -> list[tuple]:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT a.id, a.marks, a.confidences, s.assessment_id FROM attempts a "
                           "JOIN sessions s ON s.id = a.session_id WHERE a.status = 'submitted' ORDER BY a.id").fetchall()
    finally:
        con.close()


def test_submitted_marks_are_one_float_per_question_of_the_form(demo_store):
    path = demo_store.db.conn.execute("PRAGMA database_list").fetchone()[2]
    found = _submitted(path)
    assert found
    for attempt_id, marks, confidences, form_id in found:
        width = len(demo_store.assessments.get(form_id).question_ids)
        assert isinstance(marks, bytes) and len(marks) == 8 * width
        values = np.frombuffer(marks, "<f8")
        assert np.all(np.isnan(values) | ((values >= 0) & (values <= 1)))
        attempt = demo_store.attempts.get(attempt_id)
        # the attempt as the app sees it: shown questions only, ratings as whole numbers 1..4
        assert len(attempt.marks) == int((~np.isnan(values)).sum())
        if confidences is not None:
            assert all(isinstance(c, int) and 1 <= c <= 4 for c in attempt.confidences.values())


def test_a_database_from_before_step_5_is_converted_and_analyses_the_same(demo_store, tmp_path):
    path = demo_store.db.conn.execute("PRAGMA database_list").fetchone()[2]
    before_attempts = {a: demo_store.attempts.get(a) for a, *_ in _submitted(path)}
    demo_store.close()
    expected = _analyze_json(path)
    # the file as an Assessor without schema step 5 left it: JSON lists, null where none
    con = sqlite3.connect(path)
    for attempt_id, marks, confidences, _ in _submitted(path):
        as_json = [None if math.isnan(v) else v for v in np.frombuffer(marks, "<f8").tolist()]
        ratings = None if confidences is None else json.dumps(
            [None if math.isnan(v) else int(v) for v in np.frombuffer(confidences, "<f8").tolist()])
        con.execute("UPDATE attempts SET marks = ?, confidences = ? WHERE id = ?",
                    [json.dumps(as_json), ratings, attempt_id])
    con.execute("DELETE FROM _sqlite_migrations WHERE name = 'm005_binary_marks'")
    con.commit()
    assert con.execute("SELECT count(*) FROM attempts WHERE typeof(marks) = 'text'").fetchone()[0] == len(before_attempts)
    con.close()
    store = Store.open(path)  # applies step 5
    try:
        assert {a: store.attempts.get(a) for a in before_attempts} == before_attempts
    finally:
        store.close()
    con = sqlite3.connect(path)
    assert con.execute("SELECT count(*) FROM attempts WHERE typeof(marks) = 'text' "
                       "OR typeof(confidences) = 'text'").fetchone()[0] == 0
    con.close()
    assert _analyze_json(path) == expected


def test_stored_marks_that_do_not_fit_the_form_are_refused_by_name(demo_store):
    path = demo_store.db.conn.execute("PRAGMA database_list").fetchone()[2]
    attempt_id, marks, *_ = _submitted(path)[0]
    demo_store.db.execute("UPDATE attempts SET marks = ? WHERE id = ?", [marks[:-8], attempt_id])
    demo_store.db.conn.commit()
    with pytest.raises(Refused) as err:
        demo_store.response_table()
    assert err.value.code == "damaged_marks" and attempt_id in str(err.value)


def test_the_response_table_holds_exactly_the_stored_marks_of_every_form(demo_store):
    """Attempts of several forms, questions not shown, ratings on some: each counting mark is
    one row with its own item, phase and rating, as the attempts themselves say."""
    from assessor.delivery.assessments import Assessment
    from assessor.delivery.sessions import SUBMITTED, Attempt
    from assessor.ids import new_id
    from assessor.people.cohorts import Cohort, Participant

    s = demo_store
    form = s.assessments.list()[0]
    short = s.assessments.save(Assessment(name="Short form", question_ids=form.question_ids[:3]))
    cohort = s.cohorts.save(Cohort("Mixed forms"))
    people = s.cohorts.add_participants(cohort.id, [Participant(cohort.id, f"M{i}") for i in range(3)])
    pre = s.sessions.open(cohort.id, form.id, "pre")
    post = s.sessions.open(cohort.id, short.id, "post")
    q = form.question_ids
    with s.atomic():
        for i, person in enumerate(people):
            marks = {qid: (j + i) % 2 * 1.0 for j, qid in enumerate(q) if j != i}  # question i not shown
            s.attempts.insert_exact(Attempt(session_id=pre.id, participant_id=person.id, device_id=s.device_id,
                                            status=SUBMITTED, submitted_at="2026-02-01T00:00:00", marks=marks,
                                            confidences={q[0]: 1 + i} if i else None, score_pct=50.0, id=new_id()))
            s.attempts.insert_exact(Attempt(session_id=post.id, participant_id=person.id, device_id=s.device_id,
                                            status=SUBMITTED, submitted_at="2026-02-02T00:00:00",
                                            marks={qid: 0.25 * (i + 1) for qid in q[:3]},
                                            confidences={q[1]: 4}, score_pct=50.0, id=new_id()))
    key = {x.id: x.key for x in s.banks.questions_by_id(list(q)).values()}
    expected = set()
    for r in s.results.phase_results(["Mixed forms"]):
        for qid, m in r.marks.items():
            c = (r.confidences or {}).get(qid)
            expected.add((r.code, r.phase, key[qid], m, -1 if c is None else c))
    t = s.response_table(["Mixed forms"])
    conf = np.where(np.isnan(t.confidence), -1, t.confidence)
    got = set(zip(t.participant.values().tolist(), t.phase.values().tolist(), t.item.values().tolist(),
                  t.mark.tolist(), conf.tolist()))
    assert len(t) == len(got) == len(expected) == 3 * (len(q) - 1) + 3 * 3
    assert got == expected
