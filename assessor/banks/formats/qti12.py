"""IMS QTI 1.2 (Canvas, Blackboard, Respondus exports): import only.

A ``<questestinterop>`` document holds ``<item>`` elements, directly, in an
``<objectbank>`` or in (nested) ``<section>`` elements of an ``<assessment>``. Each item
is read from what it declares (Canvas ``question_type``, Blackboard ``bbmd_questiontype``,
Respondus ``qmd_itemtype``) and, when it declares nothing, from its structure:

- one ``response_lid`` with ``render_choice``: single choice (``rcardinality="Single"``),
  true/false (two choices reading True/False) or multiple response (``Multiple``);
- one ``response_str``/``response_num``: short answer, or numerical when the input is a
  number (``fibtype`` Decimal/Integer, ``response_num`` or ranges in the conditions);
- several ``response_lid``, one per left-hand item: matching.

Credit comes from ``resprocessing``: each ``respcondition`` that sets or adds a positive
``SCORE`` credits the answers its ``varequal`` tests ask for (those under ``<not>`` are
wrong ones). The credit is relative to the score's ``maxvalue`` (Canvas 100, Blackboard's
``SCORE.max``). A numerical answer is the range of ``vargte``/``varlte`` (Canvas writes both
the exact value and its bounds) or an exact ``varequal``. Matching right-hand options that
no left-hand item asks for are kept as distractors.

Canvas's fill-in-multiple-blanks and multiple-dropdowns items are cloze questions: each
``[name]`` placeholder of the text becomes a blank whose answers the response ``response_name``
lists (see :func:`_blanks`); a placeholder and its response must match one to one.

Nested sections give the question its topic, the section titles joined by ``/`` (a ``/``
inside a title written ``//``, as in Moodle's category paths).
Canvas's essays are read as essays and its text-only items as descriptions (:func:`_unmarked`).
Items that cannot be scored (no condition gives credit) and item types Assessor does not
have (file upload, calculated, several blanks not written as Canvas writes them, hot spot,
ordering ...) are skipped
with that reason; they never make the whole file fail.
"""

from __future__ import annotations

import math
import re
from fractions import Fraction

from assessor.banks.formats import _xmltree
from assessor.banks.formats.interchange import ImportReport, Message, Parsed, ParsedNumeric, ParsedOption, ParsedPair, Skipped

_SUPPORTED = {
    # Canvas question_type
    "multiple_choice_question": "single", "true_false_question": "truefalse",
    "multiple_answers_question": "multiple", "short_answer_question": "short",
    "numerical_question": "numerical", "matching_question": "matching",
    # Blackboard bbmd_questiontype / Respondus qmd_itemtype
    "multiple choice": "single", "either/or": "single", "true/false": "truefalse", "true false": "truefalse",
    "multiple answer": "multiple", "multiple response": "multiple", "fill in the blank": "short",
    "short answer": "short", "numeric": "numerical", "numerical": "numerical", "matching": "matching",
    # Respondus and D2L Brightspace names
    "fill in blank": "short", "true or false": "truefalse", "multi-select": "multiple",
}
_CLOZE = ("several blanks or drop-downs in one question (Cloze) are read from QTI 1.2 only as Canvas writes them "
          "(fill_in_multiple_blanks_question, multiple_dropdowns_question)")
_UNSUPPORTED = {
    "short response": "an open short-response question is not scored automatically and is not read from QTI 1.2",
    "file_upload_question": "a file-upload question cannot be answered in Assessor",
    "file upload": "a file-upload question cannot be answered in Assessor",
    "calculated_question": "a calculated question (its numbers change with each attempt) cannot be delivered",
    "calculated": "a calculated question (its numbers change with each attempt) cannot be delivered",
    "fill in the blank plus": _CLOZE, "jumbled sentence": _CLOZE,
    "ordering_question": "an ordering question is not read from QTI 1.2",
    "ordering": "an ordering question is not read from QTI 1.2",
    "hot spot": "a hot-spot question (click on an image) cannot be delivered",
    "opinion scale": "an opinion scale has no correct answer, so it cannot be scored",
    "quiz bowl": "a quiz-bowl question is not read from QTI 1.2",
    "multi-short answer": _CLOZE, "fill in the blanks": _CLOZE,
}
# Open questions, marked by a facilitator (Canvas, Respondus names), and Canvas's text between questions.
_UNMARKED = {"essay_question": "essay", "essay": "essay", "long answer": "essay", "paragraph": "essay",
             "text_only_question": "description"}
