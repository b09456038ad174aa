"""Course evaluations: unscored types, evaluation forms, anonymity in the database, the statistics."""

from __future__ import annotations

import numpy as np
import pytest
from scipy import stats as sps

from assessor.analysis.evaluation import analyze_evaluations, mean_ci, measured_topic_gains, wilson
from assessor.banks.bankio import ensure_bundled_banks
from assessor.banks.formats.native import BankFormatError, dump_bank, parse_bank
from assessor.delivery import engine as E
from assessor.delivery.assessments import Assessment
from assessor.delivery.evaluation import AnonymousEvaluation
from assessor.errors import InputError, Refused
from assessor.people.cohorts import Cohort, Participant

BANK = """
format: assessor-bank/1
name: {en: Eval, id: Evaluasi}
languages: [en, id]
questions:
%s
"""


def _bank(items: str):
    return parse_bank(BANK % items, "eval.yaml")


def test_unscored_types_read_and_write_the_native_format():
    bank = _bank("""
  - {key: R1, type: rating, text: {en: Relevant, id: Relevan}}
  - {key: R7, type: rating, scale: 7, text: {en: Useful, id: Bermanfaat}}
  - key: C1
    type: choice
    text: {en: Which, id: Mana}
    options: [{text: {en: A, id: A}}, {text: {en: B, id: B}}]
  - {key: M1, type: comment, text: {en: Comments, id: Komentar}}
  - {key: T1, type: retro, topic: law, text: {en: Law, id: Hukum}}
""")
    kinds = {q.key: (q.type, q.points, q.scored) for q in bank.questions}
    assert kinds == {"R1": ("rating", 5, False), "R7": ("rating", 7, False), "C1": ("choice", 0, False),
                     "M1": ("comment", 0, False), "T1": ("retro", 5, False)}
    assert bank.questions[0].scale[0] == {"en": "Strongly disagree", "id": "Sangat tidak setuju"}
    assert parse_bank(dump_bank(bank)).questions == bank.questions


@pytest.mark.parametrize("item, field", [
    ("{key: R, type: rating, scale: 6, text: {en: x, id: y}}", "scale"),
    ("{key: R, type: rating, text: {en: x, id: y}, rationale: {en: z, id: z}}", "rationale"),
    ("{key: C, type: choice, text: {en: x, id: y}, options: [{text: {en: a, id: a}, correct: true}, "
     "{text: {en: b, id: b}}]}", "options[A]"),
    ("{key: C, type: choice, text: {en: x, id: y}, options: [{text: {en: a, id: a}}]}", "options"),
])
def test_an_evaluation_item_with_a_correct_answer_or_a_bad_scale_is_refused(item, field):
    with pytest.raises(BankFormatError) as caught:
        _bank("  - " + item)
    assert caught.value.problems[0].field == field


@pytest.fixture
def classroom(store):
    """The bundled banks, a cohort of six, a knowledge pre/post and the bundled evaluation form."""
    ensure_bundled_banks(store)
    banks = {b.name["en"]: b for b in store.banks.list()}
    knowledge = store.banks.questions(next(b.id for n, b in banks.items() if not n.startswith("Course")))
    evaluation = store.banks.questions(next(b.id for n, b in banks.items() if n.startswith("Course")))
    cohort = store.cohorts.save(Cohort(name="ToT"))
    people = store.cohorts.add_participants(cohort.id, [Participant(cohort.id, f"P{i}") for i in range(1, 7)])
    choice = [q for q in knowledge if q.type in ("single", "multiple", "truefalse")]
    chosen = [q for q in choice if q.topic == "legal-framework"][:4] + [q for q in choice
                                                                      if q.topic != "legal-framework"][:4]
    test = store.assessments.save(Assessment(name="Test", question_ids=tuple(q.id for q in chosen),
                                             shuffle_options=False))
    return store, cohort, people, chosen, evaluation, test


def _form(store, evaluation, anonymous):
    return store.assessments.save(Assessment(name="Evaluation", question_ids=tuple(q.id for q in evaluation),
                                             evaluation=True, anonymous=anonymous))


