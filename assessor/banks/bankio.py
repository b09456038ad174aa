"""Bank files in and out: detect the format, parse to a preview, store on confirmation.

Import is a preview first: :func:`parse_file` reads a file in any supported format
into an :class:`~assessor.banks.formats.interchange.ImportReport` without touching the
database. :func:`store_report` then stores the questions in one transaction. A report
with errors stores nothing unless the caller asks for the valid questions only.
Re-importing the same file changes nothing; a changed question becomes a new version.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import replace
from pathlib import Path

from assessor.safety.backup import auto_backup
from assessor.errors import InputError
from assessor.banks.formats.interchange import (DEFAULT_LANGUAGE, ImportReport, Loss, Message, Parsed, ParsedNumeric,
                                                ParsedOption, ParsedPair, from_moodle_multiple_fractions, join_multilang,
                                                to_question)
from assessor.banks.images import media_kind, svg_note
from assessor.banks.formats.native import BankFormatError, dump_bank, image_paths, load_bank_file, parse_bank
from assessor.ids import stable_id
from assessor.textio import CP1252, LATIN1, decode_text
from assessor.banks.questions import INFO_TYPES, UNSCORED_TYPES, Bank, Question
from assessor.store.banks import BankImportSummary

IMPORT_FORMATS = ("gift", "aiken", "moodlexml", "qti", "xlsx", "csv", "yaml")
EXPORT_FORMATS = ("gift", "aiken", "moodlexml", "qti", "xlsx", "yaml")
EXTENSIONS = {"gift": "gift", "aiken": "txt", "moodlexml": "xml", "qti": "zip", "xlsx": "xlsx", "csv": "csv",
              "yaml": "yaml"}


_AIKEN_ANSWER = re.compile(r"^[ \t]*ANSWER:[ \t]*[A-Z][ \t]*$", re.MULTILINE)
_AIKEN_CHOICE = re.compile(r"^[ \t]*[A-Z][.)][ \t]+\S", re.MULTILINE)


def detect_format(path: str | Path, data: bytes) -> str:
    """The format of a bank file, from its extension and, where that is ambiguous, its content."""
    suffix = Path(path).suffix.lower()
    head = data[:4096].lstrip(b"\xef\xbb\xbf").lstrip()
    if suffix in (".yaml", ".yml"):
        return "yaml"
    if suffix == ".xlsx" or data[:2] == b"PK" and b"xl/" in data[:2000]:
        return "xlsx"
    if suffix == ".zip" or data[:2] == b"PK":
        return "qti"
    if suffix == ".csv":
        return "csv"
    if suffix == ".gift":
        return "gift"
    text = head.decode("utf-8", "replace")
    # Text formats may start with markup too (an HTML question text in Aiken or GIFT): '<' alone
    # means XML only when the text does not read as Aiken.
    looks_aiken = bool(_AIKEN_ANSWER.search(text) and _AIKEN_CHOICE.search(text))
    if suffix == ".xml" or head.startswith(b"<?xml") or head.startswith(b"<") and not looks_aiken:
        return "moodlexml" if b"<quiz" in data[:20000] else "qti"
    if text.startswith("format: assessor-bank"):
        return "yaml"
    if _AIKEN_ANSWER.search(text) and _AIKEN_CHOICE.search(text):
        return "aiken"
    if "{" in text and "}" in text:
        return "gift"
    if "ANSWER:" in text.upper():
        return "aiken"
    return "gift"


def _from_question(q: Question, line: int) -> Parsed:
    """A native question shown in the preview shape (every language kept).

    A question written in one language shows its texts plainly, with that language as the one the
    source declares (``Parsed.lang``); other texts carry multilang markup.
    """
    only = sorted(q.languages())
    lang = only[0] if len(only) == 1 else DEFAULT_LANGUAGE

    def ml(text):
        return join_multilang(text, default_lang=lang) if text else ""
    return Parsed(
        line=line, type=q.type, text=ml(q.text), id=q.key, title=q.title, topic=q.topic, tags=list(q.tags),
        lang="" if lang == DEFAULT_LANGUAGE else lang,
        options=[ParsedOption(ml(o.text), o.fraction, ml(o.feedback), o.image, ml(o.image_alt)) for o in q.options],
        correct=q.answer if q.type == "truefalse" else None,
        answers=[ParsedNumeric(a.value, a.tolerance, a.fraction, ml(a.feedback)) for a in q.numeric],
        pairs=[ParsedPair(ml(p.left), ml(p.right)) for p in q.pairs], distractors=[ml(t) for t in q.distractors],
        key=q.key, objective=dict(q.objective), rationale=dict(q.rationale), source=q.source,
        image=q.image, image_alt=ml(q.image_alt),
    )


def parse_file(path: str | Path, fmt: str | None = None) -> ImportReport:
    """Parse a bank file into a preview; never stores anything."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror}).", code="unreadable") from exc
    explicit = fmt is not None
    fmt = fmt or detect_format(path, data)
    if fmt not in IMPORT_FORMATS:
        raise InputError(f"{path}: unknown format {fmt!r}; use one of {', '.join(IMPORT_FORMATS)}.", code="bad_format")
    if len(data) > MAX_BANK_BYTES:
        raise InputError(f"{path}: the file is {len(data) >> 20} MB; a bank file may have at most "
                         f"{MAX_BANK_BYTES >> 20} MB.", code="too_large")
    estimate = _estimated_questions(fmt, data)
    if estimate > MAX_QUESTIONS:  # refused before parsing: time and memory stay bounded
        raise InputError(f"{path}: about {estimate:,} questions; a bank file may have at most "
                         f"{MAX_QUESTIONS:,}.", code="too_large")
    decoded = decode_text(data)
    if fmt == "yaml":
        report = ImportReport(format="yaml", encoding=decoded.encoding)
        _note_decoding(report, decoded)
        try:
            bank = parse_bank(decoded.text, str(path), path.parent)
        except BankFormatError as exc:
            report.errors.extend(Message(p.line or 0, str(p).split(": ", 1)[-1] if p.line else str(p))
                                 for p in exc.problems)
            return report
        report.questions = [_from_question(q, i + 1) for i, q in enumerate(bank.questions)]
        report.images = {i.sha256: i for i in bank.images}
        for q in bank.questions:  # an SVG was stored as the PNG drawn from it: said per question
            for sha in dict.fromkeys([q.image, *(o.image for o in q.options)]):
                note = svg_note(report.images[sha], f"question {q.key}") if sha in report.images else ""
                if note:
                    report.warnings.append(Message(0, note))
        return report
    from assessor.banks.formats import aiken, gift, moodlexml, qti, spreadsheet

    def text() -> str:
        return decoded.text

    parsers = {
        "gift": lambda: gift.parse_gift(text()),
        "aiken": lambda: aiken.parse_aiken(text()),
        "moodlexml": lambda: moodlexml.parse_moodle_xml(data),
        "qti": lambda: qti.parse_qti(data, path.name),
        "xlsx": lambda: spreadsheet.parse_xlsx(data),
        "csv": lambda: spreadsheet.parse_csv(data),
    }
    report = parsers[fmt]()
    report.format = fmt
    if len(report.questions) > MAX_QUESTIONS:
        raise InputError(f"{path}: {len(report.questions):,} questions; a bank file may have at most "
                         f"{MAX_QUESTIONS:,}.", code="too_large")
    check_identity(report)
    check_weights(report)
    check_media(report)
    if fmt == "yaml":
        return report
    if not explicit and (report.errors or not _asking(report)):
        report = _most_likely(fmt, report, parsers)
    if report.format in ("gift", "aiken"):
        report.encoding = decoded.encoding
        _note_decoding(report, decoded)
    if report.format in ("gift", "moodlexml"):
        _read_moodle_shares(report)
    return report


