"""The database's marks read as matrices (issue #20) give what the long table gave.

``Store.response_table()`` now reads each form's attempts straight into a phase x person x
item matrix (``MatrixResponses``); the long-format table it used to build is still what
``ResultsRepo._long_response_table`` reads. These tests compare the two on a database with
two forms in different orders, questions not shown, partial confidence ratings, a
resubmission, no-shows and fractional marks, and check that what the long table refused is
still refused.
"""

from __future__ import annotations

import json

import numpy as np
import pytest

from assessor.analysis.evaluation import measured_topic_gains
from assessor.analysis.participants import participant_scores
from assessor.analysis.responses import MatrixResponses, write_responses_csv
from assessor.analysis.stats import analyze
from assessor.banks.questions import Bank, Question
from assessor.delivery.assessments import Assessment
from assessor.delivery.sessions import SUBMITTED, Attempt
from assessor.errors import InputError, Refused
from assessor.ids import new_id
from assessor.people.cohorts import Cohort, Participant
from assessor.store import Store

KEYS = [f"Q{i}" for i in range(1, 9)]
TOPICS = {k: ("Law" if i % 3 else "Rights") for i, k in enumerate(KEYS)}


def _attempt(store, session, person, marks, when, confidences=None):
    store.attempts.insert_exact(Attempt(
        session_id=session, participant_id=person, device_id=store.device_id, status=SUBMITTED,
        submitted_at=when, marks=marks, confidences=confidences,
        score_pct=100 * float(np.nanmean(shown)) if (shown := [m for m in marks.values() if m == m]) else None,
        id=new_id()))


def _build(path, seed=3):
    """Two cohorts; North takes form A twice, South form B (other questions, other order) then A."""
    rng = np.random.default_rng(seed)
    store = Store.open(path)
    store.banks.import_bank(Bank(name={"en": "Matrix"}, languages=("en",), questions=tuple(
        Question(key=k, type="truefalse", text={"en": f"Statement {k}"}, answer=True, topic=TOPICS[k])
        for k in KEYS)))
    qid = {q.key: q.id for q in store.banks.questions(store.banks.list()[0].id)}
    form_a = store.assessments.save(Assessment(name="A", question_ids=tuple(qid[k] for k in KEYS[:6])))
    form_b = store.assessments.save(Assessment(name="B", question_ids=tuple(qid[k] for k in reversed(KEYS[2:]))))
    plan = {"North": (form_a, form_a), "South": (form_b, form_a)}
    for name, (pre_form, post_form) in plan.items():
        cohort = store.cohorts.save(Cohort(name=name))
        people = store.cohorts.add_participants(cohort.id, [
            Participant(cohort.id, f"{name[0]}{i}", sex=("female", "male", "not_stated")[i % 3],
                        organisation=("Police", "", "Courts")[i % 3]) for i in range(1, 9)])
        forms = {"pre": pre_form, "post": post_form}
        for phase, form in forms.items():
            session = store.sessions.open(cohort.id, form.id, phase).id
            for i, p in enumerate(people):
                if (phase == "post" and i == 0) or i == 7:  # one drops out, one never comes
                    continue
                keys = [store.banks.questions_by_id([q])[q].key for q in form.question_ids]
                marks = {qid[k]: float(rng.choice([0.0, 0.5, 1.0])) for k in keys}
                if i == 2:  # a question not shown to this participant
                    marks.pop(qid[keys[1]])
                rated = None
                if name == "North" and i % 2:
                    rated = {q: int(rng.integers(1, 5)) for q in list(marks)[:-1]}
                if phase == "pre" and i == 3:  # submitted twice: the later attempt counts
                    _attempt(store, session, p.id, {q: 0.0 for q in marks}, "2026-01-01T09:00:00")
                _attempt(store, session, p.id, marks, f"2026-01-0{2 + (phase == 'post')}T10:0{i}:00", rated)
    return store


@pytest.fixture
def store(tmp_path):
    s = _build(tmp_path / "m.db")
    yield s
    s.close()


def _same_column(a, b):
    return np.array_equal(np.asarray(a), np.asarray(b), equal_nan=True)


def test_the_database_is_read_as_matrices(store):
    table = store.response_table()
    assert isinstance(table, MatrixResponses)
    assert table.matrix.conf is not None and len(table.matrix.groups) == 2


