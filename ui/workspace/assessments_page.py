"""The Assessments section: build a test form from banks, by hand or N per topic at random.

A form used in a session is locked; saving it then makes a copy. The blueprint
(questions per topic and type) is shown as the form is built.
"""

from __future__ import annotations

import random
import textwrap
from dataclasses import replace
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, Qt, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QDoubleSpinBox, QFormLayout, QGroupBox,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit, QListWidget, QListWidgetItem,
                               QMessageBox, QPushButton, QSpinBox, QSplitter, QTableView, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from assessor.delivery.assessments import Assessment
from assessor.errors import AssessorError
from assessor.delivery.forms import blueprint, draw_per_topic, draw_record
from assessor.banks.questions import QUESTION_TYPES, localized

from ui.workspace.banks_page import QuestionFilter, QuestionTableModel, type_name
from ui.models import RowTableModel
from ui.widgets import Page
from ui.errors import user_message


class AssessmentRow(NamedTuple):
    name: str
    questions: int
    pass_mark: float
    locked: bool
    assessment: Assessment


class AssessmentTableModel(RowTableModel):
    """The saved forms: name, number of questions, pass mark, locked."""

    CONTEXT = "AssessmentTableModel"
    HEADERS = (QT_TRANSLATE_NOOP("AssessmentTableModel", "Name"),
               QT_TRANSLATE_NOOP("AssessmentTableModel", "Questions"),
               QT_TRANSLATE_NOOP("AssessmentTableModel", "Pass mark"),
               QT_TRANSLATE_NOOP("AssessmentTableModel", "Locked"))

    def set_assessments(self, forms) -> None:
        self.set_rows(AssessmentRow(a.name, len(a.question_ids), a.pass_mark, a.locked, a) for a in forms)

    def assessment(self, row: int) -> Assessment:
        return self.item(row)

    def display(self, r, col):
        if col == 2:
            return f"{r.pass_mark:g}%"
        if col == 3:
            return QCoreApplication.translate("AssessmentTableModel", "Yes") if r.locked else ""
        return r[col]