# Canvas questions with several blanks in their text, read as cloze: fill-in (typed) or drop-down blanks.
_BLANKS = {"fill_in_multiple_blanks_question": "short", "multiple_dropdowns_question": "choice"}
# A Canvas blank in the question text: [name] (letters, digits, '_', '-', '.').
_PLACEHOLDER = re.compile(r"\[([A-Za-z0-9_.-]+)\]")
_RESPONSES = ("response_lid", "response_str", "response_num", "response_xy", "response_grp")
_TRUE = TRUE_WORDS = ("true", "benar", "wahr", "vrai", "verdadero")
_FALSE = FALSE_WORDS = ("false", "salah", "falsch", "faux", "falso")
"""How a choice reading True / False is written in the languages exports come in (QTI 2.x reads them too)."""
# Feedback that is about the whole question, not one answer.
_GENERAL_FEEDBACK = ("general_fb",)
_NOT_OPTION_FEEDBACK = ("correct_fb", "general_incorrect_fb", "general_fb", "correct", "incorrect")


class _Invalid(Exception):
    def __init__(self, line: int, message: str):
        super().__init__(message)
        self.line, self.message = line, message


class _Skip(Exception):
    def __init__(self, kind: str, reason: str):
        super().__init__(reason)
        self.kind, self.reason = kind, reason


def _tidy(value: float) -> float:
    """A credit computed from scores without its float noise: 100/3 points of 100 is exactly a third, and
    0.1 + 0.2 is 0.3 (the nearest fraction with a small denominator, when it is that close)."""
    near = float(Fraction(value).limit_denominator(1000))
    return near if abs(near - value) < 1e-9 else value


def parse_questestinterop(root: _xmltree.Node, member: str, report: ImportReport) -> None:
    """Add the items of a QTI 1.2 ``<questestinterop>`` document to ``report``.

    ``member`` is the document's path in a package ('' for a bare file); it starts each
    message and becomes the questions' ``origin``. Never raises on bad input.
    """
    where = f"{member}: " if member else ""
    found = 0
    for item, path in _items(root, ()):
        found += 1
        notes: list[str] = []
        try:
            parsed = _item(item, "/".join(path), notes)
        except _Skip as skip:
            report.skipped.append(Skipped(item.line, skip.kind, f"{where}item {_name(item)}: {skip.reason}"))
            continue
        except _Invalid as exc:
            report.errors.append(Message(exc.line, f"{where}item {_name(item)}: {exc.message}"))
            continue
        parsed.origin = member
        for warning in notes + parsed_warnings(item, parsed):
            report.warnings.append(Message(item.line, f"{where}item {_name(item)}: {warning}"))
        report.questions.append(parsed)
    for ref in root.iter("sourcebank_ref"):
        report.warnings.append(Message(ref.line, f"{where}a section draws its questions from the question bank "
                                                 f"{ref.text.strip()!r}, which is not in this file; export that bank too"))
    if not found:
        report.errors.append(Message(root.line, f"{where}the QTI 1.2 document holds no <item>"))


def parsed_warnings(item: _xmltree.Node, parsed: Parsed) -> list[str]:
    """What an imported item loses: case-sensitive matching, images."""
    out = []
    if parsed.type == "short" and any(v.get("case").lower() == "yes" for v in item.iter("varequal")):
        out.append("case-sensitive matching is not kept; answers are compared ignoring case")
    images = [n for n in item.iter("matimage")]
    if images:
        out.append(f"{len(images)} image(s) are not imported")
    return out