@pytest.mark.parametrize("cohorts", [None, ["South"], ["South", "North"]])
def test_the_analysis_is_the_same_as_from_the_long_table(store, cohorts):
    old = analyze(store.results._long_response_table(cohorts), cohorts)
    new = analyze(store.response_table(cohorts), cohorts)
    assert json.dumps(new, indent=2) == json.dumps(old, indent=2)
    assert new["cohorts"]["South"]["no_shows"] == ["S8"]
    assert new["cohorts"]["South"]["n_pre"] == 7 and new["cohorts"]["South"]["n_post"] == 6


def test_every_long_column_is_the_same_when_asked_for(store, tmp_path):
    old = store.results._long_response_table()
    new = store.response_table()
    assert len(new) == len(old)
    for name in ("cohort", "participant", "phase", "item", "topic", "sex", "organisation"):
        assert getattr(new, name).labels == getattr(old, name).labels, name
        assert _same_column(getattr(new, name).codes, getattr(old, name).codes), name
    assert _same_column(new.mark, old.mark)
    assert _same_column(new.confidence, old.confidence)
    assert (new.has_confidence_column, new.pass_marks, new.rosters) == \
        (old.has_confidence_column, old.pass_marks, old.rosters)
    write_responses_csv(old, tmp_path / "old.csv")
    write_responses_csv(new, tmp_path / "new.csv")
    assert (tmp_path / "new.csv").read_bytes() == (tmp_path / "old.csv").read_bytes()
    assert measured_topic_gains(new) == measured_topic_gains(old)
    assert participant_scores(new, "South") == participant_scores(old, "South")


def test_the_latest_of_two_submissions_counts(store):
    table = store.response_table(["North"])
    block = analyze(table, ["North"])["cohorts"]["North"]
    assert block["n_pre"] == 7  # N4's two pre-tests count once
    person = table.matrix.participant_labels.index("N4")
    row = int(np.flatnonzero(table.matrix.person_participant == person)[0])
    assert np.nansum(table.matrix.marks[0, row]) > 0  # the later attempt, not the one of zeros


def test_a_mark_outside_0_to_1_is_refused_as_before(tmp_path):
    store = _build(tmp_path / "bad.db")
    cohort = store.cohorts.list()[0]
    person = store.cohorts.participants(cohort.id)[7]  # the one who never came
    form = store.assessments.list()[0]
    session = store.sessions.open(cohort.id, form.id, "followup").id
    _attempt(store, session, person.id, {q: 1.5 for q in form.question_ids}, "2026-02-01T10:00:00")
    with pytest.raises(InputError) as new:
        store.response_table()
    with pytest.raises(InputError) as old:
        store.results._long_response_table()
    assert new.value.code == "bad_mark" and str(new.value) == str(old.value)
    store.close()


def test_damaged_stored_marks_are_refused_naming_the_attempt(store):
    found = store.results.phase_results(["South"])[0]
    store.db.execute("UPDATE attempts SET marks = ? WHERE id = ?", [b"\x00" * 8, found.attempt_id])
    with pytest.raises(Refused) as err:
        store.response_table()
    assert err.value.code == "damaged_marks" and found.attempt_id in str(err.value)


def test_two_cohorts_of_one_name_are_read_as_the_long_table_reads_them(tmp_path):
    store = _build(tmp_path / "twice.db")
    other = store.cohorts.save(Cohort(name="North"))
    (p,) = store.cohorts.add_participants(other.id, [Participant(other.id, "N1")])
    form = store.assessments.list()[0]
    _attempt(store, store.sessions.open(other.id, form.id, "pre").id, p.id,
             {q: 1.0 for q in form.question_ids}, "2026-03-01T10:00:00")
    with pytest.raises(InputError) as new:
        store.response_table()
    with pytest.raises(InputError) as old:
        store.results._long_response_table()
    assert new.value.code == old.value.code == "duplicate"
    store.close()


def test_an_attempt_without_a_single_mark_is_read_as_the_long_table_reads_it(tmp_path):
    store = _build(tmp_path / "empty.db")
    cohort = store.cohorts.list()[0]
    person = store.cohorts.participants(cohort.id)[7]  # the one who never came
    form = store.assessments.list()[0]
    _attempt(store, store.sessions.open(cohort.id, form.id, "followup").id, person.id,
             {form.question_ids[0]: float("nan")}, "2026-02-01T10:00:00")
    old = analyze(store.results._long_response_table())
    new = analyze(store.response_table())
    assert json.dumps(new) == json.dumps(old)
    assert person.code in new["cohorts"][cohort.name]["no_shows"]  # no mark: not counted as having come
    store.close()