def _read_moodle_shares(report: ImportReport) -> None:
    """Multiple-response questions written with Moodle's shares (right options 1/n, the others −1/n,
    as the Moodle XML and GIFT exports write Assessor's right/wrong options) become right and wrong
    options again; the parsers themselves keep the weights Moodle reads."""
    for parsed in report.questions:
        if parsed.type == "multiple":
            for option, fraction in zip(parsed.options,
                                        from_moodle_multiple_fractions([o.fraction for o in parsed.options])):
                option.fraction = fraction


MAX_BANK_BYTES = 32 << 20
"""A bank file larger than this is refused before it is parsed (the largest real banks are a few MB)."""

# One cheap marker per question in each text format, counted on the bytes before parsing.
_QUESTION_MARKERS = {"gift": b"{", "aiken": b"ANSWER:", "csv": b"\n", "moodlexml": b"<question", "yaml": b"type:"}


# In XLSX workbooks and QTI files, counted on each XML member after the zip checks of safezip.
_ROW_TAG = re.compile(rb"<(?:\w+:)?row[\s>/]")
_ITEM_TAG = re.compile(rb"<(?:\w+:)?(?:assessmentItem|item)[\s>/]")
_WORKSHEET = re.compile(r"^xl/worksheets/[^/]+\.xml$")


