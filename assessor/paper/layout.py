"""Where everything is on a printed answer sheet, as data shared by the printer and the reader.

The printer (``reports/paper.py``) draws exactly these shapes and the reader
(:mod:`assessor.paper.reader`) measures exactly these places, so the two can never
disagree about where a bubble is. Coordinates are PostScript points (1/72 inch) with the
origin at the top-left corner of the page and y growing downwards (the way an image is
addressed); the printer flips y for reportlab.

A sheet carries a QR code naming the session, the participant (or ``-`` for a walk-in
sheet with a code grid), a short hash of the form version, the seed of the question and
option order printed for that participant (``-`` for form order), the page and the
paper size. Four solid corner squares let the reader undo rotation and perspective.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import math
import uuid
from dataclasses import dataclass

from assessor.banks.questions import OPTION_LETTERS, Question
from assessor.delivery.engine import draw_orders

PAPER_SIZES = {"A4": (595.276, 841.890), "Letter": (612.0, 792.0)}
SIZE_CODES = {"A4": "A", "Letter": "L"}

MARGIN = 26.0  # from the paper edge to the corner squares (printers cannot print to the edge)
MARKER = 20.0  # side of a corner square
QR_SIZE = 82.0  # side of the QR code (about 29 mm: 3 or more pixels a module at 150 dpi)
BUBBLE_R = 5.6  # radius of a bubble (a circle of about 4 mm)
PITCH = 17.0  # distance between bubble centres in a row
ROW_H = 17.5  # distance between rows
NUMBER_W = 24.0  # room for the question number left of the bubbles
COLUMNS = 3
CODE_DIGITS = 4  # digit columns of the walk-in code grid

PAYLOAD_TAG = "ASR1"
EVAL_TAG = "ASE1"  # a course-evaluation form
LANG_CODES = {"en": "e", "id": "i", "both": "b"}
SERIAL_LEN = 10  # characters of an anonymous evaluation form's random serial

# Kinds of row.
CHOICE, MULTIPLE, TRUEFALSE, MARK = "choice", "multiple", "truefalse", "mark"
RIGHT, WRONG = "right", "wrong"  # the facilitator's mark on a question that has no bubbles of its own


@dataclass(frozen=True)
class Bubble:
    """One bubble: ``value`` is what filling it means (an option letter as stored, True/False,
    ``right``/``wrong``, or a digit of the code grid); ``label`` is what is printed in it."""

    x: float
    y: float
    value: object
    label: str


@dataclass(frozen=True)
class Row:
    """The bubbles of one question on the sheet (``number`` is the printed question number)."""

    number: int
    question_id: str
    kind: str
    bubbles: tuple[Bubble, ...]

    @property
    def box(self) -> tuple[float, float, float, float]:
        """(x0, y0, x1, y1) around the number and the bubbles: the crop shown for review."""
        x1 = self.bubbles[-1].x + BUBBLE_R + 4
        y = self.bubbles[0].y
        return (self.bubbles[0].x - NUMBER_W - 2, y - ROW_H / 2, x1, y + ROW_H / 2)


@dataclass(frozen=True)
class Payload:
    """What the QR code of a sheet says."""

    session_id: str
    participant_id: str | None  # None: a walk-in sheet, the participant fills the code grid
    form_hash: str
    seed: int | None  # None: form order (no shuffle on this sheet)
    page: int  # 1-based
    pages: int
    size: str  # "A4" or "Letter"
    # Course-evaluation forms only (assessor.paper.evalform): the language printed, and for an
    # anonymous form a random serial that joins its pages (and names no one).
    lang: str | None = None
    serial: str | None = None

    @property
    def evaluation(self) -> bool:
        """Whether the page is of a course-evaluation form (not a knowledge-test answer sheet)."""
        return self.lang is not None

    def encode(self) -> str:
        """The text the page's QR code carries."""
        person = _short(self.participant_id) if self.participant_id else "-"
        if self.evaluation:
            return ";".join((EVAL_TAG, _short(self.session_id), person, self.serial or "-", self.form_hash,
                             LANG_CODES[self.lang], f"{self.page}/{self.pages}", SIZE_CODES[self.size]))
        seed = "-" if self.seed is None else str(self.seed)
        return ";".join((PAYLOAD_TAG, _short(self.session_id), person, self.form_hash, seed,
                         f"{self.page}/{self.pages}", SIZE_CODES[self.size]))

    @classmethod
    def decode(cls, text: str) -> "Payload | None":
        """The payload of a QR text, or None when it is not an Assessor sheet."""
        parts = (text or "").strip().split(";")
        if len(parts) == 8 and parts[0] == EVAL_TAG:
            return cls._decode_evaluation(parts)
        if len(parts) != 7 or parts[0] != PAYLOAD_TAG:
            return None
        _, session, person, form_hash, seed, page, size = parts
        try:
            page_no, pages = (int(p) for p in page.split("/"))
            seed_no = None if seed == "-" else int(seed)
            session_id = _uuid(session)
            person_id = None if person == "-" else _uuid(person)
        except ValueError:
            return None
        sizes = {v: k for k, v in SIZE_CODES.items()}
        if size not in sizes or not (1 <= page_no <= pages) or len(form_hash) != 8:
            return None
        return cls(session_id, person_id, form_hash, seed_no, page_no, pages, sizes[size])

    @classmethod
    def _decode_evaluation(cls, parts: list[str]) -> "Payload | None":
        _, session, person, serial, form_hash, lang, page, size = parts
        try:
            page_no, pages = (int(p) for p in page.split("/"))
            session_id = _uuid(session)
            person_id = None if person == "-" else _uuid(person)
        except ValueError:
            return None
        sizes = {v: k for k, v in SIZE_CODES.items()}
        langs = {v: k for k, v in LANG_CODES.items()}
        serial_ok = serial == "-" or (len(serial) == SERIAL_LEN and serial.isalnum())
        if (size not in sizes or lang not in langs or not (1 <= page_no <= pages) or len(form_hash) != 8
                or not serial_ok or (person_id is None) == (serial == "-")):
            return None
        return cls(session_id, person_id, form_hash, None, page_no, pages, sizes[size], langs[lang],
                   None if serial == "-" else serial)


