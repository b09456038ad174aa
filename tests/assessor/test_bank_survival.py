"""Real-file bugs (issue #15): each shown by a small file, imported, stored and exported again."""

from __future__ import annotations

import io
import zipfile

import pytest

from assessor.banks.bankio import export_bank, import_file, parse_file
from assessor.errors import InputError
from assessor.store import Store

CHOICE_ITEM = """<?xml version="1.0" encoding="UTF-8"?>
<assessmentItem xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1" identifier="{ident}" title="{title}"
    adaptive="{adaptive}" timeDependent="false">
  <responseDeclaration identifier="RESPONSE" cardinality="single" baseType="identifier">
    {correct}
  </responseDeclaration>
  {extra}
  <itemBody>
    <choiceInteraction responseIdentifier="RESPONSE" shuffle="false" maxChoices="1">
      <prompt>{prompt}</prompt>
      <simpleChoice identifier="a">Yes</simpleChoice>
      <simpleChoice identifier="b">No</simpleChoice>
    </choiceInteraction>
  </itemBody>
</assessmentItem>
"""


def qti_item(ident="ITEM", prompt="Is it?", title="T", correct="<correctResponse><value>a</value></correctResponse>",
             adaptive="false", extra="") -> bytes:
    return CHOICE_ITEM.format(ident=ident, prompt=prompt, title=title, correct=correct, adaptive=adaptive,
                              extra=extra).encode()


def package(members: dict[str, bytes]) -> bytes:
    hrefs = [m for m in members if m.startswith("items/")]
    manifest = ('<manifest xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"><resources>'
                + "".join(f'<resource identifier="R{i}" type="imsqti_item_xmlv2p1" href="{h}"/>'
                          for i, h in enumerate(hrefs))
                + "</resources></manifest>")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("imsmanifest.xml", manifest)
        for name, data in members.items():
            zf.writestr(name, data)
    return buf.getvalue()


def _count(store):
    (bank,) = store.banks.list()
    return len(store.banks.questions(bank.id))


# -- 1. identity within one file ----------------------------------------------------

def test_qti_items_sharing_an_identifier_are_refused_by_name_not_merged(store, tmp_path):
    path = tmp_path / "pack.zip"
    path.write_bytes(package({f"items/q{i}.xml": qti_item("SAME", f"Question {i}?") for i in range(4)}))
    report = parse_file(path)
    assert len(report.questions) == 1
    assert len(report.errors) == 3
    assert all("'SAME'" in e.message and "items/q0.xml" in e.message for e in report.errors)
    assert report.errors[0].message.startswith("items/q1.xml: ")
    with pytest.raises(InputError, match="nothing was imported"):
        import_file(store, path)
    assert store.banks.list() == []
    import_file(store, path, valid_only=True)
    assert _count(store) == len(report.questions)


def test_gift_ids_repeated_in_one_file_are_refused(tmp_path):
    path = tmp_path / "dup.gift"
    path.write_text("// [id:A1]\nOne? {T}\n\n// [id:A1]\nTwo? {F}\n", encoding="utf-8")
    report = parse_file(path)
    assert [e.line for e in report.errors] == [5] and "line 2" in report.errors[0].message


def test_questions_with_the_same_title_are_all_stored(store, tmp_path):
    path = tmp_path / "pack.zip"
    items = {f"items/q{i}.xml": qti_item(f"I{i}", f"Question {i}?", title="Same title") for i in range(3)}
    path.write_bytes(package(items))
    report, summary = import_file(store, path)
    assert len(summary.new) == len(report.questions) == _count(store) == 3
    gift = tmp_path / "titles.gift"
    gift.write_text("::Same:: Capital? {=Jakarta ~Medan}\n\n::Same:: River? {=Musi ~Nil}\n", encoding="utf-8")
    other = Store.memory()
    report, summary = import_file(other, gift)
    assert len(summary.new) == len(report.questions) == _count(other) == 2


# -- 2. native YAML export imports again ------------------------------------------------

def test_yaml_export_of_questions_without_feedback_imports_again(store, tmp_path):
    gift = tmp_path / "plain.gift"
    gift.write_text("::Q1:: Capital of Indonesia? {=Jakarta ~Medan}\n\n::Q2:: 2+2? {#4}\n", encoding="utf-8")
    import_file(store, gift)
    (bank,) = store.banks.list()
    out = tmp_path / "bank.yaml"
    assert export_bank(store, bank.id, "yaml", out) == []
    report = parse_file(out)
    assert report.errors == [] and len(report.questions) == 2
    other = Store.memory()
    _r, summary = import_file(other, out)
    assert len(summary.new) == 2


