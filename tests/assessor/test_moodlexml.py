"""Moodle XML import (every supported type, multilang, categories, skips) and round trips."""

from __future__ import annotations

import pytest

from assessor.banks.formats.interchange import to_question
from assessor.banks.formats.moodlexml import parse_moodle_xml, write_moodle_xml
from assessor.banks.questions import AGREEMENT_SCALES, KNOWLEDGE_SCALE, NumericAnswer, Option, Pair, Question

SAMPLE = """<?xml version="1.0" encoding="UTF-8"?>
<quiz>
  <question type="category">
    <category><text>$course$/top/Default for CPCT/Legal basis</text></category>
    <info format="html"><text></text></info>
  </question>
  <question type="multichoice">
    <name><text>Consent</text></name>
    <questiontext format="html"><text><![CDATA[<span lang="en" class="multilang">Who must consent?</span><span lang="id" class="multilang">Siapa yang harus setuju?</span>]]></text></questiontext>
    <generalfeedback format="html"><text>{mlang en}Always the person.{mlang}{mlang id}Selalu orangnya.{mlang}</text></generalfeedback>
    <idnumber>LEG-01</idnumber>
    <single>true</single>
    <answer fraction="100" format="html"><text>The person</text><feedback format="html"><text>Yes</text></feedback></answer>
    <answer fraction="0" format="html"><text>The police</text></answer>
    <answer fraction="-33.33333" format="html"><text>Nobody</text></answer>
    <tags><tag><text>core</text></tag></tags>
  </question>
  <question type="category">
    <category><text>$course$/top/Procedure</text></category>
    <idnumber>proc</idnumber>
  </question>
  <question type="multichoice">
    <name><text>Rights</text></name>
    <questiontext format="html"><text>Which are rights?</text></questiontext>
    <single>false</single>
    <answer fraction="50"><text>Silence</text></answer>
    <answer fraction="50"><text>Counsel</text></answer>
    <answer fraction="33"><text>Coffee</text></answer>
    <answer fraction="-100"><text>Torture</text></answer>
  </question>
  <question type="truefalse">
    <name><text>TF</text></name>
    <questiontext format="moodle_auto_format"><text>Children may be detained with adults.</text></questiontext>
    <answer fraction="0"><text>true</text><feedback><text>No.</text></feedback></answer>
    <answer fraction="100"><text>false</text><feedback><text>Right.</text></feedback></answer>
  </question>
  <question type="essay">
    <name><text>Essay</text></name>
    <questiontext format="html"><text>Discuss.</text></questiontext>
  </question>
  <question type="shortanswer">
    <name><text>Short</text></name>
    <questiontext format="html"><text>Name the court.</text></questiontext>
    <usecase>0</usecase>
    <answer fraction="100"><text>district court*</text></answer>
    <answer fraction="50"><text>court</text></answer>
  </question>
  <question type="numerical">
    <name><text>Num</text></name>
    <questiontext format="html"><text>Hours of detention before review?</text></questiontext>
    <answer fraction="100"><text>24</text><tolerance>0</tolerance></answer>
    <answer fraction="50"><text>23.5</text><tolerance>1.5</tolerance></answer>
  </question>
  <question type="description">
    <name><text>Intro</text></name>
    <questiontext format="html"><text>Read carefully.</text></questiontext>
  </question>
  <question type="matching">
    <name><text>Match</text></name>
    <questiontext format="html"><text>Match the terms.</text></questiontext>
    <subquestion format="html"><text>KUHP</text><answer><text>Penal code</text></answer></subquestion>
    <subquestion format="html"><text>KUHAP</text><answer><text>Procedure code</text></answer></subquestion>
    <subquestion format="html"><text></text><answer><text>Civil code</text></answer></subquestion>
  </question>
</quiz>
"""


def line_of(needle: str, nth: int = 1) -> int:
    """1-based line of the nth line containing ``needle`` in SAMPLE."""
    hits = [i + 1 for i, line in enumerate(SAMPLE.splitlines()) if needle in line]
    return hits[nth - 1]


