"""The blanks of a cloze question on the question screen.

The question text shows each blank as a numbered gap (``[1] ______``); below it, one row per
blank in order holds its field: a text box (short answer, number), a drop-down, or big
option tiles in a column or a row (Moodle's MULTICHOICE_V / _H). Tab walks the blanks in
order. :class:`ClozeBlanks` emits the whole answer, one value per blank (see
assessor.delivery.scoring), whenever one blank changes.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from assessor.banks.cloze import gapped_text
from assessor.banks.questions import localized

__all__ = ["ClozeBlanks", "gapped_text"]


class ClozeBlanks(QObject):
    """Widgets of one cloze question; ``picked`` carries the list of every blank's value."""

    picked = Signal(object)

    def __init__(self, screen):
        super().__init__(screen)
        self.screen = screen
        self.fields: list[QWidget] = []  # per blank: a QLineEdit, a QComboBox, or the first tile's row
        self.tiles: list[list] = []  # per blank: its tiles (choice shown as a column or a row), else []
        self.labels: list = []
        self._question = None
        self._orders: tuple = ()
        self._answer: list = []

    def clear(self) -> None:
        self.fields, self.tiles, self.labels, self._question = [], [], [], None

    @property
    def active(self) -> bool:
        return self._question is not None

    def build(self, q, lang: str, orders, tile_class) -> None:
        """Add one labelled row per blank to the screen's options box."""
        from ui.runner.screens import TileRow, _label

        self._question, self._orders = q, tuple(orders)
        self._answer = [None] * len(q.blanks)
        box = self.screen.options_box
        for i, blank in enumerate(q.blanks):
            row = QWidget()
            row.setObjectName("clozeBlank")
            layout = QVBoxLayout(row) if blank.kind == "choice" and blank.display != "dropdown" else QHBoxLayout(row)
            layout.setContentsMargins(0, 0, 0, 0)
            label = _label(name="hint", wrap=False)
            self.labels.append(label)
            layout.addWidget(label)
            tiles = []
            if blank.kind == "choice":
                by_key = dict(zip(blank.option_keys, blank.options))
                order = self._orders[i] if i < len(self._orders) else blank.option_keys
                if blank.display == "dropdown":
                    field = QComboBox()
                    field.addItem("—", None)
                    for key in order:
                        field.addItem(localized(by_key[key].text, lang), key)
                    field.activated.connect(lambda _index, i=i, field=field: self._set(i, field.currentData()))
                    layout.addWidget(field, 1)
                else:
                    holder = TileRow() if blank.display == "horizontal" else QWidget()
                    column = None if blank.display == "horizontal" else QVBoxLayout(holder)
                    if column is not None:
                        column.setContentsMargins(0, 0, 0, 0)
                    for n, key in enumerate(order):
                        tile = tile_class(exclusive=True)
                        tile.set_content(chr(ord("A") + n), localized(by_key[key].text, lang))
                        tile.clicked.connect(lambda _=False, i=i, key=key: self._set(i, key))
                        tiles.append(tile)
                        if column is None:
                            holder.add(tile)
                        else:
                            column.addWidget(tile)
                    field = tiles[0]
                    layout.addWidget(holder)
            else:
                field = QLineEdit()
                field.editingFinished.connect(lambda i=i, field=field: self._set(i, field.text()))
                layout.addWidget(field, 1)
            self.fields.append(field)
            self.tiles.append(tiles)
            box.addWidget(row)

    def widgets(self) -> list[QWidget]:
        """The fields in the order of the blanks (every tile of a column or row), for Tab and focus."""
        out = []
        for field, tiles in zip(self.fields, self.tiles):
            out += tiles or [field]
        return out

    def refresh(self, answer) -> None:
        """Show the stored answer (a field being typed in keeps its text)."""
        q = self._question
        values = list(answer) if isinstance(answer, list) else []
        values += [None] * (len(q.blanks) - len(values))
        self._answer = values[: len(q.blanks)]
        for i, (field, tiles) in enumerate(zip(self.fields, self.tiles)):
            value = self._answer[i]
            if tiles:
                order = self._orders[i]
                for tile, key in zip(tiles, order):
                    tile.set_checked(value == key)
            elif isinstance(field, QComboBox):
                field.setCurrentIndex(max(0, field.findData(value)))
            elif not field.hasFocus():
                field.setText("" if value is None else str(value))

    def _set(self, i: int, value) -> None:
        value = None if value is None or (isinstance(value, str) and not value.strip()) else value
        if self._answer[i] == value:
            return
        new = list(self._answer)
        new[i] = value
        self._answer = new
        self.picked.emit(new)

    def retranslate(self) -> None:
        """Label each blank's row."""
        q = self._question
        for i, (label, field, blank) in enumerate(zip(self.labels, self.fields, q.blanks), start=1):
            label.setText(self.tr("Blank {}:").format(i))
            if isinstance(field, QLineEdit):
                field.setPlaceholderText(self.tr("Type a number") if blank.kind == "numerical"
                                         else self.tr("Type your answer"))
            if not self.tiles[i - 1]:
                field.setAccessibleName(self.tr("Blank {}").format(i))
