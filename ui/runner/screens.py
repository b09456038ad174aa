"""The screens of participant mode: check-in, language, instructions, question, overview, thank-you.

Screens only show things and emit signals; :class:`ui.runner.window.RunnerWindow`
drives the engine. Every visible string goes through ``self.tr()`` and is re-set in
``retranslate()`` when the runner's language changes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QAbstractButton, QApplication, QBoxLayout, QComboBox, QFrame, QGridLayout, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy, QStyle, QStyleOption,
    QVBoxLayout, QWidget,
)

from assessor.analysis.rounding import round_text
from assessor.banks.questions import localized

from ui.runner.cloze_item import ClozeBlanks, gapped_text
from ui.runner.evaluation_items import EvaluationItems, EvaluationTexts
from ui.runner.picture import MIN_HEIGHT, Picture
from ui.widgets import Page

LETTERS = "ABCDEFGHI"
COLUMNS = 8  # overview cells per row: fits 1366 px at the default text size


def _label(text: str = "", *, wrap: bool = True, name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(wrap)
    label.setTextFormat(Qt.PlainText)
    if name:
        label.setObjectName(name)
    return label


def _button(text: str = "") -> QPushButton:
    """A push button that Enter (as well as Space) presses while it has the focus."""
    button = QPushButton(text)
    button.setAutoDefault(True)
    return button


def _restyle(widget: QWidget) -> None:
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class Tile(QAbstractButton):
    """A big, word-wrapping choice: mouse, Space or Enter chooses it.

    A real (checkable) button, so assistive technology hears a radio button (``exclusive``:
    one answer) or a check box (several answers) and whether it is checked. The checked
    state shows what the engine stored: clicking only emits ``clicked``; the screen then
    calls :meth:`set_checked`.
    """

    def __init__(self, parent=None, *, exclusive: bool = True):
        super().__init__(parent)
        self.setObjectName("tile")
        self.setCheckable(True)
        self.setAutoExclusive(exclusive)  # the accessible role: radio button, else check box
        self.setFocusPolicy(Qt.StrongFocus)
        self.setCursor(Qt.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Minimum)
        self.key = _label(name="tileKey", wrap=False)
        self.key.setAlignment(Qt.AlignTop | Qt.AlignHCenter)
        self.key.setMinimumWidth(40)
        self.caption = _label(name="tileText")
        # Made only for an option with an image: a plain tile keeps its one-row layout (the confidence
        # and true/false rows place their tiles by height-for-width, which a nested column upsets).
        self.picture = Picture(self, height_share=0.22, name="optionPicture")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(14)
        layout.addWidget(self.key)
        layout.addWidget(self.caption, 1)

    def set_content(self, key: str, text: str) -> None:
        self.key.setText(key)
        self.key.setVisible(bool(key))
        spoken = text or self.picture.alt
        # An option that is a picture alone shows its alt text when the picture cannot be shown.
        self.caption.setText(text if text or not self.picture.isHidden() else spoken)
        self.caption.setVisible(bool(text) or self.picture.isHidden())
        self.setText(spoken)  # not painted (the caption wraps); what text() and assistive technology read
        self.setAccessibleName(f"{key}. {spoken}" if key else spoken)

    def set_picture(self, data: bytes | None, alt: str) -> None:
        """Show an image under the option's text (its alt text is read when the option has no text)."""
        layout = self.layout()
        if layout.indexOf(self.picture) < 0:
            layout.removeWidget(self.caption)
            column = QVBoxLayout()
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(8)
            column.addWidget(self.caption)
            column.addWidget(self.picture)
            layout.addLayout(column, 1)
        self.picture.set_image(data, alt)

    def is_checked(self) -> bool:
        return self.isChecked()

    def set_checked(self, checked: bool) -> None:
        if checked == self.isChecked():
            return
        exclusive = self.autoExclusive()
        self.setAutoExclusive(False)  # Qt refuses to uncheck the checked button of an exclusive set
        self.setChecked(checked)
        self.setAutoExclusive(exclusive)
        for w in (self.key, self.caption):
            w.setProperty("checked", checked)
            _restyle(w)

    def nextCheckState(self):  # noqa: N802 - the state follows the stored answer, not the click
        pass

    def paintEvent(self, event):  # noqa: N802 - background, border and focus ring from the style sheet
        option = QStyleOption()
        option.initFrom(self)  # enabled, focus, hover
        option.state |= QStyle.State_On if self.isChecked() else QStyle.State_Off  # what :checked reads
        painter = QPainter(self)
        self.style().drawPrimitive(QStyle.PE_Widget, option, painter, self)

    def sizeHint(self):  # noqa: N802
        return self.layout().sizeHint()

    def minimumSizeHint(self):  # noqa: N802
        return self.layout().minimumSize()

    def hasHeightForWidth(self):  # noqa: N802
        return True

    def heightForWidth(self, width):  # noqa: N802
        return self.layout().totalHeightForWidth(width)

    def keyPressEvent(self, event):  # noqa: N802
        key = event.key()
        if key in (Qt.Key_Space, Qt.Key_Return, Qt.Key_Enter) and not event.isAutoRepeat():
            self.click()
            return
        if key in (Qt.Key_Up, Qt.Key_Down):  # to the option above or below (without choosing it)
            siblings = [t for t in self.parentWidget().children() if isinstance(t, Tile) and t.isVisible()]
            siblings.sort(key=lambda t: (t.y(), t.x()))
            i = siblings.index(self) + (1 if key == Qt.Key_Down else -1)
            if 0 <= i < len(siblings):
                siblings[i].setFocus(Qt.TabFocusReason)
                return
        event.ignore()  # digits, letters, arrows to the sides: the question screen's keys

    def keyReleaseEvent(self, event):  # noqa: N802
        event.ignore()


