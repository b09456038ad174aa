"""GIFT import and export: the gift-pegjs conformance suite, Moodle's edge cases, round trips."""

from __future__ import annotations

import functools
import os
from dataclasses import asdict

import pytest

from assessor.banks.formats.gift import parse_gift, write_gift
from assessor.banks.formats.interchange import to_question
from assessor.banks.questions import NumericAnswer, Option, Pair, Question

from tests.assessor.conformance_gift import cases, divergences, expected, suite_dir

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


# -- edge cases that naive readers get wrong --------------------------------------


def _one(text: str):
    report = parse_gift(text)
    assert report.errors == [], report.errors
    assert len(report.questions) == 1, report.to_json()
    return report.questions[0], report


@pytest.mark.parametrize("answer,correct", [("T", True), ("TRUE", True), ("F", False), ("FALSE", False)])
def test_upper_case_true_false_keywords_make_true_false(answer, correct):
    q, _ = _one(f"The sky is blue.{{{answer}}}")
    assert (q.type, q.correct) == ("truefalse", correct)


@pytest.mark.parametrize("answer", ["true", "false", "t", "True"])
def test_lower_case_true_is_a_short_answer_as_in_moodle(answer):
    q, _ = _one(f"Type the word.{{{answer}}}")
    assert q.type == "short"
    assert [(o.text, o.fraction) for o in q.options] == [(answer, 1.0)]


def test_true_false_feedback_first_for_wrong_answer_second_for_right():
    q, _ = _one("Grant is buried here.{TRUE#No, he is.#Yes.}")
    assert (q.feedback_false, q.feedback_true) == ("No, he is.", "Yes.")
    q, _ = _one("Grant is buried here.{FALSE#He is not.#Right.}")
    assert (q.feedback_true, q.feedback_false) == ("He is not.", "Right.")


def test_choice_without_any_equals_is_multiple_response():
    q, _ = _one("Pick two.{~%50%a ~%50%b ~%-100%c}")
    assert q.type == "multiple"
    assert [o.fraction for o in q.options] == [0.5, 0.5, -1.0]


def test_choice_with_an_equals_is_single_choice_with_partial_credit():
    q, _ = _one("Pick one.{=a ~%50%b ~c}")
    assert q.type == "single"
    assert [o.fraction for o in q.options] == [1.0, 0.5, 0.0]


def test_unescaped_equals_inside_feedback_starts_an_answer_and_is_reported():
    report = parse_gift("Sum?{\n~3#because 1+1=2\n~4\n}")
    q = report.questions[0]
    # As in Moodle: the '=' splits, so '2' becomes a full-credit answer.
    assert [(o.text, o.fraction, o.feedback) for o in q.options] == [
        ("3", 0.0, "because 1+1"), ("2", 1.0, ""), ("4", 0.0, "")]
    assert q.type == "single"
    assert [(w.line, "inside feedback" in w.message) for w in report.warnings] == [(2, True)]


def test_escaped_equals_inside_feedback_is_text():
    q, report = _one("Sum?{\n~3#because 1+1\\=2\n=2\n}")
    assert q.options[0].feedback == "because 1+1=2"
    assert report.warnings == []


def test_text_after_closing_brace_makes_a_blank():
    q, _ = _one("Grant is {~buried =entombed ~living} in Grant's tomb.")
    assert q.text == "Grant is _____ in Grant's tomb."
    q, _ = _one("Who is buried in Grant's tomb?{=no one}")
    assert q.text == "Who is buried in Grant's tomb?"


def test_second_answer_block_is_an_error_with_its_line():
    report = parse_gift("// intro\n\nFirst {=a}\nand second {=b}.\n")
    assert report.questions == []
    assert [e.line for e in report.errors] == [4]
    assert "second" in report.errors[0].message
    # The block is on a later line: most often two questions without the blank line between them.
    assert "put a blank line before it" in report.errors[0].message
    # A second block on the same line is no missing blank line, and the hint is not given.
    same = parse_gift("First {=a} and second {=b}.\n")
    assert [e.line for e in same.errors] == [1] and "blank line" not in same.errors[0].message


def test_blank_line_inside_answers_is_reported_on_both_sides():
    report = parse_gift("Question {\n=a\n\n~b\n}\n")
    assert report.questions == []
    assert [e.line for e in report.errors] == [1, 5]
    assert "not closed" in report.errors[0].message and "without a '{'" in report.errors[1].message


