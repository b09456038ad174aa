"""The header of a printed answer sheet stays in its place in every language: no text under
the QR code (which would stop it from being read) and the whole instruction above the rule
over the bubble rows (text in a bubble would read as a mark)."""

from __future__ import annotations

import dataclasses

import pytest
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth

from assessor.people.cohorts import Cohort, Participant
from assessor.paper.layout import MARGIN, MARKER, QR_SIZE, header_bottom
from reports.common import FONT, FONT_BOLD, register_fonts
from reports.paper import t, write_paper
from tests.assessor.exchange_helpers import setup_facilitator


def _fragments(page) -> list[tuple[str, float, float, float]]:
    """(text, x, y, width) of every piece of text drawn on ``page``, in PDF points from the bottom left."""
    register_fonts()
    found = []

    def visit(text, cm, tm, font, size):
        if not text.strip():
            return
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        bold = "Bold" in str((font or {}).get("/BaseFont", ""))
        found.append((text, x, y, stringWidth(text.strip("\n"), FONT_BOLD if bold else FONT, size * tm[0])))

    page.extract_text(visitor_text=visit)
    return found


def _words(text: str) -> list[str]:
    return text.split()


@pytest.mark.parametrize("lang", ["en", "id", "both"])
def test_sheet_header_stays_beside_the_qr_code_and_above_the_rows(store, tmp_path, lang):
    session, people, _ = setup_facilitator(store, n_people=1, n_questions=20, confidence=False)
    # The longest phase name and a long cohort and person name.
    long_cohort = store.cohorts.save(Cohort(name="Pelatihan perlindungan anak bagi aparat penegak hukum "
                                                 "Provinsi Sulawesi Selatan 2026", location="Makassar"))
    store.cohorts.add_participants(long_cohort.id, [Participant(long_cohort.id, "MKS-01",
                                                                name="Kartika Hidayatullah Purnamasari Wijayakusuma")])
    followup = store.sessions.open(long_cohort.id, session.assessment_id, "followup")
    pdf = PdfReader(write_paper(store, followup.id, tmp_path / "paper.pdf", lang=lang, blank=1, booklet=False))
    assert len(pdf.pages) == 2  # the named sheet and the walk-in sheet

    for page, walk_in in zip(pdf.pages, (False, True)):
        height = float(page.mediabox.height)
        width = float(page.mediabox.width)
        qr_left = width - MARGIN - MARKER - 10 - QR_SIZE
        qr_top, qr_bottom = height - (MARGIN + MARKER + 6), height - (MARGIN + MARKER + 6 + QR_SIZE)
        rule = height - (header_bottom(walk_in) - 4)
        pieces = _fragments(page)
        for text, x, y, w in pieces:
            if qr_bottom - 2 <= y <= qr_top:
                assert x + w <= qr_left + 0.5, f"{text!r} runs under the QR code ({lang})"
        above = " ".join(text for text, _, y, _ in sorted(pieces, key=lambda p: (-round(p[2], 1), p[1]))
                         if y > rule + 2 and len(text.strip()) > 1)  # bubble digits left out
        # The whole instruction, its last words included, is printed above the rule.
        assert " ".join(_words(t("how", lang))) in " ".join(_words(above)), lang
        assert t("sheet", lang) in above


def _booklet_text(store, tmp_path, questions, shuffle: bool, lang: str = "en") -> str:
    from assessor.banks.questions import Bank
    from assessor.delivery.assessments import Assessment

    bank_id = store.banks.import_bank(Bank(name={"en": f"B{len(questions)}{shuffle}"}, questions=questions)).bank_id
    ids = tuple(q.id for q in store.banks.questions(bank_id))
    form = store.assessments.save(Assessment(name="F", question_ids=ids, shuffle_options=shuffle,
                                             shuffle_questions=shuffle))
    cohort = store.cohorts.save(Cohort(name=f"C{len(questions)}{shuffle}{lang}"))
    store.cohorts.add_participants(cohort.id, [Participant(cohort.id, "AB-01", name="Ani")])
    session = store.sessions.open(cohort.id, form.id, "pre")
    out = write_paper(store, session.id, tmp_path / f"b{len(questions)}{shuffle}{lang}.pdf", lang=lang, blank=0)
    return " ".join(" ".join(page.extract_text() for page in PdfReader(str(out)).pages).split())


def test_a_booklet_with_written_answers_is_not_called_write_nothing(store, tmp_path):
    from assessor.banks.questions import Option, Question

    tf = Question(key="TF-1", type="truefalse", topic="t", text={"en": "A child is under 18."}, answer=True)
    short = Question(key="SA-1", type="short", topic="t", text={"en": "Who writes the report?"},
                     options=(Option({"en": "Bapas"}, 1.0),))
    # Bubbles only: nothing is written in the shared booklet.
    assert " ".join(t("copy", "en").split()) in _booklet_text(store, tmp_path, (tf,), shuffle=False)
    # A written answer goes on the booklet's line: the shared booklet asks to be handed in, with a name.
    for lang in ("en", "id"):
        text = _booklet_text(store, tmp_path, (tf, short), shuffle=False, lang=lang)
        assert " ".join(t("copy", lang).split()) not in text
        assert " ".join(t("copy_written", lang).split()) in text
        assert f"{t('name', lang)}: ___" in text and f"{t('code', lang)}: ___" in text
    # A booklet printed for one person says to hand it in too.
    text = _booklet_text(store, tmp_path, (tf, short, dataclasses.replace(tf, key="TF-2")), shuffle=True)
    assert " ".join(t("hand_in", "en").split()) in text
