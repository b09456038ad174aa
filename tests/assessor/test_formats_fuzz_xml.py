"""Fuzzing the Moodle XML, QTI and XLSX/CSV parsers: any input gives questions or
line-numbered errors, never an unexpected exception."""

from __future__ import annotations

import csv
import io
import zipfile

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assessor.banks.formats.interchange import ImportReport, to_question
from assessor.banks.formats.moodlexml import parse_moodle_xml
from assessor.banks.formats.qti import parse_qti, write_qti_package
from assessor.banks.questions import INFO_TYPES, SCORED_TYPES, Blank, NumericAnswer, Option, Question
from assessor.banks.formats.spreadsheet import header, parse_csv, parse_xlsx

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check(report: ImportReport) -> None:
    assert isinstance(report, ImportReport)
    for message in report.errors + report.warnings:
        assert isinstance(message.line, int) and message.line >= 0 and message.message
    for skipped in report.skipped:
        assert skipped.line >= 1 and skipped.reason
    for parsed in report.questions:
        assert parsed.line >= 1
        question = to_question(parsed, "K")
        assert question.type in SCORED_TYPES + INFO_TYPES  # never a course-evaluation type by accident
        for option in question.options:
            assert -1 <= option.fraction <= 1
    report.to_json()


@FUZZ
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_to_every_parser(data):
    check(parse_moodle_xml(data))
    check(parse_qti(data, "x.xml"))
    check(parse_qti(data, "x.zip"))
    check(parse_csv(data))
    check(parse_xlsx(data))


# Moodle-like documents built from plausible pieces, so the fuzzing reaches the
# question logic rather than stopping at the XML parser.
TYPES = st.sampled_from(["multichoice", "truefalse", "shortanswer", "numerical", "matching", "essay",
                         "category", "description", "cloze", ""])
WORDS = st.sampled_from(["", "x", "true", "false", "*", "1.5", "-3", "abc", "100", "33.3", "150", "-100",
                         "<b>b</b>", "&amp;", '<span lang="id" class="multilang">id</span>', "{mlang en}e{mlang}",
                         "nan", "inf", "1e400", "0,5", "$course$/top/a//b"])


@st.composite
def moodle_question(draw):
    qtype = draw(TYPES)
    parts = [f'<question type="{qtype}">']
    if draw(st.booleans()):
        parts.append(f"<questiontext><text>{draw(WORDS)}</text></questiontext>")
    if qtype == "category":
        parts.append(f"<category><text>{draw(WORDS)}</text></category>")
    for tag in draw(st.lists(st.sampled_from(["single", "usecase", "idnumber", "name"]), max_size=3)):
        parts.append(f"<{tag}>{draw(WORDS)}</{tag}>")
    for _ in range(draw(st.integers(0, 4))):
        tol = f"<tolerance>{draw(WORDS)}</tolerance>" if draw(st.booleans()) else ""
        parts.append(f'<answer fraction="{draw(WORDS)}"><text>{draw(WORDS)}</text>{tol}'
                     f"<feedback><text>{draw(WORDS)}</text></feedback></answer>")
    for _ in range(draw(st.integers(0, 3))):
        parts.append(f"<subquestion><text>{draw(WORDS)}</text><answer><text>{draw(WORDS)}</text></answer></subquestion>")
    parts.append("</question>")
    return "\n".join(parts)


@FUZZ
@given(st.lists(moodle_question(), max_size=5))
def test_moodle_like_documents(questions):
    xml = "<?xml version='1.0'?>\n<quiz>\n" + "\n".join(questions) + "\n</quiz>"
    check(parse_moodle_xml(xml.encode()))


