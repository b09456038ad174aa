"""The "Open for phones" window: serves one open session to participants' phones while it is open.

It shows the address in large type, a QR code of it, the short join code and a live view
(joined, answering, how far, submitted, lost connection). The server runs on its own
threads (:class:`assessor.classroom.server.ClassroomServer`); this window only asks the
writer for the live rows every two seconds without waiting for the answer, so the Qt
event loop is never blocked by the phones. Closing the window (or closing the session)
stops the server.
"""

from __future__ import annotations

import logging
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import QFont, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QMessageBox, QPushButton, QTableView, QVBoxLayout, QWidget,
)

from ui.models import RowTableModel
from ui.tasks import run_task

log = logging.getLogger(__name__)

HOST = "0.0.0.0"  # every network of the laptop: the hotspot's or the router's address is not known in advance
PORT = 8765
POLL_MS = 2000
CONTEXT = "ClassroomWindow"
STATES = {
    "joined": QT_TRANSLATE_NOOP("ClassroomWindow", "Joined"),
    "answering": QT_TRANSLATE_NOOP("ClassroomWindow", "Answering"),
    "submitted": QT_TRANSLATE_NOOP("ClassroomWindow", "Submitted"),
    "lost": QT_TRANSLATE_NOOP("ClassroomWindow", "Lost connection"),
    "voided": QT_TRANSLATE_NOOP("ClassroomWindow", "Voided"),
    "not_started": QT_TRANSLATE_NOOP("ClassroomWindow", "Not joined yet"),
}
PHONE = QT_TRANSLATE_NOOP("ClassroomWindow", "Phone")
LAPTOP = QT_TRANSLATE_NOOP("ClassroomWindow", "Laptop")
SECONDS_AGO = QT_TRANSLATE_NOOP("ClassroomWindow", "{} s ago")
OPEN_FOR_PHONES = QT_TRANSLATE_NOOP("ClassroomWindow", "Open for phones")
NOT_INSTALLED = QT_TRANSLATE_NOOP("ClassroomWindow", "Classroom mode is not installed in this copy of Assessor "
                                  "(pip install 'assessor[classroom]').")


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class LiveRow(NamedTuple):
    code: str
    name: str
    state: str
    progress: int
    where: str
    seen: float
    row: dict


class LiveModel(RowTableModel):
    """One row per attempt of the session, from :meth:`assessor.classroom.room.Room.live`."""

    CONTEXT = CONTEXT
    HEADERS = (QT_TRANSLATE_NOOP("ClassroomWindow", "Code"), QT_TRANSLATE_NOOP("ClassroomWindow", "Name"),
               QT_TRANSLATE_NOOP("ClassroomWindow", "State"), QT_TRANSLATE_NOOP("ClassroomWindow", "Answered"),
               QT_TRANSLATE_NOOP("ClassroomWindow", "Device"), QT_TRANSLATE_NOOP("ClassroomWindow", "Last heard"))

    def set_live(self, rows: list[dict]) -> None:
        new = [LiveRow(r["code"], r["name"], r["state"], r["answered"], "phone" if r["on_phone"] else "laptop",
                       -1.0 if r["seen_s_ago"] is None else r["seen_s_ago"], r) for r in rows]
        if [x.row["participant_id"] for x in new] != [x.row["participant_id"] for x in self._rows]:
            self.set_rows(new)
        elif new != self._rows:  # the same people: change the cells, keep the selection
            self._rows = new
            self.dataChanged.emit(self.index(0, 0), self.index(len(new) - 1, len(self.HEADERS) - 1))

    def display(self, row, col):
        if col == 2:
            return _t(STATES.get(row.state, row.state))
        if col == 3:
            total = row.row.get("total")
            return f"{row.progress} / {total}" if total else str(row.progress)
        if col == 4:
            if row.state == "not_started":
                return ""
            return _t(PHONE) if row.where == "phone" else _t(LAPTOP)
        if col == 5:
            return "" if row.seen < 0 or row.state == "submitted" else _t(SECONDS_AGO).format(int(row.seen))
        return row[col]


class _Relay(QObject):
    """Carries a finished live-view read from the writer thread to the GUI thread."""

    rows = Signal(object)


