"""A printable roster: one slip per participant with a big code and its QR code, to cut and hand out.

The QR code holds the participant code and nothing else (no name, no session, no address): a phone
in classroom mode can scan it at check-in instead of typing the code, and a slip left on a desk
tells no more than the printed code beside it.
"""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen import canvas

from reports.common import FONT, FONT_BOLD, register_fonts


def roster_pdf(cohort_name: str, participants, title: str = "Participant codes") -> bytes:
    """A4 PDF: two columns of slips (name, large code and the code's QR), dashed cut lines between them.

    Erased participants appear by code only. ``title`` lets the caller pass a translated heading.
    """
    register_fonts()  # names in any script (the built-in PDF fonts print only Latin-1)
    buf = io.BytesIO()
    pdf = canvas.Canvas(buf, pagesize=A4)
    pdf.setTitle(f"{title} — {cohort_name}")
    width, height = A4
    margin, cols, slip_h = 15 * mm, 2, 30 * mm
    slip_w = (width - 2 * margin) / cols
    qr_side = slip_h - 6 * mm
    top = height - margin - 12 * mm
    rows_per_page = int((top - margin) // slip_h)
    people = sorted(participants, key=lambda p: (p.name.casefold(), p.code))

    def heading():
        pdf.setFont(FONT_BOLD, 13)
        pdf.drawString(margin, height - margin - 5 * mm, _fit(f"{title} — {cohort_name}", FONT_BOLD, 13,
                                                              width - 2 * margin))

    heading()
    for i, person in enumerate(people):
        slot = i % (rows_per_page * cols)
        if i and slot == 0:
            pdf.showPage()
            heading()
        r, c = divmod(slot, cols)
        x, y = margin + c * slip_w, top - (r + 1) * slip_h
        pdf.setDash(3, 3)
        pdf.setLineWidth(0.4)
        pdf.rect(x, y, slip_w, slip_h)
        pdf.setDash()
        pdf.setFont(FONT, 11)
        text_w = slip_w - 11 * mm - qr_side
        pdf.drawString(x + 4 * mm, y + slip_h - 8 * mm, _fit(person.name or "", FONT, 11, text_w))
        code_font = _code_font(person.code)
        pdf.setFont(code_font, 24)
        pdf.drawString(x + 4 * mm, y + 6 * mm, _fit(person.code, code_font, 24, text_w))
        renderPDF.draw(code_qr(person.code, qr_side), pdf, x + slip_w - 3 * mm - qr_side, y + 3 * mm)
    pdf.showPage()
    pdf.save()
    return buf.getvalue()


def _code_font(code: str) -> str:
    """Courier for a code it can print (every letter and digit told apart), else the app's font."""
    try:
        code.encode("latin-1")
    except UnicodeEncodeError:
        return FONT_BOLD
    return "Courier-Bold"


def code_qr(code: str, side: float) -> Drawing:
    """A QR code of the participant code alone (error correction M, quiet zone included), ``side`` points square."""
    widget = QrCodeWidget(code, barLevel="M", barBorder=4)
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(side, side, transform=[side / (x1 - x0), 0, 0, side / (y1 - y0), 0, 0])
    drawing.add(widget)
    return drawing


def _fit(text: str, font: str, size: float, width: float) -> str:
    """Shorten ``text`` with an ellipsis so it fits ``width`` points."""
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    while text and pdfmetrics.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"