def _name(item: _xmltree.Node) -> str:
    ident = item.get("ident") or _metadata(item).get("bbmd_asi_object_id", "")
    title = item.get("title")
    if ident:
        return repr(ident)
    return repr(title) if title else f"on line {item.line}"


def _items(node: _xmltree.Node, path: tuple[str, ...]):
    """(item, section titles above it), in document order."""
    for child in node.children:
        if child.tag == "item":
            yield child, path
        elif child.tag == "section":
            title = child.get("title").strip()
            # A '/' inside a title is kept as '//', as in a Moodle category path.
            inner = path + (title.replace("/", "//"),) if title and child.get("ident") != "root_section" else path
            yield from _items(child, inner)
        elif child.tag in ("assessment", "objectbank"):
            yield from _items(child, path)


def _metadata(item: _xmltree.Node) -> dict[str, str]:
    """Item metadata: Canvas ``qtimetadatafield`` label -> entry, and Blackboard/Respondus elements."""
    found: dict[str, str] = {}
    meta = item.find("itemmetadata")
    if meta is None:
        return found
    for field in meta.iter("qtimetadatafield"):
        label, entry = field.find("fieldlabel"), field.find("fieldentry")
        if label is not None and entry is not None:
            found.setdefault(label.itertext().strip().lower(), entry.itertext().strip())
    for child in meta.children:
        if child.tag.startswith(("bbmd_", "qmd_")):
            found.setdefault(child.tag.lower(), child.itertext().strip())
    return found


# -- text -------------------------------------------------------------------------------


def _material_text(material: _xmltree.Node) -> str:
    """The text of one ``<material>``: its ``mattext``/``mat_formattedtext``/``matemtext`` in order."""
    parts = []
    for node in material.iter():
        if node.tag in ("mattext", "mat_formattedtext", "matemtext"):
            parts.append(node.itertext())
    return "".join(parts).strip()


def _texts(node: _xmltree.Node, stop=lambda n: False) -> str:
    """The text of every material under ``node``, not descending into nodes where ``stop`` is true."""
    parts = []

    def walk(n: _xmltree.Node):
        for child in n.children:
            if stop(child):
                continue
            if child.tag == "material":
                text = _material_text(child)
                if text:
                    parts.append(text)
            else:
                walk(child)

    walk(node)
    return "\n".join(parts)


def _flow_class(node: _xmltree.Node) -> str:
    return node.get("class").upper() if node.tag.startswith("flow") else ""


def _question_text(presentation: _xmltree.Node) -> str:
    blocks = [n for n in presentation.iter() if _flow_class(n) == "QUESTION_BLOCK"]
    if blocks:  # Blackboard: the question is in its own block
        return "\n".join(_texts(b) for b in blocks).strip()
    return _texts(presentation, lambda n: n.tag in _RESPONSES
                  or _flow_class(n) in ("RESPONSE_BLOCK", "RIGHT_MATCH_BLOCK")).strip()


# -- scoring ----------------------------------------------------------------------------


def _number(text: str, line: int, what: str) -> float:
    try:
        value = float(text.strip().replace(",", "."))
    except ValueError:
        raise _Invalid(line, f"{what} {text.strip()!r} is not a number") from None
    if not math.isfinite(value):
        raise _Invalid(line, f"{what} {text.strip()!r} is not a finite number")
    return value


class _Condition:
    """One ``respcondition``: the score it gives and the tests it makes."""

    def __init__(self, node: _xmltree.Node, max_score: float | None):
        self.node = node
        self.score: float | None = None
        self.adds = False
        for setvar in node.findall("setvar"):
            raw = setvar.text.strip()
            if raw.upper().endswith(".MAX"):
                value = max_score if max_score is not None else 1.0
            else:
                value = _number(raw, setvar.line, "the score")
            action = setvar.get("action", "Set").lower()
            if action == "subtract":
                value = -value
            elif action not in ("set", "add"):
                continue
            self.adds = self.adds or action != "set"
            self.score = (self.score or 0.0) + value if action != "set" else value
        self.tests: list[tuple[str, str, str, bool]] = []  # (tag, respident, value, negated)
        condvar = node.find("conditionvar")
        if condvar is not None:
            self._walk(condvar, False)
        self.feedback = [d.get("linkrefid") for d in node.findall("displayfeedback") if d.get("linkrefid")]

    def _walk(self, node: _xmltree.Node, negated: bool):
        for child in node.children:
            if child.tag == "not":
                self._walk(child, not negated)
            elif child.tag in ("and", "or"):
                self._walk(child, negated)
            elif child.tag.startswith("var"):
                self.tests.append((child.tag, child.get("respident"), child.text.strip(), negated))

    def asked(self, respident: str | None = None, tags=("varequal",)) -> list[str]:
        """The values this condition asks for (not under ``<not>``), optionally of one response."""
        return [value for tag, rid, value, neg in self.tests
                if tag in tags and not neg and (respident is None or not rid or rid == respident)]


