"""Bilingual import (issue #15): multi-language markup, and one language of a bank from a file of its own."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from assessor.banks.bankio import import_file, parse_file
from assessor.banks.formats.interchange import split_multilang, to_question
from assessor.banks.translate import import_language
from assessor.cli import cli
from assessor.errors import InputError, NotFound

ENGLISH = """<?xml version="1.0" encoding="UTF-8"?>
<quiz>
  <question type="multichoice">
    <name><text>Age</text></name><idnumber>CP-01</idnumber>
    <questiontext format="html"><text>Under the CRC, a child is a person below the age of</text></questiontext>
    <generalfeedback><text>Article 1.</text></generalfeedback>
    <single>true</single>
    <answer fraction="0"><text>16</text><feedback><text>Too young.</text></feedback></answer>
    <answer fraction="100"><text>18</text></answer>
  </question>
  <question type="truefalse">
    <name><text>Victim</text></name><idnumber>CP-02</idnumber>
    <questiontext><text>A recruited child is first of all a victim.</text></questiontext>
    <answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer>
  </question>
  <question type="matching">
    <name><text>Codes</text></name><idnumber>CP-03</idnumber>
    <questiontext><text>Match each code.</text></questiontext>
    <subquestion><text>KUHP</text><answer><text>Penal code</text></answer></subquestion>
    <subquestion><text>KUHAP</text><answer><text>Procedure code</text></answer></subquestion>
    <subquestion><text></text><answer><text>Civil code</text></answer></subquestion>
  </question>
