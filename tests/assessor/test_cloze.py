"""Cloze questions (Moodle's embedded answers): read, stored, scored per blank, written back."""

from __future__ import annotations

import pytest

from assessor.banks.bankio import export_bank, import_file, parse_file
from assessor.banks.cloze import ClozeError, parse_embedded, write_embedded
from assessor.banks.formats.native import BankFormatError, dump_bank, parse_bank
from assessor.banks.questions import Question, check_question
from assessor.delivery.marking import check_event
from assessor.delivery.scoring import blank_marks, is_answered, score

CLOZE_XML = """<?xml version="1.0" encoding="UTF-8"?>
<quiz>
  <question type="category"><category><text>$course$/top/Law</text></category></question>
  <question type="multianswer">
    <name><text>Capitals</text></name>
    <questiontext format="html"><text><![CDATA[<p>The capital of France is {2:SHORTANSWER:=Paris#Right~%50%paris, France~*#No}.
Half of 7 is {1:NUMERICAL:=3.5:0.01}. The sky is {1:MCV:red#No~=blue}; grass is {1:MULTICHOICE_S:=green~grey}.</p>]]></text></questiontext>
    <generalfeedback format="html"><text>Geography and arithmetic.</text></generalfeedback>
    <idnumber>CLOZE-1</idnumber>
  </question>
</quiz>
"""


def _cloze(tmp_path, text=CLOZE_XML):
    path = tmp_path / "cloze.xml"
    path.write_text(text, encoding="utf-8")
    return path


def test_moodle_multianswer_is_read_with_every_blank(store, tmp_path):
    report, _summary = import_file(store, _cloze(tmp_path))
    assert report.errors == [] and report.skipped == []
    (bank,) = store.banks.list()
    (q,) = store.banks.get(bank.id).questions
    assert q.type == "cloze" and q.key == "CLOZE-1" and q.topic == "Law"
    assert q.text["en"].startswith("<p>The capital of France is {#1}.") and "{#4}" in q.text["en"]
    short, number, sky, grass = q.blanks
    assert (short.kind, short.weight, [o.fraction for o in short.options]) == ("short", 2.0, [1.0, 0.5, 0.0])
    assert short.options[0].feedback == {"en": "Right"}
    assert (number.kind, number.numeric[0].value, number.numeric[0].tolerance) == ("numerical", 3.5, 0.01)
    assert (sky.kind, sky.display, sky.shuffle) == ("choice", "vertical", False)
    assert (grass.display, grass.shuffle) == ("dropdown", True)
    assert q.rationale == {"en": "Geography and arithmetic."}


def test_the_mark_is_the_weighted_mean_of_the_blanks():
    (text, blanks) = parse_embedded("A {2:SA:=Paris~%50%Lyon} B {1:NM:=3:0.5} C {1:MC:x~=y}")
    q = Question("K", "cloze", text, blanks=blanks)
    assert blank_marks(q, ["lyon", "3,4", "A"]) == [0.5, 1.0, 0.0]
    assert score(q, ["lyon", "3,4", "A"]) == pytest.approx((2 * 0.5 + 1 + 0) / 4)
    assert score(q, ["PARIS", "3", "B"]) == 1.0
    assert score(q, [None, None, None]) == 0.0 and not is_answered(q, [None, "", None])
    assert is_answered(q, [None, "3", None])


def test_case_sensitive_blank_needs_the_case():
    text, blanks = parse_embedded("{1:SAC:=Jakarta}")
    q = Question("K", "cloze", text, blanks=blanks)
    assert score(q, ["jakarta"]) == 0.0 and score(q, ["Jakarta"]) == 1.0


def test_an_answer_of_the_wrong_shape_is_refused_on_import():
    text, blanks = parse_embedded("{1:SA:=a} {1:MC:x~=y}")
    q = Question("K", "cloze", text, blanks=blanks)
    assert check_event(q, "answer", ["a", "B"]) is None
    assert "per blank" in check_event(q, "answer", ["a"])
    assert "option letters" in check_event(q, "answer", ["a", "Z"])


@pytest.mark.parametrize("source, words", [
    ("{1:MULTIRESPONSE:=a~=b~c}", r"multiple-response blank \(MULTIRESPONSE\)"),
    ("{1:MRH:=a~b}", "multiple-response"),
    ("{1:SHORTANSWER:=a", "not closed"),
    ("{1:SHORTANSWER:a~b}", "none is correct"),
    ("{1:NUMERICAL:=three}", "not a number"),
    ("{1:MC:=only}", "at least two answers"),
    ("no blanks here", "no embedded answers"),
])
def test_unreadable_embedded_answers_are_refused_by_name(source, words):
    with pytest.raises(ClozeError, match=words):
        parse_embedded(source)


def test_a_bad_blank_refuses_the_question_with_its_line(tmp_path):
    report = parse_file(_cloze(tmp_path, CLOZE_XML.replace("{1:MCV:red#No~=blue}", "{1:MR:red~=blue}")))
    (error,) = report.errors
    assert error.line == 4 and "blank 3 is a multiple-response blank" in error.message
    assert report.questions == []


def test_escaped_characters_survive_a_round_trip():
    text, blanks = parse_embedded(r"Write {1:SA:=a\}b\~c\#d#fb}")
    q = Question("K", "cloze", text, blanks=blanks)
    assert q.blanks[0].options[0].text == {"en": "a}b~c#d"}
    assert parse_embedded(write_embedded(q, "en")) == (text, blanks)