def _conditions(item: _xmltree.Node) -> list[_Condition]:
    conditions: list[_Condition] = []
    for proc in item.findall("resprocessing"):
        max_score = None
        outcomes = proc.find("outcomes")
        for decvar in outcomes.findall("decvar") if outcomes is not None else []:
            if decvar.get("maxvalue"):
                max_score = _number(decvar.get("maxvalue"), decvar.line, "the maximum score")
                break
        found = [_Condition(c, max_score) for c in proc.findall("respcondition")]
        if max_score is None or max_score <= 0:
            added = sum(c.score for c in found if c.adds and c.score and c.score > 0)
            sets = [c.score for c in found if not c.adds and c.score is not None]
            max_score = max([added] + sets) or 1.0
        for c in found:
            c.max = max_score
        conditions += found
    return conditions


# -- items ------------------------------------------------------------------------------


def _open_text(item: _xmltree.Node, responses: list[_xmltree.Node]) -> bool:
    """Whether an item without a declared type is an open text box, as Canvas writes an essay: one typed
    response whose processing (if any) only matches "any other answer" and sets no score."""
    if len(responses) != 1 or responses[0].tag != "response_str":
        return False
    conditions = list(item.iter("respcondition"))
    return not list(item.iter("setvar")) and all(
        [n.tag for n in (c.find("conditionvar") or _xmltree.Node("x", {}, 0)).children] == ["other"]
        for c in conditions)


def _unmarked(item: _xmltree.Node, presentation: _xmltree.Node, qtype: str, topic: str, meta: dict) -> Parsed:
    """An essay (its answer box and any scoring left aside: a facilitator marks it) or a text-only item
    (a description), with its text, title, topic and general feedback (an essay's marking guide)."""
    text = _question_text(presentation)
    if not text:
        raise _Invalid(item.line, "the item has no question text")
    feedback = {f.get("ident"): _texts(f) for f in item.iter("itemfeedback")}
    ident = item.get("ident") or meta.get("bbmd_asi_object_id", "")
    title = item.get("title").strip()
    return Parsed(line=item.line, type=qtype, text=text, id=ident or None, key=ident,
                  title="" if title == ident else title, topic=topic,
                  text_format="html" if _is_html(item) else "plain_text",
                  general_feedback="" if qtype == "description" else next(
                      (feedback[k] for k in _GENERAL_FEEDBACK if feedback.get(k)), ""))


def _labels(response: _xmltree.Node) -> list[tuple[str, str, int]]:
    """(ident, text, line) of each choice of a ``response_lid``."""
    return [(label.get("ident"), _texts(label) or label.text.strip(), label.line)
            for label in response.iter("response_label")]


