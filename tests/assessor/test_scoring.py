"""Marks for each question type."""

from __future__ import annotations

import pytest

from assessor.banks.questions import NumericAnswer, Option, Pair, Question
from assessor.delivery.scoring import PARTIAL, is_answered, parse_number, score, short_answer_matches


def opt(text, fraction=0.0):
    return Option({"en": text}, fraction)


SINGLE = Question("S", "single", {"en": "?"}, options=(opt("a"), opt("b", 1), opt("c")))
MULTI = Question("M", "multiple", {"en": "?"}, options=(opt("a", 0.5), opt("b"), opt("c", 0.5), opt("d")))
TF = Question("T", "truefalse", {"en": "?"}, answer=False)


def test_single_choice():
    assert [score(SINGLE, r) for r in ("A", "B", "C", None, "Z")] == [0, 1, 0, 0, 0]


def test_multiple_all_or_nothing_by_default():
    assert score(MULTI, ["A", "C"]) == 1
    assert score(MULTI, ["C", "A"]) == 1
    assert score(MULTI, ["A"]) == 0
    assert score(MULTI, ["A", "B", "C"]) == 0


def test_multiple_partial_credit_is_right_minus_wrong_floored():
    assert score(MULTI, ["A"], PARTIAL) == 0.5
    assert score(MULTI, ["A", "C", "B"], PARTIAL) == 0.5
    assert score(MULTI, ["B", "D"], PARTIAL) == 0
    assert score(MULTI, ["A", "B", "D"], PARTIAL) == 0


def test_true_false():
    assert (score(TF, False), score(TF, True), score(TF, None)) == (1, 0, 0)
    assert is_answered(TF, False)  # False is an answer, not a blank


def test_short_answer_wildcards_and_case():
    q = Question("SA", "short", {"en": "?"}, options=(opt("Bapas", 1), opt("balai * kemasyarakatan", 0.5)))
    assert score(q, "  bapas ") == 1
    assert score(q, "Balai Pemasyarakatan kemasyarakatan") == 0.5
    assert score(q, "Bapas office") == 0
    assert short_answer_matches("a.b", "axb") is False  # only * is special
    cs = Question("SA", "short", {"en": "?"}, options=(opt("LPKA", 1),), case_sensitive=True)
    assert score(cs, "lpka") == 0


def test_numerical_tolerance_and_decimal_comma():
    q = Question("N", "numerical", {"en": "?"}, numeric=(NumericAnswer(7, 0), NumericAnswer(10, 2, 0.5)))
    assert score(q, "7") == 1 and score(q, "7,0") == 1 and score(q, 11.5) == 0.5 and score(q, "13") == 0
    assert parse_number("abc") is None and parse_number("1e400") is None


def test_matching_gives_credit_per_pair():
    q = Question("X", "matching", {"en": "?"}, pairs=tuple(Pair({"en": str(i)}, {"en": chr(65 + i)}) for i in range(4)))
    assert score(q, [0, 1, 2, 3]) == 1
    assert score(q, [0, 1, 3, 2]) == 0.5
    assert score(q, [None, None, None, None]) == 0


@pytest.mark.parametrize("q", [SINGLE, MULTI, TF])
def test_unanswered_is_zero(q):
    assert score(q, None) == 0


def test_the_pass_rule_forgives_rounding_only():
    import numpy as np

    from assessor.delivery.scoring import passes

    assert passes(50.0, 50.0) is True
    assert passes(2 / 3 * 100 / 3 + 50 / 3 + 1 / 3 * 100 / 3, 50.0) is True  # sums to 49.99999999999999
    assert passes(50.0 - 1e-10, 50.0) is True
    assert passes(50.0 - 1e-8, 50.0) is False
    assert passes(49.9, 50.0) is False
    assert passes(100.0, 0.0) is True
    assert passes(np.array([49.0, 50.0 - 1e-12, 70.0]), 50.0).tolist() == [False, True, True]