@pytest.fixture(scope="module")
def report():
    return parse_moodle_xml(SAMPLE.encode("utf-8"))


def test_every_supported_type_is_read_in_order(report):
    assert report.ok, report.errors
    assert [q.type for q in report.questions] == ["single", "multiple", "truefalse", "essay", "short", "numerical",
                                                  "description", "matching"]
    assert [q.line for q in report.questions] == [
        line_of('type="multichoice"', 1), line_of('type="multichoice"', 2), line_of('type="truefalse"'),
        line_of('type="essay"'), line_of('type="shortanswer"'), line_of('type="numerical"'),
        line_of('type="description"'), line_of('type="matching"'),
    ]
    assert report.skipped == []


def test_category_sets_topic_from_its_whole_nested_path_or_idnumber(report):
    assert [q.topic for q in report.questions] == ["Default for CPCT/Legal basis"] + ["proc"] * 7


def test_nested_categories_keep_their_whole_path_through_export_and_import_again():
    xml = """<quiz>
  <question type="category"><category><text>$course$/top/Law/International//UN</text></category>
    <idnumber>INTL</idnumber></question>
  <question type="truefalse"><name><text>Q1</text></name><questiontext><text>Binding?</text></questiontext>
    <answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer></question>
  <question type="category"><category><text>$course$/top/Law</text></category></question>
  <question type="truefalse"><name><text>Q2</text></name><questiontext><text>Domestic?</text></questiontext>
    <answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer></question>
</quiz>"""
    first = parse_moodle_xml(xml.encode())
    assert [q.topic for q in first.questions] == ["Law/International//UN", "Law"]
    questions = [to_question(p, p.title) for p in first.questions]
    again = parse_moodle_xml(write_moodle_xml(questions, ["en"]))
    assert [q.topic for q in again.questions] == ["Law/International//UN", "Law"]
    assert "$course$/top/Law/International//UN" in write_moodle_xml(questions, ["en"]).decode()


def test_multilang_text_and_feedback_split_into_languages(report):
    q = to_question(report.questions[0], "x")
    assert q.key == "LEG-01"
    assert q.text == {"en": "Who must consent?", "id": "Siapa yang harus setuju?"}
    assert q.rationale == {"en": "Always the person.", "id": "Selalu orangnya."}
    assert q.options[0].feedback == {"en": "Yes"}
    assert q.tags == ("core",)
    assert q.title == "Consent"


def test_fractions_become_numbers_and_odd_weights_are_warned(report):
    single, multiple = report.questions[0], report.questions[1]
    assert single.options[2].fraction == pytest.approx(-1 / 3, abs=1e-12)
    assert [o.fraction for o in multiple.options] == [0.5, 0.5, 0.33, -1.0]
    coffee_line = line_of("Coffee")
    assert [(w.line, w.message) for w in report.warnings if w.line == coffee_line] == [
        (coffee_line, "answer weight 33% is not a Moodle grade; stored as 0.33")]


def test_truefalse_short_numerical_matching_content(report):
    tf, _essay, short, num, _description, match = (to_question(p, "k") for p in report.questions[2:])
    assert tf.answer is False
    assert report.questions[2].feedback_false == "Right."
    assert [(o.text["en"], o.fraction) for o in short.options] == [("district court*", 1.0), ("court", 0.5)]
    assert [(a.value, a.tolerance, a.fraction) for a in num.numeric] == [(24.0, 0.0, 1.0), (23.5, 1.5, 0.5)]
    assert [(p.left["en"], p.right["en"]) for p in match.pairs] == [("KUHP", "Penal code"), ("KUHAP", "Procedure code")]
    # The distractor is kept: shown among the choices, written back as a subquestion without text.
    assert match.distractors == ({"en": "Civil code"},)
    assert [t["en"] for t in match.right_options] == ["Penal code", "Procedure code", "Civil code"]
    again = parse_moodle_xml(write_moodle_xml([match], ["en"]))
    assert again.questions[0].distractors == ["Civil code"]


