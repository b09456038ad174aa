"""A bank keeps the order of its file: descriptions stay before the questions they introduce.

The store gives each question a position in its bank (schema step 7): the file's order at import,
kept by a new version, new questions after the last. Every exporter writes that order; the
content hash does not change with it; bundles carry it, and an older bundle without it still imports.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import replace

from assessor.banks.bankio import export_bank, import_file
from assessor.banks.questions import Bank, Option, Question
from assessor.store import Store

# Keys in an order that is not alphabetical, with descriptions between the questions.
MOODLE = """<?xml version="1.0" encoding="UTF-8"?>
<quiz>
  <question type="description"><name><text>Case</text></name>
    <questiontext format="html"><text>Read the case of Budi.</text></questiontext><idnumber>Z-INTRO</idnumber></question>
  <question type="truefalse"><name><text>Budi</text></name>
    <questiontext format="html"><text>Budi is a child.</text></questiontext><idnumber>M-TF</idnumber>
    <answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer></question>
  <question type="description"><name><text>Part two</text></name>
    <questiontext format="html"><text>Now the law.</text></questiontext><idnumber>B-PART</idnumber></question>
  <question type="shortanswer"><name><text>Law</text></name>
    <questiontext format="html"><text>Name the law.</text></questiontext><idnumber>A-SHORT</idnumber>
    <answer fraction="100"><text>Child Protection</text></answer></question>
</quiz>
"""
MOODLE_ORDER = ["Z-INTRO", "M-TF", "B-PART", "A-SHORT"]

GIFT = """// [id:Z-INTRO]
::Case::Read the case of Budi.

// [id:M-TF]
::Budi::Budi is a child.{TRUE}

// [id:B-PART]
::Part two::Now the law.