def _item(item: _xmltree.Node, topic: str, notes: list[str]) -> Parsed:
    """The question of one item; what it loses is added to ``notes``."""
    meta = _metadata(item)
    declared = next((meta[k] for k in ("question_type", "bbmd_questiontype", "qmd_itemtype", "interaction_type")
                     if meta.get(k)), "")
    lowered = declared.strip().lower()
    if lowered in _UNSUPPORTED:
        raise _Skip(declared, _UNSUPPORTED[lowered])
    presentation = item.find("presentation")
    if presentation is None:
        raise _Invalid(item.line, "the item has no <presentation>")
    if lowered in _UNMARKED:
        return _unmarked(item, presentation, _UNMARKED[lowered], topic, meta)
    responses = [n for n in presentation.iter() if n.tag in _RESPONSES]
    if not declared and _open_text(item, responses):
        return _unmarked(item, presentation, "essay", topic, meta)
    if not responses:
        raise _Skip(declared or "none", "the item has nothing to answer (no response element)")
    if lowered in _BLANKS:
        return _blanks(item, presentation, responses, _BLANKS[lowered], topic, meta)
    qtype = _SUPPORTED.get(lowered) or _shape(responses)
    if qtype is None:
        kinds = sorted({r.tag for r in responses})
        raise _Skip(declared or kinds[0], f"{declared or ', '.join(kinds)} is not supported" if declared
                    else f"an item with {len(responses)} responses ({', '.join(kinds)}) is not supported")
    text = _question_text(presentation)
    if not text:
        raise _Invalid(item.line, "the item has no question text")
    conditions = _conditions(item)
    feedback = {f.get("ident"): _texts(f) for f in item.iter("itemfeedback")}
    ident = item.get("ident") or meta.get("bbmd_asi_object_id", "")
    title = item.get("title").strip()
    parsed = Parsed(line=item.line, type=qtype, text=text, id=ident or None, key=ident,
                    title="" if title == ident else title, topic=topic,
                    text_format="html" if _is_html(item) else "plain_text",
                    general_feedback=next((feedback[k] for k in _GENERAL_FEEDBACK if feedback.get(k)), ""))
    if qtype in ("single", "multiple", "truefalse"):
        _choice(parsed, responses, conditions, feedback, item.line)
    elif qtype == "short":
        _short(parsed, responses, conditions, item.line)
    elif qtype == "numerical":
        _numerical(parsed, conditions, item.line)
    else:
        _matching(parsed, presentation, responses, conditions, notes)
    return parsed


def _is_html(item: _xmltree.Node) -> bool:
    return any("html" in (n.get("texttype") + n.get("type")).lower()
               for n in item.iter() if n.tag in ("mattext", "mat_formattedtext"))


def _shape(responses: list[_xmltree.Node]) -> str | None:
    """The question type an undeclared item has by its structure, else None."""
    tags = [r.tag for r in responses]
    if tags == ["response_lid"]:
        if responses[0].find("render_choice") is None and not list(responses[0].iter("response_label")):
            return None
        if responses[0].get("rcardinality").lower() == "multiple":
            return "multiple"
        texts = [t.strip().lower() for _, t, _ in _labels(responses[0])]
        two_sides = len(texts) == 2 and any(t in _TRUE for t in texts) and any(t in _FALSE for t in texts)
        return "truefalse" if two_sides else "single"
    if tags in (["response_str"], ["response_num"]):
        fib = responses[0].find("render_fib")
        numeric = tags == ["response_num"] or (fib is not None and fib.get("fibtype").lower() in ("decimal", "integer"))
        return "numerical" if numeric else "short"
    if len(tags) >= 2 and set(tags) == {"response_lid"}:
        return "matching"
    return None


def _unscored(conditions: list[_Condition]) -> None:
    if not any(c.score is not None and c.score > 0 for c in conditions):
        raise _Skip("unscored", "no response condition gives credit, so the item cannot be scored (a survey item?)")


