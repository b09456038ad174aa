"""GIFT question files (Moodle's text format): import into an ImportReport, export a bank.

Import follows Moodle's own GIFT reader (qformat_gift) rule by rule, so a file
behaves here as it does in Moodle:

- questions are separated by blank lines; each line is trimmed; lines starting
  with ``//`` are comments (``// [id:KEY]`` and ``// [tag:NAME]`` are read);
- ``$CATEGORY: path`` sets the topic of the questions that follow;
- ``::title::`` names a question; ``[html|moodle|plain|markdown]`` sets a text format;
- the first ``{`` ... first ``}`` hold the answers; text after ``}`` makes the
  answers a blank ``_____`` inside the text;
- ``\\`` escapes ``~ = # { } :`` and ``\\``; ``\\n`` is a new line;
- the type comes from the answers as Moodle decides it: ``{}`` essay (``{####text}``
  gives it a marking guide), no braces at all description, ``#`` numerical, any ``~``
  multiple choice (single when some answer starts with ``=``, multiple when none
  does), ``=`` with ``->`` matching, ``T``/``TRUE``/``F``/``FALSE`` (upper case
  only) true/false, anything else short answer.

A file whose paragraphs are all descriptions and that shows nothing only GIFT has
(a question with answers, ``::title::``, ``$CATEGORY``, ``// [id:...]`` or
``[tag:...]``, a ``[format]`` prefix) is not read as descriptions: it is prose or
another format's file (an Aiken file has no braces), and the reader says it has no
question, with the line of its first paragraph. Moodle would import it as descriptions.

Where Moodle would silently produce a broken question this reader reports an
error with its line instead (unclosed or repeated braces, weights outside
-100%..100%, numbers that are not numbers). Export writes what this reader and
Moodle read back as the same questions.
"""

from __future__ import annotations

import math
import re
from decimal import Decimal

from assessor.banks.cloze import has_embedded_answers
from assessor.banks.questions import Question
from assessor.banks.formats.interchange import (
    ImportReport,
    Message,
    Parsed,
    ParsedNumeric,
    ParsedOption,
    ParsedPair,
    join_multilang,
    moodle_multiple_fractions,
)

FORMATS = ("moodle", "html", "plain", "markdown")
WRITTEN_TYPES = ("single", "multiple", "truefalse", "short", "numerical", "matching", "essay", "description")
"""The question types :func:`write_gift` writes; GIFT has no form for the others (cloze, evaluation items)."""

# Escaped control characters are swapped for private-use placeholders while the
# structure is parsed (the same idea as Moodle's), then swapped back.
_CONTROL = ":#={}~"
_PH = {c: chr(0x10FF00 + i) for i, c in enumerate(_CONTROL)}
_PH_NL = chr(0x10FF10)
_UNPH = {v: k for k, v in _PH.items()}
_UNPH[_PH_NL] = "\n"
_UNPH_RE = re.compile("[" + "".join(_UNPH) + "]")
_ESCAPE_RE = re.compile(r"\\(.)")
_MLANG_TAG = re.compile(r"\{(mlang(?:\s+[\w,-]+)?)\}", re.IGNORECASE)

_WEIGHT_RE = re.compile(r"^%\s*([-+]?(?:\d+(?:\.\d*)?|\.\d+))\s*%")
_FORMAT_RE = re.compile(r"^\[(html|moodle|plain|markdown)\]")
_ID_RE = re.compile(r"\[id:((?:\\.|[^\]\\])*)\]")
_TAG_RE = re.compile(r"\[tag:((?:\\.|[^\]\\])*)\]")
_TF = {"T": True, "TRUE": True, "F": False, "FALSE": False}

# Moodle's grade choices for answers (question/format.php, question_bank grade options).
_MOODLE_GRADES = sorted(
    {1.0, 0.9, 0.8, 0.75, 0.7, 0.6, 0.5, 0.4, 0.3, 0.25, 0.2, 0.1, 0.05, 0.0}
    | {round(1 / n, 7) for n in (3, 6, 7, 8, 9)}
    | {round(2 / 3, 7), round(5 / 6, 7)}
)


def _is_moodle_grade(fraction: float) -> bool:
    return any(abs(abs(fraction) - g) < 1e-5 for g in _MOODLE_GRADES)


