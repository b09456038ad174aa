"""Typed text never runs as a formula when an export is opened in a spreadsheet: values
starting with = + - @, tab or CR are prefixed in CSV and stored as text in XLSX, in every
export that carries typed text (participants, responses, codebooks, roster)."""

from __future__ import annotations

import csv

import pytest

from assessor.textio import neutralise

TOT = "ToT Jakarta 2026"
EVIL = {"name": '=HYPERLINK("http://x","click")', "organisation": "@SUM(1+1)"}


@pytest.mark.parametrize("value, expected", [
    ("=1+1", "'=1+1"), ("+62 812", "'+62 812"), ("-2", "'-2"), ("@cmd", "'@cmd"), ("\tx", "'\tx"),
    ("\rx", "'\rx"), ("Budi", "Budi"), ("", ""), (0.5, 0.5), (-1, -1), (None, None),
])
def test_the_prefix_rule(value, expected):
    assert neutralise(value) == expected


def _poison(store):
    person = next(p for c in store.cohorts.list() if c.name == TOT for p in store.cohorts.participants(c.id))
    store.db["participants"].update(person.id, EVIL)
    return person


def _csv_cells(path):
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return [c for row in csv.reader(fh) for c in row]


def test_participants_export_neutralises_names_and_organisations(demo_store, tmp_path):
    from openpyxl import load_workbook

    from reports.exports import export_participants

    _poison(demo_store)
    table, codebook = export_participants(demo_store, [TOT], "csv", tmp_path / "p.csv")
    cells = _csv_cells(table)
    assert "'" + EVIL["name"] in cells and "'" + EVIL["organisation"] in cells
    assert not any(c.startswith(("=", "+", "@")) for c in cells + _csv_cells(codebook))
    (book,) = export_participants(demo_store, [TOT], "xlsx", tmp_path / "p.xlsx")
    wb = load_workbook(book)
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                assert c.data_type != "f", (ws.title, c.coordinate, c.value)


def test_responses_export_and_roster_neutralise_typed_text(demo_store, tmp_path):
    from assessor.people.roster import roster_csv
    from reports.exports import export_responses

    person = _poison(demo_store)
    demo_store.db["participants"].update(person.id, {"organisation": "+62 CMD"})
    csv_path, codebook = export_responses(demo_store, [TOT], "csv", tmp_path / "r.csv")
    cells = _csv_cells(csv_path)
    assert "'+62 CMD" in cells and not any(c.startswith(("=", "+", "@", "-")) for c in cells)
    cohort = next(c for c in demo_store.cohorts.list() if c.name == TOT)
    roster = roster_csv(demo_store.cohorts.participants(cohort.id)).decode("utf-8-sig")
    cells = [c for row in csv.reader(roster.splitlines()) for c in row]
    assert "'" + EVIL["name"] in cells and not any(c.startswith(("=", "+", "@")) for c in cells)
