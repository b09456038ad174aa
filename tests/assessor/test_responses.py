"""Reading, validating and writing long-format response CSVs."""

from __future__ import annotations

import numpy as np
import pytest

from assessor.errors import InputError
from assessor.analysis.responses import ResponseTable, read_responses_csv, write_responses_csv

HEADER = "cohort,participant_id,phase,item_id,topic,correct"


def write(tmp_path, text, name="responses.csv"):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def rows_of(t: ResponseTable):
    """The table as a sorted list of plain tuples (order-independent comparison)."""
    return sorted(
        zip(
            t.cohort.values(), t.participant.values(), [("pre", "post", "followup")[c] for c in t.phase.codes],
            t.item.values(), t.topic.values(), t.mark.tolist(),
            ["" if np.isnan(c) else c for c in t.confidence], t.sex.values(), t.organisation.values(),
        )
    )


def test_reads_columns_in_any_order_with_optional_columns(tmp_path):
    p = write(tmp_path, "correct,phase,cohort,participant_id,item_id,topic,sex,confidence\n"
                        "1,pre,A,p1,q1,T,F,3\n0.5,post,A,p1,q1,T,F,\n")
    t = read_responses_csv(p)
    assert rows_of(t) == [
        ("A", "p1", "post", "q1", "T", 0.5, "", "F", ""),
        ("A", "p1", "pre", "q1", "T", 1.0, 3.0, "F", ""),
    ]
    assert t.pass_mark("A") == 70


def test_quoted_fields_take_the_general_path_with_same_result(tmp_path):
    plain = write(tmp_path, f"{HEADER}\nA,p1,pre,q1,Safety,1\nA,p1,post,q1,Safety,0\n", "a.csv")
    quoted = write(tmp_path, f'{HEADER}\n"A","p1","pre","q1","Safety",1\nA,p1,post,q1,"Safety",0\n', "b.csv")
    assert rows_of(read_responses_csv(plain)) == rows_of(read_responses_csv(quoted))
    comma = write(tmp_path, f'{HEADER}\nA,p1,pre,q1,"Fire, first aid",1\n', "c.csv")
    assert read_responses_csv(comma).topic.labels == ["Fire, first aid"]


def test_crlf_bom_blank_lines_and_long_labels(tmp_path):
    long_id = "participant-with-a-very-long-code-" + "x" * 30
    text = "\ufeff" + HEADER + "\r\n" + f"Kelas Jakarta,{long_id},pre,q1,T,1\r\n\r\n" + f"Kelas Jakarta,{long_id},post,q1,T,0\r\n"
    t = read_responses_csv(write(tmp_path, text))
    assert t.participant.labels == [long_id]
    assert sorted(t.mark.tolist()) == [0.0, 1.0]


def test_long_labels_that_share_a_prefix_stay_distinct(tmp_path):
    lines = [HEADER] + [f"A,{'p' * 20}{i},pre,q1,T,1" for i in range(30)]
    t = read_responses_csv(write(tmp_path, "\n".join(lines)))
    assert len(t.participant.labels) == 30


@pytest.mark.parametrize(
    "body, message",
    [
        ("A,p1,pre,q1,T,1\nA,p2,pre,q1,T,1.5\n", "responses.csv, row 3: mark 1.5 is outside 0..1."),
        ("A,p1,pre,q1,T,1\nA,p2,midterm,q1,T,1\n", "responses.csv, row 3: unknown phase 'midterm'"),
        ("A,p1,pre,q1,T,1\nA,p1,pre,q1,T,0\n", "responses.csv, row 3: duplicate response"),
        ("A,p1,pre,q1,T,1\nA,p2,pre,q1,T\n", "responses.csv, row 3: 5 fields, expected 6"),
        ("A,p1,pre,q1,T,yes\n", "responses.csv, row 2: correct is 'yes', not a number."),
        ("A,p1,pre,q1,T,-0.1\n", "row 2: mark -0.1 is outside 0..1."),
        ("A,,pre,q1,T,1\n", "row 2: participant_id is empty."),
        ("A,p1,pre,q1,T,1\nA,p2,pre,q1,U,1\n", "row 3: item 'q1' has topic 'U' here but 'T' at row 2."),
    ],
)
def test_bad_rows_are_named(tmp_path, body, message):
    with pytest.raises(InputError) as exc:
        read_responses_csv(write(tmp_path, HEADER + "\n" + body))
    assert message in str(exc.value)
    assert exc.value.exit_code == 2


def test_missing_columns_are_named(tmp_path):
    with pytest.raises(InputError, match="missing columns? topic, correct"):
        read_responses_csv(write(tmp_path, "cohort,participant_id,phase,item_id\nA,p1,pre,q1\n"))


def test_bad_confidence_is_named(tmp_path):
    with pytest.raises(InputError, match="row 2: confidence 7 is outside 1..4"):
        read_responses_csv(write(tmp_path, HEADER + ",confidence\nA,p1,pre,q1,T,1,7\n"))


def test_round_trip_through_write(tmp_path):
    t = ResponseTable.from_columns(
        cohort=["A", "A", "B"], participant=["p1", "p1", "p9"], phase=["pre", "post", "follow-up"],
        item=["q1", "q1", "q2"], topic=["T", "T", ""], mark=[1, 0.25, 0.5], confidence=[4, None, 2],
        sex=["F", "F", "M"], organisation=["Org, Inc.", "Org, Inc.", "Other"],
    )
    out = tmp_path / "out.csv"
    write_responses_csv(t, out)
    assert rows_of(read_responses_csv(out)) == rows_of(t)


def test_from_columns_accepts_prefactorised_and_integer_columns():
    t = ResponseTable.from_columns(
        cohort=(np.array([0, 0]), ["A"]), participant=np.array([17, 17]), phase=["pre", "post"],
        item=(np.array([1, 1]), ["q0", "q1"]), topic=["T", "T"], mark=np.array([0.0, 1.0]),
    )
    assert t.participant.values().tolist() == ["17", "17"]
    assert t.item.values().tolist() == ["q1", "q1"]
    with pytest.raises(InputError, match="entry 2: mark 2 is outside 0..1"):
        ResponseTable.from_columns(cohort=["A", "A"], participant=["p", "q"], phase=["pre", "pre"],
                                   item=["i", "i"], topic=["", ""], mark=[1, 2])
