"""Importing a bank in the app: preview with problems by line, nothing stored until confirmed."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from assessor.banks.bankio import parse_file


def _dialog(qtbot, store, tmp_path, text):
    from ui.workspace.bank_import import BankImportDialog

    path = tmp_path / "quiz.gift"
    path.write_text(text, encoding="utf-8")
    dialog = BankImportDialog(store, parse_file(path), path)
    qtbot.addWidget(dialog)
    return dialog


def test_preview_lists_questions_and_stores_on_confirm(qtbot, store, tmp_path):
    dialog = _dialog(qtbot, store, tmp_path, "::A:: Ok? {T}\n\n::B:: Essay {}\n\n::C:: Pick {\n=x\n~%33%y\n}\n")
    assert dialog.model.rowCount() == 3  # the essay is a row of its own, between the other two
    assert any("line 7" in dialog.problems.item(i).text() for i in range(dialog.problems.count()))
    assert store.banks.list() == []  # nothing stored by the preview
    dialog.buttons.button(QDialogButtonBox.Ok).click()
    assert dialog.summary.new == ("A", "B", "C")
    assert len(store.banks.questions(store.banks.list()[0].id)) == 3


def test_errors_block_import_until_valid_only_is_chosen(qtbot, store, tmp_path):
    dialog = _dialog(qtbot, store, tmp_path, "::A:: Ok? {T}\n\n::B:: Broken {=x ~y\n")
    ok = dialog.buttons.button(QDialogButtonBox.Ok)
    assert not ok.isEnabled()
    dialog.valid_only.setChecked(True)
    assert ok.isEnabled()
    ok.click()
    assert dialog.summary.new == ("A",)


def test_banks_page_imports_through_the_preview_and_shows_the_new_bank(qtbot, bank_store, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QDialog, QFileDialog

    from ui.workspace.bank_import import BankImportDialog
    from ui.workspace.banks_page import BanksPage

    path = tmp_path / "workshop.gift"
    path.write_text("::W-1:: Is water wet? {T}\n\n::W-2:: Pick one {=yes ~no}\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))

    def confirm(dialog):
        dialog.buttons.button(QDialogButtonBox.Ok).click()
        return QDialog.Accepted if dialog.result() == QDialog.Accepted else QDialog.Rejected

    monkeypatch.setattr(BankImportDialog, "exec", confirm)
    page = BanksPage(bank_store)
    qtbot.addWidget(page)
    assert page.bank_combo.count() == 1
    page.import_button.click()
    qtbot.waitUntil(lambda: page.bank_combo.count() == 2)
    assert page.bank_combo.currentText() == "workshop"
    assert page.proxy.rowCount() == 2


def test_banks_page_exports_the_bank_and_saves_the_template(qtbot, bank_store, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from ui.workspace.banks_page import BanksPage

    targets = iter([str(tmp_path / "bank.gift"), str(tmp_path / "template.xlsx")])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (next(targets), ""))
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.information", lambda *a, **k: None)
    page = BanksPage(bank_store)
    qtbot.addWidget(page)
    page.export_button.click()
    exported = (tmp_path / "bank.gift").read_text(encoding="utf-8")
    assert "::CPCT-COO-01::" in exported or "CPCT-COO-01" in exported
    page.template_button.click()
    assert (tmp_path / "template.xlsx").read_bytes()[:2] == b"PK"


def test_banks_page_follows_the_language_switch(qtbot, bank_store):
    from ui import i18n
    from ui.workspace.banks_page import BanksPage

    page = BanksPage(bank_store)
    qtbot.addWidget(page)
    assert page.notice.text().startswith("Sample bank")
    try:
        i18n.set_language("id")
        qtbot.waitUntil(lambda: page.notice.text().startswith("Bank soal contoh"))
        assert page.import_button.text() == "Impor soal…"
    finally:
        i18n.set_language("en")
    qtbot.waitUntil(lambda: page.notice.text().startswith("Sample bank"))


def test_a_file_in_indonesian_can_be_added_as_the_indonesian_side_of_a_bank(qtbot, store, tmp_path):
    first = _dialog(qtbot, store, tmp_path, "::A:: Is it safe? {T}\n\n::C:: Pick one {=yes ~no}\n")
    first.bank_name.setText("Safety")
    first.buttons.button(QDialogButtonBox.Ok).click()
    dialog = _dialog(qtbot, store, tmp_path, "::A:: Apakah aman? {T}\n\n::C:: Pilih satu {=ya ~tidak}\n")
    dialog.bank_name.setText("Safety")
    assert not dialog.language.isEnabled()
    dialog.as_language.setChecked(True)
    assert dialog.language.isEnabled() and dialog.language.currentData() == "id"
    dialog.buttons.button(QDialogButtonBox.Ok).click()
    assert sorted(dialog.summary.updated) == ["A", "C"]
    (bank,) = store.banks.list()
    by_key = {q.key: q for q in store.banks.questions(bank.id)}
    assert by_key["A"].text == {"en": "Is it safe?", "id": "Apakah aman?"}
    assert [o.text for o in by_key["C"].options] == [{"en": "yes", "id": "ya"}, {"en": "no", "id": "tidak"}]


def test_a_translation_that_does_not_match_the_bank_is_refused_in_one_message(qtbot, store, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    first = _dialog(qtbot, store, tmp_path, "::A:: Is it safe? {T}\n")
    first.bank_name.setText("Safety")
    first.buttons.button(QDialogButtonBox.Ok).click()
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    dialog = _dialog(qtbot, store, tmp_path, "::Z:: Apakah aman? {T}\n")
    dialog.bank_name.setText("Safety")
    dialog.as_language.setChecked(True)
    dialog.buttons.button(QDialogButtonBox.Ok).click()
    assert dialog.summary is None and len(shown) == 1 and "Z (line 1)" in shown[0]


def test_the_preview_says_how_many_images_come_with_the_questions(qtbot, store, tmp_path):
    from assessor.banks.bankio import parse_file
    from tests.assessor.test_images import _file, _moodle
    from tests.assessor.image_helpers import jpeg, png
    from ui.workspace.bank_import import BankImportDialog

    path = tmp_path / "signs.xml"
    path.write_bytes(_moodle(_file("sign.png", png(5, 4)), _file("b.png", jpeg())))
    dialog = BankImportDialog(store, parse_file(path), path)
    qtbot.addWidget(dialog)
    assert "2 image(s) (PNG or JPEG) come with them." in dialog.counts.text()
    dialog.buttons.accepted.emit()
    q = store.banks.questions(dialog.summary.bank_id)[0]
    assert len(store.banks.images([q])) == 2


def test_an_indonesian_aiken_file_becomes_an_indonesian_bank_when_the_user_says_so(qtbot, store, tmp_path):
    from ui.workspace.bank_import import BankImportDialog

    path = tmp_path / "soal.txt"
    path.write_text("Siapa yang dilindungi?\nA) Anak\nB) Mobil\nANSWER: A\n", encoding="utf-8")
    dialog = BankImportDialog(store, parse_file(path), path)
    qtbot.addWidget(dialog)
    assert dialog.unmarked.currentData() is None  # by default the file's own word, English when it has none
    dialog.unmarked.setCurrentIndex(dialog.unmarked.findData("id"))
    dialog.buttons.button(QDialogButtonBox.Ok).click()
    (bank,) = store.banks.list()
    (q,) = store.banks.questions(bank.id)
    assert bank.languages == ("id",) and q.text == {"id": "Siapa yang dilindungi?"}
    assert [o.text for o in q.options] == [{"id": "Anak"}, {"id": "Mobil"}]


def test_exporting_an_indonesian_bank_as_aiken_says_how_to_read_it_back(qtbot, store, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from assessor.banks.questions import Bank, Option, Question
    from ui.workspace.bank_import import export_bank_dialog

    said = []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a, **k: said.append(a[1])))
    for lang in ("id", "en"):
        store.banks.import_bank(Bank(name={"en": f"Bank {lang}"}, languages=(lang,), id=f"b-{lang}", questions=(
            Question("Q", "single", {lang: "Siapa?"}, options=(Option({lang: "Anak"}, 1.0), Option({lang: "Mobil"}))),)))
        target = tmp_path / f"{lang}.txt"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, _t=str(target), **k: (_t, ""))
        export_bank_dialog(None, store, f"b-{lang}")
        assert target.read_text(encoding="utf-8").startswith("Siapa?")
    assert said == ["Written in Indonesian"]  # once, for the Indonesian bank; the English one needs no word
