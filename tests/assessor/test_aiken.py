"""Aiken import and export: Moodle's rules, malformed blocks reported with their line."""

from __future__ import annotations

from dataclasses import asdict

import pytest

from assessor.banks.formats.aiken import parse_aiken, write_aiken
from assessor.banks.formats.interchange import to_question
from assessor.banks.questions import Option, Question

GOOD = """What is the capital of Indonesia?
A) Jakarta
B) Bandung
C. Surabaya
ANSWER: A

Which is a prime?
A. 4
B. 7
ANSWER: B
"""


def test_reads_questions_with_both_choice_styles():
    report = parse_aiken(GOOD)
    assert report.errors == [] and report.warnings == []
    assert [(q.line, q.type, q.text) for q in report.questions] == [
        (1, "single", "What is the capital of Indonesia?"), (7, "single", "Which is a prime?")]
    assert [(o.text, o.fraction) for o in report.questions[0].options] == [
        ("Jakarta", 1.0), ("Bandung", 0.0), ("Surabaya", 0.0)]
    assert [o.fraction for o in report.questions[1].options] == [0.0, 1.0]


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_windows_line_endings_and_bom(newline):
    report = parse_aiken("\ufeff" + GOOD.replace("\n", newline))
    assert [q.text for q in report.questions] == ["What is the capital of Indonesia?", "Which is a prime?"]
    assert report.errors == []


def test_lower_case_answer_is_read_with_a_warning():
    report = parse_aiken("Q?\nA) x\nB) y\nanswer: B\n")
    assert [o.fraction for o in report.questions[0].options] == [0.0, 1.0]
    assert [w.line for w in report.warnings] == [4]


@pytest.mark.parametrize(
    "text,lines",
    [
        ("Q?\nA) x\nB) y\n", [1]),  # no ANSWER at end of file
        ("Q?\nA) x\nB) y\n\nNext?\nA) a\nB) b\nANSWER: A\n", [1]),  # no ANSWER before the next question
        ("Q?\nA) x\nANSWER: A\n", [1]),  # one choice only
        ("Q?\nA) x\nB) y\nANSWER: C\n", [4]),  # unknown letter
        ("Q?\nA) x\nB) y\nANSWER:\n", [4]),  # no letter
        ("A) x\nB) y\nANSWER: A\n", [1, 2, 3]),  # choices and ANSWER without a question
        ("Long question\nwrapped here?\nA) x\nB) y\nANSWER: A\n", [2]),  # text on two lines
        ("Q?\nA) x\nC) y\nANSWER: A\n", [3]),  # letters out of order
    ],
)
def test_malformed_blocks_are_errors_with_their_line(text, lines):
    report = parse_aiken(text + "\nFine?\nA) a\nB) b\nANSWER: B\n")
    assert [e.line for e in report.errors] == lines
    assert report.questions[-1].text == "Fine?"
    assert all(q.text != "Q?" for q in report.questions)


def test_round_trip_and_skipped_questions_are_listed():
    bank = [
        Question(key="A-1", type="single", text={"en": "Capital?", "id": "Ibu kota?"},
                 options=(Option({"en": "Jakarta"}, 1.0), Option({"en": "Bandung"}, 0.0), Option({"en": "Medan"}))),
        Question(key="A-2", type="truefalse", text={"en": "Sky is blue."}, answer=True),
        Question(key="A-3", type="single", text={"en": "Partial?"},
                 options=(Option({"en": "a"}, 1.0), Option({"en": "b"}, 0.5))),
        Question(key="A-4", type="single", text={"en": "Two\nlines"},
                 options=(Option({"en": "a"}, 1.0), Option({"en": "b"}, 0.0))),
    ]
    skipped: list = []
    text = write_aiken(bank, "en", skipped)
    assert [k for k, _ in skipped] == ["A-2", "A-3", "A-4"]
    report = parse_aiken(text)
    assert report.errors == []
    back = [to_question(p, key="A-1") for p in report.questions]
    assert [asdict(q) for q in back] == [asdict(bank[0]) | {"text": {"en": "Capital?"}}]
