"""The audit log viewer: what facilitators did on this database, newest first.

Every action that changes results or personal data (sessions opened and closed, retakes,
voided attempts, erased participants, imports, resolved conflicts, restored backups) is
recorded by the core with its details; this dialog lists them, filters by action and
exports them as CSV for an evaluator or a data-protection officer.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
                               QMessageBox, QPushButton, QTableView, QVBoxLayout, QWidget)

from ui.dialogs import file_dialogs
from ui.models import RowTableModel
from ui.tasks import run_task
from ui.errors import user_message

# Labels for the action codes the core writes (grep ``audit.log(``); unknown codes show as they are.
ACTION_LABELS = {
    "session.open": QT_TRANSLATE_NOOP("AuditLog", "Session opened"),
    "session.close": QT_TRANSLATE_NOOP("AuditLog", "Session closed"),
    "session.reopen": QT_TRANSLATE_NOOP("AuditLog", "Session re-opened"),
    "attempt.submit": QT_TRANSLATE_NOOP("AuditLog", "Test submitted"),
    "attempt.resume": QT_TRANSLATE_NOOP("AuditLog", "Test resumed"),
    "attempt.retake": QT_TRANSLATE_NOOP("AuditLog", "Retake allowed"),
    "attempt.void": QT_TRANSLATE_NOOP("AuditLog", "Attempt voided"),
    "attempt.grade_essay": QT_TRANSLATE_NOOP("AuditLog", "Essay marked"),
    "participant.erase": QT_TRANSLATE_NOOP("AuditLog", "Personal data erased"),
    "participant.edit": QT_TRANSLATE_NOOP("AuditLog", "Participant details changed"),
    "bank.import": QT_TRANSLATE_NOOP("AuditLog", "Questions imported"),
    "bank.delete": QT_TRANSLATE_NOOP("AuditLog", "Bank deleted"),
    "cohort.archive": QT_TRANSLATE_NOOP("AuditLog", "Cohort archived"),
    "cohort.delete": QT_TRANSLATE_NOOP("AuditLog", "Cohort deleted (it had no results)"),
    "assessment.archive": QT_TRANSLATE_NOOP("AuditLog", "Assessment archived"),
    "exchange.import": QT_TRANSLATE_NOOP("AuditLog", "Package or results imported"),
    "exchange.resolve_conflict": QT_TRANSLATE_NOOP("AuditLog", "Conflict resolved"),
    "facilitator.password_set": QT_TRANSLATE_NOOP("AuditLog", "Facilitator password changed"),
    "backup.create": QT_TRANSLATE_NOOP("AuditLog", "Backup made"),
    "backup.restore": QT_TRANSLATE_NOOP("AuditLog", "Backup restored"),
    "demo.build": QT_TRANSLATE_NOOP("AuditLog", "Demo data added"),
    "runner.exit": QT_TRANSLATE_NOOP("AuditLog", "Participant mode left"),
    "runner.exit_refused": QT_TRANSLATE_NOOP("AuditLog", "Wrong password to leave participant mode"),
    "classroom.allow_resume": QT_TRANSLATE_NOOP("AuditLog", "Allowed to continue on a new phone"),
    "classroom.resume_allowed_used": QT_TRANSLATE_NOOP("AuditLog", "Continued on a new phone"),
    "device.copy_detected": QT_TRANSLATE_NOOP("AuditLog", "Database copied from another laptop"),
    "paper.read": QT_TRANSLATE_NOOP("AuditLog", "Answer sheet read from a scan"),
    "paper.manual": QT_TRANSLATE_NOOP("AuditLog", "Answer sheet typed in"),
    "paper.read_evaluation": QT_TRANSLATE_NOOP("AuditLog", "Evaluation form read from a scan"),
}


def action_label(code: str) -> str:
    """The translated name of an audit action code (the code itself when unknown)."""
    return QCoreApplication.translate("AuditLog", ACTION_LABELS[code]) if code in ACTION_LABELS else code


NAMED_KEYS = {  # detail keys whose id is shown as the thing's name (never a participant: no personal data)
    "cohort_id": QT_TRANSLATE_NOOP("AuditLog", "cohort"),
    "assessment_id": QT_TRANSLATE_NOOP("AuditLog", "assessment"),
    "session_id": QT_TRANSLATE_NOOP("AuditLog", "session"),
    "bank_id": QT_TRANSLATE_NOOP("AuditLog", "bank"),
}


DETAIL_KEYS = {  # detail keys shown in words; ids and counts of rarer actions stay as the core wrote them
    "phase": QT_TRANSLATE_NOOP("AuditLog", "phase"),
    "reason": QT_TRANSLATE_NOOP("AuditLog", "reason"),
    "failures": QT_TRANSLATE_NOOP("AuditLog", "wrong passwords"),
    "new": QT_TRANSLATE_NOOP("AuditLog", "new"),
    "new_version": QT_TRANSLATE_NOOP("AuditLog", "new versions"),
    "archived": QT_TRANSLATE_NOOP("AuditLog", "archived"),
    "language": QT_TRANSLATE_NOOP("AuditLog", "language"),
    "code": QT_TRANSLATE_NOOP("AuditLog", "code"),
}
DETAIL_VALUES = {  # coded values of those keys
    ("reason", "submit"): QT_TRANSLATE_NOOP("AuditLog", "sent by the participant"),
    ("reason", "time_out"): QT_TRANSLATE_NOOP("AuditLog", "time ran out"),
    ("archived", True): QT_TRANSLATE_NOOP("AuditLog", "yes"),
    ("archived", False): QT_TRANSLATE_NOOP("AuditLog", "no"),
}


def audit_names(store, lang: str = "en") -> dict[str, str]:
    """Names of the cohorts, assessments, sessions and banks by id, for the audit details."""
    from assessor.banks.questions import localized

    from ui.workspace.cohorts.texts import cohort_label

    names = {c.id: cohort_label(c) for c in store.cohorts.list(include_archived=True)}
    forms = {a.id: a.name for a in store.assessments.list(include_archived=True)}
    names.update(forms)
    names.update({b.id: localized(b.name, lang) for b in store.banks.list(include_archived=True)})
    from ui.workspace.cohorts.texts import PHASE_NAMES, tr

    for s in store.sessions.list():
        phase = tr(PHASE_NAMES[s.phase]) if s.phase in PHASE_NAMES else s.phase
        names[s.id] = f"{names.get(s.cohort_id, s.cohort_id)} / {phase} / {forms.get(s.assessment_id, '')}"
    return names


def details_text(details: dict, names: dict[str, str] | None = None) -> str:
    """Details as ``key: value`` pairs on one line, in the order the core recorded them.

    With ``names`` (from :func:`audit_names`), cohorts, assessments, sessions and banks are
    shown by name; an id whose thing is gone (a deleted cohort) stays as it is.
    """
    from ui.workspace.cohorts.texts import PHASE_NAMES, tr as phase_tr

    parts = []
    for key, value in details.items():
        if key == "demo" and value is True:
            parts.append(QCoreApplication.translate("AuditLog", "demo data"))
            continue
        if names is not None and key in NAMED_KEYS and isinstance(value, str):
            key = QCoreApplication.translate("AuditLog", NAMED_KEYS[key])
            value = names.get(value, value)
        elif key == "phase" and value in PHASE_NAMES:
            key, value = QCoreApplication.translate("AuditLog", DETAIL_KEYS[key]), phase_tr(PHASE_NAMES[value])
        elif key in DETAIL_KEYS and not isinstance(value, (list, dict)):
            coded = DETAIL_VALUES.get((key, value)) if isinstance(value, (str, bool)) else None
            value = QCoreApplication.translate("AuditLog", coded) if coded else value
            key = QCoreApplication.translate("AuditLog", DETAIL_KEYS[key])
        elif isinstance(value, (list, dict)):
            value = json.dumps(value, ensure_ascii=False)
        parts.append(f"{key}: {value}")
    return "; ".join(parts)


def audit_csv(entries) -> str:
    """The entries as CSV text: time, action code, action name, details (JSON), device."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["time", "action", "action_name", "details", "device_id"])
    for e in entries:
        writer.writerow([e.at, e.action, action_label(e.action), json.dumps(e.details, ensure_ascii=False, sort_keys=True),
                         e.device_id])
    return out.getvalue()


