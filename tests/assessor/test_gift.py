"""GIFT import and export: the gift-pegjs conformance suite, Moodle's edge cases, round trips."""

from __future__ import annotations

import functools
import os
from dataclasses import asdict

import pytest

from assessor.formats.gift import parse_gift, write_gift
from assessor.formats.interchange import to_question
from assessor.questions import NumericAnswer, Option, Pair, Question

from .conformance_gift import cases, divergences, expected, suite_dir

ROOT = suite_dir()
CASES = cases(ROOT) if ROOT else []
DIFFS = divergences(ROOT) if ROOT else {}


@functools.cache
def _parsed_file(stem: str):
    text = (ROOT / "questions" / f"{stem}.gift").read_text(encoding="utf-8")
    report = parse_gift(text)
    items = sorted(
        [(q.line, "q", q) for q in report.questions] + [(s.line, "s", s) for s in report.skipped],
        key=lambda t: t[0],
    )
    return report, items


def test_conformance_suite_is_present():
    if ROOT is None:
        if os.environ.get("CI"):
            pytest.fail("shared/conformance/gift-pegjs not found: set ASSESSOR_CONFORMANCE_DIR")
        pytest.skip("conformance suite not beside this clone (set ASSESSOR_CONFORMANCE_DIR to run it)")
    assert len(CASES) == 102


def _approx(d: dict) -> dict:
    return {k: (pytest.approx(v) if isinstance(v, float) else v) for k, v in d.items()}


@pytest.mark.parametrize("stem,index,question", CASES, ids=[f"{s}[{i}]" for s, i, _ in CASES])
def test_conformance(stem, index, question):
    if question["type"] == "Category":
        text = (ROOT / "questions" / f"{stem}.gift").read_text(encoding="utf-8")
        report = parse_gift(text + "\n\nFollowing question?{T}\n")
        path = question["title"]
        want = path.split("/", 1)[1] if path.startswith("$") else path
        want = want[len("top/"):] if want.startswith("top/") else want
        assert report.questions[-1].topic == want
        return
    report, items = _parsed_file(stem)
    position = sum(1 for _, i, q in CASES if _ == stem and i < index and q["type"] != "Category")
    same_file = [q for s, i, q in CASES if s == stem and q["type"] != "Category"]
    assert len(items) == len(same_file), report.to_json()
    assert report.errors == []
    _, kind, got = items[position]
    exp = expected(question, DIFFS.get((stem, index), []))
    if "skipped" in exp:
        assert kind == "s" and got.type == exp["skipped"]
        return
    assert kind == "q"
    data = got.to_json()
    for field in ("type", "text", "text_format", "title", "id", "tags", "general_feedback"):
        assert data[field] == exp[field], field
    if "options" in exp:
        assert [_approx(o) for o in data["options"]] == [_approx(o) for o in exp["options"]]
    if exp["type"] == "truefalse":
        assert (data["correct"], data["feedback_true"], data["feedback_false"]) == (
            exp["correct"], exp["feedback_true"], exp["feedback_false"])
    if "answers" in exp:
        assert [_approx(a) for a in data["answers"]] == [_approx(a) for a in exp["answers"]]
    if "pairs" in exp:
        assert data["pairs"] == exp["pairs"]