def _escape_line(line: str) -> str:
    """Resolve GIFT escapes of one line into placeholders (structure-neutral)."""

    def repl(m: re.Match) -> str:
        c = m.group(1)
        if c == "\\":
            return "\\"
        if c in _PH:
            return _PH[c]
        if c == "n":
            return _PH_NL
        return m.group(0)

    line = _ESCAPE_RE.sub(repl, line)
    # {mlang xx} markers are text, not answer braces (Moodle's multilang2 syntax).
    return _MLANG_TAG.sub(lambda m: _PH["{"] + m.group(1) + _PH["}"], line)


def _restore(s: str) -> str:
    return _UNPH_RE.sub(lambda m: _UNPH[m.group(0)], s)


class _Block:
    """One blank-line-separated chunk: its text with placeholders and line mapping."""

    def __init__(self, lines: list[tuple[int, str]]):
        self.comments: list[str] = []
        parts: list[str] = []
        self.starts: list[tuple[int, int]] = []  # (offset in text, source line)
        offset = 0
        for number, raw in lines:
            if raw.startswith("//"):
                self.comments.append(raw)
                continue
            self.starts.append((offset, number))
            esc = _escape_line(raw)
            parts.append(esc)
            offset += len(esc) + 1
        self.text = "\n".join(parts)

    def line_at(self, offset: int) -> int:
        line = self.starts[0][1] if self.starts else 1
        for start, number in self.starts:
            if start <= offset:
                line = number
            else:
                break
        return line


def _text_with_format(s: str, default: str) -> tuple[str, str]:
    """Moodle's parse_text_with_format: optional [format] prefix, escapes, trim."""
    fmt = default
    m = _FORMAT_RE.match(s)
    if m:
        fmt = m.group(1)
        s = s[m.end():]
    return _restore(s).strip(), fmt


def _split_keep_offsets(s: str, base: int, seps: str) -> list[tuple[str, int]]:
    """Split ``s`` before every character of ``seps`` (kept), with absolute offsets."""
    pieces: list[tuple[str, int]] = []
    start = 0
    for i, c in enumerate(s):
        if c in seps and i > start:
            pieces.append((s[start:i], base + start))
            start = i
    pieces.append((s[start:], base + start))
    return pieces


def _number(s: str) -> float | None:
    try:
        v = float(_restore(s).strip())
    except ValueError:
        return None
    return v if math.isfinite(v) else None


