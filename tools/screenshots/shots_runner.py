"""Screenshots of participant mode: check-in, a question, overview, submit dialog, thank-you.

Uses a fresh open pre-test session for the first demo cohort (the demo's own
sessions are closed), so the demo data are not changed in ways that matter.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication


def _session(store):
    cohort = store.cohorts.list()[0]
    form = store.assessments.list()[0]
    return store.sessions.open(cohort.id, form.id, "pre")


def _look(window, contrast: bool) -> None:
    # Set the look on the window only: screenshots must not change the user's saved settings.
    window.font_pt, window.high_contrast = 18, contrast
    window._apply_look()


def render(shots) -> None:
    from assessor.safety import security

    from ui import i18n
    from ui.runner import RunnerWindow

    store = shots.store
    if not security.has_facilitator_password(store):
        security.set_facilitator_password(store, "facilitator")
    session = _session(store)
    window = RunnerWindow(store, session.id, kiosk=False)
    window.begin()
    _look(window, contrast=False)
    shots.grab(window, "runner_checkin")
    person = store.cohorts.participants(session.cohort_id)[3]
    window.check_in(person.code)
    window.language_screen.chosen.emit(shots.lang)
    window.instructions.start.emit()
    # Answer a few questions so the overview shows all three states.
    for pos in range(4):
        q, _ = window.engine.item(pos)
        if q.type == "truefalse":
            window.engine.answer(q.id, True)
        elif q.type == "single":
            window.engine.answer(q.id, window.engine.option_order(q)[1])
        elif q.type == "multiple":
            window.engine.answer(q.id, sorted(window.engine.option_order(q)[:2]))
        window.engine.set_confidence(q.id, 3)
    window.engine.toggle_flag(window.engine.questions[2].id)
    multiple = next((i for i, q in enumerate(window.engine.questions) if q.type == "multiple"), 0)
    window.go_to(multiple if multiple < 4 else 0)
    window.question.show_saved()
    shots.grab(window, "runner_question")
    window.show_overview()
    shots.grab(window, "runner_overview")
    window.ask_submit()
    dialog = window.submit_dialog
    for _ in range(5):
        QApplication.processEvents()
    path = shots.out / f"runner_submit_dialog_{shots.lang}.png"
    window.grab().save(str(path))  # the window behind ...
    dialog.grab().save(str(shots.out / f"runner_submit_dialog_box_{shots.lang}.png"))  # ... and the dialog
    shots.saved.append(path)
    dialog.accept()
    shots.grab(window, "runner_thanks")
    _look(window, contrast=True)
    window.next_participant()
    window.check_in(store.cohorts.participants(session.cohort_id)[4].code)
    window.language_screen.chosen.emit(shots.lang)
    window.instructions.start.emit()
    shots.grab(window, "runner_question_high_contrast")
    window._leave()
    i18n.set_language(shots.lang)
