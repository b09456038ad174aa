"""Fuzzing the GIFT and Aiken readers: any text gives questions or line-numbered errors."""

from __future__ import annotations

from dataclasses import asdict

from hypothesis import given, settings
from hypothesis import strategies as st

from assessor.banks.formats.aiken import parse_aiken
from assessor.banks.formats.gift import parse_gift, write_gift
from assessor.banks.formats.interchange import to_question
from assessor.banks.questions import Option, Question

# Text rich in the characters both formats give meaning to.
GIFT_ALPHABET = st.sampled_from(list("ab1 \t\n\r~=#{}:\\%.-><[]/$TFAE") + ["::", "->", "..", "\r\n", "//", "$CATEGORY:",
                                                                         "[html]", "####", "\ufeff", "é"])
AIKEN_ALPHABET = st.sampled_from(["A) ", "B. ", "C)", "ANSWER: ", "answer:", "\n", "\r\n", " ", "x", "A", "?", "\n\n"])


def _check(report, text):
    lines = text.replace("\r\n", "\n").replace("\r", "\n").count("\n") + 1
    for item in report.errors + report.warnings + report.skipped + report.questions:
        assert 1 <= item.line <= lines
    for q in report.questions:
        assert q.type in ("single", "multiple", "truefalse", "short", "numerical", "matching", "essay", "description")
        assert q.type != "description" or q.text  # an empty description is an error, never an item
        assert all(-1 <= o.fraction <= 1 for o in q.options)
        to_question(q, key="K")  # every parsed question converts


@settings(max_examples=300, deadline=None)
@given(st.lists(GIFT_ALPHABET, max_size=60).map("".join))
def test_gift_reader_never_raises_on_structured_noise(text):
    _check(parse_gift(text), text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_gift_reader_never_raises_on_any_text(text):
    _check(parse_gift(text), text)


@settings(max_examples=300, deadline=None)
@given(st.lists(AIKEN_ALPHABET, max_size=40).map("".join))
def test_aiken_reader_never_raises_on_structured_noise(text):
    _check(parse_aiken(text), text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_aiken_reader_never_raises_on_any_text(text):
    _check(parse_aiken(text), text)


_TEXT = st.text(alphabet=list("ab ~=#{}:\\%[]/-$>\n"), min_size=1, max_size=25).filter(
    lambda s: s.strip() == s and s.strip() != "")


@settings(max_examples=200, deadline=None)
@given(_TEXT, st.lists(_TEXT, min_size=2, max_size=4), _TEXT)
def test_gift_round_trip_keeps_any_text_with_control_characters(stem, options, feedback):
    q = Question(key="K-1", type="single", text={"en": stem},
                 options=tuple(Option({"en": t}, 1.0 if i == 0 else 0.0, {"en": feedback} if i == 1 else {})
                               for i, t in enumerate(options)))
    report = parse_gift(write_gift([q], ["en"]))
    assert report.errors == []
    assert [asdict(to_question(p, key=p.id)) for p in report.questions] == [asdict(q)]


@settings(max_examples=200, deadline=None)
@given(_TEXT, _TEXT, st.sampled_from(["essay", "description"]), st.booleans())
def test_gift_round_trip_keeps_essays_and_descriptions_with_any_text(text, other, kind, titled):
    # A description is written without braces and an essay with empty ones: any control character
    # in their text must survive, and neither may turn into another type or swallow its neighbour.
    # A title is one line with single spaces (the reader folds a title's white space, as Moodle does).
    item = Question(key="K-1", type=kind, text={"en": text}, title=" ".join(other.split()) if titled else "",
                    rationale={"en": other} if kind == "essay" and not titled else {})
    after = Question(key="K-2", type="truefalse", text={"en": other}, answer=False)
    report = parse_gift(write_gift([item, after], ["en"]))
    assert report.errors == []
    assert [asdict(to_question(p, key=p.id)) for p in report.questions] == [asdict(item), asdict(after)]
