"""Paper day: the question booklet and the answer sheets of a session, as one PDF.

Every shape on an answer sheet comes from :mod:`assessor.paper.layout` (the reader measures
the same data). Black and white only, thick enough to survive a poor photocopy: solid
corner squares, a QR code with error correction, bubbles outlined in black with their
letter printed small inside.
"""

from __future__ import annotations

from io import BytesIO
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, KeepTogether, NextPageTemplate, PageBreak,
                                Image, Indenter, PageTemplate, Paragraph, Spacer)

from assessor.banks.cloze import gapped_text
from assessor.banks.questions import OPTION_LETTERS, localized
from assessor.paper.layout import BUBBLE_R, CHOICE, MARK, MARKER, MULTIPLE, TRUEFALSE, PageLayout, page_layout
from assessor.paper.plan import SheetSpec, session_plan
from assessor.progress import step
from reports.common import FONT, FONT_BOLD, picture_size, register_fonts, wrap

PAGESIZES = {"A4": A4, "Letter": letter}
GREY = Color(0.35, 0.35, 0.35)

TEXT: dict[str, dict[str, str]] = {
    "sheet": {"en": "Answer sheet", "id": "Lembar jawaban"},
    "booklet": {"en": "Question booklet", "id": "Buku soal"},
    "booklet_for": {"en": "Booklet of", "id": "Buku soal untuk"},
    "copy": {"en": "Photocopy as many as needed. Write nothing in this booklet: answer on the answer sheet.",
             "id": "Fotokopi sebanyak yang diperlukan. Jangan menulis di buku ini: jawab di lembar jawaban."},
    "own": {"en": "This booklet belongs with the answer sheet of the same person: the order of its questions "
                   "is printed for them.",
            "id": "Buku soal ini berpasangan dengan lembar jawaban orang yang sama: urutan soalnya dicetak "
                  "khusus untuknya."},
    "copy_written": {"en": "Photocopy one for each participant. Fill the bubbles on the answer sheet; write the "
                           "written answers on the lines of this booklet and hand it in with your answer sheet.",
                     "id": "Fotokopi satu untuk setiap peserta. Hitamkan bulatan di lembar jawaban; tulis jawaban "
                           "tertulis di garis buku soal ini, lalu berikan buku ini bersama lembar jawaban Anda."},
    "hand_in": {"en": "Write the written answers on the lines of this booklet and hand it in with your answer sheet.",
                "id": "Tulis jawaban tertulis di garis buku soal ini, lalu berikan buku ini bersama lembar jawaban "
                      "Anda."},
    "training": {"en": "Training", "id": "Pelatihan"},
    "test": {"en": "Test", "id": "Tes"},
    "pre": {"en": "Pre-test", "id": "Tes awal"},
    "post": {"en": "Post-test", "id": "Tes akhir"},
    "followup": {"en": "Follow-up", "id": "Tes lanjutan"},
    "name": {"en": "Name", "id": "Nama"},
    "code": {"en": "Code", "id": "Kode"},
    "page": {"en": "Page", "id": "Halaman"},
    "walkin": {"en": "Participant number: fill one bubble in each column", "id":
               "Nomor peserta: hitamkan satu bulatan di setiap kolom"},
    "how": {"en": "Fill the bubble of your answer completely with a dark pen. One bubble for each question, "
                  "except where the booklet says 'choose all that apply'. To change an answer, cross the "
                  "bubble out (X) and fill the new one: the facilitator checks every changed answer.",
            "id": "Hitamkan penuh bulatan jawaban Anda dengan pena gelap. Satu bulatan untuk setiap soal, "
                  "kecuali bila buku soal menulis 'pilih semua yang benar'. Untuk mengganti jawaban, silang "
                  "(X) bulatan lama lalu hitamkan yang baru: fasilitator memeriksa setiap jawaban yang diganti."},
    "corners": {"en": "Do not write on, fold or staple the black corner squares or the QR code.",
                "id": "Jangan menulis, melipat atau menstaples kotak hitam di sudut dan kode QR."},
    "mark_note": {"en": "\u2713 \u2717 rows: for the facilitator (written answers)",
                  "id": "Baris \u2713 \u2717: diisi fasilitator (jawaban tertulis)"},
    "all": {"en": "Choose all that apply.", "id": "Pilih semua yang benar."},
    "one": {"en": "Choose one.", "id": "Pilih satu."},
    "tf": {"en": "True or false? Fill T (true) or F (false).", "id": "Benar atau salah? Hitamkan B (benar) atau "
           "S (salah)."},
    "tf_both": {"en": "True or false? Fill T (true, benar) or F (false, salah).", "id": ""},
    "write": {"en": "Write your answer on the line; the facilitator marks it on your answer sheet.",
              "id": "Tulis jawaban Anda di garis; fasilitator menilainya di lembar jawaban Anda."},
    "match": {"en": "Match each item with a letter; the facilitator marks it on your answer sheet.",
              "id": "Pasangkan setiap butir dengan satu huruf; fasilitator menilainya di lembar jawaban Anda."},
}