</quiz>
"""

INDONESIAN = """// [id:CP-01]
::Usia::Menurut KHA, anak adalah orang yang berusia di bawah {
  ~16#Terlalu muda.
  =18
####Pasal 1.}

// [id:CP-02]
::Korban::Anak yang direkrut pertama-tama adalah korban. {T}

// [id:CP-03]
::Kode::Jodohkan setiap kode. {
  =KUHP -> Kitab hukum pidana
  =KUHAP -> Kitab hukum acara pidana
  = -> Kitab hukum perdata
}
"""


@pytest.fixture
def english_bank(store, tmp_path):
    path = tmp_path / "cp_en.xml"
    path.write_text(ENGLISH, encoding="utf-8")
    import_file(store, path, bank_name="Child protection")
    return store


def _current(store):
    (bank,) = store.banks.list()
    return bank, {q.key: q for q in store.banks.questions(bank.id)}


def test_moodle_multilang_spans_and_mlang_blocks_map_to_english_and_indonesian():
    assert split_multilang('<span lang="en" class="multilang">Child</span><span lang="id" class="multilang">Anak</span>') \
        == {"en": "Child", "id": "Anak"}
    assert split_multilang("{mlang in}Anak{mlang}{mlang other}Child{mlang}") == {"id": "Anak", "en": "Child"}
    assert split_multilang("{mlang en}Child{mlang}{mlang other}Kind{mlang}") == {"en": "Child"}


def test_an_indonesian_file_gives_the_bank_its_indonesian_side_by_key(english_bank, tmp_path):
    store = english_bank
    _bank, before = _current(store)
    path = tmp_path / "cp_id.gift"
    path.write_text(INDONESIAN, encoding="utf-8")
    report, summary = import_language(store, path, "Child protection", "id")
    assert sorted(summary.updated + summary.new_version) == ["CP-01", "CP-02", "CP-03"]
    bank, after = _current(store)
    assert "id" in bank.languages
    q = after["CP-01"]
    assert q.text == {"en": "Under the CRC, a child is a person below the age of",
                      "id": "Menurut KHA, anak adalah orang yang berusia di bawah"}
    assert [o.text for o in q.options] == [{"en": "16", "id": "16"}, {"en": "18", "id": "18"}]
    assert q.options[0].feedback == {"en": "Too young.", "id": "Terlalu muda."}
    assert q.rationale == {"en": "Article 1.", "id": "Pasal 1."}
    assert [o.fraction for o in q.options] == [o.fraction for o in before["CP-01"].options]
    assert q.title == before["CP-01"].title == "Age"
    m = after["CP-03"]
    assert [p.right["id"] for p in m.pairs] == ["Kitab hukum pidana", "Kitab hukum acara pidana"]
    assert m.distractors == ({"en": "Civil code", "id": "Kitab hukum perdata"},)
    # The same file again changes nothing.
    _report, again = import_language(store, path, "Child protection", "id")
    assert again.unchanged == ["CP-01", "CP-02", "CP-03"] and not again.updated and not again.new_version


def test_an_answered_question_gets_a_new_version_and_the_old_one_stays(english_bank, tmp_path, monkeypatch):
    store = english_bank
    _bank, before = _current(store)
    monkeypatch.setattr(type(store.banks), "is_answered", lambda self, qid: qid == before["CP-02"].id)
    path = tmp_path / "cp_id.gift"
    path.write_text(INDONESIAN, encoding="utf-8")
    _report, summary = import_language(store, path, "Child protection", "id")
    assert summary.new_version == ["CP-02"]
    bank, after = _current(store)
    assert after["CP-02"].version == 2 and store.banks.question(before["CP-02"].id).text == before["CP-02"].text


def test_unmatched_or_differently_shaped_questions_are_refused_by_name_and_nothing_changes(english_bank, tmp_path):
    store = english_bank
    _bank, before = _current(store)
    text = INDONESIAN.replace("[id:CP-02]", "[id:CP-99]").replace("  = -> Kitab hukum perdata\n", "")
    path = tmp_path / "cp_id.gift"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as refused:
        import_language(store, path, "Child protection", "id")
    message = str(refused.value)
    assert refused.value.code == "translation_mismatch"
    assert "CP-99 (line 8)" in message and "not in the bank" in message
    assert "CP-03 (1 distractor(s) in the bank, 0 in the file)" in message and "nothing was imported" in message
    bank, after = _current(store)
    assert after == before and bank.languages == ("en",)


def test_a_different_answer_order_is_refused_rather_than_mixing_up_the_options(english_bank, tmp_path):
    path = tmp_path / "cp_id.gift"
    path.write_text(INDONESIAN.replace("~16#Terlalu muda.\n  =18", "=18\n  ~16#Terlalu muda."), encoding="utf-8")
    with pytest.raises(InputError, match=r"CP-01 \(the options' credit differs"):
        import_language(english_bank, path, "Child protection", "id")


def test_an_unknown_bank_is_named(english_bank, tmp_path):
    path = tmp_path / "cp_id.gift"
    path.write_text(INDONESIAN, encoding="utf-8")
    with pytest.raises(NotFound, match="'Nope'"):
        import_language(english_bank, path, "Nope", "id")


def test_cli_as_language_into_bank(db_path, tmp_path):
    english = tmp_path / "cp_en.xml"
    english.write_text(ENGLISH, encoding="utf-8")
    indonesian = tmp_path / "cp_id.gift"
    indonesian.write_text(INDONESIAN, encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(cli, ["--db", str(db_path), "bank", "import", str(english), "--bank", "CP"]).exit_code == 0
    result = runner.invoke(cli, ["--db", str(db_path), "bank", "import", str(indonesian), "--as-language", "id",
                                 "--into", "CP"])
    assert result.exit_code == 0, result.output
    assert "id texts for 3 question(s)" in result.output
    stray = runner.invoke(cli, ["--db", str(db_path), "bank", "import", str(indonesian), "--into", "CP"])
    assert stray.exit_code == 2 and "--as-language" in stray.output
    # Without --into, the file becomes a bank of its own whose unmarked texts are Indonesian.
    alone = runner.invoke(cli, ["--db", str(db_path), "bank", "import", str(indonesian), "--as-language", "id"])
    assert alone.exit_code == 0, alone.output
    from assessor.store import Store

    with Store.open(db_path) as store:
        banks = {b.name["en"]: b for b in store.banks.list()}
        assert sorted(banks) == ["CP", "cp_id"]
        assert all(q.text.get("id") for q in store.banks.questions(banks["CP"].id))
        assert banks["cp_id"].languages == ("id",)
        assert all(set(q.text) == {"id"} for q in store.banks.questions(banks["cp_id"].id))
