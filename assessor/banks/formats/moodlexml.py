"""Moodle XML question files: import into :class:`ImportReport`, export from questions.

Read: multichoice (single and multiple response), truefalse, shortanswer, numerical,
matching, multianswer (embedded answers, see assessor.banks.cloze), description (text between
questions, not scored), essay (marked later by a facilitator) and category pseudo-questions;
every other Moodle type is reported as skipped with its line. Parsing goes through defusedxml (see
``_xmltree``), and every problem is reported with the line of its ``<question>`` (or
``<answer>``) element; nothing raises on bad input.

Write: one ``<question type="category">`` per topic (path from the topic label, the
topic key in the category's ``idnumber``), then the questions with ``idnumber`` = key,
text in Moodle's multilang spans when several languages are written or the one language
is not English (so an Indonesian bank reads back as Indonesian; English alone stays plain), the rationale
as ``generalfeedback`` and fractions as Moodle percentages. Importing the written
file gives back the same questions (objective and source have no place in Moodle
XML and are not carried; see docs/formats-moodle-qti-xlsx.md).

Course evaluation: a rating is written as a ``multichoice`` with one answer per scale point,
a survey choice as a ``multichoice``, both with every fraction 0, and a comment as an
``essay``; each carries the tag ``assessor:rating`` / ``assessor:choice`` /
``assessor:comment`` (:data:`EVALUATION_TAGS`) and ``defaultgrade`` 0, and comes back as that
type. An essay without the tag is an essay question of a knowledge test. A then/now item (retro) has no Moodle form.
"""

from __future__ import annotations

import base64
import binascii
import html
import math
import re
from urllib.parse import unquote
from fractions import Fraction
from xml.sax.saxutils import escape

from assessor.banks.cloze import ClozeError, parse_embedded, write_embedded
from assessor.banks.images import check_image, media_kind, refuse_media, svg_note
from assessor.banks.questions import SCALE_POINTS, Question
from assessor.errors import InputError
from assessor.textio import decode_text
from assessor.banks.formats import _xmltree
from assessor.banks.formats.interchange import (ImportReport, Message, Parsed, ParsedNumeric, ParsedOption, ParsedPair, Skipped,
                                                join_multilang, moodle_multiple_fractions)

FORMAT = "moodlexml"

# Moodle's grade menu (question_bank::fraction_options_full), as exact fractions.
_GRADES = [Fraction(1), Fraction(9, 10), Fraction(5, 6), Fraction(4, 5), Fraction(3, 4), Fraction(7, 10),
           Fraction(2, 3), Fraction(3, 5), Fraction(1, 2), Fraction(2, 5), Fraction(1, 3), Fraction(3, 10),
           Fraction(1, 4), Fraction(1, 5), Fraction(1, 6), Fraction(1, 7), Fraction(1, 8), Fraction(1, 9),
           Fraction(1, 10), Fraction(1, 20), Fraction(0)]
MOODLE_GRADES: tuple[float, ...] = tuple(sorted({float(s * g) for g in _GRADES for s in (1, -1)}, reverse=True))
"""Every fraction Moodle's grade menus offer (1, 0.9, 5/6, ... 0, ... -1)."""

_GRADE_SLACK = 6e-6  # Moodle writes grades with 5-7 decimals (33.33333).

EVALUATION_TAGS = {"rating": "assessor:rating", "choice": "assessor:choice", "comment": "assessor:comment"}
"""The tag that marks a written course-evaluation item, per type (read back as that type)."""
_TAGGED = {tag: kind for kind, tag in EVALUATION_TAGS.items()}

_SKIP_REASONS: dict[str, str] = {}


# -- import ---------------------------------------------------------------------


