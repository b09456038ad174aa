"""Shared pieces of the Results and Compare sections: loading, number formatting, tables, charts.

Every number shown comes from :func:`assessor.analysis.stats.analyze` (group figures) or
:func:`assessor.analysis.participants.participant_scores` (one participant's own scores); this
module only formats them. A missing value is shown as "—" with the engine's reason as
its tooltip.
"""

from __future__ import annotations

import math
from typing import Any, Callable, NamedTuple

from PySide6.QtCharts import QChart, QChartView
from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QLocale, QModelIndex, Qt, QT_TRANSLATE_NOOP
from PySide6.QtGui import QFont, QPainter
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout
from assessor.analysis.rounding import round_text

DASH = "—"
ALL = "ALL"
CTX = "Results"


def tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def ui_lang() -> str:
    """'id' when the UI is in Bahasa Indonesia, else 'en' (i18n sets the default locale)."""
    return "id" if QLocale().language() == QLocale.Indonesian else "en"


# -- loading -----------------------------------------------------------------
NO_SHOW = "no_show"  # the "passed" value of a roster member who took no test


class ResultsData(NamedTuple):
    """What the Results and Compare sections show, computed in one go off the GUI thread."""

    analysis: dict
    participants: list  # list[ParticipantScore]
    topic_labels: dict  # topic key -> {lang: label}
    item_topics: dict  # item key -> topic key
    evaluation: dict | None = None  # the course evaluations (assessor.analysis.evaluation), when any
    demo_cohorts: frozenset = frozenset()  # names of the cohorts that hold demo (simulated) data
    pending_essays: dict = {}  # cohort name -> essay answers still to be marked (their scores are provisional)
    blanks: dict = {}  # cohort -> phase -> "KEY#n" -> statistics of one blank of a cloze question (analysis.blanks)


def compute_results(store, cohorts: list[str] | None = None) -> ResultsData:
    """Analyse the submitted results of ``cohorts`` (all when None) in ``store``."""
    from assessor.analysis.participants import participant_scores
    from assessor.analysis.stats import analyze

    table = store.response_table(cohorts)
    analysis = analyze(table, cohorts)
    topics: dict[str, dict] = {}
    for bank in store.banks.list(include_archived=True):
        for key in bank.topics:
            topics.setdefault(key, {lang: bank.topic_label(key, lang) for lang in ("en", "id")})
    item_topics = dict(zip(table.item.values().tolist(), table.topic.values().tolist()))
    from assessor.analysis.evaluation import analyze_evaluations

    from assessor.delivery.grading import pending_by_cohort
    from assessor.analysis.blanks import blank_statistics

    demo = frozenset(c.name for c in store.cohorts.list(include_archived=True) if c.demo)
    return ResultsData(analysis, participant_scores(table), topics, item_topics, analyze_evaluations(store, cohorts, table),
                       demo, pending_by_cohort(store, cohorts), blank_statistics(store, cohorts))


def load_results(parent, store, cohorts, on_done: Callable[[ResultsData], None],
                 on_error: Callable[[BaseException], None]):
    """Compute :class:`ResultsData` and hand it to ``on_done`` on the GUI thread.

    A file database is read by a worker with its own connection (via ``run_task``); an
    in-memory store cannot be shared across threads, so it is computed right here.
    """
    if store.path is None:
        try:
            data = compute_results(store, cohorts)
        except Exception as exc:  # shown to the user by on_error
            on_error(exc)
        else:
            on_done(data)
        return None
    from assessor.store import Store

    from ui.tasks import run_task

    path = store.path

    def work(progress):
        own = Store.open(path)
        try:
            return compute_results(own, cohorts)
        finally:
            own.close()

    return run_task(parent, work, on_done=on_done, on_error=on_error, label=QCoreApplication.translate("Results", "Computing results…"),
                    cancellable=False)


# -- formatting --------------------------------------------------------------
def fmt_num(x: float | None, digits: int = 2) -> str:
    if x is None or (isinstance(x, float) and not math.isfinite(x)):
        return DASH
    # The one rounding rule (half away from zero on the decimal value), then the locale's separator.
    text = round_text(float(x), digits)
    return text.replace(".", QLocale().decimalPoint()) if QLocale().decimalPoint() != "." else text


def fmt_pct(x: float | None, digits: int = 1) -> str:
    return DASH if x is None else fmt_num(x, digits) + "%"


