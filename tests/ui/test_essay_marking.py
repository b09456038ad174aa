"""Essays: typed in the runner, pending on the thank-you screen, marked in the facilitator's dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt

from assessor.banks.questions import Bank, Question
from assessor.delivery.assessments import Assessment
from assessor.people.cohorts import Cohort, Participant
from assessor.safety import security
from tests.ui.test_runner import check_in


def _session(store):
    items = (Question("ES-1", "essay", {"en": "Explain diversion.", "id": "Jelaskan diversi."},
                      rationale={"en": "Under 7 years, not a repeat offence."}),
             Question("TF-1", "truefalse", {"en": "A child is under 18.", "id": "Anak di bawah 18."}, answer=True))
    store.banks.import_bank(Bank(name={"en": "Essays"}, languages=("en", "id"), questions=items))
    by_key = {q.key: q.id for q in store.banks.questions(store.banks.list()[0].id)}
    form = store.assessments.save(Assessment(name="Essays", question_ids=(by_key["ES-1"], by_key["TF-1"]),
                                             show_score=True))
    cohort = store.cohorts.save(Cohort(name="C"))
    store.cohorts.add_participants(cohort.id, [Participant(cohort.id, "AB-01", "Ani")])
    return store.sessions.open(cohort.id, form.id, "pre"), by_key


def _take(qtbot, store):
    from ui.runner import start_participant_mode

    session, by_key = _session(store)
    security.set_facilitator_password(store, "secret-pw")
    window = start_participant_mode(store, session.id, kiosk=False)
    qtbot.addWidget(window)
    check_in(qtbot, window)
    box = window.question.evaluation.comment
    assert window.question.option_widgets() == [box]
    assert "a facilitator marks it later" in window.question.kind_hint.text()
    box.setPlainText("Diversion is for offences under 7 years.")
    window.question.evaluation.flush()
    window.go_to(1)
    qtbot.mouseClick(window.question.tiles[0], Qt.LeftButton)
    window.ask_submit()
    qtbot.mouseClick(window.submit_dialog.submit_button, Qt.LeftButton)
    return window, session, by_key


def test_the_essay_is_saved_and_the_score_says_it_is_provisional(qtbot, store):
    window, session, by_key = _take(qtbot, store)
    (attempt,) = store.attempts.for_session(session.id)
    assert attempt.marks == {by_key["TF-1"]: 1.0}
    assert window.thanks.score.text().startswith("Your score so far: 100%")


def test_the_facilitator_marks_the_essay_in_the_dialog(qtbot, store):
    from ui.results.essay_dialog import EssayDialog

    _window, session, by_key = _take(qtbot, store)
    dialog = EssayDialog(None, store, session.id)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 1 and "pending" in dialog.list.item(0).text()
    assert dialog.answer.toPlainText() == "Diversion is for offences under 7 years."
    assert "Under 7 years, not a repeat offence." in dialog.question.toPlainText()
    assert "1 answer(s) still to be marked" in dialog.status.text()
    dialog.mark.setValue(50)
    qtbot.mouseClick(dialog.save_button, Qt.LeftButton)
    (attempt,) = store.attempts.for_session(session.id)
    assert attempt.marks == {by_key["TF-1"]: 1.0, by_key["ES-1"]: 0.5} and attempt.score_pct == 75.0
    assert "50 %" in dialog.list.item(0).text() and dialog.status.text() == "Every essay answer is marked."
    qtbot.mouseClick(dialog.clear_button, Qt.LeftButton)
    assert store.attempts.for_session(session.id)[0].score_pct == 100.0
    assert "pending" in dialog.list.item(0).text()


def test_the_results_page_says_scores_are_provisional_until_essays_are_marked(qtbot, store):
    from assessor.delivery.grading import grade_essay
    from ui.results.results_page import ResultsPage

    _window, session, by_key = _take(qtbot, store)
    page = ResultsPage(store)  # in-memory: computed synchronously
    qtbot.addWidget(page)
    page.refresh()
    assert "1 essay answer(s) still to be marked" in page.status.text()
    (attempt,) = store.attempts.for_session(session.id)
    grade_essay(store, attempt.id, by_key["ES-1"], 1.0)
    page.refresh()
    assert "essay" not in page.status.text()
