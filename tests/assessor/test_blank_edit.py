"""The blanks of a cloze question typed in the editor: read back exactly, refusals that name the blank."""

from __future__ import annotations

from assessor.banks.blankedit import AnswerEntry, BlankEntry, blank_entries, build_blanks, remove_blank
from assessor.banks.cloze import parse_embedded
from assessor.banks.questions import Problem, Question, check_blanks


def test_imported_blanks_shown_in_the_editor_come_back_unchanged():
    source = ("{mlang en}Capital {1:SA:=Paris#Yes~%33.333333%Lutetia}, age {2:NM:=12:0.5~%50%13:1~*#No},"
              " court {1:MC:military~=juvenile}{mlang}{mlang id}Ibu kota {1:SA:=Paris#Ya~%33.333333%Lutesia}, umur "
              "{2:NM:=12:0.5~%50%13:1~*#Tidak}, pengadilan {1:MC:militer~=anak}{mlang}")
    texts, blanks = parse_embedded(source)
    entries = blank_entries(blanks, ("en", "id"))
    assert [e.shared for e in entries] == [False, True, False]
    built, problems = build_blanks(entries, ("en", "id"))
    assert problems == [] and built == blanks


def test_a_shared_answer_is_stored_in_every_language():
    entry = BlankEntry("short", "2", [AnswerEntry("100", {"en": " Jakarta "}), AnswerEntry("50", {"en": "DKI"})])
    (blank,), problems = build_blanks([entry], ("en", "id"))
    assert problems == []
    assert blank.weight == 2 and [(o.text, o.fraction) for o in blank.options] == [
        ({"en": "Jakarta", "id": "Jakarta"}, 1.0), ({"en": "DKI", "id": "DKI"}, 0.5)]


def test_answers_given_per_language_need_every_language():
    entry = BlankEntry("choice", "1", [AnswerEntry("100", {"en": "red", "id": "merah"}),
                                       AnswerEntry("0", {"en": "blue"})], shared=False)
    blanks, problems = build_blanks([entry], ("en", "id"))
    assert problems == [Problem("error", "missing_answer_text", "blanks[1].answers[2]", "id")]
    # The refused answer is left out: the check of the bank format then sees a choice of one.
    q = Question("C", "cloze", {"en": "Colour {#1}"}, blanks=blanks)
    assert [p.code for p in check_blanks(q)] == ["too_few_options"]


def test_numbers_that_cannot_be_read_are_refused_where_they_are_typed():
    entries = [BlankEntry("numerical", "one", [AnswerEntry("100", {}, "12,5", "0,5"), AnswerEntry("150", {}, "3"),
                                              AnswerEntry("0", {}, "x"), AnswerEntry("10", {}, "4", "-1"),
                                              AnswerEntry("0", {}, "*"), AnswerEntry("0", {}, "")])]
    (blank,), problems = build_blanks(entries, ("en",))
    assert [(p.code, p.field) for p in problems] == [
        ("bad_weight_number", "blanks[1]"), ("bad_credit", "blanks[1].answers[2]"),
        ("bad_number", "blanks[1].answers[3]"), ("bad_number", "blanks[1].answers[4]")]
    assert [(a.value, a.tolerance, a.fraction, a.other) for a in blank.numeric] == [
        (12.5, 0.5, 1.0, False), (0.0, 0.0, 0.0, True)]


def test_removing_a_blank_renumbers_the_later_markers():
    texts = {"en": "A {#1} B {#2} C {#3}", "id": "{#3} X {#2} Y {#1}"}
    assert remove_blank(texts, 2) == {"en": "A {#1} B C {#2}", "id": "{#2} X Y {#1}"}