def test_forms_do_not_mix_scored_and_unscored_items(classroom):
    store, _c, _p, knowledge, evaluation, _t = classroom
    with pytest.raises(InputError) as caught:
        store.assessments.save(Assessment(name="Mixed", question_ids=(knowledge[0].id, evaluation[0].id)))
    assert caught.value.code == "test_unscored_item"
    with pytest.raises(InputError) as caught:
        store.assessments.save(Assessment(name="Mixed", question_ids=(knowledge[0].id, evaluation[0].id),
                                          evaluation=True))
    assert caught.value.code == "evaluation_scored_item"
    with pytest.raises(InputError):
        store.assessments.save(Assessment(name="Anon test", question_ids=(knowledge[0].id,), anonymous=True))


def _answer_all(run, evaluation, rating, retro):
    for q in evaluation:
        if q.type == "rating":
            run.answer(q.id, rating)
        elif q.type == "retro":
            run.answer(q.id, {"then": retro[0], "now": retro[1]})
        elif q.type == "choice":
            run.answer(q.id, "C")
        elif q.type == "comment":
            run.answer(q.id, f"comment {rating}")


def test_anonymous_answers_are_stored_without_any_link_to_the_participant(classroom):
    store, cohort, people, _k, evaluation, _t = classroom
    session = store.sessions.open(cohort.id, _form(store, evaluation, True).id, "post")
    run = AnonymousEvaluation(store)
    assert run.check_in(session.id, "nobody").code == E.UNKNOWN_CODE
    run.start(session.id, "P1", "id")
    _answer_all(run, evaluation, 4, (2, 4))
    run.answer(evaluation[0].id, None)  # cleared stays cleared
    run.submit()
    assert run.check_in(session.id, "P1").code == E.ALREADY_SUBMITTED
    with pytest.raises(Refused):
        run.start(session.id, "P1")
    with pytest.raises(Refused) as caught:  # and never as a linked attempt either
        E.AttemptEngine(store).start_or_resume(session.id, people[1].id)
    assert caught.value.code == "anonymous_evaluation"
    # In the database: no participant id, no code, no device, no time finer than the day.
    db = store.db
    assert store.attempts.for_session(session.id) == []
    ids = {p.id for p in people} | {p.code for p in people} | {store.device_id}
    stored = [str(v) for table in ("evaluation_responses", "evaluation_answers") for r in db[table].rows
              for v in r.values()]
    assert not ids & set(stored)
    (response,) = db["evaluation_responses"].rows
    assert len(response["day"]) == 10
    assert [r["participant_id"] for r in db["evaluation_takers"].rows] == [people[0].id]
    # who answered is kept in key order, not in time order (no rowid to betray it)
    sql = "SELECT sql FROM sqlite_master WHERE name = ?"
    assert "WITHOUT ROWID" in db.execute(sql, ["evaluation_takers"]).fetchone()[0]
    assert "WITHOUT ROWID" in db.execute(sql, ["evaluation_responses"]).fetchone()[0]
    (saved,) = store.evaluations.responses(session.id)
    assert evaluation[0].id not in saved.answers and saved.language == "id"


def test_bad_evaluation_answers_are_refused(classroom):
    store, cohort, _p, _k, evaluation, _t = classroom
    session = store.sessions.open(cohort.id, _form(store, evaluation, True).id, "post")
    run = AnonymousEvaluation(store)
    run.start(session.id, "P2")
    rating = next(q for q in evaluation if q.type == "rating")
    retro = next(q for q in evaluation if q.type == "retro")
    for q, bad in ((rating, 6), (rating, 0), (rating, True), (rating, "4"), (retro, {"then": 9, "now": 1}),
                   (retro, {"before": 1})):
        with pytest.raises(InputError):
            run.answer(q.id, bad)
    assert store.evaluations.responses(session.id, submitted_only=False)[0].answers == {}


def _run_anonymous(store, session, evaluation, ratings):
    for i, rating in enumerate(ratings, start=1):
        run = AnonymousEvaluation(store)
        run.start(session.id, f"P{i}")
        _answer_all(run, evaluation, rating, (rating - 1 if rating > 1 else 1, rating))
        run.submit()