def _estimated_in_xml(fmt: str, data: bytes) -> int:
    """Question markers in an XLSX workbook (rows of its sheets) or a QTI file or package (items)."""
    if not data.startswith(b"PK"):
        return len(_ITEM_TAG.findall(data)) if fmt == "qti" else 0
    from assessor.banks.formats import safezip

    try:  # a zip that fails these checks is refused with its reason by the parser itself
        with safezip.open_zip(data) as zf:
            count = 0
            for info in safezip.safe_members(zf):
                wanted = _WORKSHEET.match(info.filename) if fmt == "xlsx" else info.filename.lower().endswith(".xml")
                if wanted:
                    tag = _ROW_TAG if fmt == "xlsx" else _ITEM_TAG
                    count += len(tag.findall(safezip.read_member(zf, info)))
            return count
    except InputError:
        return 0


def _estimated_questions(fmt: str, data: bytes) -> int:
    """About how many questions ``data`` holds (an upper estimate, counted without parsing)."""
    if fmt in ("xlsx", "qti"):
        return _estimated_in_xml(fmt, data)
    marker = _QUESTION_MARKERS.get(fmt)
    if marker is None:
        return 0
    if fmt in ("gift", "aiken", "csv") and data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.count(marker.decode().encode("utf-16-le")) or data.count(marker.decode().encode("utf-16-be"))
    return data.count(marker)
MAX_QUESTIONS = 20_000
"""At most this many questions in one bank file: a million-question file is refused, not half-imported."""


def _note_decoding(report: ImportReport, decoded) -> None:
    """Say in the preview what the text encoding was taken to be when it was not plain UTF-8."""
    if decoded.encoding in (CP1252, LATIN1):
        report.warnings.append(Message(0, f"the file is not UTF-8; it was read as {decoded.encoding_name}"))
    if decoded.nuls_removed:
        report.warnings.append(Message(0, f"{decoded.nuls_removed} NUL character(s) removed"))


# Formats that a file of one format is most often mistaken for.
_LOOKALIKES = {"gift": ("aiken",), "aiken": ("gift",), "moodlexml": ("qti",), "qti": ("moodlexml",)}


def _most_likely(fmt: str, report: ImportReport, parsers) -> ImportReport:
    """When the guessed format fails, the report of a look-alike format that reads the file better.

    The score of a reading is, compared in this order: fewer errors, more items that ask
    something (descriptions do not count: any paragraph of text reads as a GIFT description,
    so an Aiken file read as GIFT is full of them), more items. A look-alike reading with at
    least one item replaces the guessed one only when it scores higher; it is shown with that
    format's messages, plus a warning suggesting ``--format``.
    """
    def merit(r: ImportReport) -> tuple[int, int, int]:
        return (-len(r.errors), _asking(r), len(r.questions))

    best = report
    for other in _LOOKALIKES.get(fmt, ()):
        alt = parsers[other]()
        alt.format = other
        check_identity(alt)
        check_weights(alt)
        check_media(alt)
        if alt.questions and merit(alt) > merit(best):
            best = alt
    if best is report:
        return report
    best.warnings.insert(0, Message(0, f"the file was read as {best.format} (it did not read as {fmt}); "
                                       f"use --format {best.format} or --format {fmt} to choose"))
    return best