def t(key: str, lang: str) -> str:
    """A label in ``lang``; ``both`` gives English / Indonesian."""
    entry = TEXT[key]
    if lang == "both":
        if key == "tf":
            return entry["en"].replace("(true)", "(true, benar)").replace("(false)", "(false, salah)")
        return f"{entry['en']} / {entry['id']}"
    return entry[lang]


def tf_labels(lang: str) -> tuple[str, str]:
    return ("B", "S") if lang == "id" else ("T", "F")


def _qr(canvas, text: str, x: float, y_top: float, side: float, height: float) -> None:
    widget = QrCodeWidget(text, barLevel="M", barBorder=0)
    x0, y0, x1, y1 = widget.getBounds()
    d = Drawing(side, side, transform=[side / (x1 - x0), 0, 0, side / (y1 - y0), 0, 0])
    d.add(widget)
    renderPDF.draw(d, canvas, x, height - y_top - side)


def draw_sheet(canvas, layout: PageLayout, payload_text: str, header: dict, lang: str) -> None:
    """Draw one page of an answer sheet exactly where ``layout`` says (y flipped for reportlab)."""
    H = layout.height

    def Y(y: float) -> float:
        return H - y

    canvas.saveState()
    canvas.setFillGray(0)
    for cx, cy in layout.markers:
        canvas.rect(cx - MARKER / 2, Y(cy) - MARKER / 2, MARKER, MARKER, stroke=0, fill=1)
    qx, qy, qs = layout.qr
    _qr(canvas, payload_text, qx, qy, qs, H)
    left = layout.markers[0][0] + MARKER / 2 + 8
    # Header text stops short of the QR code (a line printed over it could stop it from being
    # read) and above the rule over the rows (text in a bubble would read as a mark): long
    # lines, and the English and Indonesian together, get a smaller font.
    room = qx - left - 14
    fitted_string(canvas, f"{t('sheet', lang)} \u2014 {header['phase']}", left, Y(54), FONT_BOLD, 13, room)
    fitted_string(canvas, f"{t('training', lang)}: {header['cohort']}", left, Y(67), FONT, 8.5, room)
    fitted_string(canvas, f"{t('test', lang)}: {header['form']}", left, Y(79), FONT, 8.5, room)
    limit = layout.header_bottom - 8
    if header.get("name") is not None:
        fitted_string(canvas, f"{header['name']}", left, Y(95), FONT_BOLD, 11, room)
        fitted_string(canvas, f"{t('code', lang)}: {header['code']}", left, Y(107), FONT, 9, room)
    else:
        canvas.setFont(FONT, 9)
        canvas.drawString(left, Y(98), f"{t('name', lang)}: " + "_" * 44)
    if layout.code_grid:
        fitted_string(canvas, t("walkin", lang), left, Y(layout.code_grid[0][0].y - 16), FONT, 8, room)
        x0 = layout.code_grid[0][0].x - BUBBLE_R - 3
        x1 = layout.code_grid[-1][0].x + BUBBLE_R + 3
        canvas.setLineWidth(0.6)
        canvas.rect(x0, Y(layout.code_grid[0][-1].y + BUBBLE_R + 3), x1 - x0,
                    layout.code_grid[0][-1].y - layout.code_grid[0][0].y + 2 * BUBBLE_R + 6, stroke=1, fill=0)
        for column in layout.code_grid:
            for b in column:
                _bubble(canvas, b.x, Y(b.y), b.label)
        gx = x1 + 18
        fitted_paragraph(canvas, t("how", lang), gx, layout.qr[1] + layout.qr[2] + 10,
                         layout.markers[1][0] - MARKER / 2 - gx, 8, limit, H)
    else:
        fitted_paragraph(canvas, t("how", lang), left, 113, room, 7.6, limit, H)
    canvas.setLineWidth(0.6)
    canvas.line(left, Y(layout.header_bottom - 4), layout.markers[1][0] - MARKER / 2 - 8, Y(layout.header_bottom - 4))
    for row in layout.rows:
        first = row.bubbles[0]
        canvas.setFont(FONT_BOLD, 9)
        canvas.drawRightString(first.x - BUBBLE_R - 5, Y(first.y) - 3.2, str(row.number))
        for b in row.bubbles:
            _bubble(canvas, b.x, Y(b.y), b.label, square=row.kind == MULTIPLE)
    canvas.setFont(FONT, 7)
    canvas.setFillGray(0)
    foot = Y(layout.markers[3][1]) - 3
    pages = payload_text.split(";")[5]
    canvas.drawString(left, foot, f"{t('page', lang)} {pages}")
    for i, line in enumerate(reversed(wrap(t("corners", lang), FONT, 7, layout.width - 2 * left))):
        canvas.drawString(left, foot + 10 * (i + 1), line)
    if any(r.kind == MARK for r in layout.rows):
        canvas.drawString(left, foot + 30, t("mark_note", lang))
    canvas.restoreState()


