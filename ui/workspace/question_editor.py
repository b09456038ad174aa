"""Editing one question with English and Bahasa Indonesia side by side, its preview and history.

``QuestionEditor.ask(store, bank, question)`` returns the stored version (or None when
cancelled). Saving a version that has been answered makes a new version; the dialog
says so before and after. ``BankDialog.ask`` asks for a new bank's name.
"""

from __future__ import annotations

import html
import re
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QGridLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QMessageBox, QPlainTextEdit, QPushButton, QScrollArea, QSplitter,
                               QTableWidget, QTableWidgetItem, QTabWidget, QTextBrowser, QVBoxLayout, QWidget)

from assessor.errors import AssessorError
from assessor.banks.blankedit import blank_entries, build_blanks, remove_blank
from assessor.banks.cloze import gapped_text
from assessor.banks.questions import (INFO_TYPES, QUESTION_TYPES, SCALE_POINTS, UNSCORED_TYPES, Bank, Option, Question,
                                      check_question, default_scale, localized)

from ui.workspace.banks_page import add_images, image_tag, question_html, type_name
from ui.workspace.cloze_blanks import BlanksEditor
from ui import i18n
from ui.errors import user_message

LANG_NAMES = {"en": "English", "id": "Bahasa Indonesia"}
EDITABLE_OPTIONS = ("single", "multiple", "short", "choice")
SCALED = ("rating", "retro")


def problem_text(p) -> str:
    """A translated sentence for a core :class:`~assessor.banks.questions.Problem`."""
    # pyside6-lupdate files these module-level tr() calls under the empty context: look them up there.
    tr = lambda s: QCoreApplication.translate("", s)  # noqa: E731
    fields = {"text": tr("question text"), "rationale": tr("rationale"), "objective": tr("learning objective"),
              "options": tr("options"), "answer": tr("answer"), "key": tr("key"), "scale": tr("scale"),
              "blanks": tr("blanks")}
    blank = re.fullmatch(r"blanks\[(\d+)\](?:\.answers\[(\d+)\])?", p.field)
    if blank:
        field = (tr("Blank {0}, answer {1}").format(*blank.groups()) if blank.group(2)
                 else tr("Blank {0}").format(blank.group(1)))
    else:
        field = fields.get(p.field, p.field.replace("options[", tr("option") + " ").replace(
            "scale[", tr("scale point") + " ").rstrip("]"))
    lang = p.lang.upper()
    messages = {
        "missing_translation": tr("Missing translation ({lang}): {field}"),
        "missing_option_text": tr("{field} has no text in {lang}"),
        "no_correct": tr("No correct answer is marked"),
        "several_correct": tr("A single-choice question needs exactly one correct option"),
        "all_correct": tr("A multiple-response question needs at least one wrong option"),
        "too_few_options": tr("At least two options are needed"),
        "too_few_pairs": tr("At least two pairs are needed"),
        "missing_key": tr("The question needs a key"),
        "missing_text": tr("The question has no text"),
        "bad_scale": tr("A scale has 4, 5, 7 or 10 points"),
        "missing_scale_label": tr("{field} has no label in {lang}"),
        "unexpected_correct": tr("A survey choice has no correct option"),
        "missing_topic": tr("Choose the topic this self-assessment is about (its change is reported per topic)"),
        "no_blanks": tr("A cloze question needs at least one blank: click Add blank"),
        "blank_markers": tr("The text in {lang} must mark every blank exactly once: {{#1}}, {{#2}}, …"),
        "bad_blank": tr("A blank has an unknown kind or display"),
        "bad_weight": tr("A blank's weight must be 0 or more, and not every weight 0"),
        "bad_weight_number": tr("{field}: the weight is not a number"),
        "bad_credit": tr("{field}: the credit is not a number from -100 to 100"),
        "bad_number": tr("{field}: the value and the tolerance must be numbers, the tolerance 0 or more "
                         "(* for any other number)"),
        "missing_answer_text": tr("{field} has no text in {lang}") if lang else tr("{field} has no text"),
    }
    message = messages.get(p.code, p.code).format(lang=lang, field=field)
    if blank and "{field}" not in messages.get(p.code, "{field}"):
        # A check of the whole question, here about one blank: say which.
        message = tr("{field}: {message}").format(field=field, message=message[:1].lower() + message[1:])
    return message


