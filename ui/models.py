"""The shared read-only table model: NamedTuple rows, translated headers, raw values for sorting.

Subclasses set ``CONTEXT`` (the translation context of their headers) and ``HEADERS``
(``QT_TRANSLATE_NOOP`` source texts), and may override :meth:`display` to format a
cell. The last field of a row is the core object it shows (:meth:`item`). Raw values
are served under ``Qt.UserRole``, which the sort proxies use.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt

_DISPLAY, _TOOLTIP, _RAW = Qt.DisplayRole, Qt.ToolTipRole, Qt.UserRole


class RowTableModel(QAbstractTableModel):
    CONTEXT = ""
    HEADERS: tuple[str, ...] = ()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list = []

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, row: int):
        return self._rows[row]

    def item(self, row: int):
        """The core object behind a row (its last field)."""
        return self._rows[row][-1]

    def rowCount(self, parent=QModelIndex()):  # noqa: N802 - Qt naming
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()):  # noqa: N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        if role == Qt.DisplayRole and orientation == Qt.Horizontal and 0 <= section < len(self.HEADERS):
            return QCoreApplication.translate(self.CONTEXT, self.HEADERS[section])
        return None

    def display(self, row, col: int):
        """The text shown for a cell (the raw value unless a subclass formats it)."""
        return row[col]

    def tooltip(self, row, col: int):
        return self.display(row, col)

    def data(self, index, role=Qt.DisplayRole):
        # The roles served are tested first: a view asks for a dozen others per cell (fonts,
        # colours, size hints), and sizing columns to their contents asks for every row.
        if role != _DISPLAY and role != _RAW and role != _TOOLTIP:
            return None
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        if role == _RAW:
            return r[index.column()]
        if role == _DISPLAY:
            return self.display(r, index.column())
        return self.tooltip(r, index.column())

    def retranslate(self) -> None:
        """Headers and formatted cells follow a language change."""
        if self.HEADERS:
            self.headerDataChanged.emit(Qt.Horizontal, 0, len(self.HEADERS) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self.HEADERS) - 1))