def _asking(report: ImportReport) -> int:
    """How many items of a reading ask something (all but descriptions)."""
    return sum(1 for p in report.questions if p.type not in INFO_TYPES)


def check_identity(report: ImportReport) -> None:
    """Refuse questions whose id repeats an earlier one in the same file, naming both.

    Identity within one file must be unique, or a later question would silently
    replace an earlier one when stored. The repeats leave the preview (so a
    ``--valid-only`` import stores exactly what the preview shows).
    """
    first: dict[str, Parsed] = {}
    kept = []
    for parsed in report.questions:
        ident = (parsed.key or parsed.id or "").strip()
        if ident and ident in first:
            earlier = first[ident]
            report.errors.append(Message(parsed.line, f"{parsed.origin + ': ' if parsed.origin else ''}"
                                         f"identifier {ident!r} is already used by the question at "
                                         f"{_place(earlier)}; ids in one file must be unique"))
            continue
        if ident:
            first[ident] = parsed
        kept.append(parsed)
    report.questions = kept


_MEDIA_TAG = re.compile(r"<(img|audio|video|source|object)\b[^>]*>", re.IGNORECASE)
_MEDIA_SRC = re.compile(r"""\b(?:src|data)\s*=\s*["']([^"']*)["']""", re.IGNORECASE)
_CARRIES_IMAGES = ("moodlexml", "qti", "yaml")


def check_media(report: ImportReport) -> None:
    """In formats that cannot carry files (GIFT, Aiken, XLSX, CSV): refuse audio and video by name, and warn
    that an image the text links to is not imported (the link stays in the text as it is)."""
    if report.format in _CARRIES_IMAGES:
        if report.format != "yaml":
            _warn_images_left_as_links(report)
        return
    kept = []
    for parsed in report.questions:
        texts = [parsed.text] + [o.text for o in parsed.options]
        refused = False
        for m in (m for t in texts for m in _MEDIA_TAG.finditer(t)):
            src = _MEDIA_SRC.search(m.group(0))
            name = src.group(1).replace("@@PLUGINFILE@@/", "") if src else f"<{m.group(1).lower()}>"
            kind = media_kind(name) or ("audio" if m.group(1).lower() == "audio" else
                                        "video" if m.group(1).lower() == "video" else "")
            if kind in ("audio", "video"):
                report.errors.append(Message(parsed.line, f"{kind} is not supported in the question at line "
                                                          f"{parsed.line}: {name}"))
                refused = True
                break
            if m.group(1).lower() == "img":
                report.warnings.append(Message(parsed.line, f"the image {name} is not in the file (a {report.format} "
                                                            "file cannot carry images); it is not imported"))
        if not refused:
            kept.append(parsed)
    report.questions = kept


_LINKED = re.compile(r"^(?:https?:|data:)", re.IGNORECASE)


def _warn_images_left_as_links(report: ImportReport) -> None:
    """In formats that carry image files: warn about an image a text links to that the file does not hold
    (the reader took every image it found; what is left is a link to a picture that is not imported)."""
    for parsed in report.questions:
        texts = [parsed.text] + [o.text for o in parsed.options]
        names = [src.group(1) for m in _MEDIA_TAG.finditer("".join(texts)) if m.group(1).lower() == "img"
                 for src in [_MEDIA_SRC.search(m.group(0))] if src and not _LINKED.match(src.group(1))]
        for name in dict.fromkeys(names):
            where = f"{parsed.origin}: " if parsed.origin else ""
            report.warnings.append(Message(parsed.line, f"{where}the image {name.replace('@@PLUGINFILE@@/', '')} is not "
                                                        "in the file; it is not imported (the link stays in the text)"))


def _place(parsed: Parsed) -> str:
    return f"{parsed.origin}, line {parsed.line}" if parsed.origin else f"line {parsed.line}"


def check_weights(report: ImportReport) -> None:
    """Warn about multiple-response questions whose positive weights add up to more than 100 %."""
    for parsed in report.questions:
        if parsed.type != "multiple":
            continue
        total = sum(o.fraction for o in parsed.options if o.fraction > 0)
        if total > 1 + 1e-6:
            report.warnings.append(Message(parsed.line, f"{parsed.origin + ': ' if parsed.origin else ''}"
                                           f"the correct answers' weights add up to {total * 100:.6g}%, more than "
                                           "100%; a participant gets full marks without choosing them all"))


