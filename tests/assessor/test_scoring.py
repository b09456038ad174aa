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


# -- found by `make mutate`: behaviour no other test pinned ---------------------------------
def test_a_numerical_answer_that_is_not_a_number_earns_nothing():
    q = Question("N", "numerical", {"en": "?"}, numeric=(NumericAnswer(7, 0),))
    assert [score(q, r) for r in ("abc", "7 apples", "", "nan", "inf")] == [0, 0, 0, 0, 0]


def test_the_catch_all_numerical_answer_earns_its_fraction_and_never_hides_a_better_one():
    other_first = Question("N", "numerical", {"en": "?"},
                           numeric=(NumericAnswer(0, 0, 0.25, other=True), NumericAnswer(7, 0.5)))
    assert score(other_first, "99") == 0.25
    assert score(other_first, "7,4") == 1.0


def test_numerical_slack_is_one_billionth_relative_to_the_value_and_never_less_than_absolute():
    big = Question("N", "numerical", {"en": "?"}, numeric=(NumericAnswer(1_000_000, 0),))
    assert score(big, 1_000_000.0001) == 1.0  # within 1e-9 x 1e6
    assert score(big, 1_000_000.01) == 0.0
    small = Question("N", "numerical", {"en": "?"}, numeric=(NumericAnswer(0.5, 0),))
    assert score(small, 0.5 + 0.5e-9) == 1.0
    assert score(small, 0.5 + 1.5e-9) == 0.0  # the slack of a small value is 1e-9, not more


def test_a_fraction_above_one_is_capped_at_a_full_mark():
    q = Question("S", "single", {"en": "?"}, options=(opt("a", 1.5), opt("b")))
    assert score(q, "A") == 1.0


def test_blank_answers_are_not_answers_for_every_type():
    multi_none = Question("M", "multiple", {"en": "?"}, options=(opt("a", 1), opt("b")))
    short = Question("A", "short", {"en": "?"}, options=(opt("anak", 1),))
    num = Question("N", "numerical", {"en": "?"}, numeric=(NumericAnswer(7, 0),))
    match = Question("X", "matching", {"en": "?"}, pairs=(Pair({"en": "1"}, {"en": "A"}),))
    assert not is_answered(multi_none, [])
    assert not is_answered(short, "  ") and not is_answered(short, "")
    assert not is_answered(num, " ") and not is_answered(num, "")
    assert not is_answered(match, [None])
    assert is_answered(short, "anak") and is_answered(num, "0") and is_answered(match, [0])


def test_partial_credit_on_a_multiple_question_without_right_options_is_zero():
    none_right = Question("M", "multiple", {"en": "?"}, options=(opt("a"), opt("b")))
    assert score(none_right, ["A"], PARTIAL) == 0.0


def test_a_matching_question_without_pairs_scores_zero():
    empty = Question("X", "matching", {"en": "?"}, pairs=())
    assert score(empty, [0]) == 0.0


def test_an_unknown_question_type_is_a_programming_error_named():
    with pytest.raises(ValueError, match="unknown question type 'calculated'"):
        score(Question("E", "calculated", {"en": "?"}), "text")


def test_an_essay_is_never_auto_scored():
    with pytest.raises(ValueError, match="marked by a facilitator"):
        score(Question("E", "essay", {"en": "?"}), "text")


def test_parse_number_reads_spaces_as_digit_grouping_and_refuses_booleans():
    assert parse_number("1 000") == 1000.0
    assert parse_number(" 3,5 ") == 3.5
    assert parse_number(True) is None and parse_number(False) is None
    assert parse_number(3) == 3.0


def test_short_answers_ignore_case_and_runs_of_spaces_by_default():
    assert short_answer_matches("Polri", "polri")
    assert short_answer_matches("perlindungan anak", "perlindungan   anak")
    assert short_answer_matches("perlindungan*", "perlindungan  anak  ")
    assert not short_answer_matches("Polri", "polri", case_sensitive=True)


def test_the_pass_mark_itself_minus_the_tolerance_still_passes():
    from assessor.delivery.scoring import PASS_TOLERANCE, passes

    assert passes(50.0 - PASS_TOLERANCE, 50.0) is True


def test_comment_and_retro_answers_count_only_when_filled_in():
    comment = Question("C", "comment", {"en": "?"})
    retro = Question("R", "retro", {"en": "?"})
    assert not is_answered(comment, "") and not is_answered(comment, "   \n")
    assert is_answered(comment, "useful day") and is_answered(comment, "XXXX")
    assert not is_answered(comment, None)
    # retro needs both the 'then' and the 'now' point
    assert is_answered(retro, {"then": 2, "now": 4})
    assert not is_answered(retro, {"then": 2}) and not is_answered(retro, {"now": 4})
    assert not is_answered(retro, {"then": None, "now": 4}) and not is_answered(retro, {"then": 2, "now": None})
    assert not is_answered(retro, {}) and not is_answered(retro, [2, 4])