def test_yaml_export_of_a_bilingual_bank_with_english_only_imports_validates(bank_store, tmp_path):
    gift = tmp_path / "extra.gift"
    gift.write_text("::EXTRA-1:: A question only in English? {=yes ~no}\n", encoding="utf-8")
    bank = bank_store.banks.list()[0]
    import_file(bank_store, gift, bank_name=bank.name["en"])
    out = tmp_path / "bank.yaml"
    export_bank(bank_store, bank.id, "yaml", out)
    report = parse_file(out)
    assert report.errors == [] and len(report.questions) == len(bank_store.banks.questions(bank.id))


# -- 3. XLSX keeps partial and zero weights -------------------------------------------------

def test_xlsx_export_keeps_zero_and_partial_short_answers_and_the_catch_all(store, tmp_path):
    gift = tmp_path / "short.gift"
    gift.write_text("::S1:: The law on child protection? {=UU 35 =%50%UU 23 =%0%UU 1 =%0%*}\n\n"
                    "::M1:: Pick the two right ones {~%50%a ~%50%b ~%-50%c ~d}\n", encoding="utf-8")
    import_file(store, gift)
    (bank,) = store.banks.list()
    out = tmp_path / "bank.xlsx"
    assert export_bank(store, bank.id, "xlsx", out) == []
    from assessor.delivery.scoring import score

    other = Store.memory()
    import_file(other, out)
    back = {q.key: q for q in other.banks.questions(other.banks.list()[0].id)}
    assert [o.fraction for o in back["S1"].options] == [1.0, 0.5, 0.0, 0.0]
    assert score(back["S1"], "anything else") == 0.0 and score(back["S1"], "UU 23") == 0.5
    assert [o.fraction for o in back["M1"].options] == [0.5, 0.5, -0.5, 0.0]