class AuditTableModel(RowTableModel):
    """The audit entries: time, action, details, device; raw values under UserRole."""

    COL_TIME, COL_ACTION, COL_DETAILS, COL_DEVICE = range(4)
    CONTEXT = "AuditLog"
    HEADERS = (QT_TRANSLATE_NOOP("AuditLog", "Time"), QT_TRANSLATE_NOOP("AuditLog", "Action"),
               QT_TRANSLATE_NOOP("AuditLog", "Details"), QT_TRANSLATE_NOOP("AuditLog", "Device"))

    def set_entries(self, entries, names: dict[str, str] | None = None) -> None:
        self.set_rows((e.at, e.action, details_text(e.details, names), e.device_id, e) for e in entries)

    def entry(self, row: int):
        return self.item(row)

    def display(self, r, col):
        if col == self.COL_TIME:
            return r[col][:19].replace("T", " ")
        if col == self.COL_ACTION:
            return action_label(r[col])
        return r[col]

    def tooltip(self, r, col):
        return r[col] if col == self.COL_ACTION else self.display(r, col)


class ActionFilter(QSortFilterProxyModel):
    """Shows one action code, or all when the code is None."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._action = None
        self.setSortRole(Qt.UserRole)

    def set_action(self, action: str | None) -> None:
        self.beginFilterChange()
        self._action = action
        self.endFilterChange()

    def filterAcceptsRow(self, row, parent):  # noqa: N802
        return self._action is None or self.sourceModel().entry(row).action == self._action


class AuditDialog(QDialog):
    """Read-only list of the audit log with a filter by action and CSV export."""

    def __init__(self, store, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.task = None
        self.model = AuditTableModel(self)
        self.proxy = ActionFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QTableView.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setSectionResizeMode(AuditTableModel.COL_DETAILS, QHeaderView.Stretch)
        self.action_label = QLabel()
        self.action_filter = QComboBox()
        # A bound method, not a lambda: a lambda holding the dialog crashed Qt when the dialog was destroyed.
        self.action_filter.currentIndexChanged.connect(self._on_action_changed)
        self.count_label = QLabel()
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self._on_export)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.action_label)
        top.addWidget(self.action_filter, 1)
        top.addWidget(self.count_label)
        bottom = QHBoxLayout()
        bottom.addWidget(self.export_button)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.proxy.rowsInserted.connect(self._show_count)
        self.proxy.rowsRemoved.connect(self._show_count)
        self.proxy.modelReset.connect(self._show_count)
        self.proxy.layoutChanged.connect(self._show_count)
        self.resize(1000, 560)
        self.retranslate()
        self.reload()
        self.table.sortByColumn(AuditTableModel.COL_TIME, Qt.DescendingOrder)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Audit log"))
        self.intro.setText(self.tr("Every action that changes results or personal data is recorded here with its "
                                   "details and the laptop it was done on. Entries cannot be changed or deleted."))
        self.action_label.setText(self.tr("Action:"))
        self.export_button.setText(self.tr("Export CSV…"))
        self._fill_actions()
        self._show_count()

    def reload(self) -> None:
        from ui import i18n

        self.model.set_entries(self.store.audit.list(), audit_names(self.store, i18n.current_language()))
        self._fill_actions()

    def _fill_actions(self) -> None:
        current = self.action_filter.currentData()
        codes = sorted({self.model.entry(r).action for r in range(self.model.rowCount())}, key=action_label)
        self.action_filter.blockSignals(True)
        self.action_filter.clear()
        self.action_filter.addItem(self.tr("All actions"), None)
        for code in codes:
            self.action_filter.addItem(action_label(code), code)
        self.action_filter.setCurrentIndex(max(0, self.action_filter.findData(current)))
        self.action_filter.blockSignals(False)
        self.proxy.set_action(self.action_filter.currentData())

    def _on_action_changed(self, _index: int) -> None:
        self.proxy.set_action(self.action_filter.currentData())

    def _show_count(self, *_args) -> None:
        self.count_label.setText(self.tr("%n entries", "", self.proxy.rowCount()))

    def shown_entries(self) -> list:
        """The entries the filter lets through, in the order on screen."""
        return [self.model.entry(self.proxy.mapToSource(self.proxy.index(r, 0)).row())
                for r in range(self.proxy.rowCount())]

    def _on_export(self) -> None:
        path, _ = file_dialogs.save_file_name(self, self.tr("Export audit log"), "audit-log.csv",
                                              self.tr("CSV (*.csv)"))
        if path:
            self.export_csv(path)

    def export_csv(self, path: str):
        """Write the entries shown (after the filter) as CSV off the GUI thread; returns the task."""
        entries = self.shown_entries()

        def work(_progress):
            Path(path).write_text(audit_csv(entries), encoding="utf-8-sig")
            return path

        self.task = run_task(self, work, on_error=self._on_export_failed, label=self.tr("Writing the audit log…"))
        return self.task

    def _on_export_failed(self, exc) -> None:
        QMessageBox.warning(self, self.tr("Export failed"), user_message(exc))

    def changeEvent(self, event):  # noqa: N802
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @classmethod
    def show_for(cls, store, parent=None) -> None:
        cls(store, parent).exec()
