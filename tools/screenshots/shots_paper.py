"""Screenshots of paper day: the review of uncertain marks (crop beside the choices), the manual entry grid,
the review of a course-evaluation form, and the evaluation form's pages (PDF rendered at 60 dpi)."""

from __future__ import annotations


def _review_sheets(store, session):
    import numpy as np

    from assessor.paper import intake
    from assessor.paper.reader import PageImage
    from tests.assessor.paper_sheetgen import fill_sheet, render_sheets

    spec, payload, layout, img = render_sheets(store, session.id, dpi=150)[0]
    img = img.copy()
    choice = [r for r in layout.rows if r.kind == "choice"]
    tf = next(r for r in layout.rows if r.kind == "truefalse")
    forced = {choice[0].question_id: (None, {choice[0].bubbles[0].value: "full", choice[0].bubbles[2].value: "full"}),
              choice[1].question_id: (None, {choice[1].bubbles[1].value: "light"}),
              tf.question_id: (False, {True: "crossed", False: "full"})}
    fill_sheet(img, layout, 150, np.random.default_rng(4), forced=forced)
    page = intake.read_page(store, PageImage("scans/IMG_0412.jpg", "0" * 64, img))
    return intake.group(store, [page])


def render(shots) -> None:
    from assessor.store import Store
    from tests.assessor.exchange_helpers import setup_facilitator

    from ui.paper.manual_dialog import ManualEntryDialog
    from ui.paper.review_dialog import ReviewDialog

    store = Store.memory()
    session, people, _ = setup_facilitator(store, n_people=8, n_questions=20, confidence=False)
    dialog = ReviewDialog(None, store, _review_sheets(store, session))
    shots.grab(dialog, "paper_review", size=(760, 560))
    dialog.close()

    manual = ManualEntryDialog(None, store, session.id)
    for row, keys in enumerate(["BATCDTFAACBDTAFCBADT", "CA-ADTTBBCADFAT"]):
        for col, key in enumerate(keys):
            from PySide6.QtWidgets import QTableWidgetItem

            manual.first.setItem(row, col, QTableWidgetItem(key))
    manual.first.setCurrentCell(1, 15)
    shots.grab(manual, "paper_manual_entry", size=(900, 520))
    manual.close()
    _evaluation(shots)


def _evaluation(shots) -> None:
    import tempfile
    from pathlib import Path

    import pypdfium2 as pdfium

    from assessor.store import Store
    from reports.paper import write_paper
    from tests.assessor.evaluation_helpers import evaluation_session
    from tests.ui.test_paper_ui import evaluation_review_sheets

    from ui.paper.review_dialog import ReviewDialog

    store = Store.memory()
    with tempfile.TemporaryDirectory() as tmp:
        session, sheets, _ = evaluation_review_sheets(store, Path(tmp))
        dialog = ReviewDialog(None, store, sheets)
        shots.grab(dialog, "paper_evaluation_review", size=(900, 640))
        dialog.close()
        lang = "both" if shots.lang == "id" else "en"  # the Indonesian run shows the bilingual form
        for points, name in ((5, "paper_evaluation_form"), (10, "paper_evaluation_form_10pt")):
            form = evaluation_session(store, anonymous=points == 5, scale_points=points if points != 5 else None)
            out = write_paper(store, form.id, Path(tmp) / "forms.pdf", lang=shots.lang if points == 5 else lang,
                              blank=0)
            pdf = pdfium.PdfDocument(str(out))
            for i in range(min(2, len(pdf))):
                path = shots.out / f"{name}_p{i + 1}_{shots.lang}.png"
                pdf[i].render(scale=60 / 72).to_pil().save(path)
                shots.saved.append(path)
            pdf.close()
