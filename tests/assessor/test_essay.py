"""Essay questions: captured, not auto-scored, marked later by a facilitator (as events), then counted."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from assessor.banks.bankio import export_bank, import_file
from assessor.banks.formats.native import dump_bank, parse_bank
from assessor.banks.questions import Bank, Question
from assessor.cli import cli
from assessor.delivery import engine as E
from assessor.delivery.assessments import Assessment
from assessor.delivery.grading import essay_answers, grade_essay, pending_essays
from assessor.delivery.sessions import GRADE
from assessor.errors import InputError, Refused
from assessor.people.cohorts import Cohort, Participant
from assessor.store import Store

ESSAY_XML = """<?xml version="1.0" encoding="UTF-8"?>
<quiz>
  <question type="essay">
    <name><text>Diversion</text></name>
    <questiontext format="html"><text>Explain when a case must go to diversion.</text></questiontext>
    <generalfeedback format="html"><text>Under 7 years of prison and not a repeat offence.</text></generalfeedback>
    <defaultgrade>1</defaultgrade>
    <idnumber>ES-1</idnumber>
    <responseformat>editor</responseformat>
  </question>
</quiz>
"""


def _session(store):
    items = (Question("ES-1", "essay", {"en": "Explain diversion."}, rationale={"en": "Model answer."}),
             Question("TF-1", "truefalse", {"en": "A child is under 18."}, answer=True),
             Question("ES-2", "essay", {"en": "Describe the Bapas report."}))
    store.banks.import_bank(Bank(name={"en": "Essays"}, languages=("en",), questions=items))
    by_key = {q.key: q for q in store.banks.questions(store.banks.list()[0].id)}
    form = store.assessments.save(Assessment(name="Essays", question_ids=tuple(by_key[k].id for k in
                                                                               ("ES-1", "TF-1", "ES-2"))))
    cohort = store.cohorts.save(Cohort(name="C"))
    store.cohorts.add_participants(cohort.id, [Participant(cohort.id, "AB-01", "Ani")])
    return store.sessions.open(cohort.id, form.id, "pre"), by_key


def _submitted(store, essay_text="Diversion applies when ...", second=""):
    session, by_key = _session(store)
    eng = E.AttemptEngine(store)
    person = eng.check_in(session.id, "AB-01").participant
    eng.start_or_resume(session.id, person.id)
    eng.answer(by_key["ES-1"].id, essay_text)
    eng.answer(by_key["TF-1"].id, True)
    if second:
        eng.answer(by_key["ES-2"].id, second)
    result = eng.submit()
    return session, by_key, store.attempts.get(eng.attempt.id), result


def test_an_answered_essay_is_pending_and_left_out_of_the_score(store):
    _session_, by_key, attempt, result = _submitted(store)
    # ES-2 was left empty: it earns 0 at once; ES-1 waits for the facilitator.
    assert attempt.marks == {by_key["TF-1"].id: 1.0, by_key["ES-2"].id: 0.0}
    assert attempt.score_pct == 50.0 and result.pending == 1 and pending_essays(store, attempt) == 1


def test_the_facilitators_mark_is_an_event_and_the_score_is_made_again(store):
    session, by_key, attempt, _result = _submitted(store)
    (essay,) = essay_answers(store, session.id)
    assert (essay.participant_code, essay.question_key, essay.pending) == ("AB-01", "ES-1", True)
    assert essay.guide == {"en": "Model answer."}
    updated = grade_essay(store, attempt.id, by_key["ES-1"].id, 0.5)
    assert updated.marks[by_key["ES-1"].id] == 0.5 and updated.score_pct == pytest.approx(100 * 1.5 / 3)
    assert store.attempts.get(attempt.id).score_pct == pytest.approx(50.0)
    assert pending_essays(store, store.attempts.get(attempt.id)) == 0
    assert [e.value for e in store.attempts.events(attempt.id) if e.kind == GRADE] == [0.5]
    (entry,) = [a for a in store.audit.list() if a.action == "attempt.grade_essay"]
    assert entry.details["question_key"] == "ES-1" and entry.details["mark"] == 0.5
    # Taken back: pending again, out of the score again.
    again = grade_essay(store, attempt.id, by_key["ES-1"].id, None)
    assert by_key["ES-1"].id not in again.marks and again.score_pct == 50.0


def test_a_pending_essay_is_not_a_zero_in_the_statistics(store):
    _session_, by_key, attempt, _result = _submitted(store)
    table = store.response_table()
    assert sorted(table.item.labels[i] for i in table.item.codes) == ["ES-2", "TF-1"]
    grade_essay(store, attempt.id, by_key["ES-1"].id, 1.0)
    table = store.response_table()
    assert sorted(table.item.labels[i] for i in table.item.codes) == ["ES-1", "ES-2", "TF-1"]


@pytest.mark.parametrize("mark, code", [(1.5, "bad_essay_mark"), (-0.1, "bad_essay_mark"), (True, "bad_essay_mark")])
def test_a_mark_outside_0_to_1_is_refused_and_nothing_changes(store, mark, code):
    _session_, by_key, attempt, _result = _submitted(store)
    with pytest.raises(InputError) as err:
        grade_essay(store, attempt.id, by_key["ES-1"].id, mark)
    assert err.value.code == code
    assert store.attempts.get(attempt.id).score_pct == 50.0
    assert not [e for e in store.attempts.events(attempt.id) if e.kind == GRADE]


def test_only_essays_of_submitted_attempts_take_a_mark(store):
    session, by_key = _session(store)
    eng = E.AttemptEngine(store)
    person = eng.check_in(session.id, "AB-01").participant
    eng.start_or_resume(session.id, person.id)
    eng.answer(by_key["ES-1"].id, "text")
    with pytest.raises(Refused) as err:
        grade_essay(store, eng.attempt.id, by_key["ES-1"].id, 1.0)
    assert err.value.code == "essay_not_submitted"
    eng.submit()
    with pytest.raises(InputError) as err:
        grade_essay(store, eng.attempt.id, by_key["TF-1"].id, 1.0)
    assert err.value.code == "not_an_essay"


def test_moodle_xml_and_yaml_round_trips_keep_the_essay(store, tmp_path):
    path = tmp_path / "essay.xml"
    path.write_text(ESSAY_XML, encoding="utf-8")
    report, _summary = import_file(store, path)
    assert report.skipped == [] and [q.type for q in report.questions] == ["essay"]
    bank = store.banks.get(store.banks.list()[0].id)
    (q,) = bank.questions
    assert q.scored and q.manual and q.rationale == {"en": "Under 7 years of prison and not a repeat offence."}
    out = tmp_path / "out.xml"
    assert export_bank(store, bank.id, "moodlexml", out) == []
    _again_report, again = import_file(store, out, bank_name=bank.name["en"])
    assert again.new == () and again.new_version == ()
    (again_q,) = parse_bank(dump_bank(bank)).questions
    assert again_q.content_hash() == q.content_hash()
    gift = tmp_path / "out.gift"
    assert export_bank(store, bank.id, "gift", gift) == []
    assert "{####Under 7 years of prison and not a repeat offence.}" in gift.read_text(encoding="utf-8")
    _gift_report, from_gift = import_file(store, gift, bank_name=bank.name["en"])
    assert from_gift.new == () and from_gift.new_version == ()


def test_the_command_line_lists_and_marks_essays(tmp_path):
    path = tmp_path / "e.db"
    with Store.open(path) as store:
        session, by_key, attempt, _result = _submitted(store)
    runner = CliRunner()
    listed = runner.invoke(cli, ["--db", str(path), "results", "essays", "--session", session.id, "--json"])
    assert listed.exit_code == 0, listed.output
    (row,) = json.loads(listed.output)
    assert (row["question"], row["mark"], row["attempt"]) == ("ES-1", None, attempt.id)
    marked = runner.invoke(cli, ["--db", str(path), "results", "mark-essay", "--attempt", attempt.id,
                                 "--question", "ES-1", "--percent", "100"])
    assert marked.exit_code == 0, marked.output
    assert "score 66.7 % (final)" in marked.output
    refused = runner.invoke(cli, ["--db", str(path), "results", "mark-essay", "--attempt", attempt.id,
                                  "--question", "ES-1", "--percent", "150"])
    assert refused.exit_code == 2 and "0 to 1" in refused.output
    pending = runner.invoke(cli, ["--db", str(path), "results", "essays", "--session", session.id, "--pending"])
    assert "0 answer(s), 0 pending." in pending.output


def test_an_essay_on_paper_takes_the_facilitators_right_or_wrong_as_its_mark(store):
    from assessor.paper.intake import enter_manually

    session, by_key = _session(store)
    (person,) = store.cohorts.participants(session.cohort_id)
    sheet = enter_manually(store, session.id, person.id, ["R", "T", "-"])  # ES-1 right, TF-1 true, ES-2 blank
    attempt = store.attempts.get(sheet.attempt_id)
    assert attempt.marks == {by_key["ES-1"].id: 1.0, by_key["TF-1"].id: 1.0, by_key["ES-2"].id: 0.0}
    (essay, _empty) = [e for e in store.attempts.events(attempt.id) if e.question_id == by_key["ES-1"].id]
    assert "written on paper" in essay.value
    # The facilitator may still change it afterwards, as for any essay.
    assert grade_essay(store, attempt.id, by_key["ES-1"].id, 0.5).marks[by_key["ES-1"].id] == 0.5


def test_the_results_agree_with_the_stored_score_while_an_essay_is_pending_and_after(store):
    from assessor.analysis.participants import participant_scores

    _session_, by_key, attempt, _result = _submitted(store)
    (person,) = participant_scores(store.response_table())
    assert person.pre_pct == pytest.approx(store.attempts.get(attempt.id).score_pct) == 50.0
    grade_essay(store, attempt.id, by_key["ES-1"].id, 0.75)
    (person,) = participant_scores(store.response_table())
    assert person.pre_pct == pytest.approx(store.attempts.get(attempt.id).score_pct) == pytest.approx(175 / 3)


def test_the_score_sheet_says_the_score_is_provisional_until_the_essay_is_marked(store, tmp_path):
    from pypdf import PdfReader

    from reports.sheets import write_sheets

    _session_, by_key, attempt, _result = _submitted(store)

    def sheet_text():
        (path,) = write_sheets(store, "C", lang="en", out=tmp_path / "sheets.pdf")
        return " ".join(page.extract_text() for page in PdfReader(str(path)).pages)

    assert "provisional: 1 essay(s) still to be marked" in sheet_text()
    grade_essay(store, attempt.id, by_key["ES-1"].id, 1.0)
    assert "provisional" not in sheet_text()
