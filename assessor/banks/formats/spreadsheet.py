"""The XLSX/CSV question template for trainers who write questions in Excel.

One row per question, header in row 1. Language-specific columns carry the language
code as suffix, so a sheet declares its languages by its ``text_<lang>`` columns::

    key | topic | type | text_en | text_id | A_en | A_id | ... | J_en | J_id | correct
        | scale | rationale_en | rationale_id | objective_en | objective_id | source

``type`` is single, multiple, truefalse, short, numerical or matching, or one of the
course-evaluation types rating, choice, comment, retro (``scale`` holds the number of points
of a rating or retro, and A..J its point labels; a choice has options A..J and no ``correct``). ``correct``
holds letters (``B``, ``A,C``) for single/multiple, TRUE/FALSE for truefalse, a number
for numerical (``24``, ``24 ± 0.5`` or a range ``23..25``) and is empty for short
(every filled option is an accepted answer, ``*`` as wildcard) and matching (each
option is ``left | right``; ``| text`` is a distractor). Full description: docs/formats-moodle-qti-xlsx.md.

Row numbers are the spreadsheet's: the header is row 1. CSV files may be UTF-8 (with
or without BOM), UTF-16 (as Excel's "Unicode text") or Windows-1252, separated by
``,``, ``;`` or tab.
"""

from __future__ import annotations

import csv
import datetime
import io
import math
import re
from decimal import Decimal
from typing import IO, Iterable

from assessor.errors import InputError
from assessor.textio import CP1252, LATIN1, decode_text
from assessor.banks.questions import OPTION_LETTERS, SCALE_POINTS, Question, default_scale, localized
from assessor.banks.formats import safezip
from assessor.banks.formats.interchange import ImportReport, Loss, Message, Parsed, ParsedNumeric, ParsedOption, ParsedPair, Skipped, join_multilang

LETTERS = OPTION_LETTERS[:10]  # A..J
TYPES = ("single", "multiple", "truefalse", "short", "numerical", "matching")
EVALUATION_TYPES = ("rating", "choice", "comment", "retro")
"""Course-evaluation rows (unscored): a rating scale, a survey choice, a comment, a then/now self-assessment."""
_TYPE_ALIASES = {"multichoice": "single", "tf": "truefalse", "true/false": "truefalse", "shortanswer": "short",
                 "numeric": "numerical", "number": "numerical", "match": "matching"}
_SKIPPED_TYPES = {"essay": "essay questions are not auto-scorable",
                  "description": "description items are not questions"}
_TRUE = {"true", "t", "benar", "b", "yes", "ya", "1", "wahr", "vrai"}
_FALSE = {"false", "f", "salah", "s", "no", "tidak", "0", "falsch", "faux"}

EXAMPLE = {
    "key": "EXAMPLE-01", "topic": "example", "type": "single",
    "text_en": "How many days are there in a week?", "text_id": "Berapa hari dalam satu minggu?",
    "A_en": "5", "A_id": "5", "B_en": "7", "B_id": "7", "C_en": "10", "C_id": "10", "correct": "B",
    "rationale_en": "A week has seven days.", "rationale_id": "Satu minggu terdiri dari tujuh hari.",
    "objective_en": "Recall basic facts.", "objective_id": "Mengingat fakta dasar.", "source": "Template example",
}


def header(languages: Iterable[str] = ("en", "id")) -> list[str]:
    """The template's column names for ``languages``, in order."""
    langs = list(languages)
    cols = ["key", "topic", "type"] + [f"text_{l}" for l in langs]
    cols += [f"{letter}_{l}" for letter in LETTERS for l in langs]
    cols += ["correct", "scale"] + [f"rationale_{l}" for l in langs] + [f"objective_{l}" for l in langs] + ["source"]
    return cols


# -- import ---------------------------------------------------------------------