def _bubble(canvas, x: float, y: float, label: str, square: bool = False) -> None:
    canvas.setLineWidth(0.9)
    canvas.setStrokeGray(0)
    if square:  # multiple response: a box says "more than one may be filled"
        canvas.rect(x - BUBBLE_R, y - BUBBLE_R, 2 * BUBBLE_R, 2 * BUBBLE_R, stroke=1, fill=0)
    else:
        canvas.circle(x, y, BUBBLE_R, stroke=1, fill=0)
    canvas.setFillColor(GREY)
    canvas.setFont(FONT, 5.6)
    canvas.drawCentredString(x, y - 2.0, label)
    canvas.setFillGray(0)


def fitted_string(canvas, text: str, x: float, y: float, font: str, size: float, width: float) -> None:
    """One line of text at ``size`` or smaller so that it fits ``width`` (down to 6 points, then cut
    with an ellipsis)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    while size > 6 and stringWidth(text, font, size) > width:
        size -= 0.25
    while len(text) > 1 and stringWidth(text, font, size) > width:
        text = text[:-2] + "\u2026"
    canvas.setFont(font, size)
    canvas.drawString(x, y, text)


def fitted_paragraph(canvas, text: str, x: float, y_top: float, width: float, size: float, y_limit: float,
                     H: float) -> None:
    """A paragraph from ``y_top`` (layout y, from the top) at ``size`` or smaller so that it ends
    above ``y_limit`` (the English and Indonesian together need the smaller sizes)."""
    while True:
        p = Paragraph(escape(text), ParagraphStyle("p", fontName=FONT, fontSize=size, leading=size * 1.2))
        _, h = p.wrap(width, 400)
        if y_top + h <= y_limit or size <= 5:
            break
        size -= 0.2
    p.drawOn(canvas, x, H - y_top - h)


class _SheetPage(Flowable):
    """One page of an answer sheet as a flowable filling a zero-padding full-page frame."""

    def __init__(self, layout: PageLayout, payload_text: str, header: dict, lang: str):
        super().__init__()
        self.layout, self.payload_text, self.header, self.lang = layout, payload_text, header, lang

    def wrap(self, aw, ah):
        return self.layout.width, self.layout.height - 1

    def draw(self):
        self.canv.saveState()
        self.canv.translate(0, -1)
        draw_sheet(self.canv, self.layout, self.payload_text, self.header, self.lang)
        self.canv.restoreState()


def _styles():
    register_fonts()
    base = ParagraphStyle("q", fontName=FONT, fontSize=10, leading=13)
    return {
        "title": ParagraphStyle("t", base, fontName=FONT_BOLD, fontSize=15, leading=19, spaceAfter=4),
        "note": ParagraphStyle("n", base, fontSize=8.5, leading=11, spaceAfter=8),
        "q": ParagraphStyle("qq", base, fontName=FONT_BOLD, leftIndent=22, firstLineIndent=-22, spaceBefore=7),
        "q2": ParagraphStyle("q2", base, fontSize=9, leading=11.5, leftIndent=22, textColor=GREY),
        "opt": ParagraphStyle("o", base, leftIndent=40, firstLineIndent=-16, spaceBefore=1.5),
        "opt2": ParagraphStyle("o2", base, fontSize=8.8, leading=11, leftIndent=40, textColor=GREY),
        "hint": ParagraphStyle("h", base, fontSize=8, leading=10, leftIndent=22, textColor=GREY),
    }


def _texts(text, lang: str) -> list[str]:
    if lang == "both":
        en, other = localized(text, "en"), localized(text, "id")
        return [en] + ([other] if other and other != en else [])
    return [localized(text, lang)]


STEM_PICTURE_MAX = (360.0, 200.0)
"""The largest a question's image is printed (points, width × height; A4's text column is about 490)."""
OPTION_PICTURE_MAX = (200.0, 90.0)
"""The largest an option's image is printed."""