def test_export_count_counts_questions_written_with_less_as_written(store, tmp_path):
    from click.testing import CliRunner

    from assessor.cli import cli

    db = tmp_path / "a.db"
    gift = tmp_path / "n.gift"
    gift.write_text("::N1:: Year? {#=1822:0 =%50%1822:2}\n\n::N2:: 2+2? {#4}\n", encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(cli, ["--db", str(db), "bank", "import", str(gift)]).exit_code == 0
    result = runner.invoke(cli, ["--db", str(db), "bank", "export", "n", "--format", "xlsx",
                                 "-o", str(tmp_path / "n.xlsx")])
    assert result.exit_code == 0, result.output
    assert "2 of 2 questions written" in result.output
    assert "N1: written without: only the best numerical answer" in result.output


# -- 5. Moodle XML keeps the title ----------------------------------------------------------

MOODLE_NO_IDNUMBER = b"""<?xml version="1.0" encoding="UTF-8"?>
<quiz>
  <question type="truefalse">
    <name><text>Age of criminal responsibility</text></name>
    <questiontext format="html"><text>Children under 12 can be tried.</text></questiontext>
    <answer fraction="0"><text>true</text></answer>
    <answer fraction="100"><text>false</text></answer>
  </question>
</quiz>
"""


def test_moodle_xml_round_trip_keeps_the_title_without_idnumber(store, tmp_path):
    src = tmp_path / "q.xml"
    src.write_bytes(MOODLE_NO_IDNUMBER)
    import_file(store, src)
    (bank,) = store.banks.list()
    out = tmp_path / "out.xml"
    export_bank(store, bank.id, "moodlexml", out)
    (parsed,) = parse_file(out).questions
    assert parsed.title == "Age of criminal responsibility"
    _r, again = import_file(store, out, bank_name=bank.name["en"])
    assert again.new == () and again.new_version == ()


# -- 6. format detection -------------------------------------------------------------------

AIKEN_WITH_BRACES = ("Which set {a, b} is empty?\nA) {a}\nB) none of them\nANSWER: B\n\n"
                     "Capital of Indonesia?\nA. Jakarta\nB. Medan\nANSWER: A\n")


def test_an_aiken_file_with_braces_is_read_as_aiken(tmp_path):
    path = tmp_path / "quiz.txt"
    path.write_text(AIKEN_WITH_BRACES, encoding="utf-8")
    report = parse_file(path)
    assert report.format == "aiken" and report.errors == [] and len(report.questions) == 2


def test_an_aiken_file_named_gift_gets_aiken_messages_and_a_format_hint(tmp_path):
    path = tmp_path / "quiz.gift"
    path.write_text(AIKEN_WITH_BRACES.replace("ANSWER: A", "ANSWER: Z"), encoding="utf-8")
    report = parse_file(path)
    assert report.format == "aiken"
    assert "--format" in report.warnings[0].message
    assert [e.line for e in report.errors] == [9] and "Z" in report.errors[0].message


AIKEN_PLAIN = ("Capital of Indonesia?\nA. Jakarta\nB. Medan\nANSWER: A\n\n"
               "Largest island?\nA) Java\nB) Borneo\nANSWER: B\n")


@pytest.mark.parametrize("text", [AIKEN_PLAIN, AIKEN_WITH_BRACES], ids=["no braces", "braces"])
def test_a_valid_aiken_file_named_gift_is_read_as_aiken_not_as_gift_descriptions(tmp_path, text):
    # Every Aiken question is a paragraph without a GIFT answer block, which GIFT would read as a description.
    path = tmp_path / "quiz.gift"
    path.write_text(text, encoding="utf-8")
    report = parse_file(path)
    assert (report.format, report.errors, len(report.questions)) == ("aiken", [], 2)
    assert "--format" in report.warnings[0].message


def test_a_gift_file_with_descriptions_between_questions_reads_them_in_order(store, tmp_path):
    path = tmp_path / "case.gift"
    path.write_text("Read the case: Budi, 12, took a bike.\n\n::Age:: Budi is a child.{T}\n\n"
                    "Now the second case.\nSari, 16, kept it.\n\n::Why:: Explain the difference.{}\n", encoding="utf-8")
    report, summary = import_file(store, path)
    assert report.format == "gift" and report.errors == [] and report.skipped == []
    assert [(q.line, q.type) for q in report.questions] == [(1, "description"), (3, "truefalse"),
                                                         (5, "description"), (8, "essay")]
    stored = {q.title or q.text["en"][:8]: q for q in store.banks.get(summary.bank_id).questions}
    assert sorted((k, q.type) for k, q in stored.items()) == [
        ("Age", "truefalse"), ("Now the ", "description"), ("Read the", "description"), ("Why", "essay")]
    assert stored["Now the "].text == {"en": "Now the second case.\nSari, 16, kept it."}


@pytest.mark.parametrize("name", ["notes.txt", "notes.gift"])
def test_a_text_file_of_prose_is_refused_saying_it_has_no_question(store, tmp_path, name):
    # Moodle would import each paragraph as a description; a user who picked the wrong file expects to be told.
    path = tmp_path / name
    path.write_text("Minutes of the training, day 1.\n\nWe discussed diversion.\nBudi asked about age limits.\n",
                    encoding="utf-8")
    with pytest.raises(InputError, match=r"notes\.(txt|gift), line 1: no question in this file: its 2 paragraph"):
        import_file(store, path)
    with pytest.raises(InputError) as refused:
        import_file(store, path, valid_only=True)
    assert refused.value.code == "no_questions" and store.banks.list() == []


def test_a_moodle_1_backup_is_named_not_reported_as_broken_qti(tmp_path):
    path = tmp_path / "moodle.xml"
    path.write_bytes(b"<?xml version='1.0'?>\n<MOODLE_BACKUP><INFO><NAME>backup</NAME></INFO></MOODLE_BACKUP>")
    (error,) = parse_file(path).errors
    assert "Moodle 1.x course backup" in error.message and "Moodle XML" in error.message


# -- 7 and 9. skipped items say why ------------------------------------------------------------

def test_an_unscorable_item_is_skipped_and_the_rest_imported(tmp_path):
    path = tmp_path / "survey.zip"
    path.write_bytes(package({"items/a.xml": qti_item("A"), "items/s.xml": qti_item("S", correct="")}))
    report = parse_file(path)
    assert report.errors == [] and [q.id for q in report.questions] == ["A"]
    (skip,) = report.skipped
    assert "items/s.xml" in skip.reason and "no correct response" in skip.reason


@pytest.mark.parametrize("kwargs, kind, words", [
    ({"adaptive": "true"}, "adaptive", "adaptive item"),
    ({"extra": '<templateDeclaration identifier="X" cardinality="single" baseType="integer"/>'}, "template",
     "template item"),
])
def test_skip_reasons_name_the_real_cause(tmp_path, kwargs, kind, words):
    path = tmp_path / "i.xml"
    path.write_bytes(qti_item(**kwargs))
    (skip,) = parse_file(path).skipped
    assert skip.type == kind and words in skip.reason


def test_an_unsupported_interaction_is_named(tmp_path):
    path = tmp_path / "i.xml"
    data = qti_item().replace(b"<choiceInteraction", b"<sliderInteraction").replace(b"</choiceInteraction",
                                                                                  b"</sliderInteraction")
    path.write_bytes(data)
    (skip,) = parse_file(path).skipped
    assert skip.type == "sliderInteraction" and "sliderInteraction is not supported" in skip.reason


# -- 10. multiple response over 100 % ----------------------------------------------------------

def test_multiple_response_weights_over_100_percent_are_warned(tmp_path):
    path = tmp_path / "m.gift"
    path.write_text("Pick? {~%100%a ~%50%b ~%-100%c}\n", encoding="utf-8")
    report = parse_file(path)
    assert report.errors == [] and any("150%" in w.message for w in report.warnings)


# -- 8. QTI 1.2 is read (tests/assessor/test_qti12.py); a document without items says so -------

def test_qti_1_2_without_items_is_refused_saying_so(tmp_path):
    path = tmp_path / "canvas.xml"
    path.write_bytes(b'<?xml version="1.0"?>\n<questestinterop><assessment title="Quiz"><qtimetadata>'
                     b"<qtimetadatafield><fieldlabel>cc_profile</fieldlabel></qtimetadatafield></qtimetadata>"
                     b"</assessment></questestinterop>")
    (error,) = parse_file(path).errors
    assert "QTI 1.2 document holds no <item>" in error.message


# -- 11. GIFT carries essays and descriptions, not cloze ------------------------------------------

def test_gift_export_keeps_essays_and_descriptions_in_place_and_names_cloze_as_not_written(store, tmp_path):
    from assessor.banks.cloze import parse_embedded
    from assessor.banks.questions import Bank, Option, Question

    text, blanks = parse_embedded("The capital of France is {1:SHORTANSWER:=Paris}.", "en")
    both = lambda en, id_: {"en": en, "id": id_}  # noqa: E731
    bank = Bank(name={"en": "Cases"}, languages=("en", "id"), questions=(
        Question("D-1", "description", both("Read: {case} #1", "Baca: {kasus} #1"), title="Case 1", topic="Law"),
        Question("S-1", "single", both("Age?", "Umur?"), topic="Law",
                 options=(Option(both("12", "12"), 1.0), Option(both("16", "16")))),
        Question("CL-1", "cloze", text, blanks=blanks, topic="Law"),
        Question("E-1", "essay", both("Explain = why.", "Jelaskan = mengapa."), topic="Law",
                 rationale=both("Age ~ 12", "Umur ~ 12")),
        Question("D-2", "description", both("End.", "Selesai."), topic="Law"),
    ))
    store.banks.import_bank(bank)
    (stored,) = store.banks.list()
    out = tmp_path / "cases.gift"
    (loss,) = export_bank(store, stored.id, "gift", out)
    assert (loss.key, loss.written) == ("CL-1", False) and "embedded answers" in loss.reason
    report = parse_file(out)
    in_bank = [q.key for q in store.banks.get(stored.id).questions if q.type != "cloze"]
    assert [q.id for q in report.questions] == in_bank  # written and read back in the bank's order
    # the bank's order is the order it was given in (descriptions stay where they were), not key order
    assert [(q.id, q.type) for q in report.questions] == [("D-1", "description"), ("S-1", "single"),
                                                           ("E-1", "essay"), ("D-2", "description")]
    _report, again = import_file(store, out, bank_name="Cases")
    assert again.new == () and again.new_version == () and set(again.unchanged) == {"D-1", "S-1", "E-1", "D-2"}


# -- 12. a cloze question survives QTI 2.1; "N of M written" counts what a note names as written ----

MOODLE_BILINGUAL_CLOZE = """<?xml version="1.0" encoding="UTF-8"?>
<quiz>
  <question type="multianswer">
    <name><text>Diversion</text></name>
    <questiontext format="html"><text><![CDATA[<span lang="en" class="multilang">Diversion keeps a child out of {2:SHORTANSWER:=court#Yes~%50%prison}; the age is {1:NUMERICAL:=12:0~%50%14:1}, decided by a {1:MULTICHOICE_V:=judge~guard}.</span><span lang="id" class="multilang">Diversi menjauhkan anak dari {2:SHORTANSWER:=pengadilan#Ya~%50%penjara}; umurnya {1:NUMERICAL:=12:0~%50%14:1}, diputuskan oleh {1:MULTICHOICE_V:=hakim~penjaga}.</span>]]></text></questiontext>
    <generalfeedback format="html"><text>Law 11/2012.</text></generalfeedback>
    <idnumber>CL-DIV</idnumber>
  </question>
  <question type="truefalse">
    <name><text>Majority</text></name>
    <questiontext format="html"><text>A child is a person under 18.</text></questiontext>
    <answer fraction="100"><text>true</text></answer>
    <answer fraction="0"><text>false</text></answer>
    <idnumber>TF-18</idnumber>
  </question>
</quiz>
"""


def test_a_moodle_cloze_goes_through_qti_and_keeps_its_blanks_weights_and_marks(store, tmp_path):
    from click.testing import CliRunner

    from assessor.cli import cli
    from assessor.delivery.scoring import score

    db = tmp_path / "a.db"
    src = tmp_path / "cloze.xml"
    src.write_text(MOODLE_BILINGUAL_CLOZE, encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(cli, ["--db", str(db), "bank", "import", str(src), "--bank", "Div"]).exit_code == 0
    out = tmp_path / "div.zip"
    result = runner.invoke(cli, ["--db", str(db), "bank", "export", "Div", "--format", "qti", "-o", str(out),
                                 "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert "2 of 2 questions written as qti" in result.output
    assert "CL-DIV: written without: the answers' feedback is not written" in result.output
    assert "CL-DIV: written without: a qti item holds one language: only the en text is written, not the id text" \
        in result.output
    assert "TF-18" not in result.output.replace("2 of 2", "")
    with Store.open(db) as first:
        (original,) = [q for q in first.banks.questions(first.banks.list()[0].id) if q.key == "CL-DIV"]
    import_file(store, out)
    back = {q.key: q for q in store.banks.questions(store.banks.list()[0].id)}
    cloze = back["CL-DIV"]
    assert cloze.text == {"en": original.text["en"]} and cloze.rationale == {"en": "Law 11/2012."}
    assert [(b.kind, b.weight, b.display) for b in cloze.blanks] == [(b.kind, b.weight, b.display)
                                                                     for b in original.blanks]
    assert [[o.text["en"] for o in b.options] for b in cloze.blanks] == [["court", "prison"], [], ["judge", "guard"]]
    assert [(a.value, a.tolerance, a.fraction) for a in cloze.blanks[1].numeric] == [(12.0, 0.0, 1.0), (14.0, 1.0, 0.5)]
    for answers in (["court", "12", "A"], ["Prison", "13", "B"], ["jail", "15.5", "A"], ["COURT", None, None]):
        assert score(cloze, answers) == score(original, answers), answers
    assert (back["TF-18"].type, back["TF-18"].answer) == ("truefalse", True)  # written as a choice of True and False


# -- 13. QTI 2.1: HTML texts and mapped credit survive (tools/bank_survival.py on real files) ------------

CANVAS_HTML = """<?xml version="1.0" encoding="UTF-8"?>
<quiz>
  <question type="shortanswer">
    <name><text>Law name</text></name>
    <questiontext format="html"><text><![CDATA[<p>Which <b>UN</b> convention defines the child?</p>]]></text></questiontext>
    <answer fraction="100"><text>CRC</text></answer>
  </question>
  <question type="multichoice">
    <name><text>Rights</text></name>
    <questiontext format="html"><text><![CDATA[<p>Pick <i>one</i></p>]]></text></questiontext>
    <single>true</single>
    <answer fraction="100"><text><![CDATA[<p>Education</p>]]></text></answer>
    <answer fraction="0"><text>Prison &amp; fines</text></answer>
  </question>
</quiz>
"""


def test_html_question_texts_come_back_from_qti_as_html_not_as_their_source(store, tmp_path):
    src = tmp_path / "html.xml"
    src.write_text(CANVAS_HTML, encoding="utf-8")
    import_file(store, src)
    (bank,) = store.banks.list()
    before = {q.key: q for q in store.banks.questions(bank.id)}
    out = tmp_path / "html.zip"
    export_bank(store, bank.id, "qti", out)
    other = Store.memory()
    import_file(other, out)
    after = {q.key: q for q in other.banks.questions(other.banks.list()[0].id)}
    # (a key that is no QTI identifier is adapted: 'Law name' becomes 'Law_name')
    assert after["Law_name"].text == before["Law name"].text == {"en": "<p>Which <b>UN</b> convention defines the child?</p>"}
    assert [o.text for o in after["Rights"].options] == [o.text for o in before["Rights"].options] == [
        {"en": "<p>Education</p>"}, {"en": "Prison & fines"}]
    assert after["Rights"].text == before["Rights"].text


def test_qti_points_per_choice_are_read_as_partial_credit(tmp_path):
    mapping = ('<mapping defaultValue="0"><mapEntry mapKey="a" mappedValue="2"/><mapEntry mapKey="b" mappedValue="1"/>'
               "</mapping>")
    item = qti_item(correct="<correctResponse><value>a</value></correctResponse>" + mapping)
    item = item.replace(b"</itemBody>", b'</itemBody>\n<responseProcessing template="http://www.imsglobal.org/'
                                        b'question/qti_v2p1/rptemplates/map_response"/>')
    path = tmp_path / "points.xml"
    path.write_bytes(item)
    (parsed,) = parse_file(path).questions
    assert (parsed.type, [o.fraction for o in parsed.options]) == ("single", [1.0, 0.5])


def test_a_single_choice_with_partial_credit_exports_to_qti_and_back(store, tmp_path):
    gift = tmp_path / "partial.gift"
    gift.write_text("::P1:: Who decides? {=judge ~%50%prosecutor ~family}\n", encoding="utf-8")
    import_file(store, gift)
    (bank,) = store.banks.list()
    out = tmp_path / "partial.zip"
    assert export_bank(store, bank.id, "qti", out) == []
    other = Store.memory()
    import_file(other, out)
    (q,) = other.banks.questions(other.banks.list()[0].id)
    assert (q.type, [o.fraction for o in q.options]) == ("single", [1.0, 0.5, 0.0])


# -- 14. Aiken choices without a space, QTI matching with pictures (real-file findings) ------------

def test_aiken_reads_a_choice_without_a_space_after_the_parenthesis_as_moodle_does(tmp_path):
    path = tmp_path / "nospace.txt"
    path.write_text("Capital of Indonesia?\nA)Medan\nB)Jakarta\nANSWER: B\n\nA.I. stands for?\nA) Artificial intelligence\n"
                    "B) Nothing\nANSWER: A\n", encoding="utf-8")
    report = parse_file(path)
    assert report.errors == []
    first, second = report.questions
    assert [(o.text, o.fraction) for o in first.options] == [("Medan", 0.0), ("Jakarta", 1.0)]
    assert second.text == "A.I. stands for?"  # "A." without a space stays question text


MATCH_PICTURES = b"""<?xml version="1.0" encoding="UTF-8"?>
<assessmentItem xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1" identifier="SIGHTS" title="Sights" adaptive="false"
    timeDependent="false">
  <responseDeclaration identifier="RESPONSE" cardinality="multiple" baseType="directedPair">
    <correctResponse><value>L1 R1</value><value>L2 R2</value></correctResponse>
  </responseDeclaration>
  <itemBody>
    <matchInteraction responseIdentifier="RESPONSE" shuffle="true" maxAssociations="0">
      <prompt>Which sight is in which city?</prompt>
      <simpleMatchSet>
        <simpleAssociableChoice identifier="L1" matchMax="1"><img src="media/monas.jpg" alt=""/></simpleAssociableChoice>
        <simpleAssociableChoice identifier="L2" matchMax="1">Borobudur</simpleAssociableChoice>
      </simpleMatchSet>
      <simpleMatchSet>
        <simpleAssociableChoice identifier="R1" matchMax="1">Jakarta</simpleAssociableChoice>
        <simpleAssociableChoice identifier="R2" matchMax="1">Magelang</simpleAssociableChoice>
      </simpleMatchSet>
    </matchInteraction>
  </itemBody>
</assessmentItem>
"""


def test_a_qti_matching_item_with_a_picture_as_a_choice_is_skipped_by_name_not_stored_as_markup(tmp_path):
    path = tmp_path / "sights.xml"
    path.write_bytes(MATCH_PICTURES)
    report = parse_file(path)
    assert report.questions == [] and report.errors == []
    (skip,) = report.skipped
    assert skip.line == 11 and "choice 'L1' is a picture" in skip.reason


# -- 15. Moodle's type="cloze", weights that are not round (real-file findings) -------------------

MOODLE_CLOZE = """<?xml version="1.0" encoding="UTF-8"?>
<quiz>
  <question type="cloze">
    <name><text>Capital</text></name>
    <questiontext format="html"><text>The capital is {1:SHORTANSWER:=Jakarta}.</text></questiontext>
  </question>
  <question type="match">
    <name><text>Pairs</text></name>
    <questiontext format="html"><text>Match</text></questiontext>
    <subquestion><text>Java</text><answer><text>Jakarta</text></answer></subquestion>
    <subquestion><text>Bali</text><answer><text>Denpasar</text></answer></subquestion>
  </question>
</quiz>
"""


def test_moodles_own_cloze_and_match_type_names_are_read(tmp_path):
    path = tmp_path / "moodle.xml"
    path.write_text(MOODLE_CLOZE, encoding="utf-8")
    report = parse_file(path)
    assert report.skipped == [] and report.errors == []
    assert [q.type for q in report.questions] == ["cloze", "matching"]


THIRDS = ("::T1:: Pick the primes {~%-50%1 ~%33.33333%2 ~%33.33333%3 ~%-50%4 ~%33.33333%5}\n")


@pytest.mark.parametrize("fmt", ["xlsx", "qti"])
def test_a_third_of_the_credit_comes_back_exactly_so_a_re_import_changes_nothing(store, tmp_path, fmt):
    gift = tmp_path / "thirds.gift"
    gift.write_text(THIRDS, encoding="utf-8")
    import_file(store, gift)
    (bank,) = store.banks.list()
    (before,) = store.banks.questions(bank.id)
    out = tmp_path / f"thirds.{ {'qti': 'zip'}.get(fmt, fmt) }"
    export_bank(store, bank.id, fmt, out)
    other = Store.memory()
    import_file(other, out)
    (after,) = other.banks.questions(other.banks.list()[0].id)
    assert [o.fraction for o in after.options] == [o.fraction for o in before.options]


# -- 16. Canvas HTML wrapped in a div, images a file only links to (real-file findings) ------------

def test_a_numerical_text_that_is_a_div_comes_back_from_qti_unchanged(store, tmp_path):
    src = tmp_path / "canvas.xml"
    src.write_text(MOODLE_NO_IDNUMBER.decode().replace(
        '<question type="truefalse">', '<question type="numerical">').replace(
        "Children under 12 can be tried.", "<![CDATA[<div><p>Age of <b>majority</b>?</p></div>]]>").replace(
        '<answer fraction="0"><text>true</text></answer>\n    <answer fraction="100"><text>false</text></answer>',
        '<answer fraction="100"><text>18</text><tolerance>0</tolerance></answer>'), encoding="utf-8")
    import_file(store, src)
    (bank,) = store.banks.list()
    (before,) = store.banks.questions(bank.id)
    assert before.text == {"en": "<div><p>Age of <b>majority</b>?</p></div>"}
    out = tmp_path / "age.zip"
    export_bank(store, bank.id, "qti", out)
    other = Store.memory()
    import_file(other, out)
    (after,) = other.banks.questions(other.banks.list()[0].id)
    assert after.text == before.text


def test_an_image_the_file_only_links_to_is_named_in_the_preview(tmp_path):
    path = tmp_path / "canvas.xml"
    path.write_bytes(b"""<?xml version="1.0"?>
<questestinterop><assessment title="Quiz" ident="A1"><section ident="S1">
<item title="Sign" ident="Q1"><presentation><material>
<mattext texttype="text/html"><![CDATA[What does it show? <img alt="sign" src="org0/images/sign.png"/>]]></mattext>
</material><response_lid ident="R" rcardinality="Single"><render_choice>
<response_label ident="A"><material><mattext>Stop</mattext></material></response_label>
<response_label ident="B"><material><mattext>Go</mattext></material></response_label>
</render_choice></response_lid></presentation>
<resprocessing><respcondition><conditionvar><varequal respident="R">A</varequal></conditionvar>
<setvar action="Set" varname="SCORE">100</setvar></respcondition></resprocessing></item>
</section></assessment></questestinterop>""")
    report = parse_file(path)
    assert report.errors == [] and len(report.questions) == 1
    assert [w.message for w in report.warnings] == [
        "the image org0/images/sign.png is not in the file; it is not imported (the link stays in the text)"]


# -- 17. XLSX: a short answer's wrong answers stay wrong (Moodle's categories_reverse_order fixture) --

def test_a_short_answer_with_wrong_answers_keeps_them_wrong_through_xlsx(store, tmp_path):
    gift = tmp_path / "short.gift"
    gift.write_text("::S1:: Is it raining? {=yes =%0%no =%0%may be}\n", encoding="utf-8")
    import_file(store, gift)
    (bank,) = store.banks.list()
    out = tmp_path / "short.xlsx"
    assert export_bank(store, bank.id, "xlsx", out) == []
    from assessor.delivery.scoring import score

    other = Store.memory()
    import_file(other, out)
    (q,) = other.banks.questions(other.banks.list()[0].id)
    assert [o.fraction for o in q.options] == [1.0, 0.0, 0.0]
    assert score(q, "no") == 0.0 and score(q, "yes") == 1.0


# -- 18. QTI gap match: its prompt is part of the text, not a QTI tag (IMS gap_match example) -------

GAP_MATCH = b"""<?xml version="1.0" encoding="UTF-8"?>
<assessmentItem xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1" identifier="GAPS" title="Gaps" adaptive="false"
    timeDependent="false">
  <responseDeclaration identifier="RESPONSE" cardinality="multiple" baseType="directedPair">
    <correctResponse><value>J G1</value></correctResponse>
  </responseDeclaration>
  <itemBody>
    <gapMatchInteraction responseIdentifier="RESPONSE" shuffle="false">
      <prompt>Fill in the capital.</prompt>
      <gapText identifier="J" matchMax="1">Jakarta</gapText>
      <gapText identifier="M" matchMax="1">Medan</gapText>
      <p>The capital of Indonesia is <gap identifier="G1"/>.</p>
    </gapMatchInteraction>
  </itemBody>
</assessmentItem>
"""


def test_a_gap_match_prompt_becomes_a_paragraph_of_the_cloze_text(tmp_path):
    path = tmp_path / "gaps.xml"
    path.write_bytes(GAP_MATCH)
    (parsed,) = parse_file(path).questions
    assert parsed.type == "cloze"
    assert parsed.text.startswith("<p>Fill in the capital.</p>") and "prompt" not in parsed.text


# -- 19. QTI 1.2: a third of the points is a third (Canvas multiple answers) ------------------------

CANVAS_THIRDS = b"""<?xml version="1.0"?>
<questestinterop><assessment title="Quiz" ident="A1"><section ident="S1">
<item title="Pick" ident="Q1"><itemmetadata><qtimetadata><qtimetadatafield><fieldlabel>question_type</fieldlabel>
<fieldentry>multiple_answers_question</fieldentry></qtimetadatafield></qtimetadata></itemmetadata>
<presentation><material><mattext>Pick A, C and D</mattext></material>
<response_lid ident="R" rcardinality="Multiple"><render_choice>
<response_label ident="a"><material><mattext>A</mattext></material></response_label>
<response_label ident="b"><material><mattext>B</mattext></material></response_label>
<response_label ident="c"><material><mattext>C</mattext></material></response_label>
<response_label ident="d"><material><mattext>D</mattext></material></response_label>
</render_choice></response_lid></presentation>
<resprocessing><respcondition><conditionvar><and><varequal respident="R">a</varequal>
<not><varequal respident="R">b</varequal></not><varequal respident="R">c</varequal><varequal respident="R">d</varequal>
</and></conditionvar><setvar action="Set" varname="SCORE">100</setvar></respcondition></resprocessing></item>
</section></assessment></questestinterop>"""


def test_canvas_credit_split_three_ways_is_an_exact_third_so_moodle_xml_gives_it_back(store, tmp_path):
    path = tmp_path / "canvas.xml"
    path.write_bytes(CANVAS_THIRDS)
    import_file(store, path)
    (bank,) = store.banks.list()
    (before,) = store.banks.questions(bank.id)
    assert [o.fraction for o in before.options] == [1 / 3, 0.0, 1 / 3, 1 / 3]
    out = tmp_path / "again.xml"
    export_bank(store, bank.id, "moodlexml", out)
    _r, again = import_file(store, out, bank_name=bank.name["en"])
    assert again.new_version == () and again.new == ()


# -- 20. QTI: Assessor's own credits come back as they were (the bundled bank through QTI) -----------

def test_the_bundled_banks_multiple_response_questions_come_back_from_qti_unchanged(bank_store, tmp_path):
    bank = bank_store.banks.list()[0]
    multiple = [q for q in bank_store.banks.questions(bank.id) if q.type == "multiple"]
    assert multiple and all(o.fraction in (0.0, 1.0) for q in multiple for o in q.options)
    out = tmp_path / "bank.zip"
    export_bank(bank_store, bank.id, "qti", out)
    other = Store.memory()
    import_file(other, out)
    back = {q.key: q for q in other.banks.questions(other.banks.list()[0].id)}
    for q in multiple:
        assert [o.fraction for o in back[q.key].options] == [o.fraction for o in q.options], q.key


# -- 21. Moodle XML keeps a case-sensitive short answer (usecase) ------------------------------------

def test_a_case_sensitive_moodle_short_answer_stays_case_sensitive_and_round_trips(store, tmp_path):
    src = tmp_path / "case.xml"
    src.write_text(MOODLE_CLOZE.replace('<question type="cloze">', '<question type="shortanswer"><usecase>1</usecase>')
                   .replace("The capital is {1:SHORTANSWER:=Jakarta}.", "The abbreviation?").replace(
                       "<name><text>Capital</text></name>", '<name><text>Capital</text></name>\n'
                       '<answer fraction="100"><text>CRC</text></answer>'), encoding="utf-8")
    report = parse_file(src)
    assert report.warnings == []
    import_file(store, src)
    (bank,) = store.banks.list()
    (q, _pairs) = store.banks.questions(bank.id)
    assert q.case_sensitive
    from assessor.delivery.scoring import score

    assert score(q, "CRC") == 1.0 and score(q, "crc") == 0.0
    out = tmp_path / "again.xml"
    export_bank(store, bank.id, "moodlexml", out)
    _r, again = import_file(store, out, bank_name=bank.name["en"])
    assert again.new_version == () and again.new == ()