def parse_xlsx(data: bytes) -> ImportReport:
    """Parse the template from an XLSX workbook (first sheet). Never raises on bad input."""
    report = ImportReport(format="xlsx")
    try:
        with safezip.open_zip(data, "the workbook") as zf:
            safezip.safe_members(zf, name="the workbook")
    except InputError as exc:
        report.errors.append(Message(0, str(exc)))
        return report
    try:
        import openpyxl

        wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        ws = wb.worksheets[0]
        rows = [(i, [_cell(v) for v in row]) for i, row in enumerate(ws.iter_rows(values_only=True), start=1)]
        wb.close()
    except Exception as exc:  # openpyxl raises many kinds on damaged files; all mean "unreadable"
        report.errors.append(Message(0, f"the file is not a readable XLSX workbook ({type(exc).__name__})"))
        return report
    _parse_rows(rows, report)
    return report


def parse_csv(data: bytes) -> ImportReport:
    """Parse the template from CSV bytes as Excel writes them. Never raises on bad input."""
    report = ImportReport(format="csv")
    text = _decode(data, report)
    if text is None:
        return report
    first = text.split("\n", 1)[0]
    counts = {sep: first.count(sep) for sep in (",", ";", "\t")}
    sep = max(counts, key=lambda s: (counts[s], s == ","))
    rows = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sep)
    try:
        for i, row in enumerate(reader, start=1):
            rows.append((i, [c.strip() for c in row]))
    except csv.Error as exc:
        report.errors.append(Message(len(rows) + 1, f"row {len(rows) + 1}: not readable as CSV ({exc})"))
        return report
    _parse_rows(rows, report)
    return report


def _decode(data: bytes, report: ImportReport) -> str | None:
    """The CSV's text through the shared detector (assessor.textio); the encoding goes into the report."""
    decoded = decode_text(data)
    report.encoding = decoded.encoding
    if decoded.encoding in (CP1252, LATIN1):
        report.warnings.append(Message(0, f"the file is not UTF-8; it was read as {decoded.encoding_name}"))
    if decoded.nuls_removed:
        report.warnings.append(Message(0, f"{decoded.nuls_removed} NUL character(s) removed"))
    return decoded.text


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    return str(value).strip()


class _RowError(Exception):
    pass


def _parse_rows(rows: list[tuple[int, list[str]]], report: ImportReport) -> None:
    if not rows:
        report.errors.append(Message(1, "row 1: the file is empty; the header row is missing"))
        return
    line, names = rows[0]
    names = [n.strip() for n in names]
    norm = [re.sub(r"\s+", "_", n).lower() if not re.match(r"^[A-Ja-j]_", n) else n[0].upper() + n[1:].lower()
            for n in names]
    columns: dict[str, int] = {}
    for i, n in enumerate(norm):
        if not n:
            continue
        if n in columns:
            report.errors.append(Message(line, f"row {line}: column {names[i]!r} appears twice"))
            return
        columns[n] = i
    languages = [n[5:] for n in norm if n.startswith("text_") and len(n) > 5]
    missing = [c for c in ("type", "correct") if c not in columns]
    if not languages:
        missing.append("text_<language>, e.g. text_en")
    if missing:
        report.errors.append(Message(line, f"row {line}: the header has no column {', '.join(missing)} "
                                           "(is row 1 the template's header?)"))
        return
    known = set(header(languages))
    for i, n in enumerate(norm):
        if n and n not in known:
            report.warnings.append(Message(line, f"row {line}: column {names[i]!r} is not part of the template; ignored"))
    seen_keys: dict[str, int] = {}
    per_row_langs: list[tuple[Parsed, set[str]]] = []
    for row_no, cells in rows[1:]:
        def get(name: str, _cells=cells) -> str:
            i = columns.get(name)
            return _cells[i].strip() if i is not None and i < len(_cells) else ""

        if not any(c.strip() for c in cells):
            continue
        try:
            parsed = _parse_row(row_no, get, languages, report)
        except _RowError as exc:
            report.errors.append(Message(row_no, f"row {row_no}{exc}"))
            continue
        if parsed is None:
            continue
        if parsed.key:
            if parsed.key in seen_keys:
                report.errors.append(Message(row_no, f"row {row_no}, column key: key {parsed.key!r} is already used in row "
                                                     f"{seen_keys[parsed.key]}"))
                continue
            seen_keys[parsed.key] = row_no
        report.questions.append(parsed)
        per_row_langs.append((parsed, {l for l in languages if get(f"text_{l}")}))
    used = set().union(*(langs for _, langs in per_row_langs)) if per_row_langs else set()
    for parsed, langs in per_row_langs:
        for lang in sorted(used - langs):
            report.warnings.append(Message(parsed.line, f"row {parsed.line}: no question text in {lang!r} "
                                                        f"(column text_{lang} is empty)"))


