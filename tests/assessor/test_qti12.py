"""QTI 1.2 import (issue #15): Canvas, Blackboard and Respondus exports, bare and packaged.

The files under tests/assessor/files/ are small hand-written look-alikes of real exports:
canvas_quiz.xml (Canvas question_type metadata, scores out of 100), blackboard_pool.dat
(Blackboard pool: flow blocks, SCORE.max, right-hand texts in a RIGHT_MATCH_BLOCK) and
respondus_nested.xml (no type metadata, nested sections, partial credit) and canvas_blanks.xml
(Canvas fill-in-multiple-blanks and multiple-dropdowns items, two of them broken on purpose).
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from assessor.banks.bankio import QUIZ_CARRIED, export_bank, import_file, parse_file
from assessor.banks.formats.interchange import to_question
from assessor.delivery.scoring import blank_marks, score
from assessor.errors import InputError

FILES = Path(__file__).with_name("files")


def _by_key(report):
    return {q.key: q for q in report.questions}


def _questions(store):
    (bank,) = store.banks.list()
    return {q.key: q for q in store.banks.questions(bank.id)}


def canvas_package(quiz: bytes = None, kind: str = "imsqti_xmlv1p2") -> bytes:
    quiz = quiz or (FILES / "canvas_quiz.xml").read_bytes()
    manifest = """<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="g0manifest" xmlns="http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1">
  <metadata><schema>IMS Content</schema><schemaversion>1.1.3</schemaversion></metadata>
  <organizations/>
  <resources>
    <resource identifier="g5c1d7e0a" type="{kind}">
      <file href="g5c1d7e0a/g5c1d7e0a.xml"/>
      <dependency identifierref="g5c1d7e0a_meta"/>
    </resource>
    <resource identifier="g5c1d7e0a_meta" type="associatedcontent/imscc_xmlv1p1/learning-application-resource"
              href="g5c1d7e0a/assessment_meta.xml">
      <file href="g5c1d7e0a/assessment_meta.xml"/>
    </resource>
  </resources>
</manifest>""".replace("{kind}", kind)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("imsmanifest.xml", manifest)
        zf.writestr("g5c1d7e0a/g5c1d7e0a.xml", quiz)
        zf.writestr("g5c1d7e0a/assessment_meta.xml", "<quiz identifier='g5c1d7e0a'><title>Child protection</title></quiz>")
    return buf.getvalue()


def blackboard_package() -> bytes:
    manifest = """<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="man00001" xmlns:bb="http://www.blackboard.com/content-packaging/">
  <organizations/>
  <resources>
    <resource bb:file="res00001.dat" bb:title="Juvenile justice pool" identifier="res00001"
              type="assessment/x-bb-qti-pool" xml:base="res00001"/>
  </resources>
