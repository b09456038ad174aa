"""The facilitator's main window: navigation on the left, one page per section."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (QHBoxLayout, QListWidget, QListWidgetItem, QMainWindow, QPushButton, QStackedWidget,
                               QVBoxLayout, QWidget)

from .assessments_page import AssessmentsPage
from .banks_page import BanksPage
from .cohorts_page import CohortsPage
from .compare_page import ComparePage
from .results_page import ResultsPage
from .file_menu import install_file_menu
from .widgets import Page


class MainWindow(QMainWindow):
    """Holds the open store; pages are built from it and never from a global."""

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(200)
        self.stack = QStackedWidget()
        self.pages: dict[str, Page] = {}
        for key, page in self._make_pages():
            self.add_page(key, page)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.nav.currentRowChanged.connect(self._on_page_shown)
        self.settings_button = QPushButton()
        self.settings_button.setFixedWidth(200)
        self.settings_button.clicked.connect(self._on_settings)
        self.audit_button = QPushButton()
        self.audit_button.setFixedWidth(200)
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
        install_file_menu(self)
        self.retranslate()
        self.nav.setCurrentRow(0)

    def _make_pages(self):
        yield "banks", BanksPage(self.store)
        yield "assessments", AssessmentsPage(self.store)
        yield "cohorts", CohortsPage(self.store)
        yield "results", ResultsPage(self.store)
        yield "compare", ComparePage(self.store)

    def add_page(self, key: str, page: Page) -> None:
        self.pages[key] = page
        self.stack.addWidget(page)
        item = QListWidgetItem(page.title())
        item.setData(Qt.UserRole, key)
        self.nav.addItem(item)

    def show_page(self, key: str) -> None:
        self.nav.setCurrentRow(list(self.pages).index(key))

    def _on_page_shown(self, row: int) -> None:
        # Pages that list what other pages create (assessments, cohorts) re-read the store when shown.
        page = self.stack.widget(row)
        if getattr(page, "reload_on_show", False):
            page.reload()

    def _on_settings(self) -> None:
        from .settings_dialog import SettingsDialog

        SettingsDialog.ask(self.store, self)

    def _on_audit(self) -> None:
        from .audit_dialog import AuditDialog

        AuditDialog.show_for(self.store, self)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Assessor"))
        self.settings_button.setText(self.tr("Settings…"))
        self.audit_button.setText(self.tr("Audit log…"))
        for row, page in enumerate(self.pages.values()):
            self.nav.item(row).setText(page.title())

    def changeEvent(self, event):  # noqa: N802
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
