"""Bank import/export through every format: preview first, all or nothing, round trips."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from assessor.banks.bankio import detect_format, export_bank, import_file, parse_file
from assessor.cli import cli
from assessor.errors import InputError
from assessor.banks.formats.interchange import split_multilang


@pytest.mark.parametrize("fmt", ["gift", "moodlexml", "xlsx", "yaml"])
def test_bundled_bank_round_trips_with_both_languages(bank_store, tmp_path, fmt):
    bank = bank_store.banks.list()[0]
    original = {q.key: q for q in bank_store.banks.questions(bank.id)}
    out = tmp_path / f"bank.{ {'moodlexml': 'xml'}.get(fmt, fmt) }"
    losses = export_bank(bank_store, bank.id, fmt, out)
    # Every question is written; GIFT and Moodle XML have no place for the objective and source, and say so.
    expected = [] if fmt in ("xlsx", "yaml") else [
        (q.key, f"objective, source ({fmt} has no place for them)", True) for q in original.values()]
    assert sorted(losses) == sorted(expected)
    report = parse_file(out)
    assert report.errors == [] and len(report.questions) == len(original)
    from assessor.store import Store

    other = Store.memory()
    _report, summary = import_file(other, out, bank_name="Round trip")
    assert len(summary.new) == len(original)
    for q in other.banks.questions(other.banks.list()[0].id):
        src = original[q.key]
        assert q.type == src.type and q.text == src.text, q.key
        assert [o.text for o in q.options] == [o.text for o in src.options]
        assert q.correct_keys == src.correct_keys and q.answer == src.answer
        assert [o.fraction for o in q.options] == pytest.approx([o.fraction for o in src.options])
        assert q.rationale == src.rationale


def test_moodle_xml_export_carries_indonesian(bank_store, tmp_path):
    bank = bank_store.banks.list()[0]
    export_bank(bank_store, bank.id, "moodlexml", tmp_path / "b.xml")
    xml = (tmp_path / "b.xml").read_text(encoding="utf-8")
    q = bank_store.banks.questions(bank.id)[0]
    assert 'lang="id" class="multilang"' in xml
    assert q.text["id"][:30] in xml


def test_reimporting_a_file_changes_nothing_and_an_edit_makes_a_version(store, tmp_path):
    path = tmp_path / "quiz.gift"
    path.write_text("::Q1:: Capital of Indonesia? {=Jakarta ~Surabaya ~Medan}\n\n::Q2:: 2+2 {#4}\n", encoding="utf-8")
    _r, first = import_file(store, path)
    _r, again = import_file(store, path)
    assert (len(first.new), again.new, again.new_version) == (2, (), ())
    path.write_text("::Q1:: Capital of Indonesia? {=Jakarta ~Bandung ~Medan}\n\n::Q2:: 2+2 {#4}\n", encoding="utf-8")
    _r, edited = import_file(store, path)
    assert edited.new_version == ("Q1",) and edited.unchanged == ("Q2",)


def test_a_file_with_errors_imports_nothing_unless_valid_only(store, tmp_path):
    path = tmp_path / "bad.gift"
    path.write_text("::Good:: Yes? {=a ~b}\n\n::Bad:: Broken {=a ~b\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"bad\.gift, line 3: .*nothing was imported"):
        import_file(store, path)
    assert store.banks.list() == []
    _r, summary = import_file(store, path, valid_only=True)
    assert summary.new == ("Good",)


def test_a_gift_essay_is_read_with_its_line(tmp_path):
    path = tmp_path / "e.gift"
    path.write_text("::A:: Ok? {T}\n\n::B:: Write an essay {}\n", encoding="utf-8")
    report = parse_file(path)
    assert report.skipped == [] and [(q.line, q.type) for q in report.questions] == [(1, "truefalse"), (3, "essay")]


def test_dry_run_json_prints_the_documented_shape_and_stores_nothing(db_path, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("What is diversion?\nA) A penalty\nB. A transfer out of the criminal process\nanswer: B\n",
                    encoding="utf-8")
    result = CliRunner().invoke(cli, ["--db", str(db_path), "bank", "import", str(path), "--dry-run", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert set(data) >= {"questions", "skipped", "warnings", "errors"}
    (q,) = data["questions"]
    assert q["type"] == "single" and [o["fraction"] for o in q["options"]] == [0, 1]
    assert not db_path.exists() or "questions" not in db_path.read_bytes().decode("latin-1")


def test_cli_export_and_template(bank_store, tmp_path):
    from assessor.store import Store

    path = tmp_path / "x.db"
    s = Store.open(path)
    from assessor.banks.bankio import ensure_bundled_banks

    ensure_bundled_banks(s)
    s.close()
    runner = CliRunner()
    res = runner.invoke(cli, ["--db", str(path), "bank", "export", "0b6f3f7e-2d55-4c1e-9a57-5a1c2f0c7a10",
                              "--format", "qti", "-o", str(tmp_path / "b.zip")])
    assert res.exit_code == 0 and "questions written as qti" in res.output
    assert parse_file(tmp_path / "b.zip").questions
    res = runner.invoke(cli, ["bank", "template", "-o", str(tmp_path / "t.xlsx")])
    assert res.exit_code == 0 and (tmp_path / "t.xlsx").exists()


@pytest.mark.parametrize("name, data, fmt", [
    ("a.gift", b"::x:: y {T}", "gift"), ("a.xml", b"<?xml version='1.0'?><quiz></quiz>", "moodlexml"),
    ("a.txt", b"Q?\nA) x\nB) y\nANSWER: A\n", "aiken"), ("a.yml", b"format: assessor-bank/1", "yaml"),
    ("item.xml", b"<assessmentItem/>", "qti"), ("a.csv", b"key,type", "csv"),
])
def test_format_is_guessed(name, data, fmt):
    assert detect_format(name, data) == fmt


def test_mlang_blocks_become_languages():
    assert split_multilang("{mlang en}Child{mlang}{mlang id}Anak{mlang}") == {"en": "Child", "id": "Anak"}


def test_an_aiken_file_whose_question_text_is_html_is_still_aiken():
    data = b"<p>Which age?</p>\nA) 16\nB) 18\nANSWER: B\n"
    assert detect_format("quiz.txt", data) == "aiken"
    assert detect_format("quiz.txt", b"<?xml version='1.0'?><questestinterop/>") == "qti"


def _moodle_mark(weights: list[float], chosen: set[int]) -> float:
    """What Moodle gives a multiple-response answer: the chosen options' weights added, within 0..1."""
    return max(0.0, min(1.0, sum(weights[i] for i in chosen)))


