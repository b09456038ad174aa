"""Settings ▸ Backups (list, back up now, restore) and the data settings."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from assessor.safety import backup as bk
from assessor.store import Store


@pytest.fixture
def file_store(tmp_path):
    from assessor.demo import build_demo

    s = Store.open(tmp_path / "class.db")
    build_demo(s, seed=1)
    yield s
    s.close()


def test_backups_are_listed_made_and_restored(qtbot, file_store, monkeypatch):
    from ui.dialogs.backups_dialog import BackupsDialog

    old = bk.backup(file_store, "before-import")
    people = file_store.db["participants"].count
    dialog = BackupsDialog(file_store)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 1).text() == "before an import" and dialog.table.item(0, 3).text() == "good"
    assert not dialog.restore_button.isEnabled()  # nothing chosen yet
    dialog.back_up_now()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=10000)
    assert "Backed up to" in dialog.status.text()

    file_store.cohorts.erase_participant(file_store.cohorts.participants(file_store.cohorts.list()[0].id)[0].id)
    dialog.table.selectRow(1)  # the older one
    assert dialog.selected().path == old and dialog.restore_button.isEnabled()
    asked, quit_called = [], []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    monkeypatch.setattr(QApplication, "quit", lambda: quit_called.append(True))
    dialog._on_restore()
    assert "will be replaced by the backup" in asked[0] and "backed up first" in asked[0]
    qtbot.waitUntil(lambda: bool(quit_called), timeout=10000)
    assert dialog.restored
    with Store.open(file_store.path) as s:
        assert s.db["participants"].count == people
        assert not any(p.erased for c in s.cohorts.list() for p in s.cohorts.participants(c.id))
        assert s.audit.list(1)[0].action == "backup.restore"
    assert bk.list_backups(file_store.path)[0].reason == "before-restore"


def test_settings_open_backups_choose_database_and_apply_font(qtbot, file_store, tmp_path):
    from ui import settings
    from ui.dialogs.settings_dialog import SettingsDialog, apply_font_size

    dialog = SettingsDialog(file_store)
    qtbot.addWidget(dialog)
    assert dialog.backups_button.isEnabled() and dialog.database.text() == str(file_store.path)
    other = tmp_path / "other.db"
    dialog.choose_database(str(other))
    assert settings.get(settings.DATABASE_FILE) == str(other)
    assert str(other) in dialog.database_note.text()
    before = QApplication.font().pointSize()
    try:
        apply_font_size(before + 3)
        assert QApplication.font().pointSize() == before + 3
        qtbot.waitUntil(lambda: dialog.font().pointSize() == before + 3, timeout=2000)
    finally:
        apply_font_size(before)


def test_app_opens_the_database_chosen_in_settings(qtbot, tmp_path, monkeypatch):
    from ui import app as app_module
    from ui import settings

    monkeypatch.delenv("ASSESSOR_DB", raising=False)
    chosen = tmp_path / "chosen.db"
    settings.put(settings.DATABASE_FILE, str(chosen))
    assert app_module.db_path_for(app_module.parse_args([])) == chosen
    assert app_module.db_path_for(app_module.parse_args(["--db", str(tmp_path / "x.db")])) == tmp_path / "x.db"
