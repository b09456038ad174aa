"""Moodle's embedded-answers (cloze) syntax, read into blanks and written back.

A Moodle ``multianswer`` question carries its blanks inside its text, each as
``{grade:TYPE:answers}``: ``{1:SHORTANSWER:=Paris#Right~%50%Lyon}``,
``{2:NUMERICAL:=3.5:0.1}``, ``{1:MULTICHOICE:Red~=Blue}``. Assessor keeps the text with a
marker per blank (``{#1}``) and the blanks as :class:`~assessor.banks.questions.Blank`.

Read: short answer (``SHORTANSWER``/``SA``/``MW``, case-sensitive ``_C``/``SAC``/``MWC``),
numerical (``NUMERICAL``/``NM``) and single choice as a drop-down (``MULTICHOICE``/``MC``),
a column (``MULTICHOICE_V``/``MCV``) or a row (``MULTICHOICE_H``/``MCH``), each also shuffled
(``_S``, ``MCS``, ``MCVS``, ``MCHS``). Multiple-response blanks (``MULTIRESPONSE``/``MR``...)
are refused by name. Texts in several languages (Moodle's multilang spans) may share the
blanks (written outside the spans) or each carry their own, in the same order and with
the same answers' credit; those are merged into one blank with an answer text per language.
"""

from __future__ import annotations

import math
import re

from assessor.banks.questions import BLANK_MARKER, Blank, NumericAnswer, Option, Question, blank_markers

_TYPES = {
    "SHORTANSWER": ("short", "dropdown", False, False), "SA": ("short", "dropdown", False, False),
    "MW": ("short", "dropdown", False, False),
    "SHORTANSWER_C": ("short", "dropdown", False, True), "SAC": ("short", "dropdown", False, True),
    "MWC": ("short", "dropdown", False, True),
    "NUMERICAL": ("numerical", "dropdown", False, False), "NM": ("numerical", "dropdown", False, False),
    "MULTICHOICE": ("choice", "dropdown", False, False), "MC": ("choice", "dropdown", False, False),
    "MULTICHOICE_V": ("choice", "vertical", False, False), "MCV": ("choice", "vertical", False, False),
    "MULTICHOICE_H": ("choice", "horizontal", False, False), "MCH": ("choice", "horizontal", False, False),
    "MULTICHOICE_S": ("choice", "dropdown", True, False), "MCS": ("choice", "dropdown", True, False),
    "MULTICHOICE_VS": ("choice", "vertical", True, False), "MCVS": ("choice", "vertical", True, False),
    "MULTICHOICE_HS": ("choice", "horizontal", True, False), "MCHS": ("choice", "horizontal", True, False),
}
_REFUSED = ("MULTIRESPONSE", "MULTIRESPONSE_H", "MULTIRESPONSE_S", "MULTIRESPONSE_HS", "MR", "MRH", "MRS", "MRHS")

# The start of a blank: '{', an optional grade, ':TYPE:'.
_START = re.compile(r"\{([0-9]*(?:\.[0-9]+)?):([A-Z_]+):")

_WRITE_TYPE = {("short", False): "SHORTANSWER", ("short", True): "SHORTANSWER_C", ("numerical", False): "NUMERICAL",
               ("choice", "dropdown"): "MULTICHOICE", ("choice", "vertical"): "MULTICHOICE_V",
               ("choice", "horizontal"): "MULTICHOICE_H"}


class ClozeError(ValueError):
    """The embedded answers cannot be read; the message names the blank."""


def has_embedded_answers(text: str) -> bool:
    """Whether ``text`` holds at least one Moodle embedded answer (``{1:SHORTANSWER:...}``)."""
    return any(m.group(2) in _TYPES or m.group(2) in _REFUSED for m in _START.finditer(text or ""))


def _split(body: str, sep: str) -> list[str]:
    """``body`` cut at every ``sep`` that is not escaped with a backslash (escapes kept)."""
    parts, cur, i = [], [], 0
    while i < len(body):
        c = body[i]
        if c == "\\" and i + 1 < len(body):
            cur.append(body[i:i + 2])
            i += 2
            continue
        if c == sep:
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(c)
        i += 1
    parts.append("".join(cur))
    return parts


def _unescape(s: str) -> str:
    return re.sub(r"\\([\\}~#\"/{=%:])", r"\1", s)


def _escape(s: str) -> str:
    return re.sub(r"([\\}~#{])", r"\\\1", s)


def _end(text: str, start: int) -> int:
    """Index of the '}' closing the blank whose answers start at ``start`` (-1 if none)."""
    i = start
    while i < len(text):
        if text[i] == "\\":
            i += 2
            continue
        if text[i] == "}":
            return i
        i += 1
    return -1


