"""The facilitator's main window: navigation on the left, one page per section."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QMainWindow, QStackedWidget, QWidget

from .banks_page import BanksPage
from .file_menu import install_file_menu
from .widgets import Page, PlaceholderPage


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
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.resize(1280, 760)
        install_file_menu(self)
        self.retranslate()
        self.nav.setCurrentRow(0)

    def _make_pages(self):
        yield "banks", BanksPage(self.store)
        yield "assessments", PlaceholderPage(lambda: self.tr("Assessments"))
        yield "cohorts", PlaceholderPage(lambda: self.tr("Cohorts"))
        yield "results", PlaceholderPage(lambda: self.tr("Results"))

    def add_page(self, key: str, page: Page) -> None:
        self.pages[key] = page
        self.stack.addWidget(page)
        item = QListWidgetItem(page.title())
        item.setData(Qt.UserRole, key)
        self.nav.addItem(item)

    def show_page(self, key: str) -> None:
        self.nav.setCurrentRow(list(self.pages).index(key))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Assessor"))
        for row, page in enumerate(self.pages.values()):
            self.nav.item(row).setText(page.title())

    def changeEvent(self, event):  # noqa: N802
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