def _ml(text: dict[str, str]) -> str:
    """One string for ``Parsed.text`` that ``to_question`` splits back into these languages."""
    return join_multilang(text)  # a single language other than English is marked, so it reads back as itself


def _parse_row(row: int, get, languages: list[str], report: ImportReport) -> Parsed | None:
    raw_type = get("type").lower()
    qtype = _TYPE_ALIASES.get(raw_type, raw_type)
    if qtype in _SKIPPED_TYPES:
        report.skipped.append(Skipped(row, qtype, _SKIPPED_TYPES[qtype]))
        return None
    if qtype not in TYPES + EVALUATION_TYPES:
        raise _RowError(f", column type: {get('type')!r} is not one of {', '.join(TYPES + EVALUATION_TYPES)}"
                        if raw_type else ", column type: the type is empty")
    if get("key") == EXAMPLE["key"] and get("text_en") == EXAMPLE["text_en"]:
        report.skipped.append(Skipped(row, qtype, "the template's example row"))
        return None
    texts = {l: get(f"text_{l}") for l in languages}
    row_langs = [l for l in languages if texts[l]]
    if not row_langs:
        raise _RowError(": the question has no text in any language")
    if qtype in EVALUATION_TYPES:
        return _evaluation_row(row, get, qtype, texts, row_langs, languages)
    if get("scale"):
        raise _RowError(f", column scale: a {qtype} question has no scale; leave scale empty")
    # Options: letters with any text, each needing text in every language of the row.
    options: list[tuple[str, dict[str, str]]] = []
    for letter in LETTERS:
        cells = {l: get(f"{letter}_{l}") for l in languages}
        if any(cells.values()):
            for l in languages:
                if cells[l] and l not in row_langs:
                    raise _RowError(f", column text_{l}: option {letter} has {l!r} text but the question has none")
                if not cells[l] and l in row_langs:
                    raise _RowError(f", column {letter}_{l}: option {letter} has no {l!r} text")
            options.append((letter, {l: cells[l] for l in row_langs}))
    letters = [letter for letter, _ in options]
    if letters != list(LETTERS[:len(letters)]):
        gap = next(LETTERS[i] for i in range(len(letters)) if letters[i] != LETTERS[i])
        raise _RowError(f", column {gap}_{row_langs[0]}: option {gap} is empty but a later option is filled")
    correct = get("correct")
    parsed = Parsed(
        line=row, type=qtype, text=_ml(texts), key=get("key"), id=get("key") or None, topic=get("topic"),
        text_format="plain_text", source=get("source"),
        rationale={l: get(f"rationale_{l}") for l in languages if get(f"rationale_{l}")},
        objective={l: get(f"objective_{l}") for l in languages if get(f"objective_{l}")},
    )
    if qtype in ("single", "multiple"):
        if len(options) < 2:
            raise _RowError(f": a {qtype} question needs at least two options (columns A_{row_langs[0]}, B_{row_langs[0]})")
        if not correct:
            raise _RowError(", column correct: the correct letter is missing")
        weights = _weights(correct)
        chosen = _letters(correct) if weights is None else sorted(weights)
        if chosen is None:
            raise _RowError(f", column correct: {correct!r} is not a list of option letters like B or A,C")
        for c in chosen:
            if c not in letters:
                raise _RowError(f", column correct: letter {c} names no option")
        if weights is not None:
            parsed.options = [ParsedOption(_ml(t), weights.get(letter, 0.0)) for letter, t in options]
            full = [o for o in parsed.options if o.fraction >= 1 - 1e-9]
            if qtype == "single" and len(full) != 1:
                raise _RowError(f", column correct: a single-answer question needs exactly one letter at 100%, "
                                f"not {correct!r}")
            if not any(o.fraction > 0 for o in parsed.options):
                raise _RowError(f", column correct: no letter earns credit in {correct!r}")
            return parsed
        if qtype == "single" and len(chosen) != 1:
            raise _RowError(f", column correct: a single-answer question needs exactly one letter, not {correct!r}")
        credit = 1.0 / len(chosen)
        parsed.options = [ParsedOption(_ml(t), credit if letter in chosen else 0.0) for letter, t in options]
    elif qtype == "truefalse":
        if options:
            raise _RowError(f", column A_{row_langs[0]}: a truefalse question has no options; put TRUE or FALSE in correct")
        value = correct.lower()
        if value not in _TRUE | _FALSE:
            raise _RowError(f", column correct: a truefalse question needs TRUE or FALSE, not {correct!r}"
                            if correct else ", column correct: TRUE or FALSE is missing")
        parsed.correct = value in _TRUE
    elif qtype == "short":
        if not options:
            raise _RowError(f", column A_{row_langs[0]}: a short-answer question needs at least one accepted answer")
        weights = _weights(correct) if correct else None
        if correct and weights is None:
            chosen = _letters(correct)
            if chosen is None or any(c not in letters for c in chosen):
                raise _RowError(f", column correct: {correct!r} is not a list of option letters like A or A=100%, "
                                "B=50%")
            weights = {c: 1.0 for c in chosen}
        if weights is not None:
            unknown = sorted(set(weights) - set(letters))
            if unknown:
                raise _RowError(f", column correct: letter {unknown[0]} names no accepted answer")
            # Letters not named earn nothing (a wrong answer kept for its place, e.g. a '*' catch-all).
            parsed.options = [ParsedOption(_ml(t), weights.get(letter, 0.0)) for letter, t in options]
            if not any(o.fraction > 0 for o in parsed.options):
                raise _RowError(f", column correct: no accepted answer earns credit in {correct!r}")
        else:
            parsed.options = [ParsedOption(_ml(t), 1.0) for _, t in options]
    elif qtype == "numerical":
        if options:
            raise _RowError(f", column A_{row_langs[0]}: a numerical question has no options; put the number in correct")
        value, tolerance = _number(correct)
        parsed.answers = [ParsedNumeric(value, tolerance, 1.0)]
    elif qtype == "matching":
        if len(options) < 2:
            raise _RowError(f": a matching question needs at least two pairs (columns A_{row_langs[0]}, B_{row_langs[0]})")
        for letter, t in options:
            lefts, rights = {}, {}
            for l, cell in t.items():
                left, bar, right = cell.partition("|")
                if not bar or not right.strip():
                    raise _RowError(f", column {letter}_{l}: a matching pair is written 'left | right', not {cell!r}")
                lefts[l], rights[l] = left.strip(), right.strip()
            if not any(lefts.values()):  # '| extra': a distractor, among the choices and matching no item
                parsed.distractors.append(_ml(rights))
                continue
            if not all(lefts.values()):
                raise _RowError(f", column {letter}: a matching pair needs its left side in every language, or in none "
                                "(a distractor)")
            parsed.pairs.append(ParsedPair(_ml(lefts), _ml(rights)))
        if len(parsed.pairs) < 2:
            raise _RowError(f": a matching question needs at least two pairs (columns A_{row_langs[0]}, B_{row_langs[0]})")
    return parsed