def _picture(image, box: tuple[float, float], indent: float) -> list:
    """The flowables that print ``image`` (a StoredImage) scaled into ``box``, indented; [] without one."""
    if image is None:
        return []
    width, height = picture_size(image, box)
    picture = Image(BytesIO(image.data), width=width, height=height, hAlign="LEFT")
    return [Spacer(1, 3), Indenter(left=indent), picture, Indenter(left=-indent), Spacer(1, 2)]


def booklet_story(spec: SheetSpec, header: dict, lang: str, per_person: bool, images: dict | None = None) -> list:
    """The booklet's flowables: every question in ``spec``'s printed order with its option letters.

    ``images`` (the stored images by SHA-256) are printed under the question text and under
    each option's text, scaled into :data:`STEM_PICTURE_MAX` / :data:`OPTION_PICTURE_MAX`.
    """
    images = images or {}
    st = _styles()
    story = [Paragraph(escape(f"{t('booklet', lang)} \u2014 {header['phase']}"), st["title"]),
             Paragraph(escape(f"{t('training', lang)}: {header['cohort']} \u00b7 {t('test', lang)}: {header['form']}"),
                       st["note"])]
    # Written answers (short, numerical, matching, cloze, essay) go on the booklet's lines, so a
    # booklet that has them is handed in, and a shared one gets its writer's name and code.
    written = any(q.type not in ("single", "multiple", "truefalse", "description") for q in spec.order.questions)
    if per_person and spec.participant is not None:
        story.append(Paragraph(escape(f"{t('booklet_for', lang)}: {spec.participant.label}"), st["q"]))
        story.append(Paragraph(escape(t("own", lang)), st["note"]))
        if written:
            story.append(Paragraph(escape(t("hand_in", lang)), st["note"]))
    elif written:
        story.append(Paragraph(escape(t("copy_written", lang)), st["note"]))
        story.append(Paragraph(escape(f"{t('name', lang)}: {'_' * 36}   {t('code', lang)}: {'_' * 14}"), st["q"]))
    else:
        story.append(Paragraph(escape(t("copy", lang)), st["note"]))
    for number, q in enumerate(spec.order.questions, 1):
        texts = _texts(q.text, lang)
        if q.type == "cloze":
            texts = [gapped_text(x) for x in texts]
        block = [Paragraph(escape(f"{number}.\u00a0 {texts[0]}"), st["q"])]
        block += [Paragraph(escape(x), st["q2"]) for x in texts[1:]]
        block += _picture(images.get(q.image), STEM_PICTURE_MAX, 22)
        if q.type in ("single", "multiple"):
            block.append(Paragraph(escape(t("one" if q.type == "single" else "all", lang)), st["hint"]))
            keys = spec.order.option_orders.get(q.id, q.option_keys)
            for i, key in enumerate(keys):
                option = q.options[q.option_keys.index(key)]
                otexts = _texts(option.text, lang)
                block.append(Paragraph(escape(f"{OPTION_LETTERS[i]}.\u00a0 {otexts[0]}"), st["opt"]))
                block += [Paragraph(escape(x), st["opt2"]) for x in otexts[1:]]
                block += _picture(images.get(option.image), OPTION_PICTURE_MAX, 40)
        elif q.type == "truefalse":
            block.append(Paragraph(escape(t("tf", lang)), st["hint"]))
        elif q.type == "matching":
            block.append(Paragraph(escape(t("match", lang)), st["hint"]))
            for i, pair in enumerate(q.pairs, 1):
                block.append(Paragraph(escape(f"{i}.\u00a0 {_texts(pair.left, lang)[0]}   ____"), st["opt"]))
            # In the drawn order (never pair order, which would be the answer key), distractors among them.
            rights = q.right_options
            for i, j in enumerate(spec.order.option_orders.get(q.id, range(len(rights)))):
                block.append(Paragraph(escape(f"{OPTION_LETTERS[i]}.\u00a0 {_texts(rights[j], lang)[0]}"),
                                       st["opt"]))
        elif q.type == "description":
            pass  # text only: the sheet's box for it stays empty
        elif q.type == "cloze":
            # The facilitator marks the whole question right or wrong (a box, as for a short answer);
            # a choice blank lists its options so the participant can write one into the gap.
            block.append(Paragraph(escape(t("write", lang)), st["hint"]))
            for n, b in enumerate(q.blanks, 1):
                if b.kind == "choice":
                    choices = " \u00b7 ".join(_texts(o.text, lang)[0] for o in b.options)
                    block.append(Paragraph(escape(f"[{n}]\u00a0 {choices}"), st["opt"]))
        else:
            block.append(Paragraph(escape(t("write", lang)), st["hint"]))
            block.append(Paragraph("_" * 60, st["opt"]))
        story.append(KeepTogether(block))
    return story


