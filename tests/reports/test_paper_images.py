"""The printed booklet shows a question's image and its options' images, scaled to fit the page."""

from __future__ import annotations

from pypdf import PdfReader

from reports.paper import OPTION_PICTURE_MAX, STEM_PICTURE_MAX, write_paper
from tests.assessor.image_helpers import image_session


def _images_on(page) -> list[tuple[float, float]]:
    """(width, height) in points of every image drawn on the page, from its content stream's matrices."""
    import re

    content = page.get_contents().get_data().decode("latin-1")
    return [(float(a), float(d)) for a, d in
            re.findall(r"([\d.]+) 0 0 ([\d.]+) [\d.-]+ [\d.-]+ cm\s*/FormXob\.\w+ Do", content)]


def test_the_booklet_prints_the_question_and_option_images_within_their_boxes(store, tmp_path):
    session = image_session(store)
    pdf = PdfReader(write_paper(store, session.id, tmp_path / "paper.pdf", lang="en"))
    sizes = _images_on(pdf.pages[0])
    assert len(sizes) == 2  # the photo of the junction and the option's sign
    stem, option = sorted(sizes, reverse=True)
    assert stem[0] <= STEM_PICTURE_MAX[0] + 0.01 and stem[1] <= STEM_PICTURE_MAX[1] + 0.01
    assert abs(stem[0] / stem[1] - 4 / 3) < 0.01  # 1600×1200: scaled, not distorted
    assert option[0] <= OPTION_PICTURE_MAX[0] + 0.01 and option[1] <= OPTION_PICTURE_MAX[1] + 0.01
    text = pdf.pages[0].extract_text()
    assert "What should the driver do at this junction?" in text and "Stop" in text


def test_the_answer_sheets_alone_carry_no_images(store, tmp_path):
    session = image_session(store)
    pdf = PdfReader(write_paper(store, session.id, tmp_path / "sheets.pdf", lang="en", booklet=False))
    assert all(_images_on(page) == [] for page in pdf.pages)


def test_a_score_sheet_review_shows_the_picture_of_the_question(store, tmp_path):
    from assessor.delivery import engine as E
    from reports.sheets import REVIEW_PICTURE_MAX, write_sheets

    session = image_session(store)
    person = store.cohorts.participants(session.cohort_id)[0]
    eng = E.AttemptEngine(store)
    eng.start_or_resume(session.id, person.id)
    first, second = eng.questions
    eng.answer(first.id, eng.option_order(first)[0])
    eng.answer(second.id, True)
    eng.submit()
    cohort = store.cohorts.get(session.cohort_id).name
    (with_review,) = write_sheets(store, cohort, "en", True, tmp_path / "review.pdf")
    pages = PdfReader(with_review).pages
    sizes = [s for page in pages for s in _images_on(page)]
    assert len(sizes) == 1  # the junction photo, under the question in the review; the other question has none
    (w, h), = sizes
    assert w <= REVIEW_PICTURE_MAX[0] + 0.01 and h <= REVIEW_PICTURE_MAX[1] + 0.01
    assert abs(w / h - 4 / 3) < 0.01  # scaled, not distorted
    (without,) = write_sheets(store, cohort, "en", False, tmp_path / "plain.pdf")
    assert all(_images_on(page) == [] for page in PdfReader(without).pages)


def test_the_booklet_lists_matching_choices_in_the_drawn_order_not_the_answer_key(store, tmp_path):
    from assessor.banks.questions import Bank, Pair, Question
    from assessor.delivery.assessments import Assessment
    from assessor.paper.layout import sheet_order
    from assessor.people.cohorts import Cohort

    rights = ["Penal code", "Procedure code", "Child protection law", "Juvenile justice law"]
    question = Question(key="MA-1", type="matching", topic="t", text={"en": "Match each law to its subject."},
                        pairs=tuple(Pair({"en": f"Law {i + 1}"}, {"en": r}) for i, r in enumerate(rights)))
    bank_id = store.banks.import_bank(Bank(name={"en": "Laws"}, questions=(question,))).bank_id
    stored = store.banks.questions(bank_id)
    form = store.assessments.save(Assessment(name="Laws", question_ids=tuple(q.id for q in stored),
                                             shuffle_options=False))
    cohort = store.cohorts.save(Cohort(name="C"))
    session = store.sessions.open(cohort.id, form.id, "pre")
    pages = PdfReader(write_paper(store, session.id, tmp_path / "paper.pdf", lang="en", blank=1)).pages
    text = "\n".join(page.extract_text() for page in pages)
    printed = sorted(rights, key=lambda r: text.index(r))
    drawn = sheet_order(stored, None, False, False).option_orders[stored[0].id]
    assert printed == [rights[j] for j in drawn]
    assert printed != rights  # in pair order the letters A, B, C, D would be the answers of 1, 2, 3, 4