</manifest>"""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("imsmanifest.xml", manifest)
        zf.writestr("res00001.dat", (FILES / "blackboard_pool.dat").read_bytes())
    return buf.getvalue()


# -- Canvas --------------------------------------------------------------------------------

def test_canvas_quiz_reads_every_supported_type_with_its_answers():
    report = parse_file(FILES / "canvas_quiz.xml")
    assert report.format == "qti" and report.errors == []
    q = _by_key(report)
    assert [p.type for p in report.questions] == ["single", "truefalse", "multiple", "short", "numerical", "matching",
                                                  "essay", "cloze"]
    assert [(o.text, o.fraction) for o in q["g1a01"].options] == [("16", 0), ("18", 1), ("21", 0)]
    assert "a person below the age of" in q["g1a01"].text and q["g1a01"].title == "Age of a child"
    assert q["g1a01"].options[0].feedback == "Too young: 16 is still a child."
    assert q["g1a01"].general_feedback == "<p>Article 1 of the CRC.</p>"
    assert q["g1a02"].correct is True
    assert [o.fraction for o in q["g1a03"].options] == [0.5, 0, 0.5]
    assert [o.text for o in q["g1a04"].options] == ["CRC", "UNCRC"]
    # Canvas writes the exact value and its bounds: the bounds are the tolerance.
    assert [(a.value, a.tolerance) for a in q["g1a05"].answers] == [(18.0, 0.5)]
    assert [(p.left, p.right) for p in q["g1a06"].pairs] == [("CRC", "1989"),
                                                             ("Optional Protocol on armed conflict", "2000")]


def test_canvas_types_assessor_lacks_are_skipped_with_their_cause_not_refused():
    quiz = (FILES / "canvas_quiz.xml").read_text(encoding="utf-8").replace(
        "<fieldentry>essay_question</fieldentry>", "<fieldentry>file_upload_question</fieldentry>")
    from assessor.banks.formats.qti import parse_qti

    report = parse_qti(quiz.encode(), "quiz.xml")
    reasons = {s.type: s.reason for s in report.skipped}
    assert set(reasons) == {"file_upload_question"}
    assert reasons["file_upload_question"].startswith("item 'g1a07': a file-upload question")


def _canvas_item(question_type: str, body: str, processing: str = "") -> bytes:
    meta = (f"<itemmetadata><qtimetadata><qtimetadatafield><fieldlabel>question_type</fieldlabel>"
            f"<fieldentry>{question_type}</fieldentry></qtimetadatafield></qtimetadata></itemmetadata>"
            if question_type else "")
    return (f'<questestinterop><item ident="x1" title="Open">{meta}<presentation><material>'
            f'<mattext texttype="text/html">&lt;p&gt;Describe a case.&lt;/p&gt;</mattext></material>{body}'
            f"</presentation>{processing}</item></questestinterop>").encode()


_ANSWER_BOX = '<response_str ident="r1" rcardinality="Single"><render_fib><response_label ident="a"/></render_fib></response_str>'


def test_canvas_essays_and_text_only_items_are_an_essay_and_a_description():
    from assessor.banks.formats.qti import parse_qti

    guide = ('<itemfeedback ident="general_fb"><flow_mat><material><mattext>Names the law.</mattext></material>'
             "</flow_mat></itemfeedback>")
    (essay,) = parse_qti(_canvas_item("essay_question", _ANSWER_BOX).replace(b"</item>", guide.encode() + b"</item>"),
                         "q.xml").questions
    assert (essay.type, essay.text, essay.general_feedback) == ("essay", "<p>Describe a case.</p>", "Names the law.")
    assert to_question(essay, "k").rationale == {"en": "Names the law."}  # the marking guide
    (text,) = parse_qti(_canvas_item("text_only_question", ""), "q.xml").questions
    assert (text.type, text.text) == ("description", "<p>Describe a case.</p>")
    # Canvas's own essay without a declared type: one answer box whose processing only says "any other answer".
    other = '<resprocessing><respcondition continue="No"><conditionvar><other/></conditionvar></respcondition></resprocessing>'
    (undeclared,) = parse_qti(_canvas_item("", _ANSWER_BOX, other), "q.xml").questions
    assert undeclared.type == "essay"
    # An answer box with a credited answer is a short answer, not an essay.
    credited = ('<resprocessing><respcondition><conditionvar><varequal respident="r1">CRC</varequal></conditionvar>'
                '<setvar action="Set" varname="SCORE">100</setvar></respcondition></resprocessing>')
    (short,) = parse_qti(_canvas_item("", _ANSWER_BOX, credited), "q.xml").questions
    assert short.type == "short"


def test_a_matching_option_no_item_asks_for_is_kept_as_a_distractor():
    q = _by_key(parse_file(FILES / "canvas_quiz.xml"))
    assert q["g1a06"].distractors == ["1966"]
    bb = _by_key(parse_file(FILES / "blackboard_pool.dat"))
    assert bb["_3002_1"].distractors == ["Longer sentences"]


@pytest.mark.parametrize("kind", ["imsqti_xmlv1p2", "imsqti_xmlv1p2/imscc_xmlv1p1/assessment"])
def test_canvas_package_stores_what_the_preview_shows_and_exports_again(store, tmp_path, kind):
    path = tmp_path / "canvas_export.zip"
    path.write_bytes(canvas_package(kind=kind))
    report = parse_file(path)
    assert report.errors == [] and len(report.questions) == 8
    assert all(p.origin == "g5c1d7e0a/g5c1d7e0a.xml" for p in report.questions)
    import_file(store, path, bank_name="Canvas")
    stored = _questions(store)
    assert len(stored) == len(report.questions)
    assert stored["g1a02"].answer is True and stored["g1a05"].numeric[0].tolerance == 0.5
    (bank,) = store.banks.list()
    out = tmp_path / "again.xml"
    assert export_bank(store, bank.id, "moodlexml", out) == []
    assert len(parse_file(out).questions) == 8


def test_items_sharing_an_ident_are_refused_by_name_and_the_preview_keeps_one(store, tmp_path):
    quiz = (FILES / "canvas_quiz.xml").read_text(encoding="utf-8").replace('ident="g1a02"', 'ident="g1a01"')
    path = tmp_path / "dup.zip"
    path.write_bytes(canvas_package(quiz.encode()))
    report = parse_file(path)
    (error,) = report.errors
    assert "'g1a01'" in error.message and "already used" in error.message
    assert len(report.questions) == 7
    with pytest.raises(InputError, match="nothing was imported"):
        import_file(store, path)
    assert store.banks.list() == []
    import_file(store, path, valid_only=True)
    assert len(_questions(store)) == len(report.questions)


# -- Blackboard ----------------------------------------------------------------------------

def test_blackboard_pool_package_reads_blocks_score_max_and_right_match_block(tmp_path):
    path = tmp_path / "pool.zip"
    path.write_bytes(blackboard_package())
    report = parse_file(path)
    assert report.errors == []
    q = _by_key(report)
    assert list(q) == ["_3001_1", "_3002_1", "_3003_1"]
    assert q["_3001_1"].text == "<p>Detention of a child is a measure of</p>"
    assert [(o.text, o.fraction) for o in q["_3001_1"].options] == [("last resort", 1), ("first resort", 0)]
    assert [(p.left, p.right) for p in q["_3002_1"].pairs] == [("Diversion", "Away from court"),
                                                               ("Restorative justice", "Repairing harm")]
    assert [o.text for o in q["_3003_1"].options] == ["12", "twelve"]
    (skip,) = report.skipped
    assert skip.type == "Hot Spot" and "hot-spot" in skip.reason and skip.reason.startswith("res00001.dat: ")


# -- no metadata (Respondus), sections, unscored ------------------------------------------

def test_undeclared_items_are_read_by_shape_with_partial_credit_and_section_paths(store, tmp_path):
    report = parse_file(FILES / "respondus_nested.xml")
    q = _by_key(report)
    assert [(o.text, o.fraction) for o in q["QUE_1001"].options] == [("15", 0), ("18", 1), ("17", 0.5)]
    assert q["QUE_1001"].topic == "Law/International" and q["QUE_1002"].topic == "Law"
    assert q["QUE_1002"].type == "truefalse" and q["QUE_1002"].correct is False
    (skip,) = report.skipped
    assert skip.type == "unscored" and "QUE_1003" in skip.reason and "cannot be scored" in skip.reason
    import_file(store, FILES / "respondus_nested.xml")
    assert set(_questions(store)) == {"QUE_1001", "QUE_1002"}
    (bank,) = store.banks.list()
    for fmt in ("moodlexml", "gift", "yaml"):
        out = tmp_path / f"again.{fmt}"
        export_bank(store, bank.id, fmt, out)
        assert sorted(p.topic for p in parse_file(out).questions) == ["Law", "Law/International"], fmt


def test_a_broken_item_names_its_ident_and_line_and_the_others_are_still_previewed(tmp_path):
    text = (FILES / "respondus_nested.xml").read_text(encoding="utf-8")
    text = text.replace("<setvar action=\"Set\">0.5</setvar>", "<setvar action=\"Set\">half</setvar>")
    path = tmp_path / "broken.xml"
    path.write_text(text, encoding="utf-8")
    report = parse_file(path, "qti")
    (error,) = report.errors
    assert error.message == "item 'QUE_1001': the score 'half' is not a number"
    assert error.line == text.splitlines().index(next(ln for ln in text.splitlines() if "half" in ln)) + 1
    assert [p.key for p in report.questions] == ["QUE_1002"]


def test_a_package_whose_manifest_names_a_missing_assessment_is_an_error_on_that_line(tmp_path):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("imsmanifest.xml", '<manifest><resources>\n<resource identifier="r" type="imsqti_xmlv1p2">'
                                       '<file href="quiz/missing.xml"/></resource></resources></manifest>')
    path = tmp_path / "gone.zip"
    path.write_bytes(buf.getvalue())
    (error,) = parse_file(path).errors
    assert error.line == 2 and "'quiz/missing.xml' is not in the package" in error.message


@pytest.mark.parametrize("fmt", ["gift", "aiken", "moodlexml", "qti", "xlsx", "yaml"])
def test_an_imported_canvas_quiz_exports_to_every_format_with_a_true_count(store, tmp_path, fmt):
    path = tmp_path / "canvas_export.zip"
    path.write_bytes(canvas_package())
    import_file(store, path, bank_name="Canvas")
    (bank,) = store.banks.list()
    stored = {q.key: q for q in store.banks.questions(bank.id)}
    out = tmp_path / f"again.{fmt}"
    losses = export_bank(store, bank.id, fmt, out)
    left_out = {loss.key for loss in losses if not loss.written}
    back = parse_file(out).questions
    assert len(back) == len(stored) - len(left_out)
    if fmt != "aiken":  # Aiken holds single choices only; the others carry every type of the quiz but cloze, essay
        assert left_out == ({"g1a08"} - ({"g1a08"} if fmt in QUIZ_CARRIED["cloze"] else set())
                            | ({"g1a07"} - ({"g1a07"} if fmt in QUIZ_CARRIED["essay"] else set())))
        matching = next(p for p in back if p.type == "matching")
        assert matching.distractors == ["1966"] or [p.right for p in matching.pairs if not p.left] == ["1966"]


def test_an_undeclared_two_choice_item_in_indonesian_is_true_false():
    text = (FILES / "respondus_nested.xml").read_text(encoding="utf-8")
    text = text.replace("<mattext>True</mattext>", "<mattext>Benar</mattext>").replace(
        "<mattext>False</mattext>", "<mattext>Salah</mattext>")
    from assessor.banks.formats.qti import parse_qti

    q = _by_key(parse_qti(text.encode()))
    assert q["QUE_1002"].type == "truefalse" and q["QUE_1002"].correct is False


# -- Canvas blanks: fill in multiple blanks, multiple drop-downs ---------------------------

def test_canvas_fill_in_blanks_and_drop_downs_are_cloze_with_every_answer_their_weights_and_feedback():
    report = parse_file(FILES / "canvas_blanks.xml")
    q = {p.key: to_question(p, p.key) for p in report.questions}
    assert list(q) == ["gb01", "gb02"]
    fill, drops = q["gb01"], q["gb02"]
    assert fill.type == "cloze" and fill.text == {"en": "<p>Keeping children out of court is {#1}; the age of "
                                                        "criminal responsibility in Indonesia is {#2}.</p>"}
    # Canvas's condition asks for one answer per blank, but every answer it lists is right.
    assert [[(o.text["en"], o.fraction) for o in b.options] for b in fill.blanks] == [
        [("diversion", 1.0), ("diversi", 1.0)], [("12", 1.0), ("twelve", 1.0)]]
    assert [b.kind for b in fill.blanks] == ["short", "short"] and not fill.blanks[0].case_sensitive
    assert [b.weight for b in fill.blanks] == [1.0, 3.0]  # 25 and 75 of 100 points
    assert fill.blanks[0].options[1].feedback == {"en": "The Indonesian word."}
    assert fill.rationale == {"en": "Law 11/2012."}
    assert score(fill, ["Diversion", "TWELVE"]) == 1.0 and score(fill, ["diversion", "13"]) == 0.25
    assert drops.text == {"en": "<p>A {#1} assesses the child and a {#2} hears the case.</p>"}
    assert [(b.kind, [o.fraction for o in b.options]) for b in drops.blanks] == [
        ("choice", [0.0, 1.0, 0.0]), ("choice", [1.0, 0.0])]
    assert [o.text["en"] for o in drops.blanks[0].options] == ["prosecutor", "community counsellor", "police officer"]
    assert blank_marks(drops, ["B", "B"]) == [1.0, 0.0]


def test_a_canvas_placeholder_without_a_response_or_a_response_without_a_placeholder_is_an_error_of_that_item():
    report = parse_file(FILES / "canvas_blanks.xml")
    assert [e.message for e in report.errors] == [
        "item 'gb03': the placeholder [year] in the text has no response listing its answers",
        "item 'gb04': response 'response_extra' lists answers for the blank [extra], which the text does not have"]
    text = (FILES / "canvas_blanks.xml").read_text(encoding="utf-8").splitlines()
    assert report.errors[0].line == next(i for i, ln in enumerate(text, 1) if 'ident="gb03"' in ln)
    assert report.errors[1].line == next(i for i, ln in enumerate(text, 1) if 'ident="response_extra"' in ln)
    assert report.skipped == []


@pytest.mark.parametrize("change, words", [
    ('<response_label ident="8202"><material><mattext texttype="text/plain">military court</mattext></material>'
     '</response_label>', "the drop-down [where] lists 1 answer(s)"),
    ('<respcondition><conditionvar><varequal respident="response_who">8102</varequal></conditionvar>'
     '<setvar varname="SCORE" action="Add">50.00</setvar></respcondition>',
     "no condition gives credit for the blank [who]"),
    ('A [who] assesses', "the placeholder [who] appears 2 times"),
])
def test_a_broken_canvas_blank_names_the_blank_and_the_other_items_still_come(tmp_path, change, words):
    text = (FILES / "canvas_blanks.xml").read_text(encoding="utf-8")
    assert change in text
    text = text.replace(change, "A [who] or [who] assesses" if change.startswith("A [who]") else "")
    path = tmp_path / "broken.xml"
    path.write_text(text, encoding="utf-8")
    report = parse_file(path)
    assert [p.key for p in report.questions] == ["gb01"]
    assert any(e.message.startswith("item 'gb02': ") and words in e.message for e in report.errors), report.errors


def test_canvas_blanks_are_stored_and_exported_to_moodle_xml_as_the_same_cloze(store, tmp_path):
    import_file(store, FILES / "canvas_blanks.xml", valid_only=True)
    stored = _questions(store)
    assert set(stored) == {"gb01", "gb02"}
    (bank,) = store.banks.list()
    out = tmp_path / "again.xml"
    assert export_bank(store, bank.id, "moodlexml", out) == []
    back = {p.key: to_question(p, p.key) for p in parse_file(out).questions}
    assert back["gb01"].blanks == stored["gb01"].blanks and back["gb02"].blanks == stored["gb02"].blanks


def test_typed_blanks_written_as_response_str_take_their_answers_from_the_conditions(tmp_path):
    """Some tools write Canvas's fill-in-multiple-blanks with a ``response_str`` per blank and the answers in
    the conditions' ``varequal`` values."""
    item = ('<questestinterop><item ident="t1"><itemmetadata><qtimetadata><qtimetadatafield><fieldlabel>question_type'
            '</fieldlabel><fieldentry>fill_in_multiple_blanks_question</fieldentry></qtimetadatafield></qtimetadata>'
            '</itemmetadata><presentation><material><mattext>[q1] protects children; so does [q2].</mattext></material>'
            + "".join(f'<response_str ident="response_{q}" rcardinality="Single"><render_fib fibtype="String"/>'
                      "</response_str>" for q in ("q1", "q2"))
            + '</presentation><resprocessing><outcomes><decvar maxvalue="100" varname="SCORE"/></outcomes>'
            + "".join(f'<respcondition><conditionvar><varequal respident="response_{q}">{a}</varequal></conditionvar>'
                      f'<setvar action="Add" varname="SCORE">25</setvar></respcondition>'
                      for q, a in (("q1", "UU 35"), ("q1", "UU 35/2014"), ("q2", "UU 11"), ("q1", "UU 35")))
            + "</resprocessing></item></questestinterop>")
    path = tmp_path / "typed.xml"
    path.write_text(item, encoding="utf-8")
    report = parse_file(path)
    assert report.errors == []
    (cloze,) = [to_question(p, p.key) for p in report.questions]
    assert cloze.text == {"en": "{#1} protects children; so does {#2}."}
    assert [[o.text["en"] for o in b.options] for b in cloze.blanks] == [["UU 35", "UU 35/2014"], ["UU 11"]]
    assert score(cloze, ["uu 35/2014", "UU 11"]) == 1.0