@pytest.mark.parametrize("fmt", ["moodlexml", "gift"])
def test_a_right_or_wrong_multiple_response_scores_in_moodle_as_in_assessor_and_comes_back_the_same(tmp_path, fmt):
    import itertools

    from assessor.banks.formats.gift import parse_gift, write_gift
    from assessor.banks.formats.interchange import to_question
    from assessor.banks.formats.moodlexml import parse_moodle_xml, write_moodle_xml
    from assessor.banks.questions import Option, Question
    from assessor.delivery.scoring import PARTIAL, score

    question = Question("MR-1", "multiple", {"en": "Which are rights of the child?"},
                        options=(Option({"en": "Education"}, 1.0), Option({"en": "Prison"}, 0.0),
                                 Option({"en": "Health"}, 1.0), Option({"en": "Labour"}, 0.0)))
    if fmt == "moodlexml":
        data = write_moodle_xml([question], ["en"])
        weights = [o.fraction for o in parse_moodle_xml(data).questions[0].options]  # as Moodle reads them
        path = tmp_path / "bank.xml"
        path.write_bytes(data)
    else:
        data = write_gift([question], ["en"])
        weights = [o.fraction for o in parse_gift(data).questions[0].options]
        path = tmp_path / "bank.gift"
        path.write_text(data, encoding="utf-8")
    # Written as shares: one right option alone is not full marks in Moodle, all right and nothing else is.
    assert weights == pytest.approx([0.5, -0.5, 0.5, -0.5], abs=1e-6)
    letters = "ABCD"
    for n in range(1, 5):
        for chosen in itertools.combinations(range(4), n):
            response = [letters[i] for i in chosen]
            moodle = _moodle_mark(weights, set(chosen))
            assert (moodle == pytest.approx(1.0)) == (score(question, response) == 1.0), response
            assert moodle == pytest.approx(score(question, response, multiple=PARTIAL)), response
    # Imported again, it is the question it was (right and wrong options, not the shares).
    (parsed,) = parse_file(path).questions
    back = to_question(parsed, "MR-1")
    assert [o.fraction for o in back.options] == [1.0, 0.0, 1.0, 0.0]
    assert back.correct_keys == ("A", "C")


def test_multiple_response_weights_of_another_shape_are_written_and_read_as_they_are(tmp_path):
    from assessor.banks.formats.moodlexml import write_moodle_xml
    from assessor.banks.questions import Option, Question

    question = Question("MR-2", "multiple", {"en": "Which?"},
                        options=(Option({"en": "a"}, 0.5), Option({"en": "b"}, 0.5), Option({"en": "c"}, -0.5),
                                 Option({"en": "d"}, 0.0)))
    path = tmp_path / "bank.xml"
    path.write_bytes(write_moodle_xml([question], ["en"]))
    (parsed,) = parse_file(path).questions
    assert [o.fraction for o in parsed.options] == [0.5, 0.5, -0.5, 0.0]
