"""The XLSX/CSV template: encodings, separators, row-numbered errors, template and round trip."""

from __future__ import annotations

import codecs
import csv
import io

import openpyxl
import pytest

from assessor.banks.formats.interchange import to_question
from assessor.banks.formats.spreadsheet import header, parse_csv, parse_xlsx, write_template, write_xlsx
from assessor.banks.questions import AGREEMENT_SCALES, KNOWLEDGE_SCALE, NumericAnswer, Option, Pair, Question

HEADER = ["key", "topic", "type", "text_en", "text_id", "A_en", "A_id", "B_en", "B_id", "C_en", "C_id",
          "correct", "rationale_en", "rationale_id", "source"]


def row(**cells) -> list[str]:
    return [cells.get(name, "") for name in HEADER]


ROWS = [
    row(key="Q1", topic="legal", type="single", text_en="Café – which one?", text_id="Kafe – yang mana?",
        A_en="one", A_id="satu", B_en="two", B_id="dua", correct="B", rationale_en="Because", rationale_id="Karena",
        source="Module 2"),
    row(key="Q2", type="multiple", text_en="Pick", text_id="Pilih", A_en="x", A_id="x", B_en="y", B_id="y",
        C_en="z", C_id="z", correct="A, C"),
    row(key="Q3", type="truefalse", text_en="Sky is green", text_id="Langit hijau", correct="SALAH"),
    row(key="Q4", type="numerical", text_en="Hours?", text_id="Jam?", correct="23..25"),
    row(key="Q5", type="short", text_en="Court?", text_id="Pengadilan?", A_en="district*", A_id="negeri*"),
    row(key="Q6", type="matching", text_en="Match", text_id="Jodohkan", A_en="one | 1", A_id="satu | 1",
        B_en="two | 2", B_id="dua | 2"),
    row(key="Q7", type="essay", text_en="Discuss", text_id="Diskusikan"),
]


def csv_bytes(rows, sep: str, encoding: str) -> bytes:
    buf = io.StringIO()
    csv.writer(buf, delimiter=sep, lineterminator="\r\n").writerows([HEADER] + rows)
    return buf.getvalue().encode(encoding)


def check_sample(report):
    assert report.ok, report.errors
    assert [(q.line, q.key, q.type) for q in report.questions] == [
        (2, "Q1", "single"), (3, "Q2", "multiple"), (4, "Q3", "truefalse"), (5, "Q4", "numerical"),
        (6, "Q5", "short"), (7, "Q6", "matching")]
    assert [(s.line, s.type) for s in report.skipped] == [(8, "essay")]
    q1, q2, q3, q4, q5, q6 = (to_question(p, "x") for p in report.questions)
    assert q1.text == {"en": "Café – which one?", "id": "Kafe – yang mana?"}
    assert q1.options[1].text == {"en": "two", "id": "dua"} and q1.correct_keys == ("B",)
    assert q1.rationale == {"en": "Because", "id": "Karena"} and q1.source == "Module 2" and q1.topic == "legal"
    assert q2.correct_keys == ("A", "C") and [o.fraction for o in q2.options] == [0.5, 0.0, 0.5]
    assert q3.answer is False
    assert [(a.value, a.tolerance) for a in q4.numeric] == [(24.0, 1.0)]
    assert q5.options[0].text == {"en": "district*", "id": "negeri*"}
    assert [(p.left, p.right) for p in q6.pairs] == [
        ({"en": "one", "id": "satu"}, {"en": "1", "id": "1"}), ({"en": "two", "id": "dua"}, {"en": "2", "id": "2"})]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1252"])
@pytest.mark.parametrize("sep", [",", ";", "\t"])
def test_csv_in_every_encoding_and_separator(encoding, sep):
    check_sample(parse_csv(csv_bytes(ROWS, sep, encoding)))


def test_utf16_without_bom_is_recognised():
    check_sample(parse_csv(csv_bytes(ROWS, "\t", "utf-16-le")))


def xlsx_bytes(rows, head=HEADER) -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(head)
    for r in rows:
        ws.append([None if c == "" else c for c in r])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def test_xlsx_is_read_like_csv():
    check_sample(parse_xlsx(xlsx_bytes(ROWS)))


