"""The question editor creates and edits the course-evaluation types (rating, survey choice, comment, then/now)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from assessor.banks.questions import AGREEMENT_SCALES, KNOWLEDGE_SCALE, Option


@pytest.fixture
def bank(bank_store):
    return bank_store.banks.list()[0]


def _new(qtbot, store, bank, kind, key, en, id_):
    from ui.workspace.question_editor import QuestionEditor

    editor = QuestionEditor(store, store.banks.get(bank.id), None)
    qtbot.addWidget(editor)
    editor.type.setCurrentIndex(editor.type.findData(kind))
    editor.key.setText(key)
    editor.texts[("text", "en")].setPlainText(en)
    editor.texts[("text", "id")].setPlainText(id_)
    return editor


def _save(editor):
    save = editor.buttons.button(QDialogButtonBox.Save)
    assert save.isEnabled(), editor.problems.text()
    save.click()
    return editor.saved


def test_new_rating_has_default_agreement_labels_that_follow_the_points_and_can_be_edited(qtbot, bank_store, bank):
    editor = _new(qtbot, bank_store, bank, "rating", "EVAL-R1", "The pace was right.", "Tempo pelatihan tepat.")
    assert editor.scale.isVisibleTo(editor) and editor.points.isVisibleTo(editor)
    assert not editor.options.isVisibleTo(editor)
    assert not editor.texts[("rationale", "en")].isVisibleTo(editor)
    assert editor.scale.rowCount() == 5 and editor.scale.item(0, 1).text() == "Sangat tidak setuju"
    editor.points.setCurrentIndex(editor.points.findData(4))
    assert [editor.scale.item(r, 0).text() for r in range(4)] == [x["en"] for x in AGREEMENT_SCALES[4]]
    editor.scale.item(3, 0).setText("Fully agree")
    editor.scale.item(3, 1).setText("Sangat sepakat")
    q = _save(editor)
    assert q.type == "rating" and q.points == 4 and not q.scored
    assert q.scale[3] == {"en": "Fully agree", "id": "Sangat sepakat"} and q.scale[0] == AGREEMENT_SCALES[4][0]
    assert q.text == {"en": "The pace was right.", "id": "Tempo pelatihan tepat."} and q.rationale == {}
    assert bank_store.banks.question(q.id) == q


def test_a_rating_without_an_end_label_cannot_be_saved(qtbot, bank_store, bank):
    editor = _new(qtbot, bank_store, bank, "rating", "EVAL-R2", "Useful.", "Bermanfaat.")
    editor.points.setCurrentIndex(editor.points.findData(10))
    assert editor.scale.rowCount() == 10 and editor.scale.item(5, 0).text() == ""  # inner points unlabelled
    editor.scale.item(9, 1).setText("")
    assert not editor.buttons.button(QDialogButtonBox.Save).isEnabled()
    assert "scale point 10 has no label in ID" in editor.problems.text()


def test_existing_rating_opens_with_its_points_and_labels_and_keeps_them(qtbot, bank_store, bank):
    from ui.workspace.question_editor import QuestionEditor

    editor = _new(qtbot, bank_store, bank, "rating", "EVAL-R3", "Clear.", "Jelas.")
    editor.points.setCurrentIndex(editor.points.findData(7))
    first = _save(editor)
    again = QuestionEditor(bank_store, bank_store.banks.get(bank.id), first)
    qtbot.addWidget(again)
    assert again.points.currentData() == 7 and again.scale.item(6, 0).text() == "Strongly agree"
    again.texts[("text", "en")].setPlainText("Very clear.")
    second = _save(again)
    assert second.scale == first.scale and second.text["en"] == "Very clear."


def test_survey_choice_has_options_and_no_correct_column(qtbot, bank_store, bank):
    editor = _new(qtbot, bank_store, bank, "choice", "EVAL-C1", "Which day was most useful?",
                  "Hari mana yang paling bermanfaat?")
    assert editor.options.isVisibleTo(editor) and editor.options.isColumnHidden(0)
    for r, (en, id_) in enumerate((("Day 1", "Hari 1"), ("Day 2", "Hari 2"), ("Day 3", "Hari 3"))):
        editor.options.item(r, 1).setText(en)
        editor.options.item(r, 2).setText(id_)
    q = _save(editor)
    assert q.type == "choice" and q.options == (Option({"en": "Day 1", "id": "Hari 1"}),
                                                Option({"en": "Day 2", "id": "Hari 2"}),
                                                Option({"en": "Day 3", "id": "Hari 3"}))
    assert q.correct_keys == () and q.scale == ()


def test_comment_is_text_only(qtbot, bank_store, bank):
    editor = _new(qtbot, bank_store, bank, "comment", "EVAL-K1", "What should we change?", "Apa yang perlu diubah?")
    assert not editor.options.isVisibleTo(editor) and not editor.scale.isVisibleTo(editor)
    q = _save(editor)
    assert (q.type, q.options, q.scale, q.rationale) == ("comment", (), (), {})
    assert "____" in editor.preview.toPlainText()


def test_retro_gets_knowledge_labels_and_its_topic(qtbot, bank_store, bank):
    editor = _new(qtbot, bank_store, bank, "retro", "EVAL-T1", "My knowledge of the law", "Pengetahuan saya tentang hukum")
    editor.topic.setEditText("")
    assert "Choose the topic this self-assessment is about" in editor.problems.text()
    assert editor.buttons.button(QDialogButtonBox.Save).isEnabled()  # a warning, not an error
    topic = next(iter(bank.topics))
    editor.topic.setCurrentIndex(editor.topic.findData(topic))
    assert "Choose the topic" not in editor.problems.text()
    assert [editor.scale.item(r, 0).text() for r in range(5)] == [x["en"] for x in KNOWLEDGE_SCALE]
    assert "Before the training" in editor.preview.toPlainText()
    q = _save(editor)
    assert q.type == "retro" and q.topic == topic and q.scale == KNOWLEDGE_SCALE


def test_in_indonesian_the_editor_names_the_missing_scale_label_in_indonesian(qtbot, bank_store, bank):
    from ui import i18n

    assert i18n.set_language("id")
    editor = _new(qtbot, bank_store, bank, "rating", "EVAL-R4", "Useful.", "Bermanfaat.")
    editor.scale.item(0, 0).setText("")
    assert "titik skala 1 belum berlabel dalam EN" in editor.problems.text()
    assert editor.type.currentText() == "Skala penilaian (evaluasi)"


def test_editing_the_bundled_survey_choice_adds_an_option_and_keeps_nothing_correct(qtbot, store):
    from assessor.banks.bankio import ensure_bundled_banks
    from ui.workspace.question_editor import QuestionEditor

    ensure_bundled_banks(store)
    bank = next(b for b in store.banks.list() if b.name["en"].startswith("Course"))
    q = next(x for x in store.banks.questions(bank.id) if x.type == "choice")
    editor = QuestionEditor(store, store.banks.get(bank.id), q)
    qtbot.addWidget(editor)
    assert editor.options.rowCount() == len(q.options) and editor.options.isColumnHidden(0)
    editor.add_option.click()
    r = editor.options.rowCount() - 1
    editor.options.item(r, 1).setText("Something else")
    editor.options.item(r, 2).setText("Hal lain")
    saved = _save(editor)
    assert saved.options[:-1] == q.options and saved.options[-1] == Option({"en": "Something else", "id": "Hal lain"})
    assert all(o.fraction == 0 for o in saved.options) and saved.version == q.version
