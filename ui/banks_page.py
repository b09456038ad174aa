"""The Question banks section: browse banks and read each question in every language."""

from __future__ import annotations

import html
from typing import NamedTuple

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt, QT_TRANSLATE_NOOP
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QSplitter, QTableView,
                               QTextBrowser, QVBoxLayout, QWidget)

from assessor.questions import Question, localized

from .widgets import Page

TYPE_NAMES = {
    "single": QT_TRANSLATE_NOOP("QuestionTypes", "Single choice"),
    "multiple": QT_TRANSLATE_NOOP("QuestionTypes", "Multiple response"),
    "truefalse": QT_TRANSLATE_NOOP("QuestionTypes", "True / false"),
    "short": QT_TRANSLATE_NOOP("QuestionTypes", "Short answer"),
    "numerical": QT_TRANSLATE_NOOP("QuestionTypes", "Numerical"),
    "matching": QT_TRANSLATE_NOOP("QuestionTypes", "Matching"),
}


def type_name(kind: str) -> str:
    return QCoreApplication.translate("QuestionTypes", TYPE_NAMES.get(kind, kind))


class QuestionRow(NamedTuple):
    key: str
    version: int
    type: str
    topic: str
    text_en: str
    text_id: str
    question: Question


class QuestionTableModel(QAbstractTableModel):
    """Read-only table of question versions; raw values under UserRole for sorting."""

    COL_KEY, COL_VERSION, COL_TYPE, COL_TOPIC, COL_EN, COL_ID = range(6)
    HEADERS = (
        QT_TRANSLATE_NOOP("QuestionTableModel", "Key"),
        QT_TRANSLATE_NOOP("QuestionTableModel", "Version"),
        QT_TRANSLATE_NOOP("QuestionTableModel", "Type"),
        QT_TRANSLATE_NOOP("QuestionTableModel", "Topic"),
        QT_TRANSLATE_NOOP("QuestionTableModel", "English"),
        QT_TRANSLATE_NOOP("QuestionTableModel", "Bahasa Indonesia"),
    )

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[QuestionRow] = []
        self._topic_label = lambda topic: topic

    def set_questions(self, questions: list[Question], topic_label=None) -> None:
        self.beginResetModel()
        self._topic_label = topic_label or (lambda topic: topic)
        self._rows = [QuestionRow(q.key, q.version, q.type, q.topic, q.text.get("en", ""), q.text.get("id", ""), q)
                      for q in questions]
        self.endResetModel()

    def question(self, row: int) -> Question:
        return self._rows[row].question

    def rowCount(self, parent=QModelIndex()):  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()):  # noqa: N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        if role == Qt.DisplayRole and orientation == Qt.Horizontal and 0 <= section < len(self.HEADERS):
            return QCoreApplication.translate("QuestionTableModel", self.HEADERS[section])
        return None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role == Qt.UserRole:
            return (r.key, r.version, r.type, r.topic, r.text_en, r.text_id)[col]
        if role == Qt.DisplayRole:
            if col == self.COL_TYPE:
                return type_name(r.type)
            if col == self.COL_TOPIC:
                return self._topic_label(r.topic)
            return (r.key, r.version, r.type, r.topic, r.text_en, r.text_id)[col]
        if role == Qt.ToolTipRole and col in (self.COL_EN, self.COL_ID):
            return (r.text_en, r.text_id)[col - self.COL_EN]
        return None


