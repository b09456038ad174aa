"""The question editor creates and edits cloze questions: gap markers in the text, a table of blanks, each
blank's kind, weight and answers; what cannot be read is refused with a sentence naming the blank."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from assessor.banks.cloze import parse_embedded, write_embedded
from assessor.banks.questions import Bank, Question
from assessor.delivery.assessments import Assessment
from assessor.people.cohorts import Cohort


def _editor(qtbot, store, bank, question=None):
    from ui.workspace.question_editor import QuestionEditor

    editor = QuestionEditor(store, store.banks.get(bank.id), question)
    qtbot.addWidget(editor)
    return editor


def _type_in(editor, lang, text):
    """Type at the end of a language's question text, as a facilitator would."""
    edit = editor.texts[("text", lang)]
    cursor = edit.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    edit.setTextCursor(cursor)
    edit.insertPlainText(text)


def _answer(editor, row, column, text):
    table = editor.blanks.answers
    table.item(row, column).setText(text)


def _save(editor):
    save = editor.buttons.button(QDialogButtonBox.Save)
    assert save.isEnabled(), editor.problems.text()
    save.click()
    return editor.saved


@pytest.fixture
def shown(monkeypatch):
    """Message boxes recorded instead of blocking the test."""
    from PySide6.QtWidgets import QMessageBox

    seen = []
    for name in ("information", "warning"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(lambda *a, _n=name: seen.append((_n, a[2])) or 0))
    return seen


@pytest.fixture
def bilingual(store):
    return store.banks.save_bank(Bank(name={"en": "Cloze"}, languages=("en", "id")))


def test_a_new_bilingual_cloze_is_built_from_markers_and_blanks_and_stored(qtbot, store, bilingual):
    editor = _editor(qtbot, store, bilingual)
    editor.type.setCurrentIndex(editor.type.findData("cloze"))
    editor.key.setText("CL-1")
    assert editor.blanks.isVisibleTo(editor) and not editor.options.isVisibleTo(editor)
    assert "needs at least one blank" in editor.problems.text()
    _type_in(editor, "en", "The capital is")
    _type_in(editor, "id", "Ibu kotanya")
    editor.blanks.add_blank.click()  # blank 1: a short answer, the same in both languages
    assert editor.texts[("text", "en")].toPlainText() == "The capital is {#1}"
    assert editor.texts[("text", "id")].toPlainText() == "Ibu kotanya {#1}"
    _answer(editor, 0, 1, "Jakarta")
    editor.blanks.add_answer.click()
    _answer(editor, 1, 0, "50")
    _answer(editor, 1, 1, "DKI")
    _type_in(editor, "en", ", founded")
    _type_in(editor, "id", ", didirikan")
    editor.blanks.add_blank.click()  # blank 2: a number with a tolerance, weight 2
    editor.blanks.kind.setCurrentIndex(editor.blanks.kind.findData("numerical"))
    editor.blanks.weight.selectAll()
    qtbot.keyClicks(editor.blanks.weight, "2")
    assert editor.blanks.table.item(1, 1).text() == "2"  # the list of blanks follows
    value = 1 + len(editor.langs)
    _answer(editor, 0, value, "1527")
    _answer(editor, 0, value + 1, "1")
    _type_in(editor, "en", ", on")
    _type_in(editor, "id", ", di")
    editor.blanks.add_blank.click()  # blank 3: a drop-down, its options per language
    editor.blanks.kind.setCurrentIndex(editor.blanks.kind.findData("choice"))
    editor.blanks.shared.setChecked(False)
    assert not editor.blanks.answers.isColumnHidden(2)
    for row, (credit, en, id_) in enumerate((("0", "an island", "pulau"), ("100", "Java", "Jawa"))):
        _answer(editor, row, 0, credit)
        _answer(editor, row, 1, en)
        _answer(editor, row, 2, id_)
    assert "[3] an island / Java" in editor.preview.toPlainText()

    q = _save(editor)
    assert q.type == "cloze" and q.text == {"en": "The capital is {#1}, founded {#2}, on {#3}",
                                            "id": "Ibu kotanya {#1}, didirikan {#2}, di {#3}"}
    short, number, choice = q.blanks
    assert [(o.text, o.fraction) for o in short.options] == [({"en": "Jakarta", "id": "Jakarta"}, 1.0),
                                                               ({"en": "DKI", "id": "DKI"}, 0.5)]
    assert (number.kind, number.weight, [(a.value, a.tolerance, a.fraction) for a in number.numeric]) == \
        ("numerical", 2.0, [(1527.0, 1.0, 1.0)])
    assert (choice.kind, choice.display, [(o.text, o.fraction) for o in choice.options]) == \
        ("choice", "dropdown", [({"en": "an island", "id": "pulau"}, 0.0), ({"en": "Java", "id": "Jawa"}, 1.0)])
    assert store.banks.question(q.id) == q
    assert "{1:SHORTANSWER:=Jakarta~%50%DKI}" in write_embedded(q, "en")  # what Moodle XML export writes
    assert "{1:MULTICHOICE:pulau~=Jawa}" in write_embedded(q, "id")


