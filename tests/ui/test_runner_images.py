"""Participant mode shows a question's image and its options' images, scaled to fit 1280×720 at the
largest text, with the alt text as what assistive technology reads."""

from __future__ import annotations

import pytest

from tests.assessor.image_helpers import image_session
from tests.ui.test_runner_layout import SIZE, _problems, _runner, _settle
from ui.runner.window import MAX_FONT


@pytest.mark.parametrize("lang", ["en", "id"])
def test_the_image_fits_beside_the_question_at_the_largest_text(qtbot, store, lang):
    window = _runner(qtbot, store, image_session(store), lang, MAX_FONT)
    window.check_in("AB-01")
    window.language_screen.chosen.emit(lang)
    window.instructions.start.emit()
    window.go_to(0)
    _settle()
    screen = window.question
    picture = screen.picture
    assert picture.isVisible()
    assert picture.accessibleName() == ("A junction with a stop sign" if lang == "en" else "Persimpangan dengan rambu")
    drawn = picture.fitted(picture.width())
    assert 0 < drawn.height() <= 0.4 * SIZE[1] and drawn.width() <= screen.scroll.viewport().width()
    assert abs(drawn.width() / drawn.height() - 4 / 3) < 0.02  # not distorted
    assert picture.height() >= drawn.height()  # the layout gives it the room it draws in
    tile = screen.tiles[1]
    assert tile.picture.isVisible() and not tile.caption.isVisible()
    assert tile.accessibleName() == ("B. A blue sign" if lang == "en" else "B. Rambu biru")
    assert tile.picture.fitted(tile.picture.width()).height() <= 0.22 * SIZE[1]
    assert _problems(window, "image question") == []
    window.go_to(1)
    _settle()
    assert not picture.isVisible()  # the next question has none


def test_a_missing_image_leaves_the_question_readable(qtbot, store, monkeypatch):
    window = _runner(qtbot, store, image_session(store), "en", 18)
    monkeypatch.setattr(store.banks, "image", lambda sha: (_ for _ in ()).throw(OSError("gone")))
    window.check_in("AB-01")
    window.language_screen.chosen.emit("en")
    window.instructions.start.emit()
    window.go_to(0)
    _settle()
    assert not window.question.picture.isVisible()
    assert window.question.text.text() == "What should the driver do at this junction?"
    assert window.question.tiles[1].accessibleName() == "B. A blue sign"
    assert window.question.tiles[1].caption.text() == "A blue sign"  # the alt text stands in for the picture


@pytest.mark.parametrize("lang", ["en", "id"])
def test_at_the_default_text_the_question_its_picture_and_the_first_option_are_in_view_together(qtbot, store, lang):
    window = _runner(qtbot, store, image_session(store), lang, 18)
    window.show()
    window.check_in("AB-01")
    window.language_screen.chosen.emit(lang)
    window.instructions.start.emit()
    window.go_to(0)
    _settle()
    screen = window.question
    view = screen.scroll.viewport()
    top = screen.scroll.verticalScrollBar().value()
    first = screen.tiles[0]
    assert top <= screen.text.y()  # the question's first line is not scrolled away
    assert first.y() + first.height() - top <= view.height()  # the focused first option is whole
    assert screen.picture.isVisible() and screen.picture.height() >= 72


def test_a_course_evaluation_choice_shows_its_option_pictures(qtbot, store):
    from assessor.banks.images import check_image
    from assessor.banks.questions import Bank, Option, Question
    from assessor.delivery.assessments import Assessment
    from assessor.people.cohorts import Cohort, Participant
    from tests.assessor.image_helpers import picture_png

    room = check_image(picture_png(320, 200), "room.png", "item 1")
    item = Question(key="EV-ROOM", type="choice", text={"en": "Which room did you prefer?", "id": "Ruang mana?"},
                    options=(Option({}, image=room.sha256, image_alt={"en": "The blue room", "id": "Ruang biru"}),
                             Option({"en": "The other one", "id": "Yang lain"})))
    bank_id = store.banks.import_bank(Bank(name={"en": "Ev"}, questions=(item,), images=(room,))).bank_id
    ids = tuple(q.id for q in store.banks.questions(bank_id))
    form = store.assessments.save(Assessment(name="Evaluation", question_ids=ids, evaluation=True))
    cohort = store.cohorts.save(Cohort(name="C"))
    store.cohorts.add_participants(cohort.id, [Participant(cohort.id, "AB-01", "Ani")])
    window = _runner(qtbot, store, store.sessions.open(cohort.id, form.id, "post"), "id", 18)
    window.check_in("AB-01")
    window.language_screen.chosen.emit("id")
    window.instructions.start.emit()
    window.go_to(0)
    _settle()
    first = window.question.tiles[0]
    assert first.picture.isVisible() and not first.caption.isVisible()
    assert first.accessibleName() == "A. Ruang biru"
    assert window.question.tiles[1].caption.text() == "Yang lain"