class TileRow(QWidget):
    """Tiles side by side, in as many columns as fit the width (one under the other at large text)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.tiles: list[Tile] = []
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self._columns = 0

    def add(self, tile: "Tile") -> None:
        self.tiles.append(tile)
        self._place(len(self.tiles))

    def _place(self, columns: int) -> None:
        self._columns = columns
        for t in self.tiles:
            self.grid.removeWidget(t)
        for c in range(self.grid.columnCount()):
            self.grid.setColumnStretch(c, 0)
        for n, t in enumerate(self.tiles):
            self.grid.addWidget(t, n // columns, n % columns)
        for c in range(columns):
            self.grid.setColumnStretch(c, 1)

    def _fitting(self, width: int) -> int:
        if not self.tiles:
            return 1
        cell = max(t.minimumSizeHint().width() for t in self.tiles) + self.grid.horizontalSpacing()
        return max(1, min(len(self.tiles), (width + self.grid.horizontalSpacing()) // max(1, cell)))

    def minimumSizeHint(self):  # noqa: N802 - one column at the narrowest
        width = max((t.minimumSizeHint().width() for t in self.tiles), default=0)
        return QSize(width, super().minimumSizeHint().height())

    def resizeEvent(self, event):  # noqa: N802
        columns = self._fitting(event.size().width())
        if columns != self._columns:
            self._place(columns)
            self.updateGeometry()
        super().resizeEvent(event)


class Reflow(QWidget):
    """Groups of controls side by side when they fit in the width, else one above the other.

    At large text sizes a row of buttons is wider than the screen; instead of growing the
    window past the screen (and cutting the controls off), the groups stack.
    """

    def __init__(self, left: QWidget, right: QWidget, parent=None, *, margins=(0, 0, 0, 0)):
        super().__init__(parent)
        self.left, self.right = left, right
        self.box = QBoxLayout(QBoxLayout.LeftToRight, self)
        self.box.setContentsMargins(*margins)
        if getattr(left, "stretch", False):
            self.box.addWidget(left, 1)
        else:
            self.box.addWidget(left, 0, Qt.AlignLeft)
        self.box.addWidget(right, 0, Qt.AlignRight)

    def _fits(self, width: int) -> bool:
        m = self.box.contentsMargins()
        need = self.left.sizeHint().width() + self.right.sizeHint().width() + self.box.spacing() + m.left() + m.right()
        return need <= width

    def stacked(self) -> bool:
        return self.box.direction() == QBoxLayout.TopToBottom

    def resizeEvent(self, event):  # noqa: N802
        direction = QBoxLayout.LeftToRight if self._fits(event.size().width()) else QBoxLayout.TopToBottom
        if direction != self.box.direction():
            self.box.setDirection(direction)
            self.updateGeometry()
        super().resizeEvent(event)

    def minimumSizeHint(self):  # noqa: N802 - as narrow as the wider group: the groups stack
        m = self.box.contentsMargins()
        width = max(self.left.minimumSizeHint().width(), self.right.minimumSizeHint().width()) + m.left() + m.right()
        return QSize(width, super().minimumSizeHint().height())


class Group(QWidget):
    """Controls in a row (one group of a :class:`Reflow`)."""

    def __init__(self, widgets, parent=None, *, stretch_first: bool = False):
        super().__init__(parent)
        self.stretch = stretch_first
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for i, w in enumerate(widgets):
            row.addWidget(w, 1 if (stretch_first and i == 0) else 0)


def scrolling(content: QWidget) -> QScrollArea:
    """``content`` in a frameless scroll area that scrolls vertically only when it must."""
    content.setObjectName(content.objectName() or "scrollContent")
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
    area.setVerticalScrollBarPolicy(Qt.ScrollBarAsNeeded)
    area.setFocusPolicy(Qt.NoFocus)
    area.setWidget(content)
    return area


class CheckInScreen(Page):
    """Pick your name from the roster (searchable) or type your participant code."""

    chosen = Signal(str)  # participant id or the typed code

    def __init__(self, parent=None):
        super().__init__(parent)
        self.title = _label(name="screenTitle")
        self.subtitle = _label(name="subtitle")
        self.search_label = _label()
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self._go)
        self.search_label.setBuddy(self.search)
        self.roster = QListWidget()
        self.roster.setObjectName("roster")
        self.roster.itemActivated.connect(lambda item: self.chosen.emit(item.data(Qt.UserRole)))
        self.message = _label(name="message")
        self.start = _button()
        self.start.setObjectName("primary")
        self.start.clicked.connect(self._go)
        self.session_line = _label(name="hint")
        self.roster.setMinimumHeight(180)
        content = QWidget()
        box = QVBoxLayout(content)
        box.setContentsMargins(80, 24, 80, 8)
        box.addWidget(self.title)
        box.addWidget(self.subtitle)
        box.addWidget(self.search_label)
        box.addWidget(self.search)
        box.addWidget(self.message)
        box.addWidget(self.roster, 1)
        box.addWidget(self.session_line)
        self.scroll = scrolling(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll, 1)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(80, 6, 80, 16)
        buttons.addStretch(1)
        buttons.addWidget(self.start)
        outer.addLayout(buttons)
        self.retranslate()

    def focus_order(self) -> list[QWidget]:
        return [self.search, self.roster, self.start]

    def set_roster(self, people, session_text: str) -> None:
        self.roster.clear()
        for p in people:
            item = QListWidgetItem(p.label)
            item.setData(Qt.UserRole, p.id)
            self.roster.addItem(item)
        self.session_line.setText(session_text)
        self.clear()

    def clear(self) -> None:
        """Leave nothing of the previous participant on screen."""
        self.search.clear()
        self.roster.clearSelection()
        self.roster.setCurrentRow(-1)
        self.message.clear()
        self._filter("")
        self.search.setFocus()

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for row in range(self.roster.count()):
            item = self.roster.item(row)
            item.setHidden(bool(needle) and needle not in item.text().casefold())

    def _go(self) -> None:
        item = self.roster.currentItem()
        if item is not None and not item.isHidden() and item.isSelected():
            self.chosen.emit(item.data(Qt.UserRole))
            return
        visible = [self.roster.item(r) for r in range(self.roster.count()) if not self.roster.item(r).isHidden()]
        typed = self.search.text().strip()
        if len(visible) == 1 and typed:
            self.chosen.emit(visible[0].data(Qt.UserRole))
        elif typed:
            self.chosen.emit(typed)
        else:
            self.message.setText(self.tr("Choose your name in the list or type your participant code."))

    def retranslate(self) -> None:
        self.title.setText(self.tr("Welcome"))
        self.subtitle.setText(self.tr("Find your name in the list, or type your participant code, then press Start."))
        self.search_label.setText(self.tr("Name or code:"))
        self.search.setPlaceholderText(self.tr("Type to search"))
        self.search.setAccessibleName(self.tr("Name or participant code"))
        self.roster.setAccessibleName(self.tr("Participants"))
        self.start.setText(self.tr("Start"))
        self.start.setAccessibleName(self.tr("Start"))


class LanguageScreen(Page):
    """Choose the language of the test before the instructions."""

    chosen = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.greeting = _label(name="screenTitle")
        self.prompt = _label(name="subtitle")
        self.buttons = {}
        content = QWidget()
        box = QVBoxLayout(content)
        box.setContentsMargins(80, 40, 80, 40)
        box.addWidget(self.greeting)
        box.addWidget(self.prompt)
        box.addSpacing(20)
        for lang, name in (("en", "English"), ("id", "Bahasa Indonesia")):
            button = QPushButton(name)  # language names are shown in their own language
            button.setObjectName("bigChoice")
            button.setAutoDefault(True)  # Enter chooses the focused language
            button.setAccessibleName(name)
            button.clicked.connect(lambda _=False, lang=lang: self.chosen.emit(lang))
            self.buttons[lang] = button
            box.addWidget(button)
        box.addStretch(1)
        self.scroll = scrolling(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll)
        self._name = ""
        self.retranslate()

    def focus_order(self) -> list[QWidget]:
        return list(self.buttons.values())

    def set_name(self, name: str) -> None:
        self._name = name
        self.retranslate()

    def retranslate(self) -> None:
        self.greeting.setText(self.tr("Hello, {}").format(self._name) if self._name else self.tr("Hello"))
        self.prompt.setText(self.tr("Choose the language for your test. You can change it during the test."))


class InstructionsScreen(Page):
    start = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.title = _label(name="screenTitle")
        self.body = _label()
        self.button = _button()
        self.button.setObjectName("primary")
        self.button.clicked.connect(self.start)
        content = QWidget()
        box = QVBoxLayout(content)
        box.setContentsMargins(80, 30, 80, 10)
        box.addWidget(self.title)
        box.addWidget(self.body)
        box.addStretch(1)
        self.scroll = scrolling(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll, 1)
        row = QHBoxLayout()
        row.setContentsMargins(80, 6, 80, 16)
        row.addStretch(1)
        row.addWidget(self.button)
        outer.addLayout(row)
        self._count, self._minutes, self._resuming, self._confidence = 0, None, False, False
        self._evaluation, self._anonymous = False, False
        self._evaluation_texts = EvaluationTexts(self)
        self.retranslate()

    def focus_order(self) -> list[QWidget]:
        return [self.button]

    def set_info(self, count: int, minutes: int | None, resuming: bool, confidence: bool) -> None:
        self._count, self._minutes, self._resuming, self._confidence = count, minutes, resuming, confidence
        self.retranslate()

    def set_evaluation(self, evaluation: bool, anonymous: bool) -> None:
        """A course evaluation says that nothing is scored, and whether the answers are anonymous."""
        self._evaluation, self._anonymous = evaluation, anonymous
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Instructions"))
        lines = [self.tr("Questions in this test: {}. Each question is on its own screen.").format(self._count)]
        if self._minutes:
            lines.append(self.tr("Time allowed: {} min. The time left is always shown at the top. "
                                 "When the time is up, your answers are submitted automatically.").format(self._minutes))
        lines.append(self.tr("Click an answer, or press 1-9 or A-I. For questions with several answers, "
                             "choose all that apply. Every answer is saved at once."))
        lines.append(self.tr("Use Previous and Next (or the arrow keys) to move. Press F to flag a question "
                             "you want to come back to. Overview shows all questions."))
        if self._confidence:
            lines.append(self.tr("Under each question, tell us how sure you are of your answer."))
        lines += self._evaluation_texts.instructions(self._evaluation, self._anonymous)
        lines.append(self.tr("When you have finished, press Submit."))
        self.body.setText("\n\n".join(lines))
        self.button.setText(self.tr("Continue the test") if self._resuming else self.tr("Start the test"))
        self.button.setAccessibleName(self.button.text())


class QuestionScreen(Page):
    """One question per screen, with confidence, flag and navigation."""

    picked = Signal(object)  # option key (letter), True/False, or a full response for text/matching
    confidence = Signal(int)
    flag = Signal()
    move = Signal(int)  # -1 or +1
    overview = Signal()
    submit = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.counter = _label(name="counter", wrap=False)
        self.flag_mark = _label(name="flagMark", wrap=False)
        self.saved = _label(name="saved", wrap=False)
        self.kind_hint = _label(name="hint")
        self.text = _label(name="questionText")
        self.picture = Picture(height_share=0.4, name="questionPicture")
        self.image_data = lambda sha256: None  # set by the window: the stored image's bytes
        self.text.setTextInteractionFlags(Qt.NoTextInteraction)
        self.text.setFocusPolicy(Qt.TabFocus)  # Shift+Tab from the first option reads the question
        self.options_box = QVBoxLayout()
        self.options_box.setSpacing(10)
        self.tiles: list[Tile] = []
        self.line_edit: QLineEdit | None = None
        self.combos: list[QComboBox] = []
        self.evaluation = EvaluationItems(self)  # rating, choice, comment, then/now items
        self.evaluation.picked.connect(self.picked)
        self.cloze = ClozeBlanks(self)  # the blanks of a cloze question
        self.cloze.picked.connect(self.picked)
        self.confidence_label = _label()
        self.confidence_buttons: list[Tile] = []
        self.confidence_row = QWidget()
        self.confidence_tiles = TileRow()
        for level in (1, 2, 3, 4):
            b = Tile(exclusive=True)  # one level at most: a radio button to assistive technology
            b.clicked.connect(lambda _=False, level=level: self.confidence.emit(level))
            self.confidence_buttons.append(b)
            self.confidence_tiles.add(b)
        conf_box = QVBoxLayout(self.confidence_row)
        conf_box.setContentsMargins(0, 0, 0, 0)
        conf_box.addWidget(self.confidence_label)
        conf_box.addWidget(self.confidence_tiles)

        content = QWidget()
        content.setObjectName("questionContent")
        inner = QVBoxLayout(content)
        inner.setContentsMargins(60, 10, 60, 10)
        inner.addWidget(self.text)
        inner.addWidget(self.picture)
        inner.addWidget(self.kind_hint)
        inner.addSpacing(8)
        inner.addLayout(self.options_box)
        inner.addSpacing(16)
        inner.addWidget(self.confidence_row)
        inner.addStretch(1)
        self.scroll = scrolling(content)
        content.installEventFilter(self)  # arrow keys from an option: to the next or previous question
        self.picture.reference = self.scroll.viewport()
        self.scroll.viewport().installEventFilter(self)  # a taller or shorter view: the pictures follow

        self.prev_button, self.flag_button = _button(), _button()
        self.overview_button, self.next_button, self.submit_button = _button(), _button(), _button()
        self.submit_button.setObjectName("primary")
        self.prev_button.clicked.connect(lambda: self.move.emit(-1))
        self.next_button.clicked.connect(lambda: self.move.emit(1))
        self.flag_button.clicked.connect(self.flag)
        self.overview_button.clicked.connect(self.overview)
        self.submit_button.clicked.connect(self.submit)
        for b in self.nav_buttons():
            b.installEventFilter(self)  # a push button would move the focus on arrow keys instead

        head = QHBoxLayout()
        head.setContentsMargins(60, 0, 60, 0)
        head.addWidget(self.counter)
        head.addWidget(self.flag_mark)
        head.addStretch(1)
        head.addWidget(self.saved)
        self.nav = Reflow(Group([self.prev_button, self.flag_button, self.overview_button]),
                          Group([self.next_button, self.submit_button]), margins=(40, 6, 40, 6))
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 6, 0, 6)
        box.addLayout(head)
        box.addWidget(self.scroll, 1)
        box.addWidget(self.nav)
        self._question = None
        self._order: tuple = ()
        self._state = None
        self._lang = "en"
        self._position, self._count = 0, 0
        self._ask_confidence = False
        self.retranslate()

    # -- showing ------------------------------------------------------------
    def show_item(self, question, order, state, position: int, count: int, lang: str, ask_confidence: bool) -> None:
        """Build the screen for ``question``; ``order`` is the attempt's option order."""
        rebuild = question is not self._question or lang != self._lang
        self._question, self._order, self._state = question, order, state
        self._position, self._count, self._lang = position, count, lang
        self._ask_confidence = ask_confidence
        if rebuild:
            self._build_options()
            self.saved.clear()
            self.scroll.verticalScrollBar().setValue(0)
        self._refresh()

    def nav_buttons(self) -> list[QPushButton]:
        return [self.prev_button, self.flag_button, self.overview_button, self.next_button, self.submit_button]

    def option_widgets(self) -> list[QWidget]:
        """The answer controls in the order shown."""
        if self.line_edit is not None:
            return [self.line_edit]
        if self.cloze.active:
            return self.cloze.widgets()
        if self.combos:
            return list(self.combos)
        if self.evaluation.comment is not None:
            return [self.evaluation.comment]
        if self.evaluation.retro_rows:
            return [t for row in self.evaluation.retro_rows.values() for t in row[1:]]
        return list(self.tiles)

    def focus_order(self) -> list[QWidget]:
        """Tab order: the question, its options, confidence, then navigation."""
        confidence = self.confidence_buttons if self.confidence_row.isVisibleTo(self) else []
        return [self.text] + self.option_widgets() + confidence + self.nav_buttons()

    def focus_first(self) -> None:
        """Focus the chosen option, else the first one (after moving to a question)."""
        widgets = self.option_widgets()
        if not widgets:
            self.next_button.setFocus(Qt.TabFocusReason)
            return
        chosen = [w for w in widgets if isinstance(w, Tile) and w.isChecked()]
        target = chosen[0] if chosen else widgets[0]
        # A question is read from its start: when the option fits below the whole of the question
        # it gets the focus; when it does not (a long question at the largest text), the question
        # text does, at the top, and Tab (or a digit) goes on to the options, scrolling to them.
        self.scroll.verticalScrollBar().setValue(0)
        bottom = target.mapTo(self.scroll.widget(), QPoint(0, target.height())).y()
        if bottom + 12 <= self.scroll.viewport().height():
            target.setFocus(Qt.TabFocusReason)
        else:
            self.text.setFocus(Qt.TabFocusReason)
            self.scroll.verticalScrollBar().setValue(0)

    def _fit_picture(self) -> None:
        """Limit the question's picture so that its text, the picture, the hint and the first option fit in
        the view together; it never shrinks below MIN_HEIGHT (then it keeps its share and the view scrolls)."""
        view = self.scroll.viewport()
        width = max(1, view.width() - 120)  # the content's side margins
        first = self.option_widgets()[:1]
        taken = sum(w.heightForWidth(width) if w.hasHeightForWidth() else w.sizeHint().height()
                    for w in [self.text, self.kind_hint] + first if not w.isHidden())
        room = view.height() - taken - 60  # spacing and margins between them
        # When even a small picture leaves no room for the first option, shrinking it helps nobody: the
        # view scrolls anyway, so the picture keeps its share of the view.
        self.picture.limit = room if room >= MIN_HEIGHT else 0
        for picture in self.pictures():
            picture.updateGeometry()

    def pictures(self) -> list:
        """The question's picture and the options' (shown or not)."""
        return [self.picture] + [t.picture for t in self.tiles]

    def eventFilter(self, watched, event):  # noqa: N802
        if event.type() == QEvent.Resize and watched is self.scroll.viewport():
            self._fit_picture()
        if event.type() == QEvent.KeyPress and not (event.modifiers() & ~Qt.KeypadModifier):
            key = event.key()
            focus = QApplication.focusWidget()
            typing = isinstance(focus, (QLineEdit, QPlainTextEdit))
            if key in (Qt.Key_Right, Qt.Key_PageDown) and not typing:
                self.move.emit(1)
                return True
            if key in (Qt.Key_Left, Qt.Key_PageUp) and not typing:
                self.move.emit(-1)
                return True
        return super().eventFilter(watched, event)

    def clear(self) -> None:
        """Remove the previous participant's question from the screen."""
        self._question, self._state = None, None
        self.text.clear()
        self.picture.set_image(None)
        self.saved.clear()
        self._clear_options()

    def _clear_options(self) -> None:
        while self.options_box.count():
            w = self.options_box.takeAt(0).widget()
            if w is not None:
                w.hide()  # at once: deletion waits for the event loop
                w.deleteLater()
        self.tiles, self.combos, self.line_edit = [], [], None
        self.evaluation.clear()
        self.cloze.clear()

    def _build_options(self) -> None:
        self._clear_options()
        q, lang = self._question, self._lang
        self.text.setText(gapped_text(localized(q.text, lang)) if q.type == "cloze" else localized(q.text, lang))
        self.picture.set_image(self.image_data(q.image) if q.image else None, localized(q.image_alt, lang))
        if q.type == "cloze":
            self.cloze.build(q, lang, self._order, Tile)
        elif not q.asks:
            pass  # a description: its text and the navigation, nothing to answer
        elif not q.scored or q.manual:  # an essay is typed like a comment, saved as it is typed
            self.tiles = self.evaluation.build(q, lang, Tile)
        elif q.type in ("single", "multiple"):
            by_key = dict(zip(q.option_keys, q.options))
            for i, key in enumerate(self._order):
                tile = Tile(exclusive=q.type == "single")
                option = by_key[key]
                tile.picture.reference = self.scroll.viewport()
                if option.image:
                    tile.set_picture(self.image_data(option.image), localized(option.image_alt, lang))
                tile.set_content(LETTERS[i] if i < len(LETTERS) else str(i + 1), localized(option.text, lang))
                tile.clicked.connect(lambda _=False, key=key: self.picked.emit(key))
                self.tiles.append(tile)
                self.options_box.addWidget(tile)
        elif q.type == "truefalse":
            for i, value in enumerate((True, False)):
                tile = Tile(exclusive=True)
                tile.clicked.connect(lambda _=False, value=value: self.picked.emit(value))
                self.tiles.append(tile)
                self.options_box.addWidget(tile)
        elif q.type in ("short", "numerical"):
            self.line_edit = QLineEdit()
            self.line_edit.editingFinished.connect(lambda: self.picked.emit(self.line_edit.text()))
            self.options_box.addWidget(self.line_edit)
        elif q.type == "matching":
            rights = [localized(t, lang) for t in q.right_options]  # distractors included
            for i, pair in enumerate(q.pairs):
                row = QWidget()
                h = QHBoxLayout(row)
                h.addWidget(_label(localized(pair.left, lang)), 1)
                combo = QComboBox()
                combo.addItem("—", None)
                for j in self._order:
                    combo.addItem(rights[j], j)
                combo.setAccessibleName(localized(pair.left, lang))
                combo.activated.connect(self._matching_changed)
                self.combos.append(combo)
                h.addWidget(combo, 1)
                self.options_box.addWidget(row)
        for i in range(self.options_box.count()):  # shown now (not at the next event loop): focus can land
            w = self.options_box.itemAt(i).widget()
            if w is not None and not (w.isHidden() and w.testAttribute(Qt.WA_WState_ExplicitShowHide)):
                w.show()
        self._retranslate_options()
        self._fit_picture()

    def _matching_changed(self) -> None:
        self.picked.emit([c.currentData() for c in self.combos])

    def _refresh(self) -> None:
        q, state = self._question, self._state
        if q is None:
            return
        answer = state.answer
        if q.type == "cloze":
            self.cloze.refresh(answer)
        elif not q.asks:
            pass
        elif not q.scored or q.manual:
            self.evaluation.refresh(answer, self.tiles)
        elif q.type == "single":
            for tile, key in zip(self.tiles, self._order):
                tile.set_checked(answer == key)
        elif q.type == "multiple":
            for tile, key in zip(self.tiles, self._order):
                tile.set_checked(key in (answer or []))
        elif q.type == "truefalse":
            for tile, value in zip(self.tiles, (True, False)):
                tile.set_checked(answer is value)
        elif self.line_edit is not None and not self.line_edit.hasFocus():
            self.line_edit.setText("" if answer is None else str(answer))
        elif self.combos:
            for combo, pick in zip(self.combos, answer or [None] * len(self.combos)):
                combo.setCurrentIndex(max(0, combo.findData(pick)))
        for level, b in enumerate(self.confidence_buttons, start=1):
            b.set_checked(state.confidence == level)
        self.confidence_row.setVisible(self._ask_confidence and q.scored)
        self.flag_button.setVisible(q.asks)  # nothing to come back to on a description
        self.prev_button.setEnabled(self._position > 0)
        self.next_button.setEnabled(self._position < self._count - 1)
        self.retranslate()

    def show_saved(self) -> None:
        self.saved.setText(self.tr("✓ Saved"))

    def _key_tiles(self) -> list:
        """The options that 1-9 / A-I choose: the question's, or for a then/now item the row with the
        focus (the first row when the focus is elsewhere)."""
        if self.tiles:
            return self.tiles
        rows = [row[1:] for row in self.evaluation.retro_rows.values()]
        focus = QApplication.focusWidget()
        return next((r for r in rows if focus in r), rows[0] if rows else [])

    # -- keyboard -------------------------------------------------------------
    def keyPressEvent(self, event):  # noqa: N802
        key = event.key()
        q = self._question
        typing = self.line_edit is not None and self.line_edit.hasFocus()
        if key in (Qt.Key_Right, Qt.Key_PageDown) and not typing:
            self.move.emit(1)
        elif key in (Qt.Key_Left, Qt.Key_PageUp) and not typing:
            self.move.emit(-1)
        elif key == Qt.Key_F and not typing and not event.modifiers():
            self.flag.emit()
        elif q is not None and self._key_tiles() and not typing and (Qt.Key_1 <= key <= Qt.Key_9
                                                                    or Qt.Key_A <= key <= Qt.Key_I):
            tiles = self._key_tiles()
            index = key - Qt.Key_1 if Qt.Key_1 <= key <= Qt.Key_9 else key - Qt.Key_A
            if index < len(tiles):
                tiles[index].setFocus(Qt.ShortcutFocusReason)
                tiles[index].click()
        else:
            super().keyPressEvent(event)

    # -- texts ------------------------------------------------------------------
    def _retranslate_options(self) -> None:
        q = self._question
        if q is None:
            return
        if q.type == "truefalse":
            self.tiles[0].set_content("A", self.tr("True"))
            self.tiles[1].set_content("B", self.tr("False"))
        if self.line_edit is not None:
            self.line_edit.setPlaceholderText(self.tr("Type your answer"))
            self.line_edit.setAccessibleName(self.tr("Your answer"))
        hints = {"single": self.tr("Choose one answer."), "multiple": self.tr("Choose all answers that apply."),
                 "truefalse": self.tr("Is this statement true or false?"),
                 "short": self.tr("Type a short answer, then press Enter."),
                 "numerical": self.tr("Type a number, then press Enter."),
                 "matching": self.tr("Choose the matching item for each line."),
                 "cloze": self.tr("Fill in each numbered blank; Tab moves to the next one."),
                 "description": self.tr("Read this, then press Next."),
                 "essay": self.tr("Write your answer. It is saved as you type; a facilitator marks it later.")}
        self.kind_hint.setText(hints.get(q.type, "") if q.scored or not q.asks else self.evaluation.hint())
        if q.type == "cloze":
            self.cloze.retranslate()
        if not q.scored and q.asks:
            self.evaluation.retranslate()

    def retranslate(self) -> None:
        self.counter.setText(self.tr("Question {} of {}").format(self._position + 1, self._count))
        flagged = bool(self._state and self._state.flagged)
        self.flag_mark.setText(self.tr("⚑ Flagged") if flagged else "")
        self.confidence_label.setText(self.tr("How sure are you?"))
        for b, text in zip(self.confidence_buttons, (self.tr("Guessing"), self.tr("Not very sure"),
                                                     self.tr("Fairly sure"), self.tr("Certain"))):
            b.set_content("", text)
            b.setAccessibleName(self.tr("How sure are you?") + " " + text)
        self.prev_button.setText(self.tr("← Previous"))
        self.prev_button.setAccessibleName(self.tr("Previous question"))
        self.next_button.setText(self.tr("Next →"))
        self.next_button.setAccessibleName(self.tr("Next question"))
        self.flag_button.setText(self.tr("Remove flag (F)") if flagged else self.tr("Flag (F)"))
        self.flag_button.setAccessibleName(self.flag_button.text())
        self.overview_button.setText(self.tr("Overview"))
        self.overview_button.setAccessibleName(self.tr("Overview of all questions"))
        self.submit_button.setText(self.tr("Submit…"))
        self.submit_button.setAccessibleName(self.tr("Submit the test"))
        if self.saved.text():
            self.show_saved()
        self._retranslate_options()