_DECLARED = re.compile(rb"""\s*<\?xml[^>]*\sencoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")


def parse_moodle_xml(data: bytes) -> ImportReport:
    """Parse a Moodle XML file. Never raises: problems are line-numbered report errors."""
    report = ImportReport(format=FORMAT)
    declared = _DECLARED.match(data.lstrip(b"\xef\xbb\xbf")[:200])
    if declared or data.startswith((b"\xff\xfe", b"\xfe\xff")):
        report.encoding = declared.group(1).decode("ascii").lower() if declared else "utf-16"
    else:  # no declared encoding: the shared detector, then UTF-8 as XML expects
        decoded = decode_text(data)
        report.encoding = decoded.encoding
        if decoded.encoding in ("cp1252", "latin-1"):
            report.warnings.append(Message(0, f"the file is not UTF-8; it was read as {decoded.encoding_name}"))
        data = decoded.text.encode("utf-8")
    try:
        root = _xmltree.parse(data)
    except _xmltree.XmlError as exc:
        report.errors.append(Message(exc.line, exc.message))
        return report
    if root.tag != "quiz":
        report.errors.append(Message(root.line, f"the root element is <{root.tag}>, not Moodle XML's <quiz>"))
        return report
    topic = ""
    keys: dict[str, int] = {}
    number = 0
    for node in root.children:
        if node.tag != "question":
            report.warnings.append(Message(node.line, f"<{node.tag}> outside a question ignored"))
            continue
        qtype = node.get("type")
        if qtype == "category":
            topic = _category_topic(node)
            label = (_split_category_path(_text(node.find("category"))) or [""])[-1]
            if topic and label and label != topic and "/" not in topic.replace("//", ""):
                report.topics[topic] = label  # a category named by its label, its topic code in idnumber
            continue
        number += 1
        try:
            parsed = _parse_question(node, qtype, topic, report, number)
        except _Invalid as exc:
            report.errors.append(Message(exc.line, exc.message))
            continue
        if parsed is None:
            continue
        if parsed.key and parsed.key in keys:
            report.errors.append(Message(parsed.line, f"idnumber {parsed.key!r} is already used by the question "
                                                      f"on line {keys[parsed.key]}"))
            continue
        if parsed.key:
            keys[parsed.key] = parsed.line
        report.questions.append(parsed)
    return report


class _Invalid(Exception):
    def __init__(self, line: int, message: str):
        super().__init__(message)
        self.line, self.message = line, message


def _text(node: _xmltree.Node | None, tag: str = "text") -> str:
    """Text of ``<tag>`` inside ``node`` (Moodle wraps every string in ``<text>``)."""
    if node is None:
        return ""
    inner = node.find(tag)
    return inner.text.strip() if inner is not None else ""


def _field(node: _xmltree.Node, tag: str) -> str:
    child = node.find(tag)
    return child.text.strip() if child is not None else ""


def _split_category_path(path: str) -> list[str]:
    # Moodle escapes a '/' inside a category name as '//'.
    parts = [p.replace("\x00", "/") for p in path.replace("//", "\x00").split("/")]
    return [p.strip() for p in parts if p.strip() and not (p.startswith("$") and p.endswith("$")) and p != "top"]


def _category_topic(node: _xmltree.Node) -> str:
    """The topic of a category: its whole path below ``top`` when nested (names joined by ``/``,
    a ``/`` inside a name kept as Moodle's ``//``), else its idnumber, else its name."""
    parts = _split_category_path(_text(node.find("category")))
    if len(parts) > 1:
        return "/".join(p.replace("/", "//") for p in parts)
    idnumber = _field(node, "idnumber")
    if idnumber:
        return idnumber
    return parts[-1] if parts else ""


def _fraction(answer: _xmltree.Node, report: ImportReport) -> float:
    raw = answer.get("fraction", "0").strip()
    try:
        percent = float(raw.replace(",", "."))
    except ValueError:
        raise _Invalid(answer.line, f"answer weight {raw!r} is not a number") from None
    if not math.isfinite(percent) or not -100 - 1e-6 <= percent <= 100 + 1e-6:
        raise _Invalid(answer.line, f"answer weight {raw}% is outside -100% to 100%")
    value = percent / 100
    nearest = min(MOODLE_GRADES, key=lambda g: abs(g - value))
    if abs(nearest - value) <= _GRADE_SLACK:
        return nearest
    value = round(value, 10)
    report.warnings.append(Message(answer.line, f"answer weight {raw}% is not a Moodle grade; stored as {value:.10g}"))
    return value


def _children(node: _xmltree.Node, outer: str, inner: str) -> list[_xmltree.Node]:
    found = node.find(outer)
    return found.findall(inner) if found is not None else []


def _feedback(node: _xmltree.Node) -> str:
    return _text(node.find("feedback"))


def _parse_question(node: _xmltree.Node, qtype: str, topic: str, report: ImportReport, number: int = 1) -> Parsed | None:
    """One question; ``number`` is its position among the file's questions (categories not counted), for messages."""
    line = node.line
    tags = [t for t in (_text(tag) for tag in _children(node, "tags", "tag")) if t]
    marked = [_TAGGED[t] for t in tags if t in _TAGGED]
    if marked:
        return _evaluation_item(node, qtype, marked[0], [t for t in tags if t not in _TAGGED], topic, report, number)
    if qtype in _SKIP_REASONS:
        report.skipped.append(Skipped(line, qtype, _SKIP_REASONS[qtype]))
        return None
    if qtype in ("multianswer", "cloze"):  # Moodle writes its embedded answers as type="cloze", reads both
        return _cloze(node, topic, tags, report, number)
    if qtype == "description":
        text, image, image_alt = _take_image(node.find("questiontext"), _text(node.find("questiontext")),
                                             f"question {number}", report)
        if not text and not image:
            raise _Invalid(line, "the description has no text")
        idnumber, name = _field(node, "idnumber"), _text(node.find("name"))
        return Parsed(line=line, type="description", text=text, id=idnumber or None, key=idnumber,
                      title="" if name == idnumber else name, topic=topic, tags=tags,
                      text_format=node.find("questiontext").get("format", "html"), image=image, image_alt=image_alt)
    kinds = {"multichoice": None, "multichoiceset": "multiple", "truefalse": "truefalse",
             "shortanswer": "short", "numerical": "numerical", "matching": "matching", "essay": "essay"}
    kinds["match"] = "matching"  # an older name Moodle still reads
    if qtype not in kinds:
        report.skipped.append(Skipped(line, qtype or "?", f"Moodle question type {qtype or '(none)'!r} is not supported"))
        return None
    qtext_node = node.find("questiontext")
    text = _text(qtext_node)
    if not text:
        raise _Invalid(line, "the question has no text")
    place = f"question {number}"
    text, image, image_alt = _take_image(qtext_node, text, place, report)
    carriers = {id(qtext_node)} | {id(a) for a in node.findall("answer")}
    others = [f for child in node.children if id(child) not in carriers for f in child.iter("file")]
    if others:
        report.warnings.append(Message(others[0].line, f"{len(others)} embedded file(s) in the feedback are not "
                                                       "imported; only images in the question text and in the "
                                                       "answers are kept"))
    idnumber = _field(node, "idnumber")
    name = _text(node.find("name"))
    parsed = Parsed(
        line=line,
        type=kinds[qtype] or ("single" if _field(node, "single").lower() in ("true", "1") else "multiple"),
        text=text,
        id=idnumber or None,
        key=idnumber,
        # The exporter writes the key as name when there is no title.
        title="" if name == idnumber else name,
        topic=topic,
        tags=[t for t in (_text(tag) for tag in _children(node, "tags", "tag")) if t],
        text_format=qtext_node.get("format", "html") if qtext_node is not None else "html",
        general_feedback=_text(node.find("generalfeedback")),
        image=image,
        image_alt=image_alt,
    )
    answers = node.findall("answer")
    if parsed.type not in ("single", "multiple"):
        for n, a in enumerate(answers, start=1):
            if a.findall("file") or _IMG.search(_text(a)):
                raise _Invalid(a.line, f"{place}, answer {n}: an image can only be a choice of a multiple-choice "
                                       "question, not an accepted answer")
    if parsed.type in ("single", "multiple"):
        for n, a in enumerate(answers, start=1):
            atext, aimage, aalt = _take_image(a, _text(a), f"{place}, answer {n}", report)
            parsed.options.append(ParsedOption(atext, _fraction(a, report), _feedback(a), aimage, aalt))
        if len(parsed.options) < 2:
            raise _Invalid(line, "a multiple-choice question needs at least two answers")
        for a, o in zip(answers, parsed.options):
            if not o.text and not o.image:
                raise _Invalid(a.line, "an answer has no text")
        if not any(o.fraction > 0 for o in parsed.options):
            raise _Invalid(line, "no answer has a positive weight, so none is correct")
    elif parsed.type == "truefalse":
        for a in answers:
            value = _text(a).lower()
            if value not in ("true", "false"):
                raise _Invalid(a.line, f"a true/false answer must be 'true' or 'false', not {value!r}")
            if _fraction(a, report) > 0:
                parsed.correct = value == "true"
            if value == "true":
                parsed.feedback_true = _feedback(a)
            else:
                parsed.feedback_false = _feedback(a)
        if parsed.correct is None:
            raise _Invalid(line, "neither 'true' nor 'false' has a positive weight")
    elif parsed.type == "short":
        parsed.case_sensitive = _field(node, "usecase") in ("1", "true")
        parsed.options = [ParsedOption(_text(a), _fraction(a, report), _feedback(a)) for a in answers if _text(a)]
        if not any(o.fraction > 0 for o in parsed.options):
            raise _Invalid(line, "no accepted answer has a positive weight")
    elif parsed.type == "numerical":
        for a in answers:
            raw = _text(a)
            fraction = _fraction(a, report)
            if raw == "*":
                parsed.answers.append(ParsedNumeric(0.0, 0.0, fraction, _feedback(a), other=True))
                continue
            try:
                value = float(raw.replace(",", "."))
                tolerance = abs(float(_field(a, "tolerance").replace(",", ".") or 0))
            except ValueError:
                raise _Invalid(a.line, f"numerical answer {raw!r} or its tolerance is not a number") from None
            if not (math.isfinite(value) and math.isfinite(tolerance)):
                raise _Invalid(a.line, f"numerical answer {raw!r} is not a finite number")
            parsed.answers.append(ParsedNumeric(value, tolerance, fraction, _feedback(a)))
        units = node.find("units")
        if units is not None and units.findall("unit"):
            report.warnings.append(Message(units.line, "units are not kept; answers are plain numbers"))
        if not any(a.fraction > 0 for a in parsed.answers):
            raise _Invalid(line, "no numerical answer has a positive weight")
    elif parsed.type == "matching":
        for sub in node.findall("subquestion"):
            left, right = _text(sub), _text(sub.find("answer"))
            if not left:  # an extra wrong answer (distractor): among the choices, matching no item
                if right:
                    parsed.distractors.append(right)
                continue
            if not right:
                raise _Invalid(sub.line, "a matching item has no answer")
            parsed.pairs.append(ParsedPair(left, right))
        if len(parsed.pairs) < 2:
            raise _Invalid(line, "a matching question needs at least two pairs")
    return parsed


def _cloze(node: _xmltree.Node, topic: str, tags: list[str], report: ImportReport, number: int) -> Parsed:
    """An embedded-answers question: the blanks are read from the text (checked here, converted by to_question)."""
    qtext_node = node.find("questiontext")
    text, image, image_alt = _take_image(qtext_node, _text(qtext_node), f"question {number}", report)
    if not text:
        raise _Invalid(node.line, "the question has no text")
    try:
        parse_embedded(text)
    except ClozeError as exc:
        raise _Invalid(node.line, f"embedded answers: {exc}") from None
    idnumber = _field(node, "idnumber")
    name = _text(node.find("name"))
    return Parsed(line=node.line, type="cloze", text=text, id=idnumber or None, key=idnumber,
                  title="" if name == idnumber else name, topic=topic, tags=tags,
                  text_format=qtext_node.get("format", "html"), general_feedback=_text(node.find("generalfeedback")),
                  image=image, image_alt=image_alt)


_IMG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
_MEDIA = re.compile(r"<(audio|video)\b", re.IGNORECASE)
_ATTR = re.compile(r"""\b(src|alt|href)\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.IGNORECASE)
_LINKED = re.compile(r"""(?:src|href)\s*=\s*["']@@PLUGINFILE@@/([^"'?#]+)""", re.IGNORECASE)
_EMPTY_P = re.compile(r"<p>\s*</p>", re.IGNORECASE)


def _attrs(tag: str) -> dict[str, str]:
    return {m.group(1).lower(): html.unescape(m.group(2) if m.group(2) is not None else m.group(3))
            for m in _ATTR.finditer(tag)}


def _take_image(holder: _xmltree.Node | None, text: str, place: str, report: ImportReport) -> tuple[str, str, str]:
    """(text without its image, image SHA-256, alt text) of a ``<questiontext>`` or ``<answer>``.

    The image is an ``<img src="@@PLUGINFILE@@/name">`` whose bytes are the element's
    base64 ``<file name="name">``; an SVG is stored as the PNG drawn from it (with a warning);
    audio, video and a second image are refused by name.
    """
    if holder is None:
        return text, "", ""
    files = {f.get("name"): f for f in holder.findall("file")}
    for name, f in files.items():
        kind = media_kind(name)
        if kind in ("audio", "video"):
            raise _Invalid(f.line, str(refuse_media(kind, name, place)).rstrip("."))
    media = _MEDIA.search(text)
    if media:
        linked = _LINKED.search(text, media.start())
        name = unquote(linked.group(1)) if linked else f"<{media.group(1).lower()}>"
        raise _Invalid(holder.line, f"{media.group(1).lower()} is not supported in {place}: {name}")
    for m in _LINKED.finditer(text):
        kind = media_kind(unquote(m.group(1)))
        if kind in ("audio", "video"):
            raise _Invalid(holder.line, f"{kind} is not supported in {place}: {unquote(m.group(1))}")
    tags = list(_IMG.finditer(text))
    embedded = [t for t in tags if _attrs(t.group(0)).get("src", "").startswith("@@PLUGINFILE@@/")]
    for t in tags:
        if t not in embedded:
            report.warnings.append(Message(holder.line, f"{place}: the image {_attrs(t.group(0)).get('src', '')!r} "
                                                        "is a link outside the file; it is not imported"))
    used = {unquote(_attrs(t.group(0))["src"][len("@@PLUGINFILE@@/"):].split("?")[0]).split("/")[-1]
            for t in embedded}
    for name, f in files.items():
        if name not in used and media_kind(name) in ("", "svg"):
            report.warnings.append(Message(f.line, f"{place}: the embedded file {name} is not shown in the text; "
                                                   "it is not imported"))
    if not embedded:
        return text, "", ""
    if len(embedded) > 1:
        raise _Invalid(holder.line, f"{place} shows {len(embedded)} images; Assessor keeps one image per question "
                                    "and one per answer")
    tag = embedded[0]
    attrs = _attrs(tag.group(0))
    name = unquote(attrs["src"][len("@@PLUGINFILE@@/"):].split("?")[0]).split("/")[-1]
    f = files.get(name)
    if f is None:
        raise _Invalid(holder.line, f"{place}: the image {name} is not embedded in the file (no <file name=\"{name}\">)")
    if f.get("encoding", "base64").lower() != "base64":
        raise _Invalid(f.line, f"{place}: the image {name} is not base64-encoded")
    try:
        data = base64.b64decode("".join(f.text.split()), validate=True)
    except (binascii.Error, ValueError):
        raise _Invalid(f.line, f"{place}: the image {name} is not valid base64") from None
    try:
        image = check_image(data, name, place)
    except InputError as exc:
        raise _Invalid(f.line, str(exc).rstrip(".")) from None
    report.images[image.sha256] = image
    if svg_note(image, place):
        report.warnings.append(Message(f.line, svg_note(image, place)))
    rest = _EMPTY_P.sub("", text[:tag.start()] + text[tag.end():]).strip()
    return rest, image.sha256, attrs.get("alt", "")


def _evaluation_item(node: _xmltree.Node, qtype: str, kind: str, tags: list[str], topic: str,
                     report: ImportReport, number: int) -> Parsed:
    """A course-evaluation item written by Assessor (tagged ``assessor:<type>``): nothing is correct."""
    line = node.line
    expected = "essay" if kind == "comment" else "multichoice"
    if qtype != expected:
        raise _Invalid(line, f"the tag {EVALUATION_TAGS[kind]} belongs on a {expected} question, not on {qtype!r}")
    text = _text(node.find("questiontext"))
    if not text:
        raise _Invalid(line, "the question has no text")
    idnumber = _field(node, "idnumber")
    name = _text(node.find("name"))
    place = f"question {number}"
    text, image, image_alt = _take_image(node.find("questiontext"), text, place, report)
    parsed = Parsed(line=line, type=kind, text=text, id=idnumber or None, key=idnumber,
                    title="" if name == idnumber else name, topic=topic, tags=tags,
                    text_format=node.find("questiontext").get("format", "html"), image=image, image_alt=image_alt)
    if kind == "comment":
        return parsed
    answers = node.findall("answer")
    for a in answers:
        raw = a.get("fraction", "0").strip()
        try:
            weight = float(raw.replace(",", "."))
        except ValueError:
            weight = None
        if weight != 0:
            raise _Invalid(a.line, f"a {kind} item (tag {EVALUATION_TAGS[kind]}) has no correct answer, but this "
                                   f"answer has the weight {raw}%")
    if kind == "rating":
        if len(answers) not in SCALE_POINTS:
            raise _Invalid(line, f"a rating has one answer per point of its scale ({', '.join(map(str, SCALE_POINTS))}),"
                                 f" not {len(answers)}")
        # An unlabelled point is written as its number (Moodle needs answer text).
        parsed.scale = [("" if _text(a) == str(i) else _text(a)) for i, a in enumerate(answers, start=1)]
        for end in (0, len(answers) - 1):
            if not parsed.scale[end]:
                raise _Invalid(answers[end].line, "the first and the last point of a rating need a label")
        return parsed
    if len(answers) < 2:
        raise _Invalid(line, "a survey choice needs at least two answers")
    for n, a in enumerate(answers, start=1):
        atext, aimage, aalt = _take_image(a, _text(a), f"{place}, answer {n}", report)
        if not atext and not aimage:
            raise _Invalid(a.line, "an answer has no text")
        parsed.options.append(ParsedOption(atext, 0.0, image=aimage, image_alt=aalt))
    return parsed


# -- export ---------------------------------------------------------------------

_INVALID_XML = re.compile("[^\x09\x0a\x0d\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _clean(s: str) -> str:
    return _INVALID_XML.sub("", s)


def _cdata(s: str) -> str:
    s = _clean(s)
    if not re.search(r"[<>&]", s):
        return s
    return "<![CDATA[" + s.replace("]]>", "]]]]><![CDATA[>") + "]]>"


def _ml(text: dict[str, str] | None, languages: list[str]) -> str:
    text = text or {}
    return join_multilang({lang: text[lang] for lang in languages if text.get(lang)})


def _textel(tag: str, content: str, file: str = "", fmt: str | None = "html", indent: str = "    ") -> str:
    attr = f' format="{fmt}"' if fmt else ""
    if file:
        return f"{indent}<{tag}{attr}><text>{_cdata(content)}</text>\n{file}{indent}</{tag}>\n"
    return f"{indent}<{tag}{attr}><text>{_cdata(content)}</text></{tag}>\n"


def _percent(fraction: float) -> str:
    """Moodle-style percentage; enough digits that import gives the same fraction back."""
    p = float(fraction) * 100
    if any(abs(g - fraction) <= 1e-9 for g in MOODLE_GRADES):
        s = f"{p:.7f}"
    else:
        s = f"{p:.10g}"
    if "." in s and "e" not in s:
        s = s.rstrip("0").rstrip(".")
    return s or "0"


def _category(topic: str, label: str) -> str:
    # A topic that is a nested path (A/B, as nested categories are read) is written as that path.
    nested = "/" in topic.replace("//", "")
    path = "$course$/top" + ("/" + (topic if nested else (label or topic).replace("/", "//")) if topic else "")
    return (
        '  <question type="category">\n'
        f"    <category><text>{_cdata(path)}</text></category>\n"
        '    <info format="html"><text></text></info>\n'
        f"    <idnumber>{escape(_clean(topic))}</idnumber>\n"
        "  </question>\n"
    )


def _answer(fraction: float, text: str, feedback: str, fmt: str | None = "html", extra: str = "") -> str:
    attr = f' format="{fmt}"' if fmt else ""
    return (
        f'    <answer fraction="{_percent(fraction)}"{attr}>\n'
        f"      <text>{_cdata(text)}</text>\n{extra}"
        f'      <feedback format="html"><text>{_cdata(feedback)}</text></feedback>\n'
        "    </answer>\n"
    )


def _with_image(text: str, owner, languages: list[str], images: dict) -> tuple[str, str]:
    """(text with the owner's ``<img>`` appended, the ``<file>`` element) for a question or an option."""
    image = images.get(owner.image) if owner.image else None
    if image is None:
        return text, ""
    name = image.file_name()
    alt = html.escape(_ml(owner.image_alt, languages), quote=True)
    data = base64.b64encode(image.data).decode("ascii")
    return (f'{text}<p><img src="@@PLUGINFILE@@/{name}" alt="{alt}"></p>',
            f'      <file name="{name}" path="/" encoding="base64">{data}</file>\n')


def _question(q: Question, languages: list[str], images: dict | None = None) -> str:
    images = images or {}
    moodle_type = {"single": "multichoice", "multiple": "multichoice", "truefalse": "truefalse",
                   "short": "shortanswer", "numerical": "numerical", "matching": "matching",
                   "rating": "multichoice", "choice": "multichoice", "comment": "essay",
                   "cloze": "multianswer", "description": "description", "essay": "essay"}[q.type]
    text = (join_multilang({lang: write_embedded(q, lang) for lang in languages if q.text.get(lang)})
            if q.type == "cloze" else _ml(q.text, languages))
    out = [f'  <question type="{moodle_type}">\n',
           f"    <name><text>{_cdata(q.title or q.key)}</text></name>\n",
           _textel("questiontext", *_with_image(text, q, languages, images)),
           _textel("generalfeedback", _ml(q.rationale, languages)),
           f"    <defaultgrade>{1 if q.scored else 0}</defaultgrade>\n",
           "    <penalty>0</penalty>\n",
           "    <hidden>0</hidden>\n",
           # A key that is the title was made from it on import: leave idnumber out so the
           # file reads back with the title kept (and the same key made from it again).
           f"    <idnumber>{escape(_clean(q.key))}</idnumber>\n" if q.key != q.title else ""]
    if q.type in ("single", "multiple"):
        out.append(f"    <single>{'true' if q.type == 'single' else 'false'}</single>\n")
        out.append("    <shuffleanswers>false</shuffleanswers>\n")
        out.append("    <answernumbering>ABCD</answernumbering>\n")
        weights = [o.fraction for o in q.options]
        for o, weight in zip(q.options, moodle_multiple_fractions(weights) if q.type == "multiple" else weights):
            text, file = _with_image(_ml(o.text, languages), o, languages, images)
            out.append(_answer(weight, text, _ml(o.feedback, languages), extra=file))
    elif q.type in ("rating", "choice"):
        out.append("    <single>true</single>\n    <shuffleanswers>false</shuffleanswers>\n")
        out.append("    <answernumbering>none</answernumbering>\n" if q.type == "rating"
                   else "    <answernumbering>ABCD</answernumbering>\n")
        if q.type == "rating":
            for i, label in enumerate(q.scale, start=1):
                out.append(_answer(0.0, _ml(label, languages) or str(i), ""))
        else:
            for o in q.options:
                text, file = _with_image(_ml(o.text, languages), o, languages, images)
                out.append(_answer(0.0, text, "", extra=file))
    elif q.type in ("comment", "essay"):
        out.append("    <responseformat>plain</responseformat>\n    <responserequired>0</responserequired>\n"
                   "    <responsefieldlines>5</responsefieldlines>\n    <attachments>0</attachments>\n")
    elif q.type == "truefalse":
        out.append(_answer(1.0 if q.answer else 0.0, "true", "", "moodle_auto_format"))
        out.append(_answer(0.0 if q.answer else 1.0, "false", "", "moodle_auto_format"))
    elif q.type == "short":
        out.append(f"    <usecase>{1 if q.case_sensitive else 0}</usecase>\n")
        for o in q.options:
            out.append(_answer(o.fraction, _ml(o.text, languages), _ml(o.feedback, languages), "moodle_auto_format"))
    elif q.type == "numerical":
        for a in q.numeric:
            value = "*" if a.other else repr(float(a.value))
            out.append(_answer(a.fraction, value, _ml(a.feedback, languages), "moodle_auto_format",
                               f"      <tolerance>{0.0 if a.other else float(a.tolerance)!r}</tolerance>\n"))
        out.append("    <unitgradingtype>0</unitgradingtype>\n    <unitpenalty>0</unitpenalty>\n"
                   "    <showunits>3</showunits>\n    <unitsleft>0</unitsleft>\n")
    elif q.type == "matching":
        out.append("    <shuffleanswers>true</shuffleanswers>\n")
        for p in q.pairs:
            out.append('    <subquestion format="html">\n'
                       f"      <text>{_cdata(_ml(p.left, languages))}</text>\n"
                       f"      <answer><text>{_cdata(_ml(p.right, languages))}</text></answer>\n"
                       "    </subquestion>\n")
        for extra in q.distractors:  # Moodle's distractor: a subquestion without text
            out.append('    <subquestion format="html">\n      <text></text>\n'
                       f"      <answer><text>{_cdata(_ml(extra, languages))}</text></answer>\n"
                       "    </subquestion>\n")
    tags = q.tags + ((EVALUATION_TAGS[q.type],) if q.type in EVALUATION_TAGS else ())
    if tags:
        out.append("    <tags>\n" + "".join(f"      <tag><text>{_cdata(t)}</text></tag>\n" for t in tags) + "    </tags>\n")
    out.append("  </question>\n")
    return "".join(out)


def write_moodle_xml(questions: list[Question], languages: list[str], topic_labels: dict[str, str] | None = None,
                     images: dict | None = None) -> bytes:
    """A Moodle XML file (UTF-8) with ``questions`` in ``languages``.

    Each change of topic starts a category (``$course$/top/<label>``, idnumber = topic
    key). Texts in more than one language are written as multilang spans, which
    Moodle's multi-language filter shows per user language. An image (``images``: the stored
    images by SHA-256) is an ``<img src="@@PLUGINFILE@@/name">`` after the text with its bytes
    in a base64 ``<file>`` of the same element. A then/now item (``retro``) has no
    Moodle form and is left out (``export_bank`` reports it).
    """
    labels = topic_labels or {}
    parts = ['<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n']
    current = None
    for q in questions:
        if q.type == "retro":
            continue
        if q.topic != current:
            # A question without topic after one with a topic goes back to the top category.
            if q.topic or current is not None:
                parts.append(_category(q.topic, labels.get(q.topic, "")))
            current = q.topic
        parts.append(_question(q, list(languages), images))
    parts.append("</quiz>\n")
    return "".join(parts).encode("utf-8")


__all__ = ["parse_moodle_xml", "write_moodle_xml", "MOODLE_GRADES", "EVALUATION_TAGS"]