def _short(uuid_text: str) -> str:
    """A UUID in 22 characters (URL-safe base64 of its 16 bytes): a smaller QR code survives a poor copy."""
    return base64.urlsafe_b64encode(uuid.UUID(uuid_text).bytes).decode("ascii").rstrip("=")


def _uuid(short: str) -> str:
    if len(short) != 22:
        raise ValueError(short)
    try:
        raw = base64.urlsafe_b64decode(short + "==")
    except (ValueError, binascii.Error) as exc:
        raise ValueError(short) from exc
    return str(uuid.UUID(bytes=raw))


def form_hash(question_ids, shuffle_questions: bool, shuffle_options: bool) -> str:
    """Eight hex digits naming a form version: its exact question versions in order and its shuffles."""
    blob = "\n".join(question_ids) + f"\n{int(shuffle_questions)}{int(shuffle_options)}"
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:8]


@dataclass(frozen=True)
class SheetOrder:
    """The questions in the order printed on one participant's booklet and sheet, with each
    question's option letters in printed order."""

    questions: tuple[Question, ...]
    option_orders: dict[str, tuple]
    seed: int | None

    @property
    def question_order(self) -> tuple[str, ...]:
        """The question ids in printed order."""
        return tuple(q.id for q in self.questions)


def sheet_order(questions: list[Question], seed: int | None, shuffle_questions: bool,
                shuffle_options: bool) -> SheetOrder:
    """The printed order: the engine's own draw for ``seed`` (as a laptop attempt would show it),
    or form order with options as written when ``seed`` is None."""
    if seed is None:
        order, options = draw_orders(questions, 0, False, False)
    else:
        order, options = draw_orders(questions, seed, shuffle_questions, shuffle_options)
    by_id = {q.id: q for q in questions}
    return SheetOrder(tuple(by_id[q] for q in order), options, seed)


def row_kind(question: Question) -> str:
    """How a question is answered on paper: a row of bubbles (single, multiple, true/false) or a box the marker fills."""
    if question.type == "single":
        return CHOICE
    if question.type == "multiple":
        return MULTIPLE
    if question.type == "truefalse":
        return TRUEFALSE
    return MARK