def fmt_share(x: float | None) -> str:
    """A proportion 0..1 as a whole percentage."""
    return DASH if x is None else fmt_num(100.0 * x, 0) + "%"


def fmt_pp(x: float | None, digits: int = 1) -> str:
    """A difference in percentage points, signed."""
    if x is None:
        return DASH
    return ("+" if x > 0 else "") + fmt_num(x, digits) + " " + QCoreApplication.translate("Results", "pp")


def fmt_p(p: float | None) -> str:
    if p is None:
        return DASH
    if p < 0.001:
        return "< " + fmt_num(0.001, 3)
    return fmt_num(p, 3)


def fmt_ci(ci) -> str:
    if not ci or ci[0] is None or ci[1] is None:
        return DASH
    return QCoreApplication.translate("Results", "%1 to %2").replace("%1", fmt_num(ci[0], 1)).replace("%2", fmt_num(ci[1], 1))


def fmt_ci0(ci) -> str:
    """A confidence interval in whole numbers (percentage points of a share)."""
    if not ci or ci[0] is None or ci[1] is None:
        return DASH
    return QCoreApplication.translate("Results", "%1 to %2").replace("%1", fmt_num(ci[0], 0)).replace("%2", fmt_num(ci[1], 0))


def fmt_ci2(ci) -> str:
    """A confidence interval of a coefficient (2 decimals)."""
    if not ci or ci[0] is None or ci[1] is None:
        return DASH
    return QCoreApplication.translate("Results", "%1 to %2").replace("%1", fmt_num(ci[0], 2)).replace("%2", fmt_num(ci[1], 2))


def reason(block: dict | None, key: str) -> str:
    """The engine's reason why ``block[key]`` is missing ('' if it is not)."""
    if not block:
        return QCoreApplication.translate("Results", "Not computed.")
    return block.get(f"{key}_null_reason", "") if block.get(key) is None else ""


SEX_NAMES = {
    "male": QT_TRANSLATE_NOOP("Results", "Male"),
    "female": QT_TRANSLATE_NOOP("Results", "Female"),
    "other": QT_TRANSLATE_NOOP("Results", "Other"),
    "not_stated": QT_TRANSLATE_NOOP("Results", "Not stated"),
    "(not recorded)": QT_TRANSLATE_NOOP("Results", "Not recorded"),
    "": QT_TRANSLATE_NOOP("Results", "Not recorded"),
}
FLAG_NAMES = {
    "too_easy_pre": QT_TRANSLATE_NOOP("Results", "Too easy before training"),
    "nobody_learned": QT_TRANSLATE_NOOP("Results", "Nobody learned it"),
    "negative_discrimination": QT_TRANSLATE_NOOP("Results", "Negative discrimination"),
}
BAND_NAMES = {
    "low": QT_TRANSLATE_NOOP("Results", "low"),
    "medium": QT_TRANSLATE_NOOP("Results", "medium"),
    "high": QT_TRANSLATE_NOOP("Results", "high"),
}


def sex_name(code: str) -> str:
    return tr(SEX_NAMES[code]) if code in SEX_NAMES else code


def cohort_name(name: str, demo_cohorts=frozenset()) -> str:
    """The cohort as listed: "All cohorts together" for the pooled block, "(demo)" after a demo cohort."""
    if name == ALL:
        return QCoreApplication.translate("Results", "All cohorts together")
    return QCoreApplication.translate("Results", "%1 (demo)").replace("%1", name) if name in demo_cohorts else name


# -- tables ------------------------------------------------------------------
class Column(NamedTuple):
    header: str  # source text in context "Results", translated when shown
    field: str
    kind: str = "text"  # text, int, pct, pp, num, p, share, ci, flags, passed, sex, topic


_NUMERIC = {"int", "pct", "pp", "num", "p", "share", "ci"}