def _answer(raw: str, n: int) -> tuple[float, str, str]:
    """(fraction, answer text, feedback) of one answer of blank ``n``."""
    parts = _split(raw, "#")
    head, feedback = parts[0], _unescape("#".join(parts[1:])).strip()
    head = head.strip()
    fraction = 0.0
    if head.startswith("="):
        fraction, head = 1.0, head[1:]
    else:
        m = re.match(r"%(-?[0-9]+(?:[.,][0-9]+)?)%", head)
        if m:
            fraction = float(m.group(1).replace(",", ".")) / 100
            head = head[m.end():]
            if not -1 - 1e-9 <= fraction <= 1 + 1e-9:
                raise ClozeError(f"blank {n}: the weight {m.group(0)} is outside -100% to 100%")
    return fraction, _unescape(head).strip(), feedback


def _blank(kind_name: str, grade: str, body: str, n: int) -> Blank:
    if kind_name in _REFUSED:
        raise ClozeError(f"blank {n} is a multiple-response blank ({kind_name}), which Assessor cannot ask; "
                         "make it a MULTICHOICE blank or separate questions")
    if kind_name not in _TYPES:
        raise ClozeError(f"blank {n} has the unknown type {kind_name!r}")
    kind, display, shuffle, case = _TYPES[kind_name]
    weight = float(grade) if grade else 1.0
    answers = [_answer(raw, n) for raw in _split(body, "~") if raw.strip()]
    if not answers:
        raise ClozeError(f"blank {n} has no answers")
    if kind == "numerical":
        numeric = []
        for fraction, text, feedback in answers:
            if text == "*":
                numeric.append(NumericAnswer(0.0, 0.0, fraction, {"": feedback} if feedback else {}, other=True))
                continue
            value, _, tol = text.partition(":")
            try:
                v, t = float(value.replace(",", ".")), abs(float(tol.replace(",", ".") or 0))
            except ValueError:
                raise ClozeError(f"blank {n}: the numerical answer {text!r} is not a number") from None
            if not (math.isfinite(v) and math.isfinite(t)):
                raise ClozeError(f"blank {n}: the numerical answer {text!r} is not a finite number")
            numeric.append(NumericAnswer(v, t, fraction, {"": feedback} if feedback else {}))
        if not any(a.fraction > 0 for a in numeric):
            raise ClozeError(f"blank {n}: no answer has a positive weight, so none is correct")
        return Blank("numerical", weight, numeric=tuple(numeric))
    options = []
    for fraction, text, feedback in answers:
        if not text:
            raise ClozeError(f"blank {n}: an answer has no text")
        options.append(Option({"": text}, fraction, {"": feedback} if feedback else {}))
    if not any(o.correct for o in options):
        raise ClozeError(f"blank {n}: no answer has a positive weight, so none is correct")
    if kind == "choice" and len(options) < 2:
        raise ClozeError(f"blank {n}: a choice needs at least two answers")
    return Blank(kind, weight, tuple(options), case_sensitive=case, display=display, shuffle=shuffle)


def read_blanks(source: str) -> tuple[str, list[Blank]]:
    """The text with ``{#n}`` in place of each embedded answer, and the blanks in order.

    Answer and feedback texts are stored under the language ``""`` (not yet known);
    :func:`parse_embedded` assigns languages. Raises :class:`ClozeError`.
    """
    out, blanks, pos = [], [], 0
    for m in _START.finditer(source):
        if m.start() < pos or (m.group(2) not in _TYPES and m.group(2) not in _REFUSED):
            continue
        end = _end(source, m.end())
        n = len(blanks) + 1
        if end < 0:
            raise ClozeError(f"blank {n} ({source[m.start():m.start() + 30]}…) is not closed with '}}'")
        blanks.append(_blank(m.group(2), m.group(1), source[m.end():end], n))
        out.append(source[pos:m.start()] + BLANK_MARKER.format(n))
        pos = end + 1
    out.append(source[pos:])
    if not blanks:
        raise ClozeError("the text has no embedded answers ({1:SHORTANSWER:=...})")
    return "".join(out), blanks


def _in_lang(blank: Blank, lang: str) -> Blank:
    def text(t):
        return {lang: t[""]} if t.get("") else {}

    return Blank(blank.kind, blank.weight,
                 tuple(Option(text(o.text), o.fraction, text(o.feedback)) for o in blank.options),
                 tuple(NumericAnswer(a.value, a.tolerance, a.fraction, text(a.feedback), a.other) for a in blank.numeric),
                 blank.case_sensitive, blank.display, blank.shuffle)


def _same_shape(a: Blank, b: Blank) -> bool:
    return (a.kind, a.weight, a.display, a.shuffle, a.case_sensitive, [o.fraction for o in a.options],
            [(x.value, x.tolerance, x.fraction, x.other) for x in a.numeric]) == \
        (b.kind, b.weight, b.display, b.shuffle, b.case_sensitive, [o.fraction for o in b.options],
         [(x.value, x.tolerance, x.fraction, x.other) for x in b.numeric])


