"""A question's content hash is read from its fields directly, with the bytes it always had.

Stored questions and travelled packages and bundles carry these hashes; a question whose
hash changed would look like a new version, and an older file's questions would clash.
The reference below is how the content was made before (``dataclasses.asdict``, then the
same compaction), kept here only to compare.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict

import pytest

from assessor.banks.cloze import parse_embedded
from assessor.banks.formats.native import load_bank_file
from assessor.banks.questions import _LATER_FIELDS, Blank, NumericAnswer, Option, Pair, Question
from question_banks import bundled_banks


def _old_compact(value):
    if isinstance(value, dict):
        return {k: _old_compact(v) for k, v in value.items() if not (k in _LATER_FIELDS and v == _LATER_FIELDS[k])}
    if isinstance(value, (list, tuple)):
        return [_old_compact(v) for v in value]
    return value


def _old_hash(q: Question) -> str:
    data = _old_compact(asdict(q))
    for name in ("id", "version", "bank_id", "position"):  # identity and place in the bank, not content
        data.pop(name)
    for name in ("scale", "blanks", "distractors"):
        if not data[name]:
            data.pop(name)
    return hashlib.sha256(json.dumps(data, sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()


IMG = "a" * 64


def _made_questions() -> list[Question]:
    text, blanks = parse_embedded("Capital {1:MC:=Jakarta~Bandung} and {1:NM:=17:0.5} and {2:SA:=merah}")
    return [
        Question("S1", "single", {"en": "Pick", "id": "Pilih"},
                 options=(Option({"en": "a"}, 1.0, {"en": "yes"}), Option({"en": "b"}, -0.5, image=IMG,
                                                                           image_alt={"en": "a picture"})),
                 rationale={"en": "why"}, topic="t", tags=("x", "y"), image=IMG, image_alt={"en": "stem"}),
        Question("M1", "multiple", {"en": "Pick two"}, options=(Option({"en": "a"}, 0.5), Option({"en": "b"}, 0.5),
                                                                 Option({"en": "c"}, 0.0))),
        Question("T1", "truefalse", {"en": "True?"}, answer=False, objective={"en": "knows"}),
        Question("N1", "numerical", {"en": "How many?"},
                 numeric=(NumericAnswer(3.0, 0.1), NumericAnswer(0.0, 0.0, 0.0, {"en": "no"}, other=True))),
        Question("SH", "short", {"en": "Name"}, options=(Option({"en": "Ann*"}, 1.0),), case_sensitive=True),
        Question("MA", "matching", {"en": "Match"}, pairs=(Pair({"en": "1"}, {"en": "one"}), Pair({"en": "2"}, {"en": "two"})),
                 distractors=({"en": "three"},)),
        Question("CL", "cloze", text, blanks=blanks),
        Question("CL2", "cloze", {"en": "{#1}"}, blanks=(Blank("choice", 2.0, (Option({"en": "p"}, 1.0),), shuffle=True),)),
        Question("E1", "essay", {"en": "Explain"}, rationale={"en": "model answer"}),
        Question("D1", "description", {"en": "Read this"}, title="Intro", source="handbook"),
        Question("R1", "rating", {"en": "Rate"}, scale=({"en": "low"}, {}, {}, {"en": "high"})),
    ]


def _bundled_questions() -> list[Question]:
    return [q for path in bundled_banks() for q in load_bank_file(path).questions]


@pytest.mark.parametrize("question", _made_questions() + _bundled_questions(), ids=lambda q: q.key)
def test_the_content_hash_has_the_bytes_it_always_had(question):
    assert question.content_hash() == _old_hash(question)


def test_a_later_field_at_its_default_stays_out_of_the_content_but_counts_once_set():
    plain = Question("K", "single", {"en": "x"}, options=(Option({"en": "a"}, 1.0),))
    assert "image" not in plain.content() and "image_alt" not in plain.content()["options"][0]
    shown = Question("K", "single", {"en": "x"}, options=(Option({"en": "a"}, 1.0, image=IMG),))
    assert shown.content()["options"][0]["image"] == IMG
    assert shown.content_hash() != plain.content_hash()