@pytest.mark.parametrize("newline", ["\r\n", "\r", "\n"])
def test_windows_and_old_mac_line_endings_and_bom_read_like_unix(newline):
    text = "// [id:Q1]\n::T::What is\ntwo?{\n=2#yes\n~3\n}\n\nNext{T}\n".replace("\n", newline)
    report = parse_gift("\ufeff" + text)
    assert [(q.line, q.id, q.text) for q in report.questions] == [(2, "Q1", "What is\ntwo?"), (8, None, "Next")]
    assert report.questions[0].options[0].feedback == "yes"


def test_weights_not_in_moodle_grades_warn_and_out_of_range_is_an_error():
    report = parse_gift("\n\nPick.{\n=a\n~%33%b\n}\n")
    assert report.questions[0].options[1].fraction == pytest.approx(0.33)
    assert [(w.line, w.message) for w in report.warnings] == [
        (5, "answer weight 33% is not a Moodle grade; stored as 0.33")]
    report = parse_gift("Pick.{\n=a\n~%150%b\n}\n")
    assert report.questions == [] and [e.line for e in report.errors] == [3]


def test_numerical_tolerance_range_and_bad_numbers():
    q, _ = _one("Pi?{#3.14:0.01}")
    assert [(a.value, a.tolerance) for a in q.answers] == [(3.14, 0.01)]
    q, _ = _one("From 1 to 5?{#1..5}")
    assert [(a.value, a.tolerance) for a in q.answers] == [(3.0, 2.0)]
    q, _ = _one("Year?{#\n=1822:0#exact\n=%50%1822:2#close\n}")
    assert [(a.value, a.tolerance, a.fraction, a.feedback) for a in q.answers] == [
        (1822.0, 0.0, 1.0, "exact"), (1822.0, 2.0, 0.5, "close")]
    report = parse_gift("\nYear?{#\n=about 1822\n}")
    assert report.questions == [] and [e.line for e in report.errors] == [3]


def test_numerical_any_other_answer_feedback_is_kept_as_moodle_does():
    report = parse_gift("Number?{#\n=3:2\n~#Completely wrong}")
    answers = report.questions[0].answers
    assert [(a.value, a.tolerance, a.other) for a in answers] == [(3.0, 2.0, False), (0.0, 0.0, True)]
    assert answers[1].feedback == "Completely wrong" and answers[1].fraction == 0
    assert report.warnings == []


def test_numerical_any_other_answer_survives_export_and_scores_nothing():
    from assessor.banks.formats.gift import write_gift
    from assessor.banks.formats.interchange import to_question
    from assessor.delivery.scoring import score

    q = to_question(parse_gift("Number?{#\n=3:2\n~#Completely wrong}").questions[0], "N1")
    again = to_question(parse_gift(write_gift([q], ["en"])).questions[0], "N1")
    assert again.numeric == q.numeric
    assert (score(q, "4"), score(q, "9")) == (1.0, 0.0)


def test_a_wrong_marker_followed_by_equals_drops_the_empty_answer_like_moodle():
    report = parse_gift("Capital?{~=Jakarta ~Medan ~Bandung}")
    assert report.errors == []
    (q,) = report.questions
    assert q.type == "single"
    assert [(o.text, o.fraction) for o in q.options] == [("Jakarta", 1.0), ("Medan", 0.0), ("Bandung", 0.0)]
    assert [w.line for w in report.warnings] == [1]


def test_category_title_format_ids_tags_and_escapes():
    text = (
        "$CATEGORY: $course$/top/Law\\: basics\n\n"
        "// [id:LAW-01] [tag:legal] [tag:pre]\n"
        "::Colon\\: title::[html]<p>a \\~ b \\= c \\# d \\{e\\} f\\\\g\\nh</p>{T####why}\n"
    )
    q, _ = _one(text)
    assert (q.topic, q.id, q.tags, q.title, q.text_format) == ("Law: basics", "LAW-01", ["legal", "pre"], "Colon: title", "html")
    assert q.text == "<p>a ~ b = c # d {e} f\\g\nh</p>"
    assert q.general_feedback == "why"
    assert q.line == 4


def test_essays_and_descriptions_are_read_in_the_file_order_with_their_lines():
    report = parse_gift("Just read this.\n\n// c\nWrite an essay.{}\n\nQ{T}\n\n::Case::[html]<p>Then this.</p>\n")
    assert report.errors == [] and report.skipped == []
    assert [(q.line, q.type, q.text) for q in report.questions] == [
        (1, "description", "Just read this."), (4, "essay", "Write an essay."), (6, "truefalse", "Q"),
        (8, "description", "<p>Then this.</p>")]
    case = report.questions[3]
    assert (case.title, case.text_format) == ("Case", "html")