def _evaluation_row(row: int, get, qtype: str, texts: dict, row_langs: list[str], languages: list[str]) -> Parsed:
    """A course-evaluation row: nothing is correct; a rating or retro has a scale, a choice options."""
    for l in languages:
        if get(f"rationale_{l}"):
            raise _RowError(f", column rationale_{l}: a {qtype} item is not scored; leave the rationale empty")
    if get("correct"):
        raise _RowError(f", column correct: a {qtype} item has no correct answer; leave correct empty")
    cells = {letter: {l: get(f"{letter}_{l}") for l in languages} for letter in LETTERS}
    for letter, by_lang in cells.items():
        for l, value in by_lang.items():
            if value and l not in row_langs:
                raise _RowError(f", column text_{l}: option {letter} has {l!r} text but the question has none")
    filled = [letter for letter in LETTERS if any(cells[letter].values())]
    parsed = Parsed(line=row, type=qtype, text=_ml(texts), key=get("key"), id=get("key") or None, topic=get("topic"),
                    text_format="plain_text", source=get("source"),
                    objective={l: get(f"objective_{l}") for l in languages if get(f"objective_{l}")})
    points_raw = get("scale")
    if qtype in ("rating", "retro"):
        sizes = ", ".join(map(str, SCALE_POINTS))
        if points_raw:
            points = int(points_raw) if points_raw.isdigit() else None
            if points not in SCALE_POINTS:
                raise _RowError(f", column scale: a scale has {sizes} points, not {points_raw!r}")
        elif filled:
            points = LETTERS.index(filled[-1]) + 1
            if points not in SCALE_POINTS:
                raise _RowError(f", column scale: labels A–{filled[-1]} make {points} points but a scale has {sizes}; "
                                "put the number of points in scale")
        else:
            points = 5
        if filled and LETTERS.index(filled[-1]) >= points:
            raise _RowError(f", column {filled[-1]}_{row_langs[0]}: the scale has {points} points, so there is no "
                            f"point {filled[-1]}")
        if not filled:  # no labels: the default ones, as `scale: 5` in the YAML format
            parsed.scale = [_ml(label) for label in default_scale(points, qtype)]
            return parsed
        for end in (LETTERS[0], LETTERS[points - 1]):
            for l in row_langs:
                if not cells[end][l]:
                    raise _RowError(f", column {end}_{l}: the first and the last point of the scale need a label "
                                    f"in {l!r}")
        parsed.scale = [_ml({l: cells[letter][l] for l in row_langs if cells[letter][l]}) for letter in LETTERS[:points]]
        return parsed
    if points_raw:
        raise _RowError(f", column scale: a {qtype} item has no scale; leave scale empty")
    if qtype == "comment":
        if filled:
            raise _RowError(f", column {filled[0]}_{row_langs[0]}: a comment item has no options")
        return parsed
    if filled != list(LETTERS[:len(filled)]):
        gap = next(LETTERS[i] for i in range(len(filled)) if filled[i] != LETTERS[i])
        raise _RowError(f", column {gap}_{row_langs[0]}: option {gap} is empty but a later option is filled")
    if len(filled) < 2:
        raise _RowError(f": a choice item needs at least two options (columns A_{row_langs[0]}, B_{row_langs[0]})")
    for letter in filled:
        for l in row_langs:
            if not cells[letter][l]:
                raise _RowError(f", column {letter}_{l}: option {letter} has no {l!r} text")
    parsed.options = [ParsedOption(_ml({l: cells[letter][l] for l in row_langs}), 0.0) for letter in filled]
    return parsed