@pytest.mark.parametrize("bad, needle, message_part", [
    ('<answer fraction="abc"><text>x</text></answer>', 'fraction="abc"', "not a number"),
    ('<answer fraction="150"><text>x</text></answer>', 'fraction="150"', "outside"),
])
def test_bad_weights_are_errors_on_their_line(bad, needle, message_part):
    xml = ('<?xml version="1.0"?>\n<quiz>\n<question type="multichoice">\n'
           '<questiontext><text>Q?</text></questiontext><single>true</single>\n'
           f'<answer fraction="100"><text>a</text></answer>\n{bad}\n</question>\n</quiz>')
    report = parse_moodle_xml(xml.encode())
    assert not report.questions
    assert len(report.errors) == 1
    assert report.errors[0].line == 6 and message_part in report.errors[0].message


def test_question_without_correct_answer_is_an_error_other_questions_kept():
    xml = ('<quiz>\n<question type="multichoice"><questiontext><text>Q?</text></questiontext>\n'
           '<answer fraction="0"><text>a</text></answer><answer fraction="0"><text>b</text></answer></question>\n'
           '<question type="truefalse"><questiontext><text>T?</text></questiontext>\n'
           '<answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer></question>\n'
           '</quiz>')
    report = parse_moodle_xml(xml.encode())
    assert [(e.line, "correct" in e.message) for e in report.errors] == [(2, True)]
    assert [q.type for q in report.questions] == ["truefalse"]


def test_not_xml_and_wrong_root_are_line_numbered_errors():
    broken = parse_moodle_xml(b"<quiz>\n<question type='truefalse'>\n</quiz>")
    assert not broken.questions and broken.errors[0].line == 3
    other = parse_moodle_xml(b"<html><body/></html>")
    assert "quiz" in other.errors[0].message


def test_entity_expansion_is_refused():
    bomb = b'<?xml version="1.0"?>\n<!DOCTYPE quiz [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>\n<quiz>&b;</quiz>'
    report = parse_moodle_xml(bomb)
    assert not report.questions and "refused" in report.errors[0].message


def test_unsupported_types_are_skipped_not_dropped():
    xml = b'<quiz><question type="calculated"><questiontext><text>x</text></questiontext></question></quiz>'
    report = parse_moodle_xml(xml)
    assert [(s.line, s.type) for s in report.skipped] == [(1, "calculated")]


# -- round trips ------------------------------------------------------------------

BILINGUAL = [
    Question(key="RT-SINGLE", type="single", topic="legal",
             text={"en": "Which article? <b>bold</b> & more", "id": "Pasal mana?"},
             options=(Option({"en": "Art. 1", "id": "Pasal 1"}, 1.0, {"en": "Yes", "id": "Ya"}),
                      Option({"en": "Art. 2", "id": "Pasal 2"}, 0.0),
                      Option({"en": "Art. 3", "id": "Pasal 3"}, -1 / 3)),
             rationale={"en": "Because.", "id": "Karena."}, title="Article", tags=("a", "b")),
    Question(key="RT-MULTI", type="multiple", topic="legal",
             text={"en": "Pick two", "id": "Pilih dua"},
             options=(Option({"en": "x", "id": "x-id"}, 0.5), Option({"en": "y", "id": "y-id"}, 0.5),
                      Option({"en": "z", "id": "z-id"}, -0.25), Option({"en": "w"}, 0.0))),
    Question(key="RT-TF", type="truefalse", topic="procedure", text={"en": "True?", "id": "Benar?"}, answer=True),
    Question(key="RT-TF2", type="truefalse", text={"en": "False?"}, answer=False),
    Question(key="RT-SHORT", type="short", topic="procedure", text={"en": "Name it", "id": "Sebutkan"},
             options=(Option({"en": "court*"}, 1.0), Option({"en": "judge"}, 0.33))),
    Question(key="RT-NUM", type="numerical", topic="procedure", text={"en": "How many?", "id": "Berapa?"},
             numeric=(NumericAnswer(24.0, 0.0, 1.0, {"en": "exact"}), NumericAnswer(1.75, 0.25, 0.5))),
    Question(key="RT-MATCH", type="matching", topic="a/b", text={"en": "Match", "id": "Cocokkan"},
             pairs=(Pair({"en": "one", "id": "satu"}, {"en": "1"}), Pair({"en": "two", "id": "dua"}, {"en": "2"}))),
]