def test_an_essay_is_marked_by_a_facilitator_and_keeps_its_marking_guide():
    q, _ = _one("// [id:E-1] [tag:law]\n::Diversion:: Explain diversion \\{in one page\\}.{\n####Mention the 7-year limit.\n}")
    stored = to_question(q, q.id)
    assert (stored.key, stored.type, stored.title, stored.tags) == ("E-1", "essay", "Diversion", ("law",))
    assert stored.scored and stored.manual
    assert stored.text == {"en": "Explain diversion {in one page}."}
    assert stored.rationale == {"en": "Mention the 7-year limit."}


def test_a_description_keeps_its_title_id_tags_and_topic_and_asks_nothing():
    report = parse_gift("$CATEGORY: Law\n\n// [id:CASE-1] [tag:pre]\n::Case A::Budi is 12.\nHe took a bike.\n\n"
                        "How old is Budi?{#12}")
    assert report.errors == []
    stored = to_question(report.questions[0], report.questions[0].id)
    assert (stored.key, stored.type, stored.title, stored.tags, stored.topic) == (
        "CASE-1", "description", "Case A", ("pre",), "Law")
    assert stored.text == {"en": "Budi is 12.\nHe took a bike."} and not stored.asks and stored.rationale == {}


def test_a_description_without_text_is_an_error_with_its_line():
    report = parse_gift("Q{T}\n\n::Only a title::\n\n[html]\n")
    assert [q.type for q in report.questions] == ["truefalse"]
    assert [e.line for e in report.errors] == [3, 5] and "no text" in report.errors[0].message


def test_paragraphs_of_prose_are_refused_as_having_no_question_not_read_as_descriptions():
    report = parse_gift("Minutes of the meeting.\n\nWe agreed on the date.\nBudi will write.\n\nEnd.\n")
    assert report.questions == []
    (error,) = report.errors
    assert error.line == 1 and "no question" in error.message and "3 paragraph(s)" in error.message


@pytest.mark.parametrize("text", ["::Intro:: Read the case first.", "$CATEGORY: Law\n\nRead the case first.",
                                  "// [id:D1]\nRead the case first.", "[markdown]Read the *case* first."])
def test_a_file_of_descriptions_alone_is_read_when_it_shows_a_gift_mark(text):
    q, _ = _one(text)
    assert q.type == "description" and "Read the" in q.text


def test_matching_pairs_and_distractor():
    q, report = _one("Match.{\n=Canada -> Ottawa\n=Italy -> Rome\n= -> Paris\n}")
    assert q.type == "matching"
    assert [(p.left, p.right) for p in q.pairs] == [("Canada", "Ottawa"), ("Italy", "Rome"), ("", "Paris")]
    assert report.warnings == []
    stored = to_question(q, "K")
    assert len(stored.pairs) == 2 and stored.distractors == ({"en": "Paris"},)
    assert "= -> Paris" in write_gift([stored], ["en"])


def test_multilang_spans_and_mlang_import_per_language():
    q, _ = _one('<span lang\\="en" class\\="multilang">Is it red?</span>'
                '<span lang\\="id" class\\="multilang">Apakah merah?</span>{T}')
    assert to_question(q, "K").text == {"en": "Is it red?", "id": "Apakah merah?"}
    q, _ = _one("{mlang en}Capital?{mlang}{mlang id}Ibu kota?{mlang}{=Jakarta}")
    assert to_question(q, "K").text == {"en": "Capital?", "id": "Ibu kota?"}
    assert [o.text for o in q.options] == ["Jakarta"]


# -- round trip ------------------------------------------------------------------