class _Reader:
    def __init__(self) -> None:
        self.report = ImportReport(format="gift")
        self.topic = ""
        # Whether the file shows anything only GIFT has (see read): a question with answers, a title,
        # a $CATEGORY line, an id or tag comment, a [format] prefix.
        self.marked = False

    def warn(self, line: int, msg: str) -> None:
        self.report.warnings.append(Message(line, msg))

    def error(self, line: int, msg: str) -> None:
        self.report.errors.append(Message(line, msg))

    # -- blocks -----------------------------------------------------------
    def read(self, text: str) -> ImportReport:
        text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
        block: list[tuple[int, str]] = []
        for number, raw in enumerate(text.split("\n"), start=1):
            line = raw.strip()
            if line:
                block.append((number, line))
            elif block:
                self.block(block)
                block = []
        if block:
            self.block(block)
        descriptions = [p for p in self.report.questions if p.type == "description"]
        if descriptions and not self.marked:
            # Paragraphs of text and nothing else: prose, or another format's file (an Aiken file has no
            # braces), not a GIFT bank of descriptions; importing them as descriptions would hide that.
            self.report.questions = [p for p in self.report.questions if p.type != "description"]
            self.error(descriptions[0].line, f"no question in this file: its {len(descriptions)} paragraph(s) have no "
                                             "answers in {...}; a paragraph without answers is read as a "
                                             "description only in a GIFT file with questions, a ::title::, a $CATEGORY "
                                             "line or a // [id:...] comment")
        return self.report

    def block(self, lines: list[tuple[int, str]]) -> None:
        first = next((i for i, (_, raw) in enumerate(lines) if not raw.startswith("//")), None)
        if first is None:
            return  # only comments
        number, raw = lines[first]
        if raw.startswith("$CATEGORY:"):
            self.marked = True
            self.topic = _topic(_restore(_escape_line(raw[len("$CATEGORY:"):])).strip())
            rest = lines[first + 1:]
            if any(not r.startswith("//") for _, r in rest):
                self.warn(
                    rest[0][0],
                    "text right after a $CATEGORY line is read as a question; Moodle needs a blank line between them",
                )
                self.block(lines[:first] + rest)
            return
        self.question(_Block(lines))

    # -- one question -----------------------------------------------------
    def question(self, b: _Block) -> None:
        text = b.text
        line = b.line_at(0)
        ident, tags = _comment_meta(b.comments)
        base = 0
        title = ""
        if text.startswith("::"):
            end = text.find("::", 2)
            if end < 0:
                self.warn(line, "'::' opens a title that is never closed; read as text")
                text, base = text[2:], 2
            else:
                title = " ".join(_restore(text[2:end]).split())
                rest = text[end + 2:]
                base = end + 2 + (len(rest) - len(rest.lstrip()))
                text = rest.strip()
        if title or ident or tags:
            self.marked = True
        if has_embedded_answers(text):
            self.error(line, "embedded answers ({1:SHORTANSWER:...}) are Moodle's cloze question type, which GIFT "
                             "cannot carry; export the question from Moodle as Moodle XML and import that")
            return
        open_, close = text.find("{"), text.find("}")
        if open_ < 0 and close < 0:
            # Moodle: text without an answer block is a description (text between questions).
            dtext, fmt = _text_with_format(text, "moodle")
            if not dtext:
                self.error(line, "the description has no text (a paragraph without answers is a description)")
                return
            self.report.questions.append(Parsed(line=line, type="description", text=dtext, id=ident, title=title,
                                                topic=self.topic, tags=tags, text_format=fmt))
            if _FORMAT_RE.match(text):
                self.marked = True
            return
        if close < 0:
            self.error(
                b.line_at(base + open_),
                "'{' is not closed by '}' before the next blank line (GIFT questions cannot contain blank lines)",
            )
            return
        if open_ < 0 or close < open_:
            self.error(b.line_at(base + close), "'}' without a '{' before it")
            return
        inner = text[open_ + 1:close]
        if "{" in inner:
            self.error(b.line_at(base + open_ + 1 + inner.index("{")),
                       "unescaped '{' inside the answers; write \\{ for a literal brace")
            return
        after = text[close + 1:]
        if "{" in after or "}" in after:
            pos = close + 1 + min(i for i in (after.find("{"), after.find("}")) if i >= 0)
            # On a later line, it is most often the next question with the blank line before it missing.
            hint = (" (if a new question starts on this line, put a blank line before it)"
                    if b.line_at(base + pos) > b.line_at(base + close) else "")
            self.error(b.line_at(base + pos), "a second {...} answer block; a GIFT question has exactly one" + hint)
            return
        if text.endswith("}"):
            stem = text[:open_]
        else:
            stem = text[:open_] + "_____" + after
        qtext, fmt = _text_with_format(stem, "moodle")
        answers = inner.strip()
        abase = base + open_ + 1 + (len(inner) - len(inner.lstrip()))
        gf = ""
        sep = answers.rfind("####")
        if sep >= 0:
            gf, _ = _text_with_format(answers[sep + 4:], fmt)
            answers = answers[:sep].strip()
        p = Parsed(line=line, type="", text=qtext, id=ident, title=title, topic=self.topic,
                   tags=tags, text_format=fmt, general_feedback=gf)
        if answers == "":
            p.type = "essay"  # Moodle: an empty answer block is an essay, marked later by a facilitator
            ok = True
        elif answers.startswith("#"):
            ok = self.numerical(p, answers[1:], abase + 1, b)
        elif "~" in answers:
            ok = self.choice(p, answers, abase, b)
        elif "=" in answers and "->" in answers:
            ok = self.matching(p, answers, abase, b)
        else:
            head = answers.split("#", 1)[0].strip() if answers.find("#") > 0 else answers
            if head in _TF:
                ok = self.truefalse(p, answers, head)
            else:
                ok = self.short(p, answers, abase, b)
        if ok:
            self.report.questions.append(p)
            self.marked = True

    # -- answers ----------------------------------------------------------
    def weight(self, s: str, line: int, default: float) -> tuple[float, str] | None:
        """Leading ``%n%`` weight of an answer (as a fraction), and the rest."""
        m = _WEIGHT_RE.match(s)
        if not m:
            return default, s
        raw = m.group(1)
        fraction = float(Decimal(raw) / 100)
        if not -1 <= fraction <= 1:
            self.error(line, f"answer weight {raw}% is outside -100%..100%")
            return None
        if not _is_moodle_grade(fraction):
            self.warn(line, f"answer weight {raw}% is not a Moodle grade; stored as {fraction:g}")
        return fraction, s[m.end():]

    def answer(self, body: str, fmt: str) -> tuple[str, str]:
        ans, _, fb = body.partition("#")
        return _text_with_format(ans.strip(), fmt)[0], _text_with_format(fb.strip(), fmt)[0]

    def _pieces(self, answers: str, abase: int, seps: str, b: _Block) -> list[tuple[str, int]]:
        pieces = _split_keep_offsets(answers, abase, seps)
        out = []
        for i, (piece, off) in enumerate(pieces):
            if i == 0 and not piece.strip():
                continue
            if i > 0:
                prev = pieces[i - 1][0]
                if "#" in prev and prev[-1:] and not prev[-1].isspace():
                    self.warn(b.line_at(off), f"an unescaped '{piece[0]}' inside feedback starts a new answer; "
                              f"write \\{piece[0]} for a literal '{piece[0]}'")
            out.append((piece, off))
        return out

    def choice(self, p: Parsed, answers: str, abase: int, b: _Block) -> bool:
        p.type = "single" if "=" in answers else "multiple"
        pieces = self._pieces(answers, abase, "~=", b)
        if len(pieces) < 2:
            self.error(p.line, "a multiple-choice question needs at least two answers")
            return False
        for piece, off in pieces:
            line = b.line_at(off)
            marker, body = piece[0], piece[1:].strip()
            if marker not in "~=":
                # Moodle reads it as a wrong answer; say so, it is rarely meant.
                self.warn(line, "answer without '~' or '=' before it; read as a wrong answer")
                marker, body = "~", piece.strip()
            w = self.weight(body, line, 1.0 if marker == "=" else 0.0)
            if w is None:
                return False
            fraction, body = w
            text, fb = self.answer(body, p.text_format)
            if not text:
                # Moodle drops an answer without text (as in '~=right'); so do we, and say so.
                self.warn(line, f"an empty answer after '{marker}' is dropped, as Moodle does")
                continue
            p.options.append(ParsedOption(text, fraction, fb))
        if len(p.options) < 2:
            self.error(p.line, "a multiple-choice question needs at least two answers")
            return False
        if not any(o.fraction > 0 for o in p.options):
            self.warn(p.line, "no answer earns credit")
        return True

    def short(self, p: Parsed, answers: str, abase: int, b: _Block) -> bool:
        p.type = "short"
        for piece, off in self._pieces(answers, abase, "=", b):
            line = b.line_at(off)
            body = piece[1:].strip() if piece.startswith("=") else piece.strip()
            w = self.weight(body, line, 1.0)
            if w is None:
                return False
            fraction, body = w
            text, fb = self.answer(body, p.text_format)
            if not text:
                self.error(line, "empty short answer")
                return False
            p.options.append(ParsedOption(text, fraction, fb))
        if not p.options:
            self.error(p.line, "a short-answer question needs at least one answer")
            return False
        return True

    def matching(self, p: Parsed, answers: str, abase: int, b: _Block) -> bool:
        p.type = "matching"
        for piece, off in self._pieces(answers, abase, "=", b):
            line = b.line_at(off)
            body = piece[1:] if piece.startswith("=") else piece
            if "->" not in body:
                self.error(line, "a matching pair needs '->' between its two sides")
                return False
            left, _, right = body.partition("->")
            left_text, _ = _text_with_format(left.strip(), p.text_format)
            right_text = _restore(right).strip()
            # No left side: an extra answer (distractor), kept as Moodle reads it (a pair without a left
            # side); stored among the question's distractors (see interchange.to_question).
            p.pairs.append(ParsedPair(left_text, right_text))
        if sum(1 for pair in p.pairs if pair.left) < 2:
            self.error(p.line, "a matching question needs at least two pairs")
            return False
        return True

    def truefalse(self, p: Parsed, answers: str, head: str) -> bool:
        p.type = "truefalse"
        p.correct = _TF[head]
        bits = answers.split("#", 2)
        wrong = _text_with_format(bits[1].strip(), p.text_format)[0] if len(bits) > 1 else ""
        right = _text_with_format(bits[2].strip(), p.text_format)[0] if len(bits) > 2 else ""
        # Moodle: first feedback is shown for the wrong answer, second for the right one.
        if p.correct:
            p.feedback_true, p.feedback_false = right, wrong
        else:
            p.feedback_true, p.feedback_false = wrong, right
        return True

    def numerical(self, p: Parsed, answers: str, abase: int, b: _Block) -> bool:
        p.type = "numerical"
        tilde = answers.find("~")
        other = None
        if tilde >= 0:
            rest = answers[tilde + 1:].strip()
            if rest.startswith("#"):
                rest = rest[1:]
            else:
                self.warn(b.line_at(abase + tilde), "'~' in a numerical question should be followed by '#feedback'; "
                                                    "the rest is read as the feedback for any other answer")
            # Moodle stores this as the answer '*' earning 0 with this feedback.
            other = ParsedNumeric(0.0, 0.0, 0.0, _text_with_format(rest.strip(), p.text_format)[0], other=True)
            answers = answers[:tilde]
        for piece, off in self._pieces(answers, abase, "=", b):
            line = b.line_at(off)
            body = piece[1:].strip() if piece.startswith("=") else piece.strip()
            w = self.weight(body, line, 1.0)
            if w is None:
                return False
            fraction, body = w
            num, _, fb = body.partition("#")
            num = _restore(num).strip()
            feedback = _text_with_format(fb.strip(), p.text_format)[0]
            if num.find("..") > 0:
                lo, hi = _number(num[: num.find("..")]), _number(num[num.find("..") + 2:])
                if lo is None or hi is None:
                    self.error(line, f"numerical range '{num}' is not two numbers")
                    return False
                if lo > hi:
                    self.warn(line, f"numerical range '{num}' runs backwards; read as {hi:g}..{lo:g}")
                    lo, hi = hi, lo
                value = (lo + hi) / 2
                tol = hi - value
            elif num.find(":") > 0:
                value, tol = _number(num[: num.find(":")]), _number(num[num.find(":") + 1:])
                if value is None or tol is None:
                    self.error(line, f"numerical answer '{num}' is not a number with a tolerance")
                    return False
                if tol < 0:
                    self.error(line, f"numerical tolerance in '{num}' is negative")
                    return False
            else:
                value, tol = _number(num), 0.0
                if value is None:
                    self.error(line, f"numerical answer '{num}' is not a number")
                    return False
            p.answers.append(ParsedNumeric(value, tol, fraction, feedback))
        if not p.answers:
            self.error(p.line, "a numerical question needs at least one number")
            return False
        if other is not None:
            p.answers.append(other)
        return True


