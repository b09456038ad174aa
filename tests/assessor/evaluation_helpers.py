"""Anonymous course evaluations of the demo cohorts, answered with given ratings (for tests)."""

from __future__ import annotations

from assessor.delivery.assessments import Assessment
from assessor.delivery.evaluation import AnonymousEvaluation


def evaluate(store, cohort_name, ratings):
    """Each of the cohort's first ``len(ratings)`` participants answers the bundled evaluation
    anonymously: every rating item with their rating, every then/now item 2 -> rating, a comment."""
    from assessor.banks.bankio import import_bank_file
    from question_banks import bundled_banks

    if not any(b.name["en"].startswith("Course") for b in store.banks.list()):
        (path,) = [p for p in bundled_banks() if p.stem.endswith("_evaluation")]
        import_bank_file(store, path)
    bank = next(b for b in store.banks.list() if b.name["en"].startswith("Course"))
    items = store.banks.questions(bank.id)
    form = store.assessments.save(Assessment(name=f"Evaluation {cohort_name}", question_ids=tuple(q.id for q in items),
                                             evaluation=True, anonymous=True))
    cohort = store.cohorts.by_name(cohort_name)
    session = store.sessions.open(cohort.id, form.id, "post")
    for person, rating in zip(store.cohorts.participants(cohort.id), ratings):
        run = AnonymousEvaluation(store)
        run.start(session.id, person.code, "en")
        for q in items:
            if q.type == "rating":
                run.answer(q.id, rating)
            elif q.type == "retro":
                run.answer(q.id, {"then": 2, "now": rating})
            elif q.type == "comment":
                run.answer(q.id, f"Useful {rating}")
        run.submit()


def evaluation_session(store, cohort_name=None, anonymous=True, scale_points=None):
    """A session of the bundled course-evaluation form for a cohort (the first when not named).

    ``scale_points`` (e.g. 10) makes the form's rating and retrospective items use that many points."""
    from dataclasses import replace

    from assessor.banks.bankio import import_bank_file
    from assessor.banks.questions import default_scale
    from question_banks import bundled_banks

    if not any(b.name["en"].startswith("Course") for b in store.banks.list()):
        (path,) = [p for p in bundled_banks() if p.stem.endswith("_evaluation")]
        import_bank_file(store, path)
    bank = next(b for b in store.banks.list() if b.name["en"].startswith("Course"))
    items = store.banks.questions(bank.id)
    if scale_points:
        changed = []
        for q in items:
            if q.type in ("rating", "retro"):
                q, _ = store.banks.save_question(bank.id, replace(q, scale=default_scale(scale_points, "rating")))
            changed.append(q)
        items = changed
    form = store.assessments.save(Assessment(name=f"Evaluation {'anonymous' if anonymous else 'linked'}",
                                             question_ids=tuple(q.id for q in items), evaluation=True,
                                             anonymous=anonymous))
    cohort = store.cohorts.by_name(cohort_name) if cohort_name else store.cohorts.list()[0]
    return store.sessions.open(cohort.id, form.id, "post")
