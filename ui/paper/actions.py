"""The session's "Paper" actions: print booklet and sheets, read scanned sheets, type sheets in.

Printing and reading run off the GUI thread through :mod:`ui.tasks` with progress and cancel;
writing the sheets read without doubt happens back on the GUI thread's store, then the review
dialog shows whatever needs a person."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog, QMenu, QMessageBox

from assessor.errors import NotFound
from ui.dialogs import file_dialogs
from ui.tasks import run_with_store


class PaperActions(QObject):
    """Builds the "Paper" menu for a session page; ``session_id()`` returns the current session id or None."""

    def __init__(self, parent, store, session_id):
        super().__init__(parent)
        self.parent_widget, self.store, self.session_id = parent, store, session_id
        self.menu = QMenu(parent)
        self.print_action = self.menu.addAction("", self._on_print)
        self.read_action = self.menu.addAction("", self._on_read)
        self.read_pdf_action = self.menu.addAction("", self._on_read_pdf)
        self.manual_action = self.menu.addAction("", self._on_manual)
        self.menu.aboutToShow.connect(self.retranslate)  # the session may have changed since
        self.retranslate()

    def _is_evaluation(self) -> bool:
        """Whether the current session runs a course evaluation (printed as forms, not sheets)."""
        sid = self.session_id()
        if sid is None:
            return False
        try:
            return self.store.assessments.get(self.store.sessions.get(sid).assessment_id).evaluation
        except NotFound:  # a session just deleted: the labels stay general
            return False

    def retranslate(self) -> None:
        evaluation = self._is_evaluation()
        self.menu.setTitle(self.tr("Paper"))
        self.print_action.setText(self.tr("Print evaluation forms…") if evaluation
                                  else self.tr("Print booklet and answer sheets…"))
        self.manual_action.setEnabled(not evaluation)  # evaluation forms are read or reviewed, not typed in
        self.read_action.setText(self.tr("Read scanned sheets (folder of images)…"))
        self.read_pdf_action.setText(self.tr("Read scanned sheets (PDF)…"))
        self.manual_action.setText(self.tr("Type in sheets by hand…"))

    def _session(self):
        sid = self.session_id()
        if sid is None:
            QMessageBox.information(self.parent_widget, self.tr("Paper"), self.tr("Choose a session first."))
        return sid

    def _on_print(self) -> None:
        sid = self._session()
        if sid is None:
            return
        languages = [self.tr("English"), self.tr("Indonesian"), self.tr("Both (English with Indonesian)")]
        evaluation = self._is_evaluation()
        prompt = self.tr("Language of the forms") if evaluation else self.tr("Language of the booklet")
        choice, ok = QInputDialog.getItem(self.parent_widget, self.tr("Paper"), prompt, languages, 0, False)
        if not ok:
            return
        lang = ("en", "id", "both")[languages.index(choice)]
        title = self.tr("Save evaluation forms") if evaluation else self.tr("Save booklet and sheets")
        path, _ = file_dialogs.save_file_name(self.parent_widget, title, "paper.pdf", self.tr("PDF (*.pdf)"))
        if not path:
            return
        from reports.paper import write_paper

        run_with_store(self.parent_widget, self.store,
                       lambda store, progress: write_paper(store, sid, path, lang=lang, blank=5, progress=progress),
                       on_done=lambda out: QMessageBox.information(self.parent_widget, self.tr("Paper"),
                                                                   self.tr("Written: %1").replace("%1", str(out))),
                       on_error=self._on_error,
                       label=self.tr("Writing the evaluation forms…") if evaluation
                       else self.tr("Writing the booklet and answer sheets…"))

    def _on_read(self) -> None:
        folder = file_dialogs.existing_directory(self.parent_widget, self.tr("Folder of scanned sheets"))
        if folder:
            self._read([folder])

    def _on_read_pdf(self) -> None:
        path, _ = file_dialogs.open_file_name(self.parent_widget, self.tr("Scanned sheets"), "",
                                              self.tr("PDF or images (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)"))
        if path:
            self._read([path])

    def _read(self, paths) -> None:
        sid = self._session()
        if sid is None:
            return
        from assessor.paper.intake import read_files

        run_with_store(self.parent_widget, self.store,
                       lambda store, progress: read_files(store, paths, sid, progress=progress),
                       on_done=self._on_read_done, on_error=self._on_error,
                       label=self.tr("Reading the scanned sheets…"))

    def _on_read_done(self, sheets) -> None:
        from assessor.paper.intake import hold_for_comments, import_all

        from ui.paper.review_dialog import ReviewDialog

        hold_for_comments(sheets)  # evaluation forms with a written comment: the review lets a person type it
        counts = import_all(self.store, sheets)
        refused = [self._why(s) for s in sheets if s.status == "refused"]
        text = self.tr("Read: %1 · already read: %2 · to review: %3 · refused: %4").replace(
            "%1", str(counts.get("imported", 0))).replace("%2", str(counts.get("unchanged", 0))).replace(
            "%3", str(counts.get("needs_review", 0))).replace("%4", str(len(refused)))
        conflicts = sum(1 for s in sheets if s.conflict)
        if conflicts:
            text += "\n" + self.tr("%n participant(s) also took the test on a laptop: resolve the conflicts "
                                   "(File ▸ Resolve conflicts).", "", conflicts)
        box = QMessageBox(QMessageBox.Information, self.tr("Paper"), text, QMessageBox.Ok, self.parent_widget)
        if refused:
            box.setDetailedText("\n".join(refused))
        box.exec()
        ReviewDialog.review(self.parent_widget, self.store, sheets)

    @staticmethod
    def _why(sheet) -> str:
        """A refused sheet in the user's language: its files, the meaning of its code, the core's sentence."""
        from PySide6.QtCore import QCoreApplication

        from ui.errors import MESSAGES

        meaning = QCoreApplication.translate("errors", MESSAGES[sheet.code]) if sheet.code in MESSAGES else ""
        return " ".join(x for x in (", ".join(sheet.sources) + ":", meaning, f"({sheet.message})") if x)

    def _on_manual(self) -> None:
        sid = self._session()
        if sid is None:
            return
        from ui.paper.manual_dialog import ManualEntryDialog

        ManualEntryDialog.enter(self.parent_widget, self.store, sid)

    def _on_error(self, exc) -> None:
        from ui.errors import user_message

        QMessageBox.warning(self.parent_widget, self.tr("Paper"), user_message(exc))