def test_moodle_xml_round_trip_is_exact(store, tmp_path):
    import_file(store, _cloze(tmp_path))
    (bank,) = store.banks.list()
    bank = store.banks.get(bank.id)
    out = tmp_path / "out.xml"
    assert export_bank(store, bank.id, "moodlexml", out) == []
    assert 'type="multianswer"' in out.read_text(encoding="utf-8")
    _report, again = import_file(store, out, bank_name=bank.name["en"])
    assert again.new == () and again.new_version == ()
    assert store.banks.get(bank.id).questions == bank.questions


def test_bilingual_blanks_are_merged_per_language():
    source = ('<span lang="en" class="multilang">Capital: {1:MC:=Jakarta~Medan}</span>'
              '<span lang="id" class="multilang">Ibu kota: {1:MC:=Jakarta (ibu kota)~Medan}</span>')
    text, (blank,) = parse_embedded(source)
    assert text == {"en": "Capital: {#1}", "id": "Ibu kota: {#1}"}
    assert blank.options[0].text == {"en": "Jakarta", "id": "Jakarta (ibu kota)"}
    q = Question("K", "cloze", text, blanks=(blank,))
    from assessor.banks.formats.interchange import join_multilang

    assert parse_embedded(join_multilang({lang: write_embedded(q, lang) for lang in ("en", "id")})) == (text, (blank,))


def test_languages_with_different_blanks_are_refused():
    source = ('<span lang="en" class="multilang">{1:MC:=a~b}</span>'
              '<span lang="id" class="multilang">{2:MC:=a~b}</span>')
    with pytest.raises(ClozeError, match="blank 1 differs between the languages"):
        parse_embedded(source)


BANK = """format: assessor-bank/1
name: {en: Cloze}
languages: [en]
topics: {law: {en: Law}}
questions:
  - key: C1
    type: cloze
    topic: law
    text: {en: "The age is {#1}; the act is {#2}."}
    blanks:
      - kind: numerical
        weight: 2
        answers: [{value: 12, tolerance: 0}]
      - kind: choice
        display: horizontal
        options:
          - {text: {en: a crime}, correct: true}
          - {text: {en: a choice}}
"""


def test_native_yaml_round_trip_keeps_the_blanks():
    bank = parse_bank(BANK)
    (q,) = bank.questions
    assert [b.kind for b in q.blanks] == ["numerical", "choice"] and q.blanks[0].weight == 2
    again = parse_bank(dump_bank(bank))
    assert again.questions == bank.questions
    assert again.questions[0].content_hash() == q.content_hash()


@pytest.mark.parametrize("change, words", [
    (("{#2}.", "."), "field text: the text must mark every blank exactly once"),
    (("kind: choice", "kind: dropdown"), "field blanks[2]: blank 2 needs 'kind'"),
    (("correct: true", "correct: false"), "field blanks[2]: the blank has no answer with positive credit"),
])
def test_native_yaml_errors_name_the_blank(change, words):
    with pytest.raises(BankFormatError, match=words.replace("[", r"\[").replace("]", r"\]")):
        parse_bank(BANK.replace(*change), "bank.yaml")


def test_content_hash_of_other_types_does_not_change():
    q = Question("K", "short", {"en": "x"}, options=())
    assert "blanks" not in q.content()


def test_editor_check_reports_missing_markers():
    text, blanks = parse_embedded("{1:SA:=a} and {1:SA:=b}")
    q = Question("K", "cloze", {"en": text["en"], "id": "hanya {#1}"}, blanks=blanks)
    assert [(p.code, p.lang) for p in check_question(q, ["en", "id"]) if p.severity == "error"] == [("blank_markers", "id")]


@pytest.mark.parametrize("fmt", ["gift", "aiken", "xlsx"])  # qti writes cloze: tests/assessor/test_qti.py
def test_formats_without_cloze_say_so_per_question(store, tmp_path, fmt):
    import_file(store, _cloze(tmp_path))
    (bank,) = store.banks.list()
    losses = export_bank(store, bank.id, fmt, tmp_path / f"out.{fmt}")
    assert [(loss.key, loss.written) for loss in losses] == [("CLOZE-1", False)]
    assert "embedded answers" in losses[0].reason and "moodlexml" in losses[0].reason


def test_gift_refuses_embedded_answers_by_name(tmp_path):
    path = tmp_path / "q.gift"
    path.write_text("::T:: Capital {1:SHORTANSWER:=Paris} is here.\n", encoding="utf-8")
    report = parse_file(path, "gift")
    assert report.questions == [] and "Moodle's cloze question type" in report.errors[0].message


def test_paper_takes_the_facilitators_right_or_wrong_mark_for_a_cloze_question():
    from assessor.paper.intake import paper_response
    from assessor.paper.layout import MARK, RIGHT, WRONG, row_kind

    text, blanks = parse_embedded("{2:SA:=Bapas~%50%BAPAS office} {1:NM:=7:0} {1:MC:=a~b}")
    q = Question("K", "cloze", text, blanks=blanks)
    assert row_kind(q) == MARK
    assert score(q, paper_response(q, RIGHT)) == 1.0
    wrong = paper_response(q, WRONG)
    assert is_answered(q, wrong) and score(q, wrong) == 0.0


def test_the_score_sheet_review_reads_each_blank():
    from assessor.analysis.reportdata import answer_text, correct_text

    text, blanks = parse_embedded("Age {1:NM:=12:0.5}; court {1:MC:military~=juvenile}; by {1:SA:=Bapas}")
    q = Question("K", "cloze", text, blanks=blanks)
    assert answer_text(q, ["11", "A", None], "en") == "[1] 11; [2] military"
    assert correct_text(q, "en") == "[1] 12 ± 0.5; [2] juvenile; [3] Bapas"
