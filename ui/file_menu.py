"""The File menu: assessment packages, result bundles, database merges, conflicts.

``install_file_menu(window)`` adds the menu to the main window and makes the window
accept dropped packages and bundles. All file work runs through ``ui.tasks.run_task``
on a worker thread with its own ``Store``; the core (``assessor.exchange``) does
everything, this module only asks and shows.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QDialog, QDialogButtonBox, QFormLayout,
                               QGroupBox, QInputDialog, QLabel, QLineEdit, QMessageBox, QRadioButton, QTextBrowser,
                               QVBoxLayout, QWidget)

from assessor import exchange
from assessor.exchange import crypto
from assessor.errors import AssessorError

from ui.dialogs import file_dialogs
from ui import settings
from ui.tasks import run_task

PACKAGE_EXT = exchange.EXTENSIONS[exchange.PACKAGE]
RESULTS_EXT = exchange.EXTENSIONS[exchange.RESULTS]

# Refusal reasons by core error code (the core's English sentence is shown as detail).
REASONS = {
    "not_exchange_file": QT_TRANSLATE_NOOP("Exchange", "This is not an Assessor package or results file."),
    "truncated": QT_TRANSLATE_NOOP("Exchange", "The file is incomplete: its end is missing (was the USB stick "
                                               "removed too early?)."),
    "damaged": QT_TRANSLATE_NOOP("Exchange", "The file is damaged."),
    "member_hash": QT_TRANSLATE_NOOP("Exchange", "The file was changed after it was written."),
    "tampered": QT_TRANSLATE_NOOP("Exchange", "The file was changed after it was sealed with its password."),
    "wrong_password": QT_TRANSLATE_NOOP("Exchange", "The password is wrong."),
    "password_required": QT_TRANSLATE_NOOP("Exchange", "This file is protected by a password."),
    "newer_format": QT_TRANSLATE_NOOP("Exchange", "This file was written by a newer version of Assessor; install "
                                                  "the newer version to open it."),
    "wrong_kind": QT_TRANSLATE_NOOP("Exchange", "This is a results file where a package was expected, or the "
                                                "reverse; use the other command."),
    "bad_records": QT_TRANSLATE_NOOP("Exchange", "The records in the file are incomplete or malformed."),
    "db_refused": QT_TRANSLATE_NOOP("Exchange", "The database refused one of the records."),
    "unreadable": QT_TRANSLATE_NOOP("Exchange", "The file cannot be read."),
}
REFUSED_GENERIC = QT_TRANSLATE_NOOP("Exchange", "The file was refused.")
STATUS = {
    "imported": QT_TRANSLATE_NOOP("Exchange", "imported"),
    "unchanged": QT_TRANSLATE_NOOP("Exchange", "already present, nothing changed"),
    "refused": QT_TRANSLATE_NOOP("Exchange", "refused"),
}
KIND_LABELS = {
    "cohorts": QT_TRANSLATE_NOOP("Exchange", "cohorts"),
    "participants": QT_TRANSLATE_NOOP("Exchange", "participants"),
    "sessions": QT_TRANSLATE_NOOP("Exchange", "sessions"),
    "assessments": QT_TRANSLATE_NOOP("Exchange", "assessments"),
    "questions": QT_TRANSLATE_NOOP("Exchange", "question versions"),
    "banks": QT_TRANSLATE_NOOP("Exchange", "banks"),
    "attempts": QT_TRANSLATE_NOOP("Exchange", "attempts"),
    "answer_events": QT_TRANSLATE_NOOP("Exchange", "answer events"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate("Exchange", text)


def reason_text(code: str) -> str:
    """The translated reason for a refusal code (a generic sentence for unknown codes)."""
    return _t(REASONS[code]) if code in REASONS else _t(REFUSED_GENERIC)


class PasswordDialog(QDialog):
    """Asks for a password. For writing: a 'protect' box (ticked for results) and a confirmation."""

    def __init__(self, parent: QWidget | None, *, writing: bool, protect_default: bool = True, file_name: str = ""):
        super().__init__(parent)
        self.writing = writing
        self.setWindowTitle(self.tr("Password"))
        layout = QVBoxLayout(self)
        self.intro = QLabel(wordWrap=True)
        layout.addWidget(self.intro)
        self.protect = QCheckBox(self.tr("Protect with a password (participants' names stay private)"))
        self.protect.setChecked(protect_default)
        self.protect.setVisible(writing)
        layout.addWidget(self.protect)
        form = QFormLayout()
        self.password = QLineEdit(echoMode=QLineEdit.Password)
        self.confirm = QLineEdit(echoMode=QLineEdit.Password)
        form.addRow(self.tr("Password:"), self.password)
        self.confirm_label = QLabel(self.tr("Repeat it:"))
        form.addRow(self.confirm_label, self.confirm)
        layout.addLayout(form)
        self.problem = QLabel(wordWrap=True)
        self.problem.setStyleSheet("color: #b00020")
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.confirm.setVisible(writing)
        self.confirm_label.setVisible(writing)
        if writing:
            self.intro.setText(self.tr("Anyone who has this file and the password can read the participants' "
                                       "names and answers. Tell the password to the person who will import it, "
                                       "not on the USB stick."))
        else:
            self.intro.setText(self.tr("{file} is protected by a password. Enter it to open the file.")
                               .format(file=file_name))
        for signal in (self.password.textChanged, self.confirm.textChanged, self.protect.toggled):
            signal.connect(self._check)
        self._check()

    def _check(self) -> None:
        protect = self.protect.isChecked() or not self.writing
        self.password.setEnabled(protect)
        self.confirm.setEnabled(protect)
        problem = ""
        if protect and not self.password.text():
            problem = self.tr("Enter a password.")
        elif protect and self.writing and crypto.password_problem(self.password.text()):
            problem = self.tr("The password needs at least {} characters.").format(crypto.MIN_PASSWORD)
        elif protect and self.writing and self.password.text() != self.confirm.text():
            problem = self.tr("The two passwords are not the same.")
        self.problem.setText(problem if self.password.text() or self.confirm.text() else "")
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(not problem)

    def value(self) -> str | None:
        """The password, or None when the file is to be written unprotected."""
        if self.writing and not self.protect.isChecked():
            return None
        return self.password.text()


class ImportReportDialog(QDialog):
    """The readable report of an import: per file, what was new, present, conflicting or refused."""

    def __init__(self, parent: QWidget | None, report: exchange.ImportReport):
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(self.tr("Import report"))
        self.resize(820, 560)
        layout = QVBoxLayout(self)
        self.summary = QLabel(wordWrap=True)
        layout.addWidget(self.summary)
        self.browser = QTextBrowser()
        layout.addWidget(self.browser, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        totals = report.to_dict()["totals"]
        self.summary.setText(self.tr("{n} file(s): {imported} imported, {unchanged} already present, {refused} "
                                     "refused.").format(n=totals["sources"], **{k: totals[k] for k in (
                                         "imported", "unchanged", "refused")}))
        self.browser.setHtml(self.render_html())

    def render_html(self) -> str:
        parts = []
        for b in self.report.bundles:
            name = html.escape(Path(b.source).name)
            status = _t(STATUS.get(b.status, b.status))
            colour = {"imported": "#1b5e20", "refused": "#b00020"}.get(b.status, "#444")
            parts.append(f"<h3>{name} — <span style='color:{colour}'>{html.escape(status)}</span></h3>")
            if b.status == "refused":
                parts.append(f"<p><b>{html.escape(reason_text(b.code))}</b><br>"
                             f"<small>{html.escape(b.message)}</small></p>")
                continue
            if b.device_name or b.device_id:
                parts.append("<p>" + html.escape(self.tr("From: {device}").format(
                    device=b.device_name or b.device_id[:8])) + "</p>")
            new = [f"{n} {_t(KIND_LABELS[k])}" for k, n in b.new.items() if n and k in KIND_LABELS]
            present = [f"{n} {_t(KIND_LABELS[k])}" for k, n in b.present.items() if n and k in KIND_LABELS]
            parts.append("<p>" + html.escape(self.tr("New: {items}").format(
                items=", ".join(new) or self.tr("nothing"))) + "<br>")
            parts.append(html.escape(self.tr("Already present: {items}").format(
                items=", ".join(present) or self.tr("nothing"))) + "</p>")
            if b.merged_attempts:
                parts.append("<p>" + html.escape(self.tr(
                    "{n} attempt(s) continued on another laptop were joined, and their answers combined.")
                    .format(n=b.merged_attempts)) + "</p>")
            for q in b.renumbered_questions:
                parts.append("<p>" + html.escape(self.tr(
                    "Question {key} was edited differently on two laptops: this version is kept as version {to}.")
                    .format(key=q["key"], to=q["to"])) + "</p>")
            for p in b.renamed_participants:
                parts.append("<p>" + html.escape(self.tr(
                    "Participant code {code} was already used by another person: this person is now {new}.")
                    .format(code=p["from"], new=p["to"])) + "</p>")
            for q in getattr(b, "question_conflicts", []):
                parts.append("<p style='color:#b00020'>" + html.escape(self.tr(
                    "Conflict: question {key} in this file has the id of a stored question but a different text. "
                    "The stored question is kept and the marks use it.").format(key=q["key"])) + "</p>")
            if getattr(b, "remarked_attempts", 0):
                parts.append("<p>" + html.escape(self.tr(
                    "{n} attempt(s) carried marks that do not follow from their answers; they were marked again "
                    "from the answers.").format(n=b.remarked_attempts)) + "</p>")
            for c in b.conflicts:
                parts.append("<p style='color:#b00020'>" + html.escape(self.tr(
                    "Conflict: participant {code} submitted this test on {n} laptops. Choose which attempt counts "
                    "with File ▸ Resolve conflicts.").format(code=c["participant_code"], n=len(set(c["devices"]))))
                    + "</p>")
        return "".join(parts)


class ConflictsDialog(QDialog):
    """Lists unresolved conflicts; the facilitator picks, per participant, the attempt that counts."""

    def __init__(self, parent: QWidget | None, store):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Resolve conflicts"))
        self.resize(700, 480)
        self.conflicts = exchange.list_conflicts(store)
        names = store.exchange.device_names()
        layout = QVBoxLayout(self)
        intro = QLabel(wordWrap=True)
        layout.addWidget(intro)
        self.groups: list[QButtonGroup] = []
        if not self.conflicts:
            intro.setText(self.tr("There are no conflicts: every participant has at most one submitted attempt "
                                  "per session."))
        else:
            intro.setText(self.tr("These participants submitted the same test on more than one laptop. Choose "
                                  "the attempt that counts; the others are kept but no longer count."))
        for c in self.conflicts:
            box = QGroupBox(self.tr("Participant {code}").format(code=c.participant_code))
            inner = QVBoxLayout(box)
            group = QButtonGroup(self)
            for n, a in enumerate(c.attempts):
                device = names.get(a.device_id) or (self.tr("this laptop") if a.device_id == store.device_id
                                                    else a.device_id[:8])
                button = QRadioButton(self.tr("Laptop {device}, submitted {when}, score {score}%").format(
                    device=device, when=(a.submitted_at or "")[:16].replace("T", " "),
                    score=f"{a.score_pct or 0:.0f}"))
                button.setProperty("attempt_id", a.id)
                button.setChecked(n == len(c.attempts) - 1)  # the one that counts now
                group.addButton(button)
                inner.addWidget(button)
            self.groups.append(group)
            layout.addWidget(box)
        layout.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.Ok).setEnabled(bool(self.conflicts))
        layout.addWidget(buttons)

    def chosen(self) -> list[str]:
        return [g.checkedButton().property("attempt_id") for g in self.groups if g.checkedButton()]


class FileMenu(QObject):
    """The File menu of one main window, and drag-and-drop of files onto it."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.auto_password: str | None = None  # kept in memory only, never in settings
        self.auto_ready = False  # the facilitator chose folder and password in this run of the app
        self.last_report: exchange.ImportReport | None = None
        self.menu = window.menuBar().addMenu("")
        self.menu.setObjectName("file_menu")
        add = self.menu.addAction
        self.a_export_package = add("", self.export_package)
        self.a_open_package = add("", self.open_package)
        self.menu.addSeparator()
        self.a_export_results = add("", self.export_results)
        self.a_import_results = add("", self.import_results)
        self.a_merge = add("", self.merge_database)
        self.a_conflicts = add("", self.resolve_conflicts)
        self.menu.addSeparator()
        self.a_auto = add("", self.choose_auto_folder)
        window.setAcceptDrops(True)
        window.installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("&File"))
        self.a_export_package.setText(self.tr("Export session package…"))
        self.a_open_package.setText(self.tr("Open package…"))
        self.a_export_results.setText(self.tr("Export results…"))
        self.a_import_results.setText(self.tr("Import results…"))
        self.a_merge.setText(self.tr("Merge another database…"))
        self.a_conflicts.setText(self.tr("Resolve conflicts…"))
        folder = settings.get(settings.AUTO_BUNDLE_FOLDER)
        if folder and self.auto_ready:
            self.a_auto.setText(self.tr("Save results automatically to a folder… (now: {folder})").format(
                folder=folder))
        else:
            self.a_auto.setText(self.tr("Save results automatically to a folder… (now: off)"))

    # -- plumbing -------------------------------------------------------------
    def eventFilter(self, obj, event):  # noqa: N802 - Qt naming
        kind = event.type()
        if kind == QEvent.LanguageChange:
            self.retranslate()
        elif kind in (QEvent.DragEnter, QEvent.DragMove) and self._dropped(event):
            event.acceptProposedAction()
            return True
        elif kind == QEvent.Drop and self._dropped(event):
            event.acceptProposedAction()
            self.open_paths(self._dropped(event))
            return True
        return super().eventFilter(obj, event)

    @staticmethod
    def _dropped(event) -> list[str]:
        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        return [u.toLocalFile() for u in mime.urls() if u.toLocalFile().endswith((PACKAGE_EXT, RESULTS_EXT))]

    def _db_path(self) -> str:
        path = self.window.store.path
        if path is None:
            raise AssessorError("This database is in memory and cannot be shared with a background task.")
        return str(path)

    def _run(self, work, on_done, label: str, quiet: bool = False):
        """Run ``work(store, progress)`` on a worker thread with its own store (no dialog when ``quiet``)."""
        from assessor.store import Store

        db_path = self._db_path()

        def task(progress):
            store = Store.open(db_path)
            try:
                return work(store, progress)
            finally:
                store.close()

        self._task = run_task(None if quiet else self.window, task, on_done=on_done, on_error=self.show_error,
                              label=label)
        return self._task

    def show_error(self, exc: BaseException) -> None:
        code = getattr(exc, "code", "")
        box = QMessageBox(QMessageBox.Warning, self.tr("Nothing was changed"),
                          reason_text(code) if code in REASONS else self.tr("The operation failed."),
                          QMessageBox.Ok, self.window)
        box.setInformativeText(self.tr("Nothing was imported or changed."))
        box.setDetailedText(str(exc))
        box.open()
        self.last_error = box

    def _ask_password(self, *, writing: bool, protect_default: bool = True, file_name: str = ""):
        dialog = PasswordDialog(self.window, writing=writing, protect_default=protect_default, file_name=file_name)
        if dialog.exec() != QDialog.Accepted:
            return False, None
        return True, dialog.value()

    def _refresh_pages(self) -> None:
        for page in getattr(self.window, "pages", {}).values():
            refresh = getattr(page, "refresh", None)
            if callable(refresh):
                refresh()

    # -- packages -------------------------------------------------------------
    def _session_labels(self, with_all: bool):
        store = self.window.store
        labels, ids = [], []
        if with_all:
            labels.append(self.tr("All sessions (everything in this database)"))
            ids.append(None)
        cohorts = {c.id: c.name for c in store.cohorts.list(include_archived=True)}
        for s in store.sessions.list():
            labels.append(f"{cohorts.get(s.cohort_id, '?')} — {s.phase} — {s.opened_at[:10]}")
            ids.append(s.id)
        return labels, ids

    def export_package(self) -> None:
        labels, ids = self._session_labels(with_all=False)
        if not ids:
            QMessageBox.information(self.window, self.tr("Export session package"),
                                    self.tr("There is no session yet. Open a session for a cohort first."))
            return
        label, ok = QInputDialog.getItem(self.window, self.tr("Export session package"),
                                         self.tr("Session to run on the participants' laptops:"), labels, 0, False)
        if not ok:
            return
        session_id = ids[labels.index(label)]
        path, _ = file_dialogs.save_file_name(self.window, self.tr("Save the package"), "session" + PACKAGE_EXT,
                                              self.tr("Assessor packages (*{ext})").format(ext=PACKAGE_EXT))
        if not path:
            return
        ok, password = self._ask_password(writing=True)  # the answer key and names travel: protected by default
        if not ok:
            return
        self._run(lambda store, progress: exchange.export_package(store, session_id, path, password),
                  lambda manifest: self.window.statusBar().showMessage(
                      self.tr("Package written to {path}.").format(path=path), 8000),
                  self.tr("Writing the package…"))

    def open_package(self, path: str | None = None) -> None:
        if not path:
            path, _ = file_dialogs.open_file_name(self.window, self.tr("Open a package"), "",
                                                  self.tr("Assessor packages (*{ext})").format(ext=PACKAGE_EXT))
            if not path:
                return
        password = None
        try:
            if exchange.peek_manifest(path).get("encryption"):
                ok, password = self._ask_password(writing=False, file_name=Path(path).name)
                if not ok:
                    return
        except AssessorError as exc:
            self.show_error(exc)
            return

        def done(report):
            self.last_report = exchange.ImportReport([report])
            self._refresh_pages()
            self.show_report(self.last_report)

        self._run(lambda store, progress: exchange.import_package(store, path, password, progress), done,
                  self.tr("Loading the package…"))

    # -- results ----------------------------------------------------------------
    def export_results(self) -> None:
        labels, ids = self._session_labels(with_all=True)
        label, ok = QInputDialog.getItem(self.window, self.tr("Export results"), self.tr("Results of:"), labels, 0,
                                         False)
        if not ok:
            return
        chosen = ids[labels.index(label)]
        path, _ = file_dialogs.save_file_name(self.window, self.tr("Save the results"), "results" + RESULTS_EXT,
                                              self.tr("Assessor results (*{ext})").format(ext=RESULTS_EXT))
        if not path:
            return
        ok, password = self._ask_password(writing=True, protect_default=True)
        if not ok:
            return
        sessions = None if chosen is None else [chosen]
        self._run(lambda store, progress: exchange.export_results(store, path, session_ids=sessions,
                                                                  password=password, progress=progress),
                  lambda manifest: self.window.statusBar().showMessage(self.tr(
                      "{n} attempt(s) written to {path}.").format(n=manifest["counts"]["attempts"], path=path), 8000),
                  self.tr("Writing the results…"))

    def import_results(self, paths: list[str] | None = None) -> None:
        if not paths:
            paths, _ = file_dialogs.open_file_names(
                self.window, self.tr("Import results (choose files; or cancel to choose a folder)"), "",
                self.tr("Assessor results (*{ext})").format(ext=RESULTS_EXT))
            if not paths:
                folder = file_dialogs.existing_directory(self.window, self.tr("Import every results file in a "
                                                                               "folder"))
                if not folder:
                    return
                paths = [folder]
        password = None
        needs = False
        for p in exchange.expand_sources(paths):
            try:
                needs = needs or bool(exchange.peek_manifest(p).get("encryption"))
            except AssessorError:
                pass  # reported as refused, with its reason, in the import report
        if needs:
            ok, password = self._ask_password(writing=False, file_name=", ".join(Path(p).name for p in paths))
            if not ok:
                return

        def done(report):
            self.last_report = report
            self._refresh_pages()
            self.show_report(report)

        self._run(lambda store, progress: exchange.import_results(store, paths, password, progress), done,
                  self.tr("Importing results…"))

    def merge_database(self) -> None:
        path, _ = file_dialogs.open_file_name(self.window, self.tr("Merge another Assessor database"), "",
                                              self.tr("Assessor databases (*.db)"))
        if not path:
            return

        def done(report):
            self.last_report = exchange.ImportReport([report])
            self._refresh_pages()
            self.show_report(self.last_report)

        self._run(lambda store, progress: exchange.merge_database(store, path, progress), done,
                  self.tr("Merging the database…"))

    def show_report(self, report: exchange.ImportReport) -> ImportReportDialog:
        dialog = ImportReportDialog(self.window, report)
        dialog.open()
        self.report_dialog = dialog
        if any(b.conflicts for b in report.bundles):
            dialog.finished.connect(lambda _: self.resolve_conflicts())
        return dialog

    def resolve_conflicts(self) -> None:
        dialog = ConflictsDialog(self.window, self.window.store)
        if dialog.exec() != QDialog.Accepted:
            return
        keep = dialog.chosen()

        def work(store, progress):
            for n, attempt_id in enumerate(keep):
                progress.step(n, len(keep))
                exchange.resolve_conflict(store, attempt_id, "chosen by the facilitator in the conflicts dialog")
            return len(keep)

        self._run(work, lambda n: (self._refresh_pages(), self.window.statusBar().showMessage(
            self.tr("{n} conflict(s) resolved.").format(n=n), 8000)), self.tr("Resolving conflicts…"))

    # -- auto-bundle ------------------------------------------------------------
    def choose_auto_folder(self) -> None:
        folder = file_dialogs.existing_directory(self.window, self.tr(
            "Folder (e.g. the USB stick) to save results to after every submission; cancel to turn it off"))
        if folder:
            ok, password = self._ask_password(writing=True, protect_default=True)
            if not ok:
                return
            self.auto_password = password
        self.auto_ready = bool(folder)
        settings.put(settings.AUTO_BUNDLE_FOLDER, folder or "")
        self.retranslate()

    def after_submission(self):
        """Call after each submission: writes a fresh bundle to the chosen folder (if any) in the background."""
        folder = settings.get(settings.AUTO_BUNDLE_FOLDER)
        if not folder:
            return None
        if not self.auto_ready:  # the password is never stored: ask again in each run of the app
            self.window.statusBar().showMessage(self.tr(
                "Results were not saved to the folder: choose the folder and password again (File menu)."), 10000)
            return None
        password = self.auto_password
        return self._run(lambda store, progress: exchange.auto_bundle(store, folder, password),
                         lambda path: self.window.statusBar().showMessage(
                             self.tr("Results saved to {path}.").format(path=path), 5000),
                         self.tr("Saving results to the folder…"), quiet=True)

    # -- double-click / drop ---------------------------------------------------
    def open_paths(self, paths) -> None:
        """Open dropped or double-clicked files: packages are loaded, results imported."""
        packages = [p for p in paths if str(p).endswith(PACKAGE_EXT)]
        results = [str(p) for p in paths if str(p).endswith(RESULTS_EXT)]
        for p in packages:
            self.open_package(str(p))
        if results:
            self.import_results(results)


def install_file_menu(window) -> FileMenu:
    """Add the File menu to ``window`` (kept as ``window.file_menu``) and accept dropped files."""
    window.file_menu = FileMenu(window)
    return window.file_menu