class ClassroomWindow(QWidget):
    """Serving one session to phones. Use :func:`open_for_phones`."""

    stopped = Signal()

    def __init__(self, db_path, session_id: str, title: str = "", parent=None, *, host: str | None = None,
                 port: int | None = None):
        super().__init__(parent, Qt.Window)
        self.setObjectName("classroomWindow")
        self.db_path, self.session_id = db_path, session_id
        self.host = HOST if host is None else host
        self.port = PORT if port is None else port
        self.server = None
        self._closing = False
        self._reading = False
        self.heading = QLabel(title)
        self.heading.setObjectName("screenTitle")
        self.heading.setWordWrap(True)
        heading_font = QFont(self.font())
        heading_font.setPointSize(16)
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        self.how = QLabel()
        self.how.setWordWrap(True)
        # Read by participants from a few steps away (the laptop turned round or on a projector).
        how_font = QFont(self.font())
        how_font.setPointSize(max(14, how_font.pointSize()))
        self.how.setFont(how_font)
        self.url = QLabel()
        self.url.setObjectName("bigUrl")
        self.url.setTextInteractionFlags(Qt.TextSelectableByMouse)
        big = QFont(self.font())
        big.setPointSize(26)
        big.setBold(True)
        self.url.setFont(big)
        self.join_label = QLabel()
        self.join_label.setFont(big)
        self.others = QLabel()
        self.others.setWordWrap(True)
        self.qr = QLabel()
        self.qr.setAlignment(Qt.AlignCenter)
        self.qr.setMinimumSize(260, 260)
        self.counts = QLabel()
        self.counts.setObjectName("counts")
        self.model = LiveModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.allow_button = QPushButton()
        self.allow_button.clicked.connect(self._on_allow)
        self.stop_button = QPushButton()
        self.stop_button.clicked.connect(self.close)
        self.status = QLabel()
        self.status.setWordWrap(True)

        left = QVBoxLayout()
        left.addWidget(self.heading)
        left.addWidget(self.how)
        left.addSpacing(8)
        left.addWidget(self.url)
        left.addWidget(self.join_label)
        left.addWidget(self.others)
        left.addStretch(1)
        top = QHBoxLayout()
        top.addLayout(left, 1)
        top.addWidget(self.qr)
        buttons = QHBoxLayout()
        buttons.addWidget(self.allow_button)
        buttons.addStretch(1)
        buttons.addWidget(self.stop_button)
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addWidget(self.counts)
        box.addWidget(self.table, 1)
        box.addWidget(self.status)
        box.addLayout(buttons)

        self._relay = _Relay(self)
        self._relay.rows.connect(self._on_rows)
        self.poll = QTimer(self)
        self.poll.setInterval(POLL_MS)
        self.poll.timeout.connect(self._read_live)
        self._rows: list[dict] = []
        self.retranslate()
        self._update_buttons()

    # -- start and stop ---------------------------------------------------------------
    def start(self) -> None:
        """Start serving off the GUI thread; the address appears when the server listens."""
        from assessor.classroom.server import ClassroomServer

        db_path, session_id, host, port = self.db_path, self.session_id, self.host, self.port
        self.status.setText(self.tr("Starting the server…"))

        def work(progress):
            try:
                return ClassroomServer(db_path, session_id, host, port).start()
            except Exception as exc:
                if getattr(exc, "code", "") != "port_in_use" or port == 0:
                    raise
                return ClassroomServer(db_path, session_id, host, 0).start()  # any free port will do

        run_task(self, work, on_done=self._started, on_error=self._failed, label=self.tr("Starting the server…"),
                 cancellable=False)

    def _started(self, server) -> None:
        if self._closing:
            server.stop()
            return
        self.server = server
        urls = server.urls()
        self.url.setText(urls[0].split("/?")[0])
        pixmap = QPixmap()
        from assessor.classroom.server import qr_png

        pixmap.loadFromData(qr_png(urls[0], scale=8), "PNG")
        self.qr.setPixmap(pixmap)
        self._urls = urls
        self.status.clear()
        self.retranslate()
        self.poll.start()
        self._read_live()

    def _failed(self, exc) -> None:
        from ui.errors import user_message

        self.status.setText(user_message(exc))
        self.stop_button.setText(self.tr("Close"))

    def closeEvent(self, event):  # noqa: N802
        self._closing = True
        self.poll.stop()
        if self.server is not None:
            server, self.server = self.server, None
            server.stop()  # a second or less: uvicorn closes its sockets, the writer finishes its queue
        self.stopped.emit()
        super().closeEvent(event)

    # -- the live view -------------------------------------------------------------------
    def _read_live(self) -> None:
        if self.server is None or self._reading:
            return
        if not self.server.running:  # the session was closed: the server stopped itself
            self.poll.stop()
            self.status.setText(self.tr("The session was closed; phones can no longer connect."))
            return
        self._reading = True
        future = self.server.writer.submit(self.server.room.live)
        future.add_done_callback(lambda f: self._relay.rows.emit(f))

    def _on_rows(self, future) -> None:
        self._reading = False
        try:
            rows = future.result()
        except Exception:  # the next poll tries again; the phones see the failure themselves
            log.exception("live view not read")
            return
        self._rows = rows
        self.model.set_live(rows)
        self._show_counts()
        self._update_buttons()

    def _show_counts(self) -> None:
        n = {state: sum(1 for r in self._rows if r["state"] == state) for state in STATES}
        self.counts.setText(self.tr("Joined: {}    Answering: {}    Submitted: {}    Lost connection: {}").format(
            n["joined"] + n["answering"] + n["lost"] + n["submitted"], n["answering"], n["submitted"], n["lost"])
            + "    " + self.tr("Not joined yet: {}").format(n["not_started"]))

    def current_row(self) -> dict | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.item(index.row())

    def _update_buttons(self) -> None:
        row = self.current_row()
        self.allow_button.setEnabled(self.server is not None and row is not None
                                     and row["state"] in ("joined", "answering", "lost"))

    def _on_allow(self) -> None:
        row = self.current_row()
        if row is None or self.server is None:
            return
        self.server.writer.submit(self.server.room.allow_resume, row["participant_id"])
        self.status.setText(self.tr("{} may now continue on a new phone: ask them to type their code "
                                    "there within ten minutes.").format(row["code"]))

    # -- texts ---------------------------------------------------------------------------
    def changeEvent(self, event):  # noqa: N802
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Open for phones"))
        self.how.setText(self.tr("Participants join the same Wi-Fi as this laptop and scan the QR code with the "
                                 "phone camera (or type the address and then the join code); then they type their "
                                 "participant code."))
        if self.server is not None:
            self.join_label.setText(self.tr("Join code: {}").format(self.server.join_code))
            others = [u.split("/?")[0] for u in getattr(self, "_urls", [])[1:]]
            self.others.setText(self.tr("Other addresses of this laptop: {}").format(", ".join(others))
                                if others else "")
        self.allow_button.setText(self.tr("Let continue on a new phone"))
        self.allow_button.setToolTip(self.tr("For a participant whose phone was lost, swapped or emptied: "
                                             "their code then opens their test on another phone, once."))
        self.stop_button.setText(self.tr("Stop serving"))
        self.model.retranslate()
        self._show_counts()


def action_text() -> str:
    """The label of the session action that opens this window (in this area's translations)."""
    return _t(OPEN_FOR_PHONES)


def open_for_phones(parent, store, session_id: str) -> ClassroomWindow | None:
    """Open the window for an open session and start serving; None (with a message) when it cannot be."""
    try:
        import segno  # noqa: F401
        import starlette  # noqa: F401
        import uvicorn  # noqa: F401
    except ImportError:
        QMessageBox.warning(parent, _t(OPEN_FOR_PHONES), _t(NOT_INSTALLED))
        return None
    session = store.sessions.get(session_id)
    cohort = store.cohorts.get(session.cohort_id)
    form = store.assessments.get(session.assessment_id)
    window = ClassroomWindow(store.path, session_id, f"{cohort.name} — {form.name}", parent)
    window.setAttribute(Qt.WA_DeleteOnClose)
    window.resize(1100, 720)
    window.show()
    window.start()
    return window
