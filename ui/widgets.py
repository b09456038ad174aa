"""Small shared widgets."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class Page(QWidget):
    """A section of the main window. Subclasses set texts in ``retranslate()``,
    which runs at construction and on every language change."""

    def changeEvent(self, event):  # noqa: N802 - Qt naming
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        pass

    def title(self) -> str:
        """The page's name in the navigation (subclasses translate it)."""
        return self.windowTitle()


class PlaceholderPage(Page):
    """A section whose screens are not built yet: says so plainly."""

    def __init__(self, title_fn, parent=None):
        super().__init__(parent)
        self._title_fn = title_fn
        self._label = QLabel(alignment=Qt.AlignCenter)
        self._label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self._label)
        self.retranslate()

    def title(self) -> str:
        return self._title_fn()

    def retranslate(self) -> None:
        self._label.setText(self.tr("This section is not available in this version yet."))