@st.composite
def qti_item(draw):
    card = draw(st.sampled_from(["single", "multiple", "ordered", ""]))
    values = "".join(f"<value>{draw(st.sampled_from(['A', 'B', 'Z', '']))}</value>" for _ in range(draw(st.integers(0, 3))))
    choices = "".join(f'<simpleChoice identifier="{draw(st.sampled_from(["A", "B", "C"]))}">{draw(WORDS)}</simpleChoice>'
                      for _ in range(draw(st.integers(0, 4))))
    interaction = draw(st.sampled_from(["choiceInteraction", "textEntryInteraction"]))
    wrap = draw(st.sampled_from(["{}", "<div>{}</div>", "<p>before</p>{}", "{}{}"]))
    inner = f'<{interaction} responseIdentifier="R"><prompt>{draw(WORDS)}</prompt>{choices}</{interaction}>'
    return (f'<assessmentItem identifier="{draw(WORDS)}"><responseDeclaration identifier="R" cardinality="{card}">'
            f"<correctResponse>{values}</correctResponse></responseDeclaration>"
            f"<itemBody>{wrap.format(inner, inner)}</itemBody></assessmentItem>")


@FUZZ
@given(qti_item(), st.lists(st.sampled_from(["imsmanifest.xml", "a.xml", "../b.xml", "items/c.xml"]), max_size=3))
def test_qti_items_and_packages(item, names):
    check(parse_qti(item.encode(), "item.xml"))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name in dict.fromkeys(names):
            body = item if name != "imsmanifest.xml" else (
                '<manifest><resources><resource type="imsqti_item_xmlv2p1" href="a.xml"/>'
                '<resource type="imsqti_item_xmlv2p1" href="items/c.xml"/></resources></manifest>')
            zf.writestr(name, body)
    check(parse_qti(buf.getvalue(), "p.zip"))


# Canvas items with several blanks: placeholders and responses that may or may not match, answers
# and scores from the plausible pieces. Each item gives a cloze question with a blank per placeholder,
# or an error naming it; never an exception.
NAMES = st.sampled_from(["a", "b", "blank_1", "x-y", "a.b"])


@st.composite
def canvas_blanks_item(draw, ident):
    kind = draw(st.sampled_from(["fill_in_multiple_blanks_question", "multiple_dropdowns_question"]))
    placeholders = draw(st.lists(NAMES, max_size=3))
    text = " ".join(f"{draw(WORDS)} [{name}]" for name in placeholders) or draw(WORDS)
    responses, conditions = [], []
    for name in draw(st.lists(NAMES, max_size=3)):
        labels = draw(st.lists(st.sampled_from(["1", "2", "3"]), max_size=3, unique=True))
        responses.append(f'<response_lid ident="response_{name}"><material><mattext>{name}</mattext></material>'
                         "<render_choice>" + "".join(
                             f'<response_label ident="{label}"><material><mattext>{draw(WORDS)}</mattext></material>'
                             "</response_label>" for label in labels) + "</render_choice></response_lid>")
        for _ in range(draw(st.integers(0, 2))):
            conditions.append(f'<respcondition><conditionvar><varequal respident="response_{draw(NAMES)}">'
                              f'{draw(st.sampled_from(["1", "2", "9"]))}</varequal></conditionvar>'
                              f'<setvar varname="SCORE" action="Add">{draw(WORDS)}</setvar></respcondition>')
    return (f'<item ident="{ident}"><itemmetadata><qtimetadata><qtimetadatafield><fieldlabel>question_type'
            f"</fieldlabel><fieldentry>{kind}</fieldentry></qtimetadatafield></qtimetadata></itemmetadata>"
            f'<presentation><material><mattext texttype="text/html">{text}</mattext></material>{"".join(responses)}'
            f'</presentation><resprocessing><outcomes><decvar maxvalue="100" varname="SCORE"/></outcomes>'
            f'{"".join(conditions)}</resprocessing></item>'), placeholders


@FUZZ
@given(st.lists(st.integers(0, 10_000), min_size=1, max_size=3, unique=True).flatmap(
    lambda ids: st.tuples(*[canvas_blanks_item(f"g{i}") for i in ids])))