def _merge(parts: list[Blank]) -> Blank:
    first = parts[0]

    def join(texts):
        merged = {}
        for t in texts:
            merged.update(t)
        return merged

    return Blank(first.kind, first.weight,
                 tuple(Option(join(p.options[i].text for p in parts), o.fraction,
                              join(p.options[i].feedback for p in parts)) for i, o in enumerate(first.options)),
                 tuple(NumericAnswer(a.value, a.tolerance, a.fraction, join(p.numeric[i].feedback for p in parts),
                                     a.other) for i, a in enumerate(first.numeric)),
                 first.case_sensitive, first.display, first.shuffle)


def parse_embedded(source: str, default_lang: str = "en") -> tuple[dict[str, str], tuple[Blank, ...]]:
    """The per-language text (with ``{#n}`` markers) and the blanks of a Moodle cloze text.

    ``source`` may carry Moodle's multilang markup; text without it is in ``default_lang``.
    Raises :class:`ClozeError` when a blank cannot be read or the languages disagree.
    """
    from assessor.banks.formats.interchange import split_multilang

    marked, raw = read_blanks(source)
    texts = split_multilang(marked, default_lang)
    per_lang = {lang: blank_markers(t) for lang, t in texts.items()}
    langs = list(texts)
    if all(sorted(m) == list(range(1, len(raw) + 1)) for m in per_lang.values()):
        # Shared blanks (outside the language spans): the answers are the same in every language.
        blanks = [_merge([_in_lang(b, lang) for lang in langs]) for b in raw]
        return texts, tuple(blanks)
    counts = {len(m) for m in per_lang.values()}
    if len(counts) != 1 or sum(len(m) for m in per_lang.values()) != len(raw):
        raise ClozeError("the languages of the text do not have the same number of blanks")
    blanks = []
    for j in range(counts.pop()):
        parts = [_in_lang(raw[per_lang[lang][j] - 1], lang) for lang in langs]
        if not all(_same_shape(parts[0], p) for p in parts[1:]):
            raise ClozeError(f"blank {j + 1} differs between the languages (type, grade or answers' credit)")
        blanks.append(_merge(parts))
    renumbered = {}
    for lang, t in texts.items():
        order = iter(range(1, len(blanks) + 1))
        renumbered[lang] = re.sub(r"\{#\d+\}", lambda _m: BLANK_MARKER.format(next(order)), t)
    return renumbered, tuple(blanks)


def gapped_text(text: str) -> str:
    """A cloze text for reading: each ``{#n}`` shown as a numbered gap ``[n] ______``."""
    return re.sub(r"\{#(\d+)\}", lambda m: f"[{m.group(1)}] ______", text or "")


def _percent(fraction: float) -> str:
    s = f"{fraction * 100:.7f}".rstrip("0").rstrip(".")
    return s or "0"


def _local(text: dict[str, str], lang: str) -> str:
    return text.get(lang) or next((t for t in text.values() if t), "")


def write_blank(blank: Blank, lang: str) -> str:
    """One blank in Moodle's syntax, its answer texts in ``lang`` (``{2:SHORTANSWER:=Paris~%50%Lyon}``)."""
    weight = int(blank.weight) if float(blank.weight).is_integer() else blank.weight
    if blank.kind == "short":
        kind = _WRITE_TYPE[("short", blank.case_sensitive)]
    elif blank.kind == "numerical":
        kind = "NUMERICAL"
    else:
        kind = _WRITE_TYPE[("choice", blank.display)] + ("S" if blank.shuffle and blank.display != "dropdown" else
                                                         "_S" if blank.shuffle else "")
    answers = []
    if blank.kind == "numerical":
        for a in blank.numeric:
            text = "*" if a.other else f"{a.value!r}:{a.tolerance!r}"
            answers.append((a.fraction, text, _local(a.feedback, lang)))
    else:
        answers = [(o.fraction, _escape(_local(o.text, lang)), _local(o.feedback, lang)) for o in blank.options]
    out = []
    for fraction, text, feedback in answers:
        mark = "=" if fraction == 1.0 else ("" if fraction == 0.0 else f"%{_percent(fraction)}%")
        out.append(mark + text + (f"#{_escape(feedback)}" if feedback else ""))
    return f"{{{weight}:{kind}:{'~'.join(out)}}}"


def write_embedded(q: Question, lang: str) -> str:
    """The cloze question's text in ``lang`` with every ``{#n}`` replaced by its blank in Moodle's syntax."""
    text = _local(q.text, lang)
    return re.sub(r"\{#(\d+)\}", lambda m: write_blank(q.blanks[int(m.group(1)) - 1], lang), text)


__all__ = ["ClozeError", "gapped_text", "has_embedded_answers", "read_blanks", "parse_embedded", "write_blank", "write_embedded"]
