"""CSV and XLSX exports of results.

* participants (wide): one row per participant of a cohort with scores, gain, g, pass
  status, per-topic scores and per-item marks (the numbers of :mod:`assessor.analysis.reportdata`);
* responses (long): exactly the ``assessor analyze`` CSV format, so an exported file
  re-analyses to the same statistics.

Each export comes with a codebook (a sheet in XLSX, ``<name>_codebook.csv`` beside a
CSV). ``pseudonymise`` drops participants' names and keeps their codes.
"""

from __future__ import annotations

import csv
import math
from pathlib import Path

from assessor.errors import InputError
from assessor.textio import neutralise
from assessor.progress import Progress, step
from assessor.analysis.reportdata import PHASES, cohort_results
from assessor.analysis.responses import write_responses_csv

FORMATS = ("csv", "xlsx")

RESPONSES_CODEBOOK = [
    ("cohort", "Cohort name."),
    ("participant_id", "Participant code (no names in this file)."),
    ("phase", "pre, post or followup."),
    ("item_id", "Question key."),
    ("topic", "Topic (learning objective) of the question."),
    ("correct", "Mark from 0 (wrong) to 1 (full marks); partial credit in between."),
    ("sex", "female, male, other or not_stated (only when recorded)."),
    ("organisation", "Participant's organisation (only when recorded)."),
    ("confidence", "Confidence rating 1-4; empty when not given (only when collected)."),
]


def _open(store):
    if hasattr(store, "results"):
        return store, False
    from assessor.store import Store

    return Store.open(store), True


def _check(fmt: str) -> str:
    if fmt not in FORMATS:
        raise InputError(f"Export format {fmt!r} is not supported (use csv or xlsx).", code="bad_format")
    return fmt


def participants_rows(store, cohorts: list[str], pseudonymise: bool = False,
                      progress: Progress | None = None) -> tuple[list[str], list[list], list[tuple[str, str]]]:
    """(header, rows, codebook) of the participants-wide table for ``cohorts``."""
    datas = []
    for i, name in enumerate(cohorts):
        step(progress, i, len(cohorts) + 1)
        datas.append(cohort_results(store, name))
    topics = list(dict.fromkeys(t for d in datas for t in d.topics))
    items = list(dict.fromkeys(k for d in datas for k in d.items))
    phases = [ph for ph in PHASES if any(ph in d.phases for d in datas)] or ["pre", "post"]
    header = ["code"] + ([] if pseudonymise else ["name"]) + ["cohort", "sex", "organisation"]
    header += [f"{ph}_pct" for ph in phases] + ["gain_pp", "normalized_gain", "pass_mark"]
    header += [f"passed_{ph}" for ph in phases]
    header += [f"topic_{t}_{ph}_pct" for t in topics for ph in phases]
    header += [f"item_{k}_{ph}" for k in items for ph in phases]
    rows = []
    for d in datas:
        for p in d.participants:
            row = [p.code] + ([] if pseudonymise else [p.name]) + [d.cohort.name, p.sex, p.organisation]
            row += [p.pct[ph] for ph in phases] + [p.gain, p.normalized_gain, d.pass_mark]
            row += [p.passed[ph] for ph in phases]
            row += [p.topic_pct.get(t, {}).get(ph) for t in topics for ph in phases]
            row += [p.marks.get(ph, {}).get(k) for k in items for ph in phases]
            rows.append(row)
    codebook = [("code", "Participant code."), ("name", "Participant name (absent in a pseudonymised export)."),
                ("cohort", "Cohort name."), ("sex", "female, male, other or not_stated."),
                ("organisation", "Participant's organisation.")]
    codebook += [(f"{ph}_pct", f"{ph} score: % of the maximum mark of the items given; empty if not taken.")
                 for ph in phases]
    codebook += [("gain_pp", "post_pct - pre_pct in percentage points; empty without both tests."),
                 ("normalized_gain", "(post - pre) / (100 - pre); empty without both tests or at pre = 100."),
                 ("pass_mark", "The cohort's pass mark in %."),
                 ("passed_<phase>", "TRUE if the score of that test reached the pass mark; empty if not taken."),
                 ("topic_<topic>_<phase>_pct", "Score on the topic's items in that test, %."),
                 ("item_<key>_<phase>", "Mark 0-1 on that question in that test; empty if not given.")]
    if pseudonymise:
        codebook = [c for c in codebook if c[0] != "name"]
    return header, rows, codebook


