"""What every bank importer produces: parsed questions plus a line-numbered report.

Importers (GIFT, Aiken, Moodle XML, QTI, XLSX/CSV, YAML) parse a file into
:class:`ImportReport` without touching any database. The report is what the app
previews and ``assessor bank import --dry-run --json`` prints (shape documented in
docs/bank-format.md). Only after confirmation are the questions converted with
:func:`to_question` and stored, all in one transaction.

``Parsed.text`` keeps the text as the source has it (escapes resolved); Moodle's
multi-language markup inside it is split into languages by :func:`split_multilang`.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import NamedTuple

from assessor.banks.questions import UNSCORED_TYPES, NumericAnswer, Option, Pair, Question


@dataclass
class ParsedOption:
    text: str
    fraction: float = 0.0
    feedback: str = ""
    image: str = ""  # SHA-256 of a checked image in ImportReport.images
    image_alt: str = ""


@dataclass
class ParsedNumeric:
    value: float
    tolerance: float = 0.0
    fraction: float = 1.0
    feedback: str = ""
    other: bool = False  # Moodle's catch-all '*' (any other number)


@dataclass
class ParsedPair:
    left: str
    right: str


@dataclass
class Parsed:
    """One question as read from a file (the dry-run JSON contract)."""

    line: int
    type: str  # single | multiple | truefalse | short | numerical | matching | cloze | rating | choice | comment | retro
    text: str
    id: str | None = None
    title: str = ""
    topic: str = ""
    tags: list[str] = field(default_factory=list)
    text_format: str = "moodle"
    general_feedback: str = ""
    options: list[ParsedOption] = field(default_factory=list)
    correct: bool | None = None
    feedback_true: str = ""
    feedback_false: str = ""
    answers: list[ParsedNumeric] = field(default_factory=list)
    pairs: list[ParsedPair] = field(default_factory=list)
    # matching: extra right-hand options that belong to no left-hand item (in multilang markup).
    distractors: list[str] = field(default_factory=list)
    # rating/retro: one label per point ("" for an unlabelled inner point), in multilang markup.
    scale: list[str] = field(default_factory=list)
    # short: answers are compared with their case (Moodle's usecase).
    case_sensitive: bool = False
    # Native/XLSX sources carry more than the interchange formats can:
    key: str = ""
    objective: dict[str, str] = field(default_factory=dict)
    rationale: dict[str, str] = field(default_factory=dict)
    source: str = ""
    # Where in a package the question comes from (the member's path), for messages.
    origin: str = ""
    # The language the source declares for its text without multilang markup (QTI xml:lang), else "".
    lang: str = ""
    # The stem's image: SHA-256 of a checked image in ImportReport.images, and its alt text.
    image: str = ""
    image_alt: str = ""

    def to_json(self) -> dict:
        """The question as JSON-ready data, without the empty optional fields."""
        data = asdict(self)
        for name in ("key", "objective", "rationale", "source", "origin", "scale", "distractors", "lang", "image",
                     "image_alt", "case_sensitive"):
            if not data[name]:
                data.pop(name)
        for option in data["options"]:
            for name in ("image", "image_alt"):
                if not option[name]:
                    option.pop(name)
        return data


@dataclass
class Skipped:
    line: int
    type: str
    reason: str


class Loss(NamedTuple):
    """What an export could not carry for one question: left out, or written with less."""

    key: str
    reason: str
    written: bool = False  # True: written, without what ``reason`` names


@dataclass
class Message:
    line: int
    message: str


@dataclass
class ImportReport:
    """Result of parsing one file: nothing in it has been stored."""

    questions: list[Parsed] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    warnings: list[Message] = field(default_factory=list)
    errors: list[Message] = field(default_factory=list)
    format: str = ""
    encoding: str = ""  # the text encoding assumed (assessor.textio names), shown in the preview
    # The checked images the questions show, by SHA-256 (assessor.banks.images.StoredImage).
    images: dict = field(default_factory=dict)
    # Topic code -> its name, where the file names a topic apart from its code (a Moodle category).
    topics: dict = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        """True when the file had no errors."""
        return not self.errors

    def to_json(self) -> dict:
        """The whole report (questions, skips, errors, warnings) as JSON-ready data."""
        return {
            "format": self.format,
            "encoding": self.encoding,
            "questions": [q.to_json() for q in self.questions],
            "skipped": [asdict(s) for s in self.skipped],
            "warnings": [asdict(w) for w in self.warnings],
            "errors": [asdict(e) for e in self.errors],
            "images": [{"sha256": i.sha256, "type": i.mime, "width": i.width, "height": i.height,
                        "bytes": len(i.data)} for i in self.images.values()],
        }


# -- Moodle multi-language markup --------------------------------------------

_SPAN_OPEN = re.compile(r"<span\b([^>]*)>", re.IGNORECASE)
_SPAN_ANY = re.compile(r"<span\b[^>]*>|</span\s*>", re.IGNORECASE)
_ATTR_LANG = re.compile(r"\blang\s*=\s*[\"']([\w-]+)[\"']", re.IGNORECASE)
_ATTR_MULTILANG = re.compile(r"\bclass\s*=\s*[\"'][^\"']*\bmultilang\b[^\"']*[\"']", re.IGNORECASE)
_MLANG = re.compile(r"\{mlang\s+([\w-]+)\}(.*?)\{mlang\}", re.DOTALL | re.IGNORECASE)


def _lang_code(lang: str) -> str:
    code = lang.lower().split("-")[0].split("_")[0]
    return "id" if code == "in" else code  # 'in': the old ISO code of Indonesian, still written by some tools


def _multilang_blocks(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, lang, body) of each multilang span; nested plain spans stay in the body."""
    blocks = []
    pos = 0
    while True:
        m = _SPAN_OPEN.search(text, pos)
        if not m:
            return blocks
        lang = _ATTR_LANG.search(m.group(1))
        if not (lang and _ATTR_MULTILANG.search(m.group(1))):
            pos = m.end()
            continue
        depth, cursor = 1, m.end()
        while depth:
            t = _SPAN_ANY.search(text, cursor)
            if not t:
                return blocks  # unclosed: leave as text
            depth += -1 if t.group(0).startswith("</") else 1
            cursor = t.end()
        blocks.append((m.start(), cursor, lang.group(1), text[m.end():t.start()]))
        pos = cursor


