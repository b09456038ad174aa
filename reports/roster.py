"""A printable roster: one slip per participant with a big code, to cut and hand out."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen import canvas


def roster_pdf(cohort_name: str, participants, title: str = "Participant codes") -> bytes:
    """A4 PDF: two columns of slips (name and large code), dashed cut lines between them.

    Erased participants appear by code only. ``title`` lets the caller pass a translated heading.
    """
    buf = io.BytesIO()
    pdf = canvas.Canvas(buf, pagesize=A4)
    pdf.setTitle(f"{title} — {cohort_name}")
    width, height = A4
    margin, cols, slip_h = 15 * mm, 2, 30 * mm
    slip_w = (width - 2 * margin) / cols
    top = height - margin - 12 * mm
    rows_per_page = int((top - margin) // slip_h)
    people = sorted(participants, key=lambda p: (p.name.casefold(), p.code))

    def heading():
        pdf.setFont("Helvetica-Bold", 13)
        pdf.drawString(margin, height - margin - 5 * mm, _fit(f"{title} — {cohort_name}", "Helvetica-Bold", 13,
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
        pdf.setFont("Helvetica", 11)
        pdf.drawString(x + 4 * mm, y + slip_h - 8 * mm, _fit(person.name or "", "Helvetica", 11, slip_w - 8 * mm))
        pdf.setFont("Courier-Bold", 24)
        pdf.drawString(x + 4 * mm, y + 6 * mm, person.code)
    pdf.showPage()
    pdf.save()
    return buf.getvalue()


def _fit(text: str, font: str, size: float, width: float) -> str:
    """Shorten ``text`` with an ellipsis so it fits ``width`` points."""
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    while text and pdfmetrics.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"
