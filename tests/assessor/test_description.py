"""Description items (Moodle 'description'): text between questions, never scored or counted."""

from __future__ import annotations

import pytest

from assessor.banks.bankio import export_bank, import_file, parse_file
from assessor.banks.formats.native import BankFormatError, dump_bank, parse_bank
from assessor.banks.questions import Bank, Option, Question
from assessor.delivery.assessments import Assessment
from assessor.delivery.marking import check_event, mark_attempt
from assessor.delivery.sessions import ANSWER, AnswerEvent
from assessor.delivery.scoring import is_answered

XML = """<?xml version="1.0" encoding="UTF-8"?>
<quiz>
  <question type="description">
    <name><text>Case study</text></name>
    <questiontext format="html"><text><![CDATA[<p>Read the case of A., aged 15, then answer the next questions.</p>]]></text></questiontext>
    <generalfeedback format="html"><text></text></generalfeedback>
    <defaultgrade>0</defaultgrade>
    <idnumber>CASE-1</idnumber>
  </question>
  <question type="truefalse">
    <name><text>Age</text></name>
    <questiontext format="html"><text>A. is a child.</text></questiontext>
    <idnumber>TF-1</idnumber>
    <answer fraction="100"><text>true</text></answer>
    <answer fraction="0"><text>false</text></answer>
  </question>
</quiz>
"""


def _imported(store, tmp_path):
    path = tmp_path / "case.xml"
    path.write_text(XML, encoding="utf-8")
    report, _summary = import_file(store, path)
    (bank,) = store.banks.list()
    return report, store.banks.get(bank.id)


def test_a_moodle_description_is_imported_not_skipped(store, tmp_path):
    report, bank = _imported(store, tmp_path)
    assert report.skipped == [] and report.errors == []
    case, _tf = bank.questions
    assert (case.type, case.key, case.title) == ("description", "CASE-1", "Case study")
    assert "aged 15" in case.text["en"] and not case.scored and not case.asks


def test_moodle_xml_round_trip_is_exact(store, tmp_path):
    _report, bank = _imported(store, tmp_path)
    out = tmp_path / "out.xml"
    assert export_bank(store, bank.id, "moodlexml", out) == []
    assert '<question type="description">' in out.read_text(encoding="utf-8")
    _again_report, again = import_file(store, out, bank_name=bank.name["en"])
    assert again.new == () and again.new_version == ()


def test_native_yaml_round_trip_and_a_description_takes_no_options():
    text = ("format: assessor-bank/1\nname: {en: B}\nlanguages: [en]\nquestions:\n"
            "  - key: D1\n    type: description\n    text: {en: Read this first.}\n")
    bank = parse_bank(text)
    assert parse_bank(dump_bank(bank)).questions == bank.questions
    with pytest.raises(BankFormatError, match="a description has no 'options'"):
        parse_bank(text + "    options: [{text: {en: x}, correct: true}]\n")


def test_a_description_is_never_marked_and_never_unanswered():
    d = Question("D1", "description", {"en": "Read"}, id="d")
    tf = Question("TF", "truefalse", {"en": "True?"}, answer=True, id="t")
    marking = mark_attempt([d, tf], [AnswerEvent("a", "t", ANSWER, True, "2026-01-01T00:00:00", "dev", "e1")])
    assert marking.marks == {"t": 1.0} and marking.score_pct == 100.0
    assert is_answered(d, None)
    assert check_event(d, ANSWER, "x") == "a description takes no answer"


def test_a_description_may_sit_in_a_test_and_in_an_evaluation(store):
    d = Question("D1", "description", {"en": "Read"})
    rating = Question("R1", "rating", {"en": "Rate"}, scale=({"en": "low"},) + ({},) * 3 + ({"en": "high"},))
    single = Question("S1", "single", {"en": "Pick"}, options=(Option({"en": "a"}, 1.0), Option({"en": "b"})))
    store.banks.import_bank(Bank(name={"en": "Mixed"}, languages=("en",), questions=(d, rating, single)))
    by_key = {q.key: q.id for q in store.banks.questions(store.banks.list()[0].id)}
    store.assessments.save(Assessment(name="Test", question_ids=(by_key["D1"], by_key["S1"])))
    store.assessments.save(Assessment(name="Eval", question_ids=(by_key["D1"], by_key["R1"]), evaluation=True))


@pytest.mark.parametrize("fmt", ["aiken", "xlsx", "qti"])
def test_formats_without_descriptions_say_so(store, tmp_path, fmt):
    _report, bank = _imported(store, tmp_path)
    losses = export_bank(store, bank.id, fmt, tmp_path / f"out.{fmt}")
    (case,) = [loss for loss in losses if loss.key == "CASE-1"]
    assert "text between questions" in case.reason and not case.written


def test_gift_writes_the_description_and_reads_it_back_unchanged(store, tmp_path):
    _report, bank = _imported(store, tmp_path)
    out = tmp_path / "out.gift"
    assert export_bank(store, bank.id, "gift", out) == []
    assert "// [id:CASE-1]\n::Case study::<p>Read the case of A., aged 15," in out.read_text(encoding="utf-8")
    report, again = import_file(store, out, bank_name=bank.name["en"])
    assert [q.type for q in report.questions] == ["description", "truefalse"]
    assert again.new == () and again.new_version == ()


def test_the_preview_lists_the_description(tmp_path):
    path = tmp_path / "case.xml"
    path.write_text(XML, encoding="utf-8")
    assert [q.type for q in parse_file(path).questions] == ["description", "truefalse"]
