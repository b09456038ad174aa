"""The course-evaluation form on paper: every item's text above its bubbles, one item under the other.

Every bubble, row and box is where :mod:`assessor.paper.evalform` says (the reader measures the
same data); this module adds the words. Black and white only: solid corner squares, a QR
code, black bubble outlines with the point's number printed small inside, grey ruled lines
in the comment boxes (light enough that the reader does not take them for writing).
An anonymous form prints no name and no code, only a random form number.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageBreak, PageTemplate, Spacer

from assessor.banks.questions import OPTION_LETTERS, localized
from assessor.paper.evalform import (LABEL_LEAD, LABEL_SIZE, OPTION_LEAD, TEXT_LEAD, TEXT_SIZE, EvalLayout, NOW,
                                     THEN, comment_rules, serial_text)
from assessor.paper.layout import BUBBLE_R, MARKER
from assessor.paper.plan import SessionPlan, sheet_layout
from assessor.progress import step
from reports.common import FONT, FONT_BOLD, register_fonts, wrap
from reports.paper import GREY, PAGESIZES, _bubble, _phase, _qr, fitted_paragraph, fitted_string

TEXT: dict[str, dict[str, str]] = {
    "title": {"en": "Course evaluation", "id": "Evaluasi pelatihan"},
    "training": {"en": "Training", "id": "Pelatihan"},
    "form": {"en": "Form", "id": "Formulir"},
    "name": {"en": "Name", "id": "Nama"},
    "code": {"en": "Code", "id": "Kode"},
    "page": {"en": "Page", "id": "Halaman"},
    "anonymous": {"en": "Anonymous: do not write your name or code on this form.",
                  "id": "Anonim: jangan menulis nama atau kode Anda di formulir ini."},
    "anon_how": {"en": "Nothing on this form names you: mix the forms when you collect them.",
                 "id": "Tidak ada yang menunjukkan identitas Anda di formulir ini: campur formulir saat mengumpulkannya."},
    "how": {"en": "There are no right or wrong answers and nothing is scored. Fill one bubble in each row "
                  "completely with a dark pen. To change an answer, cross the bubble out (X) and fill the new one. "
                  "Write your comments inside the boxes.",
            "id": "Tidak ada jawaban benar atau salah dan tidak ada yang dinilai. Hitamkan penuh satu bulatan di "
                  "setiap baris dengan pena gelap. Untuk mengganti jawaban, silang (X) bulatan lama lalu hitamkan "
                  "yang baru. Tulis komentar Anda di dalam kotak."},
    "then": {"en": "Before the training", "id": "Sebelum pelatihan"},
    "now": {"en": "Now", "id": "Sekarang"},
    "one": {"en": "Choose one.", "id": "Pilih satu."},
    "serial": {"en": "Form no.", "id": "No. formulir"},
    "corners": {"en": "Do not write on, fold or staple the black corner squares or the QR code.",
                "id": "Jangan menulis, melipat atau menstaples kotak hitam di sudut dan kode QR."},
}


def t(key: str, lang: str) -> str:
    """A label in ``lang``; ``both`` gives English / Indonesian."""
    entry = TEXT[key]
    return f"{entry['en']} / {entry['id']}" if lang == "both" else entry[lang]


def _texts(text, lang: str) -> list[str]:
    out = []
    for code in (("en", "id") if lang == "both" else (lang,)):
        value = localized(text, code)
        if value and value not in out:
            out.append(value)
    return out or [""]


def _fit(texts: list[str], font: str, size: float, lead: float, width: float, lines: int) -> tuple[list, float, float]:
    """The lines of ``texts`` (one list per language) at the largest size not above ``size`` that fits ``lines``."""
    while True:
        wrapped = [wrap(x, font, size, width) for x in texts]
        if sum(len(w) for w in wrapped) <= lines or size <= 5:
            return wrapped, size, lead
        size, lead = size * 0.92, lead * 0.92


def _draw_lines(canvas, wrapped, x, y_top, size, lead, H, font=FONT, centred=False, first_bold=False) -> None:
    y = y_top
    for k, lines in enumerate(wrapped):
        canvas.setFillGray(0) if k == 0 else canvas.setFillColor(GREY)
        canvas.setFont(FONT_BOLD if (k == 0 and first_bold) else font, size)
        for line in lines:
            y += lead
            if centred:
                canvas.drawCentredString(x, H - y + lead * 0.25, line)
            else:
                canvas.drawString(x, H - y + lead * 0.25, line)
    canvas.setFillGray(0)


def draw_form(canvas, layout: EvalLayout, payload, header: dict) -> None:
    """Draw one page of an evaluation form exactly where ``layout`` says (y flipped for reportlab)."""
    H = layout.height
    lang = layout.lang

    def Y(y: float) -> float:
        return H - y

    canvas.saveState()
    canvas.setFillGray(0)
    for cx, cy in layout.markers:
        canvas.rect(cx - MARKER / 2, Y(cy) - MARKER / 2, MARKER, MARKER, stroke=0, fill=1)
    qx, qy, qs = layout.qr
    _qr(canvas, payload.encode(), qx, qy, qs, H)
    left = layout.markers[0][0] + MARKER / 2 + 8
    right = layout.markers[1][0] - MARKER / 2 - 8
    room = qx - left - 14
    fitted_string(canvas, f"{t('title', lang)} \u2014 {header['phase']}", left, Y(54), FONT_BOLD, 13, room)
    fitted_string(canvas, f"{t('training', lang)}: {header['cohort']}", left, Y(68), FONT, 8.5, room)
    fitted_string(canvas, f"{t('form', lang)}: {header['form']}", left, Y(80), FONT, 8.5, room)
    limit = layout.header_bottom - 8
    if header.get("name") is not None:
        fitted_string(canvas, f"{header['name']}", left, Y(98), FONT_BOLD, 11, room)
        fitted_string(canvas, f"{t('code', lang)}: {header['code']}", left, Y(111), FONT, 9, room)
        fitted_paragraph(canvas, t("how", lang), left, 118, room, 7.8, limit, H)
    else:
        y = 96
        for k, code in enumerate(("en", "id") if lang == "both" else (lang,)):
            canvas.setFillGray(0) if k == 0 else canvas.setFillColor(GREY)
            fitted_string(canvas, TEXT["anonymous"][code], left, Y(y), FONT_BOLD, 9.5, room)
            y += 11
        canvas.setFillGray(0)
        fitted_paragraph(canvas, t("how", lang) + " " + t("anon_how", lang), left, y - 4, room, 7.6, limit, H)
    canvas.setLineWidth(0.6)
    canvas.line(left, Y(layout.header_bottom - 4), right, Y(layout.header_bottom - 4))
    for item in layout.items:
        _draw_item(canvas, item, lang, left, right, H)
    canvas.setFont(FONT, 7)
    foot = Y(layout.markers[3][1]) - 3
    text = f"{t('page', lang)} {payload.page}/{payload.pages}"
    if payload.serial:
        text += f"   \u00b7   {t('serial', lang)} {serial_text(payload.serial)}"
    canvas.drawString(left, foot, text)
    for i, line in enumerate(reversed(wrap(t("corners", lang), FONT, 7, layout.width - 2 * left))):
        canvas.drawString(left, foot + 10 * (i + 1), line)
    canvas.restoreState()


def _draw_item(canvas, item, lang: str, left: float, right: float, H: float) -> None:
    q = item.question
    text_x = left + 18
    canvas.setFont(FONT_BOLD, TEXT_SIZE)
    canvas.drawRightString(text_x - 5, H - item.top - TEXT_LEAD + TEXT_LEAD * 0.25, f"{item.number}.")
    wrapped, size, lead = _fit(_texts(q.text, lang), FONT, TEXT_SIZE, TEXT_LEAD, right - text_x, item.text_lines)
    _draw_lines(canvas, wrapped, text_x, item.top, size, lead, H)
    if item.comment_box:
        x0, y0, x1, y1 = item.comment_box
        canvas.setLineWidth(0.3)
        canvas.setStrokeGray(0.75)
        for y in comment_rules(item.comment_box):
            canvas.line(x0 + 6, H - y, x1 - 6, H - y)
        canvas.setStrokeGray(0)
        canvas.setLineWidth(0.9)
        canvas.rect(x0, H - y1, x1 - x0, y1 - y0, stroke=1, fill=0)
        return
    for row in item.rows:
        if row.kind in (THEN, NOW):
            _side_label(canvas, [t(row.kind, lang)], text_x, row.bubbles[0].y, 8.4, 112, H, "left")
        if row.kind == "pick":
            _draw_options(canvas, q, row, lang, right, H)
            continue
        for b in row.bubbles:
            _bubble(canvas, b.x, H - b.y, b.label)
    scale_row = item.rows[-1] if item.rows and item.rows[-1].kind != "pick" else None
    if scale_row is not None:
        _draw_scale_labels(canvas, q, scale_row, item, lang, text_x, right, H)


def _draw_options(canvas, q, row, lang: str, right: float, H: float) -> None:
    for i, b in enumerate(row.bubbles):
        _bubble(canvas, b.x, H - b.y, b.label)
        option = q.options[i]
        x = b.x + BUBBLE_R + 8
        wrapped = [wrap(x_, FONT, TEXT_SIZE, right - x) for x_ in _texts(option.text, lang)]
        _draw_lines(canvas, wrapped, x, b.y - 6 - 1.2, TEXT_SIZE, OPTION_LEAD, H)


def _draw_scale_labels(canvas, q, row, item, lang: str, text_x: float, right: float, H: float) -> None:
    bubbles = row.bubbles
    n = len(bubbles)
    if n >= 10:  # the two end labels beside the row
        size = LABEL_SIZE + 0.6
        for end, b, align in ((0, bubbles[0], "right"), (n - 1, bubbles[-1], "left")):
            if q.scale[end]:
                x = b.x - BUBBLE_R - 5 if align == "right" else b.x + BUBBLE_R + 5
                _side_label(canvas, _texts(q.scale[end], lang), x, b.y, size, 68, H, align)
        labels = list(zip(bubbles[1:-1], q.scale[1:-1]))
    else:
        labels = list(zip(bubbles, q.scale))
    if not item.label_lines:
        return
    pitch = (bubbles[-1].x - bubbles[0].x) / max(1, n - 1) if n > 1 else 60
    for b, label in labels:
        if not label:
            continue
        wrapped, size, lead = _fit(_texts(label, lang), FONT, LABEL_SIZE, LABEL_LEAD, pitch - 4, item.label_lines)
        _draw_lines(canvas, wrapped, b.x, b.y + BUBBLE_R + 1, size, lead, H, centred=True)


def _side_label(canvas, texts: list[str], x: float, y_mid: float, size: float, width: float, H: float,
                align: str) -> None:
    """Short text (one entry per language, the second grey) centred on the height ``y_mid``, beside a row."""
    lines = [(k, ln) for k, x_ in enumerate(texts) for ln in wrap(x_, FONT, size, width)]
    while len(lines) > 3 and size > 5:
        size *= 0.9
        lines = [(k, ln) for k, x_ in enumerate(texts) for ln in wrap(x_, FONT, size, width)]
    lead = size + 1.2
    y = y_mid - (len(lines) - 1) * lead / 2 + size * 0.35
    canvas.setFont(FONT, size)
    for k, line in lines:
        canvas.setFillGray(0) if k == 0 else canvas.setFillColor(GREY)
        if align == "right":
            canvas.drawRightString(x, H - y, line)
        else:
            canvas.drawString(x, H - y, line)
        y += lead
    canvas.setFillGray(0)


class FormPage(Flowable):
    """One page of an evaluation form as a flowable filling a zero-padding full-page frame."""

    def __init__(self, layout: EvalLayout, payload, header: dict):
        super().__init__()
        self.layout, self.payload, self.header = layout, payload, header

    def wrap(self, aw, ah):
        return self.layout.width, self.layout.height - 1

    def draw(self):
        self.canv.saveState()
        self.canv.translate(0, -1)
        draw_form(self.canv, self.layout, self.payload, self.header)
        self.canv.restoreState()


def write_forms(plan: SessionPlan, out: Path, progress=None) -> Path:
    """Write every form of an evaluation ``plan`` to ``out`` (one PDF; no booklet: each form carries its items)."""
    register_fonts()
    lang = plan.lang
    width, height = PAGESIZES[plan.sheets[0].payloads[0].size if plan.sheets else "A4"]
    title_lang = "en" if lang == "both" else lang
    doc = BaseDocTemplate(str(out), pagesize=(width, height), title=f"{t('title', title_lang)}: {plan.assessment.name}",
                          author=plan.cohort.organisation or "Assessor", creator="Assessor", subject=plan.cohort.name)
    full = Frame(0, 0, width, height, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="full")
    doc.addPageTemplates([PageTemplate("form", [full])])
    base = {"cohort": plan.cohort.name, "form": plan.assessment.name, "phase": _phase(plan.session.phase, lang)}
    story: list = []
    for i, spec in enumerate(plan.sheets):
        header = dict(base)
        if spec.participant is not None:  # a linked form names its participant, as a knowledge sheet does
            header.update(name=spec.participant.name or spec.participant.code, code=spec.participant.code)
        for payload in spec.payloads:
            if story:
                story.append(PageBreak())
            story.append(FormPage(sheet_layout(plan, spec, payload), payload, header))
        step(progress, i + 1, len(plan.sheets))
    doc.build(story or [Spacer(1, 1)])
    return out


__all__ = ["draw_form", "FormPage", "write_forms", "TEXT", "OPTION_LETTERS"]