def _bank() -> list[Question]:
    en_id = lambda en, id_: {"en": en, "id": id_}  # noqa: E731
    return [
        Question(key="S-1", type="single", topic="Law: basics", title="Rights",
                 text=en_id("Which is a right? {a} ~ = # : \\ 50%", "Mana yang hak?"),
                 options=(Option(en_id("Vote", "Memilih"), 1.0, en_id("Yes", "Ya")),
                          Option(en_id("Pay #tax", "Pajak"), 0.0),
                          Option({"en": "Half=credit"}, 0.5)),
                 rationale=en_id("Because.\nSecond line.", "Karena."), tags=("legal", "pre")),
        Question(key="M-1", type="multiple", topic="Law: basics",
                 text={"en": "// not a comment: pick two"},
                 options=(Option({"en": "[html] a"}, 1 / 3), Option({"en": "%b%"}, 2 / 3),
                          Option({"en": "c"}, -1.0))),
        Question(key="T-1", type="truefalse", topic="", text={"id": "Langit biru."}, answer=True,
                 rationale={"id": "Ya."}),
        Question(key="T-2", type="truefalse", topic="", text={"en": "$CATEGORY: no"}, answer=False),
        Question(key="SA-1", type="short", text=en_id("Capital?", "Ibu kota?"),
                 options=(Option({"en": "Jakarta"}, 1.0), Option({"en": "DKI*"}, 0.8, {"en": "almost"}))),
        Question(key="N-1", type="numerical", text={"en": "Pi?"},
                 numeric=(NumericAnswer(3.14159, 0.001, 1.0, {"en": "good"}), NumericAnswer(3.0, 0.5, 0.3333333)),
                 title="Pi: value"),
        Question(key="N-2", type="numerical", text={"en": "Negative?"}, numeric=(NumericAnswer(-1e-05, 0.0),)),
        Question(key="MA-1", type="matching", text=en_id("Match.", "Cocokkan."),
                 pairs=(Pair(en_id("Canada", "Kanada"), en_id("Ottawa", "Ottawa")),
                        Pair({"en": "a = b"}, {"en": "x: y"}))),
        Question(key="D-1", type="description", topic="Cases", title="Case: Budi",
                 text=en_id("// Budi {12} took a bike: ~ = # \\\nRead on.", "Budi {12} mengambil sepeda."),
                 tags=("case",)),
        Question(key="E-1", type="essay", topic="Cases", text=en_id("Was it theft? Explain.", "Apakah itu pencurian?"),
                 rationale=en_id("Intent #1: keep it.", "Niat: memiliki.")),
        Question(key="E-2", type="essay", topic="Cases", title="Short", text={"en": "$CATEGORY: not a topic"}),
        Question(key="D-2", type="description", topic="Cases", text={"id": "[html]<p>Selesai.</p>"}),
        Question(key="T-3", type="truefalse", topic="Cases", text={"en": "After the case."}, answer=True),
    ]


def test_round_trip_export_then_import_gives_the_same_questions():
    bank = _bank()
    text = write_gift(bank, ["en", "id"])
    report = parse_gift(text)
    assert report.errors == [] and report.skipped == []
    back = [to_question(p, key=p.id, default_lang="en") for p in report.questions]
    assert [asdict(q) for q in back] == [asdict(q) for q in bank]


def test_essays_and_descriptions_are_written_as_moodle_writes_them():
    bank = {q.key: q for q in _bank()}
    text = write_gift([bank["D-1"], bank["E-1"], bank["E-2"]], ["en"])
    blocks = text.split("\n\n")
    assert blocks[1] == ("// [id:D-1]\n// [tag:case]\n"
                         "::Case\\: Budi::[moodle]// Budi \\{12\\} took a bike\\: \\~ \\= \\# \\\\\\nRead on.")
    assert blocks[2] == "// [id:E-1]\nWas it theft? Explain.{####Intent \\#1\\: keep it.}"
    assert blocks[3] == "// [id:E-2]\n::Short::[moodle]$CATEGORY\\: not a topic{}\n"


def test_a_bank_of_descriptions_alone_survives_export_and_import():
    d = Question(key="INTRO", type="description", text={"en": "Read the case.", "id": "Baca kasusnya."})
    report = parse_gift(write_gift([d], ["en", "id"]))
    assert report.errors == []
    assert [to_question(p, key=p.id) for p in report.questions] == [d]


def test_export_is_readable_gift():
    text = write_gift(_bank()[:1], ["en", "id"])
    assert text.startswith("$CATEGORY: Law\\: basics\n")
    assert "// [id:S-1]\n// [tag:legal] [tag:pre]\n::Rights::" in text
    assert '<span lang\\="en" class\\="multilang">Which is a right? \\{a\\} \\~ \\= \\# \\: \\\\ 50%</span>' in text
    assert "\t####" in text


def test_a_cloze_handed_to_the_writer_is_refused_not_written_as_an_essay():
    from assessor.banks.cloze import parse_embedded

    text, blanks = parse_embedded("Capital of France: {1:SHORTANSWER:=Paris}.", "en")
    with pytest.raises(ValueError, match="CL-1: a cloze item has no GIFT form"):
        write_gift([Question("CL-1", "cloze", text, blanks=blanks)], ["en"])
