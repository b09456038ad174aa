"""The blanks of a cloze question in the question editor: a list of blanks and the answers of the chosen one.

A thin view over :class:`assessor.banks.blankedit.BlankEntry` rows: it keeps what is typed as
text and leaves reading and checking it to the core (``build_blanks``, ``check_blanks``).
Blank ``n`` is the marker ``{#n}`` in the question text; adding a blank asks the editor to put
its marker in the text (``added``), removing one to take it out (``removed``).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from assessor.banks.blankedit import AnswerEntry, BlankEntry, new_blank
from assessor.banks.questions import BLANK_DISPLAYS, BLANK_KINDS

LANG_NAMES = {"en": "English", "id": "Bahasa Indonesia"}


class BlanksEditor(QWidget):
    """The blanks table, and below it the kind, weight and answers of the selected blank."""

    changed = Signal()
    added = Signal(int)  # the number of the new blank
    removed = Signal(int)  # the number of the removed blank (later ones move down by one)

    def __init__(self, langs, entries: list[BlankEntry], parent=None):
        super().__init__(parent)
        self.langs = tuple(langs)
        self.entries = list(entries)
        self._loading = False

        self.blanks_label = QLabel()
        self.blanks_label.setWordWrap(True)
        self.add_blank, self.remove_blank = QPushButton(), QPushButton()
        self.add_blank.clicked.connect(self._on_add_blank)
        self.remove_blank.clicked.connect(self._on_remove_blank)
        self.table = QTableWidget(0, 3)  # kind, weight, answers
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.Stretch)
        self.table.currentCellChanged.connect(self._on_blank_row)

        self.blank_title = QLabel()
        self.kind = QComboBox()
        for kind in BLANK_KINDS:
            self.kind.addItem("", kind)
        self.kind.currentIndexChanged.connect(self._on_detail)
        self.weight_label = QLabel()
        self.weight = QLineEdit()
        self.weight.setMaximumWidth(80)
        self.weight.textEdited.connect(self._on_detail)
        self.display = QComboBox()
        for display in BLANK_DISPLAYS:
            self.display.addItem("", display)
        self.display.currentIndexChanged.connect(self._on_detail)
        self.shuffle, self.case_sensitive, self.shared = QCheckBox(), QCheckBox(), QCheckBox()
        for box in (self.shuffle, self.case_sensitive, self.shared):
            box.toggled.connect(self._on_detail)
        self.answers = QTableWidget(0, 3 + len(self.langs))  # credit, one text per language, value, tolerance
        self.answers.setSelectionBehavior(QAbstractItemView.SelectRows)
        for c in range(1, 1 + len(self.langs)):
            self.answers.horizontalHeader().setSectionResizeMode(c, QHeaderView.Stretch)
        self.answers.itemChanged.connect(self._on_answer_item)
        self.add_answer, self.remove_answer = QPushButton(), QPushButton()
        self.add_answer.clicked.connect(self._on_add_answer)
        self.remove_answer.clicked.connect(self._on_remove_answer)
        self.answers_note = QLabel()
        self.answers_note.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.blanks_label, 1)
        top.addWidget(self.add_blank)
        top.addWidget(self.remove_blank)
        first = QHBoxLayout()  # the selected blank: what it is and its share of the mark
        first.addWidget(self.blank_title)
        first.addWidget(self.kind)
        first.addWidget(self.weight_label)
        first.addWidget(self.weight)
        first.addStretch(1)
        second = QHBoxLayout()  # how it is shown and matched
        second.addWidget(self.display)
        second.addWidget(self.shuffle)
        second.addWidget(self.case_sensitive)
        second.addWidget(self.shared)
        second.addStretch(1)
        answer_buttons = QHBoxLayout()
        answer_buttons.addWidget(self.answers_note, 1)
        answer_buttons.addWidget(self.add_answer)
        answer_buttons.addWidget(self.remove_answer)
        detail = QVBoxLayout()
        detail.setContentsMargins(0, 0, 0, 0)
        detail.addLayout(first)
        detail.addLayout(second)
        detail.addLayout(answer_buttons)
        detail.addWidget(self.answers, 1)
        # Side by side, the list of blanks and the selected one, so that the editor fits a 720-pixel screen.
        body = QHBoxLayout()
        body.addWidget(self.table, 2)
        body.addLayout(detail, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(body, 1)
        self.retranslate()
        self._fill_table()
        if self.entries:
            self.table.setCurrentCell(0, 0)
        self._show_detail()

    # -- texts -------------------------------------------------------------------
    def kind_name(self, kind: str) -> str:
        """The name of a blank kind as the facilitator reads it."""
        return {"short": self.tr("Short answer"), "numerical": self.tr("Number"),
                "choice": self.tr("Choice")}.get(kind, kind)

    def retranslate(self) -> None:
        """Set every visible text (again, after a change of language)."""
        self.blanks_label.setText(self.tr("Blanks: blank n is the marker {#n} in the question text; "
                                          "Add blank puts a new one at the cursor."))
        self.add_blank.setText(self.tr("Add blank"))
        self.remove_blank.setText(self.tr("Remove blank"))
        self.table.setHorizontalHeaderLabels([self.tr("Kind"), self.tr("Weight"), self.tr("Answers")])
        for i in range(self.kind.count()):
            self.kind.setItemText(i, self.kind_name(self.kind.itemData(i)))
        self.weight_label.setText(self.tr("Weight:"))
        self.kind.setAccessibleName(self.tr("Kind of blank"))
        self.weight.setAccessibleName(self.tr("Weight of the blank in the question's mark"))
        names = {"dropdown": self.tr("Drop-down list"), "vertical": self.tr("Options in a column"),
                 "horizontal": self.tr("Options in a row")}
        for i in range(self.display.count()):
            self.display.setItemText(i, names[self.display.itemData(i)])
        self.shuffle.setText(self.tr("Shuffle the options"))
        self.case_sensitive.setText(self.tr("Case matters"))
        self.shared.setText(self.tr("Same answers in every language"))
        self.add_answer.setText(self.tr("Add answer"))
        self.remove_answer.setText(self.tr("Remove answer"))
        self._retranslate_answers()
        self._fill_table()

    def _retranslate_answers(self) -> None:
        entry = self._current()
        shared = entry is None or entry.shared or len(self.langs) == 1
        texts = [self.tr("Answer") if shared else self.tr("Answer ({0})").format(LANG_NAMES.get(lang, lang))
                 for lang in self.langs]
        self.answers.setHorizontalHeaderLabels([self.tr("Credit (%)")] + texts + [self.tr("Value"),
                                                                                  self.tr("Tolerance (±)")])
        n = self.table.currentRow() + 1
        self.blank_title.setText(self.tr("Blank {0}:").format(n) if entry else "")
        kind = entry.kind if entry else "short"
        self.answers_note.setText({
            "short": self.tr("Accepted answers, each with its credit (100 = full marks; * matches any text):"),
            "numerical": self.tr("Accepted numbers, each with its tolerance and credit (value * = any other number):"),
            "choice": self.tr("The options to choose from, each with its credit (100 = the correct one):"),
        }[kind])

    # -- showing -------------------------------------------------------------------
    def _current(self) -> BlankEntry | None:
        r = self.table.currentRow()
        return self.entries[r] if 0 <= r < len(self.entries) else None

    def _summary(self, e: BlankEntry) -> str:
        parts = []
        for a in e.answers:
            shown = a.value if e.kind == "numerical" else next((t for t in (a.texts.get(lang) for lang in self.langs)
                                                                if t), "")
            if e.kind == "numerical" and shown and shown != "*" and a.tolerance.strip() not in ("", "0"):
                shown += f" ± {a.tolerance}"
            if shown:
                parts.append(f"{shown} ({a.credit}%)")
        return " · ".join(parts)

    def _fill_table(self) -> None:
        current = self.table.currentRow()
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.entries))
        for r, e in enumerate(self.entries):
            for c, text in enumerate((self.kind_name(e.kind), e.weight, self._summary(e))):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.setVerticalHeaderLabels([str(r + 1) for r in range(len(self.entries))])
        if 0 <= current < len(self.entries):
            self.table.setCurrentCell(current, 0)
        self.table.blockSignals(False)

    def _show_detail(self) -> None:
        """Put the selected blank's kind, weight, options and answers into the fields below the table."""
        e = self._current()
        self._loading = True
        for w in (self.blank_title, self.kind, self.weight_label, self.weight, self.shared, self.answers,
                  self.add_answer, self.remove_answer, self.answers_note):
            w.setVisible(e is not None)
        if e is None:
            for w in (self.display, self.shuffle, self.case_sensitive):
                w.setVisible(False)
            self._loading = False
            return
        self.kind.setCurrentIndex(max(0, self.kind.findData(e.kind)))
        self.weight.setText(e.weight)
        self.display.setCurrentIndex(max(0, self.display.findData(e.display)))
        self.shuffle.setChecked(e.shuffle)
        self.case_sensitive.setChecked(e.case_sensitive)
        self.shared.setChecked(e.shared)
        self.display.setVisible(e.kind == "choice")
        self.shuffle.setVisible(e.kind == "choice")
        self.case_sensitive.setVisible(e.kind == "short")
        self.shared.setVisible(e.kind != "numerical" and len(self.langs) > 1)
        numeric = e.kind == "numerical"
        for c in range(1, 1 + len(self.langs)):
            self.answers.setColumnHidden(c, numeric or (c > 1 and e.shared))
        self.answers.setColumnHidden(1 + len(self.langs), not numeric)
        self.answers.setColumnHidden(2 + len(self.langs), not numeric)
        self.answers.blockSignals(True)
        self.answers.setRowCount(len(e.answers))
        for r, a in enumerate(e.answers):
            cells = [a.credit] + [a.texts.get(lang, "") for lang in self.langs] + [a.value, a.tolerance]
            for c, text in enumerate(cells):
                self.answers.setItem(r, c, QTableWidgetItem(text))
        self.answers.blockSignals(False)
        self._retranslate_answers()
        self._loading = False

    # -- slots -----------------------------------------------------------------------
    def _on_blank_row(self, *_):
        self._show_detail()

    def _on_detail(self, *_):
        e = self._current()
        if e is None or self._loading:
            return
        kind = self.kind.currentData()
        if kind == "choice" and e.kind != "choice" and len(e.answers) < 2:
            e.answers.append(AnswerEntry("0", {}))  # a choice needs a second option to be a choice
        e.kind, e.weight = kind, self.weight.text()
        e.display, e.shuffle = self.display.currentData(), self.shuffle.isChecked()
        e.case_sensitive = self.case_sensitive.isChecked()
        if self.shared.isChecked() != e.shared:
            e.shared = self.shared.isChecked()
            if not e.shared:  # now per language: start each translation from the shared text
                for a in e.answers:
                    first = a.texts.get(self.langs[0], "")
                    a.texts = {lang: a.texts.get(lang) or first for lang in self.langs}
        self._show_detail()
        self._fill_table()
        self.changed.emit()

    def _on_answer_item(self, item: QTableWidgetItem):
        e = self._current()
        if e is None or self._loading:
            return
        a = e.answers[item.row()]
        c, text = item.column(), item.text()
        if c == 0:
            a.credit = text
        elif c <= len(self.langs):
            a.texts[self.langs[c - 1]] = text
        elif c == 1 + len(self.langs):
            a.value = text
        else:
            a.tolerance = text
        self._fill_table()
        self.changed.emit()

    def _on_add_blank(self):
        self.entries.append(new_blank())
        self._fill_table()
        self.table.setCurrentCell(len(self.entries) - 1, 0)
        self.added.emit(len(self.entries))
        self.changed.emit()

    def _on_remove_blank(self):
        r = self.table.currentRow()
        if not 0 <= r < len(self.entries):
            return
        del self.entries[r]
        self.table.removeRow(r)
        self._fill_table()
        self._show_detail()
        self.removed.emit(r + 1)
        self.changed.emit()

    def _on_add_answer(self):
        e = self._current()
        if e is not None:
            e.answers.append(AnswerEntry("0" if e.answers else "100", {}))
            self._show_detail()
            self.answers.setCurrentCell(len(e.answers) - 1, 1 if e.kind != "numerical" else 1 + len(self.langs))
            self._fill_table()
            self.changed.emit()

    def _on_remove_answer(self):
        e = self._current()
        r = self.answers.currentRow()
        if e is not None and 0 <= r < len(e.answers):
            del e.answers[r]
            self._show_detail()
            self._fill_table()
            self.changed.emit()
