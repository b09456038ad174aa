"""A description shows as a screen with its text and Next, and counts neither as unanswered nor in the score."""

from __future__ import annotations

from PySide6.QtCore import Qt

from assessor.banks.questions import Bank, Question
from assessor.delivery.assessments import Assessment
from assessor.people.cohorts import Cohort, Participant
from assessor.safety import security
from tests.ui.test_runner import check_in


def _window(qtbot, store):
    from ui.runner import start_participant_mode

    items = (Question("D-1", "description", {"en": "Read the case of A., aged 15.", "id": "Bacalah kasus A."}),
             Question("TF-1", "truefalse", {"en": "A. is a child.", "id": "A. adalah anak."}, answer=True))
    store.banks.import_bank(Bank(name={"en": "Case"}, languages=("en", "id"), questions=items))
    bank = store.banks.list()[0]
    by_key = {q.key: q.id for q in store.banks.questions(bank.id)}
    form = store.assessments.save(Assessment(name="Case", question_ids=(by_key["D-1"], by_key["TF-1"]),
                                             confidence=True))
    cohort = store.cohorts.save(Cohort(name="Case cohort"))
    store.cohorts.add_participants(cohort.id, [Participant(cohort.id, "AB-01", "Ani")])
    session = store.sessions.open(cohort.id, form.id, "pre")
    security.set_facilitator_password(store, "secret-pw")
    window = start_participant_mode(store, session.id, kiosk=False)
    qtbot.addWidget(window)
    check_in(qtbot, window)
    return window, session


def test_a_description_screen_has_its_text_and_next_only(qtbot, store):
    window, _session = _window(qtbot, store)
    screen = window.question
    assert screen.text.text() == "Read the case of A., aged 15."
    assert screen.option_widgets() == [] and screen.kind_hint.text() == "Read this, then press Next."
    assert not screen.confidence_row.isVisibleTo(screen) and not screen.flag_button.isVisibleTo(screen)
    assert screen.next_button.isEnabled()
    assert screen.focus_order() == [screen.text] + screen.nav_buttons()  # Tab: the text, then the navigation


def test_only_the_question_counts_in_the_score(qtbot, store):
    window, session = _window(qtbot, store)
    eng = window.engine
    description, tf = eng.questions
    window.go_to(1)
    qtbot.mouseClick(window.question.tiles[0], Qt.LeftButton)  # True
    assert eng.counts() == (0, 0)  # the description is not 'unanswered'
    window.ask_submit()
    qtbot.mouseClick(window.submit_dialog.submit_button, Qt.LeftButton)
    (attempt,) = store.attempts.for_session(session.id)
    assert attempt.marks == {tf.id: 1.0} and attempt.score_pct == 100.0
