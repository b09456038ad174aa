"""Small shared widgets."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, Qt, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QFormLayout, QGroupBox,
                               QHeaderView, QLabel, QLayout, QLineEdit, QPlainTextEdit, QTableView, QTabWidget,
                               QTextEdit, QWidget)

MIN_BUTTON_HEIGHT = 28  # px: large enough to hit at a projector laptop's default size
DETAILS = QT_TRANSLATE_NOOP("Accessibility", "Details")
CONTROLS = (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit, QTextEdit,
            QTabWidget)


def _label_text(text: str) -> str:
    return text.replace("&", "").strip().rstrip(":").strip()


def control_name(widget: QWidget) -> str:
    """What a screen reader says for ``widget``: its accessible name, else its own text or tooltip."""
    if widget.accessibleName():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton) and _label_text(widget.text()):
        return _label_text(widget.text())
    return _label_text(widget.toolTip()) or (_label_text(widget.placeholderText())
                                             if isinstance(widget, QLineEdit) else "")


def make_accessible(root: QWidget) -> None:
    """Keyboard and screen-reader care for a facilitator page, applied once it is built and on
    every language change.

    Tables and lists give Tab back (it leaves the table; the arrow keys move inside it); a
    control without a name of its own is named after the label that stands for it (buddy or
    form row), else the label just before it in its layout; buttons are at least
    ``MIN_BUTTON_HEIGHT`` px high.
    """
    named: dict[QWidget, str] = {}
    for label in root.findChildren(QLabel):
        if label.buddy() is not None and _label_text(label.text()):
            named[label.buddy()] = _label_text(label.text())
    for form in root.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.LabelRole)
            field = form.itemAt(row, QFormLayout.FieldRole)
            if label and field and isinstance(label.widget(), QLabel) and field.widget() is not None:
                named.setdefault(field.widget(), _label_text(label.widget().text()))
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or isinstance(widget, QHeaderView) or widget.objectName().startswith("qt_"):
            continue
        if isinstance(widget, QAbstractItemView):
            widget.setTabKeyNavigation(False)
        if isinstance(widget, QAbstractButton) and widget.minimumHeight() < MIN_BUTTON_HEIGHT:
            widget.setMinimumHeight(MIN_BUTTON_HEIGHT)
        name = named.get(widget) or _name_before(widget) or _fallback_name(widget)
        if name and (not widget.accessibleName() or widget.property("_auto_name")):
            widget.setAccessibleName(name)
            widget.setProperty("_auto_name", True)


def _fallback_name(widget: QWidget) -> str:
    """A table is named after its first column headers; a text view is "Details"."""
    if isinstance(widget, QTableView) and widget.model() is not None:
        model = widget.model()
        heads = [str(model.headerData(c, Qt.Horizontal) or "") for c in range(min(3, model.columnCount(QModelIndex())))]
        return ", ".join(h for h in heads if h)
    if isinstance(widget, QTabWidget):
        return ", ".join(_label_text(widget.tabText(i)) for i in range(widget.count()) if widget.tabText(i))
    parent = widget.parentWidget()
    while parent is not None:  # a control in a titled group box is named after the group
        if isinstance(parent, QGroupBox) and _label_text(parent.title()):
            return _label_text(parent.title())
        parent = parent.parentWidget()
    if isinstance(widget, (QTextEdit, QPlainTextEdit)):
        return QCoreApplication.translate("Accessibility", DETAILS)
    return ""


def _name_before(widget: QWidget) -> str:
    """The text of the nearest QLabel before ``widget`` in its layout (a caption above a table), else its own name."""
    if isinstance(widget, QAbstractButton) and _label_text(widget.text()):
        return ""  # a button says what it does
    parent = widget.parentWidget()
    layouts = parent.findChildren(QLayout) if parent is not None else []
    layout = next((lay for lay in layouts if lay.indexOf(widget) >= 0), None)
    if layout is not None:
        for i in range(layout.indexOf(widget) - 1, -1, -1):
            item = layout.itemAt(i).widget()
            if isinstance(item, QLabel) and _label_text(item.text()):
                return _label_text(item.text())
    return control_name(widget)


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


def compact_combo(combo, characters: int):
    """``combo``, no wider than ``characters`` of text however long its items (the open list shows
    them whole): a long bank or form name must not push the page wider than the screen."""
    combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)
    return combo
