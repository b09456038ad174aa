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
