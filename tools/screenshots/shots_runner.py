"""Screenshots of participant mode: every screen at 1280×720 (a small classroom laptop), at the
default text size and at the largest, and in high contrast at the largest.

Uses a fresh open pre-test session for the first demo cohort (the demo's own sessions are
closed), so the demo data are not changed in ways that matter. Dialogs are drawn over the
window, centred, as a participant sees them.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication

RUNNER_SIZE = (1280, 720)
LOOKS = (("", 18, False), ("_large", 36, False), ("_large_high_contrast", 36, True))


def _session(store, form_index: int = 0):
    cohort = store.cohorts.list()[0]
    form = store.assessments.list()[form_index]
    return store.sessions.open(cohort.id, form.id, "pre")


def _look(window, pt: int, contrast: bool) -> None:
    # Set the look on the window only: screenshots must not change the user's saved settings.
    window.font_pt, window.high_contrast = pt, contrast
    window._apply_look()


def _close(window) -> None:
    """Leave participant mode and free the window now (not at some later garbage collection)."""
    window._leave()
    window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.DeferredDelete)


def _settle(n: int = 6) -> None:
    for _ in range(n):
        QApplication.processEvents()


def _with_dialog(shots, window, dialog, name: str) -> None:
    """The window with ``dialog`` drawn over its centre."""
    dialog.show()
    _settle()
    image = window.grab()
    box = dialog.grab()
    painter = QPainter(image)
    painter.drawPixmap(QPoint((image.width() - box.width()) // 2, (image.height() - box.height()) // 2), box)
    painter.end()
    path = shots.out / f"{name}_{shots.lang}.png"
    image.save(str(path))
    shots.saved.append(path)


def _check_in_someone(window, store, session, skip: int = 0) -> None:
    """Check in the first participant (after ``skip``) who may still take this session."""
    people = [p for p in store.cohorts.participants(session.cohort_id) if p.code][skip:]
    for person in people:
        window.check_in(person.code)
        if window.stack.currentWidget() is window.language_screen:
            return
    raise RuntimeError("no participant left to check in for the screenshots")


def _knowledge_test(shots, suffix: str, pt: int, contrast: bool) -> None:
    from ui.runner import RunnerWindow

    store = shots.store
    session = _session(store)
    window = RunnerWindow(store, session.id, kiosk=False)
    window.delay_fn = lambda failures: 5
    window.begin()
    _look(window, pt, contrast)
    window.resize(*RUNNER_SIZE)

    def grab(name):
        shots.grab(window, f"runner_{name}{suffix}", size=RUNNER_SIZE)

    grab("checkin")
    _check_in_someone(window, store, session, skip=3)
    grab("language")
    window.language_screen.chosen.emit(shots.lang)
    grab("instructions")
    window.instructions.start.emit()
    eng = window.engine
    # Answer a few questions so the overview shows all three states.
    for pos in range(4):
        q, _ = eng.item(pos)
        if q.type == "truefalse":
            eng.answer(q.id, True)
        elif q.type == "single":
            eng.answer(q.id, eng.option_order(q)[1])
        elif q.type == "multiple":
            eng.answer(q.id, sorted(eng.option_order(q)[:2]))
        eng.set_confidence(q.id, 3)
    eng.toggle_flag(eng.questions[2].id)
    for kind in ("single", "multiple", "truefalse"):
        pos = next((i for i, q in enumerate(eng.questions) if q.type == kind), None)
        if pos is not None:
            window.go_to(pos)
            window.question.show_saved()
            grab(f"question_{kind}")
    longest = max(range(eng.count), key=lambda i: len(str(eng.questions[i].text)))
    window.go_to(longest)
    grab("question_longest")
    window.show_overview()
    grab("overview")
    window.ask_submit()
    _with_dialog(shots, window, window.submit_dialog, f"runner_submit_dialog{suffix}")
    window.submit_dialog.accept()
    grab("thanks")
    window.request_exit()
    dialog = window.exit_dialog
    dialog.buttons.accepted.emit()  # a wrong (empty) password: the refusal and the wait
    _with_dialog(shots, window, dialog, f"runner_wrong_password{suffix}")
    dialog.reject()
    window.next_participant()
    _check_in_someone(window, store, session, skip=4)
    window.language_screen.chosen.emit(shots.lang)
    window.instructions.start.emit()
    window.write_failed(OSError("disk full (screenshot)"))
    grab("fault")
    _close(window)


def _evaluation(shots, suffix: str, pt: int, contrast: bool) -> None:
    from ui.runner import RunnerWindow

    store = shots.store
    forms = store.assessments.list()
    index = next((i for i, a in enumerate(forms) if a.evaluation), None)
    if index is None:
        return
    session = _session(store, index)
    window = RunnerWindow(store, session.id, kiosk=False)
    window.begin()
    _look(window, pt, contrast)
    window.resize(*RUNNER_SIZE)
    _check_in_someone(window, store, session)
    window.language_screen.chosen.emit(shots.lang)
    window.instructions.start.emit()
    for kind in ("rating", "retro", "comment"):
        pos = next((i for i, q in enumerate(window.engine.questions) if q.type == kind), None)
        if pos is not None:
            window.go_to(pos)
            shots.grab(window, f"runner_evaluation_{kind}{suffix}", size=RUNNER_SIZE)
    _close(window)


def render(shots) -> None:
    from assessor.safety import security

    from ui import i18n

    if not security.has_facilitator_password(shots.store):
        security.set_facilitator_password(shots.store, "facilitator")
    for suffix, pt, contrast in LOOKS:
        _knowledge_test(shots, suffix, pt, contrast)
        _evaluation(shots, suffix, pt, contrast)
    i18n.set_language(shots.lang)