class RecordsModel(QAbstractTableModel):
    """A read-only table of NamedTuple rows described by :class:`Column`s.

    Display text is formatted per column kind; ``Qt.UserRole`` holds the raw value for
    sorting (missing numbers sort first); a missing value's tooltip is the engine's
    reason, taken from the row's ``reasons`` dict (field -> reason) when it has one.
    """

    def __init__(self, columns: list[Column], parent=None):
        super().__init__(parent)
        self.columns = columns
        self.rows: list = []
        self.topic_label: Callable[[str], str] = lambda t: t

    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()):  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        if orientation == Qt.Horizontal and 0 <= section < len(self.columns) and role == Qt.DisplayRole:
            return tr(self.columns[section].header)
        return None

    def column_of(self, field: str) -> int:
        return [c.field for c in self.columns].index(field)

    def _text(self, col: Column, v: Any) -> str:
        k = col.kind
        if k == "flags":
            return ", ".join(tr(FLAG_NAMES.get(f, f)) for f in v or [])
        if v is None:
            return DASH
        if k == "int":
            return str(v)
        if k == "pct":
            return fmt_pct(v)
        if k == "pp":
            return fmt_pp(v)
        if k == "num":
            return fmt_num(v)
        if k == "p":
            return fmt_p(v)
        if k == "share":
            return fmt_share(v)
        if k == "ci":
            return fmt_ci(v)
        if k == "passed":
            if v == NO_SHOW:
                return QCoreApplication.translate("Results", "Did not take the test")
            return QCoreApplication.translate("Results", "Yes") if v else QCoreApplication.translate("Results", "No")
        if k == "sex":
            return sex_name(v)
        if k == "topic":
            return self.topic_label(v)
        return str(v)

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self.rows)) or not (0 <= index.column() < len(self.columns)):
            return None
        col = self.columns[index.column()]
        row = self.rows[index.row()]
        v = getattr(row, col.field)
        if role == Qt.DisplayRole:
            return self._text(col, v)
        if role == Qt.UserRole:
            if col.kind == "ci":
                v = v[0] if v else None
            if col.kind == "flags":
                return len(v or [])
            if col.kind == "passed":
                return -2 if v == NO_SHOW else -1 if v is None else int(v)
            if col.kind in _NUMERIC:
                return float("-inf") if v is None else float(v)
            return self._text(col, v)
        if role == Qt.ToolTipRole:
            if v is None or (col.kind == "ci" and (not v or v[0] is None)):
                reasons = getattr(row, "reasons", None) or {}
                return reasons.get(col.field) or QCoreApplication.translate("Results", "Not available.")
            return None
        if role == Qt.TextAlignmentRole:
            return int(Qt.AlignRight | Qt.AlignVCenter) if col.kind in _NUMERIC else int(Qt.AlignLeft | Qt.AlignVCenter)
        return None


# -- widgets -----------------------------------------------------------------
class Figure(QFrame):
    """A headline figure: caption, big value, small detail line."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setFrameShape(QFrame.StyledPanel)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.value = QLabel()
        font = QFont(self.value.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.value.setFont(font)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.detail)
        layout.addStretch(1)

    def set(self, caption: str, value: str, detail: str = "", why: str = "") -> None:
        self.caption.setText(caption)
        self.value.setText(value)
        self.detail.setText(detail)
        self.value.setToolTip(why)


def count_axis(top: int, max_ticks: int = 5):
    """A value axis for counts (people): whole-number ticks only, from 0 to at least ``top``.

    At most ``max_ticks`` steps: Qt Charts elides every label to "…" once the labels stand
    closer than their own height, which eight steps did in a chart 220 px high at 1366×768.
    """
    from PySide6.QtCharts import QValueAxis

    step = max(1, math.ceil(max(1, top) / max_ticks))
    axis = QValueAxis()
    axis.setRange(0, step * math.ceil(max(1, top) / step))
    axis.setTickType(QValueAxis.TicksDynamic)
    axis.setTickAnchor(0)
    axis.setTickInterval(step)
    axis.setLabelFormat("%d")
    return axis


def chart_view(min_height: int = 220) -> QChartView:
    chart = QChart()
    chart.legend().setAlignment(Qt.AlignBottom)
    chart.setMargins(chart.margins() * 0)
    chart.layout().setContentsMargins(2, 2, 2, 2)
    view = QChartView(chart)
    view.setRenderHint(QPainter.Antialiasing)
    view.setMinimumHeight(min_height)
    return view


def reset_chart(view: QChartView, title: str) -> QChart:
    """Empty ``view``'s chart (series and axes) and give it ``title``."""
    chart = view.chart()
    chart.removeAllSeries()
    for axis in chart.axes():
        chart.removeAxis(axis)
        axis.deleteLater()  # removeAxis gives the axis back without deleting it
    chart.setTitle(title)
    return chart
