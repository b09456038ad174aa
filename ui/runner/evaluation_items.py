"""The course-evaluation items on the question screen: rating scales, choices, comments, then/now.

:class:`EvaluationItems` builds and refreshes the widgets of the unscored types inside the
question screen's options box and emits the answer values the engine stores (see
assessor.delivery.scoring): a point for a rating, a letter for a choice, the text of a
comment, ``{"then": point, "now": point}`` for a retrospective self-assessment.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QPlainTextEdit

from assessor.banks.questions import COMMENT_MAX, OPTION_LETTERS, localized

COMMENT_SAVE_MS = 700
"""A comment is saved this long after the participant stops typing (and when they leave it)."""


class EvaluationItems(QObject):
    """Widgets of one unscored item; ``picked`` carries the whole answer value."""

    picked = Signal(object)

    def __init__(self, screen):
        super().__init__(screen)
        self.screen = screen
        self.comment: QPlainTextEdit | None = None
        self.retro_rows: dict[str, list] = {}
        self._question = None
        self._answer = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._save_comment)
        # Connected before the runner's own slots: a comment still being typed is saved before
        # the participant moves on, opens the overview or submits.
        for signal in (screen.move, screen.overview, screen.submit):
            signal.connect(self.flush)

    def clear(self) -> None:
        self._timer.stop()
        self.comment, self.retro_rows, self._question = None, {}, None

    # -- building -----------------------------------------------------------
    def build(self, q, lang: str, tile_class) -> list:
        """Add the item's widgets to the screen's options box; returns its tiles (for keys 1–9)."""
        from ui.runner.screens import TileRow, _label

        self._question = q
        box = self.screen.options_box
        tiles = []
        if q.type in ("rating", "choice"):
            labels = ([localized(label, lang) for label in q.scale] if q.type == "rating"
                      else [localized(o.text, lang) for o in q.options])
            values = list(range(1, q.points + 1)) if q.type == "rating" else list(OPTION_LETTERS[: len(q.options)])
            for i, (value, text) in enumerate(zip(values, labels)):
                tile = tile_class()
                mark = str(value)
                option = q.options[i] if q.type == "choice" else None
                if option is not None and option.image:
                    tile.picture.reference = self.screen.scroll.viewport()
                    tile.set_picture(self.screen.image_data(option.image), localized(option.image_alt, lang))
                tile.set_content(mark, text or ("" if option is not None and option.image else mark))
                tile.clicked.connect(lambda _=False, value=value: self.picked.emit(value))
                tiles.append(tile)
                box.addWidget(tile)
        elif q.type in ("comment", "essay"):  # an essay (knowledge test) is typed the same way
            self.comment = QPlainTextEdit()
            self.comment.setObjectName("comment")
            self.comment.setMinimumHeight(160)
            self.comment.setTabChangesFocus(True)  # Tab moves on, as in every other field
            self.comment.textChanged.connect(self._typed)
            self.comment.installEventFilter(self)  # leaving the field saves at once
            box.addWidget(self.comment)
        elif q.type == "retro":
            for when in ("then", "now"):
                title = _label(name="hint")
                title.setObjectName("retroTitle")
                box.addWidget(title)
                row = TileRow()
                row_tiles = []
                for point in range(1, q.points + 1):
                    tile = tile_class()
                    text = localized(q.scale[point - 1], lang)
                    tile.set_content(str(point), text or str(point))
                    tile.clicked.connect(lambda _=False, when=when, point=point: self._retro(when, point))
                    row.add(tile)
                    row_tiles.append(tile)
                self.retro_rows[when] = [title] + row_tiles
                box.addWidget(row)
        self.retranslate()
        return tiles

    def eventFilter(self, watched, event):  # noqa: N802
        if watched is self.comment and event.type() == QEvent.FocusOut:
            self.flush()
        return False

    # -- answering ------------------------------------------------------------
    def _typed(self) -> None:
        text = self.comment.toPlainText()
        if len(text) > COMMENT_MAX:
            self.comment.setPlainText(text[:COMMENT_MAX])
            return
        self._timer.start(COMMENT_SAVE_MS)

    def _save_comment(self) -> None:
        if self.comment is not None:
            text = self.comment.toPlainText()
            self.picked.emit(text if text.strip() else None)

    def flush(self) -> None:
        """Save a comment still waiting for its timer (before moving on or submitting)."""
        if self._timer.isActive():
            self._timer.stop()
            self._save_comment()

    def _retro(self, when: str, point: int) -> None:
        value = dict(self._answer or {})
        value[when] = point
        self.picked.emit(value)

    # -- showing --------------------------------------------------------------
    def refresh(self, answer, tiles) -> None:
        """Show ``answer`` (the stored value) as checked tiles or text."""
        self._answer = answer
        q = self._question
        if q is None:
            return
        if q.type == "rating":
            for point, tile in enumerate(tiles, start=1):
                tile.set_checked(answer == point)
        elif q.type == "choice":
            for letter, tile in zip(OPTION_LETTERS, tiles):
                tile.set_checked(answer == letter)
        elif q.type in ("comment", "essay") and self.comment is not None and not self.comment.hasFocus():
            if self.comment.toPlainText() != (answer or ""):
                self.comment.blockSignals(True)
                self.comment.setPlainText(answer or "")
                self.comment.blockSignals(False)
        elif q.type == "retro":
            for when, row in self.retro_rows.items():
                for point, tile in enumerate(row[1:], start=1):
                    tile.set_checked((answer or {}).get(when) == point)

    def hint(self) -> str:
        q = self._question
        if q is None:
            return ""
        return {"rating": self.tr("Choose the point that fits your view best."),
                "choice": self.tr("Choose one answer. There is no right or wrong answer."),
                "comment": self.tr("Write your comment (optional). It is saved as you type."),
                "retro": self.tr("Rate your knowledge twice: as it was before the training, and as it is now.")
                }.get(q.type, "")

    def retranslate(self) -> None:
        if self.comment is not None:
            self.comment.setPlaceholderText(self.tr("Your comment"))
            self.comment.setAccessibleName(self.tr("Your comment"))
        titles = {"then": self.tr("Before the training, my knowledge was:"),
                  "now": self.tr("Now, after the training, my knowledge is:")}
        for when, row in self.retro_rows.items():
            label: QLabel = row[0]
            label.setText(titles[when])
            for tile in row[1:]:
                tile.setAccessibleName(f"{titles[when]} {tile.key.text()}. {tile.caption.text()}")


class EvaluationTexts(QObject):
    """What the instructions add for a course evaluation, in the runner's language."""

    def instructions(self, evaluation: bool, anonymous: bool) -> list[str]:
        lines = []
        if evaluation:
            lines.append(self.tr("This is a course evaluation: there are no right or wrong answers and nothing "
                                 "is scored. Please give your honest view."))
        if anonymous:
            lines.append(self.tr("Your answers are anonymous: they are stored without your name or code, and "
                                 "nobody can see which answers are yours. Your code only makes sure that "
                                 "everyone answers once."))
        return lines
