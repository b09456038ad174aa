"""Bank import as a preview, bank export, and the spreadsheet template, in the app.

``BankImportDialog.ask(parent, store, path)`` parses the file off the GUI thread,
shows every question as it will be stored with each problem by line, and stores
nothing until the facilitator confirms. A file with errors imports nothing unless
"Import the valid questions only" is ticked. A file of a bank's questions in one language
can instead give an existing bank that language (matched by key, see
:mod:`assessor.banks.translate`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QListWidget, QMessageBox, QSplitter, QTableView, QVBoxLayout, QWidget)

from assessor.banks.bankio import EXPORT_FORMATS, EXTENSIONS, export_bank, parse_file, store_report
from assessor.errors import AssessorError
from assessor.banks.formats.interchange import ImportReport
from assessor.textio import ENCODING_NAMES

from ui.dialogs import file_dialogs
from ui.models import RowTableModel
from ui.tasks import run_task
from ui.errors import user_message

FILE_FILTER = QT_TRANSLATE_NOOP(
    "BankImportDialog",
    "Question files (*.gift *.txt *.xml *.zip *.xlsx *.csv *.yaml *.yml);;All files (*)")


class PreviewModel(RowTableModel):
    """The parsed questions of a preview: line, type, key, text."""

    CONTEXT = "PreviewModel"
    HEADERS = (QT_TRANSLATE_NOOP("PreviewModel", "Line"), QT_TRANSLATE_NOOP("PreviewModel", "Type"),
               QT_TRANSLATE_NOOP("PreviewModel", "Key / title"), QT_TRANSLATE_NOOP("PreviewModel", "Text"))

    def set_report(self, report: ImportReport) -> None:
        from ui.workspace.banks_page import type_name

        self.set_rows((q.line, type_name(q.type), q.key or q.id or q.title or "", q.text, q) for q in report.questions)


class BankImportDialog(QDialog):
    def __init__(self, store, report: ImportReport, path: Path, parent=None):
        super().__init__(parent)
        self.store, self.report, self.path = store, report, path
        self.summary = None
        self.setWindowTitle(self.tr("Import questions: %s") % path.name)
        self.model = PreviewModel(self)
        self.model.set_report(report)
        table = QTableView()
        table.setModel(self.model)
        table.horizontalHeader().setStretchLastSection(True)
        table.verticalHeader().hide()
        table.resizeColumnsToContents()
        self.problems = QListWidget()
        self.problems.setAccessibleName(self.tr("Problems by line"))
        for e in report.errors:
            self.problems.addItem(self.tr("line %1: error: %2").replace("%1", str(e.line)).replace("%2", e.message))
        for s in report.skipped:
            self.problems.addItem(self.tr("line %1: %2 question skipped (%3)").replace("%1", str(s.line))
                                  .replace("%2", s.type).replace("%3", s.reason))
        for w in report.warnings:
            self.problems.addItem(self.tr("line %1: warning: %2").replace("%1", str(w.line)).replace("%2", w.message))
        self.counts = QLabel(self.tr("%1 question(s), %2 skipped, %3 warning(s), %4 error(s). Nothing is stored until "
                                     "you confirm.")
                             .replace("%1", str(len(report.questions))).replace("%2", str(len(report.skipped)))
                             .replace("%3", str(len(report.warnings))).replace("%4", str(len(report.errors))))
        if report.images:
            self.counts.setText(self.counts.text() + " " + self.tr("%1 image(s) (PNG or JPEG) come with them.").replace(
                "%1", str(len(report.images))))
        if report.encoding:
            self.counts.setText(self.counts.text() + " " + self.tr("Text encoding: %1.").replace(
                "%1", ENCODING_NAMES.get(report.encoding, report.encoding)))
        self.counts.setWordWrap(True)
        self.bank_name = QLineEdit(path.stem)
        self.bank_name.setAccessibleName(self.tr("Bank to import into"))
        self.valid_only = QCheckBox(self.tr("Import the valid questions only"))
        self.valid_only.setVisible(bool(report.errors))
        self.valid_only.toggled.connect(self._update_ok)
        self.as_language = QCheckBox(self.tr("Add the file's texts to this existing bank, as its language:"))
        self.language = QComboBox()
        self.language.addItem(self.tr("Indonesian"), "id")
        self.language.addItem(self.tr("English"), "en")
        self.language.setAccessibleName(self.tr("Language of the file"))
        self.language.setEnabled(False)
        self.as_language.toggled.connect(self.language.setEnabled)
        self.as_language.toggled.connect(self._update_ok)
        # A file that cannot name its language (Aiken, GIFT or Moodle XML without multilang markup) is
        # read as English unless the user says otherwise; a YAML bank names its languages itself.
        self.unmarked = QComboBox()
        self.unmarked.addItem(self.tr("As the file says (English when it does not say)"), None)
        self.unmarked.addItem(self.tr("Indonesian"), "id")
        self.unmarked.addItem(self.tr("English"), "en")
        self.unmarked.setAccessibleName(self.tr("Language of the texts the file does not mark"))
        self.as_language.toggled.connect(lambda on: self.unmarked.setEnabled(not on))
        form = QFormLayout()
        form.addRow(self.tr("Into bank:"), self.bank_name)
        if report.format != "yaml":
            form.addRow(self.tr("Texts without a language mark are in:"), self.unmarked)
        form.addRow(self.as_language, self.language)
        split = QSplitter(Qt.Vertical)
        split.addWidget(table)
        split.addWidget(self.problems)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("Import"))
        self.buttons.accepted.connect(self._on_import)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts)
        layout.addWidget(split, 1)
        layout.addLayout(form)
        layout.addWidget(self.valid_only)
        layout.addWidget(self.buttons)
        self.resize(1000, 620)
        self._update_ok()

    def _update_ok(self) -> None:
        translating = self.as_language.isChecked()
        self.valid_only.setEnabled(not translating)
        ok = bool(self.report.questions) and (not self.report.errors or self.valid_only.isChecked() and not translating)
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(ok)

    def _on_import(self) -> None:
        try:
            if self.as_language.isChecked():
                from assessor.banks.translate import apply_language

                self.summary = apply_language(self.store, self.report, self.bank_name.text().strip(),
                                              self.language.currentData(), source=str(self.path))
            elif self.report.format == "yaml" and not self.report.errors:
                from assessor.banks.bankio import import_bank_file

                self.summary = import_bank_file(self.store, self.path)
            else:
                self.summary = store_report(self.store, self.report, bank_name=self.bank_name.text().strip() or self.path.stem,
                                            valid_only=self.valid_only.isChecked(), source=str(self.path),
                                            language=self.unmarked.currentData())
        except AssessorError as exc:
            QMessageBox.warning(self, self.tr("Nothing was imported"), user_message(exc))
            return
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget, store, path: str | Path | None = None, on_done=None):
        """Pick a file (unless given), preview it, store on confirmation; ``on_done(summary)`` after storing."""
        if path is None:
            path, _ = file_dialogs.open_file_name(parent, QCoreApplication.translate("BankImportDialog", "Import questions"),
                                                  "", QCoreApplication.translate("BankImportDialog", FILE_FILTER))
            if not path:
                return None
        path = Path(path)

        def show(report):
            dialog = cls(store, report, path, parent)
            if dialog.exec() == QDialog.Accepted and on_done:
                on_done(dialog.summary)

        def failed(exc):
            QMessageBox.warning(parent, QCoreApplication.translate("BankImportDialog", "Cannot read the file"), user_message(exc))

        return run_task(parent, lambda progress: parse_file(path), on_done=show, on_error=failed,
                        label=QCoreApplication.translate("BankImportDialog", "Reading %s…") % path.name)


def export_bank_dialog(parent: QWidget, store, bank_id: str) -> None:
    """Ask for a format and file, then write the bank (the format is chosen by the file type)."""
    tr = lambda s: QCoreApplication.translate("BankExport", s)  # noqa: E731
    labels = {"gift": tr("GIFT (Moodle) (*.gift)"), "aiken": tr("Aiken (*.txt)"), "moodlexml": tr("Moodle XML (*.xml)"),
              "qti": tr("QTI 2.1 content package (*.zip)"), "xlsx": tr("Excel template (*.xlsx)"),
              "yaml": tr("Assessor YAML (*.yaml)")}
    path, chosen = file_dialogs.save_file_name(parent, tr("Export bank"), "", ";;".join(labels[f] for f in EXPORT_FORMATS))
    if not path:
        return
    fmt = next((f for f in EXPORT_FORMATS if labels[f] == chosen), None) or next(
        (f for f, ext in EXTENSIONS.items() if path.endswith("." + ext) and f in EXPORT_FORMATS), "yaml")
    try:
        losses = export_bank(store, bank_id, fmt, path)
    except AssessorError as exc:
        QMessageBox.warning(parent, tr("Export failed"), user_message(exc))
        return
    languages = store.banks.get(bank_id, with_questions=False).languages
    if fmt == "aiken" and languages and languages[0] == "id":
        # Aiken cannot name its language, and text without a mark is read as English.
        QMessageBox.information(parent, tr("Written in Indonesian"), tr(
            "Aiken cannot say which language a file is in: this one is in Indonesian. When you import it, "
            "choose Indonesian under \"Texts without a language mark are in\"."))
    if losses:
        QMessageBox.information(parent, tr("Exported with losses"),
                                tr("This format cannot hold everything:") + "\n" + "\n".join(f"{loss.key}: {loss.reason}" for loss in losses[:30]))


def save_template_dialog(parent: QWidget) -> None:
    from assessor.banks.formats.spreadsheet import write_template

    tr = lambda s: QCoreApplication.translate("BankExport", s)  # noqa: E731
    path, _ = file_dialogs.save_file_name(parent, tr("Save template"), "question-template.xlsx", tr("Excel (*.xlsx)"))
    if path:
        write_template(path)