def roundtrip(questions, languages, labels=None):
    data = write_moodle_xml(questions, languages, labels)
    report = parse_moodle_xml(data)
    assert report.ok, report.errors
    assert not report.skipped
    return [to_question(p, "unused") for p in report.questions], report


def test_bilingual_round_trip_gives_the_same_questions_for_every_type():
    back, _ = roundtrip(BILINGUAL, ["en", "id"], {"legal": "Legal basis / law", "procedure": "Procedure"})
    assert [q.content() for q in back] == [q.content() for q in BILINGUAL]


def test_export_writes_both_languages_as_multilang_spans_and_moodle_percentages():
    data = write_moodle_xml(BILINGUAL[:1], ["en", "id"], {"legal": "Legal basis"}).decode()
    assert '<span lang="en" class="multilang">Which article?' in data
    assert '<span lang="id" class="multilang">Pasal mana?</span>' in data
    assert 'fraction="-33.3333333"' in data and 'fraction="100"' in data
    assert "<idnumber>RT-SINGLE</idnumber>" in data
    assert "$course$/top/Legal basis" in data and "<idnumber>legal</idnumber>" in data


def test_export_in_english_alone_writes_plain_text():
    data = write_moodle_xml(BILINGUAL[:1], ["en"]).decode()
    assert "multilang" not in data and "Which article" in data and "Pasal mana?" not in data
    back, _ = roundtrip(BILINGUAL[:1], ["en"])
    assert back[0].text == {"en": BILINGUAL[0].text["en"]}


def test_export_in_indonesian_alone_marks_it_and_reads_back_as_indonesian():
    data = write_moodle_xml(BILINGUAL[:1], ["id"]).decode()
    assert '<span lang="id" class="multilang">Pasal mana?</span>' in data and "Which article" not in data
    assert 'lang="en"' not in data
    back, _ = roundtrip(BILINGUAL[:1], ["id"])
    assert back[0].text == {"id": "Pasal mana?"}  # not English: unmarked text would have been read as English


def test_non_moodle_weight_round_trips_with_a_warning():
    _, report = roundtrip([BILINGUAL[4]], ["en"])
    assert [w.message for w in report.warnings] == ["answer weight 33% is not a Moodle grade; stored as 0.33"]


def test_a_damaged_embedded_image_is_an_error_naming_the_file_and_the_question():
    xml = (b'<quiz>\n<question type="truefalse"><questiontext format="html">\n'
           b'<text><![CDATA[<img src="@@PLUGINFILE@@/a.png">True?]]></text>\n'
           b'<file name="a.png" encoding="base64">iVBORw0KGgo=</file></questiontext>\n'
           b'<answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer>\n'
           b'</question></quiz>')
    report = parse_moodle_xml(xml)
    assert report.questions == []
    assert [(e.line, e.message) for e in report.errors] == [(4, "a.png in question 1 is a damaged PNG image")]


def test_duplicate_idnumber_is_an_error_naming_both_lines():
    q = ('<question type="truefalse"><idnumber>K</idnumber><questiontext><text>T?</text></questiontext>'
         '<answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer></question>')
    report = parse_moodle_xml(f"<quiz>\n{q}\n{q}\n</quiz>".encode())
    assert [q.line for q in report.questions] == [2]
    assert [(e.line, "line 2" in e.message) for e in report.errors] == [(3, True)]


# -- course evaluation ---------------------------------------------------------------

EVALUATION = [
    Question(key="EV-RATE", type="rating", topic="eval", text={"en": "The pace was right.", "id": "Tempo tepat."},
             scale=tuple(dict(x) for x in AGREEMENT_SCALES[5]), tags=("day1",)),
    Question(key="EV-TEN", type="rating", topic="eval", text={"en": "Recommend?", "id": "Rekomendasikan?"},
             scale=tuple(dict(x) for x in AGREEMENT_SCALES[10])),
    Question(key="EV-CHOICE", type="choice", topic="eval", text={"en": "Best day?", "id": "Hari terbaik?"},
             options=(Option({"en": "Day 1", "id": "Hari 1"}), Option({"en": "Day 2", "id": "Hari 2"}))),
    Question(key="EV-COMMENT", type="comment", topic="eval", text={"en": "What to change?", "id": "Apa diubah?"}),
]


