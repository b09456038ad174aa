"""Screenshots of a course evaluation: rating, then/now and comment items in participant mode, the results tab.

Adds an anonymous evaluation session (the bundled course evaluation) to the first demo
cohort, answered by eight participants through the engine, then renders the screens.
"""

from __future__ import annotations


def _evaluation_session(store):
    from assessor.banks.bankio import import_bank_file
    from assessor.delivery.assessments import Assessment
    from question_banks import bundled_banks

    bank = next((b for b in store.banks.list() if b.name["en"].startswith("Course")), None)
    if bank is None:
        (path,) = [p for p in bundled_banks() if p.stem.endswith("_evaluation")]
        import_bank_file(store, path)
        bank = next(b for b in store.banks.list() if b.name["en"].startswith("Course"))
    items = store.banks.questions(bank.id)
    form = next((a for a in store.assessments.list() if a.evaluation), None) or store.assessments.save(
        Assessment(name="Course evaluation", question_ids=tuple(q.id for q in items), evaluation=True, anonymous=True))
    cohort = store.cohorts.list()[0]
    session = next((s for s in store.sessions.list(cohort.id) if s.assessment_id == form.id), None)
    return session or store.sessions.open(cohort.id, form.id, "post"), store.assessments.questions(form)


def _fill(store, session, items) -> None:
    from assessor.delivery.evaluation import AnonymousEvaluation

    people = store.cohorts.participants(session.cohort_id)
    ratings = [5, 4, 4, 3, 5, 4, 2, 5, 4, 4]
    for person, rating in zip(people[5:], ratings):
        run = AnonymousEvaluation(store)
        if run.check_in(session.id, person.code).code != "ok":
            continue
        run.start(session.id, person.code)
        for i, q in enumerate(items):
            point = max(1, min(5, rating - (i % 3 == 2)))
            if q.type == "rating":
                run.answer(q.id, point)
            elif q.type == "retro":
                run.answer(q.id, {"then": max(1, point - 2), "now": point})
            elif q.type == "choice":
                run.answer(q.id, "ABCD"[rating % 4])
            elif q.type == "comment" and rating != 3:
                run.answer(q.id, {5: "The case studies from Indonesia were the most useful part.",
                                  4: "Lebih banyak latihan wawancara, mohon.", 2: "Too short for so many topics."}
                           .get(rating, "Good facilitation."))
        run.submit()


def render(shots) -> None:
    from assessor.safety import security
    from ui import i18n
    from ui.results.results_common import compute_results
    from ui.results.results_page import ResultsPage
    from ui.runner import RunnerWindow

    store = shots.store
    if not security.has_facilitator_password(store):
        security.set_facilitator_password(store, "facilitator")
    session, items = _evaluation_session(store)
    window = RunnerWindow(store, session.id, kiosk=False)
    window.begin()
    window.font_pt, window.high_contrast = 18, False
    window._apply_look()
    person = store.cohorts.participants(session.cohort_id)[{"en": 0, "id": 1}[shots.lang]]
    window.check_in(person.code)
    window.language_screen.chosen.emit(shots.lang)
    shots.grab(window, "evaluation_instructions")
    window.instructions.start.emit()
    kinds = [q.type for q in window.engine.questions]
    rating = kinds.index("rating")
    window.engine.answer(window.engine.questions[rating].id, 4)
    window.go_to(rating)
    shots.grab(window, "evaluation_rating")
    retro = kinds.index("retro")
    window.engine.answer(window.engine.questions[retro].id, {"then": 2})
    window.go_to(retro)
    shots.grab(window, "evaluation_then_now")
    window.go_to(kinds.index("comment"))
    shots.grab(window, "evaluation_comment")
    window._leave()
    i18n.set_language(shots.lang)
    _fill(store, session, items)
    page = ResultsPage(store)
    page._loaded_once = True
    page._on_loaded(compute_results(store))
    page.select_cohort(store.cohorts.list()[0].name)
    page.tabs.setCurrentWidget(page.evaluation_tab)
    shots.grab(page, "results_evaluation")
