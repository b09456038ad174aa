"""The Cohorts page: the list of cohorts beside two tabs, the roster and the test sessions.

Rosters are imported from CSV/XLSX through a preview that shows every row's problems
before anything is saved; exports (CSV, printable PDF) run off the GUI thread.
Sessions are opened, watched live (a timer re-reads the attempts on this laptop),
closed and re-opened with a reason; participant mode starts from here.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QHeaderView, QInputDialog, QLabel, QMessageBox,
                               QPushButton, QSplitter, QTableView, QTabWidget, QVBoxLayout, QWidget)

from assessor.delivery.sessions import OPEN, PHASES, SUBMITTED
from assessor.errors import AssessorError
from assessor.people.cohorts import Cohort, Participant
from ui.dialogs import file_dialogs
from ui.errors import user_message
from ui.tasks import run_task
from ui.widgets import Page, compact_combo
from ui.workspace.cohorts.dialogs import CohortDialog, ParticipantDialog, RosterImportDialog
from ui.workspace.cohorts.models import (CohortRow, CohortTableModel, LiveTableModel, ParticipantRow,
                                         ParticipantTableModel, SessionRow, SessionTableModel)
from ui.workspace.cohorts.texts import PHASE_NAMES, tr


class CohortsPage(Page):
    REFRESH_MS = 2000

    reload_on_show = True

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.cohort: Cohort | None = None
        self.task = None
        self._make_cohort_list()
        self._make_roster()
        self._make_sessions()
        self._make_live_view()
        self._lay_out()
        self.retranslate()
        self.reload()

    # -- building ------------------------------------------------------------------------
    def _make_cohort_list(self) -> None:
        self.cohorts_model = CohortTableModel(self)
        self.cohorts = self._table(self.cohorts_model)
        # At 1366×768 the list beside the roster has room for name, start and parent only.
        for col in (CohortTableModel.COL_ORGANISATION, CohortTableModel.COL_LOCATION):
            self.cohorts.setColumnHidden(col, True)
        header = self.cohorts.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(CohortTableModel.COL_NAME, QHeaderView.Stretch)
        self.cohorts.setWordWrap(True)
        self.cohorts.selectionModel().currentRowChanged.connect(self._on_cohort_selected)
        self.new_cohort_button, self.edit_cohort_button, self.archive_cohort_button, self.delete_cohort_button = (
            QPushButton() for _ in range(4))
        self.delete_cohort_button.clicked.connect(self._on_delete_cohort)
        self.new_cohort_button.clicked.connect(self._on_new_cohort)
        self.edit_cohort_button.clicked.connect(self._on_edit_cohort)
        self.archive_cohort_button.clicked.connect(self._on_archive_cohort)
        self.cohorts_label = QLabel()

    def _make_roster(self) -> None:
        self.roster_model = ParticipantTableModel(self)
        self.roster = self._table(self.roster_model)
        self.add_person_button, self.import_button, self.export_csv_button, self.export_pdf_button = (
            QPushButton() for _ in range(4))
        self.edit_person_button, self.erase_person_button = QPushButton(), QPushButton()
        self.edit_person_button.clicked.connect(self._on_edit_person)
        self.erase_person_button.clicked.connect(self._on_erase_person)
        self.roster.selectionModel().currentRowChanged.connect(lambda *_: self._update_roster_buttons())
        self.roster.doubleClicked.connect(lambda *_: self._on_edit_person())
        self.add_person_button.clicked.connect(self._on_add_person)
        self.import_button.clicked.connect(self._on_import)
        self.export_csv_button.clicked.connect(lambda: self._on_export("csv"))
        self.export_pdf_button.clicked.connect(lambda: self._on_export("pdf"))

    def _make_sessions(self) -> None:
        self.sessions_model = SessionTableModel(self)
        self.sessions = self._table(self.sessions_model)
        self.sessions.selectionModel().currentRowChanged.connect(lambda *_: self._refresh_live())
        self.assessment_combo = compact_combo(QComboBox(), 20)
        # Wide enough for a whole name, cut in the middle in the list, the whole name as tooltip:
        # two forms whose names start the same stay apart.
        self.assessment_combo.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        self.assessment_combo.view().setTextElideMode(Qt.ElideMiddle)
        self.phase_combo = QComboBox()
        for phase in PHASES:
            self.phase_combo.addItem("", phase)
        self.assessment_label, self.phase_label = QLabel(), QLabel()
        self.open_button, self.close_button, self.reopen_button, self.start_button = (QPushButton() for _ in range(4))
        self.open_button.clicked.connect(self._on_open_session)
        self.close_button.clicked.connect(self._on_close_session)
        self.reopen_button.clicked.connect(self._on_reopen_session)
        self.start_button.clicked.connect(self._on_start_participant_mode)
        self.start_button.setStyleSheet("font-weight:bold")
        self.phones_button = QPushButton()  # classroom mode (ui/classroom): serve the session to phones
        self.phones_button.setObjectName("openForPhones")
        self.phones_button.clicked.connect(self._on_open_for_phones)
        self.phones_windows: dict = {}

    def _make_live_view(self) -> None:
        self.live_model = LiveTableModel(self)
        self.live = self._table(self.live_model)
        self.live.selectionModel().currentRowChanged.connect(lambda *_: self._update_retake_button())
        self.live_model.modelReset.connect(self._update_retake_button)
        self.retake_button = QPushButton()
        self.retake_button.clicked.connect(self._on_retake)
        self.essays_button = QPushButton()  # the facilitator marks the session's essays (ui/results/essay_dialog)
        self.essays_button.clicked.connect(self._on_mark_essays)
        self.live_label = QLabel()
        self.live_label.setWordWrap(True)
        from ui.paper.actions import PaperActions  # paper day: print, read scanned sheets, type in

        self.paper = PaperActions(self, self.store, lambda: self.current_session().id if self.current_session() else None)
        self.paper_button = QPushButton()
        self.paper_button.setMenu(self.paper.menu)
        self.timer = QTimer(self)
        self.timer.setInterval(self.REFRESH_MS)
        self.timer.timeout.connect(self._refresh_live)

    def _lay_out(self) -> None:
        self.tabs = QTabWidget()
        self.tabs.addTab(self._roster_tab(), "")
        self.tabs.addTab(self._sessions_tab(), "")
        split = QSplitter(Qt.Horizontal)
        split.addWidget(self._cohort_column())
        split.addWidget(self.tabs)
        split.setSizes([420, 740])
        layout = QVBoxLayout(self)
        layout.addWidget(split)

    def _cohort_column(self) -> QWidget:
        column = QWidget()
        lv = QVBoxLayout(column)
        lv.addWidget(self.cohorts_label)
        lv.addWidget(self.cohorts, 1)
        lv.addLayout(self._button_row(self.new_cohort_button, self.edit_cohort_button, self.archive_cohort_button,
                                      self.delete_cohort_button))
        return column

    def _roster_tab(self) -> QWidget:
        tab = QWidget()
        rv = QVBoxLayout(tab)
        rv.addWidget(self.roster, 1)
        # Two rows (the people, then files): one row of seven is wider than a 1280-px screen in Indonesian.
        rv.addLayout(self._button_row(self.add_person_button, self.edit_person_button, self.erase_person_button, None))
        rv.addLayout(self._button_row(self.import_button, None, self.export_csv_button, self.export_pdf_button))
        return tab

    def _sessions_tab(self) -> QWidget:
        tab = QWidget()
        sv = QVBoxLayout(tab)
        row = QHBoxLayout()
        row.addWidget(self.assessment_label)
        row.addWidget(self.assessment_combo, 1)
        row.addWidget(self.phase_label)
        row.addWidget(self.phase_combo)
        row.addWidget(self.open_button)
        sv.addLayout(row)
        sv.addWidget(self.sessions, 1)
        sv.addLayout(self._button_row(self.close_button, self.reopen_button, self.paper_button, None,
                                      self.phones_button,
                                      self.start_button))
        row = QHBoxLayout()
        row.addWidget(self.live_label, 1)
        row.addWidget(self.essays_button)
        row.addWidget(self.retake_button)
        sv.addLayout(row)
        sv.addWidget(self.live, 1)
        return tab

    @staticmethod
    def _button_row(*widgets) -> QHBoxLayout:
        """A row of buttons; ``None`` stands for the stretch that pushes the rest to the right."""
        row = QHBoxLayout()
        for w in widgets:
            if w is None:
                row.addStretch(1)
            else:
                row.addWidget(w)
        return row

    # The live view polls only while the page is on screen.
    def showEvent(self, event):  # noqa: N802
        self.timer.start()
        super().showEvent(event)

    def hideEvent(self, event):  # noqa: N802
        self.timer.stop()
        super().hideEvent(event)

    @staticmethod
    def _table(model) -> QTableView:
        view = QTableView()
        view.setModel(model)
        view.setSelectionBehavior(QTableView.SelectRows)
        view.setSelectionMode(QTableView.SingleSelection)
        view.verticalHeader().hide()
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
        return view

    def title(self) -> str:
        return self.tr("Cohorts")

    def retranslate(self) -> None:
        self.cohorts_label.setText(self.tr("Cohorts (training events)"))
        self.new_cohort_button.setText(self.tr("New…"))
        self.edit_cohort_button.setText(self.tr("Edit…"))
        self.archive_cohort_button.setText(self.tr("Archive…"))
        self.delete_cohort_button.setText(self.tr("Delete…"))
        self.add_person_button.setText(self.tr("Add participant…"))
        self.edit_person_button.setText(self.tr("Edit…"))
        self.edit_person_button.setToolTip(self.tr("Correct the selected participant's name, sex, organisation or role"))
        self.erase_person_button.setText(self.tr("Erase personal data…"))
        self.erase_person_button.setToolTip(self.tr("Remove the selected participant's name and personal details; "
                                                    "results stay under the code"))
        self.retake_button.setText(self.tr("Allow a retake…"))
        self.retake_button.setToolTip(self.tr("Let the selected participant take this test again; the submitted "
                                              "attempt is voided (kept, no longer counted)"))
        self.import_button.setText(self.tr("Import CSV/XLSX…"))
        self.export_csv_button.setText(self.tr("Export CSV…"))
        self.export_pdf_button.setText(self.tr("Print codes (PDF)…"))
        self.tabs.setTabText(0, self.tr("Roster"))
        self.tabs.setTabText(1, self.tr("Sessions"))
        self.assessment_label.setText(self.tr("Assessment:"))
        self.phase_label.setText(self.tr("Phase:"))
        for i, phase in enumerate(PHASES):
            self.phase_combo.setItemText(i, tr(PHASE_NAMES[phase]))
        self.open_button.setText(self.tr("Open session"))
        self.paper.retranslate()
        self.paper_button.setText(self.paper.menu.title())
        self.close_button.setText(self.tr("Close session…"))
        self.reopen_button.setText(self.tr("Re-open…"))
        self.start_button.setText(self.tr("Start participant mode"))
        self.essays_button.setText(self.tr("Mark essays…"))
        from ui.classroom import action_text

        self.phones_button.setText(action_text())
        self.live_label.setText(self.tr("Participants of this session (those who started on this laptop come first):"))
        for model in (self.cohorts_model, self.roster_model, self.sessions_model, self.live_model):
            model.headerDataChanged.emit(Qt.Horizontal, 0, max(0, model.columnCount() - 1))
            model.layoutChanged.emit()

    # -- loading ---------------------------------------------------------------------
    def reload(self, select: str | None = None) -> None:
        current = select or (self.cohort.id if self.cohort else None)
        cohorts = self.store.cohorts.list()
        names = {c.id: c.name for c in cohorts}
        self.cohorts_model.set_rows(CohortRow(c.name, c.organisation, c.location, c.start_date,
                                              names.get(c.parent_id, ""), c) for c in cohorts)
        self.assessment_combo.clear()
        for a in self.store.assessments.list():
            self.assessment_combo.addItem(a.name, a.id)
            self.assessment_combo.setItemData(self.assessment_combo.count() - 1, a.name, Qt.ToolTipRole)
        row = next((i for i, c in enumerate(cohorts) if c.id == current), 0 if cohorts else -1)
        if row >= 0:
            self.cohorts.selectRow(row)
            self._show_cohort(cohorts[row])
        else:
            self._show_cohort(None)

    def _on_cohort_selected(self, current, _previous=None):
        if current.isValid():
            self._show_cohort(self.cohorts_model.item(current.row()))

    def _show_cohort(self, cohort: Cohort | None) -> None:
        self.cohort = cohort
        self.delete_cohort_button.setEnabled(cohort is not None and not self.store.cohorts.has_results(cohort.id))
        self.delete_cohort_button.setToolTip(self.tr("A cohort with results can only be archived.")
                                             if cohort is not None and not self.delete_cohort_button.isEnabled() else "")
        for w in (self.edit_cohort_button, self.archive_cohort_button, self.add_person_button, self.import_button,
                  self.export_csv_button, self.export_pdf_button, self.open_button):
            w.setEnabled(cohort is not None)
        people = self.store.cohorts.participants(cohort.id) if cohort else []
        self.roster_model.set_rows(ParticipantRow(p.code, p.name, p.sex, p.organisation, p.role, p) for p in people)
        self._update_roster_buttons()
        self._show_sessions()

    def _show_sessions(self, select: str | None = None) -> None:
        sessions = self.store.sessions.list(self.cohort.id) if self.cohort else []
        forms = {a.id: a.name for a in self.store.assessments.list(include_archived=True)}
        current = select or (self.current_session().id if self.current_session() else None)
        self.sessions_model.set_rows(
            SessionRow(s.phase, forms.get(s.assessment_id, ""), s.status, s.opened_at,
                       self.store.attempts.submitted_count(s.id), s) for s in sessions)
        row = next((i for i, s in enumerate(sessions) if s.id == current), len(sessions) - 1)
        if row >= 0:
            self.sessions.selectRow(row)
        self._refresh_live()

    def current_session(self):
        index = self.sessions.currentIndex()
        if not index.isValid() or index.row() >= self.sessions_model.rowCount():
            return None
        return self.sessions_model.item(index.row())

    def _refresh_live(self) -> None:
        session = self.current_session()
        if session is not None:
            session = self.store.sessions.get(session.id)
        self.live_model.set_attempts(
            self.store.attempts.live_status(session.id, self.store.device_id) if session else [],
            self.store.attempts.not_started(session.id) if session else [])
        is_open = session is not None and session.status == OPEN
        self.close_button.setEnabled(is_open)
        self.start_button.setEnabled(is_open)
        self.phones_button.setEnabled(is_open)
        self.reopen_button.setEnabled(session is not None and not is_open)
        self.essays_button.setEnabled(session is not None)

    # -- cohorts ------------------------------------------------------------------------
    def _on_new_cohort(self):
        saved = CohortDialog.ask(self.store, None, self)
        if saved:
            self.reload(select=saved.id)

    def _on_edit_cohort(self):
        if self.cohort and (saved := CohortDialog.ask(self.store, self.cohort, self)):
            self.reload(select=saved.id)

    def _on_archive_cohort(self):
        if self.cohort is None:
            return
        if QMessageBox.question(self, self.tr("Archive cohort"), self.tr(
                "Archive \"{0}\"? It is hidden from lists; its roster, sessions and results are kept.").format(
                self.cohort.name), QMessageBox.Yes | QMessageBox.Cancel, QMessageBox.Cancel) != QMessageBox.Yes:
            return
        self.store.cohorts.archive(self.cohort.id)
        self.cohort = None
        self.reload()

    def _on_delete_cohort(self):
        if self.cohort is None:
            return
        box = QMessageBox(QMessageBox.Warning, self.tr("Delete cohort"), self.tr(
            "Delete \"{0}\" with its roster and its sessions? It has no results. The roster's names are "
            "also removed from the backups.").format(self.cohort.name), QMessageBox.Cancel, self)
        delete = box.addButton(self.tr("Delete"), QMessageBox.DestructiveRole)
        box.setDefaultButton(QMessageBox.Cancel)
        box.exec()
        if box.clickedButton() is not delete:
            return
        from assessor.safety.backup import delete_cohort

        try:
            delete_cohort(self.store, self.cohort.id)
        except AssessorError as exc:  # results arrived meanwhile (a merge, a phone): nothing was deleted
            QMessageBox.warning(self, self.tr("Delete cohort"), user_message(exc))
            return
        self.cohort = None
        self.reload()

    # -- roster ---------------------------------------------------------------------------
    def _on_add_person(self):
        if self.cohort and (person := ParticipantDialog.ask(self.cohort.id, self)):
            self._add_people([person])

    def current_person(self) -> Participant | None:
        index = self.roster.currentIndex()
        if not index.isValid() or index.row() >= self.roster_model.rowCount():
            return None
        return self.roster_model.item(index.row())

    def _update_roster_buttons(self) -> None:
        person = self.current_person()
        self.edit_person_button.setEnabled(person is not None and not person.erased)
        self.erase_person_button.setEnabled(person is not None and not person.erased)

    def _select_person(self, person_id: str) -> None:
        for r in range(self.roster_model.rowCount()):
            if self.roster_model.item(r).id == person_id:
                self.roster.selectRow(r)

    def _on_edit_person(self):
        person = self.current_person()
        if person is None or person.erased:
            return
        changed = ParticipantDialog.ask_edit(person, self)
        if changed is None:
            return
        try:
            self.store.cohorts.update_participant(changed)
        except AssessorError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), user_message(exc))
            return
        self._show_cohort(self.cohort)
        self._select_person(person.id)

    def erase_text(self, person: Participant) -> str:
        """What the confirmation says is removed and what stays."""
        return self.tr(
            "Erase the personal data of {0}?\n\n"
            "Removed for good: the name, sex, organisation and role.\n"
            "Kept: the participant code {1} and every answer and score filed under it, so the cohort's "
            "results stay complete but no longer say who this was.\n\n"
            "This cannot be undone. It is recorded in the audit log. Copies already exported or printed "
            "(rosters, score sheets, result files) are not changed: delete those separately.").format(
            person.label, person.code)

    def _on_erase_person(self):
        person = self.current_person()
        if person is None or person.erased:
            return
        box = QMessageBox(QMessageBox.Warning, self.tr("Erase personal data"), self.erase_text(person),
                          QMessageBox.Cancel, self)
        erase = box.addButton(self.tr("Erase"), QMessageBox.DestructiveRole)
        box.setDefaultButton(QMessageBox.Cancel)
        box.exec()
        if box.clickedButton() is not erase:
            return
        from assessor.safety.backup import erase_participant

        scrub = erase_participant(self.store, person.id)  # the backups too: a restore cannot bring it back
        self._show_cohort(self.cohort)
        self._select_person(person.id)
        # Not modal: the page stays usable, and the box says what happened to the backups.
        self.erased_box = QMessageBox(QMessageBox.Information, self.tr("Erase personal data"),
                                      self.erased_text(scrub), QMessageBox.Ok, self)
        self.erased_box.open()

    def erased_text(self, scrub) -> str:
        """What happened to the backups after an erasure."""
        lines = [self.tr("The personal data were erased.")]
        if scrub.rewritten:
            lines.append(self.tr("Backups rewritten without them: {0}.").format(
                ", ".join(p.name for p in scrub.rewritten)))
        if scrub.dropped:
            lines.append(self.tr("Damaged backups deleted because they held them and could not be rewritten: {0}.")
                         .format(", ".join(p.name for p in scrub.dropped)))
        if not scrub.rewritten and not scrub.dropped:
            lines.append(self.tr("No backup held them."))
        return "\n\n".join(lines)

    def _add_people(self, people) -> bool:
        try:
            self.store.cohorts.add_participants(self.cohort.id, people)
        except AssessorError as exc:
            QMessageBox.warning(self, self.tr("Not added"), user_message(exc))
            return False
        self._show_cohort(self.cohort)
        return True

    def _on_import(self):
        path, _ = file_dialogs.open_file_name(self, self.tr("Import roster"), "",
                                              self.tr("Rosters (*.csv *.xlsx);;All files (*)"))
        if path:
            self.import_roster(path)

    def import_roster(self, path: str):
        """Read ``path`` off the GUI thread, then show the preview; the returned task finishes first."""
        from assessor.people.roster import parse_roster

        existing = [p.code for p in self.store.cohorts.participants(self.cohort.id)]
        self.task = run_task(self, lambda _progress: parse_roster(Path(path).read_bytes(), path, existing),
                             on_done=self._on_import_read, on_error=self._on_task_error,
                             label=self.tr("Reading the roster…"))
        return self.task

    def _on_import_read(self, preview):
        if RosterImportDialog.ask(preview, self):
            self._add_people(preview.participants(self.cohort.id))

    def _on_task_error(self, exc):
        QMessageBox.warning(self, self.tr("Failed"), user_message(exc))

    def _on_export(self, kind: str):
        if self.cohort is None:
            return
        suggested = f"{self.cohort.name}.{kind}"
        filters = self.tr("CSV (*.csv)") if kind == "csv" else self.tr("PDF (*.pdf)")
        title = self.tr("Export roster") if kind == "csv" else self.tr("Print codes")
        path, _ = file_dialogs.save_file_name(self, title, suggested, filters)
        if path:
            self.export_roster(path, kind)

    def export_roster(self, path: str, kind: str):
        """Write the roster as CSV or printable PDF off the GUI thread; returns the task."""
        people = self.store.cohorts.participants(self.cohort.id)
        name, title = self.cohort.name, self.tr("Participant codes")

        def work(_progress):
            if kind == "csv":
                from assessor.people.roster import roster_csv

                data = roster_csv(people)
            else:
                from reports.roster import roster_pdf

                data = roster_pdf(name, people, title)
            Path(path).write_bytes(data)
            return path

        self.task = run_task(self, work, on_error=self._on_task_error, label=self.tr("Writing the roster…"))
        return self.task

    # -- sessions ---------------------------------------------------------------------------
    def _on_open_session(self):
        if self.cohort is None or self.assessment_combo.currentData() is None:
            QMessageBox.information(self, self.tr("No assessment"), self.tr("Build an assessment first."))
            return
        try:
            session = self.store.sessions.open(self.cohort.id, self.assessment_combo.currentData(),
                                               self.phase_combo.currentData())
        except AssessorError as exc:
            QMessageBox.warning(self, self.tr("Not opened"), user_message(exc))
            return
        self._show_sessions(select=session.id)

    def _on_close_session(self):
        session = self.current_session()
        if session is None:
            return
        answering = self.live_model.not_submitted_count()
        text = self.tr("Close this session? Nobody can start or continue it until it is re-opened.")
        if answering:
            text += " " + self.tr("%n participant(s) on this laptop have not submitted.", "", answering)
        if QMessageBox.question(self, self.tr("Close session"), text, QMessageBox.Yes | QMessageBox.Cancel,
                                QMessageBox.Cancel) != QMessageBox.Yes:
            return
        self.store.sessions.close(session.id)
        self._show_sessions(select=session.id)

    def _on_reopen_session(self):
        session = self.current_session()
        if session is None:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Re-open session"),
                                          self.tr("Why is the session re-opened? (kept in the audit log)"))
        if not ok:
            return
        if not reason.strip():
            QMessageBox.warning(self, self.tr("Not re-opened"), self.tr("A reason is needed."))
            return
        self.store.sessions.reopen(session.id, reason)
        self._show_sessions(select=session.id)

    def current_live(self) -> dict | None:
        index = self.live.currentIndex()
        if not index.isValid() or index.row() >= self.live_model.rowCount():
            return None
        return self.live_model.item(index.row())

    def _update_retake_button(self) -> None:
        attempt = self.current_live()
        self.retake_button.setEnabled(attempt is not None and attempt["status"] == SUBMITTED)

    def _on_retake(self):
        session, attempt = self.current_session(), self.current_live()
        if session is None or attempt is None or attempt["status"] != SUBMITTED:
            return
        who = f"{attempt['name']} ({attempt['code']})" if attempt["name"] else attempt["code"]
        reason, ok = QInputDialog.getText(
            self, self.tr("Allow a retake"),
            self.tr("{0} may take this test again. The submitted attempt is voided: it is kept, but no longer "
                    "counted. Why? (kept in the audit log)").format(who))
        if not ok:
            return
        if not reason.strip():
            QMessageBox.warning(self, self.tr("No retake"), self.tr("A reason is needed."))
            return
        self.allow_retake(session.id, attempt["participant_id"], reason)

    def allow_retake(self, session_id: str, participant_id: str, reason: str) -> bool:
        """Void the participant's submitted attempt so they can start again; False (with a message) if refused."""
        from assessor.delivery.engine import AttemptEngine

        try:
            AttemptEngine(self.store).allow_retake(session_id, participant_id, reason)
        except AssessorError as exc:
            QMessageBox.warning(self, self.tr("No retake"), user_message(exc))
            return False
        self._show_sessions(select=session_id)
        return True

    def _on_open_for_phones(self):
        """Serve the selected open session to phones (one window per session; a second click shows it)."""
        session = self.current_session()
        if session is None:
            return
        window = self.phones_windows.get(session.id)
        if window is not None:
            window.raise_()
            window.activateWindow()
            return
        from ui.classroom import open_for_phones

        window = open_for_phones(self, self.store, session.id)
        if window is not None:
            self.phones_windows[session.id] = window
            window.stopped.connect(lambda sid=session.id: self.phones_windows.pop(sid, None))

    def _on_mark_essays(self):
        session = self.current_session()
        if session is None:
            return
        from ui.i18n import current_language
        from ui.results.essay_dialog import mark_essays

        mark_essays(self, self.store, session.id, current_language())
        self._refresh_live()

    def _on_start_participant_mode(self):
        session = self.current_session()
        if session is None:
            return
        from ui import runner

        file_menu = getattr(self.window(), "file_menu", None)
        runner.start_participant_mode(self.store, session.id, parent=self,
                                      on_submitted=file_menu.after_submission if file_menu else None)
