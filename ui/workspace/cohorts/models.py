"""The Cohorts section's read-only table models: cohorts, a roster, a roster file's preview, sessions, the live view.

Each model is a thin adapter over core objects (the last field of a row); ``COL_*`` name the columns.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import Qt, QT_TRANSLATE_NOOP
from PySide6.QtGui import QColor

from assessor.delivery.sessions import SUBMITTED, VOIDED
from assessor.people.cohorts import Cohort, Participant
from ui.models import RowTableModel
from ui.workspace.cohorts.texts import (CONTEXT, ERASED, NEW_CODE, PHASE_NAMES, ROW_ERRORS, SESSION_STATUS, SEX_NAMES,
                                        cohort_label, tr)


class _TableModel(RowTableModel):
    CONTEXT = CONTEXT


class CohortRow(NamedTuple):
    name: str
    organisation: str
    location: str
    start_date: str
    parent: str
    cohort: Cohort


class CohortTableModel(_TableModel):
    COL_NAME, COL_ORGANISATION, COL_LOCATION, COL_START, COL_PARENT = range(5)
    HEADERS = (QT_TRANSLATE_NOOP("Roster", "Name"), QT_TRANSLATE_NOOP("Roster", "Organisation"),
               QT_TRANSLATE_NOOP("Roster", "Location"), QT_TRANSLATE_NOOP("Roster", "Start"),
               QT_TRANSLATE_NOOP("Roster", "Cascade from"))

    def display(self, row, col):
        return cohort_label(row.cohort) if col == self.COL_NAME else row[col]

    def tooltip(self, row, col):
        # The list shows name, start and parent; the rest is one hover away.
        if col == self.COL_NAME:
            return " · ".join(part for part in (cohort_label(row.cohort), row.organisation, row.location, row.start_date) if part)
        return self.display(row, col)


class ParticipantRow(NamedTuple):
    code: str
    name: str
    sex: str
    organisation: str
    role: str
    participant: Participant


class ParticipantTableModel(_TableModel):
    COL_CODE, COL_NAME, COL_SEX, COL_ORGANISATION, COL_ROLE = range(5)
    HEADERS = (QT_TRANSLATE_NOOP("Roster", "Code"), QT_TRANSLATE_NOOP("Roster", "Name"),
               QT_TRANSLATE_NOOP("Roster", "Sex"), QT_TRANSLATE_NOOP("Roster", "Organisation"),
               QT_TRANSLATE_NOOP("Roster", "Role"))

    def display(self, row, col):
        if col == self.COL_NAME and row.participant.erased:
            return tr(ERASED)
        return tr(SEX_NAMES.get(row.sex, row.sex)) if col == self.COL_SEX else row[col]


class PreviewRow(NamedTuple):
    line: int
    code: str
    name: str
    sex: str
    organisation: str
    role: str
    problems: str
    row: object


class PreviewTableModel(_TableModel):
    """The rows of a roster file with their problems; rows with problems are tinted."""

    COL_LINE, COL_CODE, COL_NAME, COL_SEX, COL_ORGANISATION, COL_ROLE, COL_PROBLEMS = range(7)
    HEADERS = (QT_TRANSLATE_NOOP("Roster", "Line"), QT_TRANSLATE_NOOP("Roster", "Code"),
               QT_TRANSLATE_NOOP("Roster", "Name"), QT_TRANSLATE_NOOP("Roster", "Sex"),
               QT_TRANSLATE_NOOP("Roster", "Organisation"), QT_TRANSLATE_NOOP("Roster", "Role"),
               QT_TRANSLATE_NOOP("Roster", "Problems"))
    PROBLEM_TINT = "#fde7e9"

    def set_preview(self, preview) -> None:
        self.set_rows(PreviewRow(r.line, r.code or tr(NEW_CODE), r.name,
                                 tr(SEX_NAMES[r.sex]) if r.sex in SEX_NAMES else r.sex, r.organisation, r.role,
                                 "; ".join(tr(ROW_ERRORS.get(e, e)) for e in r.errors), r) for r in preview.rows)

    def data(self, index, role=Qt.DisplayRole):
        if role == Qt.BackgroundRole and index.isValid() and 0 <= index.row() < self.rowCount():
            return QColor(self.PROBLEM_TINT) if self.row(index.row()).problems else None
        return super().data(index, role)


class SessionRow(NamedTuple):
    phase: str
    assessment: str
    status: str
    opened: str
    submitted: int
    session: object


class SessionTableModel(_TableModel):
    COL_PHASE, COL_ASSESSMENT, COL_STATUS, COL_OPENED, COL_SUBMITTED = range(5)
    HEADERS = (QT_TRANSLATE_NOOP("Roster", "Phase"), QT_TRANSLATE_NOOP("Roster", "Assessment"),
               QT_TRANSLATE_NOOP("Roster", "Status"), QT_TRANSLATE_NOOP("Roster", "Opened"),
               QT_TRANSLATE_NOOP("Roster", "Submitted"))

    def display(self, row, col):
        if col == self.COL_PHASE:
            return tr(PHASE_NAMES.get(row.phase, row.phase))
        if col == self.COL_STATUS:
            return tr(SESSION_STATUS.get(row.status, row.status))
        if col == self.COL_OPENED:
            return row.opened[:16].replace("T", " ")
        return row[col]


class LiveRow(NamedTuple):
    code: str
    name: str
    state: str
    answered: int
    attempt: dict


class LiveTableModel(_TableModel):
    """Who is on this laptop in the session (checked in, answering, submitted), then who on the roster has not started."""

    COL_CODE, COL_NAME, COL_STATE, COL_ANSWERED = range(4)
    HEADERS = (QT_TRANSLATE_NOOP("Roster", "Code"), QT_TRANSLATE_NOOP("Roster", "Name"),
               QT_TRANSLATE_NOOP("Roster", "State"), QT_TRANSLATE_NOOP("Roster", "Answered"))
    STATES = {"checked_in": QT_TRANSLATE_NOOP("Roster", "Checked in"),
              "answering": QT_TRANSLATE_NOOP("Roster", "Answering"),
              "submitted": QT_TRANSLATE_NOOP("Roster", "Submitted"),
              "voided": QT_TRANSLATE_NOOP("Roster", "Voided"),
              "not_started": QT_TRANSLATE_NOOP("Roster", "Not started")}
    NOT_SUBMITTED = ("checked_in", "answering")

    @staticmethod
    def state(attempt: dict) -> str:
        if attempt.get("status") == "not_started":
            return "not_started"
        if attempt["status"] == SUBMITTED:
            return "submitted"
        if attempt["status"] == VOIDED:
            return "voided"
        return "answering" if attempt["answered"] else "checked_in"

    def set_attempts(self, attempts, not_started=()) -> None:
        """Rows for ``attempts`` (``live_status``), then ``not_started`` roster members (``not_started``)."""
        absent = [{**p, "status": "not_started", "answered": 0} for p in not_started]
        rows = [LiveRow(a["code"], a["name"] or "", self.state(a), a["answered"], a) for a in [*attempts, *absent]]
        if rows != [self.row(i) for i in range(self.rowCount())]:  # a timer calls this: keep the selection
            self.set_rows(rows)

    def not_submitted_count(self) -> int:
        """How many participants shown are checked in or answering (not yet submitted)."""
        return sum(1 for i in range(self.rowCount()) if self.row(i).state in self.NOT_SUBMITTED)

    def display(self, row, col):
        if col == self.COL_ANSWERED and row.state == "not_started":
            return ""
        return tr(self.STATES[row.state]) if col == self.COL_STATE else row[col]