class QuestionFilter(QSortFilterProxyModel):
    """Full-text filter over key and both languages (case-insensitive)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._needle = ""
        self.setSortRole(Qt.UserRole)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._needle = text.casefold().strip()
        self.endFilterChange()

    def filterAcceptsRow(self, row, parent):  # noqa: N802
        if not self._needle:
            return True
        q = self.sourceModel().question(row)
        hay = " ".join([q.key, *q.text.values(), *(t for o in q.options for t in o.text.values())]).casefold()
        return self._needle in hay


def question_html(q: Question, languages) -> str:
    """Side-by-side rendering of a question in each language (read-only view)."""
    labels = {
        "answer": QCoreApplication.translate("BanksPage", "Answer"),
        "true": QCoreApplication.translate("BanksPage", "True"),
        "false": QCoreApplication.translate("BanksPage", "False"),
        "rationale": QCoreApplication.translate("BanksPage", "Rationale"),
        "source": QCoreApplication.translate("BanksPage", "Source"),
    }
    cells = []
    for lang in languages:
        parts = [f"<h3>{html.escape(lang.upper())}</h3>", f"<p><b>{html.escape(localized(q.text, lang))}</b></p>"]
        if q.type in ("single", "multiple"):
            items = []
            for key, o in zip(q.option_keys, q.options):
                mark = " ✔" if o.correct else ""
                items.append(f"<li>{key}. {html.escape(o.text.get(lang, ''))}{mark}</li>")
            parts.append("<ul style='list-style:none'>" + "".join(items) + "</ul>")
        elif q.type == "truefalse":
            parts.append(f"<p>{html.escape(labels['answer'])}: {html.escape(labels['true'] if q.answer else labels['false'])}</p>")
        if q.rationale:
            parts.append(f"<p><i>{html.escape(labels['rationale'])}:</i> {html.escape(localized(q.rationale, lang))}</p>")
        cells.append("<td width='50%' valign='top'>" + "".join(parts) + "</td>")
    source = f"<p><i>{html.escape(labels['source'])}:</i> {html.escape(q.source)}</p>" if q.source else ""
    return f"<p><b>{html.escape(q.key)}</b> v{q.version}</p><table width='100%' cellpadding='6'><tr>" + "".join(cells) + "</tr></table>" + source


class BanksPage(Page):
    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self._bank = None
        self.bank_combo = QComboBox()
        self.bank_combo.currentIndexChanged.connect(self._on_bank_changed)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.model = QuestionTableModel(self)
        self.proxy = QuestionFilter(self)
        self.proxy.setSourceModel(self.model)
        self.search.textChanged.connect(self.proxy.set_text)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.AscendingOrder)
        self.table.setSelectionBehavior(QTableView.SelectRows)
        self.table.setSelectionMode(QTableView.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self._on_row)
        self.detail = QTextBrowser()
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.bank_label = QLabel()
        self.search_label = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.bank_label)
        top.addWidget(self.bank_combo, 1)
        top.addWidget(self.search_label)
        top.addWidget(self.search, 1)
        split = QSplitter(Qt.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setSizes([300, 300])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.notice)
        layout.addWidget(split, 1)
        self.retranslate()
        self.reload()

    def title(self) -> str:
        return self.tr("Question banks")

    def retranslate(self) -> None:
        self.bank_label.setText(self.tr("Bank:"))
        self.search_label.setText(self.tr("Search:"))
        self.search.setPlaceholderText(self.tr("Key or text, in either language"))
        self.search.setAccessibleName(self.tr("Search questions"))
        self.bank_combo.setAccessibleName(self.tr("Question bank"))
        self.model.headerDataChanged.emit(Qt.Horizontal, 0, self.model.columnCount() - 1)
        self._show_notice()
        self._on_row(self.table.currentIndex(), None)

    def _lang(self) -> str:
        from . import settings

        return settings.get(settings.UI_LANGUAGE)

    def reload(self) -> None:
        current = self.bank_combo.currentData()
        self.bank_combo.blockSignals(True)
        self.bank_combo.clear()
        for bank in self.store.banks.list():
            self.bank_combo.addItem(localized(bank.name, self._lang()), bank.id)
        self.bank_combo.blockSignals(False)
        index = max(0, self.bank_combo.findData(current))
        self.bank_combo.setCurrentIndex(index)
        self._on_bank_changed(index)

    def _on_bank_changed(self, _index: int) -> None:
        bank_id = self.bank_combo.currentData()
        if bank_id is None:
            self._bank = None
            self.model.set_questions([])
        else:
            self._bank = self.store.banks.get(bank_id)
            lang = self._lang()
            self.model.set_questions(list(self._bank.questions), lambda t: self._bank.topic_label(t, lang))
            self.table.resizeColumnsToContents()
            for col in (QuestionTableModel.COL_EN, QuestionTableModel.COL_ID):
                self.table.setColumnWidth(col, 320)
        self._show_notice()
        if self.proxy.rowCount():
            self.table.selectRow(0)

    def _show_notice(self) -> None:
        text = localized(self._bank.notice, self._lang()) if self._bank else ""
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def _on_row(self, current, _previous) -> None:
        if self._bank is None or current is None or not current.isValid():
            self.detail.clear()
            return
        q = self.model.question(self.proxy.mapToSource(current).row())
        self.detail.setHtml(question_html(q, self._bank.languages))
