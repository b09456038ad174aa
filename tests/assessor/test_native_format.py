"""The native YAML bank format: each error kind names file, line, key and field."""

from __future__ import annotations

import textwrap

import pytest

from assessor.banks.formats.native import BankFormatError, dump_bank, load_bank_file, parse_bank

HEAD = """\
format: assessor-bank/1
name: {en: Test bank, id: Bank uji}
languages: [en, id]
topics:
  law: {en: Law, id: Hukum}
questions:
"""

GOOD_SINGLE = """\
  - key: Q-1
    type: single
    topic: law
    text: {en: "Which?", id: "Yang mana?"}
    options:
      - text: {en: "Right", id: "Benar"}
        correct: true
      - text: {en: "Wrong", id: "Salah"}
    rationale: {en: "Because.", id: "Karena."}
"""


def problems_of(body: str):
    with pytest.raises(BankFormatError) as info:
        parse_bank(HEAD + textwrap.dedent(body), "bank.yaml")
    return info.value.problems


def test_a_good_bank_loads():
    bank = parse_bank(HEAD + GOOD_SINGLE, "bank.yaml")
    (q,) = bank.questions
    assert (q.key, q.type, q.correct_keys, q.text["id"]) == ("Q-1", "single", ("A",), "Yang mana?")


@pytest.mark.parametrize(
    "body, code, field, line",
    [
        (GOOD_SINGLE.replace("        correct: true\n", ""), "no_correct", "options", 11),
        (GOOD_SINGLE.replace('"Salah"', '""'), "missing_text", "options[B].text", 14),
        (GOOD_SINGLE.replace(', id: "Yang mana?"', ""), "missing_text", "text", 10),
        (GOOD_SINGLE.replace("type: single", "type: calculated"), "bad_type", "type", 8),
        (GOOD_SINGLE.replace("topic: law", "topic: history"), "unknown_topic", "topic", 9),
        (GOOD_SINGLE + GOOD_SINGLE, "duplicate_key", "key", 16),
        (GOOD_SINGLE.replace('      - text: {en: "Wrong", id: "Salah"}\n', ""), "too_few_options", "options", 11),
        (GOOD_SINGLE.replace('      - text: {en: "Wrong", id: "Salah"}\n',
                             '      - text: {en: "Wrong", id: "Salah"}\n        correct: true\n'),
         "several_correct", "options", 11),
        (GOOD_SINGLE.replace('id: "Karena."', 'id: ""'), "missing_text", "rationale", 15),
    ],
)
def test_each_error_names_key_field_and_line(body, code, field, line):
    (problem,) = problems_of(body)
    assert (problem.code, problem.key, problem.field, problem.line) == (code, "Q-1", field, line)
    assert str(problem).startswith(f"bank.yaml, line {line}, question Q-1, field {field}: ")


def test_truefalse_needs_a_boolean_answer():
    (problem,) = problems_of("""\
      - key: TF-1
        type: truefalse
        topic: law
        text: {en: "Sky is blue", id: "Langit biru"}
        answer: maybe
        rationale: {en: r, id: r}
    """)
    assert (problem.code, problem.field) == ("no_correct", "answer")


def test_yaml_syntax_error_names_the_line():
    with pytest.raises(BankFormatError) as info:
        parse_bank(HEAD + "  - key: [unclosed\n", "broken.yaml")
    assert info.value.problems[0].code == "yaml_syntax"
    assert "broken.yaml, line" in str(info.value)


def test_a_file_with_any_error_loads_nothing(tmp_path):
    path = tmp_path / "b.yaml"
    path.write_text(HEAD + GOOD_SINGLE + GOOD_SINGLE.replace("Q-1", "Q-2").replace("type: single", "type: bogus"),
                    encoding="utf-8")
    with pytest.raises(BankFormatError, match=r"b\.yaml, line \d+, question Q-2, field type"):
        load_bank_file(path)


def test_dump_and_parse_round_trip(bundled_bank_path):
    bank = load_bank_file(bundled_bank_path)
    again = parse_bank(dump_bank(bank), "again.yaml")
    assert [q.content() for q in again.questions] == [q.content() for q in bank.questions]


def test_bundled_bank_is_complete_in_both_languages(bundled_bank_path):
    bank = load_bank_file(bundled_bank_path)
    assert len(bank.questions) >= 30
    assert set(bank.languages) == {"en", "id"}
    assert bank.notice.get("en") and "review" in bank.notice["en"].lower()
    for q in bank.questions:
        assert q.text["en"] and q.text["id"], q.key
        assert q.rationale["en"] and q.rationale["id"], q.key
        assert q.source, q.key
        for o in q.options:
            assert o.text["en"] and o.text["id"], q.key
    topics = {q.topic for q in bank.questions}
    assert topics == {"legal-framework", "juvenile-justice-id", "interviewing", "coordination"}


def test_bundled_bank_never_cites_unverified_paragraphs(bundled_bank_path):
    """The fact sheet marks these references UNVERIFIED: no question may rest on them."""
    text = bundled_bank_path.read_text(encoding="utf-8")
    for ref in ("para. 22", "Pasal 21", "Pasal 19", "para. 3.6", "para. 8.7", "para. 2.1", "40(2)(b)(vii)"):
        assert ref not in text, ref


def test_a_question_without_rationale_loads():
    bank = parse_bank(HEAD + GOOD_SINGLE.replace('    rationale: {en: "Because.", id: "Karena."}\n', ""), "b.yaml")
    assert bank.questions[0].rationale == {}


def test_a_question_may_declare_fewer_languages_than_the_bank():
    body = GOOD_SINGLE.replace("    type: single\n", "    type: single\n    languages: [en]\n")
    body = body.replace('"Salah"', '""').replace(', id: "Karena."', "")
    bank = parse_bank(HEAD + body, "b.yaml")
    assert bank.questions[0].options[1].text == {"en": "Wrong"}
    problems = problems_of(body.replace("languages: [en]", "languages: [fr]"))
    assert problems[0].code == "bad_languages" and problems[0].field == "languages"
