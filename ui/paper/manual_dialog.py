"""Typing in sheets that cannot be read (torn, wrong sheet): one row per participant, one key per answer.

Keys as printed on the participant's sheet: a letter (several letters for 'choose all'), T/F
(B/S), R/W for the facilitator's mark on a written answer, '-' or nothing for no answer. Typing
a key moves to the next question. With "second entry" on, another person types the same rows
in the second table and a row is saved only when both entries match."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QLabel, QTableWidget, QTableWidgetItem,
                               QTabWidget, QVBoxLayout)

from assessor.errors import AssessorError
from assessor.paper import intake


class _KeyTable(QTableWidget):
    """A grid where one key fills a cell and moves on; Backspace clears and moves back.

    ``row_types[row][col]`` is the question type printed at that place of that participant's
    sheet: 'choose all' cells take several letters and move on with Enter."""

    row_types: list[list[str]] = []

    def keyPressEvent(self, event):  # noqa: N802 - Qt's name
        text = event.text().strip().upper()
        row, col = self.currentRow(), self.currentColumn()
        if row < 0 or col < 0:
            return super().keyPressEvent(event)
        if event.key() == Qt.Key_Backspace:
            self.setItem(row, col, QTableWidgetItem(""))
            self.setCurrentCell(row, max(0, col - 1))
            return None
        if text and (text.isalnum() or text == "-") and not event.modifiers() & (Qt.ControlModifier | Qt.AltModifier):
            item = self.item(row, col)
            current = item.text() if item else ""
            multiple = self.row_types[row][col] == "multiple"
            self.setItem(row, col, QTableWidgetItem(current + text if multiple and text != "-" else text))
            if not multiple:
                self._advance(row, col)
            return None
        if event.key() in (Qt.Key_Return, Qt.Key_Enter, Qt.Key_Tab):
            self._advance(row, col)
            return None
        return super().keyPressEvent(event)

    def _advance(self, row: int, col: int) -> None:
        if col + 1 < self.columnCount():
            self.setCurrentCell(row, col + 1)
        elif row + 1 < self.rowCount():
            self.setCurrentCell(row + 1, 0)


class ManualEntryDialog(QDialog):
    """Manual entry of paper answers for one session."""

    def __init__(self, parent, store, session_id: str):
        super().__init__(parent)
        self.store, self.session_id = store, session_id
        session = store.sessions.get(session_id)
        self.people = [p for p in store.cohorts.participants(session.cohort_id) if not p.erased]
        form = store.assessments.get(session.assessment_id)
        self.questions = store.assessments.questions(form)
        self.saved = 0
        self.setWindowTitle(self.tr("Type in paper sheets"))
        layout = QVBoxLayout(self)
        hint = QLabel(self.tr("One row per participant, one key per answer as printed on their sheet: a letter "
                              "(several for 'choose all'), T or F, R or W for a written answer you marked, '-' for "
                              "no answer. Rows left empty are not saved."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.double = QCheckBox(self.tr("Second entry by another person (must match)"))
        layout.addWidget(self.double)
        self.tabs = QTabWidget()
        self.first = self._table()
        self.second = self._table()
        self.tabs.addTab(self.first, self.tr("Entry"))
        self.tabs.addTab(self.second, self.tr("Second entry"))
        self.tabs.setTabEnabled(1, False)
        self.double.toggled.connect(lambda on: self.tabs.setTabEnabled(1, on))
        layout.addWidget(self.tabs, 1)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b91c1c")
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(self.tr("Save the rows"), QDialogButtonBox.AcceptRole)
        buttons.addButton(QDialogButtonBox.Close)
        self.save_button.clicked.connect(self._on_save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(900, 520)

    @classmethod
    def enter(cls, parent, store, session_id: str) -> int:
        """Show the grid; returns how many sheets were saved."""
        dialog = cls(parent, store, session_id)
        dialog.exec()
        return dialog.saved

    def _table(self) -> _KeyTable:
        table = _KeyTable(len(self.people), len(self.questions))
        table.row_types = [[q.type for q in intake.manual_order(self.store, self.session_id, p.id).questions]
                           for p in self.people]
        for col in range(len(self.questions)):
            table.setHorizontalHeaderItem(col, QTableWidgetItem(str(col + 1)))
            table.setColumnWidth(col, 34)
        table.setVerticalHeaderLabels([p.label for p in self.people])
        return table

    @staticmethod
    def _keys(table: QTableWidget, row: int) -> list[str]:
        return [(table.item(row, c).text() if table.item(row, c) else "") for c in range(table.columnCount())]

    def _on_save(self) -> None:
        problems = []
        for row, person in enumerate(self.people):
            keys = self._keys(self.first, row)
            if not any(k.strip() for k in keys):
                continue
            second = self._keys(self.second, row) if self.double.isChecked() else None
            try:
                sheet = intake.enter_manually(self.store, self.session_id, person.id, keys, second)
            except AssessorError as exc:
                problems.append(f"{person.label}: {exc}")
                continue
            if sheet.status == intake.IMPORTED:
                self.saved += 1
                for table in (self.first, self.second):
                    for c in range(table.columnCount()):
                        table.setItem(row, c, QTableWidgetItem(""))
            elif sheet.message:
                problems.append(f"{person.label}: {sheet.message}")
        self.problem.setText("\n".join(problems) if problems else
                             self.tr("%n sheet(s) saved.", "", self.saved))
