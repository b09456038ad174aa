"""The facilitator's main window: navigation on the left, one page per section."""

from __future__ import annotations

import importlib

from PySide6.QtCore import QByteArray, QEvent, QSize, Qt, QTimer, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QListWidget, QListWidgetItem, QMainWindow, QPushButton,
                               QScrollArea, QStackedWidget, QVBoxLayout, QWidget)

from ui import settings
from ui.file_menu import install_file_menu
from ui.widgets import Page, make_accessible

SMALLEST = QSize(1280, 720)
"""The smallest screen the facilitator window is made for (README): every section fits or scrolls."""

# The sections in navigation order: key, title, and where the page class lives. A page
# (and its imports, e.g. QtCharts for results) is built the first time it is shown, so
# start-up only pays for the first section.
SECTIONS = (
    ("banks", QT_TRANSLATE_NOOP("MainWindow", "Question banks"), "ui.workspace.banks_page", "BanksPage"),
    ("assessments", QT_TRANSLATE_NOOP("MainWindow", "Assessments"), "ui.workspace.assessments_page", "AssessmentsPage"),
    ("cohorts", QT_TRANSLATE_NOOP("MainWindow", "Cohorts"), "ui.workspace.cohorts.page", "CohortsPage"),
    ("results", QT_TRANSLATE_NOOP("MainWindow", "Results"), "ui.results.results_page", "ResultsPage"),
    ("compare", QT_TRANSLATE_NOOP("MainWindow", "Compare"), "ui.results.compare_page", "ComparePage"),
)
KEYS = [key for key, *_ in SECTIONS]


class _Pages(dict):
    """The pages built so far; looking up one not yet built builds it."""

    def __init__(self, window: "MainWindow"):
        super().__init__()
        self._window = window

    def __missing__(self, key: str) -> Page:
        return self._window._build(key)


class MainWindow(QMainWindow):
    """Holds the open store; pages are built from it and never from a global."""

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(180)
        self.stack = QStackedWidget()
        self.pages: dict[str, Page] = _Pages(self)
        for key, _title, _module, _cls in SECTIONS:
            self.stack.addWidget(QWidget())  # stands in until the page is first shown
            item = QListWidgetItem()
            item.setData(Qt.UserRole, key)
            self.nav.addItem(item)
        self.nav.currentRowChanged.connect(self._on_page_shown)
        self.settings_button = QPushButton()
        self.settings_button.setFixedWidth(180)
        self.settings_button.clicked.connect(self._on_settings)
        self.audit_button = QPushButton()
        self.audit_button.setFixedWidth(180)
        self.audit_button.clicked.connect(self._on_audit)
        side = QVBoxLayout()
        side.addWidget(self.nav, 1)
        side.addWidget(self.audit_button)
        side.addWidget(self.settings_button)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addLayout(side)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.resize(1280, 760)
        self._restore_geometry()
        install_file_menu(self)
        self.retranslate()
        make_accessible(central)
        self.nav.setCurrentRow(0)

    def _build(self, key: str) -> Page:
        row = KEYS.index(key)
        _key, _title, module, cls = SECTIONS[row]
        page = getattr(importlib.import_module(module), cls)(self.store)
        dict.__setitem__(self.pages, key, page)
        make_accessible(page)
        # A page wider or taller than a small screen (1280 x 720) scrolls instead of pushing the
        # window off the screen: every section and button stays reachable.
        scroll = QScrollArea()
        scroll.setObjectName(f"{key}Scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.NoFrame)
        scroll.setWidget(page)
        stand_in = self.stack.widget(row)
        showing = self.stack.currentIndex() == row
        self.stack.insertWidget(row, scroll)
        self.stack.removeWidget(stand_in)
        stand_in.deleteLater()
        if showing:
            self.stack.setCurrentIndex(row)
        return page

    def show_page(self, key: str) -> None:
        """Show the section ``key`` (one of ``KEYS``), building its page the first time."""
        self.nav.setCurrentRow(KEYS.index(key))

    def _restore_geometry(self) -> None:
        # Where and how large the window was when it was last closed (the default size otherwise).
        saved = settings.get(settings.MAIN_GEOMETRY)
        if saved:
            self.restoreGeometry(QByteArray(saved))

    def closeEvent(self, event):  # noqa: N802
        settings.put(settings.MAIN_GEOMETRY, bytes(self.saveGeometry()))
        super().closeEvent(event)

    def _on_page_shown(self, row: int) -> None:
        key = KEYS[row]
        built = key in self.pages
        page = self.pages[key]
        self.stack.setCurrentIndex(row)
        # Pages that list what other pages create (assessments, cohorts) re-read the store when shown again.
        if built and getattr(page, "reload_on_show", False):
            page.reload()

    def _on_settings(self) -> None:
        from ui.dialogs.settings_dialog import SettingsDialog

        SettingsDialog.ask(self.store, self)

    def _on_audit(self) -> None:
        from ui.dialogs.audit_dialog import AuditDialog

        AuditDialog.show_for(self.store, self)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Assessor"))
        self.settings_button.setText(self.tr("Settings…"))
        self.audit_button.setText(self.tr("Audit log…"))
        for row, (_key, title, _module, _cls) in enumerate(SECTIONS):
            self.nav.item(row).setText(self.tr(title))

    def changeEvent(self, event):  # noqa: N802
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
            # Names follow the labels, which their pages retranslate in the same round of events.
            QTimer.singleShot(0, self._rename_controls)
        super().changeEvent(event)

    def _rename_controls(self) -> None:
        make_accessible(self.centralWidget())
