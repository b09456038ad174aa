"""The Settings dialog: UI language (applies at once), font size, facilitator password, data folder, backup."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDateTime
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout,
                               QGroupBox, QHBoxLayout, QLabel, QLineEdit, QMessageBox, QPushButton, QSpinBox,
                               QVBoxLayout)

from assessor.safety.security import MIN_LENGTH, set_facilitator_password, verify_password

from ui.dialogs import file_dialogs
from ui import i18n, settings
from ui.tasks import run_task
from ui.errors import user_message

PASSWORD_META = "facilitator_password"


class SettingsDialog(QDialog):
    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.task = None
        self.language = QComboBox()
        for code, name in i18n.UI_LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(i18n.current_language())))
        self.language.currentIndexChanged.connect(self._on_language)
        self.font_size = QSpinBox()
        self.font_size.setRange(8, 24)
        self.font_size.setValue(settings.get(settings.FONT_POINT_SIZE))
        self.font_size.valueChanged.connect(self._on_font_size)

        self.old_password, self.new_password, self.repeat_password = QLineEdit(), QLineEdit(), QLineEdit()
        for edit in (self.old_password, self.new_password, self.repeat_password):
            edit.setEchoMode(QLineEdit.Password)
        self.change_password_button = QPushButton()
        self.change_password_button.clicked.connect(self._on_change_password)

        self.folder = QLabel(str(Path(store.path).parent) if store.path else "")
        self.folder.setWordWrap(True)
        self.backup_button = QPushButton()
        self.backup_button.clicked.connect(self._on_backup)
        self.backup_button.setEnabled(store.path is not None)
        self.backup_status = QLabel()
        self.backups_button = QPushButton()
        self.backups_button.clicked.connect(self._on_backups)
        self.backups_button.setEnabled(store.path is not None)
        self.database = QLabel(str(store.path) if store.path else "")
        self.database.setWordWrap(True)
        self.database_button = QPushButton()
        self.database_button.clicked.connect(self._on_choose_database)
        self.database_note = QLabel()
        self.database_note.setWordWrap(True)

        self.general = QGroupBox()
        g = QFormLayout(self.general)
        self.language_label, self.font_label = QLabel(), QLabel()
        g.addRow(self.language_label, self.language)
        g.addRow(self.font_label, self.font_size)
        self.password_box = QGroupBox()
        p = QFormLayout(self.password_box)
        self.old_label, self.new_label, self.repeat_label = QLabel(), QLabel(), QLabel()
        p.addRow(self.old_label, self.old_password)
        p.addRow(self.new_label, self.new_password)
        p.addRow(self.repeat_label, self.repeat_password)
        p.addRow(self.change_password_button)
        self.data_box = QGroupBox()
        d = QFormLayout(self.data_box)
        self.folder_label, self.database_label = QLabel(), QLabel()
        d.addRow(self.folder_label, self.folder)
        d.addRow(self.database_label, self.database)
        d.addRow(self.database_button)
        d.addRow(self.database_note)
        row = QHBoxLayout()
        row.addWidget(self.backups_button)
        row.addWidget(self.backup_button)
        row.addWidget(self.backup_status, 1)
        d.addRow(row)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        for w in (self.general, self.password_box, self.data_box):
            layout.addWidget(w)
        layout.addWidget(buttons)
        self.resize(640, 560)
        self.retranslate()

    @classmethod
    def ask(cls, store, parent=None) -> None:
        """Show the settings; changes apply as they are made."""
        cls(store, parent).exec()

    def retranslate(self):
        self.setWindowTitle(self.tr("Settings"))
        self.general.setTitle(self.tr("Display"))
        self.language_label.setText(self.tr("Language:"))
        self.font_label.setText(self.tr("Font size:"))
        self.font_size.setSuffix(self.tr(" pt"))
        self.password_box.setTitle(self.tr("Facilitator password"))
        self.old_label.setText(self.tr("Current password:"))
        self.new_label.setText(self.tr("New password:"))
        self.repeat_label.setText(self.tr("Repeat new password:"))
        self.change_password_button.setText(self.tr("Change password"))
        self.old_password.setEnabled(self.store.meta(PASSWORD_META) is not None)
        self.data_box.setTitle(self.tr("Data"))
        self.folder_label.setText(self.tr("Data folder:"))
        self.backup_button.setText(self.tr("Copy the database to…"))
        self.backups_button.setText(self.tr("Backups…"))
        self.database_label.setText(self.tr("Database file:"))
        self.database_button.setText(self.tr("Use another database file…"))
        chosen = settings.get(settings.DATABASE_FILE)
        if chosen and (not self.store.path or Path(chosen) != Path(self.store.path)):
            self.database_note.setText(self.tr("From the next start Assessor opens {0}.").format(chosen))
        else:
            self.database_note.setText("")

    def changeEvent(self, event):  # noqa: N802
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _on_language(self, _index):
        lang = self.language.currentData()
        settings.put(settings.UI_LANGUAGE, lang)
        i18n.set_language(lang)

    def _on_font_size(self, size: int):
        settings.put(settings.FONT_POINT_SIZE, size)
        apply_font_size(size)

    def _on_backups(self):
        from ui.dialogs.backups_dialog import BackupsDialog

        BackupsDialog(self.store, self).exec()

    def _on_choose_database(self):
        start = str(Path(self.store.path).parent) if self.store.path else ""
        path, _ = file_dialogs.save_file_name(self, self.tr("Database file to use from the next start"), start,
                                              self.tr("Database (*.db)"), options=QFileDialog.DontConfirmOverwrite)
        if path:
            self.choose_database(path)

    def choose_database(self, path: str) -> None:
        """Remember ``path`` as the database to open from the next start (created there if new)."""
        settings.put(settings.DATABASE_FILE, str(Path(path)))
        self.retranslate()

    def change_password(self, old: str, new: str, repeat: str) -> str | None:
        """Set a new facilitator password; returns a translated problem, or None when changed."""
        stored = self.store.meta(PASSWORD_META)
        if stored is not None and not verify_password(old, stored):
            return self.tr("The current password is wrong.")
        if len(new) < MIN_LENGTH:
            return self.tr("The new password needs at least {} characters.").format(MIN_LENGTH)
        if new != repeat:
            return self.tr("The two new passwords differ.")
        set_facilitator_password(self.store, new)  # audited like every other facilitator action
        return None

    def _on_change_password(self):
        problem = self.change_password(self.old_password.text(), self.new_password.text(),
                                       self.repeat_password.text())
        if problem:
            QMessageBox.warning(self, self.tr("Password not changed"), problem)
            return
        for edit in (self.old_password, self.new_password, self.repeat_password):
            edit.clear()
        self.old_password.setEnabled(True)
        QMessageBox.information(self, self.tr("Password changed"), self.tr("The facilitator password was changed."))

    def _on_backup(self):
        stamp = QDateTime.currentDateTime().toString("yyyyMMdd-HHmm")
        suggested = str(Path(self.store.path).with_name(f"assessor-backup-{stamp}.db"))
        path, _ = file_dialogs.save_file_name(self, self.tr("Back up the database"), suggested,
                                              self.tr("Database (*.db)"))
        if path:
            self.backup(path)

    def backup(self, dest: str):
        """Copy the database to ``dest`` off the GUI thread (the worker opens its own connection)."""
        from assessor.store import Store

        source = self.store.path
        self.backup_status.setText(self.tr("Backing up…"))

        def work(progress):
            with Store.open(source, migrate=False) as own:
                return str(own.backup(dest, progress))

        self.task = run_task(self, work, on_done=self._on_backup_done, on_error=self._on_backup_failed,
                             label=self.tr("Backing up the database…"))
        return self.task

    def _on_backup_done(self, path):
        self.backup_status.setText(self.tr("Saved: {0}").format(path))

    def _on_backup_failed(self, exc):
        self.backup_status.setText("")
        QMessageBox.warning(self, self.tr("Backup failed"), user_message(exc))


def apply_font_size(size: int) -> None:
    """Set the app's font size and re-lay out every open window at once.

    Widgets with a font of their own (participant mode) keep it.
    """
    font = QFont(QApplication.font())
    font.setPointSize(size)
    QApplication.setFont(font)
    for widget in QApplication.allWidgets():
        widget.style().unpolish(widget)
        widget.style().polish(widget)
        widget.updateGeometry()
        widget.update()
