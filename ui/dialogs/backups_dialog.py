"""Settings ▸ Backups: the automatic and manual backups of the open database; back up now; restore one.

Restoring replaces the whole database. The current file is backed up first, then the
app closes (its open windows still hold the replaced data) and is started again.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QDialogButtonBox, QHBoxLayout, QLabel,
                               QMessageBox, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout)

from assessor.safety import backup as bk

from ui.tasks import run_task

REASONS = {
    "manual": QT_TRANSLATE_NOOP("BackupsDialog", "made by hand"),
    "daily": QT_TRANSLATE_NOOP("BackupsDialog", "daily"),
    "before-migration": QT_TRANSLATE_NOOP("BackupsDialog", "before an update"),
    "before-import": QT_TRANSLATE_NOOP("BackupsDialog", "before an import"),
    "before-restore": QT_TRANSLATE_NOOP("BackupsDialog", "before a restore"),
}


class BackupsDialog(QDialog):
    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.task = None
        self.restored = False
        self.found: list[bk.BackupInfo] = []
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.itemSelectionChanged.connect(self._on_selection)
        self.backup_button, self.restore_button = QPushButton(), QPushButton()
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self._on_restore)
        self.status = QLabel()
        self.status.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.backup_button)
        row.addWidget(self.restore_button)
        row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(760, 460)
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Backups"))
        self.intro.setText(self.tr("Assessor backs up the database before every update and import, and once a "
                                   "day. The newest {0} are kept in {1}.").format(
            bk._keep(self.store), bk.backup_dir(self.store.path) if self.store.path else ""))
        self.table.setHorizontalHeaderLabels([self.tr("Made"), self.tr("Why"), self.tr("Size"), self.tr("Check")])
        self.backup_button.setText(self.tr("Back up now"))
        self.restore_button.setText(self.tr("Restore…"))

    def changeEvent(self, event):  # noqa: N802
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
            self.reload()
        super().changeEvent(event)

    def reload(self) -> None:
        self.found = bk.list_backups(self.store.path) if self.store.path else []
        self.table.setRowCount(len(self.found))
        for r, b in enumerate(self.found):
            cells = [b.time.astimezone().strftime("%Y-%m-%d %H:%M"),
                     QCoreApplication.translate("BackupsDialog", REASONS.get(b.reason, b.reason)),
                     self.tr("{0} KB").format(max(1, round(b.size / 1024))),
                     self.tr("good") if b.ok else self.tr("damaged")]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.UserRole, str(b.path))
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.backup_button.setEnabled(self.store.path is not None)
        self._on_selection()

    def selected(self) -> bk.BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.found[rows[0].row()] if rows else None

    def _on_selection(self) -> None:
        chosen = self.selected()
        self.restore_button.setEnabled(chosen is not None and bool(chosen.ok))

    def back_up_now(self):
        """A manual backup off the GUI thread (the worker opens its own connection)."""
        from assessor.store import Store

        path = self.store.path
        self.status.setText(self.tr("Backing up…"))

        def work(progress):
            with Store.open(path, migrate=False) as own:
                return bk.backup(own, "manual", progress)

        self.task = run_task(self, work, on_done=self._backed_up, on_error=self._failed,
                             label=self.tr("Backing up the database…"))
        return self.task

    def _backed_up(self, path) -> None:
        self.status.setText(self.tr("Backed up to {0}.").format(path))
        self.reload()

    def _failed(self, exc) -> None:
        self.status.setText("")
        QMessageBox.warning(self, self.tr("Backup failed"), self.tr("The backup was not made: {0}").format(exc))

    def _on_restore(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        when = chosen.time.astimezone().strftime("%Y-%m-%d %H:%M")
        answer = QMessageBox.question(
            self, self.tr("Restore this backup?"),
            self.tr("All data in {0} will be replaced by the backup made {1}; everything entered after it is lost. "
                    "The current database is backed up first. Assessor then closes; start it again.").format(
                self.store.path, when),
            QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
        if answer == QMessageBox.Yes:
            self.restore(chosen.path)

    def restore(self, backup_path):
        """Close the app's connection, restore off the GUI thread, then close the app."""
        db_path = self.store.path
        self.store.close()  # the restore must not race our own connection
        self.status.setText(self.tr("Restoring…"))
        self.task = run_task(self, lambda progress: bk.restore(db_path, backup_path, progress),
                             on_done=self._restored, on_error=self._restore_failed,
                             label=self.tr("Restoring the backup…"), cancellable=False)
        return self.task

    def _restored(self, _before) -> None:
        self.restored = True
        QMessageBox.information(self, self.tr("Backup restored"),
                                self.tr("The backup was restored. Assessor closes now; start it again to go on."))
        QApplication.quit()

    def _restore_failed(self, exc) -> None:
        self.restored = False
        QMessageBox.critical(self, self.tr("Restore failed"),
                             self.tr("The backup was not restored ({0}). Assessor closes now; start it again: "
                                     "the database is as it was.").format(exc))
        QApplication.quit()