def participant_html(q: Question, lang: str) -> str:
    """The question as a participant sees it: large text, lettered options, no answer shown.

    Images are :func:`~ui.workspace.banks_page.image_tag`: the view registers their bytes (``add_images``).
    """
    # pyside6-lupdate files these module-level tr() calls under the empty context: look them up there.
    tr = lambda s: QCoreApplication.translate("", s)  # noqa: E731
    parts = [f"<p style='font-size:18pt'>{html.escape(localized(q.text, lang))}</p>", image_tag(q, lang, 180)]
    if q.type in ("single", "multiple"):
        hint = tr("Choose one answer.") if q.type == "single" else tr("Choose all answers that apply.")
        parts.append(f"<p style='font-size:13pt'><i>{html.escape(hint)}</i></p>")
        mark = "○" if q.type == "single" else "☐"
        for key, o in zip(q.option_keys, q.options):
            parts.append(f"<p style='font-size:16pt'>{mark} {key}. {html.escape(localized(o.text, lang))}</p>")
            parts.append(image_tag(o, lang, 90))
    elif q.type == "truefalse":
        parts += [f"<p style='font-size:16pt'>○ {html.escape(tr('True'))}</p>",
                  f"<p style='font-size:16pt'>○ {html.escape(tr('False'))}</p>"]
    elif q.type in ("short", "numerical"):
        parts.append("<p style='font-size:16pt'>[ ______________ ]</p>")
    elif q.type == "matching":
        for pair in q.pairs:
            parts.append(f"<p style='font-size:16pt'>{html.escape(localized(pair.left, lang))} → [ ▾ ]</p>")
    elif q.type == "choice":
        for key, o in zip(q.option_keys, q.options):
            parts.append(f"<p style='font-size:16pt'>○ {key}. {html.escape(localized(o.text, lang))}</p>")
    elif q.type in SCALED:
        row = " ".join(f"[ {i} {html.escape(localized(label, lang))} ]" for i, label in enumerate(q.scale, start=1))
        then, now = tr("Before the training"), tr("Now")
        if q.type == "retro":
            parts.append(f"<p style='font-size:13pt'><i>{html.escape(then)}</i></p>")
        parts.append(f"<p style='font-size:14pt'>{row}</p>")
        if q.type == "retro":
            parts.append(f"<p style='font-size:13pt'><i>{html.escape(now)}</i></p><p style='font-size:14pt'>{row}</p>")
    elif q.type in ("comment", "essay"):
        parts.append("<p style='font-size:16pt'>[ ______________________________ ]</p>")
    elif q.type == "cloze":
        parts[0] = f"<p style='font-size:18pt'>{html.escape(gapped_text(localized(q.text, lang)))}</p>"
        for n, b in enumerate(q.blanks, start=1):
            field = (" / ".join(html.escape(localized(o.text, lang)) for o in b.options) if b.kind == "choice"
                     else "______________")
            parts.append(f"<p style='font-size:16pt'>[{n}] {field}</p>")
    return "".join(parts)