def test_statistics_of_a_rating_item_agree_with_independent_values(classroom):
    store, cohort, _p, _k, evaluation, _t = classroom
    session = store.sessions.open(cohort.id, _form(store, evaluation, True).id, "post")
    ratings = [5, 4, 4, 2, 3, 5]
    _run_anonymous(store, session, evaluation, ratings)
    result = analyze_evaluations(store)
    (entry,) = result["cohorts"]
    assert entry["responses"] == 6 and entry["anonymous"]
    item = entry["items"][0]
    x = np.array(ratings, float)
    assert item["distribution"] == [0, 1, 1, 2, 2]
    assert item["median"] == 4.0 and item["mean"] == pytest.approx(x.mean())
    lo, hi = sps.t.interval(0.95, len(x) - 1, loc=x.mean(), scale=sps.sem(x))
    assert item["mean_ci"] == pytest.approx([lo, hi])
    assert item["agree_count"] == 4 and item["agree_share"] == pytest.approx(4 / 6)
    # Wilson's interval for 4/6 (Newcombe 1998, method 3): 0.300 to 0.903
    assert item["agree_ci"] == pytest.approx([0.3000, 0.9032], abs=1e-4)
    (retro,) = [r for r in entry["retrospective"] if r["topic"] == "legal-framework"]
    change = np.array([r - (r - 1 if r > 1 else 1) for r in ratings], float)
    assert retro["mean_change"] == pytest.approx(change.mean())
    (comments,) = [c for c in entry["comments"] if c["key"] == "EVAL-COM-01"]
    assert comments["comments"] == sorted(f"comment {r}" for r in ratings)


def test_fewer_than_five_anonymous_responses_show_only_their_number(classroom):
    store, cohort, _p, _k, evaluation, _t = classroom
    session = store.sessions.open(cohort.id, _form(store, evaluation, True).id, "post")
    _run_anonymous(store, session, evaluation, [5, 4, 1, 2])
    (entry,) = analyze_evaluations(store)["cohorts"]
    item = entry["items"][0]
    assert item["n"] == 4 and item["suppressed"] and "distribution" not in item and "mean" not in item
    assert all(r["suppressed"] for r in entry["retrospective"])


def test_a_linked_evaluation_relates_self_rated_gain_to_measured_gain(classroom):
    store, cohort, people, knowledge, evaluation, test = classroom
    pre = store.sessions.open(cohort.id, test.id, "pre")
    post = store.sessions.open(cohort.id, test.id, "post")
    legal = [q for q in knowledge if q.topic == "legal-framework"]
    assert len(legal) >= 2
    # participant i answers i-1 legal questions right on the post-test, none on the pre-test
    for i, person in enumerate(people, start=1):
        for session, right in ((pre, 0), (post, min(i - 1, len(legal)))):
            eng = E.AttemptEngine(store)
            eng.start_or_resume(session.id, person.id)
            for j, q in enumerate(legal):
                if q.type in ("single", "multiple"):
                    correct = list(q.correct_keys)
                    wrong = [k for k in q.option_keys if k not in correct][:1]
                    value = (correct if j < right else wrong)
                    eng.answer(q.id, value if q.type == "multiple" else value[0])
                elif q.type == "truefalse":
                    eng.answer(q.id, q.answer if j < right else not q.answer)
            eng.submit()
    form = _form(store, evaluation, False)
    session = store.sessions.open(cohort.id, form.id, "post")
    retro = next(q for q in evaluation if q.type == "retro" and q.topic == "legal-framework")
    self_gain = [0, 1, 1, 2, 3, 4]
    for person, g in zip(people, self_gain):
        eng = E.AttemptEngine(store)
        eng.start_or_resume(session.id, person.id)
        eng.answer(retro.id, {"then": 1, "now": 1 + g})
        result = eng.submit()
        assert result.marks == {}
    gains = measured_topic_gains(store.response_table())
    # the evaluation attempts never enter the knowledge results
    assert {k[2] for k in gains} >= {"legal-framework"}
    # participant i answered min(i-1, L) of the L legal questions right after, none before
    measured = [100.0 * min(i - 1, len(legal)) / len(legal) for i in range(1, len(people) + 1)]
    assert [gains[("ToT", p.code, "legal-framework")] for p in people] == pytest.approx(measured)
    result = analyze_evaluations(store)  # reads the knowledge results itself: a linked retro item is there
    assert analyze_evaluations(store, responses=store.response_table()) == result
    (entry,) = result["cohorts"]
    (row,) = [r for r in entry["retrospective"] if r["topic"] == "legal-framework"]
    rho, p = sps.spearmanr(self_gain, measured)
    assert row["link"]["n"] == 6
    assert row["link"]["rho"] == pytest.approx(rho) and row["link"]["p"] == pytest.approx(p)
    assert row["wilcoxon"]["n_nonzero"] == 5