def split_multilang(text: str, default_lang: str = "en") -> dict[str, str]:
    """Per-language text from Moodle's multilang spans or ``{mlang xx}`` blocks.

    Text without such markup belongs to ``default_lang``; ``other`` (Moodle's block for any
    language without its own) is the ``default_lang`` text when that has none. Text outside the markup
    (shared text) is kept in every language. Each language's own text is kept
    exactly; only whitespace left doubled where another language's block was
    removed is merged, and the result is stripped.
    """
    found: dict[str, list[str]] = {}
    pieces: list[str] = []
    pos = 0
    marks = [(a, b, lang, body) for a, b, lang, body in _multilang_blocks(text)]
    marks += [(m.start(), m.end(), m.group(1), m.group(2)) for m in _MLANG.finditer(text)
              if not any(a <= m.start() < b for a, b, _, _ in marks)]
    marks.sort()
    slots: list[tuple[str, str]] = []
    for a, b, lang, body in marks:
        if a < pos:
            continue
        pieces.append(text[pos:a])
        slots.append((_lang_code(lang), body))
        found.setdefault(_lang_code(lang), [])
        pos = b
    pieces.append(text[pos:])
    if not found:
        return {default_lang: text}
    result = {}
    for lang in found:
        out = pieces[0]
        for (slot_lang, body), piece in zip(slots, pieces[1:]):
            if slot_lang == lang:
                out += body + piece
            elif out[-1:].isspace() and piece[:1].isspace():
                out += piece.lstrip()
            else:
                out += piece
        result[lang] = out.strip()
    # {mlang other} is Moodle's text for every language without a block of its own.
    other = result.pop("other", None)
    if other is not None and not result.get(default_lang):
        result[default_lang] = other
    return result


DEFAULT_LANGUAGE = "en"
"""The language of text without multilang markup when the file declares none (what the importers assume)."""


def join_multilang(text: dict[str, str], style: str = "span", default_lang: str = DEFAULT_LANGUAGE) -> str:
    """One string carrying every language, in Moodle's ``span`` or ``mlang`` markup.

    Text in ``default_lang`` alone is written plainly, so monolingual English banks stay clean;
    text in another language alone is marked as that language (one multilang span, which
    Moodle shows with or without its multi-language filter), so it reads back in its language.
    """
    langs = [(lang, t) for lang, t in text.items() if t]
    if not langs:
        return ""
    if len(langs) == 1 and langs[0][0] == default_lang:
        return langs[0][1]
    if style == "mlang":
        return "".join(f"{{mlang {lang}}}{t}{{mlang}}" for lang, t in langs)
    return "".join(f'<span lang="{lang}" class="multilang">{t}</span>' for lang, t in langs)