def _choice(parsed: Parsed, responses, conditions, feedback, line: int) -> None:
    if len(responses) != 1 or responses[0].tag != "response_lid":
        raise _Skip(parsed.type, f"a {parsed.type} item needs one choice response, not {len(responses)}")
    response = responses[0]
    labels = _labels(response)
    if len(labels) < 2:
        raise _Invalid(response.line, "a choice item needs at least two choices")
    ids = [ident for ident, _, _ in labels]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise _Invalid(response.line, f"choice ident {duplicates[0]!r} is used twice")
    for ident, text, label_line in labels:
        if not text:
            raise _Invalid(label_line, f"choice {ident!r} has no text")
    credit = dict.fromkeys(ids, 0.0)
    option_feedback = dict.fromkeys(ids, "")
    rid = response.get("ident")
    for c in conditions:
        asked = [a for a in c.asked(rid) if a in credit]
        unknown = [a for a in c.asked(rid) if a not in credit]
        if unknown and c.score:
            raise _Invalid(c.node.line, f"the condition asks for choice {unknown[0]!r}, which the item does not have")
        if len(asked) == 1:
            texts = [feedback.get(f, "") for f in c.feedback if f not in _NOT_OPTION_FEEDBACK]
            if any(texts) and not option_feedback[asked[0]]:
                option_feedback[asked[0]] = " ".join(t for t in texts if t)
        if not c.score or not asked:
            continue
        share = c.score / c.max / len(asked)
        for a in asked:
            credit[a] = credit[a] + share if c.adds else (max(credit[a], share) if share > 0 else min(credit[a], share))
    _unscored(conditions)
    credit = {k: max(-1.0, min(1.0, _tidy(v))) for k, v in credit.items()}
    if not any(v > 0 for v in credit.values()):
        raise _Skip("unscored", "no choice earns credit, so the item cannot be scored")
    if parsed.type == "truefalse":
        by_text = {t.strip().lower(): credit[i] for i, t, _ in labels}
        true_ = next((v for t, v in by_text.items() if t in _TRUE), None)
        false_ = next((v for t, v in by_text.items() if t in _FALSE), None)
        if len(labels) == 2 and true_ is not None and false_ is not None and (true_ > 0) != (false_ > 0):
            parsed.correct = true_ > 0
            for i, t, _ in labels:
                if t.strip().lower() in _TRUE:
                    parsed.feedback_true = option_feedback[i]
                else:
                    parsed.feedback_false = option_feedback[i]
            return
        parsed.type = "single"  # 'True/False' with other words: a plain single choice
    parsed.options = [ParsedOption(t, credit[i], option_feedback[i]) for i, t, _ in labels]
    if parsed.type == "single":
        full = sum(o.fraction >= 1 - 1e-6 for o in parsed.options)
        if full == 0:
            raise _Invalid(line, "no choice earns full credit")
        if full > 1 and response.get("rcardinality").lower() != "multiple":
            raise _Invalid(line, "a single-choice item gives full credit to more than one choice")
        if full > 1:
            parsed.type = "multiple"


def _short(parsed: Parsed, responses, conditions, line: int) -> None:
    if len(responses) != 1:
        raise _Skip("short", _CLOZE)
    rid = responses[0].get("ident")
    _unscored(conditions)
    seen: dict[str, ParsedOption] = {}
    for c in conditions:
        if not c.score or c.score <= 0:
            continue
        for tag, respident, value, negated in c.tests:
            if negated or (respident and respident != rid) or not value:
                continue
            if tag == "varequal":
                text = value
            elif tag == "varsubstring":
                text = f"*{value}*"
            else:
                continue
            fraction = min(1.0, _tidy(c.score / c.max))
            if text not in seen or seen[text].fraction < fraction:
                seen[text] = ParsedOption(text, fraction)
    if not seen:
        raise _Skip("unscored", "no accepted answer earns credit, so the item cannot be scored")
    parsed.options = list(seen.values())


def _numerical(parsed: Parsed, conditions, line: int) -> None:
    _unscored(conditions)
    for c in conditions:
        if not c.score or c.score <= 0:
            continue
        lows = [(v, tag) for tag, _, v, neg in c.tests if tag in ("vargte", "vargt") and not neg]
        highs = [(v, tag) for tag, _, v, neg in c.tests if tag in ("varlte", "varlt") and not neg]
        exact = c.asked(tags=("varequal",))
        fraction = min(1.0, _tidy(c.score / c.max))
        if lows and highs:
            low = _number(lows[0][0], c.node.line, "the lower bound")
            high = _number(highs[0][0], c.node.line, "the upper bound")
            if low > high:
                raise _Invalid(c.node.line, f"the range {low:g} to {high:g} is empty")
            parsed.answers.append(ParsedNumeric((low + high) / 2, (high - low) / 2, fraction))
        elif exact:
            for value in exact:
                parsed.answers.append(ParsedNumeric(_number(value, c.node.line, "the answer"), 0.0, fraction))
        elif lows or highs:
            raise _Skip("numerical", "an open range (only a lower or an upper bound) cannot be scored as a number "
                                     "with a tolerance")
    if not parsed.answers:
        raise _Skip("unscored", "no numerical answer earns credit, so the item cannot be scored")