def test_two_cohorts_are_compared_per_item(classroom):
    store, cohort, _p, _k, evaluation, _t = classroom
    form = _form(store, evaluation, True)
    _run_anonymous(store, store.sessions.open(cohort.id, form.id, "post"), evaluation, [5, 5, 4, 4, 5])
    other = store.cohorts.save(Cohort(name="Cascade"))
    store.cohorts.add_participants(other.id, [Participant(other.id, f"P{i}") for i in range(1, 7)])
    _run_anonymous(store, store.sessions.open(other.id, form.id, "post"), evaluation, [2, 3, 3, 2, 4, 1])
    comparison = analyze_evaluations(store)["comparison"]
    first = comparison[0]
    h, p = sps.kruskal([5, 5, 4, 4, 5], [2, 3, 3, 2, 4, 1])
    assert first["h"] == pytest.approx(h) and first["p"] == pytest.approx(p)


def test_interval_helpers_at_the_edges():
    assert wilson(0, 10)[0] == 0.0 and wilson(10, 10)[1] == 1.0
    assert wilson(0, 0) == (0.0, 1.0)
    assert mean_ci(np.array([3.0])) is None
    assert mean_ci(np.array([4.0, 4.0, 4.0])) == [4.0, 4.0]


def test_formats_that_cannot_carry_evaluation_items_say_so_per_item(classroom, tmp_path):
    from assessor.banks.bankio import export_bank, import_file

    store, _c, _p, _k, evaluation, _t = classroom
    bank_id = evaluation[0].bank_id
    retro = sorted(q.key for q in evaluation if q.type == "retro")
    # GIFT and Aiken carry none of them; Moodle XML and QTI all but then/now; the spreadsheet all.
    for fmt, left_out in (("gift", sorted(q.key for q in evaluation)), ("aiken", sorted(q.key for q in evaluation)),
                          ("moodlexml", retro), ("qti", retro), ("xlsx", [])):
        losses = export_bank(store, bank_id, fmt, tmp_path / f"out.{fmt}")
        assert sorted(loss.key for loss in losses if not loss.written) == left_out, fmt
    export_bank(store, bank_id, "yaml", tmp_path / "out.yaml")
    report, _summary = import_file(store.__class__.memory(), tmp_path / "out.yaml")
    assert len(report.questions) == len(evaluation)


def test_measured_topic_gains_per_topic_from_the_marks(tmp_path):
    from assessor.analysis.responses import read_responses_csv

    rows = ["cohort,participant_id,phase,item_id,topic,correct"]
    # P1: law 1/2 -> 2/2 (+50), rights 0/1 -> 1/1 (+100); P2: only a pre-test; P3 in another cohort: law 1/2 -> 0/2
    for cohort, person, phase, item, topic, mark in [
            ("A", "P1", "pre", "q1", "law", 1), ("A", "P1", "pre", "q2", "law", 0), ("A", "P1", "pre", "q3", "rights", 0),
            ("A", "P1", "post", "q1", "law", 1), ("A", "P1", "post", "q2", "law", 1), ("A", "P1", "post", "q3", "rights", 1),
            ("A", "P1", "followup", "q1", "law", 0),
            ("A", "P2", "pre", "q1", "law", 1),
            ("B", "P3", "pre", "q1", "law", 1), ("B", "P3", "pre", "q2", "law", 0),
            ("B", "P3", "post", "q1", "law", 0), ("B", "P3", "post", "q2", "law", 0)]:
        rows.append(f"{cohort},{person},{phase},{item},{topic},{mark}")
    path = tmp_path / "r.csv"
    path.write_text("\n".join(rows) + "\n")
    gains = measured_topic_gains(read_responses_csv(path))
    assert gains == {("A", "P1", "law"): pytest.approx(50.0), ("A", "P1", "rights"): pytest.approx(100.0),
                     ("B", "P3", "law"): pytest.approx(-50.0)}