def test_evaluation_items_round_trip_through_moodle_xml_as_tagged_zero_weight_questions():
    data = write_moodle_xml(EVALUATION, ["en", "id"])
    xml = data.decode()
    assert xml.count('<question type="multichoice">') == 3 and xml.count('<question type="essay">') == 1
    assert 'fraction="0"' in xml and 'fraction="100"' not in xml and "<defaultgrade>0</defaultgrade>" in xml
    assert "<tag><text>assessor:rating</text></tag>" in xml and "<tag><text>assessor:comment</text></tag>" in xml
    back, _ = roundtrip(EVALUATION, ["en", "id"])
    assert back == EVALUATION  # type, scale labels (empty inner points too), options, tags without the marker


def test_retro_is_not_written_to_moodle_xml():
    retro = Question(key="EV-RETRO", type="retro", text={"en": "Law"}, scale=tuple(dict(x) for x in KNOWLEDGE_SCALE))
    report = parse_moodle_xml(write_moodle_xml([retro, EVALUATION[3]], ["en"]))
    assert [p.key for p in report.questions] == ["EV-COMMENT"]


def test_tagged_rating_with_a_weight_or_a_wrong_size_is_an_error_on_its_line():
    xml = write_moodle_xml(EVALUATION[:1], ["en"]).decode()
    weighted = xml.replace('fraction="0"', 'fraction="50"', 1)
    report = parse_moodle_xml(weighted.encode())
    assert not report.questions and "has no correct answer, but this answer has the weight 50%" in report.errors[0].message
    assert report.errors[0].line == weighted[: weighted.index('fraction="50"')].count("\n") + 1
    short = xml.replace("</answer>", "</answer><!--", 1).replace("<tags>", "--><tags>", 1)
    report = parse_moodle_xml(short.encode())
    assert "a rating has one answer per point of its scale (4, 5, 7, 10), not 1" in report.errors[0].message


def test_an_untagged_essay_is_an_essay_question_of_a_knowledge_test():
    xml = write_moodle_xml(EVALUATION[3:], ["en"]).decode().replace("<tag><text>assessor:comment</text></tag>", "")
    report = parse_moodle_xml(xml.encode())
    assert [q.type for q in report.questions] == ["essay"] and report.skipped == []


def test_bank_export_to_moodle_and_qti_names_only_the_retro_items_as_not_written(tmp_path, store):
    from assessor.banks.bankio import export_bank, load_bank_file
    from question_banks import bundled_banks

    (path,) = [p for p in bundled_banks() if p.stem.endswith("_evaluation")]
    bank = store.banks.get(store.banks.import_bank(load_bank_file(path)).bank_id)
    retro = [q.key for q in bank.questions if q.type == "retro"]
    assert retro and len(retro) < len(bank.questions)
    for fmt, name in (("moodlexml", "e.xml"), ("qti", "e.zip")):
        notes = export_bank(store, bank.id, fmt, tmp_path / name)
        left_out = [n for n in notes if not n.written]
        assert [n.key for n in left_out] == retro
        assert all(n.reason == f"course-evaluation items (retro) are not written in {fmt}; use yaml" for n in left_out)
        # Moodle XML keeps both languages; a QTI item holds one, and each bilingual item says so.
        written = [n for n in notes if n.written]
        assert written == [] if fmt == "moodlexml" else (
            {n.key for n in written} == {q.key for q in bank.questions if q.type != "retro"}
            and all(n.reason.startswith("a qti item holds one language: only the en text is written") for n in written))
    report = parse_moodle_xml((tmp_path / "e.xml").read_bytes())
    assert report.ok and len(report.questions) == len(bank.questions) - len(retro)