def question_key(parsed: Parsed, prefix: str) -> str:
    """A stable key for a parsed question: its own key, id or title, else one made from its text."""
    for candidate in (parsed.key, parsed.id, parsed.title):
        if candidate and candidate.strip():
            return candidate.strip()
    digest = hashlib.sha256(f"{parsed.type}\x1f{parsed.text}".encode("utf-8")).hexdigest()[:8].upper()
    return f"{prefix}-{digest}"


def report_to_bank(report: ImportReport, name: str, *, valid_only: bool = False, bank_id: str | None = None,
                   source: str = "<file>", language: str | None = None) -> Bank:
    """The bank that storing ``report`` would create or update.

    Text without a language mark is in ``language`` when given (the user's word for a file that
    cannot say, such as Aiken), else in the language the file declares, else English.
    Refuses (InputError naming the first error's line) when the report has errors,
    unless ``valid_only``; refuses a report with no questions.
    """
    if report.errors and not valid_only:
        first = report.errors[0]
        raise InputError(
            f"{source}, line {first.line}: {first.message} ({len(report.errors)} error(s); nothing was imported).",
            code="import_errors")
    if not report.questions:
        raise InputError(f"{source}: no question could be read; nothing was imported.", code="no_questions")
    prefix = "".join(ch for ch in Path(source).stem.upper() if ch.isalnum())[:12] or "Q"
    questions, seen = [], set()
    for parsed in report.questions:
        key = question_key(parsed, prefix)
        if key in seen:
            # Two questions with the same title or text: both are kept, under distinct keys.
            base, n = f"{key}-L{parsed.line}", 2
            key = base
            while key in seen:
                key, n = f"{base}-{n}", n + 1
        seen.add(key)
        questions.append(to_question(replace(parsed, lang=language) if language else parsed, key))
    languages = []
    for q in questions:
        for lang in q.text:
            if lang not in languages:
                languages.append(lang)
    languages.sort(key=lambda lang: (lang != "en", lang != "id", lang))
    topics = {q.topic: {"en": report.topics.get(q.topic) or q.topic} for q in questions if q.topic}
    shown = {ref for q in questions for ref in q.image_refs()}
    return Bank(name={"en": name}, languages=tuple(languages), topics=topics, questions=tuple(questions),
                id=bank_id or stable_id("bank", name),
                images=tuple(i for sha, i in report.images.items() if sha in shown))


def store_report(store, report: ImportReport, *, bank_name: str, valid_only: bool = False,
                 source: str = "<file>", language: str | None = None) -> BankImportSummary:
    """Store the questions of a preview into the bank named ``bank_name`` (created if absent).

    ``language``: the language of the file's text without a language mark (see :func:`report_to_bank`).
    """
    existing = next((b for b in store.banks.list(include_archived=True) if bank_name in b.name.values()), None)
    bank = report_to_bank(report, bank_name, valid_only=valid_only, source=source,
                          bank_id=existing.id if existing else None, language=language)
    if existing is not None:
        bank = replace(bank, name=existing.name, description=existing.description, notice=existing.notice,
                       languages=tuple(dict.fromkeys(existing.languages + bank.languages)),
                       topics={**bank.topics, **existing.topics})
    if not store.banks.unchanged(bank):  # an unchanged bank writes nothing, so needs no backup
        auto_backup(store, "before-import")
    return store.banks.import_bank(bank)


def import_file(store, path: str | Path, fmt: str | None = None, *, bank_name: str | None = None,
                valid_only: bool = False, language: str | None = None) -> tuple[ImportReport, BankImportSummary]:
    """Parse and store a bank file in any format (all or nothing unless ``valid_only``).

    ``language``: the language of the file's text without a language mark (an Aiken file in
    Indonesian: ``"id"``); a native YAML bank names its languages itself and ignores it.
    """
    path = Path(path)
    report = parse_file(path, fmt)
    if report.format == "yaml" and not report.errors:
        return report, import_bank_file(store, path)
    return report, store_report(store, report, bank_name=bank_name or path.stem, valid_only=valid_only,
                                source=str(path), language=language)