class OverviewScreen(Page):
    """All questions at a glance: answered / unanswered / flagged; click to jump."""

    jump = Signal(int)
    back = Signal()
    submit = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.title = _label(name="screenTitle")
        self.legend = _label(name="hint")
        self.grid = QGridLayout()
        self.grid.setSpacing(10)
        self.buttons: list[QPushButton] = []
        self.back_button, self.submit_button = _button(), _button()
        self.submit_button.setObjectName("primary")
        self.back_button.clicked.connect(self.back)
        self.submit_button.clicked.connect(self.submit)
        content = QWidget()
        box = QVBoxLayout(content)
        box.setContentsMargins(80, 20, 80, 10)
        box.addWidget(self.title)
        box.addWidget(self.legend)
        box.addLayout(self.grid)
        box.addStretch(1)
        self.scroll = scrolling(content)
        self.scroll.viewport().installEventFilter(self)  # how many cells fit follows the view's width
        self.row = Reflow(Group([self.back_button]), Group([self.submit_button]), margins=(80, 6, 80, 16))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll, 1)
        outer.addWidget(self.row)
        self._items: list[tuple[bool, bool]] = []
        self._columns = COLUMNS
        self.retranslate()

    def focus_order(self) -> list[QWidget]:
        return [b for b in self.buttons[: len(self._items)]] + [self.back_button, self.submit_button]

    def set_items(self, items: list[tuple[bool, bool]]) -> None:
        """``items``: (answered, flagged) per question in the order shown."""
        self._items = items
        while len(self.buttons) < len(items):
            b = _button()
            b.setObjectName("cell")
            n = len(self.buttons)
            b.clicked.connect(lambda _=False, n=n: self.jump.emit(n))
            self.grid.addWidget(b, n // self._columns, n % self._columns)  # in the screen before it is shown
            self.buttons.append(b)
        for n, b in enumerate(self.buttons):
            b.setVisible(n < len(items))
        self.retranslate()
        self._reflow(force=True)

    def _reflow(self, force: bool = False) -> None:
        """As many cells per row as fit the width (8 at the default text size on a laptop)."""
        shown = self.buttons[: len(self._items)]
        if not shown:
            return
        m = self.scroll.widget().layout().contentsMargins()
        width = self.scroll.viewport().width() - m.left() - m.right() - 24  # room for the scroll bar
        cell = max(b.sizeHint().width() for b in shown) + self.grid.horizontalSpacing()
        columns = max(1, min(COLUMNS, width // max(1, cell)))
        if columns == self._columns and not force:
            return
        self._columns = columns
        for b in self.buttons:
            self.grid.removeWidget(b)
        for n, b in enumerate(shown):
            self.grid.addWidget(b, n // columns, n % columns)

    def eventFilter(self, watched, event):  # noqa: N802
        if watched is self.scroll.viewport() and event.type() == QEvent.Resize:
            self._reflow()
        return super().eventFilter(watched, event)

    def changeEvent(self, event):  # noqa: N802 - a new text size changes how many cells fit
        super().changeEvent(event)
        if event.type() in (QEvent.StyleChange, QEvent.FontChange):
            self._reflow(force=True)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Overview"))
        self.legend.setText(self.tr("✓ answered    ○ not answered    ⚑ flagged. Click a question to go to it."))
        for n, (answered, flagged) in enumerate(self._items):
            b = self.buttons[n]
            b.setText(f"{n + 1}  {'✓' if answered else '○'}{'  ⚑' if flagged else ''}")
            state = self.tr("answered") if answered else self.tr("not answered")
            if flagged:
                state += ", " + self.tr("flagged")
            b.setAccessibleName(self.tr("Question {}: {}").format(n + 1, state))
            b.setProperty("answered", answered)
            b.setProperty("flagged", flagged)
            _restyle(b)
        self.back_button.setText(self.tr("Back to the question"))
        self.back_button.setAccessibleName(self.back_button.text())
        self.submit_button.setText(self.tr("Submit…"))
        self.submit_button.setAccessibleName(self.tr("Submit the test"))


class ThanksScreen(Page):
    """After submitting: thanks, and the score only if the form allows it."""

    done = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.title = _label(name="screenTitle")
        self.body = _label(name="subtitle")
        self.score = _label(name="score")
        self.button = _button()
        self.button.setObjectName("primary")
        self.button.clicked.connect(self.done)
        content = QWidget()
        box = QVBoxLayout(content)
        box.setContentsMargins(80, 60, 80, 10)
        box.addWidget(self.title)
        box.addWidget(self.body)
        box.addWidget(self.score)
        box.addStretch(1)
        self.scroll = scrolling(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll, 1)
        row = QHBoxLayout()
        row.setContentsMargins(80, 6, 80, 16)
        row.addStretch(1)
        row.addWidget(self.button)
        outer.addLayout(row)
        self._result, self._show_score = None, False
        self.retranslate()

    def focus_order(self) -> list[QWidget]:
        return [self.button]

    def set_result(self, result, show_score: bool) -> None:
        self._result, self._show_score = result, show_score
        self.retranslate()

    def clear(self) -> None:
        self._result = None
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Thank you!"))
        r = self._result
        if r is not None and r.reason == "time_out":
            self.body.setText(self.tr("The time is up. Your answers have been submitted and saved."))
        else:
            self.body.setText(self.tr("Your answers have been submitted and saved."))
        if r is not None and self._show_score:
            # The one rounding rule, as on the results screen and the score sheet (44.5 % is 45 %).
            if r.pending:  # essays still to be marked: the score covers the other questions only
                self.score.setText(self.tr("Your score so far: {}% (without your written answers, which a "
                                           "facilitator marks later)").format(round_text(r.score_pct, 0)))
            else:
                self.score.setText(self.tr("Your score: {}%").format(round_text(r.score_pct, 0)))
        else:
            self.score.clear()
        self.button.setText(self.tr("Finish"))
        self.button.setAccessibleName(self.tr("Finish and return to check-in"))


class FaultScreen(Page):
    """Shown when an answer could not be written: the participant stops and calls the facilitator.

    Nothing on it can be clicked; only the facilitator leaves it (Escape and the password).
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("fault")
        self.title = _label(name="screenTitle")
        self.body = _label(name="subtitle")
        self.facilitator = _label(name="subtitle")
        content = QWidget()
        box = QVBoxLayout(content)
        box.setContentsMargins(80, 60, 80, 60)
        box.addWidget(self.title)
        box.addWidget(self.body)
        box.addSpacing(24)
        box.addWidget(self.facilitator)
        box.addStretch(1)
        self.scroll = scrolling(content)
        self.scroll.setFocusPolicy(Qt.StrongFocus)  # nothing to press here, but the text must scroll
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll)
        self.retranslate()

    def focus_order(self) -> list[QWidget]:
        return []

    def retranslate(self) -> None:
        self.title.setText(self.tr("This answer could not be saved. Call the facilitator."))
        self.body.setText(self.tr("Please do not continue. Your earlier answers that were shown as saved are safe."))
        self.facilitator.setText(self.tr(
            "Facilitator: Assessor could not write to its database (the disk may be full, the USB stick "
            "removed, or the file read-only). Press Esc and enter the password to leave participant mode, fix "
            "the cause, then start participant mode again: the participant continues where they stopped."))
