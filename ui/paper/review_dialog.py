"""The review of sheets read from paper: every uncertain mark's crop beside its choices; a person decides.

One entry point, :meth:`ReviewDialog.review`; nothing is written until the facilitator saves a
sheet, and then through :func:`assessor.paper.intake.import_sheet` (audit logged)."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QGridLayout, QHBoxLayout,
                               QLabel, QPlainTextEdit, QRadioButton, QScrollArea, QVBoxLayout, QWidget)

from assessor.paper import intake
from assessor.paper.evalform import NOW, RATING, THEN
from assessor.paper.layout import MARK, MULTIPLE, RIGHT, TRUEFALSE, WRONG

NO_ANSWER = object()


def crop_pixmap(crop: np.ndarray, zoom: float = 2.0) -> QPixmap:
    """A grey crop of the sheet as a pixmap, enlarged for the eye."""
    crop = np.ascontiguousarray(crop)
    h, w = crop.shape[:2]
    image = QImage(crop.data, w, h, crop.strides[0], QImage.Format_Grayscale8).copy()
    return QPixmap.fromImage(image).scaled(int(w * zoom), int(h * zoom), Qt.KeepAspectRatio, Qt.SmoothTransformation)


class ReviewDialog(QDialog):
    """Sheets that need a person: uncertain marks, or a walk-in code that names nobody."""

    def __init__(self, parent, store, sheets: list):
        super().__init__(parent)
        self.store = store
        self.sheets = [s for s in sheets if s.status == intake.NEEDS_REVIEW]
        self.index = 0
        self.saved = 0
        self._choices: dict[str, object] = {}
        self._comments: dict[str, QPlainTextEdit] = {}
        self.setWindowTitle(self.tr("Review scanned sheets"))
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.person = QComboBox()
        layout.addWidget(self.person)
        self.area = QScrollArea()
        self.area.setWidgetResizable(True)
        layout.addWidget(self.area, 1)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b91c1c")
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(self.tr("Save this sheet"), QDialogButtonBox.AcceptRole)
        self.skip_button = self.buttons.addButton(self.tr("Skip for now"), QDialogButtonBox.ActionRole)
        self.buttons.addButton(QDialogButtonBox.Close)
        self.save_button.clicked.connect(self._on_save)
        self.skip_button.clicked.connect(self._on_skip)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(760, 560)
        self._show()

    @classmethod
    def review(cls, parent, store, sheets) -> int:
        """Show the sheets that need review; returns how many were saved."""
        dialog = cls(parent, store, sheets)
        if not dialog.sheets:
            return 0
        dialog.exec()
        return dialog.saved

    # -- showing ---------------------------------------------------------------------
    def _labels(self, mark) -> list[tuple[object, str]]:
        if mark.kind == TRUEFALSE:
            return [(True, self.tr("True")), (False, self.tr("False"))]
        if mark.kind == MARK:
            return [(RIGHT, self.tr("Right")), (WRONG, self.tr("Wrong"))]
        if mark.kind in (RATING, THEN, NOW):  # the points of a scale, as numbered on the form
            return [(v, str(v)) for v in mark.values]
        letters = "ABCDEFGHIJ"
        return [(v, letters[i]) for i, v in enumerate(mark.values)]

    def _reason(self, mark) -> str:
        return {"double": self.tr("two marks where one is allowed"), "crossed": self.tr("a crossed-out mark"),
                "unclear": self.tr("a light or partly erased mark")}.get(mark.reason, mark.reason)

    def _title(self, sheet, mark) -> str:
        if not sheet.evaluation:
            return self.tr("Question %1: %2").replace("%1", str(mark.number)).replace("%2", self._reason(mark))
        part = {THEN: self.tr(" (before the training)"), NOW: self.tr(" (now)")}.get(mark.kind, "")
        return self.tr("Item %1%2: %3").replace("%1", str(mark.number)).replace("%2", part) \
            .replace("%3", self._reason(mark))

    def _show(self) -> None:
        self._choices = {}
        self._comments = {}
        if self.index >= len(self.sheets):
            self.heading.setText(self.tr("Every sheet has been reviewed."))
            self.area.setWidget(QWidget())
            self.person.hide()
            self.save_button.setEnabled(False)
            self.skip_button.setEnabled(False)
            return
        sheet = self.sheets[self.index]
        self.heading.setText(self.tr("Sheet %1 of %2: %3").replace("%1", str(self.index + 1))
                             .replace("%2", str(len(self.sheets))).replace("%3", ", ".join(sheet.sources)))
        self.problem.clear()
        session = self.store.sessions.get(sheet.session_id)
        people = [p for p in self.store.cohorts.participants(session.cohort_id) if not p.erased]
        self.person.clear()
        self.person.addItem(self.tr("Choose the participant of this sheet…"), None)
        for p in people:
            self.person.addItem(p.label, p.id)
        if sheet.participant_id:
            self.person.setCurrentIndex(self.person.findData(sheet.participant_id))
        # An evaluation form names its participant in its QR (linked) or no one (anonymous): nothing to choose.
        self.person.setVisible(not sheet.evaluation)
        body = QWidget()
        grid = QGridLayout(body)
        row = 0
        if sheet.participant_id is None and sheet.pages[0].measured.code_crop is not None:
            grid.addWidget(QLabel(self.tr("The code grid names nobody on the roster:")), row, 0)
            crop = QLabel()
            crop.setPixmap(crop_pixmap(sheet.pages[0].measured.code_crop, 1.2))
            grid.addWidget(crop, row, 1)
            row += 1
        if sheet.anonymous:
            note = QLabel(self.tr("An anonymous evaluation form: it is stored without any participant."))
            note.setWordWrap(True)
            grid.addWidget(note, row, 0, 1, 2)
            row += 1
        for mark in sheet.uncertain:
            crop = QLabel()
            if mark.crop is not None and mark.crop.size:
                # An evaluation row spans the page: shown at most 820 px wide, so the dialog needs no side scroll.
                zoom = min(1.2, 820 / max(1, mark.crop.shape[1])) if sheet.evaluation else 2.0
                crop.setPixmap(crop_pixmap(mark.crop, zoom))
            grid.addWidget(QLabel(self._title(sheet, mark)), row, 0, 1, 2)
            grid.addWidget(crop, row + 1, 0, 1, 2 if sheet.evaluation else 1)
            grid.addWidget(self._choice_widget(mark), row + (2 if sheet.evaluation else 1), 1 if not sheet.evaluation
                           else 0, 1, 2 if sheet.evaluation else 1)
            row += 3 if sheet.evaluation else 2
        for comment in (c for c in sheet.comments if c.written):
            label = QLabel(self.tr("Item %1: a written comment. A machine cannot read handwriting: type it here, "
                                   "or leave the field empty and keep the paper form.").replace("%1",
                                                                                                str(comment.number)))
            label.setWordWrap(True)
            grid.addWidget(label, row, 0, 1, 2)
            crop = QLabel()
            if comment.crop is not None and comment.crop.size:
                crop.setPixmap(crop_pixmap(comment.crop, min(0.75, 820 / max(1, comment.crop.shape[1]))))
            grid.addWidget(crop, row + 1, 0, 1, 2)
            edit = QPlainTextEdit()
            edit.setPlaceholderText(self.tr("What is written (optional)"))
            edit.setAccessibleName(self.tr("Comment of item %1").replace("%1", str(comment.number)))
            edit.setFixedHeight(64)
            grid.addWidget(edit, row + 2, 0, 1, 2)
            self._comments[comment.question_id] = edit
            row += 3
        grid.setRowStretch(row, 1)
        self.area.setWidget(body)
        self.save_button.setEnabled(True)
        self.skip_button.setEnabled(True)

    def _choice_widget(self, mark) -> QWidget:
        box = QWidget()
        line = QHBoxLayout(box)
        line.setContentsMargins(0, 0, 0, 0)
        if mark.kind == MULTIPLE:
            checks = []
            for value, label in self._labels(mark):
                check = QCheckBox(label)
                check.setProperty("value", value)
                line.addWidget(check)
                checks.append(check)
            self._choices[mark.question_id] = checks
        else:
            group = QButtonGroup(box)
            for value, label in self._labels(mark) + [(NO_ANSWER, self.tr("No answer"))]:
                radio = QRadioButton(label)
                radio.setProperty("value", value if value is not NO_ANSWER else "__none__")
                group.addButton(radio)
                line.addWidget(radio)
            self._choices[mark.question_id] = group
        line.addStretch(1)
        return box

    def decisions(self) -> dict | None:
        """The facilitator's decision per uncertain question, or None while one is missing."""
        out = {}
        for qid, widget in self._choices.items():
            if isinstance(widget, list):
                picked = [c.property("value") for c in widget if c.isChecked()]
                out[qid] = sorted(picked) or None
            else:
                button = widget.checkedButton()
                if button is None:
                    return None
                value = button.property("value")
                out[qid] = None if value == "__none__" else value
        return out

    # -- slots -----------------------------------------------------------------------------
    def _on_save(self) -> None:
        decisions = self.decisions()
        if decisions is None:
            self.problem.setText(self.tr("Decide every mark first (choose 'No answer' when none counts)."))
            return
        sheet = self.sheets[self.index]
        person = sheet.participant_id if sheet.evaluation else self.person.currentData()
        if person is None and not sheet.anonymous:
            self.problem.setText(self.tr("Choose the participant of this sheet first."))
            return
        comments = {qid: edit.toPlainText() for qid, edit in self._comments.items()}
        intake.import_sheet(self.store, sheet, decisions, participant_id=person, comments=comments)
        if sheet.status in (intake.IMPORTED, intake.UNCHANGED):
            self.saved += 1
            self.index += 1
            self._show()
        else:
            self.problem.setText(sheet.message)

    def _on_skip(self) -> None:
        self.index += 1
        self._show()