def import_bank_file(store, path: str | Path) -> BankImportSummary:
    """Validate a native bank file and store it (all or nothing).

    Re-importing the same file changes nothing; a changed question becomes a new version.
    """
    bank = load_bank_file(path)
    if not store.banks.unchanged(bank):
        auto_backup(store, "before-import")
    return store.banks.import_bank(bank)


IMAGELESS_FORMATS = ("gift", "aiken", "xlsx")
"""Export formats with no place for an image: each question with one is reported, written without it."""

EVALUATION_CARRIED = {"gift": (), "aiken": (), "moodlexml": ("rating", "choice", "comment"),
                      "qti": ("rating", "choice", "comment"),
                      "xlsx": UNSCORED_TYPES,
                      "yaml": UNSCORED_TYPES}
"""Per export format, the course-evaluation types it writes (the others are reported as not written)."""

QUIZ_CARRIED = {"cloze": ("moodlexml", "qti", "yaml"), "description": ("gift", "moodlexml", "yaml"),
                "essay": ("gift", "moodlexml", "qti", "yaml")}
"""Per knowledge-test type that only some formats can hold, the formats that write it."""
_TYPE_NAMES = {"cloze": "embedded answers", "description": "text between questions",
               "essay": "open answers marked by a facilitator"}


FIELDS_NOT_WRITTEN = {
    "gift": ("objective", "source", "case sensitivity"),
    "aiken": ("title", "topic", "tags", "objective", "source", "rationale", "feedback", "case sensitivity"),
    "moodlexml": ("objective", "source"),
    "qti": ("tags", "objective", "source", "case sensitivity"),
    "xlsx": ("title", "tags", "feedback", "case sensitivity"),
    "yaml": (),
}
"""Per export format, the parts of a question it has no place for: a question written without one of them
is named (``Loss(..., written=True)``), so that nothing is left out silently."""

SINGLE_LANGUAGE_FORMATS = ("aiken",)
"""Export formats that write one language (the first asked for): a question's other languages are named."""


def _fields(q: Question) -> dict[str, bool]:
    """Which optional parts a question has (the names used in :data:`FIELDS_NOT_WRITTEN`)."""
    answers = tuple(q.options) + tuple(q.numeric) + tuple(o for b in q.blanks for o in (*b.options, *b.numeric))
    return {"title": bool(q.title) and q.title != q.key, "topic": bool(q.topic), "tags": bool(q.tags),
            "objective": any(q.objective.values()), "source": bool(q.source.strip()),
            "rationale": any(q.rationale.values()), "feedback": any(any(a.feedback.values()) for a in answers),
            "case sensitivity": q.case_sensitive or any(b.case_sensitive for b in q.blanks)}


def written_without(q: Question, fmt: str, languages: list[str]) -> Loss | None:
    """The parts of ``q`` (fields, languages) that ``fmt`` has no place for, as one :class:`Loss`, or None."""
    present = _fields(q)
    missing = [name for name in FIELDS_NOT_WRITTEN.get(fmt, ()) if present[name]]
    reasons = [f"{', '.join(missing)} ({fmt} has no place for {'it' if len(missing) == 1 else 'them'})"] if missing else []
    if fmt in SINGLE_LANGUAGE_FORMATS:
        others = [lang for lang in languages[1:] if q.text.get(lang)]
        if others:
            reasons.append(f"the text in {', '.join(others)} ({fmt} is written in one language, {languages[0]})")
    return Loss(q.key, "; ".join(reasons), written=True) if reasons else None


