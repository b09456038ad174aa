"""The facilitator marks essays: read each submitted answer beside the question and its guide, give a mark.

One entry point, :func:`mark_essays`. Every mark goes through the core
(:func:`assessor.delivery.grading.grade_essay`: an event in the attempt's log, audit-logged,
the attempt's score made again); the dialog only shows and asks.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
                               QMessageBox, QPlainTextEdit, QPushButton, QSpinBox, QSplitter, QTextBrowser, QVBoxLayout, QWidget)

from assessor.banks.questions import localized
from assessor.delivery.grading import essay_answers, grade_essay
from assessor.errors import AssessorError

from ui.errors import user_message


class EssayDialog(QDialog):
    """The session's essay answers on the left (pending first), the chosen one and its mark on the right."""

    def __init__(self, parent, store, session_id: str, lang: str = "en"):
        super().__init__(parent)
        self.store, self.session_id, self.lang = store, session_id, lang
        self.resize(1000, 620)
        self.answers = []
        self.list = QListWidget()
        self.list.currentRowChanged.connect(self._on_row)
        self.question = QTextBrowser()
        self.answer = QPlainTextEdit()
        self.answer.setReadOnly(True)
        self.mark_label = QLabel()
        self.mark = QSpinBox()
        self.mark.setRange(0, 100)
        self.mark.setSuffix(" %")
        self.save_button, self.clear_button = QPushButton(), QPushButton()
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self._on_save)
        self.clear_button.clicked.connect(self._on_clear)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Close)
        self.buttons.rejected.connect(self.reject)

        right = QWidget()
        rv = QVBoxLayout(right)
        rv.addWidget(self.question, 2)
        rv.addWidget(self.answer, 3)
        row = QHBoxLayout()
        row.addWidget(self.mark_label)
        row.addWidget(self.mark)
        row.addWidget(self.save_button)
        row.addWidget(self.clear_button)
        row.addStretch(1)
        rv.addLayout(row)
        rv.addWidget(self.status)
        split = QSplitter(Qt.Horizontal)
        split.addWidget(self.list)
        split.addWidget(right)
        split.setSizes([320, 680])
        box = QVBoxLayout(self)
        box.addWidget(split, 1)
        box.addWidget(self.buttons)
        self.retranslate()
        self._load()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Mark essays"))
        self.mark_label.setText(self.tr("Mark:"))
        self.mark.setAccessibleName(self.tr("Mark, in % of the question's maximum"))
        self.save_button.setText(self.tr("Save mark"))
        self.clear_button.setText(self.tr("Take mark back"))
        self.answer.setAccessibleName(self.tr("The participant's answer"))

    def _load(self, keep: tuple | None = None) -> None:
        self.answers = sorted(essay_answers(self.store, self.session_id), key=lambda e: not e.pending)
        self.list.blockSignals(True)
        self.list.clear()
        for e in self.answers:
            mark = self.tr("pending") if e.pending else f"{e.mark * 100:g} %"
            item = QListWidgetItem(f"{e.participant_code} · {e.question_key} · {mark}")
            self.list.addItem(item)
        self.list.blockSignals(False)
        pending = sum(e.pending for e in self.answers)
        self.status.setText(self.tr("No essay answers in this session yet.") if not self.answers else
                            self.tr("%n answer(s) still to be marked; until then a test's score leaves them out "
                                    "and is shown as provisional.", "", pending) if pending else
                            self.tr("Every essay answer is marked."))
        row = next((i for i, e in enumerate(self.answers) if keep and (e.attempt_id, e.question_id) == keep), 0)
        if self.answers:
            self.list.setCurrentRow(row)
            self._on_row(row)
        for w in (self.mark, self.save_button, self.clear_button):
            w.setEnabled(bool(self.answers))

    def _on_row(self, row: int) -> None:
        if not 0 <= row < len(self.answers):
            return
        e = self.answers[row]
        parts = [f"<p><b>{html.escape(e.question_key)}</b> — {html.escape(e.participant_code)} "
                 f"{html.escape(e.participant_name)}</p>", f"<p>{html.escape(localized(e.question_text, self.lang))}</p>"]
        guide = localized(e.guide, self.lang)
        if guide:
            parts.append(f"<p><i>{html.escape(self.tr('Model answer / marking guide:'))}</i> {html.escape(guide)}</p>")
        self.question.setHtml("".join(parts))
        self.answer.setPlainText(e.answer)
        self.mark.setValue(0 if e.mark is None else round(e.mark * 100))
        self.clear_button.setEnabled(not e.pending)

    def _current(self):
        row = self.list.currentRow()
        return self.answers[row] if 0 <= row < len(self.answers) else None

    def _grade(self, mark) -> None:
        e = self._current()
        if e is None:
            return
        try:
            grade_essay(self.store, e.attempt_id, e.question_id, mark)
        except AssessorError as exc:
            QMessageBox.warning(self, self.windowTitle(), user_message(exc))
            return
        self._load(keep=(e.attempt_id, e.question_id))

    def _on_save(self) -> None:
        self._grade(self.mark.value() / 100)

    def _on_clear(self) -> None:
        self._grade(None)


def mark_essays(parent, store, session_id: str, lang: str = "en") -> None:
    """Open the essay marking dialog for one session (modal)."""
    EssayDialog(parent, store, session_id, lang).exec()


__all__ = ["EssayDialog", "mark_essays"]
