"""One marking for runner, merge and import: the facilitator sees exactly the state the
runner showed, marks carried in a file are never trusted, and event values that cannot
fit their question are refused with the place named."""

from __future__ import annotations

import itertools
import json
import math

import pytest

from assessor.delivery import engine as E
from assessor.delivery.marking import MAX_TEXT, check_event, mark_attempt, replay
from assessor.delivery.sessions import ANSWER, CONFIDENCE, FLAG, AnswerEvent
from assessor.errors import InputError
from assessor.exchange import export_package, export_results, import_bundle, import_package, import_results
from assessor.exchange.container import RESULTS, build_container, read_container
from assessor.store import Store
from tests.assessor.exchange_helpers import db_digest, setup_facilitator


def _laptop(tmp_path):
    facilitator = Store.open(tmp_path / "f.db")
    session, people, questions = setup_facilitator(facilitator, n_people=3, n_questions=6)
    package = tmp_path / "p.assessor-package"
    export_package(facilitator, session.id, package, password="paket-rahasia")
    laptop = Store.open(tmp_path / "a.db")
    import_package(laptop, package, password="paket-rahasia")
    return facilitator, laptop, session, people, questions


@pytest.fixture
def same_time_descending_ids(monkeypatch):
    """Every event gets the same time and ids that sort against the order of appending."""
    import assessor.store.sessions as repo

    ids = (f"{n:08x}-0000-4000-8000-000000000000" for n in itertools.count(0xFFFFFFF0, -1))
    monkeypatch.setattr(repo, "now", lambda: "2026-03-02T09:00:00.000000+00:00")
    monkeypatch.setattr(repo, "new_id", lambda: next(ids))


def _run(laptop, session, person, questions):
    """A participant who changes their mind, clears a rating and clears an answer."""
    eng = E.AttemptEngine(laptop)
    eng.start_or_resume(session.id, person.id)
    qs = {q.id: q for q in eng.questions}
    first, second, third = (qs[q.id] for q in questions[:3])
    wrong = next(k for k in first.option_keys if k not in first.correct_keys) if first.type == "single" else None
    for q in (first, second, third):
        right = q.correct_keys[0] if q.type == "single" else (sorted(q.correct_keys) if q.type == "multiple"
                                                               else bool(q.answer))
        eng.answer(q.id, right)
        eng.set_confidence(q.id, 4)
    if wrong is not None:
        eng.answer(first.id, wrong)  # changed: same time stamp as the right answer before it
    eng.set_confidence(second.id, None)  # a cleared rating stays cleared
    eng.answer(third.id, None)  # a cleared answer stays cleared
    eng.toggle_flag(third.id)
    shown = eng.state
    return eng, shown


def test_facilitator_ends_in_exactly_the_state_the_runner_showed(tmp_path, same_time_descending_ids):
    facilitator, laptop, session, people, questions = _laptop(tmp_path)
    eng, shown = _run(laptop, session, people[0], questions)
    # A bundle written mid-test (auto bundle), then the final one: the second import merges.
    export_results(laptop, tmp_path / "mid.assessor-results", password="hasil-rahasia")
    import_results(facilitator, [tmp_path / "mid.assessor-results"], password="hasil-rahasia")
    result = eng.submit()
    export_results(laptop, tmp_path / "end.assessor-results", password="hasil-rahasia")
    report = import_results(facilitator, [tmp_path / "end.assessor-results"], password="hasil-rahasia")
    assert report.bundles[0].merged_attempts == 1

    merged = facilitator.attempts.get(eng.attempt.id)
    assert merged.marks == result.marks and merged.score_pct == result.score_pct
    second = questions[1].id
    assert second not in (merged.confidences or {})
    assert replay(facilitator.attempts.events(merged.id)) == {q: s for q, s in shown.items() if s != E.ItemState()}
    assert merged.marks[questions[2].id] == 0.0  # the cleared answer earns nothing anywhere


def _tampered(source, target, change):
    container = read_container(source, "hasil-rahasia", expect=RESULTS)
    members = dict(container.members)
    change(members)
    manifest = {k: v for k, v in container.manifest.items()
                if k not in ("format", "format_version", "app_version", "members", "encryption")}
    target.write_bytes(build_container(RESULTS, manifest, members, "hasil-rahasia"))
    return target


