"""Roster files: per-row errors before anything is saved, CSV dialects, XLSX, export."""

from __future__ import annotations

import io

import pytest

from assessor.people.cohorts import Cohort
from assessor.errors import InputError
from assessor.people.roster import (CODE_ON_ROSTER, DUPLICATE_CODE, MISSING_NAME_AND_CODE, UNKNOWN_SEX, parse_roster,
                             roster_csv)


def test_csv_with_errors_reports_each_row_and_saves_nothing(store):
    data = ("code,name,sex,organisation,role\n"
            "A1,Siti Rahma,perempuan,Dinsos,Pekerja sosial\n"
            ",Budi,L,Polres,Penyidik\n"
            "A1,Ani,F,,\n"
            ",,,,\n"
            "B2,,robot,,\n"
            ",,male,Bapas,\n").encode()
    preview = parse_roster(data, "r.csv")
    by_line = {r.line: r for r in preview.rows}
    assert sorted(by_line) == [2, 3, 4, 6, 7]  # blank line 5 skipped
    assert by_line[2].sex == "female" and by_line[2].name == "Siti Rahma"
    assert by_line[3].ok and by_line[3].sex == "male" and by_line[3].code == ""
    assert by_line[2].errors == by_line[4].errors == (DUPLICATE_CODE,)  # both lines, so both can be fixed
    assert by_line[6].errors == (UNKNOWN_SEX,)
    assert by_line[7].errors == (MISSING_NAME_AND_CODE,)
    assert preview.error_count == 4 and not preview.ok
    cohort = store.cohorts.save(Cohort("C"))
    with pytest.raises(InputError, match="line 2"):
        preview.participants(cohort.id)
    assert store.cohorts.participants(cohort.id) == []


@pytest.mark.parametrize("encoding,sep", [("utf-8-sig", ";"), ("cp1252", ","), ("utf-8", ",")])
def test_csv_encodings_and_separators(encoding, sep):
    text = f"Kode{sep}Nama{sep}Jenis kelamin\r\nX1{sep}José Müller{sep}Laki-laki\r\n"
    preview = parse_roster(text.encode(encoding), "r.csv")
    (row,) = preview.rows
    assert (row.code, row.name, row.sex, row.errors) == ("X1", "José Müller", "male", ())


def test_code_already_on_roster_is_caught():
    preview = parse_roster(b"code,name\nAB12,X\n", "r.csv", existing_codes=["ab12"])
    assert preview.rows[0].errors == (CODE_ON_ROSTER,)


def test_header_without_code_or_name_is_refused():
    with pytest.raises(InputError, match="line 1"):
        parse_roster(b"foo,bar\n1,2\n", "r.csv")


def _xlsx(rows) -> bytes:
    import openpyxl

    book = openpyxl.Workbook()
    for r in rows:
        book.active.append(r)
    buf = io.BytesIO()
    book.save(buf)
    return buf.getvalue()


def test_xlsx_roster_of_25_is_stored_with_generated_codes(store):
    rows = [["code", "name", "sex", "organisation", "role"]]
    rows += [[None if i % 2 else f"P{i:02d}", f"Peserta {i}", "F" if i % 3 else "M", "Dinsos", "Staf"]
             for i in range(25)]
    preview = parse_roster(_xlsx(rows), "roster.xlsx")
    assert preview.ok and len(preview.rows) == 25
    cohort = store.cohorts.save(Cohort("C"))
    saved = store.cohorts.add_participants(cohort.id, preview.participants(cohort.id))
    codes = {p.code for p in saved}
    assert len(codes) == 25 and "P00" in codes
    assert sum(p.sex == "male" for p in saved) == 9


def test_roster_csv_round_trips():
    from assessor.people.cohorts import Participant

    people = [Participant("c", "K2", "Ani", "female", "Dinsos", "Staf"), Participant("c", "K1", "Budi", "male")]
    data = roster_csv(people)
    assert data.startswith("\ufeff".encode())
    back = parse_roster(data, "out.csv")
    assert [(r.code, r.name, r.sex) for r in back.rows] == [("K1", "Budi", "male"), ("K2", "Ani", "female")]
