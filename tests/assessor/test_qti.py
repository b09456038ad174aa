"""QTI 2.1: single items, content packages, unsafe zips, export and re-import."""

from __future__ import annotations

import io
import zipfile

import pytest

from assessor.errors import InputError
from assessor.banks.formats import safezip
from assessor.banks.formats.interchange import to_question
from assessor.banks.formats.qti import parse_qti, write_qti_package
from assessor.banks.questions import AGREEMENT_SCALES, KNOWLEDGE_SCALE, Blank, NumericAnswer, Option, Pair, Question
from assessor.delivery.scoring import score

ITEM = """<?xml version="1.0" encoding="UTF-8"?>
<assessmentItem xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1" identifier="Q-7" title="Detention"
    adaptive="false" timeDependent="false">
  <responseDeclaration identifier="RESPONSE" cardinality="{card}" baseType="identifier">
    <correctResponse>{values}</correctResponse>
  </responseDeclaration>
  <outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float"/>
  <itemBody>
    <p>Read the case.</p>
    <choiceInteraction responseIdentifier="RESPONSE" shuffle="true" maxChoices="{maxc}">
      <prompt>How long may police hold a suspect?</prompt>
      <simpleChoice identifier="c1">1 day</simpleChoice>
      <simpleChoice identifier="c2">2 days &amp; more</simpleChoice>
      <simpleChoice identifier="c3">As long as <b>they</b> want</simpleChoice>
    </choiceInteraction>
  </itemBody>
  <responseProcessing template="http://www.imsglobal.org/question/qti_v2p1/rptemplates/match_correct"/>
</assessmentItem>
"""


def item(card="single", values="<value>c1</value>", maxc="1") -> bytes:
    return ITEM.format(card=card, values=values, maxc=maxc).encode()


def test_single_item_is_read_with_text_options_and_correct_answer():
    report = parse_qti(item(), "q7.xml")
    assert report.ok and report.format == "qti"
    [p] = report.questions
    assert (p.line, p.type, p.key, p.title) == (2, "single", "Q-7", "Detention")
    assert p.text == "<p>Read the case.</p> How long may police hold a suspect?"
    assert [(o.text, o.fraction) for o in p.options] == [
        ("1 day", 1.0), ("2 days & more", 0.0), ("As long as <b>they</b> want", 0.0)]
    assert to_question(p, "x").correct_keys == ("A",)


def test_multiple_response_item_splits_credit_over_correct_choices():
    report = parse_qti(item("multiple", "<value>c1</value><value>c3</value>", "0"), "q.xml")
    [p] = report.questions
    assert p.type == "multiple"
    assert [o.fraction for o in p.options] == [0.5, 0.0, 0.5]


def test_correct_response_naming_no_choice_is_an_error_on_the_declaration_line():
    report = parse_qti(item(values="<value>c9</value>"), "q.xml")
    assert not report.questions
    assert [(e.line, "c9" in e.message) for e in report.errors] == [(4, True)]


def test_other_interactions_are_skipped_with_their_line():
    xml = b"""<assessmentItem identifier="t">
<itemBody><p>Drag</p><graphicOrderInteraction responseIdentifier="R"/></itemBody></assessmentItem>"""
    report = parse_qti(xml, "drag.xml")
    assert not report.questions and not report.errors
    assert report.skipped[0].line == 1 and "graphicOrderInteraction" in report.skipped[0].reason


def test_an_extended_text_is_an_essay_and_a_likert_item_an_evaluation_choice():
    essay = b"""<assessmentItem identifier="E1" title="Postcard">
<itemBody><p>Read the postcard.</p><extendedTextInteraction responseIdentifier="R">
<prompt>Write Sam a postcard.</prompt></extendedTextInteraction></itemBody></assessmentItem>"""
    (q,) = parse_qti(essay, "essay.xml").questions
    assert (q.type, q.key, q.title) == ("essay", "E1", "Postcard")
    assert "Read the postcard." in q.text and "Write Sam a postcard." in q.text
    likert = b"""<assessmentItem identifier="L1" title="Q">
<responseDeclaration identifier="R" cardinality="single" baseType="identifier"/>
<itemBody class="likert"><rubricBlock view="candidate"><p>1 = disagree, 5 = agree.</p></rubricBlock>
<rubricBlock view="scorer"><p>For the marker only.</p></rubricBlock>
<choiceInteraction responseIdentifier="R" maxChoices="1"><prompt>QTI helps.</prompt>
<simpleChoice identifier="A">1</simpleChoice><simpleChoice identifier="B">2</simpleChoice>
<simpleChoice identifier="C">3</simpleChoice></choiceInteraction></itemBody></assessmentItem>"""
    (q,) = parse_qti(likert, "likert.xml").questions
    assert q.type == "choice" and [o.text for o in q.options] == ["1", "2", "3"]
    assert "1 = disagree, 5 = agree." in q.text and "QTI helps." in q.text and "marker" not in q.text
    assert not to_question(q, "k").scored
    # Without the likert class, a choice without a correct response is still an unscored survey item, skipped.
    (skip,) = parse_qti(likert.replace(b' class="likert"', b""), "likert.xml").skipped
    assert skip.type == "unscored"