def export_bank(store, bank_id: str, fmt: str, out: str | Path, languages: list[str] | None = None) -> list[Loss]:
    """Write a bank's current questions in ``fmt``; returns a :class:`Loss` per question the format cannot hold.

    ``Loss.written`` tells a question written with less (still counted as written)
    from one left out.
    """
    bank = store.banks.get(bank_id)
    questions = list(bank.questions)
    langs = list(languages or bank.languages)
    out = Path(out)
    skipped: list[tuple[str, str]] = []
    carried = EVALUATION_CARRIED.get(fmt, UNSCORED_TYPES)
    # Quiz formats have no rating scale, survey choice, comment or then/now item of their own (Moodle keeps
    # those in its Feedback and Questionnaire modules, not in question banks): what a format cannot carry is
    # left out, and said so.
    skipped += [Loss(q.key, f"course-evaluation items ({q.type}) are not written in {fmt}; use yaml")
                for q in questions if not q.scored and q.asks and q.type not in carried]
    questions = [q for q in questions if q.scored or not q.asks or q.type in carried]
    skipped += [Loss(q.key, f"{q.type} questions ({_TYPE_NAMES[q.type]}) are not written in {fmt}; "
                            f"use {' or '.join(QUIZ_CARRIED[q.type])}")
                for q in questions if q.type in QUIZ_CARRIED and fmt not in QUIZ_CARRIED[q.type]]
    questions = [q for q in questions if q.type not in QUIZ_CARRIED or fmt in QUIZ_CARRIED[q.type]]
    images = store.banks.images(questions)
    if fmt in IMAGELESS_FORMATS:
        # An option that is a picture alone would be an empty option there: the question is left out.
        pictured = [q for q in questions if any(o.image and not any(o.text.values()) for o in q.options)]
        skipped += [Loss(q.key, f"an option is a picture alone, which {fmt} cannot carry; use yaml, moodlexml or qti")
                    for q in pictured]
        questions = [q for q in questions if q not in pictured]
        # Likewise a text that is a picture alone (a Moodle description may be one): nothing would be left of it.
        bare = [q for q in questions if q.image and not any(q.text.values())]
        skipped += [Loss(q.key, f"the text is a picture alone, which {fmt} cannot carry; use yaml, moodlexml or qti")
                    for q in bare]
        questions = [q for q in questions if q not in bare]
        skipped += [Loss(q.key, f"images are not written in {fmt}; use yaml, moodlexml or qti", written=True)
                    for q in questions if q.image_refs()]
    if fmt == "yaml":
        folder = f"{out.stem}-images"
        paths = image_paths(bank.questions, images, folder)
        if paths:
            (out.parent / folder).mkdir(exist_ok=True)
            for ref, rel in paths.items():
                (out.parent / rel).write_bytes(images[ref].data)
        out.write_text(dump_bank(bank, paths), encoding="utf-8")
    elif fmt == "gift":
        from assessor.banks.formats.gift import write_gift

        out.write_text(write_gift(questions, langs), encoding="utf-8")
    elif fmt == "aiken":
        from assessor.banks.formats.aiken import write_aiken

        out.write_text(write_aiken(questions, langs[0], skipped), encoding="utf-8")
    elif fmt == "moodlexml":
        from assessor.banks.formats.moodlexml import write_moodle_xml

        labels = {t: next(iter(v.values()), t) for t, v in bank.topics.items()}
        labels = {t: bank.topic_label(t, langs[0]) for t in labels}
        out.write_bytes(write_moodle_xml(questions, langs, labels, images))
    elif fmt == "qti":
        from assessor.banks.formats.qti import write_qti_package

        skipped += write_qti_package(questions, langs[0], str(out), images)
    elif fmt == "xlsx":
        from assessor.banks.formats.spreadsheet import write_xlsx

        skipped += write_xlsx(questions, langs, str(out))
    else:
        raise InputError(f"Unknown export format {fmt!r}; use one of {', '.join(EXPORT_FORMATS)}.", code="bad_format")
    losses = [loss if isinstance(loss, Loss) else Loss(*loss) for loss in skipped]
    left_out = {loss.key for loss in losses if not loss.written}
    losses += [loss for loss in (written_without(q, fmt, langs) for q in questions if q.key not in left_out) if loss]
    return losses


def ensure_bundled_banks(store) -> list[BankImportSummary]:
    """Load the banks shipped with Assessor into a database that has no banks yet."""
    from question_banks import bundled_banks

    if store.banks.list(include_archived=True):
        return []
    # A database without banks holds nothing a backup would keep: the bundled banks go in together,
    # without a backup between them.
    with store.atomic():
        return [store.banks.import_bank(load_bank_file(path)) for path in bundled_banks()]


