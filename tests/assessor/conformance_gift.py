"""Adapter from the gift-pegjs conformance suite's expected JSON to Assessor's Parsed shape.

The suite (MIT, an independent GIFT parser) lives outside the repository in
``shared/conformance/gift-pegjs``; it is located through ``ASSESSOR_CONFORMANCE_DIR``
or by walking up from this file. Its DIVERGENCES file lists whitespace cases where
Moodle's reader differs from that parser; there Moodle's value is expected.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

SUITE = "gift-pegjs"


def suite_dir() -> Path | None:
    env = os.environ.get("ASSESSOR_CONFORMANCE_DIR")
    if env:
        for cand in (Path(env) / SUITE, Path(env)):
            if (cand / "questions").is_dir():
                return cand
    for parent in Path(__file__).resolve().parents:
        cand = parent / "shared" / "conformance" / SUITE
        if (cand / "questions").is_dir():
            return cand
    return None


def divergences(root: Path) -> dict[tuple[str, int], list]:
    """(file stem, question index) -> [[field, moodle value, pegjs value], ...]."""
    out: dict[tuple[str, int], list] = {}
    path = root / "DIVERGENCES_vs_moodle.txt"
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("DIFF "):
            continue
        _, name, idx, rest = line.split(" ", 3)
        out[(name, int(idx))] = json.loads(rest)
    for key, extra in EXTRA_DIVERGENCES.items():
        out[key] = out.get(key, []) + extra
    return out


def cases(root: Path) -> list[tuple[str, int, dict]]:
    """Every expected question of every .gift/.json pair: (file stem, index, JSON)."""
    result = []
    for js in sorted((root / "questions").glob("*.json")):
        for i, q in enumerate(json.loads(js.read_text(encoding="utf-8"))):
            result.append((js.stem, i, q))
    return result


def _text(rich) -> str:
    if rich is None:
        return ""
    return rich["text"] if isinstance(rich, dict) else str(rich)


def _numeric(spec: dict) -> tuple[float, float]:
    if spec["type"] == "simple":
        return float(spec["number"]), 0.0
    if spec["type"] == "range":
        return float(spec["number"]), float(spec["range"])
    lo, hi = float(spec["numberLow"]), float(spec["numberHigh"])
    # Moodle stores a..b as the midpoint with half the width as tolerance.
    return (lo + hi) / 2, (hi - lo) / 2


# Whitespace cases the DIVERGENCES file misses: Moodle trims each line and joins
# the lines of a question with a newline (qformat_gift::readquestion), the suite's
# parser joins them with a space. Same shape as DIVERGENCES entries.
EXTRA_DIVERGENCES = {
    ("giftFormatPhpExamples", 9): [
        ["feedback", "He was born in 1822.\nYou get 50% credit for being close.",
         "He was born in 1822. You get 50% credit for being close."],
    ],
}


def expected(q: dict, diffs: list) -> dict:
    """The Parsed fields (as a dict) that a Moodle-faithful reader must produce."""

    def moodle(field: str, value: str) -> str:
        for name, moodle_value, pegjs_value in diffs:
            if name == field and _text(pegjs_value) == value:
                return _text(moodle_value)
        return value

    kind = q["type"]
    exp: dict = {
        "id": q.get("id"),
        "tags": q.get("tags") or [],
        "title": q.get("title") or "",
        "text": moodle("stem", q["stem"]["text"]),
        "text_format": q["stem"]["format"],
    }
    exp["general_feedback"] = moodle("gf", _text(q.get("globalFeedback")))
    if kind in ("Essay", "Description"):
        exp["type"] = kind.lower()  # Moodle's own types, read as Assessor's essay and description
    if kind == "MC":
        exp["type"] = "single" if any(c["isCorrect"] for c in q["choices"]) else "multiple"
    elif kind == "Short":
        exp["type"] = "short"
    if kind in ("MC", "Short"):
        exp["options"] = [
            {
                "text": moodle("choice", _text(c["text"])),
                "fraction": c["weight"] / 100 if c["weight"] is not None else (1.0 if c["isCorrect"] else 0.0),
                "feedback": moodle("feedback", _text(c["feedback"])),
            }
            for c in q["choices"]
        ]
    elif kind == "TF":
        exp["type"] = "truefalse"
        exp["correct"] = q["isTrue"]
        first, second = _text(q["trueFeedback"]), _text(q["falseFeedback"])
        # The suite names the two '#' feedbacks by position (true, false); Moodle
        # shows the first for a wrong answer and the second for a right one, which
        # swaps them when the statement is true.
        if q["isTrue"]:
            exp["feedback_true"], exp["feedback_false"] = second, first
        else:
            exp["feedback_true"], exp["feedback_false"] = first, second
    elif kind == "Numerical":
        exp["type"] = "numerical"
        if isinstance(q["choices"], dict):
            value, tol = _numeric(q["choices"])
            exp["answers"] = [{"value": value, "tolerance": tol, "fraction": 1.0, "feedback": "", "other": False}]
        else:
            exp["answers"] = []
            for c in q["choices"]:
                if c["text"].get("text") == "*":
                    # Moodle's "any other answer" (~#feedback): kept as a catch-all earning 0.
                    exp["answers"].append({"value": 0.0, "tolerance": 0.0, "fraction": 0.0, "other": True,
                                           "feedback": moodle("feedback", _text(c["feedback"]))})
                    continue
                value, tol = _numeric(c["text"])
                exp["answers"].append({
                    "value": value,
                    "tolerance": tol,
                    "fraction": c["weight"] / 100 if c["weight"] is not None else 1.0,
                    "feedback": moodle("feedback", _text(c["feedback"])),
                    "other": False,
                })
    elif kind == "Matching":
        exp["type"] = "matching"
        exp["pairs"] = [{"left": _text(p["subquestion"]), "right": p["subanswer"]} for p in q["matchPairs"]]
    elif kind not in ("Essay", "Description"):
        raise ValueError(f"unknown suite question type {kind!r}")
    return exp