def test_a_bad_blank_is_refused_in_the_editor_with_a_sentence_naming_it(qtbot, store, bilingual):
    text, blanks = parse_embedded("Age {1:NM:=12:0}; court {1:MC:military~=juvenile}")
    store.banks.save_question(bilingual.id, Question("CL-2", "cloze", text, blanks=blanks))
    q = store.banks.questions(bilingual.id)[0]
    editor = _editor(qtbot, store, bilingual, q)
    save = editor.buttons.button(QDialogButtonBox.Save)
    assert save.isEnabled(), editor.problems.text()
    editor.blanks.table.setCurrentCell(0, 0)
    _answer(editor, 0, 1 + len(editor.langs), "twelve")
    assert not save.isEnabled()
    problems = editor.problems.text()
    assert "Blank 1, answer 1: the value and the tolerance must be numbers" in problems
    assert "Blank 1: no correct answer is marked" in problems
    _answer(editor, 0, 1 + len(editor.langs), "12")
    editor.blanks.table.setCurrentCell(1, 0)
    _answer(editor, 1, 0, "150")
    assert "Blank 2, answer 2: the credit is not a number from -100 to 100" in editor.problems.text()
    assert not save.isEnabled()
    save.click()  # refused: nothing stored
    assert editor.saved is None and store.banks.question(q.id) == q


def test_removing_a_blank_takes_its_marker_out_and_renumbers_the_rest(qtbot, store, bilingual):
    text, blanks = parse_embedded("A {1:SA:=x} B {1:SA:=y} C {1:SA:=z}")
    store.banks.save_question(bilingual.id, Question("CL-3", "cloze", text, blanks=blanks))
    q = store.banks.questions(bilingual.id)[0]
    editor = _editor(qtbot, store, bilingual, q)
    editor.blanks.table.setCurrentCell(1, 0)
    editor.blanks.remove_blank.click()
    assert editor.texts[("text", "en")].toPlainText() == "A {#1} B C {#2}"
    saved = _save(editor)
    assert [b.options[0].text["en"] for b in saved.blanks] == ["x", "z"]


def test_a_cloze_with_results_is_saved_as_a_new_version(qtbot, store, bilingual, shown):
    text, blanks = parse_embedded("Age {1:NM:=12:0}")
    store.banks.save_question(bilingual.id, Question("CL-4", "cloze", text, blanks=blanks))
    q = store.banks.questions(bilingual.id)[0]
    form = store.assessments.save(Assessment(name="F", question_ids=(q.id,)))
    store.sessions.open(store.cohorts.save(Cohort(name="C")).id, form.id, "pre")
    editor = _editor(qtbot, store, bilingual, q)
    assert editor.version_note.isVisibleTo(editor)
    _answer(editor, 0, 2 + len(editor.langs), "1")  # tolerance 1
    saved = _save(editor)
    assert saved.version == 2 and saved.blanks[0].numeric[0].tolerance == 1.0
    assert store.banks.question(q.id).blanks == blanks  # the version on the session's form is unchanged
    assert any(kind == "information" and "version 2" in text for kind, text in shown)


def test_in_indonesian_the_refusal_names_the_blank_in_indonesian(qtbot, store, bilingual):
    from ui import i18n

    text, blanks = parse_embedded("Umur {1:NM:=12:0}")
    store.banks.save_question(bilingual.id, Question("CL-5", "cloze", {"id": text["en"]}, blanks=blanks))
    q = store.banks.questions(bilingual.id)[0]
    try:
        i18n.set_language("id")
        editor = _editor(qtbot, store, bilingual, q)
        assert editor.blanks.add_blank.text() == "Tambah isian"
        _answer(editor, 0, 0, "abc")
        assert "Isian 1, jawaban 1: nilainya bukan angka dari -100 sampai 100" in editor.problems.text()
    finally:
        i18n.set_language("en")


def test_the_cloze_editor_fits_a_1280_by_720_screen(qtbot, store, bilingual):
    text, blanks = parse_embedded("A {1:SA:=x} B {1:MC:a~=b~c} C {1:NM:=1:0}")
    store.banks.save_question(bilingual.id, Question("CL-6", "cloze", text, blanks=blanks))
    editor = _editor(qtbot, store, bilingual, store.banks.questions(bilingual.id)[0])
    hint = editor.minimumSizeHint()
    assert hint.width() <= 1280 and hint.height() <= 720  # the fields scroll; Save stays on the screen
