"""Importing a bank in the app: preview with problems by line, nothing stored until confirmed."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from assessor.bankio import parse_file


def _dialog(qtbot, store, tmp_path, text):
    from ui.bank_import import BankImportDialog

    path = tmp_path / "quiz.gift"
    path.write_text(text, encoding="utf-8")
    dialog = BankImportDialog(store, parse_file(path), path)
    qtbot.addWidget(dialog)
    return dialog


def test_preview_lists_questions_and_stores_on_confirm(qtbot, store, tmp_path):
    dialog = _dialog(qtbot, store, tmp_path, "::A:: Ok? {T}\n\n::B:: Essay {}\n\n::C:: Pick {=x ~y}\n")
    assert dialog.model.rowCount() == 2
    assert any("line 3" in dialog.problems.item(i).text() for i in range(dialog.problems.count()))
    assert store.banks.list() == []  # nothing stored by the preview
    dialog.buttons.button(QDialogButtonBox.Ok).click()
    assert dialog.summary.new == ("A", "C")
    assert len(store.banks.questions(store.banks.list()[0].id)) == 2


def test_errors_block_import_until_valid_only_is_chosen(qtbot, store, tmp_path):
    dialog = _dialog(qtbot, store, tmp_path, "::A:: Ok? {T}\n\n::B:: Broken {=x ~y\n")
    ok = dialog.buttons.button(QDialogButtonBox.Ok)
    assert not ok.isEnabled()
    dialog.valid_only.setChecked(True)
    assert ok.isEnabled()
    ok.click()
    assert dialog.summary.new == ("A",)