class QuestionEditor(QDialog):
    def __init__(self, store, bank: Bank, question: Question | None, parent=None):
        super().__init__(parent)
        self.store, self.bank, self.original = store, bank, question
        self.saved: Question | None = None
        self.langs = tuple(bank.languages) or ("en", "id")
        self.resize(1180, 720)
        self.answered = bool(question and question.id and store.banks.is_answered(question.id))
        self.image = question.image if question else ""  # SHA-256 of the stem's image, '' for none
        self._new_images: dict = {}  # chosen here, stored on save: SHA-256 -> StoredImage

        self.key = QLineEdit(question.key if question else "")
        self.key.setReadOnly(question is not None)
        self.type = QComboBox()
        for kind in QUESTION_TYPES:
            self.type.addItem(type_name(kind), kind)
        self.type.setCurrentIndex(max(0, self.type.findData(question.type if question else "single")))
        self.type.setEnabled(question is None)
        self.topic = QComboBox()
        self.topic.setEditable(True)
        for topic in bank.topics:
            self.topic.addItem(bank.topic_label(topic, self.langs[0]), topic)
        if question:
            i = self.topic.findData(question.topic)
            if i >= 0:
                self.topic.setCurrentIndex(i)
            else:
                self.topic.setEditText(question.topic)
        self.source = QLineEdit(question.source if question else "")
        self.truefalse = QComboBox()
        self.truefalse.addItem("", None)
        self.truefalse.addItem("", True)
        self.truefalse.addItem("", False)
        if question and question.type == "truefalse":
            self.truefalse.setCurrentIndex(self.truefalse.findData(question.answer))

        self.texts: dict[tuple[str, str], QPlainTextEdit] = {}
        grid = QGridLayout()
        self.lang_headers = []
        for c, lang in enumerate(self.langs, start=1):
            head = QLabel(f"<b>{LANG_NAMES.get(lang, lang)}</b>")
            self.lang_headers.append(head)
            grid.addWidget(head, 0, c)
        self.row_labels = {}
        for r, name in enumerate(("text", "objective", "rationale", "image_alt"), start=1):
            self.row_labels[name] = QLabel()
            grid.addWidget(self.row_labels[name], r, 0, Qt.AlignTop)
            value = getattr(question, name) if question else {}
            for c, lang in enumerate(self.langs, start=1):
                edit = QPlainTextEdit((value or {}).get(lang, ""))
                edit.setTabChangesFocus(True)
                edit.setFixedHeight(70 if name == "text" else 40 if name == "image_alt" else 54)
                edit.textChanged.connect(self._on_changed)
                self.texts[(name, lang)] = edit
                grid.addWidget(edit, r, c)

        self.options = QTableWidget(0, 2 + len(self.langs))  # correct, one text per language, image
        self.options.verticalHeader().setVisible(True)
        self.options.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeToContents)
        for c in range(1, 1 + len(self.langs)):
            self.options.horizontalHeader().setSectionResizeMode(c, QHeaderView.Stretch)
        self.options.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.options.itemChanged.connect(self._on_changed)
        self._fractions: list[float] = []
        self._option_images: list[tuple[str, dict]] = []  # per row: (SHA-256 or '', alt text)
        for o in (question.options if question else ()):
            self._add_option_row(o)
        if question is None:
            for _ in range(4):
                self._add_option_row(Option({}, 0.0))
        self.points = QComboBox()
        for n in SCALE_POINTS:
            self.points.addItem(str(n), n)
        self.scale = QTableWidget(0, len(self.langs))
        for c in range(len(self.langs)):
            self.scale.horizontalHeader().setSectionResizeMode(c, QHeaderView.Stretch)
        start_kind = question.type if question else "single"
        if question and question.type in SCALED and question.points in SCALE_POINTS:
            self._fill_scale(question.scale)
        else:
            self._fill_scale(default_scale(5, start_kind if start_kind in SCALED else "rating"))
        self.points.setCurrentIndex(self.points.findData(self.scale.rowCount()))
        self._scale_kind = start_kind if start_kind in SCALED else "rating"
        self.points.currentIndexChanged.connect(self._on_points)
        self.scale.itemChanged.connect(self._on_changed)
        self.add_option = QPushButton()
        self.add_option.clicked.connect(self._on_add_option)
        self.remove_option = QPushButton()
        self.remove_option.clicked.connect(self._on_remove_option)
        self.option_image = QPushButton()
        self.option_image.clicked.connect(self._on_option_image)
        self.remove_option_image = QPushButton()
        self.remove_option_image.clicked.connect(self._on_remove_option_image)
        self.option_alt_label = QLabel()
        self.option_alt: dict[str, QLineEdit] = {}
        option_alt_row = QHBoxLayout()
        option_alt_row.addWidget(self.option_alt_label)
        for lang in self.langs:
            edit = QLineEdit()
            edit.textEdited.connect(self._on_option_alt)
            self.option_alt[lang] = edit
            option_alt_row.addWidget(edit, 1)
        self.options.currentCellChanged.connect(self._show_option_alt)
        written = tuple(lang for lang in self.langs if question and question.text.get(lang))
        self.blanks = BlanksEditor(self.langs, blank_entries(question.blanks, self.langs, written)
                                   if question and question.type == "cloze" else [])
        self.blanks.changed.connect(self._on_changed)
        self.blanks.added.connect(self._on_blank_added)
        self.blanks.removed.connect(self._on_blank_removed)
        self._blank_problems: list = []
        self.image_info = QLabel()
        self.choose_image = QPushButton()
        self.choose_image.clicked.connect(self._on_choose_image)
        self.remove_image = QPushButton()
        self.remove_image.clicked.connect(self._on_remove_image)
        image_row = QHBoxLayout()
        image_row.addWidget(self.image_info, 1)
        image_row.addWidget(self.choose_image)
        image_row.addWidget(self.remove_image)
        self.image_label = QLabel()

        self.version_note = QLabel()
        self.version_note.setWordWrap(True)
        self.version_note.setStyleSheet("background:#fff4ce; padding:4px")
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.RichText)

        self.preview_lang = QComboBox()
        for lang in self.langs:
            self.preview_lang.addItem(LANG_NAMES.get(lang, lang), lang)
        # The preview opens in the language the facilitator is using, when the bank has it.
        self.preview_lang.setCurrentIndex(max(0, self.preview_lang.findData(i18n.current_language())))
        self.preview_lang.currentIndexChanged.connect(self._on_changed)
        self.preview = QTextBrowser()
        self.history = QListWidget()
        self.history.currentRowChanged.connect(self._on_history_row)
        self.history_view = QTextBrowser()
        self._versions = store.banks.versions(bank.id, question.key) if question else []

        form = QFormLayout()
        self.key_label, self.type_label, self.topic_label, self.source_label = QLabel(), QLabel(), QLabel(), QLabel()
        self.answer_label, self.points_label = QLabel(), QLabel()
        form.addRow(self.key_label, self.key)
        form.addRow(self.type_label, self.type)
        form.addRow(self.topic_label, self.topic)
        form.addRow(self.source_label, self.source)
        form.addRow(self.answer_label, self.truefalse)
        form.addRow(self.points_label, self.points)
        form.addRow(self.image_label, image_row)
        self.type.currentIndexChanged.connect(self._on_type)
        self.truefalse.currentIndexChanged.connect(self._on_changed)
        self.topic.currentTextChanged.connect(self._on_changed)

        opt_buttons = QHBoxLayout()
        self.options_label = QLabel()
        opt_buttons.addWidget(self.options_label)
        opt_buttons.addStretch(1)
        opt_buttons.addWidget(self.add_option)
        opt_buttons.addWidget(self.remove_option)
        opt_buttons.addWidget(self.option_image)
        opt_buttons.addWidget(self.remove_option_image)

        edit_page = QWidget()
        left = QVBoxLayout(edit_page)
        left.addWidget(self.version_note)
        left.addLayout(form)
        left.addLayout(grid)
        left.addLayout(opt_buttons)
        left.addWidget(self.options, 1)
        left.addLayout(option_alt_row)
        left.addWidget(self.blanks, 1)
        self.scale_label = QLabel()
        left.addWidget(self.scale_label)
        left.addWidget(self.scale, 1)
        left.addWidget(self.problems)
        left.addStretch(0)

        preview_page = QWidget()
        pv = QVBoxLayout(preview_page)
        top = QHBoxLayout()
        self.preview_lang_label = QLabel()
        top.addWidget(self.preview_lang_label)
        top.addWidget(self.preview_lang)
        top.addStretch(1)
        pv.addLayout(top)
        pv.addWidget(self.preview, 1)

        history_page = QSplitter(Qt.Horizontal)
        history_page.addWidget(self.history)
        history_page.addWidget(self.history_view)
        history_page.setSizes([220, 800])

        self._edit_layout = left
        # On a small screen (1280 × 720) the fields scroll rather than push the buttons off the screen.
        edit_scroll = QScrollArea()
        edit_scroll.setWidgetResizable(True)
        edit_scroll.setFrameShape(QScrollArea.NoFrame)
        edit_scroll.setWidget(edit_page)
        self.tabs = QTabWidget()
        self.tabs.addTab(edit_scroll, "")
        self.tabs.addTab(preview_page, "")
        self.tabs.addTab(history_page, "")
        self.buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self._on_save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self.retranslate()
        self._on_type()
        self._show_option_alt()

    @classmethod
    def ask(cls, store, bank: Bank, question: Question | None = None, parent=None) -> Question | None:
        """Edit ``question`` (or a new one when None); returns the stored version, or None."""
        dialog = cls(store, bank, question, parent)
        return dialog.saved if dialog.exec() == QDialog.Accepted else None

    # -- texts -----------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Edit question") if self.original else self.tr("New question"))
        self.key_label.setText(self.tr("Key:"))
        self.type_label.setText(self.tr("Type:"))
        self.topic_label.setText(self.tr("Topic:"))
        self.source_label.setText(self.tr("Source:"))
        self.answer_label.setText(self.tr("Correct answer:"))
        self.truefalse.setItemText(0, self.tr("(choose)"))
        self.truefalse.setItemText(1, self.tr("True"))
        self.truefalse.setItemText(2, self.tr("False"))
        self.row_labels["text"].setText(self.tr("Question"))
        self.row_labels["objective"].setText(self.tr("Learning objective"))
        self.row_labels["rationale"].setText(self.tr("Rationale"))
        self.row_labels["image_alt"].setText(self.tr("Image description"))
        self.image_label.setText(self.tr("Image:"))
        self.choose_image.setText(self.tr("Choose image…") if not self.image else self.tr("Replace image…"))
        self.remove_image.setText(self.tr("Remove image"))
        self.option_image.setText(self.tr("Option image…"))
        self.remove_option_image.setText(self.tr("Remove option image"))
        self.option_alt_label.setText(self.tr("Description of the option's image:"))
        for lang, edit in self.option_alt.items():
            edit.setAccessibleName(self.tr("Description of the option's image") + f" ({LANG_NAMES.get(lang, lang)})")
            edit.setPlaceholderText(LANG_NAMES.get(lang, lang))
        self._show_image_info()
        self.retranslate_options()
        self.points_label.setText(self.tr("Points on the scale:"))
        self.scale_label.setText(self.tr("Label of each point (the first and the last are needed):"))
        self.scale.setHorizontalHeaderLabels([LANG_NAMES.get(lang, lang) for lang in self.langs])
        self.options.setHorizontalHeaderLabels([self.tr("Correct")] + [LANG_NAMES.get(lang, lang)
                                                                      for lang in self.langs] + [self.tr("Image")])
        for r in range(self.options.rowCount()):
            self._show_option_image(r)
        self.add_option.setText(self.tr("Add option"))
        self.remove_option.setText(self.tr("Remove option"))
        self.preview_lang_label.setText(self.tr("Language:"))
        self.tabs.setTabText(0, self.tr("Edit"))
        self.tabs.setTabText(1, self.tr("Participant preview"))
        self.tabs.setTabText(2, self.tr("Version history"))
        if self.answered:
            self.version_note.setText(self.tr(
                "This version (v{0}) has been answered in an attempt. Saving makes a new version (v{1}); "
                "results stay with the version that was answered.").format(
                self.original.version, self._versions[-1].version + 1 if self._versions else 2))
        self.version_note.setVisible(self.answered)
        self.history.clear()
        for q in self._versions:
            QListWidgetItem(self.tr("Version {0}").format(q.version), self.history)
        if self._versions:
            self.history.setCurrentRow(len(self._versions) - 1)

    # -- building the question ---------------------------------------------------
    def _add_option_row(self, option: Option) -> None:
        self.options.blockSignals(True)
        r = self.options.rowCount()
        self.options.insertRow(r)
        check = QTableWidgetItem()
        check.setFlags(Qt.ItemIsUserCheckable | Qt.ItemIsEnabled | Qt.ItemIsSelectable)
        check.setCheckState(Qt.Checked if option.correct else Qt.Unchecked)
        self.options.setItem(r, 0, check)
        for c, lang in enumerate(self.langs, start=1):
            self.options.setItem(r, c, QTableWidgetItem(option.text.get(lang, "")))
        picture = QTableWidgetItem()
        picture.setFlags(Qt.ItemIsEnabled | Qt.ItemIsSelectable)
        self.options.setItem(r, 1 + len(self.langs), picture)
        self._fractions.append(option.fraction)
        self._option_images.append((option.image, dict(option.image_alt)))
        self._show_option_image(r)
        self.options.blockSignals(False)

    # -- images ------------------------------------------------------------------
    def _image_record(self, sha256: str):
        """The image (chosen here or stored), or None when it cannot be read."""
        if sha256 in self._new_images:
            return self._new_images[sha256]
        try:
            return self.store.banks.image(sha256)
        except AssessorError:
            return None

    def _describe(self, sha256: str) -> str:
        image = self._image_record(sha256) if sha256 else None
        if image is None:
            return self.tr("No image") if not sha256 else self.tr("Image missing")
        kind = "PNG" if image.mime == "image/png" else "JPEG"
        return self.tr("{0} image, {1}×{2} pixels, {3} KB").format(kind, image.width, image.height,
                                                                     max(1, round(len(image.data) / 1024)))

    def _show_image_info(self) -> None:
        self.image_info.setText(self._describe(self.image))
        self.remove_image.setEnabled(bool(self.image))
        for w in [self.row_labels["image_alt"]] + [self.texts[("image_alt", lang)] for lang in self.langs]:
            w.setVisible(bool(self.image))  # the description belongs to an image

    def _show_option_image(self, row: int) -> None:
        item = self.options.item(row, 1 + len(self.langs))
        if item is not None:
            blocked = self.options.blockSignals(True)
            item.setText(self._describe(self._option_images[row][0]) if self._option_images[row][0] else "")
            self.options.blockSignals(blocked)

    def _pick_image(self) -> str:
        """Ask for a PNG or JPEG file and check it (core rules); its SHA-256, or '' when cancelled or refused."""
        from pathlib import Path

        from assessor.banks.images import check_image
        from ui.dialogs.file_dialogs import open_file_name

        path, _ = open_file_name(self, self.tr("Choose an image"), "",
                                 self.tr("Images (*.png *.jpg *.jpeg);;All files (*)"))
        if not path:
            return ""
        place = self.tr("question {0}").format(self.key.text().strip() or "?")
        try:
            image = check_image(Path(path).read_bytes(), Path(path).name, place)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Image not added"), self.tr("{0} cannot be read ({1}).").format(
                Path(path).name, exc.strerror or exc))
            return ""
        except AssessorError as exc:
            QMessageBox.warning(self, self.tr("Image not added"), user_message(exc))
            return ""
        self._new_images[image.sha256] = image
        return image.sha256

    def _on_choose_image(self):
        chosen = self._pick_image()
        if chosen:
            self.image = chosen
            self.retranslate()
            self._on_changed()

    def _on_remove_image(self):
        self.image = ""
        self.retranslate()
        self._on_changed()

    def _show_option_alt(self, *_):
        """The description fields follow the selected option; shown only when it has an image."""
        row = self.options.currentRow()
        has = 0 <= row < len(self._option_images) and bool(self._option_images[row][0])
        for lang, edit in self.option_alt.items():
            edit.setText(self._option_images[row][1].get(lang, "") if has else "")
            edit.setVisible(has)
        self.option_alt_label.setVisible(has)

    def _on_option_alt(self, *_):
        row = self.options.currentRow()
        if 0 <= row < len(self._option_images) and self._option_images[row][0]:
            alt = {lang: e.text().strip() for lang, e in self.option_alt.items() if e.text().strip()}
            self._option_images[row] = (self._option_images[row][0], alt)
            self._on_changed()

    def _on_option_image(self):
        row = self.options.currentRow()
        if row < 0:
            QMessageBox.information(self, self.tr("Option image"), self.tr("Select an option first."))
            return
        chosen = self._pick_image()
        if chosen:
            self._option_images[row] = (chosen, self._option_images[row][1])
            self._show_option_image(row)
            self._show_option_alt()
            self._on_changed()

    def _on_remove_option_image(self):
        row = self.options.currentRow()
        if row >= 0:
            self._option_images[row] = ("", {})
            self._show_option_image(row)
            self._show_option_alt()
            self._on_changed()

    def _fill_scale(self, labels) -> None:
        """Put ``labels`` (one mapping per point) into the scale table."""
        self.scale.blockSignals(True)
        self.scale.setRowCount(len(labels))
        for r, label in enumerate(labels):
            for c, lang in enumerate(self.langs):
                self.scale.setItem(r, c, QTableWidgetItem(label.get(lang, "")))
        self.scale.setVerticalHeaderLabels([str(r + 1) for r in range(len(labels))])
        self.scale.blockSignals(False)

    def _scale_labels(self) -> tuple[dict, ...]:
        labels = []
        for r in range(self.scale.rowCount()):
            labels.append({lang: self.scale.item(r, c).text().strip() for c, lang in enumerate(self.langs)
                           if self.scale.item(r, c) and self.scale.item(r, c).text().strip()})
        return tuple(labels)

    def _is_default_scale(self) -> bool:
        n = self.scale.rowCount()
        mine = self._scale_labels()
        shown = lambda labels: tuple({k: v for k, v in x.items() if k in self.langs and v} for x in labels)  # noqa: E731
        return n in SCALE_POINTS and mine in (shown(default_scale(n, "rating")), shown(default_scale(n, "retro")))

    def _on_points(self, *_):
        """A new number of points: the default labels of that size, to be edited."""
        kind = self._kind() if self._kind() in SCALED else "rating"
        self._fill_scale(default_scale(self.points.currentData(), kind))
        self._on_changed()

    def _kind(self) -> str:
        return self.type.currentData()

    def _topic(self) -> str:
        data = self.topic.currentData()
        text = self.topic.currentText().strip()
        if data is not None and self.topic.itemText(self.topic.currentIndex()) == text:
            return data
        return text

    def build(self) -> Question:
        """The question as currently entered (not yet checked or stored)."""
        kind = self._kind()
        def texts(name):
            return {lang: " ".join(self.texts[(name, lang)].toPlainText().split()) for lang in self.langs
                    if self.texts[(name, lang)].toPlainText().strip()}
        options = []
        if kind in EDITABLE_OPTIONS:
            rows = range(self.options.rowCount())
            correct = [self.options.item(r, 0).checkState() == Qt.Checked and kind != "choice" for r in rows]
            n_correct = max(1, sum(correct))
            for r in rows:
                text = {lang: self.options.item(r, c).text().strip() for c, lang in enumerate(self.langs, start=1)
                        if self.options.item(r, c) and self.options.item(r, c).text().strip()}
                image, alt = self._option_images[r] if kind != "short" else ("", {})
                if not text and not correct[r] and not image:
                    continue  # an empty row the facilitator did not fill
                old = self._fractions[r]
                if kind == "choice":
                    options.append(Option(text, 0.0, image=image, image_alt=alt))  # a survey choice: nothing is correct
                    continue
                if correct[r]:
                    fraction = 1.0 if kind != "multiple" else (old if old > 0 and sum(correct) == sum(
                        f > 0 for f in self._fractions) else round(1.0 / n_correct, 5))
                else:
                    fraction = min(old, 0.0)
                options.append(Option(text, fraction, image=image, image_alt=alt))
        written = tuple(lang for lang in self.langs if texts("text").get(lang))
        blanks, self._blank_problems = (build_blanks(self.blanks.entries, self.langs, written) if kind == "cloze"
                                        else ((), []))
        base = self.original or Question(key="", type=kind, text={})
        return replace(base, key=self.key.text().strip(), type=kind, topic=self._topic(), text=texts("text"),
                       objective=texts("objective"),
                       rationale=texts("rationale") if kind not in UNSCORED_TYPES + INFO_TYPES else {},
                       source=self.source.text().strip(),
                       options=tuple(options) if kind in EDITABLE_OPTIONS else base.options,
                       answer=self.truefalse.currentData() if kind == "truefalse" else None,
                       scale=self._scale_labels() if kind in SCALED else (), blanks=blanks,
                       image=self.image, image_alt=texts("image_alt") if self.image else {})

    # -- slots ----------------------------------------------------------------------
    def _on_type(self, *_):
        kind = self._kind()
        for w in (self.options, self.add_option, self.remove_option, self.options_label):
            w.setVisible(kind in EDITABLE_OPTIONS)
        for w in (self.option_image, self.remove_option_image):
            w.setVisible(kind in ("single", "multiple", "choice"))  # a typed answer has no picture
        self.options.setColumnHidden(1 + len(self.langs), kind not in ("single", "multiple", "choice"))
        self.options.setColumnHidden(0, kind == "choice")
        for w in (self.scale, self.scale_label, self.points, self.points_label):
            w.setVisible(kind in SCALED)
        if kind in SCALED and kind != self._scale_kind and self._is_default_scale():
            # Untouched default labels follow the type (agreement for a rating, knowledge levels for then/now).
            self._fill_scale(default_scale(self.scale.rowCount(), kind))
        if kind in SCALED:
            self._scale_kind = kind
        for w in [self.row_labels["rationale"]] + [self.texts[("rationale", lang)] for lang in self.langs]:
            w.setVisible(kind not in UNSCORED_TYPES + INFO_TYPES)  # evaluation items are not scored: no rationale
        self.blanks.setVisible(kind == "cloze")
        self.retranslate_options()
        # Without a table nothing else should grow: keep the fields at the top.
        self.layout_stretch(0 if kind in EDITABLE_OPTIONS + SCALED + ("cloze",) else 1)
        self.truefalse.setVisible(kind == "truefalse")
        self.answer_label.setVisible(kind == "truefalse")
        self._on_changed()

    def retranslate_options(self) -> None:
        self.options_label.setText(self.tr("Options (tick the correct ones):") if self._kind() != "choice"
                                   else self.tr("Options (a survey choice has no correct answer):"))

    def layout_stretch(self, factor: int) -> None:
        self._edit_layout.setStretch(self._edit_layout.count() - 1, factor)

    def _on_add_option(self):
        self._add_option_row(Option({}, 0.0))
        self._on_changed()

    def _on_remove_option(self):
        r = self.options.currentRow()
        if r >= 0:
            self.options.removeRow(r)
            del self._fractions[r]
            del self._option_images[r]
            self._on_changed()

    def all_problems(self, q: Question) -> list:
        """The core's problems of ``q`` as built: what could not be read in the blanks, then the question's check."""
        return list(self._blank_problems) + check_question(q, self.langs)

    def _on_blank_added(self, n: int):
        """Put the new blank's marker at the cursor of each language's text (at the end when the cursor
        was never placed), so the text marks every blank."""
        marker = "{#%d}" % n
        for lang in self.langs:
            edit = self.texts[("text", lang)]
            cursor = edit.textCursor()
            if cursor.position() == 0 and edit.toPlainText():
                cursor.movePosition(cursor.MoveOperation.End)
            before = edit.toPlainText()[:cursor.position()]
            cursor.insertText((" " if before and not before.endswith(" ") else "") + marker)
            edit.setTextCursor(cursor)

    def _on_blank_removed(self, n: int):
        texts = remove_blank({lang: self.texts[("text", lang)].toPlainText() for lang in self.langs}, n)
        for lang, text in texts.items():
            self.texts[("text", lang)].setPlainText(text)

    def _on_changed(self, *_):
        q = self.build()
        problems = self.all_problems(q)
        errors = [p for p in problems if p.severity == "error"]
        warnings = [p for p in problems if p.severity == "warning"]
        lines = [f"<span style='color:#a4262c'>✖ {html.escape(problem_text(p))}</span>" for p in errors]
        lines += [f"<span style='background:#fff4ce; color:#6b4f00'>&nbsp;⚠ {html.escape(problem_text(p))}&nbsp;"
                  "</span>" for p in warnings]
        self.problems.setText("<br>".join(lines))
        self.problems.setVisible(bool(lines))
        self.buttons.button(QDialogButtonBox.Save).setEnabled(not errors)
        add_images(self.preview, q, self._image_record)
        self.preview.setHtml(participant_html(q, self.preview_lang.currentData() or self.langs[0]))

    def _on_history_row(self, row: int):
        if 0 <= row < len(self._versions):
            add_images(self.history_view, self._versions[row], self._image_record)
            self.history_view.setHtml(question_html(self._versions[row], self.langs))

    def _on_save(self):
        q = self.build()
        if any(p.severity == "error" for p in self.all_problems(q)):
            return
        if self.original is None and any(x.key == q.key for x in self.store.banks.questions(self.bank.id)):
            QMessageBox.warning(self, self.tr("Key in use"),
                                self.tr("This bank already has a question with the key {0}.").format(q.key))
            return
        try:
            if q.topic and q.topic not in self.bank.topics:
                self.bank = self.store.banks.save_bank(replace(
                    self.bank, topics={**self.bank.topics, q.topic: {lang: q.topic for lang in self.langs}}))
            self.store.banks.add_images([self._new_images[ref] for ref in q.image_refs() if ref in self._new_images])
            saved, new_version = self.store.banks.save_question(self.bank.id, q)
        except AssessorError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), user_message(exc))
            return
        self.saved = saved
        if new_version:
            QMessageBox.information(self, self.tr("New version"), self.tr(
                "The question had been answered, so your changes were saved as version {0}. "
                "Earlier results keep the version that was answered.").format(saved.version))
        self.accept()


