"""The runner shows a cloze question as numbered gaps with one field per blank, and scores each blank."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit

from assessor.banks.cloze import parse_embedded
from assessor.banks.questions import Bank, Question
from assessor.delivery.assessments import Assessment
from assessor.people.cohorts import Cohort, Participant
from assessor.safety import security
from tests.ui.test_runner import check_in

SOURCE = ("The age of criminal responsibility is {2:NUMERICAL:=12:0}; a child is tried by a {1:MC:military~=juvenile} "
          "court and placed in {1:MCV:prison~=LPKA}. Its report is written by {1:SA:=Bapas}.")


def _session(store):
    text, blanks = parse_embedded(SOURCE)
    question = Question("CL-1", "cloze", {"en": text["en"], "id": text["en"]}, blanks=blanks)
    store.banks.import_bank(Bank(name={"en": "Cloze"}, languages=("en", "id"), questions=(question,)))
    bank = next(b for b in store.banks.list() if b.name["en"] == "Cloze")
    (q,) = store.banks.questions(bank.id)
    form = store.assessments.save(Assessment(name="Cloze", question_ids=(q.id,), shuffle_options=False))
    cohort = store.cohorts.save(Cohort(name="Cloze cohort"))
    store.cohorts.add_participants(cohort.id, [Participant(cohort.id, "AB-01", "Ani")])
    return store.sessions.open(cohort.id, form.id, "pre")


def _window(qtbot, store):
    from ui.runner import start_participant_mode

    session = _session(store)
    security.set_facilitator_password(store, "secret-pw")
    window = start_participant_mode(store, session.id, kiosk=False)
    qtbot.addWidget(window)
    check_in(qtbot, window)
    return window, session


def test_each_blank_has_its_field_and_the_text_shows_numbered_gaps(qtbot, store):
    window, _session_ = _window(qtbot, store)
    screen = window.question
    assert "[1] ______" in screen.text.text() and "[4] ______" in screen.text.text() and "{#" not in screen.text.text()
    number, court, place, report = screen.cloze.fields
    assert isinstance(number, QLineEdit) and isinstance(court, QComboBox) and isinstance(report, QLineEdit)
    assert [t.isVisibleTo(screen) for t in screen.cloze.tiles[2]] == [True, True]  # a column of two tiles
    assert [label.text() for label in screen.cloze.labels] == ["Blank 1:", "Blank 2:", "Blank 3:", "Blank 4:"]
    # Tab walks the blanks in order: the number, the drop-down, both tiles, the text box.
    order = screen.focus_order()
    assert order[1:6] == [number, court, *screen.cloze.tiles[2], report]


def test_answers_are_saved_per_blank_and_scored_with_their_weights(qtbot, store):
    window, session = _window(qtbot, store)
    screen, eng = window.question, window.engine
    (q,) = eng.questions
    number, court, _place, report = screen.cloze.fields
    qtbot.keyClicks(number, "12")
    qtbot.keyClick(number, Qt.Key_Return)
    assert eng.state[q.id].answer == ["12", None, None, None]
    court.setCurrentIndex(court.findData("A"))  # 'military': wrong
    court.activated.emit(court.currentIndex())
    qtbot.mouseClick(screen.cloze.tiles[2][1], Qt.LeftButton)  # LPKA
    qtbot.keyClicks(report, "bapas")
    qtbot.keyClick(report, Qt.Key_Return)
    assert eng.state[q.id].answer == ["12", "A", "B", "bapas"]
    assert eng.answered(q)
    window.ask_submit()
    qtbot.mouseClick(window.submit_dialog.submit_button, Qt.LeftButton)
    (attempt,) = store.attempts.for_session(session.id)
    # Weights 2, 1, 1, 1: everything but the court, 4 of 5.
    assert attempt.marks == {q.id: 0.8} and attempt.score_pct == 80.0


def test_the_screen_shows_the_stored_answer_again(qtbot, store):
    window, _session_ = _window(qtbot, store)
    screen, eng = window.question, window.engine
    (q,) = eng.questions
    eng.answer(q.id, ["7", "B", "A", None])
    window.go_to(0)
    number, court, _place, report = screen.cloze.fields
    assert number.text() == "7" and court.currentData() == "B" and report.text() == ""
    assert [t.isChecked() for t in screen.cloze.tiles[2]] == [True, False]


def test_the_indonesian_screen_labels_the_blanks(qtbot, store):
    from ui import i18n

    window, _session_ = _window(qtbot, store)
    i18n.set_language("id")
    window.question.retranslate()
    assert window.question.cloze.labels[0].text() == "Isian 1:"
