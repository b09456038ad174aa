"""The Results section's course-evaluation tab: ratings as diverging bars, then/now per topic, comments.

Shows one cohort's ``evaluation`` entry (assessor.analysis.evaluation) as it comes from
the core; formatting only.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (QHeaderView, QLabel, QListWidget, QScrollArea, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from assessor.banks.questions import localized
from reports.common import fmt_num, fmt_p, fmt_share

# Disagreement in oranges, agreement in blues, the middle point grey (apart in grey print too).
LEFT = [QColor(c) for c in ("#fdbe85", "#fd8d3c", "#d94801", "#8c2d04")]  # nearest the centre first
RIGHT = [QColor(c) for c in ("#c6dbef", "#6baed6", "#2171b5", "#08306b")]
MIDDLE = QColor("#d9d9d9")


class DivergingBars(QWidget):
    """One bar per rating item, centred on the scale's midpoint: disagreement left, agreement right."""

    ROW = 28

    def __init__(self, parent=None):
        super().__init__(parent)
        self.items: list[dict] = []
        self.setMinimumHeight(self.ROW)

    def set_items(self, items: list[dict]) -> None:
        self.items = [i for i in items if not i.get("suppressed") and i.get("distribution") and i["n"]]
        self.setMinimumHeight(self.ROW * max(1, len(self.items)) + 24)
        self.setAccessibleDescription(", ".join(
            f"{i['key']}: {round(100 * (i.get('agree_share') or 0))}%" for i in self.items))
        self.update()

    def paintEvent(self, _event):  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.Antialiasing, False)
        label_w = 130
        plot_w = max(10, self.width() - label_w - 10)
        centre = label_w + plot_w / 2
        scale = plot_w / 2 / 100.0
        for r, item in enumerate(self.items):
            y = r * self.ROW + 4
            p.setPen(self.palette().windowText().color())
            p.drawText(QRectF(0, y, label_w - 6, self.ROW - 8), Qt.AlignVCenter | Qt.AlignLeft, item["key"])
            counts = item["distribution"]
            n = sum(counts) or 1
            shares = [100.0 * c / n for c in counts]
            half = len(shares) // 2
            mid = shares[half] if len(shares) % 2 else 0.0
            p.setPen(Qt.NoPen)
            x = centre - mid / 2 * scale
            if mid:
                p.setBrush(MIDDLE)
                p.drawRect(QRectF(x, y, mid * scale, self.ROW - 8))
            pos = x
            for i, s in enumerate(shares[:half][::-1]):
                pos -= s * scale
                p.setBrush(LEFT[min(3, i * 4 // max(1, half))])
                p.drawRect(QRectF(pos, y, s * scale, self.ROW - 8))
            pos = centre + mid / 2 * scale
            for i, s in enumerate(shares[len(shares) - half:]):
                p.setBrush(RIGHT[min(3, i * 4 // max(1, half))])
                p.drawRect(QRectF(pos, y, s * scale, self.ROW - 8))
                pos += s * scale
        p.setPen(QPen(self.palette().windowText().color(), 1))
        p.drawLine(int(centre), 0, int(centre), len(self.items) * self.ROW + 4)
        for pct in (-100, -50, 0, 50, 100):
            x = centre + pct * scale
            x = min(max(x, label_w + 30), self.width() - 32)  # the end labels stay inside the widget
            p.drawText(QRectF(x - 30, len(self.items) * self.ROW + 4, 60, 18), Qt.AlignCenter, f"{abs(pct)}%")
        p.end()


class EvaluationTab(QWidget):
    """The tab's content for one cohort."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.chart_title = QLabel()
        self.bars = DivergingBars()
        self.ratings = QTableWidget(0, 5)
        self.retro_title = QLabel()
        self.retro = QTableWidget(0, 5)
        self.comments_title = QLabel()
        self.comments = QListWidget()
        for t in (self.ratings, self.retro):
            t.setEditTriggers(QTableWidget.NoEditTriggers)
            t.verticalHeader().hide()
            header = t.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeToContents)  # figures and intervals on one line
            header.setSectionResizeMode(0, QHeaderView.Stretch)
            t.setWordWrap(False)
            t.setTabKeyNavigation(False)
        inner = QWidget()
        box = QVBoxLayout(inner)
        for w in (self.intro, self.chart_title, self.bars, self.ratings, self.retro_title, self.retro,
                  self.comments_title, self.comments):
            box.addWidget(w)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self._entry, self._min_cell, self._topics = None, 5, {}
        self.retranslate()

    def show_entry(self, entry: dict | None, min_cell: int, topic_labels: dict) -> None:
        self._entry, self._min_cell, self._topics = entry, min_cell, topic_labels
        self.retranslate()

    def _lang(self) -> str:
        from ui.i18n import current_language

        return current_language()

    def retranslate(self) -> None:
        lang = self._lang()
        self.chart_title.setText(self.tr("Share of responses per point (disagreement left, agreement right)"))
        self.retro_title.setText(self.tr("Self-assessment before and after the training (asked after it)"))
        self.comments_title.setText(self.tr("Comments"))
        self.ratings.setHorizontalHeaderLabels([self.tr("Item"), "n", self.tr("Median"), self.tr("Mean [95% CI]"),
                                                self.tr("Agreeing [95% CI]")])
        self.retro.setHorizontalHeaderLabels([self.tr("Topic"), "n", self.tr("Before → now"),
                                              self.tr("Change [95% CI]"), self.tr("Wilcoxon p")])
        e = self._entry
        if e is None:
            self.intro.setText(self.tr("No course evaluation was taken in this cohort."))
            self.bars.set_items([])
            self.ratings.setRowCount(0)
            self.retro.setRowCount(0)
            self.comments.clear()
            return
        if e["anonymous"]:
            self.intro.setText(self.tr("{0} responses, given anonymously. Items with fewer than {1} responses "
                                       "show only their number.").format(e["responses"], self._min_cell))
        else:
            self.intro.setText(self.tr("{0} responses, linked to participants.").format(e["responses"]))
        ratings = [i for i in e["items"] if i["type"] == "rating"]
        self.bars.set_items(ratings)
        self.ratings.setRowCount(len(ratings))
        for r, item in enumerate(ratings):
            cells = [f"{item['key']}: {localized(item['text'], lang)}", str(item["n"])]
            if item["suppressed"]:
                cells += [self.tr("fewer than {0} responses: not shown").format(self._min_cell), "", ""]
            else:
                ci, aci = item.get("mean_ci"), item.get("agree_ci")
                cells += [_num(item.get("median"), 1, lang),
                          _num(item.get("mean"), 2, lang) + (f" [{_num(ci[0], 2, lang)}; {_num(ci[1], 2, lang)}]"
                                                             if ci else ""),
                          _pct(item.get("agree_share"), lang) + (f" [{_pct(aci[0], lang)}; {_pct(aci[1], lang)}]"
                                                                 if aci else "")]
            for c, text in enumerate(cells):
                self.ratings.setItem(r, c, QTableWidgetItem(text))
        self.retro.setRowCount(len(e["retrospective"]))
        for r, row in enumerate(e["retrospective"]):
            name = localized(row.get("topic_name") or self._topics.get(row["topic"]), lang) or row["topic"]
            cells = [name, str(row["n"])]
            if row["suppressed"]:
                cells += [self.tr("fewer than {0} responses: not shown").format(self._min_cell), "", ""]
            else:
                ci = row.get("change_ci")
                p = (row.get("wilcoxon") or {}).get("p")
                cells += [f"{_num(row.get('mean_then'), 2, lang)} → {_num(row.get('mean_now'), 2, lang)}",
                          _num(row.get("mean_change"), 2, lang) + (f" [{_num(ci[0], 2, lang)}; {_num(ci[1], 2, lang)}]"
                                                                   if ci else ""),
                          fmt_p(p, lang)]
            for c, text in enumerate(cells):
                self.retro.setItem(r, c, QTableWidgetItem(text))
        self.comments.clear()
        for c in e["comments"]:
            self.comments.addItem(localized(c["text"], lang))
            for text in c["comments"]:
                self.comments.addItem("   – " + text)
        for table in (self.ratings, self.retro):  # as tall as their rows: the tab scrolls as a whole
            table.resizeRowsToContents()
            rows = sum(table.rowHeight(r) for r in range(table.rowCount()))
            table.setFixedHeight(table.horizontalHeader().sizeHint().height() + rows + 2 * table.frameWidth() + 2)


def _num(x, nd: int, lang: str) -> str:
    return fmt_num(x, nd, lang)


def _pct(x, lang: str) -> str:
    return fmt_share(x, 0, lang)
