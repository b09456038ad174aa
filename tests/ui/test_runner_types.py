"""The runner takes short-answer, numerical and matching questions, and scores them."""

from __future__ import annotations

from PySide6.QtCore import Qt

from assessor.safety import security
from assessor.delivery.assessments import Assessment
from assessor.people.cohorts import Cohort, Participant
from assessor.banks.questions import Bank, NumericAnswer, Option, Pair, Question
from tests.ui.test_runner import check_in


def _session(store):
    questions = (
        Question("SA-1", "short", {"en": "Which office prepares the social inquiry report?", "id": "Kantor apa?"},
                 options=(Option({"en": "Bapas"}, 1.0),)),
        Question("NU-1", "numerical", {"en": "Maximum days of detention before extension?", "id": "Berapa hari?"},
                 numeric=(NumericAnswer(7, 0),)),
        Question("MA-1", "matching", {"en": "Match the institution", "id": "Jodohkan"},
                 pairs=(Pair({"en": "LPKA"}, {"en": "serving a sentence"}),
                        Pair({"en": "LPAS"}, {"en": "temporary placement"}))),
    )
    store.banks.import_bank(Bank(name={"en": "Types"}, languages=("en", "id"), questions=questions))
    bank = next(b for b in store.banks.list() if b.name["en"] == "Types")
    by_key = {q.key: q for q in store.banks.questions(bank.id)}
    form = store.assessments.save(Assessment(name="Types", question_ids=tuple(by_key[k].id for k in
                                                                              ("SA-1", "NU-1", "MA-1")),
                                             shuffle_options=False))
    cohort = store.cohorts.save(Cohort(name="Types cohort"))
    store.cohorts.add_participants(cohort.id, [Participant(cohort.id, "AB-01", "Ani")])
    return store.sessions.open(cohort.id, form.id, "pre")


def test_typed_and_matched_answers_are_saved_and_scored(qtbot, store):
    from ui.runner import start_participant_mode

    session = _session(store)
    security.set_facilitator_password(store, "secret-pw")
    window = start_participant_mode(store, session.id, kiosk=False)
    qtbot.addWidget(window)
    check_in(qtbot, window)
    eng = window.engine
    short, number, matching = eng.questions
    qtbot.keyClicks(window.question.line_edit, " bapas ")
    qtbot.keyClick(window.question.line_edit, Qt.Key_Return)
    assert eng.state[short.id].answer.strip() == "bapas"
    window.go_to(1)
    qtbot.keyClicks(window.question.line_edit, "7,0")  # a decimal comma, as typed in Indonesia
    qtbot.keyClick(window.question.line_edit, Qt.Key_Return)
    assert eng.state[number.id].answer == "7,0"
    window.go_to(2)
    first, second = window.question.combos
    first.setCurrentIndex(first.findData(0))
    first.activated.emit(first.currentIndex())
    second.setCurrentIndex(second.findData(1))
    second.activated.emit(second.currentIndex())
    assert eng.state[matching.id].answer == [0, 1]
    window.ask_submit()
    qtbot.mouseClick(window.submit_dialog.submit_button, Qt.LeftButton)
    (attempt,) = store.attempts.for_session(session.id)
    assert attempt.marks == {short.id: 1.0, number.id: 1.0, matching.id: 1.0}
    assert attempt.score_pct == 100.0


def test_a_wrong_pairing_earns_part_of_the_mark(qtbot, store):
    from ui.runner import start_participant_mode

    session = _session(store)
    security.set_facilitator_password(store, "secret-pw")
    window = start_participant_mode(store, session.id, kiosk=False)
    qtbot.addWidget(window)
    check_in(qtbot, window)
    window.go_to(2)
    first, second = window.question.combos
    for combo in (first, second):
        combo.setCurrentIndex(combo.findData(1))
        combo.activated.emit(combo.currentIndex())
    window.ask_submit()
    qtbot.mouseClick(window.submit_dialog.submit_button, Qt.LeftButton)
    (attempt,) = store.attempts.for_session(session.id)
    assert sorted(attempt.marks.values()) == [0.0, 0.0, 0.5]


def test_a_distractor_is_among_the_choices_and_picking_it_earns_nothing(qtbot, store):
    from ui.runner import start_participant_mode

    matching = Question("MA-D", "matching", {"en": "Match the institution", "id": "Jodohkan"},
                        pairs=(Pair({"en": "LPKA"}, {"en": "serving a sentence"}),
                               Pair({"en": "LPAS"}, {"en": "temporary placement"})),
                        distractors=({"en": "adult prison"},))
    store.banks.import_bank(Bank(name={"en": "Distractors"}, languages=("en",), questions=(matching,)))
    bank = next(b for b in store.banks.list() if b.name["en"] == "Distractors")
    (q,) = store.banks.questions(bank.id)
    form = store.assessments.save(Assessment(name="D", question_ids=(q.id,), shuffle_options=False))
    cohort = store.cohorts.save(Cohort(name="D cohort"))
    store.cohorts.add_participants(cohort.id, [Participant(cohort.id, "AB-01", "Ani")])
    session = store.sessions.open(cohort.id, form.id, "pre")
    security.set_facilitator_password(store, "secret-pw")
    window = start_participant_mode(store, session.id, kiosk=False)
    qtbot.addWidget(window)
    check_in(qtbot, window)
    first, second = window.question.combos
    rights = ["serving a sentence", "temporary placement", "adult prison"]
    shown = [first.itemText(i) for i in range(first.count())]
    (attempt,) = store.attempts.for_session(session.id)
    assert shown == ["—"] + [rights[j] for j in attempt.option_orders[q.id]]
    assert shown[1:] != rights  # the form does not shuffle options, but pair order would be the answer key
    first.setCurrentIndex(first.findData(2))  # the distractor
    first.activated.emit(first.currentIndex())
    second.setCurrentIndex(second.findData(1))
    second.activated.emit(second.currentIndex())
    window.ask_submit()
    qtbot.mouseClick(window.submit_dialog.submit_button, Qt.LeftButton)
    (attempt,) = store.attempts.for_session(session.id)
    assert attempt.marks == {q.id: 0.5}