def test_canvas_blank_items(items):
    xml = "<questestinterop><objectbank>" + "".join(x for x, _p in items) + "</objectbank></questestinterop>"
    report = parse_qti(xml.encode(), "quiz.xml")
    check(report)
    named = {q.key: q for q in report.questions}
    for (x, placeholders), ident in zip(items, [x.split('"')[1] for x, _p in items]):
        if ident in named:
            assert len(to_question(named[ident], "K").blanks) == len(placeholders)
        else:
            said = [e.message for e in report.errors] + [s.reason for s in report.skipped]
            assert any(m.startswith(f"item '{ident}': ") for m in said), said


# Cloze questions out to QTI 2.1 and back: whatever the export does not name as lost comes back the same.
TEXTS = st.sampled_from(["CRC", "a & b", "<b>", "x}y", "~", "#1", "Anak", "café", "1989", "{", "\\"])
CREDIT = st.sampled_from([1.0, 0.5, 0.25, 0.1])


@st.composite
def cloze_blank(draw):
    kind = draw(st.sampled_from(["short", "numerical", "choice"]))
    weight = draw(st.sampled_from([1.0, 2.0, 0.5, 3.0]))
    if kind == "numerical":
        values = draw(st.lists(st.sampled_from([0.0, 1.5, -3.0, 18.0, 1e-3, 12345.678]), min_size=1, max_size=3,
                               unique=True))
        return Blank(kind, weight, numeric=tuple(NumericAnswer(v, draw(st.sampled_from([0.0, 0.5, 2.0])), draw(CREDIT))
                                                 for v in values))
    texts = draw(st.lists(TEXTS, min_size=2 if kind == "choice" else 1, max_size=4, unique_by=str.lower))
    credits = [draw(CREDIT if kind == "short" else st.sampled_from([0.0, 0.0, 0.5, 1.0])) for _ in texts]
    if not any(credits):
        credits[0] = 1.0
    return Blank(kind, weight, tuple(Option({"en": t}, c) for t, c in zip(texts, credits)),
                 case_sensitive=kind == "short" and draw(st.booleans()),
                 display=draw(st.sampled_from(["dropdown", "vertical", "horizontal"])) if kind == "choice" else "dropdown",
                 shuffle=kind == "choice" and draw(st.booleans()))


@FUZZ
@given(st.lists(cloze_blank(), min_size=1, max_size=4), st.lists(TEXTS, min_size=1, max_size=5))
def test_cloze_through_qti_comes_back_the_same(blanks, words):
    text = " ".join(f"{w} {{#{n}}}" if n <= len(blanks) else w for n, w in enumerate(words, start=1))
    text += "".join(f" {{#{n}}}" for n in range(len(words) + 1, len(blanks) + 1))
    question = Question("CL", "cloze", {"en": text}, blanks=tuple(blanks))
    buf = io.BytesIO()
    assert write_qti_package([question], "en", buf) == []
    report = parse_qti(buf.getvalue(), "out.zip")
    check(report)
    assert report.errors == [] and report.warnings == []
    back = to_question(report.questions[0], "K")
    assert back.text == question.text and back.blanks == question.blanks


CELLS = st.sampled_from(["", "single", "multiple", "truefalse", "short", "numerical", "matching", "essay",
                         "A", "B", "A,C", "K", "TRUE", "salah", "1..2", "3 ± x", "a | b", "|", "x", "1,5", "J",
                         "EXAMPLE-01", "=1+1", '"', "\x00", "é"])


@FUZZ
@given(st.lists(st.lists(CELLS, max_size=len(header())), max_size=6),
       st.sampled_from([",", ";", "\t"]), st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]))
def test_template_like_csv(rows, sep, encoding):
    buf = io.StringIO()
    csv.writer(buf, delimiter=sep).writerows([header()] + rows)
    check(parse_csv(buf.getvalue().encode(encoding)))