def _phase(phase: str, lang: str) -> str:
    return t(phase, lang) if phase in TEXT else phase


def write_paper(store, session_id: str, out, lang: str = "en", size: str = "A4", blank: int = 0,
                booklet: bool = True, progress=None, plan=None) -> Path:
    """Write the session's booklet(s) and answer sheets to ``out`` (one PDF) and return its path.

    A form that shuffles gets one booklet per participant in that participant's order, each
    followed by their sheet; otherwise one booklet (to photocopy) and then every sheet.
    ``blank`` adds walk-in sheets (form order, a code grid instead of a printed name).
    A course evaluation prints its self-contained forms instead (reports/paperforms/evaluation.py).
    ``plan``: a :func:`session_plan` drawn already (its anonymous serials are random; the sheet
    generator of the tests keeps the one it printed).
    """
    if lang not in ("en", "id", "both"):
        raise ValueError(lang)
    register_fonts()
    plan = plan or session_plan(store, session_id, size=size, blank=blank, lang=lang)
    images = store.banks.images(plan.questions) if booklet else {}
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    if plan.evaluation:  # self-contained forms, no booklet (reports.paperforms)
        from reports.paperforms.evaluation import write_forms

        return write_forms(plan, out, progress)
    width, height = PAGESIZES[size]
    margin = 52
    header_lang = "en" if lang == "both" else lang
    base = {"cohort": plan.cohort.name, "form": plan.assessment.name, "phase": _phase(plan.session.phase, lang)}
    doc = BaseDocTemplate(str(out), pagesize=(width, height), title=f"{t('sheet', header_lang)}: {plan.assessment.name}",
                          author=plan.cohort.organisation or "Assessor", creator="Assessor",
                          subject=plan.cohort.name)
    text_frame = Frame(margin, margin, width - 2 * margin, height - 2 * margin, id="text")
    full = Frame(0, 0, width, height, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="full")
    templates = [PageTemplate("booklet", [text_frame]), PageTemplate("sheet", [full])]
    doc.addPageTemplates(templates if booklet else templates[::-1])  # the first page uses the first template
    story: list = []
    tf = tf_labels(lang)
    shared_booklet_done = False
    total = len(plan.sheets)
    for i, spec in enumerate(plan.sheets):
        header = dict(base)
        if spec.participant is not None:
            header.update(name=spec.participant.name or spec.participant.code, code=spec.participant.code)
        per_person = plan.shuffled and spec.participant is not None
        if booklet and (per_person or not shared_booklet_done):
            story += [NextPageTemplate("booklet")] + ([PageBreak()] if story else [])
            story += booklet_story(spec, header, lang, per_person, images)
            shared_booklet_done = shared_booklet_done or not per_person
        for payload in spec.payloads:
            layout = page_layout(spec.order, size, payload.page, spec.walk_in, tf_labels=tf)
            story += [NextPageTemplate("sheet")] + ([PageBreak()] if story else [])
            story.append(_SheetPage(layout, payload.encode(), header, lang))
        step(progress, i + 1, total)
    if not story:
        story.append(Spacer(1, 1))
    doc.build(story)
    return out


__all__ = ["write_paper", "draw_sheet", "booklet_story", "TEXT", "tf_labels", "CHOICE", "TRUEFALSE"]