_WEIGHT = re.compile(r"^([A-Z])\s*[=:]?\s*([-+]?\d+(?:[.,]\d+)?)\s*%?$")


def _percent(fraction: float) -> str:
    """``fraction`` as a percentage that reads back as the very same fraction (1/3: 33.33333333333333)."""
    return format((Decimal(repr(fraction)) * 100).normalize(), "f")


def _weights(value: str) -> dict[str, float] | None:
    """Letters with weights (``A=100%; B=50%; C=0%``) as fractions; None when no weight is given."""
    parts = [p.strip() for p in re.split(r"[,;]+(?![0-9])", value.upper()) if p.strip()]
    if not parts or not any(re.search(r"\d", p) for p in parts):
        return None
    found: dict[str, float] = {}
    for part in parts:
        m = _WEIGHT.match(part)
        if not m:
            raise _RowError(f", column correct: {part!r} is not a letter with a weight like B=50%")
        percent = Decimal(m[2].replace(",", "."))
        if not -100 <= percent <= 100:
            raise _RowError(f", column correct: weight {part!r} is outside -100%..100%")
        if m[1] in found:
            raise _RowError(f", column correct: letter {m[1]} is given twice")
        found[m[1]] = float(percent / 100)  # divided exactly, rounded once: what _percent wrote reads back the same
    return found


