"""Participant mode shows a question's image and its options' images, scaled to fit 1280×720 at the
largest text, with the alt text as what assistive technology reads."""

from __future__ import annotations

import pytest

from assessor.banks.images import check_image
from assessor.banks.questions import Bank, Option, Question
from assessor.delivery.assessments import Assessment
from assessor.people.cohorts import Cohort, Participant
from tests.assessor.image_helpers import picture_png
from tests.ui.test_runner_layout import SIZE, _problems, _runner, _settle
from ui.runner.window import MAX_FONT


def image_session(store):
    """A session of two questions: a big photo in the stem with a text option and a picture-only option."""
    big = check_image(picture_png(1600, 1200), "junction.png", "question 1")
    small = check_image(picture_png(300, 200), "sign.png", "question 1")
    questions = (
        Question(key="IMG-1", type="single", topic="t",
                 text={"en": "What should the driver do at this junction?",
                       "id": "Apa yang harus dilakukan pengemudi di persimpangan ini?"},
                 image=big.sha256, image_alt={"en": "A junction with a stop sign", "id": "Persimpangan dengan rambu"},
                 options=(Option({"en": "Stop", "id": "Berhenti"}, 1.0),
                          Option({}, 0.0, image=small.sha256, image_alt={"en": "A blue sign", "id": "Rambu biru"}),
                          Option({"en": "Go on", "id": "Terus jalan"}))),
        Question(key="IMG-2", type="truefalse", topic="t", text={"en": "No image here.", "id": "Tanpa gambar."},
                 answer=True),
    )
    bank_id = store.banks.import_bank(Bank(name={"en": "Signs"}, questions=questions, images=(big, small))).bank_id
    ids = tuple(q.id for q in store.banks.questions(bank_id))
    form = store.assessments.save(Assessment(name="Signs", question_ids=ids, confidence=True, shuffle_options=False))
    cohort = store.cohorts.save(Cohort(name="C"))
    store.cohorts.add_participants(cohort.id, [Participant(cohort.id, "AB-01", "Ani")])
    return store.sessions.open(cohort.id, form.id, "pre")


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