def test_xlsx_native_booleans_and_numbers_are_understood():
    rows = [row(key="T", type="truefalse", text_en="Is it?", correct=True),
            row(key=101, type="numerical", text_en="How many?", correct=7.5)]
    report = parse_xlsx(xlsx_bytes(rows))
    assert report.ok, report.errors
    assert report.questions[0].correct is True
    assert report.questions[1].key == "101" and report.questions[1].answers[0].value == 7.5


@pytest.mark.parametrize("cells, expected", [
    (dict(type="single", text_en="Q", A_en="a", B_en="b"), "row 2, column correct: the correct letter is missing"),
    (dict(type="single", text_en="Q", A_en="a", B_en="b", correct="D"), "row 2, column correct: letter D names no option"),
    (dict(type="single", text_en="Q", A_en="a", B_en="b", correct="A,B"), "row 2, column correct: a single-answer"),
    (dict(type="single", text_en="Q", text_id="S", A_en="a", A_id="a", B_en="b", correct="A"),
     "row 2, column B_id: option B has no 'id' text"),
    (dict(type="single", text_en="Q", A_en="a", A_id="a", B_en="b", correct="A"),
     "row 2, column text_id: option A has 'id' text but the question has none"),
    (dict(type="single", text_en="Q", A_en="a", C_en="c", correct="A"), "row 2, column B_en: option B is empty"),
    (dict(type="essayish", text_en="Q"), "row 2, column type: 'essayish' is not one of"),
    (dict(type="truefalse", text_en="Q", correct="maybe"), "row 2, column correct: a truefalse question needs TRUE or FALSE"),
    (dict(type="numerical", text_en="Q", correct="abc"), "row 2, column correct: 'abc' is not a number"),
    (dict(type="matching", text_en="Q", A_en="a | 1", B_en="b 2"), "row 2, column B_en: a matching pair is written"),
    (dict(type="single", A_en="a", B_en="b", correct="A"), "row 2: the question has no text in any language"),
])
def test_row_errors_name_row_and_column(cells, expected):
    report = parse_csv(csv_bytes([row(**cells)], ",", "utf-8"))
    assert not report.questions
    assert [e.line for e in report.errors] == [2]
    assert report.errors[0].message.startswith(expected), report.errors[0].message


def test_bad_rows_do_not_hide_good_rows_and_duplicate_keys_are_errors():
    rows = [row(key="K", type="truefalse", text_en="a", correct="TRUE"),
            row(key="K", type="truefalse", text_en="b", correct="FALSE"),
            row(),
            row(key="L", type="truefalse", text_en="c", correct="nope")]
    report = parse_csv(csv_bytes(rows, ";", "utf-8"))
    assert [q.key for q in report.questions] == ["K"]
    assert [e.line for e in report.errors] == [3, 5]
    assert "already used in row 2" in report.errors[0].message


def test_missing_language_in_one_row_is_warned():
    rows = [row(key="A", type="truefalse", text_en="a", text_id="a-id", correct="TRUE"),
            row(key="B", type="truefalse", text_en="b", correct="TRUE")]
    report = parse_csv(csv_bytes(rows, ",", "utf-8"))
    assert report.ok
    assert [(w.line, "text_id" in w.message) for w in report.warnings] == [(3, True)]


def test_indonesian_only_sheet_keeps_its_language():
    head = ["key", "type", "text_id", "A_id", "B_id", "correct"]
    data = "\n".join([",".join(head), "Q,single,Apa?,ya,tidak,A"]).encode()
    report = parse_csv(data)
    q = to_question(report.questions[0], "x")
    assert q.text == {"id": "Apa?"} and q.options[0].text == {"id": "ya"}


def test_header_without_required_columns_is_an_error_on_row_1():
    report = parse_csv(b"question,answer\nWhat?,B\n")
    assert [e.line for e in report.errors] == [1] and "type" in report.errors[0].message


def test_garbage_is_reported_not_raised():
    assert not parse_xlsx(b"not a zip").ok
    assert not parse_csv(codecs.BOM_UTF8 + b"\xff\xfe\xfa").ok


