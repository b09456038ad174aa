"""The Question banks section: browse, filter and edit banks and their questions in every language."""

from __future__ import annotations

import html
from typing import NamedTuple

from PySide6.QtCore import QSortFilterProxyModel, Qt, QT_TRANSLATE_NOOP, QUrl
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMessageBox, QPushButton,
                               QSplitter, QTableView, QTextBrowser, QVBoxLayout)

from assessor.errors import AssessorError, Refused
from assessor.banks.cloze import gapped_text
from assessor.banks.questions import QUESTION_TYPES, Bank, Question, localized

from ui.models import RowTableModel
from ui.widgets import Page, compact_combo

TYPE_NAMES = {
    "single": QT_TRANSLATE_NOOP("QuestionTypes", "Single choice"),
    "multiple": QT_TRANSLATE_NOOP("QuestionTypes", "Multiple response"),
    "truefalse": QT_TRANSLATE_NOOP("QuestionTypes", "True / false"),
    "short": QT_TRANSLATE_NOOP("QuestionTypes", "Short answer"),
    "numerical": QT_TRANSLATE_NOOP("QuestionTypes", "Numerical"),
    "matching": QT_TRANSLATE_NOOP("QuestionTypes", "Matching"),
    "cloze": QT_TRANSLATE_NOOP("QuestionTypes", "Cloze (embedded answers)"),
    "essay": QT_TRANSLATE_NOOP("QuestionTypes", "Essay (marked by a facilitator)"),
    "description": QT_TRANSLATE_NOOP("QuestionTypes", "Description (text only)"),
    "rating": QT_TRANSLATE_NOOP("QuestionTypes", "Rating scale (evaluation)"),
    "choice": QT_TRANSLATE_NOOP("QuestionTypes", "Survey choice (evaluation)"),
    "comment": QT_TRANSLATE_NOOP("QuestionTypes", "Comment (evaluation)"),
    "retro": QT_TRANSLATE_NOOP("QuestionTypes", "Then / now self-assessment (evaluation)"),
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


class QuestionTableModel(RowTableModel):
    """Read-only table of question versions; raw values under UserRole for sorting."""

    COL_KEY, COL_VERSION, COL_TYPE, COL_TOPIC, COL_EN, COL_ID = range(6)
    CONTEXT = "QuestionTableModel"
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
        self._topic_label = lambda topic: topic

    def set_questions(self, questions: list[Question], topic_label=None) -> None:
        self._topic_label = topic_label or (lambda topic: topic)
        self.set_rows(QuestionRow(q.key, q.version, q.type, q.topic, q.text.get("en", ""), q.text.get("id", ""), q)
                      for q in questions)

    def question(self, row: int) -> Question:
        return self.item(row)

    def display(self, r, col):
        if col == self.COL_TYPE:
            return type_name(r.type)
        if col == self.COL_TOPIC:
            return self._topic_label(r.topic)
        return r[col]

    def tooltip(self, r, col):
        return self.display(r, col) if col in (self.COL_TOPIC, self.COL_EN, self.COL_ID) else None


class QuestionFilter(QSortFilterProxyModel):
    """Full-text filter over key and both languages (case-insensitive), plus topic and type."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._needle = ""
        self._topic = None
        self._type = None
        self.setSortRole(Qt.UserRole)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._needle = text.casefold().strip()
        self.endFilterChange()

    def set_topic(self, topic: str | None) -> None:
        self.beginFilterChange()
        self._topic = topic
        self.endFilterChange()

    def set_type(self, kind: str | None) -> None:
        self.beginFilterChange()
        self._type = kind
        self.endFilterChange()

    def filterAcceptsRow(self, row, parent):  # noqa: N802
        q = self.sourceModel().question(row)
        if self._topic is not None and q.topic != self._topic:
            return False
        if self._type is not None and q.type != self._type:
            return False
        if not self._needle:
            return True
        hay = " ".join([q.key, *q.text.values(), *(t for o in q.options for t in o.text.values())]).casefold()
        return self._needle in hay


IMAGE_SCHEME = "assessor-image"
"""The address of an image in a question's HTML (``assessor-image:<sha256>``), registered as a resource."""


def image_tag(owner, lang: str, height: int) -> str:
    """The ``<img>`` of a question's or option's image (its bytes registered by :func:`add_images`), or ''."""
    if not owner.image:
        return ""
    alt = html.escape(localized(owner.image_alt, lang), quote=True)
    return f"<p><img src='{IMAGE_SCHEME}:{owner.image}' height='{height}' alt='{alt}'></p>"


def add_images(view, q: Question, fetch) -> None:
    """Register the images ``q`` shows with ``view``'s document; ``fetch(sha256)`` gives a StoredImage or None."""
    for ref in q.image_refs():
        image = fetch(ref)
        if image is not None:
            view.document().addResource(QTextDocument.ImageResource, QUrl(f"{IMAGE_SCHEME}:{ref}"),
                                        QImage.fromData(image.data))


def stored_image(store):
    """``fetch`` for :func:`add_images` from the store (None when the image cannot be read)."""
    def fetch(sha256):
        try:
            return store.banks.image(sha256)
        except AssessorError:
            return None
    return fetch


def question_html(q: Question, languages) -> str:
    """Side-by-side rendering of a question in each language (read-only view); images as :func:`image_tag`."""
    labels = {
        "answer": QCoreApplication.translate("BanksPage", "Answer"),
        "true": QCoreApplication.translate("BanksPage", "True"),
        "false": QCoreApplication.translate("BanksPage", "False"),
        "rationale": QCoreApplication.translate("BanksPage", "Rationale"),
        "source": QCoreApplication.translate("BanksPage", "Source"),
    }
    cells = []
    for lang in languages:
        parts = [f"<h3>{html.escape(lang.upper())}</h3>", f"<p><b>{html.escape(localized(q.text, lang))}</b></p>",
                 image_tag(q, lang, 120)]
        if q.type in ("single", "multiple"):
            items = []
            for key, o in zip(q.option_keys, q.options):
                mark = " ✔" if o.correct else ""
                items.append(f"<li>{key}. {html.escape(o.text.get(lang, ''))}{mark}{image_tag(o, lang, 60)}</li>")
            parts.append("<ul style='list-style:none'>" + "".join(items) + "</ul>")
        elif q.type == "choice":
            items = [f"<li>{key}. {html.escape(o.text.get(lang, ''))}{image_tag(o, lang, 60)}</li>"
                     for key, o in zip(q.option_keys, q.options)]
            parts.append("<ul style='list-style:none'>" + "".join(items) + "</ul>")
        elif q.type in ("rating", "retro"):
            items = [f"<li>{i}. {html.escape(label.get(lang, ''))}</li>" for i, label in enumerate(q.scale, start=1)]
            parts.append("<ul style='list-style:none'>" + "".join(items) + "</ul>")
        elif q.type == "truefalse":
            parts.append(f"<p>{html.escape(labels['answer'])}: {html.escape(labels['true'] if q.answer else labels['false'])}</p>")
        elif q.type == "cloze":  # each blank with its answers; full credit marked, partial credit as a percentage
            parts[1] = f"<p><b>{html.escape(gapped_text(localized(q.text, lang)))}</b></p>"
            for n, b in enumerate(q.blanks, start=1):
                if b.kind == "numerical":
                    answers = [f"{a.value:g} ± {a.tolerance:g}" + (" ✔" if a.fraction >= 1 else f" ({a.fraction:.0%})")
                               for a in b.numeric if not a.other]
                else:
                    answers = [html.escape(localized(o.text, lang)) + (" ✔" if o.fraction >= 1 else
                                                                       f" ({o.fraction:.0%})" if o.fraction else "")
                               for o in b.options]
                parts.append(f"<p>[{n}] " + " · ".join(answers) + "</p>")
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
        self.bank_combo = compact_combo(QComboBox(), 24)
        self.bank_combo.currentIndexChanged.connect(self._on_bank_changed)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.model = QuestionTableModel(self)
        self.proxy = QuestionFilter(self)
        self.proxy.setSourceModel(self.model)
        self.search.textChanged.connect(self.proxy.set_text)
        self.topic_filter = compact_combo(QComboBox(), 14)
        self.topic_filter.currentIndexChanged.connect(lambda _i: self.proxy.set_topic(self.topic_filter.currentData()))
        self.type_filter = compact_combo(QComboBox(), 12)
        self.type_filter.addItem("", None)
        for kind in QUESTION_TYPES:
            self.type_filter.addItem("", kind)
        self.type_filter.currentIndexChanged.connect(lambda _i: self.proxy.set_type(self.type_filter.currentData()))
        self.new_bank_button = QPushButton()
        self.new_bank_button.clicked.connect(self._on_new_bank)
        self.duplicate_button = QPushButton()
        self.duplicate_button.clicked.connect(self._on_duplicate_bank)
        self.delete_button = QPushButton()
        self.delete_button.clicked.connect(self._on_delete_bank)
        self.new_question_button = QPushButton()
        self.new_question_button.clicked.connect(self._on_new_question)
        self.edit_button = QPushButton()
        self.edit_button.clicked.connect(self._on_edit_question)
        self.import_button = QPushButton()
        self.import_button.clicked.connect(self._on_import)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self._on_export)
        self.template_button = QPushButton()
        self.template_button.clicked.connect(self._on_template)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        header = self.table.horizontalHeader()
        # Bank order (the file's, descriptions before the questions they introduce) until a header is
        # clicked; a third click on it goes back to bank order.
        header.setSortIndicatorClearable(True)
        header.setSortIndicator(-1, Qt.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QTableView.SelectRows)
        self.table.setSelectionMode(QTableView.SingleSelection)
        self.table.verticalHeader().hide()
        header.setSectionResizeMode(QHeaderView.Interactive)
        # The two question texts share the width left by the short columns, so neither
        # language is pushed off screen at 1366×768.
        for col in (QuestionTableModel.COL_EN, QuestionTableModel.COL_ID):
            header.setSectionResizeMode(col, QHeaderView.Stretch)
        self.table.setWordWrap(True)
        self.table.selectionModel().currentRowChanged.connect(self._on_row)
        self.table.doubleClicked.connect(self._on_edit_question)
        self.detail = QTextBrowser()
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.bank_label = QLabel()
        self.search_label = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.bank_label)
        top.addWidget(self.bank_combo, 1)
        top.addWidget(self.new_bank_button)
        top.addWidget(self.duplicate_button)
        top.addWidget(self.delete_button)
        top.addSpacing(12)
        top.addWidget(self.import_button)
        top.addWidget(self.export_button)
        top.addWidget(self.template_button)
        filters = QHBoxLayout()
        self.topic_label = QLabel()
        self.type_label = QLabel()
        filters.addWidget(self.search_label)
        filters.addWidget(self.search, 2)
        filters.addWidget(self.topic_label)
        filters.addWidget(self.topic_filter, 1)
        filters.addWidget(self.type_label)
        filters.addWidget(self.type_filter)
        filters.addWidget(self.new_question_button)
        filters.addWidget(self.edit_button)
        split = QSplitter(Qt.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setSizes([300, 300])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
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
        self.topic_label.setText(self.tr("Topic:"))
        self.type_label.setText(self.tr("Type:"))
        self.type_filter.setItemText(0, self.tr("All types"))
        for i, kind in enumerate(QUESTION_TYPES, start=1):
            self.type_filter.setItemText(i, type_name(kind))
        self._fill_topics()
        self.new_bank_button.setText(self.tr("New bank…"))
        self.duplicate_button.setText(self.tr("Duplicate…"))
        self.delete_button.setText(self.tr("Delete…"))
        self.new_question_button.setText(self.tr("New question…"))
        self.edit_button.setText(self.tr("Edit question…"))
        self.import_button.setText(self.tr("Import questions…"))
        self.import_button.setToolTip(self.tr("Read questions from GIFT, Aiken, Moodle XML, QTI, Excel, CSV or "
                                              "Assessor YAML; you see a preview before anything is stored"))
        self.export_button.setText(self.tr("Export bank…"))
        self.export_button.setToolTip(self.tr("Write this bank as GIFT, Aiken, Moodle XML, QTI, Excel or YAML"))
        self.template_button.setText(self.tr("Save template…"))
        self.template_button.setToolTip(self.tr("An Excel file to write new questions in, for importing later"))
        self.model.headerDataChanged.emit(Qt.Horizontal, 0, self.model.columnCount() - 1)
        if self.bank_combo.count():
            # Bank names, topics and the notice are stored in several languages: show the new one.
            self.reload(select_key=self._current_key())
        self._show_notice()
        self._on_row(self.table.currentIndex(), None)

    def _lang(self) -> str:
        from ui.i18n import current_language

        return current_language()

    def _current_key(self) -> str | None:
        q = self.current_question()
        return q.key if q else None

    def reload(self, select: str | None = None, select_key: str | None = None) -> None:
        current = select or self.bank_combo.currentData()
        self.bank_combo.blockSignals(True)
        self.bank_combo.clear()
        for bank in self.store.banks.list():
            self.bank_combo.addItem(localized(bank.name, self._lang()), bank.id)
        self.bank_combo.blockSignals(False)
        index = max(0, self.bank_combo.findData(current))
        self.bank_combo.setCurrentIndex(index)
        self._on_bank_changed(index, select_key)

    def _fill_topics(self) -> None:
        current = self.topic_filter.currentData()
        self.topic_filter.blockSignals(True)
        self.topic_filter.clear()
        self.topic_filter.addItem(self.tr("All topics"), None)
        if self._bank is not None:
            for topic in sorted(self._bank.topics, key=lambda t: self._bank.topic_label(t, self._lang())):
                self.topic_filter.addItem(self._bank.topic_label(topic, self._lang()), topic)
        self.topic_filter.setCurrentIndex(max(0, self.topic_filter.findData(current)))
        self.topic_filter.blockSignals(False)
        self.proxy.set_topic(self.topic_filter.currentData())

    def current_question(self) -> Question | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.question(self.proxy.mapToSource(index).row())

    def _on_new_bank(self) -> None:
        from ui.workspace.question_editor import BankDialog

        answer = BankDialog.ask(self)
        if answer is None:
            return
        name, langs = answer
        bank = self.store.banks.save_bank(Bank(name=name, languages=langs))
        self.reload(select=bank.id)

    def _on_duplicate_bank(self) -> None:
        from ui.workspace.question_editor import BankDialog

        if self._bank is None:
            return
        suffix = {"en": " (copy)", "id": " (salinan)"}
        proposed = {lang: text + suffix.get(lang, "") for lang, text in self._bank.name.items()}
        answer = BankDialog.ask(self, proposed, with_languages=False)
        if answer is None:
            return
        copy = self.store.banks.duplicate(self._bank.id, answer[0])
        self.reload(select=copy.id)

    def _on_delete_bank(self) -> None:
        if self._bank is None:
            return
        name = localized(self._bank.name, self._lang())
        sure = QMessageBox.question(
            self, self.tr("Delete bank"),
            self.tr("Delete the bank \"{0}\" and its {1} questions? This cannot be undone.").format(
                name, len(self._bank.questions)),
            QMessageBox.Yes | QMessageBox.Cancel, QMessageBox.Cancel)
        if sure != QMessageBox.Yes:
            return
        try:
            self.store.banks.delete(self._bank.id)
        except Refused:
            archive = QMessageBox.question(
                self, self.tr("Bank in use"),
                self.tr("An assessment uses questions from this bank, so it cannot be deleted. "
                        "Archive it instead? It is then hidden from this list, and nothing is lost."),
                QMessageBox.Yes | QMessageBox.Cancel, QMessageBox.Cancel)
            if archive == QMessageBox.Yes:
                self.store.banks.archive(self._bank.id)
            else:
                return
        self.reload()

    def _on_new_question(self) -> None:
        from ui.workspace.question_editor import QuestionEditor

        if self._bank is None:
            return
        saved = QuestionEditor.ask(self.store, self._bank, None, self)
        if saved is not None:
            self.reload(select_key=saved.key)

    def _on_edit_question(self, *_args) -> None:
        from ui.workspace.question_editor import QuestionEditor

        q = self.current_question()
        if self._bank is None or q is None:
            return
        saved = QuestionEditor.ask(self.store, self._bank, q, self)
        if saved is not None:
            self.reload(select_key=saved.key)

    def _on_import(self) -> None:
        from ui.workspace.bank_import import BankImportDialog

        def done(summary):
            self.reload(select=summary.bank_id if summary else None)

        self.import_task = BankImportDialog.ask(self, self.store, on_done=done)

    def _on_export(self) -> None:
        from ui.workspace.bank_import import export_bank_dialog

        if self._bank is not None:
            export_bank_dialog(self, self.store, self._bank.id)

    def _on_template(self) -> None:
        from ui.workspace.bank_import import save_template_dialog

        save_template_dialog(self)

    def _on_bank_changed(self, _index: int, select_key: str | None = None) -> None:
        bank_id = self.bank_combo.currentData()
        if bank_id is None:
            self._bank = None
            self.model.set_questions([])
        else:
            self._bank = self.store.banks.get(bank_id)
            lang = self._lang()
            bank = self._bank
            self.model.set_questions(list(bank.questions), lambda t: bank.topic_label(t, lang))
            for col in (QuestionTableModel.COL_KEY, QuestionTableModel.COL_VERSION, QuestionTableModel.COL_TYPE):
                self.table.resizeColumnToContents(col)
            self.table.resizeColumnToContents(QuestionTableModel.COL_TOPIC)
            self.table.setColumnWidth(QuestionTableModel.COL_TOPIC,
                                      min(self.table.columnWidth(QuestionTableModel.COL_TOPIC), 190))
        self._show_notice()
        self._fill_topics()
        for button in (self.duplicate_button, self.delete_button, self.new_question_button, self.edit_button,
                       self.export_button):
            button.setEnabled(self._bank is not None)
        row = 0
        if select_key:
            for r in range(self.proxy.rowCount()):
                if self.proxy.index(r, 0).data(Qt.UserRole) == select_key:
                    row = r
        if self.proxy.rowCount():
            self.table.selectRow(row)

    def _show_notice(self) -> None:
        text = localized(self._bank.notice, self._lang()) if self._bank else ""
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def _on_row(self, current, _previous) -> None:
        if self._bank is None or current is None or not current.isValid():
            self.detail.clear()
            return
        q = self.model.question(self.proxy.mapToSource(current).row())
        add_images(self.detail, q, stored_image(self.store))
        self.detail.setHtml(question_html(q, self._bank.languages))