class AssessmentsPage(Page):
    reload_on_show = True

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.current: Assessment | None = None
        self._draw: dict = {}
        self._items: list = []  # Question objects of the form, in order
        self._banks = []

        # saved forms
        self.forms_model = AssessmentTableModel(self)
        self.forms = QTableView()
        self.forms.setModel(self.forms_model)
        self.forms.setSelectionBehavior(QTableView.SelectRows)
        self.forms.setSelectionMode(QTableView.SingleSelection)
        self.forms.verticalHeader().hide()
        self.forms.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.forms.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        # Names often differ only at the end ("… pre-test", "… post-test"): cut in the middle, the
        # whole name in the tooltip.
        self.forms.setWordWrap(False)
        self.forms.setTextElideMode(Qt.ElideMiddle)
        self.forms.setMinimumWidth(240)  # the splitter opens it wider; 240 keeps the page within 1280 px
        self.forms.selectionModel().currentRowChanged.connect(self._on_form_selected)
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self._on_new)
        self.archive_button = QPushButton()
        self.archive_button.clicked.connect(self._on_archive)

        # settings
        self.name = QLineEdit()
        self.time_limit = QSpinBox()
        self.time_limit.setRange(0, 600)
        self.pass_mark = QDoubleSpinBox()
        self.pass_mark.setRange(0, 100)
        self.pass_mark.setDecimals(0)
        self.pass_mark.setSuffix(" %")
        self.shuffle_questions = QCheckBox()
        self.shuffle_options = QCheckBox()
        self.show_score = QCheckBox()
        self.confidence = QCheckBox()
        self.evaluation = QCheckBox()  # a course evaluation: unscored items, no score, no pass mark
        self.anonymous = QCheckBox()
        self.evaluation.toggled.connect(self._on_kind_changed)
        # What these two mean, on a line under each: a checkbox with it all would be wider than the column.
        self.evaluation_hint, self.anonymous_hint = QLabel(), QLabel()
        for hint in (self.evaluation_hint, self.anonymous_hint):
            hint.setIndent(24)
            hint.setStyleSheet("color:#555")
        self.locked_note = QLabel()
        self.locked_note.setWordWrap(True)
        self.locked_note.setStyleSheet("background:#fff4ce; padding:4px")

        # sources
        self.bank_list = QListWidget()
        self.bank_list.setMaximumHeight(70)
        self.bank_list.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.bank_list.setTextElideMode(Qt.ElideRight)
        self.bank_list.itemChanged.connect(self._on_banks_changed)
        self.available_model = QuestionTableModel(self)
        self.available_proxy = QuestionFilter(self)
        self.available_proxy.setSourceModel(self.available_model)
        self.available = QTableView()
        self.available.setModel(self.available_proxy)
        # Bank order until a header is clicked (a third click goes back to it); questions are added in the order shown.
        self.available.horizontalHeader().setSortIndicatorClearable(True)
        self.available.horizontalHeader().setSortIndicator(-1, Qt.AscendingOrder)
        self.available.setSortingEnabled(True)
        self.available.setSelectionBehavior(QTableView.SelectRows)
        self.available.verticalHeader().hide()
        self.available.doubleClicked.connect(self._on_add)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.available_proxy.set_text)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self._on_add)
        self.per_topic = QSpinBox()
        self.per_topic.setRange(1, 100)
        self.per_topic.setValue(5)
        self.draw_button = QPushButton()
        self.draw_button.clicked.connect(self._on_draw)

        # the form's items
        self.items_model = QuestionTableModel(self)
        self.items = QTableView()
        self.items.setModel(self.items_model)
        self.items.setSelectionBehavior(QTableView.SelectRows)
        self.items.setSelectionMode(QTableView.SingleSelection)
        self.up_button, self.down_button, self.remove_button = QPushButton(), QPushButton(), QPushButton()
        self.up_button.clicked.connect(lambda: self._on_move(-1))
        self.down_button.clicked.connect(lambda: self._on_move(1))
        self.remove_button.clicked.connect(self._on_remove)
        self.blueprint = QTableWidget()
        self.blueprint.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.blueprint.setMaximumHeight(170)
        # Topic names can be long: cut them (the full name is in the tooltip) so the counts stay visible.
        self.blueprint.verticalHeader().setMaximumWidth(170)
        self.blueprint.verticalHeader().setTextElideMode(Qt.ElideRight)
        self.summary = QLabel()
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self._on_save)

        # layout: saved forms and their settings | questions from banks | the form's questions.
        # The bank table gets the widest column: that is where the facilitator reads and picks.
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        self.forms_label = QLabel()
        lv.addWidget(self.forms_label)
        lv.addWidget(self.forms, 1)
        lb = QHBoxLayout()
        lb.addWidget(self.new_button)
        lb.addWidget(self.archive_button)
        lv.addLayout(lb)

        self.settings_box = QGroupBox()
        form = QFormLayout(self.settings_box)
        form.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.name_label, self.time_label, self.pass_label = QLabel(), QLabel(), QLabel()
        form.addRow(self.name_label, self.name)
        form.addRow(self.time_label, self.time_limit)
        form.addRow(self.pass_label, self.pass_mark)
        for box in (self.shuffle_questions, self.shuffle_options, self.show_score, self.confidence,
                    self.evaluation, self.evaluation_hint, self.anonymous, self.anonymous_hint):
            form.addRow(box)
        lv.addWidget(self.settings_box)

        self.source_box = QGroupBox()
        sv = QVBoxLayout(self.source_box)
        sv.addWidget(self.bank_list)
        srow = QHBoxLayout()
        self.search_label = QLabel()
        srow.addWidget(self.search_label)
        srow.addWidget(self.search, 1)
        sv.addLayout(srow)
        sv.addWidget(self.available, 1)
        arow = QHBoxLayout()
        arow.addWidget(self.add_button)
        arow.addStretch(1)
        sv.addLayout(arow)
        arow = QHBoxLayout()  # drawing on a row of its own: the column stays narrow enough in both languages
        arow.addStretch(1)
        self.per_topic_label = QLabel()
        arow.addWidget(self.per_topic_label)
        arow.addWidget(self.per_topic)
        arow.addWidget(self.draw_button)
        sv.addLayout(arow)

        self.items_box = QGroupBox()
        iv = QVBoxLayout(self.items_box)
        iv.addWidget(self.items, 1)
        irow = QHBoxLayout()
        irow.addWidget(self.up_button)
        irow.addWidget(self.down_button)
        irow.addWidget(self.remove_button)
        irow.addStretch(1)
        irow.addWidget(self.summary)
        iv.addLayout(irow)
        self.blueprint_label = QLabel()
        self.blueprint_label.setWordWrap(True)
        iv.addWidget(self.blueprint_label)
        iv.addWidget(self.blueprint)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(self.items_box, 1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.save_button)
        rv.addLayout(bottom)

        split = QSplitter(Qt.Horizontal)
        split.addWidget(left)
        split.addWidget(self.source_box)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setSizes([390, 330, 360])  # the forms list wide enough to tell similar names apart
        layout = QVBoxLayout(self)
        layout.addWidget(self.locked_note)
        layout.addWidget(split, 1)
        self.retranslate()
        self.reload()

    def title(self) -> str:
        return self.tr("Assessments")

    def _lang(self) -> str:
        from ui.i18n import current_language

        return current_language()

    def _fit_questions(self, view: QTableView, hide_type: bool = False) -> None:
        """Key, type, topic and the question in the current language; the text takes what is left."""
        shown = QuestionTableModel.COL_ID if self._lang() == "id" else QuestionTableModel.COL_EN
        hidden = {QuestionTableModel.COL_VERSION, QuestionTableModel.COL_EN, QuestionTableModel.COL_ID} - {shown}
        if hide_type:
            hidden.add(QuestionTableModel.COL_TYPE)
        header = view.horizontalHeader()
        for col in range(QuestionTableModel(self).columnCount()):
            view.setColumnHidden(col, col in hidden)
            header.setSectionResizeMode(col, QHeaderView.Stretch if col == shown else QHeaderView.Interactive)
        for col in (QuestionTableModel.COL_KEY, QuestionTableModel.COL_TYPE, QuestionTableModel.COL_TOPIC):
            view.resizeColumnToContents(col)
        view.setColumnWidth(QuestionTableModel.COL_TOPIC, min(view.columnWidth(QuestionTableModel.COL_TOPIC), 150))
        view.setWordWrap(True)

    def retranslate(self) -> None:
        self.forms_label.setText(self.tr("Saved assessments"))
        self.new_button.setText(self.tr("New"))
        self.archive_button.setText(self.tr("Archive…"))
        self.settings_box.setTitle(self.tr("Settings"))
        self.name_label.setText(self.tr("Name:"))
        self.time_label.setText(self.tr("Time limit:"))
        self.time_limit.setSuffix(self.tr(" min"))
        self.time_limit.setSpecialValueText(self.tr("No limit"))
        self.pass_label.setText(self.tr("Pass mark:"))
        self.shuffle_questions.setText(self.tr("Shuffle question order"))
        self.shuffle_options.setText(self.tr("Shuffle answer options"))
        self.show_score.setText(self.tr("Show participants their score"))
        self.confidence.setText(self.tr("Ask for a confidence rating"))
        self.evaluation.setText(self.tr("Course evaluation"))
        self.evaluation_hint.setText(self.tr("Ratings and comments; nothing is scored."))
        self.anonymous.setText(self.tr("Anonymous"))
        self.anonymous_hint.setText(self.tr("Answers are not linked to participants."))
        self.evaluation.setAccessibleDescription(self.evaluation_hint.text())
        self.anonymous.setAccessibleDescription(self.anonymous_hint.text())
        self.source_box.setTitle(self.tr("Questions from banks"))
        self.search_label.setText(self.tr("Search:"))
        self.add_button.setText(self.tr("Add selected →"))
        self.per_topic_label.setText(self.tr("Per topic:"))
        self.draw_button.setText(self.tr("Draw at random"))
        self.items_box.setTitle(self.tr("Questions in this assessment"))
        self.up_button.setText(self.tr("Up"))
        self.down_button.setText(self.tr("Down"))
        self.remove_button.setText(self.tr("Remove"))
        self.blueprint_label.setText(self.tr("Blueprint: questions per topic and type"))
        self.save_button.setText(self.tr("Save assessment"))
        self.locked_note.setText(self.tr("This assessment has been used in a session and is locked. "
                                         "Saving your changes makes a copy."))
        # Bank names and topics are stored in several languages: show the current one.
        by_id = {bank.id: bank for bank in self._banks}
        self.bank_list.blockSignals(True)
        for i in range(self.bank_list.count()):
            item = self.bank_list.item(i)
            if item.data(Qt.UserRole) in by_id:
                item.setText(localized(by_id[item.data(Qt.UserRole)].name, self._lang()))
                item.setToolTip(item.text())
        self.bank_list.blockSignals(False)
        if self._banks:
            self._on_banks_changed()
        self._show_items()

    # -- loading ----------------------------------------------------------------
    def reload(self, select: str | None = None) -> None:
        current = select or (self.current.id if self.current else None)
        self.forms_model.set_assessments(self.store.assessments.list())
        self._banks = self.store.banks.list()
        self.bank_list.blockSignals(True)
        checked = {self.bank_list.item(i).data(Qt.UserRole) for i in range(self.bank_list.count())
                   if self.bank_list.item(i).checkState() == Qt.Checked}
        self.bank_list.clear()
        for bank in self._banks:
            item = QListWidgetItem(localized(bank.name, self._lang()), self.bank_list)
            item.setToolTip(item.text())
            item.setData(Qt.UserRole, bank.id)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Checked if (bank.id in checked or not checked) else Qt.Unchecked)
        self.bank_list.blockSignals(False)
        self._on_banks_changed()
        for r in range(self.forms_model.rowCount()):
            if self.forms_model.assessment(r).id == current:
                self.forms.selectRow(r)
                return
        self._load(None)

    def _topic_label(self, topic: str) -> str:
        for bank in self._banks:
            if topic in bank.topics:
                return bank.topic_label(topic, self._lang())
        return topic

    def _pool(self):
        ids = [self.bank_list.item(i).data(Qt.UserRole) for i in range(self.bank_list.count())
               if self.bank_list.item(i).checkState() == Qt.Checked]
        return [q for bank_id in ids for q in self.store.banks.questions(bank_id)]

    def _on_banks_changed(self, *_):
        self.available_model.set_questions(self._pool(), self._topic_label)
        self._fit_questions(self.available)

    def _on_form_selected(self, current, _previous=None):
        if current.isValid():
            self._load(self.forms_model.assessment(current.row()))

    def _load(self, form: Assessment | None) -> None:
        self.current = form
        a = form or Assessment(name="")
        self.name.setText(a.name)
        self.name.setCursorPosition(0)
        self.time_limit.setValue(a.time_limit_min or 0)
        self.pass_mark.setValue(a.pass_mark)
        self.shuffle_questions.setChecked(a.shuffle_questions)
        self.shuffle_options.setChecked(a.shuffle_options)
        self.show_score.setChecked(a.show_score)
        self.confidence.setChecked(a.confidence)
        self.evaluation.setChecked(a.evaluation)
        self.anonymous.setChecked(a.anonymous)
        self._on_kind_changed(a.evaluation)
        self._draw = dict(a.draw)
        self._items = self.store.assessments.questions(a) if form else []
        self.locked_note.setVisible(bool(form and form.locked))
        self.archive_button.setEnabled(form is not None)
        self._show_items()

    def _show_items(self) -> None:
        self.items_model.set_questions(self._items, self._topic_label)
        self._fit_questions(self.items, hide_type=True)
        self.summary.setText(self.tr("%n question(s)", "", len(self._items)))
        bp = blueprint(self._items)
        kinds = [k for k in QUESTION_TYPES if any(k in per for per in bp.values())]
        topics = sorted(bp, key=self._topic_label)
        self.blueprint.clear()
        self.blueprint.setRowCount(len(topics) + (1 if topics else 0))
        self.blueprint.setColumnCount(len(kinds) + 1)
        # Type names go on two lines so four types fit next to the topics.
        self.blueprint.setHorizontalHeaderLabels([textwrap.fill(type_name(k), 10) for k in kinds] + [self.tr("Total")])
        for r, label in enumerate([self._topic_label(t) for t in topics] + [self.tr("Total")]):
            header = QTableWidgetItem(label)
            header.setToolTip(label)
            self.blueprint.setVerticalHeaderItem(r, header)
        for r, topic in enumerate(topics):
            for c, kind in enumerate(kinds):
                self.blueprint.setItem(r, c, QTableWidgetItem(str(bp[topic].get(kind, 0))))
            self.blueprint.setItem(r, len(kinds), QTableWidgetItem(str(sum(bp[topic].values()))))
        if topics:
            for c, kind in enumerate(kinds):
                self.blueprint.setItem(len(topics), c, QTableWidgetItem(str(sum(bp[t].get(kind, 0) for t in topics))))
            self.blueprint.setItem(len(topics), len(kinds), QTableWidgetItem(str(len(self._items))))
        self.blueprint.resizeColumnsToContents()

    # -- building -------------------------------------------------------------------
    def _on_new(self):
        self.forms.clearSelection()
        self._load(None)
        self.name.setFocus()

    def _on_add(self, *_):
        have = {q.id for q in self._items}
        rows = sorted({i.row() for i in self.available.selectionModel().selectedRows()})
        for r in rows:
            q = self.available_model.question(self.available_proxy.mapToSource(self.available_proxy.index(r, 0)).row())
            if q.id not in have:
                self._items.append(q)
                have.add(q.id)
        if rows:
            self._draw = {**self._draw, "method": "by_hand"} if self._draw else {"method": "by_hand"}
        self._show_items()

    def _on_draw(self):
        pool = self._pool()
        if self._items and QMessageBox.question(
                self, self.tr("Replace questions"),
                self.tr("Drawing replaces the {0} questions now in the assessment. Continue?").format(len(self._items)),
                QMessageBox.Yes | QMessageBox.Cancel, QMessageBox.Cancel) != QMessageBox.Yes:
            return
        self.draw(self.per_topic.value(), random.SystemRandom().randrange(1, 2**31), pool)

    def draw(self, n: int, seed: int, pool=None) -> bool:
        """Fill the form with ``n`` questions per topic drawn with ``seed``; the draw is recorded."""
        pool = self._pool() if pool is None else pool
        try:
            ids = draw_per_topic(pool, n, seed)
        except AssessorError as exc:
            QMessageBox.warning(self, self.tr("Cannot draw"), self.tr(
                "The topic \"{0}\" has only {1} questions.").format(
                self._topic_label(exc.params.get("topic", "")), exc.params.get("available", 0)))
            return False
        by_id = {q.id: q for q in pool}
        self._items = [by_id[i] for i in ids]
        self._draw = draw_record(n, seed, {q.bank_id for q in pool})
        self._show_items()
        return True

    def _selected_item(self) -> int:
        index = self.items.currentIndex()
        return index.row() if index.isValid() else -1

    def _on_move(self, step: int):
        r = self._selected_item()
        if r < 0 or not 0 <= r + step < len(self._items):
            return
        self._items[r], self._items[r + step] = self._items[r + step], self._items[r]
        self._show_items()
        self.items.selectRow(r + step)

    def _on_remove(self):
        r = self._selected_item()
        if r >= 0:
            del self._items[r]
            self._show_items()

    def _on_archive(self):
        if self.current is None:
            return
        if QMessageBox.question(self, self.tr("Archive assessment"), self.tr(
                "Archive \"{0}\"? It is hidden from this list; its sessions and results are kept.").format(
                self.current.name), QMessageBox.Yes | QMessageBox.Cancel, QMessageBox.Cancel) != QMessageBox.Yes:
            return
        self.store.assessments.archive(self.current.id)
        self.current = None
        self.reload()

    def build(self) -> Assessment:
        base = self.current or Assessment(name="")
        return replace(base, name=self.name.text().strip(), question_ids=tuple(q.id for q in self._items),
                       time_limit_min=self.time_limit.value() or None, pass_mark=self.pass_mark.value(),
                       shuffle_questions=self.shuffle_questions.isChecked(),
                       shuffle_options=self.shuffle_options.isChecked(),
                       show_score=self.show_score.isChecked() and not self.evaluation.isChecked(),
                       confidence=self.confidence.isChecked() and not self.evaluation.isChecked(),
                       evaluation=self.evaluation.isChecked(),
                       anonymous=self.anonymous.isChecked() and self.evaluation.isChecked(), draw=self._draw)

    def _on_kind_changed(self, evaluation: bool) -> None:
        """A course evaluation has no score, pass mark or confidence rating; only it may be anonymous."""
        for widget in (self.pass_mark, self.show_score, self.confidence):
            widget.setEnabled(not evaluation)
        self.anonymous.setEnabled(evaluation)
        self.anonymous_hint.setEnabled(evaluation)
        if not evaluation:
            self.anonymous.setChecked(False)

    def _on_save(self):
        self.save()

    def save(self) -> Assessment | None:
        """Store the form being built (a copy when the form is locked); returns it, or None."""
        form = self.build()
        if not form.name:
            QMessageBox.warning(self, self.tr("Not saved"), self.tr("The assessment needs a name."))
            return None
        if not form.question_ids:
            QMessageBox.warning(self, self.tr("Not saved"), self.tr("The assessment has no questions."))
            return None
        try:
            if form.locked:
                name = form.name if form.name != self.current.name else self.tr("{0} (copy)").format(form.name)
                saved = self.store.assessments.save(replace(form, id="", created_at="", locked=False, name=name))
                QMessageBox.information(self, self.tr("Saved as a copy"), self.tr(
                    "The original is locked, so your changes were saved as \"{0}\".").format(saved.name))
            else:
                saved = self.store.assessments.save(form)
        except AssessorError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), user_message(exc))
            return None
        self.current = saved
        self.reload(select=saved.id)
        return saved