def test_template_has_header_example_and_bilingual_help(tmp_path):
    path = tmp_path / "template.xlsx"
    write_template(str(path))
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["Questions", "Help"]
    sheet = wb["Questions"]
    assert [c.value for c in sheet[1]] == header(("en", "id"))
    assert sheet["A2"].value == "EXAMPLE-01"
    help_rows = list(wb["Help"].iter_rows(values_only=True))
    assert help_rows[0] == ("Column", "Meaning", "Arti (Bahasa Indonesia)")
    assert any("correct" == r[0] and "TRUE" in r[1] and "BENAR" in r[2] for r in help_rows)
    # The untouched template imports nothing, and says why.
    report = parse_xlsx(path.read_bytes())
    assert report.ok and not report.questions
    assert [(s.line, s.reason) for s in report.skipped] == [(2, "the template's example row")]


BANK = [
    Question(key="S", type="single", topic="t", text={"en": "=1+1?", "id": "=1+1?"},
             options=(Option({"en": "2", "id": "2"}, 1.0), Option({"en": "3", "id": "3"}, 0.0)),
             rationale={"en": "sum"}, objective={"en": "add", "id": "tambah"}, source="book"),
    Question(key="M", type="multiple", text={"en": "pick"},
             options=(Option({"en": "a"}, 0.5), Option({"en": "b"}, 0.5), Option({"en": "c"}, 0.0))),
    Question(key="T", type="truefalse", text={"en": "true?", "id": "benar?"}, answer=True),
    Question(key="N", type="numerical", text={"en": "n?"}, numeric=(NumericAnswer(-2.5, 0.25, 1.0),)),
    Question(key="H", type="short", text={"en": "s?"}, options=(Option({"en": "x*"}, 1.0),)),
    Question(key="P", type="matching", text={"en": "m?", "id": "m-id?"},
             pairs=(Pair({"en": "l1", "id": "k1"}, {"en": "r1", "id": "s1"}), Pair({"en": "l2", "id": "k2"}, {"en": "r2", "id": "s2"}))),
]


def test_xlsx_export_round_trips_every_type(tmp_path):
    path = tmp_path / "bank.xlsx"
    assert write_xlsx(BANK, ["en", "id"], str(path)) == []
    report = parse_xlsx(path.read_bytes())
    assert report.ok, report.errors
    back = [to_question(p, "unused") for p in report.questions]
    assert [q.content() for q in back] == [q.content() for q in BANK]


def test_xlsx_export_reports_what_it_cannot_hold(tmp_path):
    odd = Question(key="W", type="single", text={"en": "w"},
                   options=(Option({"en": "a"}, 1.0), Option({"en": "b"}, -0.5)))
    many = Question(key="X", type="single", text={"en": "x"},
                    options=tuple(Option({"en": str(i)}, float(i == 0)) for i in range(11)))
    notes = write_xlsx([odd, many], ["en"], str(tmp_path / "b.xlsx"))
    # Weights are carried letter by letter now; only the eleventh option does not fit.
    assert [loss.key for loss in notes] == ["X"]
    (back,) = parse_xlsx((tmp_path / "b.xlsx").read_bytes()).questions
    assert [o.fraction for o in back.options] == [1.0, -0.5]


EVALUATION = [
    Question(key="E-RATE", type="rating", topic="eval", text={"en": "The pace was right.", "id": "Tempo tepat."},
             scale=tuple(dict(x) for x in AGREEMENT_SCALES[4])),
    Question(key="E-TEN", type="rating", text={"en": "Recommend?", "id": "Rekomendasikan?"},
             scale=({"en": "Never", "id": "Tidak pernah"},) + ({},) * 8 + ({"en": "Surely", "id": "Pasti"},)),
    Question(key="E-CHOICE", type="choice", text={"en": "Best day?", "id": "Hari terbaik?"},
             options=(Option({"en": "Day 1", "id": "Hari 1"}), Option({"en": "Day 2", "id": "Hari 2"}))),
    Question(key="E-COMMENT", type="comment", text={"en": "What to change?", "id": "Apa yang diubah?"}),
    Question(key="E-RETRO", type="retro", topic="legal", text={"en": "The law", "id": "Hukum"},
             scale=tuple(dict(x) for x in KNOWLEDGE_SCALE)),
]


def test_xlsx_export_round_trips_the_course_evaluation_types(tmp_path):
    path = tmp_path / "evaluation.xlsx"
    assert write_xlsx(EVALUATION, ["en", "id"], str(path)) == []
    sheet = openpyxl.load_workbook(path)["Questions"]
    cols = [c.value for c in sheet[1]]
    assert [sheet.cell(row=r, column=cols.index("type") + 1).value for r in range(2, 7)] == [
        "rating", "rating", "choice", "comment", "retro"]
    assert sheet.cell(row=2, column=cols.index("scale") + 1).value == 4
    report = parse_xlsx(path.read_bytes())
    assert report.ok, report.errors
    back = [to_question(p, "unused") for p in report.questions]
    assert back == EVALUATION


