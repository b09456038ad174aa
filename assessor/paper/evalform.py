"""Where everything is on a printed course-evaluation form, as data shared by the printer and the reader.

An evaluation form is self-contained (no booklet): each item's text is printed above its
answer place, one item under the other across the whole width of the page, so that a
10-point scale fits in one row:

- a rating item is one row of numbered bubbles (1 … N) with the scale's labels under the
  bubbles (4, 5 and 7 points) or at the two ends of the row (10 points);
- a choice item lists its options one under the other, a bubble before each;
- a retrospective item has two rows of bubbles on the same scale: *before the training*
  and *now*;
- a comment item is a ruled box to write in (read as "written" or "empty" only, never as text).

The room an item's text needs is estimated here from its length with a generous character
width, so the layout depends only on the form, the language and the paper size (all named by
the QR code); the printer wraps with the real font and makes the type smaller in the rare case
the estimate was short, never the other way round. Coordinates as in :mod:`assessor.paper.layout`.
"""

from __future__ import annotations

from dataclasses import dataclass

from assessor.banks.questions import OPTION_LETTERS, Question, localized
from assessor.paper.layout import MARGIN, MARKER, PAPER_SIZES, QR_SIZE, PageLayout, Bubble, Row, header_bottom

# Kinds of row on an evaluation form (the reader allows one filled bubble in each).
RATING, PICK, THEN, NOW = "rating", "pick", "then", "now"
PART_SEP = "#"  # a retrospective item's rows are "<question id>#then" and "<question id>#now"

TEXT_SIZE = 9.5  # item text, points
TEXT_LEAD = 11.6
LABEL_SIZE = 6.6  # scale labels under the bubbles
LABEL_LEAD = 7.6
OPTION_LEAD = 11.0
CHAR_W = 0.6  # a generous average character width, in ems, for the estimate
COMMENT_H = 80.0  # height of a comment box
COMMENT_LINES = 5  # lines to write on (four grey rules between them)
ROW_LABEL_W = 118.0  # room for "Before the training" / "Now" left of a retrospective row
END_LABEL_W = 74.0  # room for a 10-point scale's end labels beside the row
MAX_PITCH = 62.0
GAP = 12.0  # between items


@dataclass(frozen=True)
class FormRow(Row):
    """A row of bubbles on an evaluation form; ``area`` is the crop shown for review (with its labels)."""

    area: tuple = ()

    @property
    def box(self) -> tuple[float, float, float, float]:
        """(x0, y0, x1, y1) of the row with its labels: the crop shown for review."""
        return self.area or super().box


@dataclass(frozen=True)
class FormItem:
    """One item as printed: its number, where its text starts, and its rows or comment box."""

    number: int
    question: Question
    top: float
    text_lines: int  # lines reserved for the text (per language printed)
    rows: tuple[FormRow, ...]
    label_lines: int = 0  # lines reserved for each scale label under the bubbles (0: labels at the ends)
    comment_box: tuple = ()  # (x0, y0, x1, y1) for a comment item


@dataclass(frozen=True)
class EvalLayout(PageLayout):
    """A page of an evaluation form: the rows the reader measures, the items the printer draws."""

    items: tuple[FormItem, ...] = ()
    comments: tuple[tuple[str, int, tuple], ...] = ()  # (question id, number, box) of each comment box
    lang: str = "en"


def row_id(question_id: str, part: str) -> str:
    """The id of one of a retrospective item's two rows."""
    return f"{question_id}{PART_SEP}{part}"


def split_row_id(rid: str) -> tuple[str, str]:
    """(question id, part) of a row id; part is '' for items with one row."""
    qid, _, part = rid.partition(PART_SEP)
    return qid, part


def _languages(lang: str) -> tuple[str, ...]:
    return ("en", "id") if lang == "both" else (lang,)


def estimate_lines(text: str, width: float, size: float) -> int:
    """How many lines ``text`` takes at ``size`` points in ``width`` (a generous estimate)."""
    per_line = max(1, int(width / (size * CHAR_W)))
    lines = 0
    for para in (text or "").split("\n"):
        words, cur = para.split(), 0
        n = 1
        for w in words:
            need = len(w) + (1 if cur else 0)
            if cur + need > per_line and cur:
                n += 1
                cur = len(w)
            else:
                cur += need
            while cur > per_line:
                n += 1
                cur -= per_line
        lines += n
    return max(1, lines)


def _texts(text, lang: str) -> list[str]:
    out = []
    for code in _languages(lang):
        value = localized(text, code)
        if value and value not in out:
            out.append(value)
    return out or [""]


def _text_lines(text, lang: str, width: float, size: float) -> int:
    return sum(estimate_lines(t, width, size) for t in _texts(text, lang))


def _bounds(width: float) -> tuple[float, float]:
    return MARGIN + MARKER + 8, width - MARGIN - MARKER - 8


def _scale_row(q: Question, left: float, right: float, y: float, lang: str, kind: str, rid: str,
               number: int) -> tuple[FormRow, int]:
    """One row of numbered bubbles for ``q``'s scale between ``left`` and ``right``; the label lines it needs."""
    n = q.points
    ends = n >= 10
    x0 = left + (END_LABEL_W if ends else 0)
    x1 = right - (END_LABEL_W if ends else 0)
    pitch = min(MAX_PITCH, (x1 - x0) / n)
    start = x0 + ((x1 - x0) - pitch * (n - 1)) / 2
    bubbles = tuple(Bubble(start + i * pitch, y, i + 1, str(i + 1)) for i in range(n))
    inner = q.scale[1:-1] if ends else q.scale
    label_lines = 0
    for label in inner:
        if any(label.get(c) for c in _languages(lang)):
            label_lines = max(label_lines, _text_lines(label, lang, pitch - 4, LABEL_SIZE))
    area = (left - 2, y - 11, right + 2, y + 9 + label_lines * LABEL_LEAD)
    return FormRow(number, rid, kind, bubbles, area), label_lines


