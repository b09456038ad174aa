"""Small dialogs that fill the export options (values live in ``reports.options``)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout

from reports.options import DataExportOptions, ReportOptions, SheetOptions


class _OptionsDialog(QDialog):
    def __init__(self, title: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        layout.addWidget(buttons)


class SheetsDialog(_OptionsDialog):
    def __init__(self, parent=None):
        super().__init__(self.tr("Score sheets"), parent)
        self.lang = QComboBox()
        self.lang.addItem(self.tr("Each participant's own language"), "own")
        self.lang.addItem("English", "en")
        self.lang.addItem("Bahasa Indonesia", "id")
        self.lang.setAccessibleName(self.tr("Language of the sheets"))
        self.review = QCheckBox(self.tr("Include the item-by-item review with the correct answers"))
        self.layout_choice = QComboBox()
        self.layout_choice.addItem(self.tr("One PDF with every sheet"), True)
        self.layout_choice.addItem(self.tr("One PDF per participant, in a folder"), False)
        self.layout_choice.setAccessibleName(self.tr("Files"))
        self.form.addRow(self.tr("Language:"), self.lang)
        self.form.addRow(self.tr("Files:"), self.layout_choice)
        self.no_shows = QCheckBox(self.tr("Also a sheet for each roster member who took no test"))
        self.form.addRow(self.review)
        self.form.addRow(self.no_shows)
        self.note.setText(self.tr("The review shows the correct answers: do not hand it out before a post-test."))

    def options(self) -> SheetOptions:
        return SheetOptions(self.lang.currentData(), self.review.isChecked(), self.layout_choice.currentData(),
                            self.no_shows.isChecked())

    @classmethod
    def ask(cls, parent=None) -> SheetOptions | None:
        dialog = cls(parent)
        return dialog.options() if dialog.exec() == QDialog.Accepted else None


class ReportDialog(_OptionsDialog):
    """The language of a cohort or comparison report (the app's language first)."""

    def __init__(self, title: str, ui_lang: str, parent=None):
        super().__init__(title, parent)
        self.lang = QComboBox()
        self.lang.addItem("English", "en")
        self.lang.addItem("Bahasa Indonesia", "id")
        self.lang.setCurrentIndex(self.lang.findData(ui_lang) if self.lang.findData(ui_lang) >= 0 else 0)
        self.lang.setAccessibleName(self.tr("Language of the report"))
        self.form.addRow(self.tr("Language:"), self.lang)

    def options(self) -> ReportOptions:
        return ReportOptions(self.lang.currentData())

    @classmethod
    def ask(cls, title: str, ui_lang: str, parent=None) -> ReportOptions | None:
        dialog = cls(title, ui_lang, parent)
        return dialog.options() if dialog.exec() == QDialog.Accepted else None


class DataExportDialog(_OptionsDialog):
    def __init__(self, parent=None):
        super().__init__(self.tr("Export data"), parent)
        self.what = QComboBox()
        self.what.addItem(self.tr("Participants (one row each, with scores and gains)"), "participants")
        self.what.addItem(self.tr("Responses (one row per answer; can be analysed again)"), "responses")
        self.what.addItem(self.tr("Statistics (every figure with its 95% interval; items, subgroups)"), "statistics")
        self.what.setAccessibleName(self.tr("What to export"))
        self.fmt = QComboBox()
        self.fmt.addItem("Excel (.xlsx)", "xlsx")
        self.fmt.addItem("CSV (.csv)", "csv")
        self.fmt.setAccessibleName(self.tr("File format"))
        self.pseudonymise = QCheckBox(self.tr("Leave out names (keep participant codes)"))
        self.pseudonymise.setChecked(True)
        self.form.addRow(self.tr("Export:"), self.what)
        self.form.addRow(self.tr("Format:"), self.fmt)
        self.form.addRow(self.pseudonymise)
        self.what.currentIndexChanged.connect(self._on_what)
        self.note.setText(self.tr("A codebook describing every column is written with the data."))

    def _on_what(self) -> None:
        # Responses carry codes only, statistics only counts: never names.
        self.pseudonymise.setEnabled(self.what.currentData() == "participants")

    def options(self) -> DataExportOptions:
        return DataExportOptions(self.what.currentData(), self.fmt.currentData(), self.pseudonymise.isChecked())

    @classmethod
    def ask(cls, parent=None) -> DataExportOptions | None:
        dialog = cls(parent)
        return dialog.options() if dialog.exec() == QDialog.Accepted else None
