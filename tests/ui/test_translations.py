"""Every .ts file is fully translated, and switching language re-labels the shell."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

TS = sorted((Path(__file__).resolve().parents[2] / "ui" / "translations").glob("*_id.ts"))


@pytest.mark.parametrize("path", TS, ids=lambda p: p.name)
def test_indonesian_translation_is_complete(path):
    root = ET.parse(path).getroot()
    unfinished = [m.findtext("source") for m in root.iter("message")
                  if m.find("translation").get("type") == "unfinished"]
    assert unfinished == []


def test_switching_language_relabels_the_main_window(qtbot, bank_store):
    from ui import i18n
    from ui.main_window import MainWindow

    window = MainWindow(bank_store)
    qtbot.addWidget(window)
    try:
        assert i18n.set_language("id")
        qtbot.waitUntil(lambda: window.nav.item(0).text() == "Bank soal")
        assert window.pages["banks"].search_label.text() == "Cari:"
    finally:
        i18n.set_language("en")
    qtbot.waitUntil(lambda: window.nav.item(0).text() == "Question banks")


def test_missing_compiled_files_are_built_from_the_sources(tmp_path, monkeypatch):
    """A plain `pip install .` ships the .ts sources; the app compiles what is missing."""
    import shutil

    from ui import i18n

    source = tmp_path / "translations"
    source.mkdir()
    shutil.copy(TS[0], source / TS[0].name)
    monkeypatch.setattr(i18n, "TRANSLATIONS", source)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    (compiled,) = i18n.compiled_translations("id")
    assert compiled.suffix == ".qm" and compiled.stat().st_size > 0
    assert str(tmp_path / "cache") in str(compiled)


def test_qt_standard_buttons_and_file_dialogs_read_indonesian_when_indonesian_is_on(qtbot):
    from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox

    from ui import i18n

    assert any(p.name == "qt_id.qm" for p in i18n.compiled_translations("id"))  # built by make translations
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)  # earlier tests' windows, on closed stores
    try:
        assert i18n.set_language("id")
        box = QMessageBox(QMessageBox.Question, "Hapus", "Hapus angkatan ini?", QMessageBox.Yes | QMessageBox.Cancel)
        qtbot.addWidget(box)
        assert box.button(QMessageBox.Cancel).text() == "Batal"
        assert box.button(QMessageBox.Yes).text().replace("&", "") == "Ya"
        dialog = QFileDialog(None, "Simpan")
        dialog.setOption(QFileDialog.DontUseNativeDialog)
        qtbot.addWidget(dialog)
        assert dialog.findChild(QLabel, "fileNameLabel").text().replace("&", "") == "Nama berkas:"
    finally:
        i18n.set_language("en")
    box = QMessageBox(QMessageBox.Question, "Delete", "Delete?", QMessageBox.Cancel)
    qtbot.addWidget(box)
    assert box.button(QMessageBox.Cancel).text() == "Cancel"