// [id:A-SHORT]
::Law::Name the law.{=Child Protection}
"""


def _keys(store, bank_id=None) -> list[str]:
    bank_id = bank_id or store.banks.list()[0].id
    return [q.key for q in store.banks.questions(bank_id)]


def test_a_moodle_xml_file_is_stored_and_exported_in_its_order(store, tmp_path):
    path = tmp_path / "case.xml"
    path.write_text(MOODLE, encoding="utf-8")
    import_file(store, path)
    assert _keys(store) == MOODLE_ORDER
    bank = store.banks.list()[0]
    for fmt, ext, pattern in (("moodlexml", "xml", r"<idnumber>([^<]+)</idnumber>"), ("gift", "gift", r"\[id:([^\]]+)\]"),
                              ("yaml", "yaml", r"(?m)^  - key: (\S+)|^- key: (\S+)")):
        out = tmp_path / f"out.{ext}"
        export_bank(store, bank.id, fmt, out)
        found = [next(g for g in (m if isinstance(m, tuple) else (m,)) if g)
                 for m in re.findall(pattern, out.read_text(encoding="utf-8"))]
        assert [k for k in found if k in MOODLE_ORDER] == MOODLE_ORDER, fmt
        again = Store.memory()
        import_file(again, out, bank_name="Again")
        assert _keys(again) == MOODLE_ORDER, fmt


def test_a_gift_file_is_stored_and_exported_in_its_order(store, tmp_path):
    path = tmp_path / "case.gift"
    path.write_text(GIFT, encoding="utf-8")
    import_file(store, path)
    assert _keys(store) == MOODLE_ORDER
    assert [q.type for q in store.banks.questions(store.banks.list()[0].id)] == [
        "description", "truefalse", "description", "short"]
    out = tmp_path / "out.xml"
    export_bank(store, store.banks.list()[0].id, "moodlexml", out)
    assert re.findall(r"<idnumber>([^<]+)</idnumber>", out.read_text(encoding="utf-8")) == MOODLE_ORDER


def test_a_new_version_keeps_its_place_and_new_questions_come_last(store, tmp_path):
    path = tmp_path / "case.gift"
    path.write_text(GIFT, encoding="utf-8")
    import_file(store, path)
    edited = GIFT.replace("Budi is a child.", "Budi is under eighteen.") + "\n// [id:C-NEW]\n::New::Is it new?{TRUE}\n"
    # a new question placed first in the file still goes after the bank's last question
    path.write_text("// [id:AA-FIRST]\n::First::Placed first?{FALSE}\n\n" + edited, encoding="utf-8")
    _report, summary = import_file(store, path)
    assert summary.new_version == ("M-TF",) and set(summary.new) == {"AA-FIRST", "C-NEW"}
    assert _keys(store) == MOODLE_ORDER + ["AA-FIRST", "C-NEW"]
    bank_id = store.banks.list()[0].id
    q = next(q for q in store.banks.questions(bank_id) if q.key == "A-SHORT")
    store.banks.is_answered = lambda qid: True  # an edit of an answered question is a new version
    saved, versioned = store.banks.save_question(bank_id, replace(q, text={"en": "Which law?"}))
    assert versioned and _keys(store) == MOODLE_ORDER + ["AA-FIRST", "C-NEW"]
    store.banks.save_question(bank_id, Question("0-EDITOR", "truefalse", {"en": "Made in the editor"}, answer=True))
    assert _keys(store)[-1] == "0-EDITOR"


def test_the_position_is_not_content(store):
    q = Question("K", "single", {"en": "Which?"}, options=(Option({"en": "A"}, 1.0), Option({"en": "B"})))
    assert replace(q, position=7).content_hash() == q.content_hash()
    assert "position" not in q.content()


def test_a_database_from_before_step_7_gets_key_order(db_path, tmp_path):
    path = tmp_path / "case.gift"
    path.write_text(GIFT, encoding="utf-8")
    with Store.open(db_path) as s:
        import_file(s, path)
        bank_id = s.banks.list()[0].id
        q = next(q for q in s.banks.questions(bank_id) if q.key == "M-TF")
        s.banks.is_answered = lambda qid: True
        s.banks.save_question(bank_id, replace(q, text={"en": "Budi is under eighteen."}))  # version 2
    # the file as an Assessor without step 7 left it
    con = sqlite3.connect(db_path)
    con.execute("DROP INDEX idx_questions_bank_id_position")
    con.execute("ALTER TABLE questions DROP COLUMN position")
    con.execute("DELETE FROM _sqlite_migrations WHERE name = 'm007_question_positions'")
    con.commit()
    con.close()
    with Store.open(db_path) as s:
        assert _keys(s) == sorted(MOODLE_ORDER)
        both = [(q.key, q.version, q.position) for q in s.banks.questions(bank_id, current_only=False)
                if q.key == "M-TF"]
        assert both == [("M-TF", 1, 3), ("M-TF", 2, 3)]  # every version in its question's place
        s.banks.save_question(bank_id, Question("0-NEW", "truefalse", {"en": "New?"}, answer=True))
        assert _keys(s) == sorted(MOODLE_ORDER) + ["0-NEW"]


def test_a_bundle_carries_the_order_and_an_older_one_without_it_still_imports(store):
    from assessor.exchange.records import Records, from_members, to_members

    bank = Bank(name={"en": "B"}, id="bank-1", languages=("en",))
    questions = [replace(Question(k, "truefalse", {"en": k}, answer=True), id=f"q-{k}", bank_id="bank-1",
                         position=i + 1) for i, k in enumerate(["Z", "M", "A"])]
    members = to_members(Records(banks=[bank], questions=questions))
    carried = from_members(members, "b.assessor")
    assert [q.position for q in carried.questions] == [1, 2, 3]
    old = members["questions.json"].replace(b'"position"', b'"unused"')  # as a bundle written before step 7
    older = from_members({**members, "questions.json": old}, "old.assessor")
    assert [q.position for q in older.questions] == [0, 0, 0]
    store.exchange.insert_bank(bank)
    for q in older.questions:
        store.exchange.insert_question(q)
    assert _keys(store, "bank-1") == ["Z", "M", "A"]  # no position: each after the last, in the bundle's order
    again = Store.memory()
    again.exchange.insert_bank(bank)
    for q in reversed(carried.questions):
        again.exchange.insert_question(q)
    assert _keys(again, "bank-1") == ["Z", "M", "A"]


def test_xlsx_and_qti_exports_keep_the_order_of_what_they_carry(store, tmp_path):
    path = tmp_path / "case.gift"
    path.write_text(GIFT, encoding="utf-8")
    import_file(store, path)
    bank_id = store.banks.list()[0].id
    for fmt, ext in (("xlsx", "xlsx"), ("qti", "zip")):
        out = tmp_path / f"out.{ext}"
        export_bank(store, bank_id, fmt, out)  # neither holds a description: the two questions remain
        again = Store.memory()
        import_file(again, out, bank_name="Again")
        assert _keys(again) == ["M-TF", "A-SHORT"], fmt


def test_a_duplicated_bank_keeps_the_order(store, tmp_path):
    path = tmp_path / "case.gift"
    path.write_text(GIFT, encoding="utf-8")
    import_file(store, path)
    copy = store.banks.duplicate(store.banks.list()[0].id, {"en": "Copy"})
    assert [q.key for q in copy.questions] == MOODLE_ORDER
