"""The Cohorts section's dialogs: a cohort's fields, one roster entry, and a roster file's preview before import.

Each has one entry point (``ask``) that returns the value or None.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QHeaderView, QLabel,
                               QLineEdit, QMessageBox, QTableView, QVBoxLayout)

from assessor.textio import ENCODING_NAMES
from assessor.errors import AssessorError
from assessor.people.cohorts import SEXES, Cohort, Participant
from ui.errors import user_message
from ui.workspace.cohorts.models import PreviewTableModel
from ui.workspace.cohorts.texts import SEX_NAMES, tr


class CohortDialog(QDialog):
    """The fields of a cohort, including the parent cohort of a cascade training."""

    def __init__(self, store, cohort: Cohort | None, parent=None):
        super().__init__(parent)
        self.store, self.original = store, cohort
        c = cohort or Cohort(name="")
        self.name = QLineEdit(c.name)
        self.organisation = QLineEdit(c.organisation)
        self.location = QLineEdit(c.location)
        self.start = QDateEdit(QDate.fromString(c.start_date, Qt.ISODate) if c.start_date else QDate.currentDate())
        self.end = QDateEdit(QDate.fromString(c.end_date, Qt.ISODate) if c.end_date else QDate.currentDate())
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.trainers = QLineEdit(", ".join(c.trainers))
        self.parent_cohort = QComboBox()
        self.parent_cohort.addItem(self.tr("(none)"), None)
        for other in store.cohorts.list():
            if other.id != c.id:
                self.parent_cohort.addItem(other.name, other.id)
        self.parent_cohort.setCurrentIndex(max(0, self.parent_cohort.findData(c.parent_id)))
        form = QFormLayout(self)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Organisation:"), self.organisation)
        form.addRow(self.tr("Location:"), self.location)
        form.addRow(self.tr("Start date:"), self.start)
        form.addRow(self.tr("End date:"), self.end)
        form.addRow(self.tr("Trainers (comma-separated):"), self.trainers)
        form.addRow(self.tr("Cascade from (ToT cohort):"), self.parent_cohort)
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self._on_save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.setWindowTitle(self.tr("Cohort") if cohort else self.tr("New cohort"))
        self.resize(560, 320)
        self.saved: Cohort | None = None

    @classmethod
    def ask(cls, store, cohort: Cohort | None = None, parent=None) -> Cohort | None:
        """Create or edit a cohort; returns the stored cohort, or None."""
        dialog = cls(store, cohort, parent)
        return dialog.saved if dialog.exec() == QDialog.Accepted else None

    def value(self) -> Cohort:
        base = self.original or Cohort(name="")
        return replace(base, name=self.name.text().strip(), organisation=self.organisation.text().strip(),
                       location=self.location.text().strip(), start_date=self.start.date().toString(Qt.ISODate),
                       end_date=self.end.date().toString(Qt.ISODate),
                       trainers=tuple(t.strip() for t in self.trainers.text().split(",") if t.strip()),
                       parent_id=self.parent_cohort.currentData())

    def _on_save(self):
        c = self.value()
        if not c.name:
            QMessageBox.warning(self, self.tr("Not saved"), self.tr("The cohort needs a name."))
            return
        if c.end_date < c.start_date:
            QMessageBox.warning(self, self.tr("Not saved"), self.tr("The end date is before the start date."))
            return
        try:
            self.saved = self.store.cohorts.save(c)
        except AssessorError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), user_message(exc))
            return
        self.accept()


class ParticipantDialog(QDialog):
    """One roster entry typed by hand (the code is generated when left empty), or an entry
    being corrected (its code then stays: results are filed under it)."""

    def __init__(self, parent=None, person: Participant | None = None):
        super().__init__(parent)
        self.code, self.name, self.organisation, self.role = QLineEdit(), QLineEdit(), QLineEdit(), QLineEdit()
        self.code.setPlaceholderText(self.tr("empty: generated"))
        self.sex = QComboBox()
        for sex in SEXES:
            self.sex.addItem(tr(SEX_NAMES[sex]), sex)
        self.sex.setCurrentIndex(self.sex.findData(person.sex if person else "not_stated"))
        if person is not None:
            self.code.setText(person.code)
            self.code.setReadOnly(True)
            self.code.setToolTip(self.tr("The code cannot be changed: results are filed under it."))
            self.name.setText(person.name)
            self.organisation.setText(person.organisation)
            self.role.setText(person.role)
        form = QFormLayout(self)
        form.addRow(self.tr("Code:"), self.code)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Sex:"), self.sex)
        form.addRow(self.tr("Organisation:"), self.organisation)
        form.addRow(self.tr("Role:"), self.role)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.setWindowTitle(self.tr("Edit participant") if person else self.tr("Add participant"))
        self.resize(460, 240)

    @classmethod
    def ask(cls, cohort_id: str, parent=None) -> Participant | None:
        dialog = cls(parent)
        if dialog.exec() != QDialog.Accepted:
            return None
        return Participant(cohort_id, dialog.code.text().strip(), dialog.name.text().strip(), dialog.sex.currentData(),
                           dialog.organisation.text().strip(), dialog.role.text().strip())

    @classmethod
    def ask_edit(cls, person: Participant, parent=None) -> Participant | None:
        """The corrected entry (same id and code), or None when cancelled."""
        dialog = cls(parent, person)
        if dialog.exec() != QDialog.Accepted:
            return None
        return replace(person, name=dialog.name.text().strip(), sex=dialog.sex.currentData(),
                       organisation=dialog.organisation.text().strip(), role=dialog.role.text().strip())


class RosterImportDialog(QDialog):
    """The rows of a roster file with their problems; importing is possible only without problems."""

    def __init__(self, preview, parent=None):
        super().__init__(parent)
        self.preview = preview
        self.model = PreviewTableModel(self)
        self.model.set_preview(preview)
        table = QTableView()
        table.setModel(self.model)
        table.verticalHeader().hide()
        table.setWordWrap(True)
        table.resizeColumnsToContents()
        # The problems column takes the remaining width and wraps, so every problem can be read.
        table.horizontalHeader().setSectionResizeMode(self.model.columnCount() - 1, QHeaderView.Stretch)
        table.resizeRowsToContents()
        self.table = table
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        if preview.error_count:
            self.summary.setText(self.tr(
                "{0}: {1} rows, {2} with problems. Fix the file and import it again; nothing has been saved.").format(
                Path(preview.filename).name, len(preview.rows), preview.error_count))
            self.summary.setStyleSheet("color:#a4262c")
        else:
            self.summary.setText(self.tr("{0}: {1} participants ready to add. Empty codes will be generated.").format(
                Path(preview.filename).name, len(preview.rows)))
        if getattr(preview, "encoding", ""):  # what the shared detector assumed for a CSV
            self.summary.setText(self.summary.text() + " " + self.tr("Text encoding: {0}.").format(
                ENCODING_NAMES.get(preview.encoding, preview.encoding)))
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("Add to roster"))
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(preview.ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(table, 1)
        layout.addWidget(self.buttons)
        self.setWindowTitle(self.tr("Import roster"))
        self.resize(1000, 560)

    def showEvent(self, event):  # noqa: N802
        # Rows can only be fitted to the wrapped problems once the columns have their final widths.
        super().showEvent(event)
        self.table.resizeRowsToContents()

    @classmethod
    def ask(cls, preview, parent=None) -> bool:
        """Show the preview; True when the facilitator confirms an error-free import."""
        return cls(preview, parent).exec() == QDialog.Accepted