def _letters(value: str) -> list[str] | None:
    parts = [p for p in re.split(r"[\s,;/+]+", value.upper()) if p]
    if len(parts) == 1 and re.fullmatch(r"[A-J]{2,}", parts[0]):
        parts = list(parts[0])  # "AC"
    if not parts or any(not re.fullmatch(r"[A-Z]", p) for p in parts):
        return None
    return sorted(set(parts))


def _to_float(s: str) -> float:
    s = s.strip().replace(" ", "").replace("\u2212", "-")
    if s.count(",") == 1 and "." not in s:
        s = s.replace(",", ".")
    value = float(s)
    if not math.isfinite(value):
        raise ValueError(s)
    return value


def _number(correct: str) -> tuple[float, float]:
    if not correct:
        raise _RowError(", column correct: the numerical answer is missing")
    try:
        if ".." in correct:
            a, b = sorted(_to_float(p) for p in correct.split("..", 1))
            return (a + b) / 2, (b - a) / 2
        m = re.fullmatch(r"(.*?)\s*(?:±|\+/-|\+-)\s*(.*)", correct)
        if m:
            return _to_float(m[1]), abs(_to_float(m[2]))
        return _to_float(correct), 0.0
    except ValueError:
        raise _RowError(f", column correct: {correct!r} is not a number, 'number ± tolerance' or a range 'low..high'") from None


# -- export ---------------------------------------------------------------------