def export_participants(store, cohorts: list[str], fmt: str, out, pseudonymise: bool = False,
                        progress: Progress | None = None) -> list[Path]:
    """Write the participants-wide export of ``cohorts`` as CSV or XLSX; return the files written."""
    _check(fmt)
    store, own = _open(store)
    try:
        header, rows, codebook = participants_rows(store, list(cohorts), pseudonymise, progress)
    finally:
        if own:
            store.close()
    paths = _write(Path(out), fmt, "participants", header, rows, codebook)
    step(progress, 1, 1)
    return paths


def export_responses(store, cohorts: list[str] | None, fmt: str, out, progress: Progress | None = None) -> list[Path]:
    """Write every counting mark of ``cohorts`` (all when None) in the ``assessor analyze``
    CSV format (CSV) or the same columns in a sheet (XLSX); return the files written.

    Responses carry codes, never names, so the export is pseudonymous by construction.
    """
    _check(fmt)
    store, own = _open(store)
    try:
        step(progress, 0, 2)
        table = store.response_table(list(cohorts) if cohorts else None)
    finally:
        if own:
            store.close()
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "csv":
        write_responses_csv(table, out)
        cb = out.with_name(out.stem + "_codebook.csv")
        _write_csv(cb, ["column", "meaning"], RESPONSES_CODEBOOK + _pass_marks(table))
        step(progress, 2, 2)
        return [out, cb]
    # XLSX: the CSV writer decides the columns; read its rows back into a sheet.
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "r.csv"
        write_responses_csv(table, path)
        with path.open(encoding="utf-8", newline="") as fh:
            reader = csv.reader(fh)
            header = next(reader)
            rows = [[_cell(h, v) for h, v in zip(header, r)] for r in reader]
    paths = _write(out, "xlsx", "responses", header, rows, RESPONSES_CODEBOOK + _pass_marks(table))
    step(progress, 2, 2)
    return paths


def _pass_marks(table) -> list[tuple[str, str]]:
    return [(f"pass mark: {c}", f"{table.pass_mark(c):g}% (give --pass-mark when re-analysing the CSV)")
            for c in table.cohort.labels if c]


def _cell(col: str, value: str):
    if col in ("correct", "confidence"):
        return float(value) if value != "" else None
    return value


def _plain(v):
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return ""
    if isinstance(v, bool):
        return "TRUE" if v else "FALSE"
    if isinstance(v, float):
        return repr(round(v, 10)).removesuffix(".0") if v.is_integer() else repr(round(v, 10))
    return v


def _write_csv(path: Path, header, rows) -> None:
    # Typed text (names, codes, cohorts, topics) never starts a formula in a spreadsheet.
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow([neutralise(h) for h in header])
        w.writerows([neutralise(_plain(v)) for v in r] for r in rows)


def _text_cells(ws, row: int) -> None:
    """Every text cell of ``row`` stored as text: openpyxl would store "=..." as a formula."""
    for cell in ws[row]:
        if isinstance(cell.value, str) and cell.data_type != "s":
            cell.data_type = "s"


def _write(out: Path, fmt: str, sheet: str, header, rows, codebook) -> list[Path]:
    out.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "csv":
        _write_csv(out, header, rows)
        cb = out.with_name(out.stem + "_codebook.csv")
        _write_csv(cb, ["column", "meaning"], codebook)
        return [out, cb]
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook(write_only=False)
    ws = wb.active
    ws.title = sheet
    ws.append(header)
    _text_cells(ws, 1)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for r in rows:
        ws.append([None if v is None or (isinstance(v, float) and math.isnan(v)) else neutralise(v) for v in r])
        _text_cells(ws, ws.max_row)
    ws.freeze_panes = "B2"
    cbs = wb.create_sheet("codebook")
    cbs.append(["column", "meaning"])
    for cell in cbs[1]:
        cell.font = Font(bold=True)
    for r in codebook:
        cbs.append([neutralise(v) for v in r])
        _text_cells(cbs, cbs.max_row)
    cbs.column_dimensions["A"].width = 28
    cbs.column_dimensions["B"].width = 90
    wb.properties.creator = "Assessor"
    wb.save(out)
    return [out]