def _topic(path: str) -> str:
    """Topic from a Moodle category path: context and 'top' prefixes dropped."""
    path = re.sub(r"^\$[a-z]+\$/", "", path)
    path = re.sub(r"^top(/|$)", "", path)
    return path.strip()


def _unescape_meta(s: str) -> str:
    return re.sub(r"\\(.)", r"\1", s).strip()


def _comment_meta(comments: list[str]) -> tuple[str | None, list[str]]:
    ident = None
    tags: list[str] = []
    for c in comments:
        m = _ID_RE.search(c)
        if m and ident is None:
            ident = _unescape_meta(m.group(1)) or None
        tags += [t for t in (_unescape_meta(x) for x in _TAG_RE.findall(c)) if t]
    return ident, tags


def parse_gift(text: str) -> ImportReport:
    """Parse GIFT text into a report; never raises on bad content.

    Every question keeps the 1-based line of its first line; problems are
    warnings or errors with their line. Essays and descriptions are read in the
    file's order among the other questions; a file of descriptions alone without
    any GIFT mark is refused with an error (see the module docstring).
    """
    return _Reader().read(text)


# -- export --------------------------------------------------------------------

_ESC_OUT = str.maketrans({"\\": "\\\\", "~": "\\~", "=": "\\=", "#": "\\#", "{": "\\{",
                          "}": "\\}", ":": "\\:", "\n": "\\n", "\r": ""})


