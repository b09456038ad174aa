"""A responses CSV as a spreadsheet saves it (every text field in double quotes, CRLF line
ends, a UTF-8 byte order mark) reads exactly like the same data unquoted, and a bad row in it
is named by the line it is on."""

from __future__ import annotations

import json

import numpy as np
import pytest
from click.testing import CliRunner

from assessor.analysis.responses import ResponseTable, read_responses_csv, write_responses_csv
from assessor.analysis.stats import analyze
from assessor.cli import cli
from assessor.errors import InputError
from benchmarks.datagen import generate, spreadsheet_copy

HEADER = "cohort,participant_id,phase,item_id,topic,correct"


def cli_json(path) -> str:
    res = CliRunner().invoke(cli, ["analyze", str(path), "--json"])
    assert res.exit_code == 0, res.output
    return res.output


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    folder = tmp_path_factory.mktemp("quoted")
    table = generate(participants=60, items=12, cohorts=3, topics=3)
    plain = folder / "plain.csv"
    write_responses_csv(table, plain)
    return table, plain, spreadsheet_copy(plain, folder / "quoted.csv")


def test_the_spreadsheet_copy_is_really_quoted(generated):
    _, plain, quoted = generated
    data = quoted.read_bytes()
    assert data.startswith(b'\xef\xbb\xbf"cohort","participant_id"') and b'\r\n"Cohort 01","P000000","pre"' in data
    assert b'"' not in plain.read_bytes()


def test_quoted_and_plain_copies_give_the_same_analysis_byte_for_byte(generated):
    _, plain, quoted = generated
    assert cli_json(plain) == cli_json(quoted)


def test_the_analysis_of_the_csv_is_the_analysis_of_its_columns(generated):
    # Golden: the table built from the same columns in memory, never through a CSV reader.
    table, plain, quoted = generated
    golden = ResponseTable.from_columns(
        cohort=table.cohort.values(), participant=table.participant.values(),
        phase=np.asarray(["pre", "post", "followup"], dtype=object)[table.phase.codes],
        item=table.item.values(), topic=table.topic.values(), mark=table.mark,
        confidence=table.confidence, sex=table.sex.values(), organisation=table.organisation.values(),
    )
    expected = json.dumps(analyze(golden), ensure_ascii=False, indent=2, allow_nan=False) + "\n"
    assert cli_json(quoted) == expected
    assert cli_json(plain) == expected
    assert len(read_responses_csv(quoted)) == len(table)


def write(tmp_path, text: str, name="responses.csv"):
    p = tmp_path / name
    p.write_bytes(text.encode("utf-8"))
    return p


def message(path) -> str:
    with pytest.raises(InputError) as exc:
        read_responses_csv(path)
    return str(exc.value)


def test_a_bad_row_after_blank_lines_in_a_quoted_file_is_named_by_its_line(tmp_path):
    text = (f"{HEADER}\r\n" '"A","p1","pre","q1","T",1\r\n' "\r\n\r\n" '"A","p2","pre","q1","T",1.5\r\n')
    assert message(write(tmp_path, text)) == "responses.csv, row 5: mark 1.5 is outside 0..1."


def test_a_line_break_inside_quotes_counts_as_the_lines_it_spans(tmp_path):
    # Row one spans lines 2-3; row two spans lines 4-5 and is reported where it ends, line 5.
    text = (f"{HEADER}\n" 'A,p1,pre,q1,"Fire\nsafety",1\n' 'A,p2,pre,q1,"Fire\r\nsafety",7\n')
    assert message(write(tmp_path, text)) == "responses.csv, row 5: mark 7 is outside 0..1."
    ok = write(tmp_path, f"{HEADER}\n" 'A,p1,pre,q1,"Fire\nsafety",1\n' 'A,p2,pre,q1,"Fire\r\nsafety",0\n', "ok.csv")
    assert read_responses_csv(ok).topic.labels == ["Fire\nsafety"]  # one topic, whatever the line end


def test_a_wrong_field_count_in_a_quoted_file_is_named(tmp_path):
    text = f'{HEADER}\n"A","p1","pre","q1","T",1\n"A","p2","pre","q1, q2",1\n'
    assert message(write(tmp_path, text)) == "responses.csv, row 3: 5 fields, expected 6 as in the header."


def test_a_blank_looking_row_in_a_quoted_file_is_skipped_as_before(tmp_path):
    quoted = write(tmp_path, f'{HEADER}\n"A","p1","pre","q1","T",1\n""\n"A","p1","post","q1","T",0\n', "q.csv")
    plain = write(tmp_path, f"{HEADER}\nA,p1,pre,q1,T,1\nA,p1,post,q1,T,0\n", "p.csv")
    assert cli_json(quoted) == cli_json(plain)
    bad = write(tmp_path, f'{HEADER}\n"A","p1","pre","q1","T",1\n""\n"A","p1","post","q1","T",2\n', "b.csv")
    assert message(bad) == "b.csv, row 4: mark 2 is outside 0..1."


def test_text_that_is_not_utf8_is_named_by_its_row(tmp_path):
    p = tmp_path / "responses.csv"
    p.write_bytes(f'{HEADER}\n"A","p1","pre","q1","T",1\n'.encode() + b'"A","p\xe9","pre","q1","T",1\n')
    assert message(p) == "responses.csv, row 3: the text is not UTF-8."


def test_several_bad_marks_name_the_first_in_the_file(tmp_path):
    text = f"{HEADER}\nA,p1,pre,q1,T,1\nA,p2,pre,q1,T,zz\nA,p3,pre,q1,T,aa\n"
    assert message(write(tmp_path, text)) == "responses.csv, row 3: correct is 'zz', not a number."