def to_question(parsed: Parsed, key: str, default_lang: str = DEFAULT_LANGUAGE) -> Question:
    """The bank question for a parsed one (multilang markup split into languages).

    Text without markup is in ``parsed.lang`` when the source declares it, else in ``default_lang``.
    """
    default_lang = _lang_code(parsed.lang) if parsed.lang else default_lang

    def ml(s: str) -> dict[str, str]:
        return split_multilang(s, default_lang) if s else {}

    options: tuple[Option, ...] = ()
    if parsed.type in ("single", "multiple", "short", "choice"):
        options = tuple(Option(ml(o.text), float(o.fraction), ml(o.feedback), o.image, ml(o.image_alt))
                        for o in parsed.options)
    text, blanks = ml(parsed.text), ()
    if parsed.type == "cloze":
        from assessor.banks.cloze import parse_embedded

        text, blanks = parse_embedded(parsed.text, default_lang)
    # Course-evaluation items are not scored: they carry no rationale.
    rationale = {} if parsed.type in UNSCORED_TYPES or parsed.type == "description" else parsed.rationale or ml(parsed.general_feedback)
    return Question(
        key=parsed.key or key,
        type=parsed.type,
        text=text,
        blanks=blanks,
        topic=parsed.topic,
        objective=dict(parsed.objective),
        options=options,
        answer=parsed.correct if parsed.type == "truefalse" else None,
        numeric=tuple(NumericAnswer(a.value, a.tolerance, a.fraction, ml(a.feedback), a.other) for a in parsed.answers),
        pairs=tuple(Pair(ml(p.left), ml(p.right)) for p in parsed.pairs if p.left),
        case_sensitive=parsed.case_sensitive and parsed.type == "short",
        # A pair without a left side (Moodle's and GIFT's way of writing it) is a distractor too.
        distractors=tuple(ml(t) for t in [p.right for p in parsed.pairs if not p.left] + parsed.distractors if t)
        if parsed.type == "matching" else (),
        rationale=rationale,
        source=parsed.source,
        title=parsed.title,
        tags=tuple(parsed.tags),
        scale=tuple(ml(label) for label in parsed.scale) if parsed.type in ("rating", "retro") else (),
        image=parsed.image,
        image_alt=ml(parsed.image_alt),
    )


_MOODLE_SHARE_SLACK = 6e-6  # Moodle writes a share with 5-7 decimals (33.33333)


def moodle_multiple_fractions(fractions: list[float]) -> list[float]:
    """The weights Moodle XML and GIFT write for the options of a multiple-response question.

    Assessor scores multiple response on its right options (those with credit): all of them and
    nothing else is full marks, or (partial scoring) right chosen − wrong chosen over the number right.
    Moodle adds the weights of the chosen options instead, so a question whose right options each
    earn 100 % would give full marks for one of them. When every right option earns 100 % and every
    other 0 (and there are at most ten right ones, so that the share is on Moodle's grade menu), the
    right options are written as 1/n each and the others as −1/n: Moodle then gives full marks only
    for exactly the right options, and otherwise what Assessor's partial scoring gives. Other weights
    are written as they are. :func:`from_moodle_multiple_fractions` reads the shares back.
    """
    right = sum(1 for f in fractions if f > 0)
    if not 0 < right <= 10 or right == len(fractions) or any(f not in (0.0, 1.0) for f in fractions):
        return list(fractions)
    return [1 / right if f > 0 else -1 / right for f in fractions]


def from_moodle_multiple_fractions(fractions: list[float]) -> list[float]:
    """The weights of a multiple-response question read from Moodle XML or GIFT: right options of
    1/n each with every other option at −1/n (as :func:`moodle_multiple_fractions` writes them, and
    the usual way to write all-or-nothing in Moodle) are right (1) and wrong (0), which Assessor
    scores the same; any other weights are kept as they are."""
    right = [f for f in fractions if f > 0]
    if not right or len(right) == len(fractions):
        return list(fractions)
    share = 1 / len(right)
    if all(abs(f - share) <= _MOODLE_SHARE_SLACK for f in right) and all(
            abs(f + share) <= _MOODLE_SHARE_SLACK for f in fractions if f <= 0):
        return [1.0 if f > 0 else 0.0 for f in fractions]
    return list(fractions)
