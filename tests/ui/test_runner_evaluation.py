"""Participant mode takes a course evaluation: rating, choice, comment and then/now items, anonymously or linked."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from assessor.banks.bankio import ensure_bundled_banks
from assessor.delivery.assessments import Assessment
from assessor.people.cohorts import Cohort, Participant
from assessor.safety import security
from tests.ui.test_runner import check_in


def _session(store, anonymous):
    ensure_bundled_banks(store)
    bank = next(b for b in store.banks.list() if b.name["en"].startswith("Course"))
    items = store.banks.questions(bank.id)
    keep = [next(q for q in items if q.type == t) for t in ("rating", "choice", "comment", "retro")]
    form = store.assessments.save(Assessment(name="Evaluation", question_ids=tuple(q.id for q in keep),
                                             evaluation=True, anonymous=anonymous))
    cohort = store.cohorts.save(Cohort(name="ToT"))
    store.cohorts.add_participants(cohort.id, [Participant(cohort.id, "AB-01", "Ani"),
                                               Participant(cohort.id, "AB-02", "Budi")])
    return store.sessions.open(cohort.id, form.id, "post"), keep


def _answer_by_keys(qtbot, window):
    screen = window.question
    qtbot.keyClick(screen, Qt.Key_4)  # rating: point 4 (Agree)
    qtbot.keyClick(screen, Qt.Key_Right)
    qtbot.keyClick(screen, Qt.Key_3)  # choice: the third option
    qtbot.keyClick(screen, Qt.Key_Right)
    screen.evaluation.comment.setFocus()
    qtbot.keyClicks(screen.evaluation.comment, "More case studies, please.")
    screen.next_button.setFocus()  # leaving the field saves the comment at once
    qtbot.mouseClick(screen.next_button, Qt.LeftButton)
    then_tiles, now_tiles = (screen.evaluation.retro_rows[w][1:] for w in ("then", "now"))
    qtbot.mouseClick(then_tiles[1], Qt.LeftButton)
    qtbot.mouseClick(now_tiles[3], Qt.LeftButton)
    window.ask_submit()
    qtbot.mouseClick(window.submit_dialog.submit_button, Qt.LeftButton)


@pytest.fixture
def start(qtbot, store):
    from ui.runner import start_participant_mode

    windows = []

    def make(anonymous):
        session, items = _session(store, anonymous)
        security.set_facilitator_password(store, "secret-pw1")
        window = start_participant_mode(store, session.id, kiosk=False)
        qtbot.addWidget(window)
        windows.append(window)
        return window, session, items
    yield make
    for window in windows:  # leave as the facilitator would: the UI language comes back
        window._leave()


def test_an_anonymous_evaluation_is_answered_and_stored_without_the_person(qtbot, store, start):
    window, session, (rating, choice, comment, retro) = start(True)
    check_in(qtbot, window)
    text = window.instructions.body.text()
    assert "anonymous" in text and "no right or wrong answers" in text
    qtbot.mouseClick(window.instructions.button, Qt.LeftButton)
    assert not window.question.confidence_row.isVisible()
    assert window.question.kind_hint.text() == "Choose the point that fits your view best."
    _answer_by_keys(qtbot, window)
    (response,) = store.evaluations.responses(session.id)
    assert response.answers == {rating.id: 4, choice.id: "C", comment.id: "More case studies, please.",
                                retro.id: {"then": 2, "now": 4}}
    assert store.attempts.for_session(session.id) == []
    assert window.stack.currentWidget() is window.thanks and not window.thanks.score.text()
    qtbot.mouseClick(window.thanks.button, Qt.LeftButton)  # back to check-in for the next person
    qtbot.keyClicks(window.checkin.search, "AB-01")
    qtbot.mouseClick(window.checkin.start, Qt.LeftButton)
    assert "already submitted" in window.checkin.message.text()


def test_a_linked_evaluation_is_an_ordinary_attempt_without_marks(qtbot, store, start):
    window, session, (rating, *_rest) = start(False)
    check_in(qtbot, window)
    text = window.instructions.body.text()
    assert "no right or wrong answers" in text and "anonymous" not in text
    qtbot.mouseClick(window.instructions.button, Qt.LeftButton)
    _answer_by_keys(qtbot, window)
    (attempt,) = store.attempts.for_session(session.id)
    assert attempt.status == "submitted" and attempt.marks == {}
    assert store.attempts.current_state(attempt.id)[rating.id]["answer"] == 4