def _esc(s: str) -> str:
    out = s.translate(_ESC_OUT)
    # Text that would read as a format tag, comment, title or category keeps its meaning
    # behind an explicit default format.
    if _FORMAT_RE.match(out) or out.startswith(("//", "$CATEGORY", "%")):
        out = "[moodle]" + out
    return out


def _fmt_fraction(fraction: float) -> str:
    d = (Decimal(repr(float(fraction))) * 100).normalize()
    text = format(d, "f")
    return text


def _fmt_number(x: float) -> str:
    return repr(float(x))


def write_gift(questions: list[Question], languages: list[str]) -> str:
    """GIFT text for ``questions``: what :func:`parse_gift` (and Moodle) read back as the same questions.

    Text in several of ``languages``, or in one language other than English, is written as
    Moodle multilang spans (English alone is written plainly); a topic
    change writes ``$CATEGORY:``; each key is written as ``// [id:KEY]`` and tags as
    ``// [tag:...]``; the rationale becomes ``####`` general feedback (an essay's
    marking guide too: ``{####guide}``). An essay is written ``text{}`` and a
    description as its text alone, as Moodle writes them. Objectives, sources and case
    sensitivity have no GIFT form and are not written. A question of a type outside
    :data:`WRITTEN_TYPES` (cloze, evaluation items) raises ValueError: the caller leaves
    it out and says so (``bankio.export_bank`` reports it as not written).
    """
    langs = list(languages)

    def ml(text: dict[str, str]) -> str:
        chosen = {lang: text[lang] for lang in langs if text.get(lang)}
        if not chosen:
            chosen = {lang: t for lang, t in text.items() if t}
        # A text in one language other than English is marked as that language (GIFT has no other way to say it).
        return _esc(join_multilang(chosen))

    out: list[str] = []
    topic = ""
    for q in questions:
        if q.type not in WRITTEN_TYPES:
            # Written with braces it would come back as another type (a cloze as an essay): the caller must
            # leave it out and say so (bankio.export_bank does).
            raise ValueError(f"{q.key}: a {q.type} item has no GIFT form")
        if q.topic != topic:
            out.append(f"$CATEGORY: {q.topic.translate(_ESC_OUT)}\n")
            topic = q.topic
        head = []
        if q.key:
            head.append(f"// [id:{_meta(q.key)}]")
        if q.tags:
            head.append("// " + " ".join(f"[tag:{_meta(t)}]" for t in q.tags))
        # A title is only unescaped when read (no format prefix, comment or category applies inside '::').
        title = f"::{q.title.translate(_ESC_OUT)}::" if q.title else ""
        if q.type == "description":
            # Moodle writes a description as its name and text, with no answer block.
            out.append("\n".join(head + [f"{title}{ml(q.text)}"]) + "\n")
            continue
        if q.type == "essay":
            # Moodle writes an essay as an empty answer block; the marking guide goes in as general feedback.
            guide = "####" + ml(q.rationale) if any(q.rationale.values()) else ""
            out.append("\n".join(head + [f"{title}{ml(q.text)}" + "{" + guide + "}"]) + "\n")
            continue
        body = [f"{title}{ml(q.text)}" + "{"]
        if q.type in ("single", "multiple"):
            weights = [o.fraction for o in q.options]
            for o, weight in zip(q.options, moodle_multiple_fractions(weights) if q.type == "multiple" else weights):
                if q.type == "single" and weight == 1:
                    mark = "="
                elif weight == 0:
                    mark = "~"
                else:
                    mark = f"~%{_fmt_fraction(weight)}%"
                fb = f"#{ml(o.feedback)}" if any(o.feedback.values()) else ""
                body.append(f"\t{mark}{ml(o.text)}{fb}")
        elif q.type == "short":
            for o in q.options:
                mark = "=" if o.fraction == 1 else f"=%{_fmt_fraction(o.fraction)}%"
                fb = f"#{ml(o.feedback)}" if any(o.feedback.values()) else ""
                body.append(f"\t{mark}{ml(o.text)}{fb}")
        elif q.type == "truefalse":
            body[-1] += "TRUE" if q.answer else "FALSE"
        elif q.type == "numerical":
            body[-1] += "#"
            for a in q.numeric:
                fb = f"#{ml(a.feedback)}" if any(a.feedback.values()) else ""
                if a.other:
                    continue
                mark = "=" if a.fraction == 1 else f"=%{_fmt_fraction(a.fraction)}%"
                body.append(f"\t{mark}{_fmt_number(a.value)}:{_fmt_number(a.tolerance)}{fb}")
            other = next((a for a in q.numeric if a.other), None)
            if other is not None:
                body.append(f"\t~#{ml(other.feedback)}")
        elif q.type == "matching":
            for pair in q.pairs:
                body.append(f"\t={ml(pair.left)} -> {ml(pair.right)}")
            body += [f"\t= -> {ml(extra)}" for extra in q.distractors]  # Moodle's distractor: no left side
        if any(q.rationale.values()):
            gf = "####" + ml(q.rationale)
            if q.type == "truefalse":
                body[-1] += gf
            else:
                body.append("\t" + gf)
        if q.type == "truefalse":
            body[-1] += "}"
        else:
            body.append("}")
        out.append("\n".join(head + body) + "\n")
    return "\n".join(out)


def _meta(s: str) -> str:
    return s.replace("\\", "\\\\").replace("]", "\\]").replace("\n", " ")