def test_an_unscored_item_cannot_be_scored_and_the_error_names_it():
    comment = Question("C7", "comment", {"en": "?"})
    with pytest.raises(ValueError, match=r"^C7: a comment item is not scored$"):
        score(comment, "text")


# -- cloze, essay, description ---------------------------------------------------------------
def _cloze(*blanks):
    from assessor.banks.questions import Blank

    return Question("C", "cloze", {"en": " ".join(f"{{#{i}}}" for i in range(1, len(blanks) + 1))}, blanks=blanks)


def _blanks():
    from assessor.banks.questions import Blank

    return (Blank("short", 2.0, (Option({"en": "Bapas"}, 1.0), Option({"en": "BAPAS office"}, 0.5))),
            Blank("numerical", 1.0, numeric=(NumericAnswer(7, 0.5, 1.0), NumericAnswer(0, 0, 0.25, other=True))),
            Blank("choice", 1.0, (Option({"en": "a"}, -0.5), Option({"en": "b"}, 1.0), Option({"en": "c"}, 0.5))))


def test_each_blank_is_marked_on_its_own():
    from assessor.delivery.scoring import blank_marks

    q = _cloze(*_blanks())
    assert blank_marks(q, ["bapas", "7.5", "B"]) == [1.0, 1.0, 1.0]
    assert blank_marks(q, ["Bapas office", "7,6", "C"]) == [0.5, 0.25, 0.5]  # 7.6 is outside 7 ± 0.5: the catch-all
    assert blank_marks(q, ["x", "seven", "A"]) == [0.0, 0.0, 0.0]  # a negative choice is floored at 0
    assert blank_marks(q, ["Bapas", "6.5", "Z"]) == [1.0, 1.0, 0.0]  # a letter that is no option earns 0
    assert blank_marks(q, [None, " ", ""]) == [0.0, 0.0, 0.0]
    assert blank_marks(q, ["Bapas"]) == [1.0, 0.0, 0.0]  # a short list: the rest are empty
    assert blank_marks(q, "Bapas") == [0.0, 0.0, 0.0]  # not a list: nothing


def test_a_case_sensitive_blank():
    from assessor.banks.questions import Blank

    q = _cloze(Blank("short", 1.0, (Option({"en": "Jakarta"}, 1.0),), case_sensitive=True))
    assert score(q, ["jakarta"]) == 0.0 and score(q, ["Jakarta"]) == 1.0


def test_a_cloze_mark_is_the_weighted_mean_of_its_blanks():
    from assessor.banks.questions import Blank

    q = _cloze(*_blanks())
    assert score(q, ["bapas", "1", "A"]) == pytest.approx((2 + 0.25) / 4)  # 1 is no 7: the catch-all earns 0.25
    assert score(q, ["bapas office", "7", "C"]) == pytest.approx((2 * 0.5 + 1 + 0.5) / 4)
    assert score(q, ["x", "7", "B"]) == pytest.approx(2 / 4)
    assert score(q, [None, None, None]) == 0.0
    weightless = _cloze(Blank("short", 0.0, (Option({"en": "a"}, 1.0),)))
    assert score(weightless, ["a"]) == 0.0  # no weight at all: nothing to earn (the bank check refuses it)


def test_when_a_cloze_counts_as_answered():
    q = _cloze(*_blanks())
    assert not is_answered(q, None) and not is_answered(q, [None, "  ", None]) and not is_answered(q, "text")
    assert is_answered(q, [None, "7", None]) and is_answered(q, ["x", None, None])


def test_essays_and_descriptions():
    essay = Question("E", "essay", {"en": "Explain."})
    description = Question("D", "description", {"en": "Read."})
    assert is_answered(essay, "text") and not is_answered(essay, "   ") and not is_answered(essay, None)
    assert is_answered(description, None)  # nothing to answer: never 'unanswered'
    with pytest.raises(ValueError, match="not scored"):
        score(description, None)


def test_an_empty_blank_earns_nothing_even_against_a_catch_all_answer():
    """A blank left empty (or only spaces) is not answered: a '*' accepted answer does not match it."""
    from assessor.banks.questions import Blank
    from assessor.delivery.scoring import blank_marks

    q = _cloze(Blank("short", 1.0, (Option({"en": "Bapas"}, 1.0), Option({"en": "*"}, 0.25))),
               Blank("short", 1.0, (Option({"en": "*"}, 0.5),)))
    assert blank_marks(q, ["anything", "x"]) == [0.25, 0.5]  # the catch-all does match a real answer
    assert blank_marks(q, ["   ", ""]) == [0.0, 0.0]


def test_a_cloze_response_that_is_not_a_list_earns_nothing():
    """Only a list of answers, one per blank, is a cloze response (what the runner and phones send)."""
    from assessor.delivery.scoring import blank_marks

    q = _cloze(*_blanks())
    assert blank_marks(q, ["Bapas", "7", "B"]) == [1.0, 1.0, 1.0]
    assert blank_marks(q, ("Bapas", "7", "B")) == [0.0, 0.0, 0.0]
