"""The image of a question or an option in participant mode, scaled to fit.

The picture keeps its aspect ratio, is never drawn larger than its own pixels, never wider
than the space it is given and never taller than a share (``height_share``) of the height of
its ``reference`` widget (the question's scroll view; else the window), so a question with an
image still shows its text, the image and the start of the first option at 1280×720, at the
largest text too. Its alt text is its accessible name.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget


MIN_HEIGHT = 72
"""The least height a limited picture keeps (pixels), however little room is left."""


class Picture(QWidget):
    """A scaled image with its alt text as accessible name (empty until :meth:`set_image`)."""

    def __init__(self, parent=None, *, height_share: float = 0.4, name: str = "picture"):
        super().__init__(parent)
        self.setObjectName(name)
        self.height_share = height_share
        self.reference: QWidget | None = None  # whose height the share is of (the scroll view); else the window
        self.limit = 0  # a tighter height limit set by the screen (0: none), so that more fits beside it
        self.pixmap = QPixmap()
        self.alt = ""
        policy = QSizePolicy(QSizePolicy.Preferred, QSizePolicy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setFocusPolicy(Qt.NoFocus)
        self.hide()

    def set_image(self, data: bytes | None, alt: str = "") -> bool:
        """Show ``data`` (PNG/JPEG bytes); hide when there is none or Qt cannot read it. True when shown."""
        image = QImage.fromData(data) if data else QImage()
        self.pixmap = QPixmap.fromImage(image) if not image.isNull() else QPixmap()
        self.alt = alt
        self.setAccessibleName(alt)
        self.setAccessibleDescription(alt)
        self.setVisible(not self.pixmap.isNull())
        self.updateGeometry()
        self.update()
        return not self.pixmap.isNull()

    def _cap(self) -> int:
        ref = self.reference if self.reference is not None else self.window()
        height = ref.height() if ref is not None and ref is not self else 720
        cap = max(48, int(height * self.height_share))
        return min(cap, max(MIN_HEIGHT, self.limit)) if self.limit else cap

    def fitted(self, width: int) -> QSize:
        """The drawn size within ``width`` pixels and the window's height share."""
        if self.pixmap.isNull() or width <= 0:
            return QSize(0, 0)
        natural = self.pixmap.size()
        size = natural.scaled(QSize(min(width, natural.width()), min(self._cap(), natural.height())),
                              Qt.KeepAspectRatio)
        return size

    def hasHeightForWidth(self):  # noqa: N802
        return True

    def heightForWidth(self, width):  # noqa: N802
        return self.fitted(width).height()

    def sizeHint(self):  # noqa: N802
        if self.pixmap.isNull():
            return QSize(0, 0)
        return self.fitted(self.pixmap.width())

    def minimumSizeHint(self):  # noqa: N802 - narrows with the screen: it scales down
        return QSize(min(40, self.sizeHint().width()), 0)

    def paintEvent(self, event):  # noqa: N802
        if self.pixmap.isNull():
            return
        size = self.fitted(self.width())
        painter = QPainter(self)
        painter.setRenderHint(QPainter.SmoothPixmapTransform)
        painter.drawPixmap(QRect(0, 0, size.width(), size.height()), self.pixmap)
