"""A generator of filled answer sheets for the paper tests and the accuracy benchmark.

Sheets are rendered from the real print code (reports/paper.py → PDF → PDFium, the same
rasteriser the reader uses for PDFs), filled with simulated pen marks and degraded the way
a poor copy, a scanner or a hand-held phone would.

Marks: ``full`` (a filled bubble), ``partial`` (most of it filled, off-centre), ``light``
(a faint pencil fill), ``crossed`` (an X through a bubble the participant cancelled) and
``erased`` (what is left of a rubbed-out fill). Only full, partial and light marks mean
"chosen"; crossed and erased ones mean "not chosen".
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass

import cv2
import numpy as np

from assessor.paper.layout import BUBBLE_R, MULTIPLE, TRUEFALSE, PageLayout
from assessor.paper.plan import session_plan, sheet_layout
from assessor.paper.reader import render_pdf_page

CHOSEN_STYLES = ("full", "partial", "light")


@dataclass
class Truth:
    """What a simulated participant meant on one page: question id -> value (None: blank)."""

    answers: dict
    styles: dict  # question id -> the styles used (for the report)


def render_sheets(store, session_id: str, dpi: float = 150, size: str = "A4", blank: int = 0, roster: bool = True,
                  lang: str = "en"):
    """[(spec, payload, layout, grey image)] for every sheet page of a session, rendered from the real PDF
    (a course evaluation's forms too: then the payloads and layouts are the evaluation form's)."""
    import pypdfium2 as pdfium
    from reports.paper import write_paper

    buf = io.BytesIO()
    # The plan is drawn once, for the PDF and for the truth: an anonymous form's serial is random.
    plan = session_plan(store, session_id, size=size, blank=blank, lang=lang)
    write_paper(store, session_id, buf_path := _tmp_pdf(), size=size, blank=blank, booklet=False, lang=lang,
                plan=plan)
    data = open(buf_path, "rb").read()
    buf.write(data)
    pdf = pdfium.PdfDocument(data)
    out = []
    i = 0
    for spec in plan.sheets:
        for payload in spec.payloads:
            layout = sheet_layout(plan, spec, payload)
            out.append((spec, payload, layout, render_pdf_page(pdf[i], dpi)))
            i += 1
    pdf.close()
    if not roster:
        out = [o for o in out if o[0].walk_in]
    return out


def _tmp_pdf() -> str:
    import tempfile

    handle = tempfile.NamedTemporaryFile(suffix=".pdf", delete=False)
    handle.close()
    return handle.name


def draw_mark(img: np.ndarray, x_pt: float, y_pt: float, dpi: float, style: str, rng: np.random.Generator) -> None:
    """Draw one pen mark of ``style`` on the bubble centred at layout point (x, y)."""
    s = dpi / 72.0
    cx, cy = x_pt * s + rng.normal(0, 0.4 * s), y_pt * s + rng.normal(0, 0.4 * s)
    r = BUBBLE_R * s
    if style == "full":
        ink = int(rng.uniform(15, 70))
        axes = (max(1, int(r * rng.uniform(0.95, 1.15))), max(1, int(r * rng.uniform(0.9, 1.1))))
        cv2.ellipse(img, (int(cx), int(cy)), axes, rng.uniform(0, 180), 0, 360, ink, -1, cv2.LINE_AA)
    elif style == "partial":
        ink = int(rng.uniform(20, 70))
        dx, dy = rng.uniform(-0.25, 0.25, 2) * r
        axes = (max(1, int(r * rng.uniform(0.8, 0.95))), max(1, int(r * rng.uniform(0.7, 0.85))))
        cv2.ellipse(img, (int(cx + dx), int(cy + dy)), axes, rng.uniform(0, 180), 0, 360, ink, -1, cv2.LINE_AA)
    elif style == "light":
        ink = int(rng.uniform(120, 160))
        cv2.circle(img, (int(cx), int(cy)), max(1, int(r * 1.0)), ink, -1, cv2.LINE_AA)
    elif style == "erased":
        ink = int(rng.uniform(205, 228))
        cv2.circle(img, (int(cx), int(cy)), max(1, int(r * 1.05)), ink, -1, cv2.LINE_AA)
    elif style == "crossed":
        ink = int(rng.uniform(15, 60))
        w = max(1, int(round(1.3 * s)))
        d = r * 1.15
        cv2.line(img, (int(cx - d), int(cy - d)), (int(cx + d), int(cy + d)), ink, w, cv2.LINE_AA)
        cv2.line(img, (int(cx - d), int(cy + d)), (int(cx + d), int(cy - d)), ink, w, cv2.LINE_AA)
    else:
        raise ValueError(style)


def fill_sheet(img: np.ndarray, layout: PageLayout, dpi: float, rng: np.random.Generator,
               mix: dict | None = None, blank_rate: float = 0.03, forced: dict | None = None) -> Truth:
    """Fill every row of ``layout`` on ``img`` (in place) like a participant would; return what they meant.

    ``mix`` gives the chance of each style for a chosen bubble (``partial``, ``light``; the rest
    ``full``) and of an extra cancelled mark on an unchosen bubble (``crossed``, ``erased``).
    ``forced`` maps question id -> (value, {bubble value: style}) to draw exact marks.
    """
    mix = {"partial": 0.02, "light": 0.008, "crossed": 0.006, "erased": 0.0075} if mix is None else mix
    answers, styles = {}, {}
    for row in layout.rows:
        values = [b.value for b in row.bubbles]
        if forced and row.question_id in forced:
            value, marks = forced[row.question_id]
            for b in row.bubbles:
                if b.value in marks:
                    draw_mark(img, b.x, b.y, dpi, marks[b.value], rng)
            answers[row.question_id] = value
            styles[row.question_id] = tuple(marks.values())
            continue
        if rng.random() < blank_rate:
            chosen: list = []
        elif row.kind == MULTIPLE:
            k = int(rng.integers(1, max(2, len(values))))
            chosen = list(rng.choice(len(values), size=k, replace=False))
        else:
            chosen = [int(rng.integers(len(values)))]
        used = []
        for i in chosen:
            u = rng.random()
            style = "partial" if u < mix["partial"] else "light" if u < mix["partial"] + mix["light"] else "full"
            draw_mark(img, row.bubbles[i].x, row.bubbles[i].y, dpi, style, rng)
            used.append(style)
        others = [i for i in range(len(values)) if i not in chosen]
        if others:
            u = rng.random()
            extra = "crossed" if u < mix["crossed"] else "erased" if u < mix["crossed"] + mix["erased"] else None
            if extra:
                i = others[int(rng.integers(len(others)))]
                draw_mark(img, row.bubbles[i].x, row.bubbles[i].y, dpi, extra, rng)
                used.append(extra)
        picked = [values[i] for i in sorted(chosen)]
        if row.kind == MULTIPLE:
            answers[row.question_id] = sorted(picked) if picked else None
        else:
            answers[row.question_id] = picked[0] if picked else None
        styles[row.question_id] = tuple(used)
    return Truth(answers, styles)


def write_comment(img: np.ndarray, box, dpi: float, rng: np.random.Generator, lines: int = 2) -> None:
    """Scribble ``lines`` lines of pretend handwriting (joined pen strokes) inside a comment box."""
    s = dpi / 72.0
    x0, y0, x1, y1 = box
    for k in range(lines):
        y = (y0 + 14 + k * 16) * s
        x = (x0 + 10) * s
        end = (x0 + 10 + rng.uniform(0.3, 0.85) * (x1 - x0 - 20)) * s
        ink = int(rng.uniform(20, 90))
        points = []
        while x < end:
            points.append((int(x), int(y + rng.uniform(-4, 4) * s)))
            x += rng.uniform(2.0, 4.0) * s
            if rng.random() < 0.12:  # a gap between words
                cv2.polylines(img, [np.array(points, np.int32)], False, ink, max(1, int(0.9 * s)), cv2.LINE_AA)
                points = []
                x += 4 * s
        if len(points) > 1:
            cv2.polylines(img, [np.array(points, np.int32)], False, ink, max(1, int(0.9 * s)), cv2.LINE_AA)


def fill_code(img: np.ndarray, layout: PageLayout, dpi: float, digits: str, rng) -> None:
    for column, digit in zip(layout.code_grid, digits):
        b = column[int(digit)]
        draw_mark(img, b.x, b.y, dpi, "full", rng)


def degrade(img: np.ndarray, rng: np.random.Generator, *, phone: bool = True, rotate: float | None = None,
            jpeg: int = 60) -> bytes:
    """A photo or scan of ``img``: rotated (±10°), in perspective (phone), on a table, unevenly lit,
    blurred, noisy, and JPEG-compressed. Returns the encoded file."""
    h, w = img.shape
    pad = int(0.08 * max(h, w))
    table = int(rng.uniform(60, 120))
    canvas = np.full((h + 2 * pad, w + 2 * pad), table, np.uint8)
    canvas[pad:pad + h, pad:pad + w] = img
    H, W = canvas.shape
    angle = rng.uniform(-10, 10) if rotate is None else rotate
    src = np.float32([[pad, pad], [pad + w, pad], [pad + w, pad + h], [pad, pad + h]])
    centre = np.float32([W / 2, H / 2])
    rad = math.radians(angle)
    rot = np.float32([[math.cos(rad), -math.sin(rad)], [math.sin(rad), math.cos(rad)]])
    dst = (src - centre) @ rot.T + centre
    if phone:  # a hand-held phone: one edge nearer than the other
        dst += rng.uniform(-0.035, 0.035, (4, 2)).astype(np.float32) * np.float32([w, h])
    m = cv2.getPerspectiveTransform(src, dst)
    out = cv2.warpPerspective(canvas, m, (W, H), flags=cv2.INTER_LINEAR, borderValue=table)
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    gx, gy = rng.uniform(-1, 1, 2)
    light = 1.0 - 0.35 * (0.5 + 0.5 * (gx * (xx / W - 0.5) * 2 + gy * (yy / H - 0.5) * 2) / 2)
    out = out.astype(np.float32) * light
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.5, 1.1))
    out += rng.normal(0, rng.uniform(3, 7), out.shape).astype(np.float32)
    out = np.clip(out, 0, 255).astype(np.uint8)
    ok, buf = cv2.imencode(".jpg", out, [cv2.IMWRITE_JPEG_QUALITY, jpeg])
    assert ok
    return buf.tobytes()


def truth_matches(kind: str, truth, answer) -> bool:
    if kind == MULTIPLE:
        return (sorted(truth) if truth else None) == (sorted(answer) if answer else None)
    return truth == answer


__all__ = ["render_sheets", "fill_sheet", "fill_code", "write_comment", "degrade", "draw_mark", "Truth", "truth_matches", "TRUEFALSE"]