def _blank_name(response: _xmltree.Node) -> str:
    """The placeholder a Canvas blank response stands for: its own ``material`` text, else its ident
    without ``response_``."""
    name = _texts(response, lambda n: n.tag in ("render_choice", "render_fib")).strip()
    ident = response.get("ident")
    return name or (ident[len("response_"):] if ident.startswith("response_") else ident)


def _blanks(item: _xmltree.Node, presentation: _xmltree.Node, responses, kind: str, topic: str,
            meta: dict[str, str]) -> Parsed:
    """A Canvas fill-in-multiple-blanks (``kind`` short) or multiple-dropdowns (``kind`` choice) item as cloze.

    The text holds ``[name]`` placeholders; the response whose material reads ``name`` lists that
    blank's answers. Fill-in: every listed answer is right (Canvas compares ignoring case);
    drop-downs: the answer a scoring condition asks for is right, the others are choices. A blank's
    weight is the score its condition gives, relative to the smallest blank's.
    """
    from assessor.banks.cloze import ClozeError, parse_embedded, write_blank
    from assessor.banks.questions import Blank, Option

    text = _question_text(presentation)
    if not text:
        raise _Invalid(item.line, "the item has no question text")
    by_name: dict[str, _xmltree.Node] = {}
    for response in responses:
        if response.tag not in ("response_lid", "response_str"):
            raise _Invalid(response.line, f"blank response {response.get('ident')!r} is a <{response.tag}>, "
                                          "not a list of answers")
        name = _blank_name(response)
        if not name:
            raise _Invalid(response.line, "a blank response has neither an ident nor a name")
        if name in by_name:
            raise _Invalid(response.line, f"two responses stand for the blank [{name}]")
        by_name[name] = response
    order = [m.group(1) for m in _PLACEHOLDER.finditer(text)]
    for name in order:
        if name not in by_name:
            raise _Invalid(item.line, f"the placeholder [{name}] in the text has no response listing its answers")
        if order.count(name) > 1:
            raise _Invalid(item.line, f"the placeholder [{name}] appears {order.count(name)} times in the text; "
                                      "each blank can stand in one place only")
    for name, response in by_name.items():
        if name not in order:
            raise _Invalid(response.line, f"response {response.get('ident')!r} lists answers for the blank [{name}], "
                                          "which the text does not have")
    if not order:
        raise _Invalid(item.line, "the text has no [blank] placeholders")
    conditions = _conditions(item)
    feedback = {f.get("ident"): _texts(f) for f in item.iter("itemfeedback")}
    scores, answers = {}, {}
    for name in order:
        response = by_name[name]
        rid = response.get("ident")
        labels = _labels(response)
        ids = [ident for ident, _t, _l in labels]
        credit = dict.fromkeys(ids, 0.0)
        said = dict.fromkeys(ids, "")
        best = 0.0
        typed: list[str] = []  # answers of a typed blank written in the conditions themselves (response_str)
        for c in conditions:
            # A test without a respident may be about any response: it counts here only for this blank's answers.
            asked = [v for tag, r, v, neg in c.tests if tag == "varequal" and not neg and (r == rid or not r and v in credit)]
            if c.score and c.score > 0 and asked:
                best = max(best, c.score)
                for a in asked:
                    if a in credit:
                        credit[a] = max(credit[a], c.score)
                    elif response.tag == "response_str":
                        typed += [a] if a not in typed else []
                    else:
                        raise _Invalid(c.node.line, f"the condition for the blank [{name}] asks for answer {a!r}, "
                                                    "which that blank does not list")
            texts = [feedback.get(f, "") for f in c.feedback if f not in _NOT_OPTION_FEEDBACK]
            if len(asked) == 1 and asked[0] in said and any(texts) and not said[asked[0]]:
                said[asked[0]] = " ".join(t for t in texts if t)
        if best <= 0:
            raise _Invalid(response.line, f"no condition gives credit for the blank [{name}], so it cannot be scored")
        found = [(text_, credit[ident] / best, said[ident], line) for ident, text_, line in labels]
        found += [(t, 1.0, "", response.line) for t in typed]
        for text_, _f, _fb, line in found:
            if not text_:
                raise _Invalid(line, f"an answer of the blank [{name}] has no text")
        if kind == "short":
            found = [(t, 1.0, fb, line) for t, _f, fb, line in found]  # Canvas: every listed answer is right
        elif len(found) < 2:
            raise _Invalid(response.line, f"the drop-down [{name}] lists {len(found)} answer(s); it needs at least two")
        if not found:
            raise _Invalid(response.line, f"the blank [{name}] lists no answers")
        scores[name] = best
        answers[name] = found
    smallest = min(scores.values())
    marked = text
    for name in order:
        options = tuple(Option({"en": t}, round(f, 7), {"en": fb} if fb else {}) for t, f, fb, _l in answers[name])
        blank = Blank(kind, round(scores[name] / smallest, 2), options)
        marked = marked.replace(f"[{name}]", write_blank(blank, "en"), 1)
    ident = item.get("ident") or meta.get("bbmd_asi_object_id", "")
    title = item.get("title").strip()
    parsed = Parsed(line=item.line, type="cloze", text=marked, id=ident or None, key=ident,
                    title="" if title == ident else title, topic=topic,
                    text_format="html" if _is_html(item) else "plain_text",
                    general_feedback=next((feedback[k] for k in _GENERAL_FEEDBACK if feedback.get(k)), ""))
    try:
        parse_embedded(marked)  # what storing it will read: refused here, naming the item
    except ClozeError as exc:
        raise _Invalid(item.line, f"its blanks cannot be read: {exc}") from None
    return parsed