def test_csv_rating_without_labels_gets_the_default_agreement_labels():
    head = HEADER[:11] + ["correct", "scale"]
    rows = [[{"key": "R", "type": "rating", "text_en": "Useful", "text_id": "Berguna", "scale": "7"}.get(n, "")
             for n in head]]
    buf = io.StringIO()
    csv.writer(buf).writerows([head] + rows)
    (parsed,) = parse_csv(buf.getvalue().encode()).questions
    q = to_question(parsed, "x")
    assert q.type == "rating" and q.scale == AGREEMENT_SCALES[7] and not q.scored


@pytest.mark.parametrize("cells, expected", [
    (dict(type="rating", text_en="Q", correct="A"), "row 2, column correct: a rating item has no correct answer"),
    (dict(type="rating", text_en="Q", scale="6"), "row 2, column scale: a scale has 4, 5, 7, 10 points, not '6'"),
    (dict(type="rating", text_en="Q", A_en="low", B_en="mid", C_en="high"),
     "row 2, column scale: labels A–C make 3 points"),
    (dict(type="rating", text_en="Q", scale="4", A_en="low"),
     "row 2, column D_en: the first and the last point of the scale need a label in 'en'"),
    (dict(type="choice", text_en="Q", A_en="a"), "row 2: a choice item needs at least two options"),
    (dict(type="choice", text_en="Q", A_en="a", B_en="b", correct="A"), "row 2, column correct: a choice item has"),
    (dict(type="comment", text_en="Q", A_en="a"), "row 2, column A_en: a comment item has no options"),
    (dict(type="comment", text_en="Q", rationale_en="why"), "row 2, column rationale_en: a comment item is not scored"),
    (dict(type="single", text_en="Q", A_en="a", B_en="b", correct="A", scale="5"),
     "row 2, column scale: a single question has no scale"),
])
def test_evaluation_row_errors_name_row_and_column(cells, expected):
    head = HEADER + ["scale"]
    buf = io.StringIO()
    csv.writer(buf).writerows([head, [cells.get(n, "") for n in head]])
    report = parse_csv(buf.getvalue().encode())
    assert not report.questions
    assert [e.line for e in report.errors] == [2]
    assert report.errors[0].message.startswith(expected), report.errors[0].message


def test_bank_export_to_xlsx_writes_the_evaluation_items_and_gift_still_names_them(tmp_path, store):
    from assessor.banks.bankio import export_bank, import_file, load_bank_file
    from question_banks import bundled_banks

    (path,) = [p for p in bundled_banks() if p.stem.endswith("_evaluation")]
    summary = store.banks.import_bank(load_bank_file(path))
    bank = store.banks.get(summary.bank_id)
    assert export_bank(store, bank.id, "xlsx", tmp_path / "e.xlsx") == []
    notes = export_bank(store, bank.id, "gift", tmp_path / "e.gift")
    assert len(notes) == len(bank.questions) and all("not written in gift" in n.reason for n in notes)
    report, _ = import_file(store, tmp_path / "e.xlsx", bank_name="Copy")
    copy = next(b for b in store.banks.list() if "Copy" in b.name.values())
    assert [q.content() for q in store.banks.get(copy.id).questions] == [q.content() for q in bank.questions]


def test_dry_run_json_shows_the_scale_of_a_rating_row(tmp_path):
    import json

    from click.testing import CliRunner

    from assessor.cli import cli

    path = tmp_path / "evaluation.xlsx"
    write_xlsx(EVALUATION[:1] + EVALUATION[3:4], ["en", "id"], str(path))
    res = CliRunner().invoke(cli, ["--db", str(tmp_path / "a.db"), "bank", "import", str(path), "--dry-run", "--json"])
    assert res.exit_code == 0, res.output
    rating, comment = json.loads(res.output)["questions"]
    assert rating["type"] == "rating" and len(rating["scale"]) == 4 and "Strongly agree" in rating["scale"][3]
    assert comment["type"] == "comment" and "scale" not in comment