def _edit(members, name, fn):
    items = json.loads(members[name])
    fn(items)
    members[name] = json.dumps(items).encode()


def test_marks_carried_in_a_bundle_are_recomputed_from_the_events(tmp_path):
    facilitator, laptop, session, people, questions = _laptop(tmp_path)
    eng = E.AttemptEngine(laptop)
    eng.start_or_resume(session.id, people[1].id)
    eng.answer(eng.questions[0].id, None)
    honest = eng.submit()
    assert honest.score_pct == 0.0
    export_results(laptop, tmp_path / "b.assessor-results", password="hasil-rahasia")

    def full_marks(attempts):
        for a in attempts:
            a["marks"] = {q: 1.0 for q in a["marks"]}
            a["score_pct"] = 100.0

    bad = _tampered(tmp_path / "b.assessor-results", tmp_path / "t.assessor-results",
                    lambda m: _edit(m, "attempts.json", full_marks))
    report = import_bundle(facilitator, bad, "hasil-rahasia")
    assert report.status == "imported" and report.remarked_attempts == 1
    stored = facilitator.attempts.get(eng.attempt.id)
    assert stored.score_pct == 0.0 and set(stored.marks.values()) == {0.0}
    (row,) = facilitator.results.phase_results()
    assert row.score_pct == 0.0


@pytest.mark.parametrize("value, reason", [
    ({"A": 1}, "single-choice"),
    ("x" * 50_000, "longer than"),
])
def test_an_event_value_that_cannot_fit_its_question_is_refused_with_its_place(tmp_path, value, reason):
    facilitator, laptop, session, people, questions = _laptop(tmp_path)
    eng = E.AttemptEngine(laptop)
    eng.start_or_resume(session.id, people[2].id)
    single = next(q for q in eng.questions if q.type == "single")
    eng.answer(single.id, single.option_keys[0])
    eng.submit()
    export_results(laptop, tmp_path / "b.assessor-results", password="hasil-rahasia")

    def poison(events):
        events[0]["value"] = value

    bad = _tampered(tmp_path / "b.assessor-results", tmp_path / "t.assessor-results",
                    lambda m: _edit(m, "events.json", poison))
    before = db_digest(tmp_path / "f.db")
    with pytest.raises(InputError) as caught:
        import_bundle(facilitator, bad, "hasil-rahasia")
    message = str(caught.value)
    assert "events.json record 1" in message and single.key in message and reason in message
    assert "nothing was imported" in message
    assert db_digest(tmp_path / "f.db") == before


def test_a_question_id_stored_with_other_content_is_a_conflict_not_present(tmp_path):
    facilitator, laptop, session, people, questions = _laptop(tmp_path)
    export_results(laptop, tmp_path / "b.assessor-results", password="hasil-rahasia")

    def rewrite(items):
        items[0]["content"]["text"] = {"en": "A different question", "id": "Pertanyaan lain"}

    bad = _tampered(tmp_path / "b.assessor-results", tmp_path / "t.assessor-results",
                    lambda m: _edit(m, "questions.json", rewrite))
    qid = json.loads(read_container(bad, "hasil-rahasia").members["questions.json"])[0]["id"]
    kept = facilitator.banks.questions_by_id([qid])[qid]
    report = import_bundle(facilitator, bad, "hasil-rahasia")
    assert [c["question_id"] for c in report.question_conflicts] == [qid]
    carried = len(json.loads(read_container(bad, "hasil-rahasia").members["questions.json"]))
    assert report.present["questions"] == carried - 1
    assert facilitator.banks.questions_by_id([qid])[qid].content_hash() == kept.content_hash()


def _q(store, kind):
    from assessor.banks.bankio import ensure_bundled_banks

    ensure_bundled_banks(store)
    return next(q for b in store.banks.list() for q in store.banks.questions(b.id) if q.type == kind)