HELP_ROWS = [
    ("key", "Unique code of the question, e.g. LEG-01. Leave empty to let Assessor create one.",
     "Kode unik soal, misalnya LEG-01. Kosongkan agar Assessor membuatnya."),
    ("topic", "Topic code; questions with the same topic are reported together.",
     "Kode topik; soal dengan topik yang sama dilaporkan bersama."),
    ("type", "single, multiple, truefalse, short, numerical or matching. Course evaluation (not scored): rating "
     "(a scale), choice (a survey choice, nothing correct), comment (open text) or retro (then/now self-assessment "
     "of the topic).",
     "single (satu jawaban), multiple (beberapa jawaban), truefalse (benar/salah), short (isian singkat), "
     "numerical (angka) atau matching (menjodohkan). Evaluasi pelatihan (tidak dinilai): rating (skala), choice "
     "(pilihan survei, tanpa jawaban benar), comment (komentar bebas) atau retro (penilaian diri dulu/sekarang "
     "tentang topik)."),
    ("text_<lang>", "The question in each language: text_en English, text_id Indonesian.",
     "Teks soal dalam setiap bahasa: text_en bahasa Inggris, text_id bahasa Indonesia."),
    ("A_<lang> … J_<lang>", "Options A to J in each language, without gaps. short: accepted answers (* matches "
     "any text, case is ignored). matching: 'left | right'; '| text' is an extra wrong option. rating and retro: the label of each point (A = point 1; "
     "the first and the last are needed; all empty = the default labels). truefalse, numerical and comment: leave "
     "empty.",
     "Pilihan A sampai J dalam setiap bahasa, tanpa kolom kosong di tengah. short: jawaban yang diterima (* cocok "
     "dengan teks apa saja, huruf besar/kecil diabaikan). matching: 'kiri | kanan'; '| teks' adalah pilihan salah tambahan. rating dan retro: label setiap "
     "titik (A = titik 1; yang pertama dan terakhir wajib; semua kosong = label bawaan). truefalse, numerical dan "
     "comment: kosongkan."),
    ("correct", "single: one letter (B). multiple: letters (A,C). truefalse: TRUE or FALSE. numerical: 24, "
     "24 ± 0.5 or a range 23..25. short, matching and the course-evaluation types: leave empty.",
     "single: satu huruf (B). multiple: beberapa huruf (A,C). truefalse: TRUE atau FALSE (BENAR/SALAH). "
     "numerical: 24, 24 ± 0,5 atau rentang 23..25. short, matching dan jenis evaluasi pelatihan: kosongkan."),
    ("scale", "rating and retro: the number of points, 4, 5, 7 or 10 (empty: as many as labels, else 5). Other "
     "types: leave empty.",
     "rating dan retro: jumlah titik skala, 4, 5, 7 atau 10 (kosong: sebanyak label, atau 5). Jenis lain: "
     "kosongkan."),
    ("rationale_<lang>", "Why the answer is right; shown in reports and after the test.",
     "Alasan jawaban benar; ditampilkan di laporan dan setelah tes."),
    ("objective_<lang>", "The learning objective the question checks.", "Tujuan pembelajaran yang diuji soal ini."),
    ("source", "Where the content comes from (manual, law, module).", "Sumber materi (modul, undang-undang, buku)."),
    ("", "Row 2 is an example and is not imported; replace it with your own questions. Add languages by adding "
     "columns with another suffix (text_fr, A_fr, ...).",
     "Baris 2 adalah contoh dan tidak diimpor; ganti dengan soal Anda. Tambahkan bahasa dengan kolom berakhiran "
     "lain (text_fr, A_fr, ...)."),
]

_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _put(ws, row: int, col: int, value) -> None:
    cell = ws.cell(row=row, column=col)
    if isinstance(value, str):
        cell.value = _ILLEGAL.sub("", value)
        cell.data_type = "s"  # text starting with '=' stays text, never a formula
    else:
        cell.value = value


def _workbook(languages: list[str], rows: list[dict]):
    import openpyxl
    from openpyxl.styles import Alignment, Font
    from openpyxl.worksheet.datavalidation import DataValidation

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Questions"
    cols = header(languages)
    for c, name in enumerate(cols, start=1):
        _put(ws, 1, c, name)
        ws.cell(row=1, column=c).font = Font(bold=True)
        ws.column_dimensions[ws.cell(row=1, column=c).column_letter].width = 40 if name.startswith("text_") else 16
    for r, row in enumerate(rows, start=2):
        for c, name in enumerate(cols, start=1):
            if row.get(name):
                _put(ws, r, c, row[name])
    ws.freeze_panes = "D2"
    valid = DataValidation(type="list", formula1='"' + ",".join(TYPES + EVALUATION_TYPES) + '"', allow_blank=True)
    ws.add_data_validation(valid)
    valid.add("C2:C5000")
    help_ws = wb.create_sheet("Help")
    for c, name in enumerate(("Column", "Meaning", "Arti (Bahasa Indonesia)"), start=1):
        _put(help_ws, 1, c, name)
        help_ws.cell(row=1, column=c).font = Font(bold=True)
    for r, texts in enumerate(HELP_ROWS, start=2):
        for c, t in enumerate(texts, start=1):
            _put(help_ws, r, c, t)
            help_ws.cell(row=r, column=c).alignment = Alignment(wrap_text=True, vertical="top")
    for letter, width in (("A", 22), ("B", 70), ("C", 70)):
        help_ws.column_dimensions[letter].width = width
    return wb


