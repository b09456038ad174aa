"""The question editor adds, replaces and removes the image of a question and of an option."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from tests.assessor.image_helpers import jpeg, picture_png


@pytest.fixture
def bank(bank_store):
    return bank_store.banks.list()[0]


@pytest.fixture
def files(tmp_path, monkeypatch):
    """Image files on disk, and the file dialog answering with the one named in ``files.next``."""
    (tmp_path / "junction.png").write_bytes(picture_png(400, 300))
    (tmp_path / "sign.jpg").write_bytes(jpeg(60, 40))
    (tmp_path / "talk.mp3").write_bytes(b"ID3\x03")

    class Files:
        next = "junction.png"

    monkeypatch.setattr("ui.dialogs.file_dialogs.open_file_name",
                        lambda *a, **k: (str(tmp_path / Files.next), ""))
    return Files


def _editor(qtbot, store, bank, question=None):
    from ui.workspace.question_editor import QuestionEditor

    editor = QuestionEditor(store, store.banks.get(bank.id), question)
    qtbot.addWidget(editor)
    return editor


def _save(editor):
    save = editor.buttons.button(QDialogButtonBox.Save)
    assert save.isEnabled(), editor.problems.text()
    save.click()
    return editor.saved


def test_an_image_is_added_to_a_new_question_with_its_description(qtbot, bank_store, bank, files):
    editor = _editor(qtbot, bank_store, bank)
    editor.key.setText("IMG-NEW")
    editor.texts[("text", "en")].setPlainText("What does this junction need?")
    editor.texts[("text", "id")].setPlainText("Apa yang dibutuhkan persimpangan ini?")
    for r, (en, id_) in enumerate([("A stop sign", "Rambu berhenti"), ("Nothing", "Tidak ada")]):
        editor.options.item(r, 1).setText(en)
        editor.options.item(r, 2).setText(id_)
    editor.options.item(0, 0).setCheckState(editor.options.item(0, 0).checkState().Checked)
    assert not editor.texts[("image_alt", "en")].isVisibleTo(editor)  # no image yet: no description
    editor.choose_image.click()
    assert editor.image_info.text().startswith("PNG image, 400×300 pixels, ")
    assert editor.choose_image.text() == "Replace image…"
    editor.texts[("image_alt", "en")].setPlainText("A junction")
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QTextDocument

    shown = editor.preview.document().resource(QTextDocument.ImageResource, QUrl(f"assessor-image:{editor.image}"))
    assert shown is not None and shown.width() == 400  # the participant preview shows the picture
    assert f"assessor-image:{editor.image}" in editor.preview.toHtml()
    files.next = "sign.jpg"
    editor.options.setCurrentCell(1, 1)
    editor.option_image.click()
    assert "JPEG image, 60×40" in editor.options.item(1, 3).text()
    assert editor.option_alt["en"].isVisibleTo(editor)  # the selected option has an image: describe it
    qtbot.keyClicks(editor.option_alt["en"], "A blue sign")
    qtbot.keyClicks(editor.option_alt["id"], "Rambu biru")
    editor.options.setCurrentCell(0, 1)
    assert not editor.option_alt["en"].isVisibleTo(editor)  # option A has none
    saved = _save(editor)
    assert saved.image and saved.image_alt == {"en": "A junction"}
    assert bank_store.banks.image(saved.image).width == 400
    assert bank_store.banks.image(saved.options[1].image).mime == "image/jpeg"
    assert saved.options[1].image_alt == {"en": "A blue sign", "id": "Rambu biru"}
    assert bank_store.banks.question(saved.id).image == saved.image


def test_an_image_is_replaced_and_removed_as_an_edit(qtbot, bank_store, bank, files):
    original = bank_store.banks.questions(bank.id)[0]
    editor = _editor(qtbot, bank_store, bank, original)
    editor.choose_image.click()
    first = _save(editor)
    assert first.image
    files.next = "sign.jpg"
    editor = _editor(qtbot, bank_store, bank, first)
    editor.choose_image.click()
    second = _save(editor)
    assert second.image not in ("", first.image)
    editor = _editor(qtbot, bank_store, bank, second)
    editor.remove_image.click()
    assert editor.image_info.text() == "No image"
    third = _save(editor)
    assert third.image == "" and third.content_hash() == original.content_hash()


def test_audio_is_refused_with_one_sentence_and_the_question_keeps_its_image(qtbot, bank_store, bank, files,
                                                                             monkeypatch):
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: said.append((title, text)))
    original = bank_store.banks.questions(bank.id)[0]
    editor = _editor(qtbot, bank_store, bank, original)
    files.next = "talk.mp3"
    editor.choose_image.click()
    assert editor.image == ""
    assert said and said[0][0] == "Image not added" and "talk.mp3" in said[0][1]


def test_the_bank_page_shows_a_questions_image_beside_its_text(qtbot, store):
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QTextDocument

    from tests.assessor.image_helpers import image_session
    from ui.workspace.banks_page import BanksPage

    image_session(store)
    page = BanksPage(store)
    qtbot.addWidget(page)
    page.show()
    q = next(q for b in store.banks.list() for q in store.banks.questions(b.id) if q.image)
    page.bank_combo.setCurrentIndex(page.bank_combo.findText("Signs"))
    rows = [r for r in range(page.proxy.rowCount()) if page.proxy.index(r, 0).data() == q.key]
    page.table.selectRow(rows[0])
    shown = page.detail.document().resource(QTextDocument.ImageResource, QUrl(f"assessor-image:{q.image}"))
    assert shown is not None and shown.width() == 1600
    assert page.detail.toHtml().count("assessor-image:") == 4  # the stem and the picture option, in each language