def test_check_event_names_what_does_not_fit(store):
    single, multiple, tf = _q(store, "single"), _q(store, "multiple"), _q(store, "truefalse")
    assert check_event(single, ANSWER, single.option_keys[0]) is None
    assert check_event(single, ANSWER, None) is None
    assert check_event(single, ANSWER, {"A": 1})
    assert check_event(single, ANSWER, math.nan)
    assert check_event(single, ANSWER, "Z")
    assert check_event(multiple, ANSWER, [multiple.option_keys[0]] * 2)
    assert check_event(tf, ANSWER, 1)
    assert check_event(tf, CONFIDENCE, 5) and check_event(tf, CONFIDENCE, True) and check_event(tf, CONFIDENCE, 2.0)
    assert check_event(tf, FLAG, "yes") and check_event(tf, FLAG, True) is None


def test_check_event_on_typed_and_matching_questions():
    from assessor.banks.questions import Question

    numerical = Question.from_content({"type": "numerical", "key": "N1", "text": {"en": "How many?"},
                                       "numeric": [{"value": 7, "tolerance": 0, "fraction": 1}]})
    matching = Question.from_content({"type": "matching", "key": "M1", "text": {"en": "Match"},
                                      "pairs": [{"left": {"en": "a"}, "right": {"en": "1"}},
                                                {"left": {"en": "b"}, "right": {"en": "2"}}]})
    assert check_event(numerical, ANSWER, "7") is None and check_event(numerical, ANSWER, 7.0) is None
    assert "finite" in check_event(numerical, ANSWER, math.nan)
    assert check_event(numerical, ANSWER, "x" * (MAX_TEXT + 1))
    assert check_event(numerical, ANSWER, "a\x00b")
    assert check_event(matching, ANSWER, [1, 0]) is None and check_event(matching, ANSWER, [None, 0]) is None
    assert check_event(matching, ANSWER, [-1, 0]) and check_event(matching, ANSWER, [0]) \
        and check_event(matching, ANSWER, [True, 0])


def test_mark_attempt_latest_wins_and_none_clears(store):
    q = _q(store, "single")
    right = q.correct_keys[0]
    t = "2026-03-02T09:00:00.000000+00:00"
    events = [AnswerEvent("a", q.id, ANSWER, right, t, id="z"), AnswerEvent("a", q.id, CONFIDENCE, 3, t, id="y"),
              AnswerEvent("a", q.id, CONFIDENCE, None, t, id="x")]
    got = mark_attempt([q], events)
    assert got.marks == {q.id: 1.0} and got.confidences == {} and got.score_pct == 100.0
    cleared = mark_attempt([q], events + [AnswerEvent("a", q.id, ANSWER, None, t, id="a")])
    assert cleared.marks == {q.id: 0.0}


def test_the_engine_refuses_true_as_a_confidence_rating(store):
    from tests.assessor.test_engine import make_session

    s, _ = make_session(store)
    eng = E.AttemptEngine(store)
    eng.start_or_resume(s.id, eng.check_in(s.id, "AB-01").participant.id)
    q = eng.questions[0]
    with pytest.raises(InputError):
        eng.set_confidence(q.id, True)


def test_the_cli_report_names_a_question_conflict_and_remarked_attempts(tmp_path):
    from click.testing import CliRunner

    from assessor.cli import cli

    facilitator, laptop, session, people, questions = _laptop(tmp_path)
    eng = E.AttemptEngine(laptop)
    eng.start_or_resume(session.id, people[0].id)
    eng.submit()
    export_results(laptop, tmp_path / "b.assessor-results", password="hasil-rahasia")

    def both(members):
        _edit(members, "questions.json", lambda items: items[0]["content"].update(text={"en": "Other"}))
        _edit(members, "attempts.json", lambda items: items[0].update(score_pct=100.0))

    bad = _tampered(tmp_path / "b.assessor-results", tmp_path / "t.assessor-results", both)
    facilitator.close()
    (tmp_path / "pw.txt").write_text("hasil-rahasia\n")
    out = CliRunner().invoke(cli, ["--db", str(tmp_path / "f.db"), "bundle", "import", str(bad),
                                   "--password-file", str(tmp_path / "pw.txt")])
    assert out.exit_code == 0, out.output
    assert "CONFLICT question" in out.output and "marked again from the answers" in out.output