def _matching(parsed: Parsed, presentation, responses, conditions, notes: list[str]) -> None:
    if any(r.tag != "response_lid" for r in responses) or len(responses) < 2:
        raise _Skip("matching", "a matching item needs one choice response per left-hand item")
    parents = {id(child): node for node in presentation.iter() for child in node.children}
    right_blocks = [n for n in presentation.iter() if _flow_class(n) == "RIGHT_MATCH_BLOCK"]
    # Blackboard: the right-hand texts are listed once, in the order of every response's labels.
    right_texts = ([_material_text(m) for m in right_blocks[0].iter("material")] if right_blocks else [])
    _unscored(conditions)
    used: list[str] = []
    every_right: list[str] = []
    for response in responses:
        left = _texts(response, lambda n: n.tag in ("render_choice", "render_fib")).strip()
        if not left:  # Blackboard: the left text is beside the response, in the same block
            parent = parents.get(id(response))
            left = _texts(parent, lambda n: n.tag in _RESPONSES).strip() if parent is not None else ""
        labels = _labels(response)
        texts = {}
        for n, (ident, text, _) in enumerate(labels):
            texts[ident] = text or (right_texts[n] if n < len(right_texts) else "")
        for t in texts.values():
            if t and t not in every_right:
                every_right.append(t)
        rid = response.get("ident")
        chosen = [a for c in conditions if c.score and c.score > 0 for a in c.asked(rid) if a in texts]
        if not left:
            raise _Invalid(response.line, f"matching response {rid!r} has no left-hand text")
        if not chosen:
            raise _Skip("unscored", f"no right-hand option is marked correct for {left!r}, so the item cannot be scored")
        right = texts[chosen[0]]
        if not right:
            raise _Invalid(response.line, f"the right-hand option {chosen[0]!r} has no text")
        parsed.pairs.append(ParsedPair(left, right))
        used.append(right)
    parsed.distractors = [t for t in every_right if t not in used]


__all__ = ["parse_questestinterop"]