def write_template(path: str | IO[bytes], languages: Iterable[str] = ("en", "id")) -> None:
    """Write an empty template: the header, one example row and a "Help" sheet."""
    langs = list(languages)
    example = {k: v for k, v in EXAMPLE.items() if not re.search(r"_(\w+)$", k) or k.rsplit("_", 1)[1] in langs}
    _workbook(langs, [example]).save(path)


def _fmt(x: float) -> str:
    return str(int(x)) if float(x).is_integer() and abs(x) < 1e15 else repr(float(x))


def write_xlsx(questions: list[Question], languages: Iterable[str], path: str | IO[bytes]) -> list[Loss]:
    """Write ``questions`` in the template layout (plus the Help sheet).

    Returns ``(key, reason)`` for each question not written or written with less than
    it has (the template has no place for more than ten options or more than one
    numerical answer). The course-evaluation types are written too (``scale`` column).
    """
    langs = list(languages)
    notes: list[Loss] = []
    rows = []
    for q in questions:
        row = {"key": q.key, "topic": q.topic, "type": q.type, "source": q.source}
        for l in langs:
            row[f"text_{l}"] = q.text.get(l, "")
            row[f"rationale_{l}"] = q.rationale.get(l, "")
            row[f"objective_{l}"] = q.objective.get(l, "")
        items = q.pairs + tuple(q.distractors) if q.type == "matching" else q.options
        if len(items) > len(LETTERS):
            notes.append(Loss(q.key, f"{len(items)} options; the template holds at most {len(LETTERS)}"))
            continue
        if q.type in ("single", "multiple", "short"):
            for letter, o in zip(LETTERS, q.options):
                for l in langs:
                    row[f"{letter}_{l}"] = o.text.get(l, "")
            right = [o for o in q.options if o.correct]
            expected = 1.0 if q.type in ("single", "short") else 1.0 / max(len(right), 1)
            if any(abs(o.fraction - (expected if o.correct else 0.0)) > 1e-9 for o in q.options):
                # Weights other than plain right/wrong are written letter by letter.
                row["correct"] = "; ".join(f"{letter}={_percent(o.fraction)}%" for letter, o in zip(LETTERS, q.options))
            elif q.type != "short" or not all(o.correct for o in q.options):
                # (An empty cell gives every short answer full credit: wrong answers need the right letters.)
                row["correct"] = ",".join(k for k, o in zip(LETTERS, q.options) if o.correct)
        elif q.type == "truefalse":
            row["correct"] = "TRUE" if q.answer else "FALSE"
        elif q.type == "numerical":
            best = max((a for a in q.numeric if not a.other), key=lambda a: a.fraction, default=None)
            if best is None:
                notes.append(Loss(q.key, "no numerical answer"))
                continue
            if len(q.numeric) > 1 or best.fraction != 1.0:
                notes.append(Loss(q.key, "only the best numerical answer is written, for full credit", written=True))
            row["correct"] = _fmt(best.value) + (f" ± {_fmt(best.tolerance)}" if best.tolerance else "")
        elif q.type == "choice":
            for letter, o in zip(LETTERS, q.options):
                for l in langs:
                    row[f"{letter}_{l}"] = o.text.get(l, "")
        elif q.type in ("rating", "retro"):
            row["scale"] = q.points
            for letter, label in zip(LETTERS, q.scale):
                for l in langs:
                    row[f"{letter}_{l}"] = label.get(l, "")
        elif q.type == "matching":
            for letter, p in zip(LETTERS, q.pairs):
                for l in langs:
                    if p.left.get(l):
                        row[f"{letter}_{l}"] = f"{p.left[l]} | {localized(p.right, l)}"
            for letter, extra in zip(LETTERS[len(q.pairs):], q.distractors):  # '| text': a distractor
                for l in langs:
                    if localized(extra, l):
                        row[f"{letter}_{l}"] = f"| {localized(extra, l)}"
        rows.append(row)
    _workbook(langs, rows).save(path)
    return notes


__all__ = ["parse_xlsx", "parse_csv", "write_xlsx", "write_template", "header", "LETTERS", "EVALUATION_TYPES"]