@dataclass(frozen=True)
class PageLayout:
    """Everything the printer draws and the reader measures on one page of an answer sheet."""

    size: str
    width: float
    height: float
    markers: tuple[tuple[float, float], ...]  # centres: top-left, top-right, bottom-right, bottom-left
    qr: tuple[float, float, float]  # x, y of its top-left corner, side
    rows: tuple[Row, ...]
    code_grid: tuple[tuple[Bubble, ...], ...]  # one tuple of ten digit bubbles per code digit (walk-ins)
    header_bottom: float  # where the header ends and the rows start
    column_x: tuple[float, ...]  # x of each column's first bubble


def _capacity(height: float, top: float) -> int:
    bottom = height - MARGIN - MARKER - 8
    return max(1, int((bottom - top) // ROW_H))


def header_bottom(walk_in: bool) -> float:
    """Where the page header ends (points from the top): a walk-in sheet has room for name and id."""
    return MARGIN + MARKER + (272.0 if walk_in else 118.0)


def paginate(order: SheetOrder, size: str, walk_in: bool) -> list[list[tuple[int, Question]]]:
    """The questions of each page as (printed number, question)."""
    _, height = PAPER_SIZES[size]
    per_page = _capacity(height, header_bottom(walk_in)) * COLUMNS
    numbered = list(enumerate(order.questions, 1))
    return [numbered[i:i + per_page] for i in range(0, len(numbered), per_page)] or [[]]


def page_layout(order: SheetOrder, size: str, page: int, walk_in: bool, tf_labels=("T", "F"),
                mark_labels=("\u2713", "\u2717")) -> PageLayout:
    """The layout of page ``page`` (1-based) of a sheet printed in ``order``.

    Labels only change what is printed in the bubbles, never where they are.
    """
    width, height = PAPER_SIZES[size]
    inset = MARGIN + MARKER / 2
    markers = ((inset, inset), (width - inset, inset), (width - inset, height - inset), (inset, height - inset))
    qr = (width - MARGIN - MARKER - 10 - QR_SIZE, MARGIN + MARKER + 6, QR_SIZE)
    top = header_bottom(walk_in)
    pages = paginate(order, size, walk_in)
    items = pages[page - 1]
    rows_per_col = max(1, math.ceil(len(items) / COLUMNS))
    usable = width - 2 * (MARGIN + MARKER)
    col_w = usable / COLUMNS
    column_x = tuple(MARGIN + MARKER + i * col_w + NUMBER_W + 10 for i in range(COLUMNS))
    rows = []
    for i, (number, q) in enumerate(items):
        col, r = divmod(i, rows_per_col)
        x0 = column_x[col]
        y = top + ROW_H * (r + 0.5) + 6
        kind = row_kind(q)
        if kind in (CHOICE, MULTIPLE):
            keys = order.option_orders.get(q.id, q.option_keys)
            values = [(k, OPTION_LETTERS[j]) for j, k in enumerate(keys)]
        elif kind == TRUEFALSE:
            values = [(True, tf_labels[0]), (False, tf_labels[1])]
        else:
            values = [(RIGHT, mark_labels[0]), (WRONG, mark_labels[1])]
        bubbles = tuple(Bubble(x0 + j * PITCH, y, v, label) for j, (v, label) in enumerate(values))
        rows.append(Row(number, q.id, kind, bubbles))
    grid: tuple[tuple[Bubble, ...], ...] = ()
    if walk_in:
        gx, gy = MARGIN + MARKER + 40, MARGIN + MARKER + 86
        grid = tuple(tuple(Bubble(gx + d * PITCH, gy + n * ROW_H, str(n), str(n)) for n in range(10))
                     for d in range(CODE_DIGITS))
    return PageLayout(size, width, height, markers, qr, tuple(rows), grid, top, column_x)


def payload_for(session_id: str, participant_id: str | None, fhash: str, seed: int | None, page: int, pages: int,
                size: str) -> Payload:
    """The QR payload of one page of one participant's sheet."""
    return Payload(session_id, participant_id, fhash, seed, page, pages, size)


__all__ = ["PAPER_SIZES", "Bubble", "Row", "Payload", "PageLayout", "SheetOrder", "sheet_order", "page_layout",
           "paginate", "form_hash", "CHOICE", "MULTIPLE", "TRUEFALSE", "MARK", "RIGHT", "WRONG"]
