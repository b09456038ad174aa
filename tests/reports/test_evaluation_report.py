"""The course-evaluation section of the cohort report, in English and Bahasa Indonesia."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from assessor.delivery.assessments import Assessment
from assessor.delivery.evaluation import AnonymousEvaluation

TOT = "ToT Jakarta 2026"


def pdf_text(path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(str(path)).pages).split())


def _evaluate(store, ratings):
    from assessor.banks.bankio import import_bank_file
    from question_banks import bundled_banks

    (path,) = [p for p in bundled_banks() if p.stem.endswith("_evaluation")]
    if not any(b.name["en"].startswith("Course") for b in store.banks.list()):
        import_bank_file(store, path)
    bank = next(b for b in store.banks.list() if b.name["en"].startswith("Course"))
    items = store.banks.questions(bank.id)
    form = store.assessments.save(Assessment(name="Evaluation", question_ids=tuple(q.id for q in items),
                                             evaluation=True, anonymous=True))
    cohort = store.cohorts.by_name(TOT)
    session = store.sessions.open(cohort.id, form.id, "post")
    people = store.cohorts.participants(cohort.id)
    for person, rating in zip(people, ratings):
        run = AnonymousEvaluation(store)
        run.start(session.id, person.code, "en")
        for q in items:
            if q.type == "rating":
                run.answer(q.id, rating)
            elif q.type == "retro":
                run.answer(q.id, {"then": 2, "now": min(5, rating)})
            elif q.type == "comment":
                run.answer(q.id, f"Useful case studies {rating}")
        run.submit()
    return items


@pytest.mark.parametrize("lang, words", [
    ("en", ["Course evaluation", "given anonymously", "Ratings", "Agreeing [95% CI]",
            "Self-assessment before and after the training", "Comments", "Useful case studies 5"]),
    ("id", ["Evaluasi pelatihan", "secara anonim", "Penilaian", "Setuju [IK 95%]",
            "Penilaian diri sebelum dan sesudah pelatihan", "Komentar", "Kerangka hukum internasional"]),
])
def test_the_cohort_report_has_the_evaluation_section(demo_store, tmp_path, lang, words):
    from reports.cohort_report import write_cohort_report

    _evaluate(demo_store, [5, 4, 4, 3, 5, 4, 2, 5])
    text = pdf_text(write_cohort_report(demo_store, TOT, tmp_path / f"r_{lang}.pdf", lang=lang))
    for w in words:
        assert w in text, w
    if lang == "id":  # 6 of 8 agree: 75 % (decimal comma in the interval)
        assert "75%" in text


def test_a_small_anonymous_evaluation_shows_no_figures(demo_store, tmp_path):
    from reports.cohort_report import write_cohort_report

    _evaluate(demo_store, [5, 4, 4])
    text = pdf_text(write_cohort_report(demo_store, TOT, tmp_path / "small.pdf", lang="en"))
    assert "fewer than 5 responses: not shown" in text


def test_a_cohort_without_an_evaluation_has_no_such_section(demo_store, tmp_path):
    from reports.cohort_report import write_cohort_report

    text = pdf_text(write_cohort_report(demo_store, TOT, tmp_path / "plain.pdf", lang="en"))
    assert "Course evaluation" not in text