def package(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buf.getvalue()


MANIFEST = b"""<?xml version="1.0"?>
<manifest xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" identifier="m">
  <resources>
    <resource identifier="r1" type="imsqti_item_xmlv2p1" href="items/a.xml"><file href="items/a.xml"/></resource>
    <resource identifier="r2" type="imsqti_item_xmlv2p1" href="items/b.xml"/>
    <resource identifier="r3" type="webcontent" href="img/x.png"/>
    <resource identifier="r4" type="imsqti_item_xmlv2p1" href="items/missing.xml"/>
  </resources>
</manifest>"""


def test_package_items_are_read_by_manifest_href_and_missing_ones_reported():
    data = package({"imsmanifest.xml": MANIFEST, "items/a.xml": item(),
                    "items/b.xml": item("multiple", "<value>c2</value><value>c3</value>", "0"),
                    "img/x.png": b"\x89PNG"})
    report = parse_qti(data, "pack.zip")
    assert [p.type for p in report.questions] == ["single", "multiple"]
    assert [(e.line, "missing.xml" in e.message) for e in report.errors] == [(7, True)]


def test_broken_item_in_package_names_the_member():
    data = package({"imsmanifest.xml": MANIFEST.replace(b'<resource identifier="r4" type="imsqti_item_xmlv2p1" href="items/missing.xml"/>', b""),
                    "items/a.xml": b"<assessmentItem>\n<oops></assessmentItem>", "items/b.xml": item()})
    report = parse_qti(data, "pack.zip")
    assert len(report.questions) == 1
    assert report.errors[0].message.startswith("items/a.xml: ") and report.errors[0].line == 2


@pytest.mark.parametrize("evil", ["../evil.xml", "/etc/passwd", "items/../../evil.xml", "C:/evil.xml", "..\\evil.xml"])
def test_zip_with_path_traversal_is_refused_and_nothing_is_read(evil):
    data = package({"imsmanifest.xml": MANIFEST, "items/a.xml": item(), evil: item()})
    report = parse_qti(data, "pack.zip")
    assert not report.questions
    assert "unsafe path" in report.errors[0].message


def test_zip_bomb_and_too_many_members_are_refused():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("imsmanifest.xml", MANIFEST)
        zf.writestr("items/a.xml", b" " * (5 * 1024 * 1024))
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as zf:
        with pytest.raises(InputError, match="zip bomb"):
            safezip.safe_members(zf)
        with pytest.raises(InputError, match="more than 1 MB"):
            safezip.safe_members(zf, max_total=1024 * 1024)
        with pytest.raises(InputError, match="at most 1"):
            safezip.safe_members(zf, max_members=1)
    assert "zip bomb" in parse_qti(buf.getvalue(), "bomb.zip").errors[0].message


def test_not_a_zip_is_an_error_not_an_exception():
    report = parse_qti(b"PK\x03\x04garbage", "x.zip")
    assert not report.questions and "not a readable zip" in report.errors[0].message


QUESTIONS = [
    Question(key="S-1", type="single", text={"en": "Pick <one> & only one", "id": "Pilih satu"},
             options=(Option({"en": "a", "id": "a-id"}, 0.0), Option({"en": "b", "id": "b-id"}, 1.0))),
    Question(key="M-1", type="multiple", text={"en": "Pick two"},
             options=(Option({"en": "x"}, 0.5), Option({"en": "y"}, 0.0), Option({"en": "z"}, 0.5))),
    Question(key="1-TF", type="truefalse", text={"en": "Sky is blue", "id": "Langit biru"}, answer=False),
    Question(key="N-1", type="numerical", text={"en": "How many?"}, numeric=(NumericAnswer(3.0),)),
]


def test_export_package_reimports_choice_and_numerical_questions(tmp_path):
    path = tmp_path / "out.zip"
    not_written = write_qti_package(QUESTIONS, "id", str(path))
    # Every question is written (each note says what it lacks): one language per item.
    assert not_written == [
        ("S-1", "a qti item holds one language: only the id text is written, not the en text; use yaml or moodlexml "
                "to keep every language", True),
        ("M-1", "it has no id text: it is written in en", True),
        ("1-TF", "a qti item holds one language: only the id text is written, not the en text; use yaml or moodlexml "
                 "to keep every language", True),
        ("N-1", "it has no id text: it is written in en", True)]
    with zipfile.ZipFile(path) as zf:
        assert "imsmanifest.xml" in zf.namelist()
    report = parse_qti(path.read_bytes(), "out.zip")
    assert report.ok, report.errors
    single, multiple, tf, numerical = report.questions
    assert (numerical.type, numerical.text, [(a.value, a.tolerance) for a in numerical.answers]) == (
        "numerical", "How many?", [(3.0, 0.0)])
    assert (single.key, single.text, [o.text for o in single.options]) == ("S-1", "Pilih satu", ["a-id", "b-id"])
    assert to_question(single, "k").correct_keys == ("B",)
    # English fallback where the Indonesian text is missing, and the item says it is English:
    assert multiple.text == "Pick two" and to_question(multiple, "k").correct_keys == ("A", "C")
    assert (single.lang, multiple.lang) == ("id", "en") and to_question(multiple, "k").text == {"en": "Pick two"}
    # Written as a choice of Benar / Salah (QTI has no true/false type), read back as the true/false question it was.
    assert (tf.key, tf.type, tf.correct, tf.options) == ("I1-TF", "truefalse", False, [])
    with zipfile.ZipFile(path) as zf:
        assert b"<simpleChoice identifier=\"A\">Benar</simpleChoice>" in zf.read("items/I1-TF.xml")


def test_export_escapes_markup_in_text(tmp_path):
    buf = io.BytesIO()
    write_qti_package(QUESTIONS[:1], "en", buf)
    report = parse_qti(buf.getvalue(), "")
    assert report.questions[0].text == "Pick <one> & only one"


EVALUATION = [
    Question(key="EV-RATE", type="rating", text={"en": "The pace was right."},
             scale=tuple({"en": x["en"]} for x in AGREEMENT_SCALES[4])),
    Question(key="EV-TEN", type="rating", text={"en": "Recommend?"},
             scale=tuple({"en": x["en"]} if x else {} for x in AGREEMENT_SCALES[10])),
    Question(key="EV-CHOICE", type="choice", text={"en": "Best day?"},
             options=(Option({"en": "Day 1"}), Option({"en": "Day 2 & 3"}))),
    Question(key="EV-COMMENT", type="comment", text={"en": "What to change?"}),
]


def test_evaluation_items_round_trip_through_qti_without_correct_response_or_outcome(tmp_path):
    path = tmp_path / "eval.zip"
    retro = Question(key="EV-RETRO", type="retro", text={"en": "Law"}, scale=tuple(dict(x) for x in KNOWLEDGE_SCALE))
    assert write_qti_package(EVALUATION + [retro], "en", str(path)) == [("EV-RETRO", "retro questions are not exported to QTI")]
    with zipfile.ZipFile(path) as zf:
        rating = zf.read("items/EV-RATE.xml").decode()
        comment = zf.read("items/EV-COMMENT.xml").decode()
    assert 'class="assessor-rating"' in rating and rating.count("<simpleChoice") == 4
    assert "correctResponse" not in rating and "outcomeDeclaration" not in rating and "responseProcessing" not in rating
    assert "<extendedTextInteraction" in comment and 'class="assessor-comment"' in comment
    report = parse_qti(path.read_bytes(), "eval.zip")
    assert report.ok and not report.skipped, (report.errors, report.skipped)
    assert [to_question(p, "k") for p in report.questions] == EVALUATION


def test_a_marked_rating_with_a_correct_response_is_an_error_and_an_unmarked_survey_item_is_skipped():
    marked = item(values="").decode().replace('<choiceInteraction', '<choiceInteraction class="assessor-choice"')
    assert "assessor-choice" in marked
    report = parse_qti(marked.encode(), "q.xml")
    assert not report.questions and report.errors[0].line == 4
    assert "a choice item (assessor-choice) has no correct response" in report.errors[0].message
    report = parse_qti(item(values=""), "q.xml")
    assert not report.questions and report.skipped[0].type == "unscored"


# -- text entry, inline choice, match, associate, order, gap match (issue #15) ------------------

def interaction_item(declaration: str, body: str, ident: str = "X") -> bytes:
    return (f'<assessmentItem xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1" identifier="{ident}" title="t" '
            f'adaptive="false" timeDependent="false">\n{declaration}\n<itemBody>{body}</itemBody></assessmentItem>').encode()


def test_text_entry_is_a_short_answer_with_mapped_partial_credit_and_a_blank_in_the_text():
    report = parse_qti(interaction_item(
        '<responseDeclaration identifier="R" cardinality="single" baseType="string">'
        '<correctResponse><value>Jakarta</value></correctResponse><mapping defaultValue="0">'
        '<mapEntry mapKey="Jakarta" mappedValue="2"/><mapEntry mapKey="Djakarta" mappedValue="1"/></mapping>'
        '</responseDeclaration>',
        '<p>The capital of Indonesia is <textEntryInteraction responseIdentifier="R"/>.</p>'))
    [p] = report.questions
    assert (p.type, p.text) == ("short", "The capital of Indonesia is _____.")
    assert [(o.text, o.fraction) for o in p.options] == [("Jakarta", 1.0), ("Djakarta", 0.5)]


def test_a_float_text_entry_is_numerical_with_the_tolerance_of_its_processing():
    report = parse_qti(interaction_item(
        '<responseDeclaration identifier="R" cardinality="single" baseType="float">'
        '<correctResponse><value>18</value></correctResponse></responseDeclaration>',
        '<p>Age of majority? <textEntryInteraction responseIdentifier="R"/></p></itemBody><responseProcessing>'
        '<responseCondition><responseIf><equal toleranceMode="absolute" tolerance="0.5 0.5">'
        '<variable identifier="R"/><correct identifier="R"/></equal></responseIf></responseCondition>'
        '</responseProcessing><itemBody>'))
    [p] = report.questions
    assert (p.type, p.text, [(a.value, a.tolerance) for a in p.answers]) == ("numerical", "Age of majority?", [(18, 0.5)])


def test_one_inline_choice_is_a_single_choice_and_several_blanks_are_a_cloze_question():
    choice = ('<inlineChoiceInteraction responseIdentifier="{r}"><inlineChoice identifier="a">offenders</inlineChoice>'
              '<inlineChoice identifier="b">victims</inlineChoice></inlineChoiceInteraction>')
    declaration = ('<responseDeclaration identifier="{r}" cardinality="single" baseType="identifier">'
                   '<correctResponse><value>b</value></correctResponse></responseDeclaration>')
    one = parse_qti(interaction_item(declaration.format(r="R"), f"<p>Children are {choice.format(r='R')} first.</p>"))
    [p] = one.questions
    assert (p.type, p.text) == ("single", "Children are _____ first.")
    assert [(o.text, o.fraction) for o in p.options] == [("offenders", 0), ("victims", 1)]
    two = parse_qti(interaction_item(
        declaration.format(r="R") + '<responseDeclaration identifier="T" cardinality="single" baseType="string">'
        '<mapping defaultValue="0"><mapEntry mapKey="Bapas" mappedValue="1" caseSensitive="false"/></mapping>'
        '</responseDeclaration>',
        f"<p>Children are {choice.format(r='R')}; <textEntryInteraction responseIdentifier='T'/> reports.</p>"))
    assert not two.skipped and not two.errors
    cloze = to_question(two.questions[0], "k")
    # One paragraph around the blanks is the text itself (a participant never sees a literal <p>).
    assert cloze.type == "cloze" and cloze.text == {"en": "Children are {#1}; {#2} reports."}
    first, second = cloze.blanks
    assert (first.kind, [o.fraction for o in first.options]) == ("choice", [0.0, 1.0])
    assert (second.kind, [o.text for o in second.options], second.case_sensitive) == ("short", [{"en": "Bapas"}], False)


MATCH = ('<responseDeclaration identifier="R" cardinality="multiple" baseType="directedPair"><correctResponse>'
         '<value>C R</value><value>M D</value></correctResponse></responseDeclaration>',
         '<matchInteraction responseIdentifier="R" maxAssociations="2"><prompt>Match</prompt><simpleMatchSet>'
         '<simpleAssociableChoice identifier="C" matchMax="1">Capulet</simpleAssociableChoice>'
         '<simpleAssociableChoice identifier="M" matchMax="1">Montague</simpleAssociableChoice></simpleMatchSet>'
         '<simpleMatchSet><simpleAssociableChoice identifier="R" matchMax="1">Romeo</simpleAssociableChoice>'
         '<simpleAssociableChoice identifier="D" matchMax="1">Juliet</simpleAssociableChoice>'
         '<simpleAssociableChoice identifier="X" matchMax="1">Lear</simpleAssociableChoice></simpleMatchSet>'
         '</matchInteraction>')


def test_match_and_associate_are_matching_questions():
    report = parse_qti(interaction_item(*MATCH))
    [p] = report.questions
    assert (p.type, p.text) == ("matching", "Match")
    assert [(x.left, x.right) for x in p.pairs] == [("Capulet", "Romeo"), ("Montague", "Juliet")]
    assert p.distractors == ["Lear"]
    associate = parse_qti(interaction_item(
        '<responseDeclaration identifier="R" cardinality="multiple" baseType="pair"><correctResponse>'
        '<value>A P</value><value>C M</value></correctResponse></responseDeclaration>',
        '<associateInteraction responseIdentifier="R"><prompt>Pair</prompt>'
        + "".join(f'<simpleAssociableChoice identifier="{i}" matchMax="1">{t}</simpleAssociableChoice>'
                  for i, t in (("A", "Antonio"), ("C", "Capulet"), ("M", "Montague"), ("P", "Prospero")))
        + "</associateInteraction>"))
    [a] = associate.questions
    assert [(x.left, x.right) for x in a.pairs] == [("Antonio", "Prospero"), ("Capulet", "Montague")]


def test_order_becomes_matching_of_each_choice_to_its_position():
    report = parse_qti(interaction_item(
        '<responseDeclaration identifier="R" cardinality="ordered" baseType="identifier"><correctResponse>'
        '<value>c</value><value>a</value><value>b</value></correctResponse></responseDeclaration>',
        '<orderInteraction responseIdentifier="R"><prompt>Order the steps</prompt>'
        '<simpleChoice identifier="a">Assess</simpleChoice><simpleChoice identifier="b">Refer</simpleChoice>'
        '<simpleChoice identifier="c">Identify</simpleChoice></orderInteraction>'))
    [p] = report.questions
    assert [(x.left, x.right) for x in p.pairs] == [("Identify", "1"), ("Assess", "2"), ("Refer", "3")]


def test_gap_match_is_a_cloze_question_with_a_drop_down_per_gap():
    report = parse_qti(interaction_item(
        '<responseDeclaration identifier="R" cardinality="multiple" baseType="directedPair"><correctResponse>'
        '<value>W G1</value><value>S G2</value></correctResponse></responseDeclaration>',
        '<gapMatchInteraction responseIdentifier="R"><gapText identifier="W" matchMax="1">winter</gapText>'
        '<gapText identifier="S" matchMax="1">summer</gapText><gapText identifier="X" matchMax="1">spring</gapText>'
        '<p>Now is the <gap identifier="G1"/> of our discontent made glorious <gap identifier="G2"/>.</p>'
        '</gapMatchInteraction>'))
    cloze = to_question(report.questions[0], "k")
    assert cloze.text == {"en": "Now is the {#1} of our discontent made glorious {#2}."}
    assert [[o.fraction for o in b.options] for b in cloze.blanks] == [[1, 0, 0], [0, 1, 0]]
    assert [o.text["en"] for o in cloze.blanks[0].options] == ["winter", "summer", "spring"]
    unscored = parse_qti(interaction_item(
        '<responseDeclaration identifier="R" cardinality="multiple" baseType="directedPair"/>',
        '<gapMatchInteraction responseIdentifier="R"><gapText identifier="W" matchMax="1">winter</gapText>'
        '<p>Now is the <gap identifier="G1"/></p></gapMatchInteraction>'))
    assert unscored.skipped[0].type == "unscored" and not unscored.questions


def test_short_numerical_and_matching_questions_export_to_qti_and_come_back(tmp_path):
    questions = [
        Question(key="SH-1", type="short", text={"en": "The capital of Indonesia is _____."},
                 options=(Option({"en": "Jakarta"}, 1.0), Option({"en": "Djakarta"}, 0.5))),
        Question(key="NU-1", type="numerical", text={"en": "Age of majority?"},
                 numeric=(NumericAnswer(18.0, 0.5),)),
        Question(key="MA-1", type="matching", text={"en": "Match the years"},
                 pairs=(Pair({"en": "CRC"}, {"en": "1989"}), Pair({"en": "OPAC"}, {"en": "2000"}),
                        Pair({"en": "Beijing Rules"}, {"en": "1985"})), distractors=({"en": "1966"},)),
    ]
    path = tmp_path / "out.zip"
    assert write_qti_package(questions, "en", str(path)) == []
    report = parse_qti(path.read_bytes(), "out.zip")
    assert report.ok and report.warnings == [], (report.errors, report.warnings)
    back = [to_question(p, p.key) for p in report.questions]
    assert [(q.key, q.type, q.text) for q in back] == [(q.key, q.type, q.text) for q in questions]
    assert back[0].options == questions[0].options
    assert back[1].numeric == questions[1].numeric
    assert back[2].pairs == questions[2].pairs and back[2].distractors == questions[2].distractors


def test_topics_travel_as_nested_test_sections_and_come_back_whole(tmp_path):
    questions = [Question("A", "truefalse", {"en": "a?"}, answer=True, topic="Law/International//UN"),
                 Question("B", "truefalse", {"en": "b?"}, answer=False, topic="Law"),
                 Question("C", "truefalse", {"en": "c?"}, answer=True)]
    buf = io.BytesIO()
    write_qti_package(questions, "en", buf)
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as zf:
        test = zf.read("tests/test.xml").decode()
    assert 'title="International/UN"' in test
    report = parse_qti(buf.getvalue(), "out.zip")
    assert [(p.key, p.topic) for p in report.questions] == [("A", "Law/International//UN"), ("B", "Law"), ("C", "")]


def test_an_item_in_indonesian_comes_back_in_indonesian(tmp_path):
    question = Question("TF-ID", "truefalse", {"id": "Anak adalah korban."}, answer=True)
    buf = io.BytesIO()
    write_qti_package([question], "id", buf)
    (parsed,) = parse_qti(buf.getvalue(), "out.zip").questions
    assert parsed.lang == "id" and to_question(parsed, "k").text == {"id": "Anak adalah korban."}


def test_text_entries_with_an_empty_correct_value_are_an_error_of_that_item():
    """Found by the fuzz test: the blanks of a cloze item must be readable, or the item is refused."""
    item = ('<assessmentItem xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1" identifier="Q1">'
            '<responseDeclaration identifier="R" cardinality="single"><correctResponse><value>A</value>'
            '<value></value></correctResponse></responseDeclaration><itemBody><p>Fill '
            '<textEntryInteraction responseIdentifier="R"/> and <textEntryInteraction responseIdentifier="R"/></p>'
            '</itemBody></assessmentItem>')
    report = parse_qti(item.encode(), "item.xml")
    assert report.questions == []
    assert len(report.errors) == 1 and "blanks cannot be read" in report.errors[0].message


# -- cloze out and back; what an item cannot hold is named per question (issue #15) -------------

CLOZE = Question(
    key="CL-1", type="cloze", title="Who and when",
    text={"en": "Children & <youth>: the {#1} says {#2} years;\nthey go to a {#3}."},
    blanks=(Blank("short", 1.0, (Option({"en": "CRC"}, 1.0), Option({"en": "UNCRC"}, 0.5)), case_sensitive=True),
            Blank("numerical", 2.0, numeric=(NumericAnswer(18.0, 0.5, 1.0), NumericAnswer(17.0, 0.0, 0.5))),
            Blank("choice", 0.5, (Option({"en": "court"}, 0.0), Option({"en": "juvenile court"}, 1.0)),
                  display="vertical", shuffle=True)))


def test_a_cloze_question_goes_to_qti_as_inline_interactions_and_comes_back_the_same(tmp_path):
    path = tmp_path / "cloze.zip"
    assert write_qti_package([CLOZE], "en", str(path)) == []
    with zipfile.ZipFile(path) as zf:
        xml = zf.read("items/CL-1.xml").decode()
    assert xml.count("<textEntryInteraction") == 2 and xml.count("<inlineChoiceInteraction") == 1
    assert '<mapping defaultValue="0" upperBound="2">' in xml  # a blank's weight is the most it earns
    assert 'tolerance="0.5 0.5"' in xml and "<value>3.5</value>" in xml  # MAXSCORE: the sum of the weights
    report = parse_qti(path.read_bytes(), "cloze.zip")
    assert report.ok and not report.warnings and not report.skipped, (report.errors, report.warnings)
    back = to_question(report.questions[0], "k")
    assert (back.key, back.title, back.type, back.text) == (CLOZE.key, CLOZE.title, "cloze", CLOZE.text)
    assert back.blanks == CLOZE.blanks
    for answers in (["CRC", "18.4", "B"], ["crc", "17", "A"], ["UNCRC", "17.2", "B"], [None, "18", None]):
        assert score(back, answers) == score(CLOZE, answers), answers


def test_what_a_qti_cloze_cannot_hold_is_named_and_the_question_still_written(tmp_path):
    lossy = Question(
        key="CL-2", type="cloze", text={"en": "A {#1} and {#2}, {#3}."}, rationale={"en": "See the law."},
        blanks=(Blank("short", 0.0, (Option({"en": "child*"}, 1.0), Option({"en": "adult"}, -0.5))),
                Blank("numerical", 1.0, numeric=(NumericAnswer(3.0), NumericAnswer(0.0, 0.0, 0.0, {"en": "No"}, True))),
                Blank("choice", 1.0, (Option({"en": "yes"}, 1.0), Option({"en": "no"}, -1.0)))))
    buf = io.BytesIO()
    losses = write_qti_package([lossy], "en", buf)
    assert {loss.key for loss in losses} == {"CL-2"} and all(loss.written for loss in losses)
    reasons = " | ".join(loss.reason for loss in losses)
    for words in ("blank 1 has weight 0", "blank 1: wildcard answers", "blank 1: negative credit",
                  "blank 3: negative credit", "the answers' feedback is not written"):
        assert words in reasons
    assert "blank 2" not in reasons  # its catch-all earns nothing: only its feedback is lost, said once
    (parsed,) = parse_qti(buf.getvalue(), "x.zip").questions
    back = to_question(parsed, "k")
    assert [b.weight for b in back.blanks] == [1.0, 1.0, 1.0]
    assert [[o.fraction for o in b.options] for b in back.blanks] == [[1.0], [], [1.0, 0.0]]
    assert back.rationale == {"en": "See the law."}  # general feedback: a modalFeedback shown after any answer
    anything = Question(key="CL-3", type="cloze", text={"en": "Any number: {#1}"},
                        blanks=(Blank("numerical", numeric=(NumericAnswer(0.0, 0.0, 1.0, other=True),)),))
    assert write_qti_package([anything], "en", io.BytesIO()) == [
        ("CL-3", "blank 1 earns credit only for any other number (*), which qti cannot hold; use yaml or moodlexml",
         False)]


def test_a_bilingual_question_with_feedback_is_written_in_one_language_and_both_losses_are_named(tmp_path):
    question = Question(key="S-2", type="single", text={"en": "Who decides?", "id": "Siapa yang memutuskan?"},
                        options=(Option({"en": "Judge", "id": "Hakim"}, 1.0, {"en": "Yes"}),
                                 Option({"en": "Police", "id": "Polisi"}, 0.0)))
    plain = Question(key="S-3", type="truefalse", text={"en": "A child is under 18."}, answer=True)
    buf = io.BytesIO()
    assert write_qti_package([question, plain], "en", buf) == [
        ("S-2", "the answers' feedback is not written in qti; use yaml or moodlexml", True),
        ("S-2", "a qti item holds one language: only the en text is written, not the id text; use yaml or moodlexml "
                "to keep every language", True)]
    back = [to_question(p, p.key) for p in parse_qti(buf.getvalue(), "x.zip").questions]
    assert [q.text for q in back] == [{"en": "Who decides?"}, {"en": "A child is under 18."}]


def test_general_feedback_travels_as_modal_feedback_and_feedback_for_some_answers_is_named_on_import(tmp_path):
    question = Question(key="T-1", type="truefalse", text={"en": "Detention is a last resort."}, answer=True,
                        rationale={"en": "CRC article 37(b).\nAlso the Beijing Rules."})
    buf = io.BytesIO()
    assert write_qti_package([question], "en", buf) == []
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as zf:
        assert 'showHide="hide"' in zf.read("items/T-1.xml").decode()
    (parsed,) = parse_qti(buf.getvalue(), "x.zip").questions
    assert to_question(parsed, "k").rationale == question.rationale
    conditional = item().decode().replace(
        "</responseDeclaration>", '</responseDeclaration><outcomeDeclaration identifier="FEEDBACK" '
        'cardinality="single" baseType="identifier"/>').replace(
        "</assessmentItem>", '<modalFeedback outcomeIdentifier="FEEDBACK" identifier="c1" showHide="show">Right.'
        "</modalFeedback></assessmentItem>")
    report = parse_qti(conditional.encode(), "q.xml")
    assert report.questions[0].general_feedback == ""
    assert [w.message for w in report.warnings] == [
        "1 feedback text(s) shown only for some answers (modalFeedback) are not imported"]


def test_a_true_false_question_goes_out_as_a_choice_of_two_and_comes_back_true_false(tmp_path):
    questions = [Question("TF-EN", "truefalse", {"en": "A child is under 18."}, answer=True),
                 Question("TF-ID", "truefalse", {"id": "Anak di bawah 12 tahun dapat dipidana."}, answer=False)]
    buf = io.BytesIO()
    write_qti_package(questions, "en", buf)
    back = [to_question(p, p.key) for p in parse_qti(buf.getvalue(), "x.zip").questions]
    assert [(q.key, q.type, q.answer, q.text) for q in back] == [(q.key, q.type, q.answer, q.text) for q in questions]
    # A foreign single choice of two other words stays a single choice.
    other = parse_qti(item(values="<value>c1</value>").replace(
        b'<simpleChoice identifier="c3">As long as <b>they</b> want</simpleChoice>', b""), "q.xml")
    assert other.questions[0].type == "single"


def test_a_numerical_question_with_several_answers_and_tolerances_comes_back_whole(tmp_path):
    question = Question("NU-2", "numerical", {"en": "Year the CRC was adopted?"},
                        numeric=(NumericAnswer(1989.0, 0.0, 1.0), NumericAnswer(1990.0, 1.0, 0.5)))
    buf = io.BytesIO()
    assert write_qti_package([question], "en", buf) == []
    (parsed,) = parse_qti(buf.getvalue(), "x.zip").questions
    back = to_question(parsed, "k")
    assert back.numeric == question.numeric
    for answer in ("1989", "1991", "1988", "1992"):
        assert score(back, answer) == score(question, answer), answer


def test_one_number_with_two_tolerances_comes_back_as_two_answers_scoring_the_same(tmp_path):
    # GIFT's "=1822 =%50%1822:2": the exact year earns full credit, two years either side half.
    question = Question("NU-Y", "numerical", {"en": "Year?"},
                        numeric=(NumericAnswer(1822.0, 0.0, 1.0), NumericAnswer(1822.0, 2.0, 0.5)))
    buf = io.BytesIO()
    assert write_qti_package([question], "en", buf) == []
    back = to_question(parse_qti(buf.getvalue(), "x.zip").questions[0], "k")
    assert back.numeric == question.numeric
    assert [score(back, a) for a in ("1822", "1823", "1825")] == [score(question, a) for a in ("1822", "1823", "1825")]


def test_an_assessor_single_choice_between_true_and_false_stays_a_single_choice(tmp_path):
    # An Aiken question whose choices are True and False is a single choice; through QTI it stays one.
    question = Question("AIK-1", "single", {"en": "The sky is green."},
                        options=(Option({"en": "True"}, 0.0), Option({"en": "False"}, 1.0)))
    buf = io.BytesIO()
    write_qti_package([question], "en", buf)
    back = to_question(parse_qti(buf.getvalue(), "x.zip").questions[0], "k")
    assert (back.type, back.correct_keys) == ("single", ("B",))


def test_an_essay_keeps_its_picture_from_the_package_and_a_lone_item_names_the_missing_one():
    from .image_helpers import png

    manifest = (b'<manifest xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" identifier="m"><resources>'
                b'<resource identifier="r1" type="imsqti_item_xmlv2p1" href="items/e.xml"/></resources></manifest>')
    essay = b"""<assessmentItem identifier="E2" title="Sign">
<itemBody><p>Describe the sign.</p><p><img src="../images/sign.png" alt="A red sign"/></p>
<extendedTextInteraction responseIdentifier="R"/></itemBody></assessmentItem>"""
    report = parse_qti(package({"imsmanifest.xml": manifest, "items/e.xml": essay, "images/sign.png": png()}), "p.zip")
    (q,) = report.questions
    assert (q.type, q.text, q.image_alt) == ("essay", "<p>Describe the sign.</p>", "A red sign")
    assert q.image in report.images
    alone = parse_qti(essay, "e.xml")
    assert alone.questions == [] and "import the whole zip" in alone.errors[0].message


def test_an_essay_goes_to_qti_as_an_extended_text_and_comes_back_with_its_marking_guide(tmp_path):
    question = Question("ES-1", "essay", {"en": "Explain diversion."}, rationale={"en": "Mentions restorative justice."})
    buf = io.BytesIO()
    assert write_qti_package([question], "en", buf) == []
    with zipfile.ZipFile(buf) as zf:
        item = zf.read("items/ES-1.xml").decode()
    assert "<extendedTextInteraction" in item and "correctResponse" not in item and "assessor-comment" not in item
    back = to_question(parse_qti(buf.getvalue(), "x.zip").questions[0], "ES-1")
    assert (back.type, back.text, back.rationale, back.scored) == ("essay", question.text, question.rationale,
                                                                   question.scored)