def _item(q: Question, number: int, top: float, left: float, right: float, lang: str) -> tuple[FormItem, float]:
    """The item ``q`` laid out from ``top``; returns it and the y where the next item may start."""
    text_x = left + 18
    lines = _text_lines(q.text, lang, right - text_x, TEXT_SIZE)
    y = top + lines * TEXT_LEAD + 4
    if q.type == "rating":
        y += 11
        row, label_lines = _scale_row(q, text_x, right, y, lang, RATING, q.id, number)
        bottom = y + 9 + label_lines * LABEL_LEAD
        return FormItem(number, q, top, lines, (row,), label_lines), bottom + GAP
    if q.type == "retro":
        y += 11
        then, label_lines = _scale_row(q, text_x + ROW_LABEL_W, right, y, lang, THEN, row_id(q.id, THEN), number)
        y2 = y + 19
        now, _ = _scale_row(q, text_x + ROW_LABEL_W, right, y2, lang, NOW, row_id(q.id, NOW), number)
        then = FormRow(number, then.question_id, THEN, then.bubbles, (text_x - 2, y - 11, right + 2, y + 9))
        now = FormRow(number, now.question_id, NOW, now.bubbles, (text_x - 2, y2 - 11, right + 2,
                                                                    y2 + 9 + label_lines * LABEL_LEAD))
        bottom = y2 + 9 + label_lines * LABEL_LEAD
        return FormItem(number, q, top, lines, (then, now), label_lines), bottom + GAP
    if q.type == "choice":
        bx = text_x + 8
        option_lines = []
        y += 2
        bubbles = []
        for i, option in enumerate(q.options):
            n = _text_lines(option.text, lang, right - bx - 14, TEXT_SIZE)
            option_lines.append(n)
            bubbles.append(Bubble(bx, y + 6, q.option_keys[i], OPTION_LETTERS[i]))
            y += max(16.0, n * OPTION_LEAD + 4)
        area = (text_x - 2, bubbles[0].y - 10, right + 2, y)
        row = FormRow(number, q.id, PICK, tuple(bubbles), area)
        return FormItem(number, q, top, lines, (row,)), y + GAP
    # comment
    box = (text_x, y + 2, right, y + 2 + COMMENT_H)
    return FormItem(number, q, top, lines, (), comment_box=box), box[3] + GAP


def _page_bottom(height: float) -> float:
    return height - MARGIN - MARKER - 34


def paginate_form(questions: list[Question], size: str, lang: str) -> list[list[int]]:
    """The indices of the items on each page (an item never breaks across pages)."""
    width, height = PAPER_SIZES[size]
    left, right = _bounds(width)
    top0 = header_bottom(False) + 4
    pages: list[list[int]] = [[]]
    y = top0
    for i, q in enumerate(questions):
        _, nxt = _item(q, i + 1, y, left, right, lang)
        if nxt - GAP > _page_bottom(height) and pages[-1]:
            pages.append([])
            y = top0
            _, nxt = _item(q, i + 1, y, left, right, lang)
        pages[-1].append(i)
        y = nxt
    return pages


def form_layout(questions: list[Question], size: str, page: int, lang: str) -> EvalLayout:
    """The layout of page ``page`` (1-based) of the evaluation form of ``questions`` printed in ``lang``."""
    width, height = PAPER_SIZES[size]
    inset = MARGIN + MARKER / 2
    markers = ((inset, inset), (width - inset, inset), (width - inset, height - inset), (inset, height - inset))
    qr = (width - MARGIN - MARKER - 10 - QR_SIZE, MARGIN + MARKER + 6, QR_SIZE)
    left, right = _bounds(width)
    top = header_bottom(False)
    items, rows, comments = [], [], []
    y = top + 4
    for i in paginate_form(questions, size, lang)[page - 1]:
        item, y = _item(questions[i], i + 1, y, left, right, lang)
        items.append(item)
        rows += item.rows
        if item.comment_box:
            comments.append((item.question.id, item.number, item.comment_box))
    return EvalLayout(size, width, height, markers, qr, tuple(rows), (), top, (left,), tuple(items),
                      tuple(comments), lang)


def page_count(questions: list[Question], size: str, lang: str) -> int:
    """How many pages the form prints on."""
    return len(paginate_form(questions, size, lang))


def answers_from_rows(questions: dict[str, Question], values: dict[str, object]) -> dict[str, object]:
    """Stored responses from the value of each row (a retrospective item's two rows become
    ``{"then": …, "now": …}``; a half-answered one keeps the half that was given)."""
    out: dict[str, object] = {}
    for rid, value in values.items():
        qid, part = split_row_id(rid)
        if part:
            pair = out.setdefault(qid, {})
            if value is not None:
                pair[part] = value
        else:
            out[qid] = value
    return {qid: (v or None) if questions[qid].type == "retro" else v for qid, v in out.items()}


def comment_rules(box) -> tuple[float, ...]:
    """The y of each ruled line inside a comment box (the reader leaves them out when it looks for writing)."""
    _, y0, _, y1 = box
    return tuple(y0 + k * (y1 - y0) / COMMENT_LINES for k in range(1, COMMENT_LINES))


def serial_text(serial: str) -> str:
    """A sheet serial as printed (groups of four characters)."""
    return " ".join(serial[i:i + 4] for i in range(0, len(serial), 4))


__all__ = ["form_layout", "paginate_form", "page_count", "EvalLayout", "FormItem", "FormRow", "row_id",
           "split_row_id", "answers_from_rows", "comment_rules", "estimate_lines", "RATING", "PICK", "THEN", "NOW"]