class BankDialog(QDialog):
    """Name (in each language) and languages of a new bank."""

    def __init__(self, parent=None, title_en: str = "", title_id: str = ""):
        super().__init__(parent)
        self.name_en = QLineEdit(title_en)
        self.name_id = QLineEdit(title_id)
        self.lang_en = QCheckBox("English")
        self.lang_id = QCheckBox("Bahasa Indonesia")
        self.lang_en.setChecked(True)
        self.lang_id.setChecked(True)
        self.form = QFormLayout(self)
        self.name_en_label, self.name_id_label, self.langs_label = QLabel(), QLabel(), QLabel()
        self.form.addRow(self.name_en_label, self.name_en)
        self.form.addRow(self.name_id_label, self.name_id)
        langs = QHBoxLayout()
        langs.addWidget(self.lang_en)
        langs.addWidget(self.lang_id)
        self.form.addRow(self.langs_label, langs)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)
        self.form.addRow(self.buttons)
        self.setWindowTitle(self.tr("Question bank"))
        self.name_en_label.setText(self.tr("Name (English):"))
        self.name_id_label.setText(self.tr("Name (Bahasa Indonesia):"))
        self.langs_label.setText(self.tr("Languages:"))
        self.resize(520, 180)

    @classmethod
    def ask(cls, parent=None, name: dict | None = None, with_languages: bool = True):
        """A ``(name, languages)`` pair, or None when cancelled."""
        name = name or {}
        dialog = cls(parent, name.get("en", ""), name.get("id", ""))
        dialog.lang_en.setVisible(with_languages)
        dialog.lang_id.setVisible(with_languages)
        dialog.langs_label.setVisible(with_languages)
        if dialog.exec() != QDialog.Accepted:
            return None
        return dialog.value()

    def value(self):
        name = {k: v for k, v in (("en", self.name_en.text().strip()), ("id", self.name_id.text().strip())) if v}
        langs = tuple(lang for lang, box in (("en", self.lang_en), ("id", self.lang_id)) if box.isChecked())
        return name, langs

    def _on_ok(self):
        name, langs = self.value()
        if not name or not langs:
            QMessageBox.warning(self, self.tr("Not saved"), self.tr("A bank needs a name and at least one language."))
            return
        self.accept()
