"""The Results section: one cohort's learning gain — headline figures, charts, items,
participants, retention and confidence, and results by sex and organisation.

The analysis runs off the GUI thread (see :func:`ui.results.results_common.load_results`); this
page only shows and formats what :func:`assessor.analysis.stats.analyze` and
:func:`assessor.analysis.participants.participant_scores` returned.
"""

from __future__ import annotations

from functools import partial
from typing import NamedTuple

from PySide6.QtCharts import (QBarCategoryAxis, QBarSeries, QBarSet, QCategoryAxis, QHorizontalBarSeries,
                              QLineSeries, QScatterSeries, QValueAxis)
from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt, QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import (QComboBox, QGridLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel,
                               QMessageBox, QPushButton, QSplitter, QTableView, QTabWidget,
                               QVBoxLayout, QWidget)

from assessor.analysis.inference import rci_kind as _rci_kind
from assessor.analysis.participants import score_histogram
from assessor.analysis.rounding import as_points as _pp

from ui.dialogs import file_dialogs
from ui.results.evaluation_tab import EvaluationTab
from ui.results.results_common import (ALL, BAND_NAMES, DASH, Column, Figure, RecordsModel, ResultsData, chart_view,
                             cohort_name, count_axis, fmt_ci, fmt_ci0, fmt_ci2, fmt_num, fmt_p, fmt_pct, fmt_pp, fmt_share,
                             NO_SHOW, load_results, reason, reset_chart,
                             sex_name, tr, ui_lang)
from ui.widgets import Page
from ui.errors import user_message

PRE_COLOR = QColor("#8c9bab")
POST_COLOR = QColor("#1f6fb2")
UP, DOWN, SAME = QColor(46, 125, 50, 110), QColor(198, 40, 40, 140), QColor(120, 120, 120, 110)


# -- rows ----------------------------------------------------------------------
class ItemRow(NamedTuple):
    item: str
    topic: str
    n: int
    facility_pre: float | None
    facility_post: float | None
    mcnemar_b: int
    mcnemar_c: int
    mcnemar_p: float | None
    mcnemar_p_holm: float | None
    flags: list
    reasons: dict


class ParticipantRow(NamedTuple):
    cohort: str
    code: str
    sex: str
    organisation: str
    pre_pct: float | None
    post_pct: float | None
    gain: float | None
    normalized_gain: float | None
    passed: bool | None
    rci: float | None
    reliable_change: str
    followup_pct: float | None
    reasons: dict


class SubgroupRow(NamedTuple):
    by: str
    group: str
    n: int
    pre_mean_pct: float | None
    post_mean_pct: float | None
    gain_mean: float | None
    gain_ci95: list | None
    p: float | None
    p_holm: float | None
    note: str
    reasons: dict


class ConfidenceRow(NamedTuple):
    phase: str
    n_rated: int
    mean: float | None
    confident_wrong_share: float | None
    confident_share_of_wrong: float | None
    reasons: dict


ITEM_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("Results", "Item"), "item"), Column(QT_TRANSLATE_NOOP("Results", "Topic"), "topic", "topic"),
    Column(QT_TRANSLATE_NOOP("Results", "n"), "n", "int"), Column(QT_TRANSLATE_NOOP("Results", "Facility, pre"), "facility_pre", "share"),
    Column(QT_TRANSLATE_NOOP("Results", "Facility, post"), "facility_post", "share"),
    Column(QT_TRANSLATE_NOOP("Results", "Right → wrong"), "mcnemar_b", "int"), Column(QT_TRANSLATE_NOOP("Results", "Wrong → right"), "mcnemar_c", "int"),
    Column(QT_TRANSLATE_NOOP("Results", "McNemar p"), "mcnemar_p", "p"),
    Column(QT_TRANSLATE_NOOP("Results", "p (Holm)"), "mcnemar_p_holm", "p"), Column(QT_TRANSLATE_NOOP("Results", "Flags"), "flags", "flags"),
]
PARTICIPANT_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("Results", "Cohort"), "cohort"), Column(QT_TRANSLATE_NOOP("Results", "Code"), "code"),
    Column(QT_TRANSLATE_NOOP("Results", "Sex"), "sex", "sex"), Column(QT_TRANSLATE_NOOP("Results", "Organisation"), "organisation"),
    Column(QT_TRANSLATE_NOOP("Results", "Pre-test"), "pre_pct", "pct"), Column(QT_TRANSLATE_NOOP("Results", "Post-test"), "post_pct", "pct"),
    Column(QT_TRANSLATE_NOOP("Results", "Gain"), "gain", "pp"), Column(QT_TRANSLATE_NOOP("Results", "g"), "normalized_gain", "num"),
    Column(QT_TRANSLATE_NOOP("Results", "Passed"), "passed", "passed"), Column(QT_TRANSLATE_NOOP("Results", "RCI"), "rci", "num"),
    Column(QT_TRANSLATE_NOOP("Results", "Reliable change"), "reliable_change"),
    Column(QT_TRANSLATE_NOOP("Results", "Follow-up"), "followup_pct", "pct"),
]
SUBGROUP_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("Results", "By"), "by"), Column(QT_TRANSLATE_NOOP("Results", "Group"), "group"), Column(QT_TRANSLATE_NOOP("Results", "n"), "n", "int"),
    Column(QT_TRANSLATE_NOOP("Results", "Pre-test"), "pre_mean_pct", "pct"), Column(QT_TRANSLATE_NOOP("Results", "Post-test"), "post_mean_pct", "pct"),
    Column(QT_TRANSLATE_NOOP("Results", "Gain"), "gain_mean", "pp"), Column(QT_TRANSLATE_NOOP("Results", "95% CI"), "gain_ci95", "ci"),
    Column(QT_TRANSLATE_NOOP("Results", "p"), "p", "p"), Column(QT_TRANSLATE_NOOP("Results", "p (Holm)"), "p_holm", "p"),
    Column(QT_TRANSLATE_NOOP("Results", "Note"), "note"),
]
CONFIDENCE_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("Results", "Test"), "phase"), Column(QT_TRANSLATE_NOOP("Results", "Ratings"), "n_rated", "int"),
    Column(QT_TRANSLATE_NOOP("Results", "Mean confidence (1–4)"), "mean", "num"),
    Column(QT_TRANSLATE_NOOP("Results", "Confident and wrong, of all rated"), "confident_wrong_share", "share"),
    Column(QT_TRANSLATE_NOOP("Results", "Confident, of the wrong answers"), "confident_share_of_wrong", "share"),
]


def _reasons(block: dict, keys) -> dict:
    return {k: reason(block, k) for k in keys}


def item_rows(block: dict) -> list[ItemRow]:
    keys = ("facility_pre", "facility_post", "mcnemar_p", "mcnemar_p_holm")
    return [ItemRow(item, "", it["n"], it.get("facility_pre"), it.get("facility_post"), it["mcnemar_b"],
                    it["mcnemar_c"], it.get("mcnemar_p"), it.get("mcnemar_p_holm"), list(it.get("flags", [])),
                    _reasons(it, keys))
            for item, it in sorted(block.get("items", {}).items())]


def blank_item_rows(blanks: dict, topic_of: dict) -> list[ItemRow]:
    """One row per blank of a cloze question (``KEY#1``, ...) from ``{phase: {"KEY#n": stats}}``: its facility
    before and after; the columns it has no figure for say why in their tooltip."""
    pre, post = blanks.get("pre", {}), blanks.get("post", {})
    rows = []
    for name in sorted({*pre, *post}):
        a, b = pre.get(name, {}), post.get(name, {})
        why = QCoreApplication.translate(
            "Results", "One blank of a cloze question: facility among everyone who took each test (n = %1 before, "
            "%2 after); discrimination (correlation with the rest of the test) %3 before, %4 after. "
            "The question counts once in the score.")
        for i, x in enumerate((a.get("n", 0), b.get("n", 0), fmt_num(a.get("discrimination")),
                               fmt_num(b.get("discrimination"))), start=1):
            why = why.replace(f"%{i}", str(x))
        not_tested = QCoreApplication.translate("Results", "McNemar's test is made per question, not per blank.")
        reasons = {"n": why, "mcnemar_b": not_tested, "mcnemar_c": not_tested, "mcnemar_p": not_tested,
                   "mcnemar_p_holm": not_tested}
        rows.append(ItemRow(name, topic_of.get(name.rsplit("#", 1)[0], ""), None, a.get("facility"), b.get("facility"),
                            None, None, None, None, [], reasons))
    return rows


def sortable_table(model) -> tuple[QTableView, QSortFilterProxyModel]:
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(Qt.UserRole)
    view = QTableView()
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QTableView.SelectRows)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    proxy.setParent(view)
    view.sortByColumn(0, Qt.AscendingOrder)
    return view, proxy


# -- the page ------------------------------------------------------------------
class ResultsPage(Page):
    """Results for one cohort (or all cohorts together)."""

    loaded = Signal()  # emitted after new results are shown

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.data: ResultsData | None = None
        self._task = None
        self._loaded_once = False

        self.cohort_label = QLabel()
        self.cohort_box = QComboBox()
        self.cohort_box.setMinimumContentsLength(24)
        self.cohort_box.currentIndexChanged.connect(self._show_cohort)
        self.refresh_button = QPushButton()
        self.refresh_button.clicked.connect(self.refresh)
        self.report_button = QPushButton()
        self.report_button.clicked.connect(self._export_report)
        self.sheets_button = QPushButton()
        self.sheets_button.clicked.connect(self._export_sheets)
        self.data_button = QPushButton()
        self.data_button.clicked.connect(self._export_data)
        top = QHBoxLayout()
        top.addWidget(self.cohort_label)
        top.addWidget(self.cohort_box)
        top.addWidget(self.refresh_button)
        top.addStretch(1)
        for b in (self.report_button, self.sheets_button, self.data_button):
            top.addWidget(b)
        self.status = QLabel()
        self.status.setWordWrap(True)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_overview(), "")
        self.tabs.addTab(self._build_items(), "")
        self.tabs.addTab(self._build_participants(), "")
        self.tabs.addTab(self._build_retention(), "")
        self.tabs.addTab(self._build_disaggregation(), "")
        self.evaluation_tab = EvaluationTab()
        self.tabs.addTab(self.evaluation_tab, "")

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.tabs, 1)
        self.retranslate()

    # -- building ------------------------------------------------------------------
    def _build_overview(self) -> QWidget:
        w = QWidget()
        self.figures = {k: Figure() for k in ("n", "means", "gain", "p", "g", "dz", "pass", "rci")}
        row = QGridLayout()
        for i, f in enumerate(self.figures.values()):
            row.addWidget(f, i // 4, i % 4)
        for c in range(4):
            row.setColumnStretch(c, 1)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.attrition = QLabel()
        self.attrition.setWordWrap(True)
        self.dist_chart = chart_view()
        self.slope_chart = chart_view()
        self.topic_chart = chart_view()
        charts = QHBoxLayout()
        for c, stretch in ((self.dist_chart, 4), (self.slope_chart, 3), (self.topic_chart, 3)):
            charts.addWidget(c, stretch)
        layout = QVBoxLayout(w)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(self.attrition)
        layout.addLayout(charts, 1)
        return w

    def _build_items(self) -> QWidget:
        self.item_model = RecordsModel(ITEM_COLUMNS, self)
        self.item_view, self.item_proxy = sortable_table(self.item_model)
        self.facility_chart = chart_view()
        split = QSplitter()
        split.addWidget(self.item_view)
        split.addWidget(self.facility_chart)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([700, 420])
        header = self.item_view.horizontalHeader()
        topic_col = self.item_model.column_of("topic")
        header.setSectionResizeMode(topic_col, QHeaderView.Interactive)
        header.resizeSection(topic_col, 200)
        self.item_view.setTextElideMode(Qt.ElideRight)
        self.items_note = QLabel()
        self.items_note.setWordWrap(True)
        w = QWidget()
        layout = QVBoxLayout(w)
        layout.addWidget(self.items_note)
        layout.addWidget(split, 1)
        return w

    def _build_participants(self) -> QWidget:
        self.participant_model = RecordsModel(PARTICIPANT_COLUMNS, self)
        self.participant_view, self.participant_proxy = sortable_table(self.participant_model)
        self.participants_attrition = QLabel()
        self.participants_attrition.setWordWrap(True)
        w = QWidget()
        layout = QVBoxLayout(w)
        layout.addWidget(self.participants_attrition)
        layout.addWidget(self.participant_view, 1)
        return w

    def _build_retention(self) -> QWidget:
        self.retention_box = QGroupBox()
        self.retention_figures = {k: Figure() for k in ("n", "means", "change", "p", "kept")}
        grid = QHBoxLayout(self.retention_box)
        for f in self.retention_figures.values():
            grid.addWidget(f, 1)
        self.retention_none = QLabel()
        self.confidence_box = QGroupBox()
        self.confidence_model = RecordsModel(CONFIDENCE_COLUMNS, self)
        self.confidence_view, _ = sortable_table(self.confidence_model)
        self.confidence_view.setSortingEnabled(False)
        self.confidence_view.model().sort(-1)  # keep the engine's order (pre, post, follow-up; sex then organisation)
        self.confidence_note = QLabel()
        self.confidence_note.setWordWrap(True)
        cl = QVBoxLayout(self.confidence_box)
        cl.addWidget(self.confidence_note)
        cl.addWidget(self.confidence_view)
        w = QWidget()
        layout = QVBoxLayout(w)
        layout.addWidget(self.retention_none)
        layout.addWidget(self.retention_box)
        layout.addWidget(self.confidence_box, 1)
        return w

    def _build_disaggregation(self) -> QWidget:
        self.subgroup_model = RecordsModel(SUBGROUP_COLUMNS, self)
        self.subgroup_view, _ = sortable_table(self.subgroup_model)
        self.subgroup_view.setSortingEnabled(False)
        self.subgroup_view.model().sort(-1)  # keep the engine's order (pre, post, follow-up; sex then organisation)
        self.subgroup_note = QLabel()
        self.subgroup_note.setWordWrap(True)
        w = QWidget()
        layout = QVBoxLayout(w)
        layout.addWidget(self.subgroup_note)
        layout.addWidget(self.subgroup_view, 1)
        return w

    # -- texts -----------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Results")

    def retranslate(self) -> None:
        self.cohort_label.setText(self.tr("Cohort:"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.report_button.setText(self.tr("Export PDF report…"))
        self.sheets_button.setText(self.tr("Score sheets…"))
        self.data_button.setText(self.tr("Export data…"))
        for i, text in enumerate((self.tr("Overview"), self.tr("Items"), self.tr("Participants"),
                                  self.tr("Retention and confidence"), self.tr("By sex and organisation"),
                                  self.tr("Course evaluation"))):
            self.tabs.setTabText(i, text)
        self.retention_box.setTitle(self.tr("Retention: post-test to follow-up"))
        self.confidence_box.setTitle(self.tr("Confidence ratings"))
        self._items_note = self.tr(
            "Facility: the mean mark on each item as a share of its maximum, among participants who took both "
            "tests, before and after the training. McNemar's test counts who went from right (full marks) to "
            "wrong and from wrong to right, and asks whether more changed from wrong to right; p (Holm) "
            "corrects it for the number of items.")
        self.items_note.setText(self._items_note)
        if self.data is not None:
            self._fill_cohort_box()
            self._show_cohort()
        elif not self._loaded_once:
            self.status.setText(self.tr("Open this section to compute the results."))
        for m in (self.item_model, self.participant_model, self.subgroup_model, self.confidence_model):
            m.headerDataChanged.emit(Qt.Horizontal, 0, m.columnCount() - 1)

    # -- loading ---------------------------------------------------------------
    def showEvent(self, event):  # noqa: N802
        super().showEvent(event)
        if not self._loaded_once:
            self.refresh()

    def refresh(self) -> None:
        """Recompute the analysis from the database (off the GUI thread for a file database)."""
        self._loaded_once = True
        self.refresh_button.setEnabled(False)
        self.status.setText(self.tr("Computing results…"))
        self._task = load_results(self, self.store, None, self._on_loaded, self._on_failed)

    def _on_failed(self, exc) -> None:
        self.refresh_button.setEnabled(True)
        self.status.setText(self.tr("The results could not be computed: %1").replace("%1", user_message(exc)))

    def _on_loaded(self, data: ResultsData) -> None:
        self.refresh_button.setEnabled(True)
        self.data = data
        self._fill_cohort_box()
        self._show_cohort()
        self.loaded.emit()

    def _fill_cohort_box(self) -> None:
        current = self.cohort_box.currentData()
        names = [n for n in self.data.analysis["cohorts"] if n != ALL]
        self.cohort_box.blockSignals(True)
        self.cohort_box.clear()
        for n in names + ([ALL] if len(names) > 1 else []):
            self.cohort_box.addItem(cohort_name(n, self.data.demo_cohorts), n)
        idx = self.cohort_box.findData(current)
        self.cohort_box.setCurrentIndex(max(idx, 0))
        self.cohort_box.blockSignals(False)

    def current_cohort(self) -> str | None:
        return self.cohort_box.currentData()

    def select_cohort(self, name: str) -> None:
        self.cohort_box.setCurrentIndex(self.cohort_box.findData(name))

    def _topic_label(self, key: str) -> str:
        labels = self.data.topic_labels.get(key) if self.data else None
        return (labels or {}).get(ui_lang()) or key

    # -- showing ---------------------------------------------------------------
    def _show_cohort(self, *_):
        name = self.current_cohort()
        if self.data is None:
            return
        if name is None:
            self.status.setText(self.tr("No submitted results yet. Results appear here once participants "
                                        "have taken a pre-test and a post-test."))
            self.tabs.setEnabled(False)
            return
        self.tabs.setEnabled(True)
        demo = self.data.demo_cohorts
        is_demo = name in demo or (name == ALL and any(n in demo for n in self.data.analysis["cohorts"]))
        notes = [self.tr("Demo data: these results are simulated, not from a real training.")] if is_demo else []
        pending = sum(n for c, n in self.data.pending_essays.items() if name == ALL or c == name)
        if pending:
            notes.append(self.tr("%n essay answer(s) still to be marked: until then the scores leave them out and "
                                 "are provisional (Cohorts ▸ Sessions ▸ Mark essays…).", "", pending))
        self.status.setText(" ".join(notes))
        block = self.data.analysis["cohorts"][name]
        people = [p for p in self.data.participants if name == ALL or p.cohort == name]
        self._show_overview(block, people)
        self._show_items(block)
        self._show_participants(block, people, name)
        self._show_retention(block)
        self._show_disaggregation(block)
        self._show_evaluation(name)

    def _show_evaluation(self, name: str) -> None:
        evaluation = self.data.evaluation or {"cohorts": [], "min_cell": 5}
        entry = next((e for e in evaluation["cohorts"] if e["cohort"] == name), None)
        self.evaluation_tab.show_entry(entry, evaluation["min_cell"], self.data.topic_labels)
        self.tabs.setTabVisible(self.tabs.indexOf(self.evaluation_tab), entry is not None)

    def _attrition_text(self, block: dict) -> str:
        pre_only = ", ".join(block["pre_only"]) or self.tr("nobody")
        post_only = ", ".join(block["post_only"]) or self.tr("nobody")
        text = (self.tr("Took the pre-test but not the post-test (%1): %2").replace("%1", str(len(block["pre_only"])))
                .replace("%2", pre_only) + "\n"
                + self.tr("Took the post-test but not the pre-test (%1): %2")
                .replace("%1", str(len(block["post_only"]))).replace("%2", post_only))
        if "no_shows" in block:
            text += "\n" + self.tr("On the roster but took no test (%1): %2").replace(
                "%1", str(len(block["no_shows"]))).replace("%2", ", ".join(block["no_shows"]) or self.tr("nobody"))
        at = block.get("attrition") or {}
        if at.get("n_dropouts"):
            text += "\n" + self.tr("Pre-test mean of those who took the post-test: %1; of those who did not: %2.").replace(
                "%1", fmt_pct(at.get("completers_pre_mean_pct"))).replace("%2", fmt_pct(at.get("dropouts_pre_mean_pct")))
            if at.get("may_bias_gain"):
                text += " " + self.tr("The matched gain may be biased by who dropped out.")
            elif at.get("verdict") == "few_dropped" and at.get("matched_pre_shift_pct") is not None:
                text += " " + self.tr("Too few dropped out (%1 of pre-test takers) to move the result much: the "
                                      "pre-test mean of those who took both tests is %2 points from that of all "
                                      "pre-test takers.").replace("%1", fmt_share(at.get("dropout_share"))).replace(
                    "%2", fmt_num(abs(at["matched_pre_shift_pct"]), 1))
            else:
                text += " " + self.tr("No sign that the dropouts differed on the pre-test.")
        return text

    def _show_overview(self, block: dict, people) -> None:
        pr = block["paired"]
        f = self.figures
        f["n"].set(self.tr("Took both tests"), str(block["n_matched"]),
                   self.tr("of %1 pre-test and %2 post-test takers").replace("%1", str(block["n_pre"]))
                   .replace("%2", str(block["n_post"])))
        f["means"].set(self.tr("Mean score, pre → post"),
                       f"{fmt_pct(pr.get('pre_mean_pct'), 0)} → {fmt_pct(pr.get('post_mean_pct'), 0)}",
                       self.tr("of the maximum mark"), reason(pr, "post_mean_pct"))
        f["gain"].set(self.tr("Mean gain"), fmt_pp(pr.get("gain_mean")),
                      self.tr("95% CI: %1").replace("%1", fmt_ci(pr.get("gain_ci95"))), reason(pr, "gain_mean"))
        band = pr.get("hake_band")
        cg = pr.get("class_normalized_gain")
        g_ci = self.tr("95% CI: %1").replace("%1", fmt_ci2(pr.get("class_normalized_gain_ci95")))
        g_note = (self.tr("A loss: Hake's bands do not apply") if cg is not None and cg < 0 else
                  self.tr("Hake band: %1").replace("%1", tr(BAND_NAMES[band]) if band in BAND_NAMES else DASH))
        f["g"].set(self.tr("Normalized gain ⟨g⟩"), fmt_num(cg), g_note + " · " + g_ci,
                   reason(pr, "class_normalized_gain"))
        f["dz"].set(self.tr("Effect size d_z"), fmt_num(pr.get("cohen_dz")),
                    self.tr("95% CI: %1").replace("%1", fmt_ci2(pr.get("cohen_dz_ci95"))) + " · "
                    + self.tr("Hedges' g_av: %1").replace("%1", fmt_num(pr.get("hedges_g_av"))), reason(pr, "cohen_dz"))
        wil = pr.get("wilcoxon") or {}
        wil_text = self.tr("Wilcoxon p: %1").replace("%1", fmt_p(wil.get("p")))
        if wil.get("same_direction") and wil.get("sign_test_p") is not None:
            wil_text = self.tr("All changed in the same direction; sign test p: %1").replace(
                "%1", fmt_p(wil["sign_test_p"]))
        f["p"].set(self.tr("p (paired t-test)"), fmt_p(pr.get("p")), wil_text, reason(pr, "p"))
        if pr.get("pass_share_pre") is not None:
            f["pass"].set(self.tr("Reaching the pass mark, pre → post"),
                          f"{fmt_share(pr.get('pass_share_pre'))} → {fmt_share(pr.get('pass_share_post'))}",
                          self.tr("Change: %1 · 95% CI: %2").replace("%1", fmt_pp(_pp(pr.get("pass_share_change")), 0))
                          .replace("%2", fmt_ci0(_pp(pr.get("pass_share_change_ci95")))))
        else:
            f["pass"].set(self.tr("Reaching the pass mark, pre → post"), DASH,
                          self.tr("Each cohort has its own pass mark: see each cohort."))
        rc = pr.get("reliable_change") or {}
        if rc.get("reliably_improved") is not None:
            f["rci"].set(self.tr("Reliably improved / no reliable change / declined"),
                         f"{rc['reliably_improved']} / {rc['no_reliable_change']} / {rc['reliably_declined']}",
                         self.tr("Change beyond measurement error (Reliable Change Index)"))
        else:
            f["rci"].set(self.tr("Reliably improved / no reliable change / declined"), DASH,
                         self.tr("Change beyond measurement error (Reliable Change Index)"),
                         rc.get("sem_pre_pct_null_reason", ""))
        self.summary.setText(block["summary"].get(ui_lang()) or block["summary"].get("en", ""))
        self.attrition.setText(self._attrition_text(block))
        matched = [p for p in people if p.gain is not None]
        self._draw_distribution(matched)
        self._draw_slopes(matched, pr)
        self._draw_topics(block.get("topics", {}))

    def _draw_distribution(self, matched) -> None:
        chart = reset_chart(self.dist_chart, self.tr("Scores of participants who took both tests"))
        pre = score_histogram([p.pre_pct for p in matched])
        post = score_histogram([p.post_pct for p in matched])
        series = QBarSeries()
        for label, counts, color in ((self.tr("Pre-test"), pre, PRE_COLOR), (self.tr("Post-test"), post, POST_COLOR)):
            s = QBarSet(label)
            s.append([float(c) for c in counts])
            s.setColor(color)
            series.append(s)
        chart.addSeries(series)
        x = QBarCategoryAxis()
        x.append([f"{10 * i}" for i in range(10)])
        x.setTitleText(self.tr("Score (%, bins of 10)"))
        y = count_axis(max([1] + list(pre) + list(post)))
        y.setTitleText(self.tr("Participants"))
        self.histogram_counts_axis = y
        chart.addAxis(x, Qt.AlignBottom)
        chart.addAxis(y, Qt.AlignLeft)
        series.attachAxis(x)
        series.attachAxis(y)

    def _draw_slopes(self, matched, pr) -> None:
        chart = reset_chart(self.slope_chart, self.tr("Each participant, pre → post"))
        chart.legend().setVisible(False)
        x = QCategoryAxis()
        x.setRange(-0.15, 1.15)
        x.setStartValue(-0.15)
        x.append(self.tr("Pre-test"), 0.0)
        x.append(self.tr("Post-test"), 1.0)
        x.setLabelsPosition(QCategoryAxis.AxisLabelsPositionOnValue)
        x.setGridLineVisible(False)
        y = QValueAxis()
        y.setRange(0, 100)
        y.setLabelFormat("%d%%")
        chart.addAxis(x, Qt.AlignBottom)
        chart.addAxis(y, Qt.AlignLeft)
        for p in matched:
            s = QLineSeries()
            s.append(0.0, p.pre_pct)
            s.append(1.0, p.post_pct)
            color = UP if p.gain > 0 else DOWN if p.gain < 0 else SAME
            s.setPen(QPen(color, 1.5))
            chart.addSeries(s)
            s.attachAxis(x)
            s.attachAxis(y)
        if pr.get("pre_mean_pct") is not None:
            mean = QLineSeries()
            mean.append(0.0, pr["pre_mean_pct"])
            mean.append(1.0, pr["post_mean_pct"])
            mean.setPen(QPen(QColor("#111111"), 4))
            chart.addSeries(mean)
            mean.attachAxis(x)
            mean.attachAxis(y)

    def _draw_topics(self, topics: dict) -> None:
        chart = reset_chart(self.topic_chart, self.tr("By topic (matched participants)"))
        names = sorted(topics)
        series = QHorizontalBarSeries()
        for label, key, color in ((self.tr("Pre-test"), "pre_pct", PRE_COLOR),
                                  (self.tr("Post-test"), "post_pct", POST_COLOR)):
            s = QBarSet(label)
            s.append([float(topics[t].get(key) or 0.0) for t in names])
            s.setColor(color)
            series.append(s)
        chart.addSeries(series)
        axis_y = QBarCategoryAxis()
        axis_y.append([self._topic_label(t) for t in names])
        axis_x = QValueAxis()
        axis_x.setRange(0, 100)
        axis_x.setLabelFormat("%d%%")
        chart.addAxis(axis_y, Qt.AlignLeft)
        chart.addAxis(axis_x, Qt.AlignBottom)
        series.attachAxis(axis_y)
        series.attachAxis(axis_x)

    def _show_items(self, block: dict) -> None:
        self.item_model.topic_label = self._topic_label
        rows = item_rows(block)
        topic_of = self.data.item_topics if self.data else {}
        cohort = self.current_cohort()
        blanks = blank_item_rows(self.data.blanks.get(cohort, {}), topic_of) if self.data and cohort != ALL else []
        shown = []
        for r in rows:  # each blank right under its question
            shown.append(r._replace(topic=topic_of.get(r.item, "")))
            shown += [b for b in blanks if b.item.rsplit("#", 1)[0] == r.item]
        self.item_model.set_rows(shown)
        self.items_note.setText(self._items_note + (" " + self.tr(
            "Rows KEY#1, KEY#2, …: each blank of a cloze question, its facility among everyone who took each test "
            "(its n and discrimination: hover over its n).") if blanks else ""))
        chart = reset_chart(self.facility_chart, self.tr("Facility before and after, per item"))
        chart.legend().setVisible(False)
        x = QValueAxis()
        x.setRange(0, 100)
        x.setLabelFormat("%d%%")
        x.setTitleText(self.tr("Facility before the training"))
        y = QValueAxis()
        y.setRange(0, 100)
        y.setLabelFormat("%d%%")
        y.setTitleText(self.tr("Facility after the training"))
        chart.addAxis(x, Qt.AlignBottom)
        chart.addAxis(y, Qt.AlignLeft)
        diagonal = QLineSeries()
        diagonal.append(0, 0)
        diagonal.append(100, 100)
        diagonal.setPen(QPen(QColor("#999999"), 1, Qt.DashLine))
        chart.addSeries(diagonal)
        diagonal.attachAxis(x)
        diagonal.attachAxis(y)
        for flagged in (False, True):
            dots = QScatterSeries()
            dots.setMarkerSize(11)
            dots.setColor(QColor("#c62828") if flagged else POST_COLOR)
            for r in rows:
                if (bool(r.flags) == flagged and r.facility_pre is not None and r.facility_post is not None):
                    dots.append(100 * r.facility_pre, 100 * r.facility_post)
            chart.addSeries(dots)
            dots.attachAxis(x)
            dots.attachAxis(y)
            names = [r for r in rows if bool(r.flags) == flagged and r.facility_pre is not None
                     and r.facility_post is not None]
            dots.hovered.connect(partial(self._dot_tip, names))

    def _dot_tip(self, rows, point, state) -> None:
        from PySide6.QtWidgets import QToolTip
        from PySide6.QtGui import QCursor

        if not state:
            QToolTip.hideText()
            return
        for r in rows:
            if abs(100 * r.facility_pre - point.x()) < 1e-6 and abs(100 * r.facility_post - point.y()) < 1e-6:
                QToolTip.showText(QCursor.pos(), f"{r.item}: {fmt_share(r.facility_pre)} → {fmt_share(r.facility_post)}")
                return

    def _show_participants(self, block: dict, people, name: str) -> None:
        why = {"pre_pct": self.tr("Did not take the pre-test."), "post_pct": self.tr("Did not take the post-test."),
               "followup_pct": self.tr("Did not take the follow-up test."),
               "gain": self.tr("Needs both the pre-test and the post-test."),
               "normalized_gain": self.tr("Needs both tests and a pre-test score below 100%."),
               "passed": self.tr("Did not take the post-test.")}
        why["rci"] = self.tr("Needs both tests and a pre-test with a usable reliability (SEM).")
        rci = self._rci_of(block, people, name)
        kinds = {1: self.tr("Reliably improved"), 0: self.tr("No reliable change"), -1: self.tr("Reliably declined")}
        absent = self.tr("On the roster, but did not take the test.")
        gone = {f: absent for f in [*why, "reliable_change"]}
        no_shows = []  # roster members who took no test: listed as such, never as a row of blank scores
        for code in block.get("no_shows") or []:
            cohort, code = code.rsplit("/", 1) if name == ALL else (name, code)  # codes never hold "/"
            no_shows.append(ParticipantRow(cohort, code, None, "", None, None, None, None, NO_SHOW, None, "", None, gone))
        self.participant_model.set_rows([
            ParticipantRow(p.cohort, p.code, p.sex, p.organisation, p.pre_pct, p.post_pct, p.gain,
                           p.normalized_gain, p.passed, rci.get((p.cohort, p.code)),
                           "" if rci.get((p.cohort, p.code)) is None else kinds[_rci_kind(rci[(p.cohort, p.code)])],
                           p.followup_pct, why) for p in people] + no_shows)
        self.participant_view.setColumnHidden(0, name != ALL)
        self.participant_view.setColumnHidden(
            self.participant_model.column_of("followup_pct"), not any(p.followup_pct is not None for p in people))
        pm = block.get("pass_mark")
        text = self._attrition_text(block)
        if pm is not None:
            text = self.tr("Pass mark: %1").replace("%1", fmt_pct(pm, 0)) + "\n" + text
        self.participants_attrition.setText(text)

    def _rci_of(self, block: dict, people, name: str) -> dict:
        """(cohort, code) -> RCI, from each cohort's own pre-test SEM (also on the ALL view)."""
        blocks = ({p.cohort: self.data.analysis["cohorts"].get(p.cohort, {}) for p in people} if name == ALL
                  else {name: block})
        out = {}
        for cohort, blk in blocks.items():
            per = ((blk.get("paired") or {}).get("reliable_change") or {}).get("participants") or {}
            out.update({(cohort, code): v for code, v in per.items()})
        return out

    def _show_retention(self, block: dict) -> None:
        ret = block.get("retention")
        self.retention_box.setVisible(ret is not None)
        self.retention_none.setVisible(ret is None)
        self.retention_none.setText(self.tr("No follow-up test results for this cohort yet."))
        if ret is not None:
            f = self.retention_figures
            f["n"].set(self.tr("Took post-test and follow-up"), str(ret["n"]))
            f["means"].set(self.tr("Mean score, post → follow-up"),
                           f"{fmt_pct(ret.get('post_mean_pct'), 0)} → {fmt_pct(ret.get('followup_mean_pct'), 0)}",
                           "", reason(ret, "followup_mean_pct"))
            f["change"].set(self.tr("Mean change"), fmt_pp(ret.get("change_mean")),
                            self.tr("d_z: %1").replace("%1", fmt_num(ret.get("cohen_dz"))), reason(ret, "change_mean"))
            f["p"].set(self.tr("p (paired t-test)"), fmt_p(ret.get("p")), "", reason(ret, "p"))
            f["kept"].set(self.tr("Share of gain kept"), fmt_share(ret.get("share_of_gain_retained")),
                          self.tr("%1 took all three tests").replace("%1", str(ret.get("n_all_three", 0))),
                          reason(ret, "share_of_gain_retained"))
        conf = block.get("confidence")
        names = {"pre": self.tr("Pre-test"), "post": self.tr("Post-test"), "followup": self.tr("Follow-up")}
        if conf:
            self.confidence_note.setText(self.tr(
                "Ratings from 1 (guessing) to 4 (sure). A confident answer is rated 3 or 4; a wrong answer got "
                "no marks. “Confident and wrong, of all rated” divides the confident wrong answers by every rated "
                "answer; “Confident, of the wrong answers” divides them by the rated answers that were wrong."))
            self.confidence_model.set_rows([
                ConfidenceRow(names[ph], b["n_rated"], b.get("mean"), b.get("confident_wrong_share"),
                              b.get("confident_share_of_wrong"),
                              _reasons(b, ("mean", "confident_wrong_share", "confident_share_of_wrong")))
                for ph, b in conf.items()])
        else:
            self.confidence_note.setText(self.tr("No confidence ratings were collected for this cohort."))
            self.confidence_model.set_rows([])
        self.confidence_view.setVisible(bool(conf))

    def _show_disaggregation(self, block: dict) -> None:
        rows = []
        for key, label, namer in (("by_sex", self.tr("Sex"), sex_name),
                                  ("by_organisation", self.tr("Organisation"),
                                   lambda o: o if o and o != "(not recorded)" else sex_name(""))):
            for group, g in (block.get(key) or {}).items():
                pr = g["paired"]
                note = (self.tr("Suppressed: would reveal a small group") if g.get("suppressed_reason") == "complementary"
                        else self.tr("Suppressed: fewer than 5") if g.get("suppressed", g.get("too_small")) else "")
                rows.append(SubgroupRow(label, namer(group), g["n"], pr.get("pre_mean_pct"), pr.get("post_mean_pct"),
                                        pr.get("gain_mean"), pr.get("gain_ci95"), pr.get("p"), pr.get("p_holm"), note,
                                        _reasons(pr, ("pre_mean_pct", "post_mean_pct", "gain_mean", "gain_ci95", "p",
                                                      "p_holm"))))
        self.subgroup_model.set_rows(rows)
        self.subgroup_note.setText(self.tr(
            "Gains of matched participants by sex and by organisation. Small groups give unreliable figures; "
            "differences between groups here are not tested. p tests each group's gain on its own; p (Holm) "
            "corrects it for the number of groups in the table.") if rows else
            self.tr("Sex and organisation were not recorded for this cohort."))

    # -- exports (written by the reports package, off the GUI thread) --------------
    def _run_export(self, label: str, work, done_path: str) -> None:
        from ui.tasks import run_with_store

        def done(_result):
            self.status.setText(self.tr("Saved to %1").replace("%1", done_path))

        def failed(exc):
            QMessageBox.warning(self, self.tr("Export failed"), user_message(exc))

        def cancelled():
            self.status.setText(self.tr("Export cancelled; nothing was kept."))

        run_with_store(self, self.store, work, on_done=done, on_error=failed, on_cancel=cancelled, label=label)

    def _one_cohort(self) -> str | None:
        cohort = self.current_cohort()
        if cohort in (None, ALL):
            QMessageBox.information(self, self.tr("Choose a cohort"),
                                    self.tr("Reports and score sheets are made for one cohort: choose it first."))
            return None
        return cohort

    def _export_report(self) -> None:
        from reports.cohort_report import write_cohort_report

        cohort = self._one_cohort()
        if cohort is None:
            return
        from ui.dialogs.export_dialogs import ReportDialog

        options = ReportDialog.ask(self.tr("Cohort report"), ui_lang(), self)
        if options is None:
            return
        path, _ = file_dialogs.save_file_name(self, self.tr("Export PDF report"), f"{cohort}.pdf", "PDF (*.pdf)")
        if path:
            lang = options.lang
            self._run_export(self.tr("Writing the cohort report…"),
                             lambda store, progress: write_cohort_report(store, cohort, path, lang=lang,
                                                                         progress=progress), path)

    def _export_sheets(self) -> None:
        from reports.sheets import write_sheets

        from ui.dialogs.export_dialogs import SheetsDialog

        cohort = self._one_cohort()
        if cohort is None:
            return
        options = SheetsDialog.ask(self)
        if options is None:
            return
        if options.one_file:
            path, _ = file_dialogs.save_file_name(self, self.tr("Save score sheets"), f"{cohort} sheets.pdf",
                                                  "PDF (*.pdf)")
        else:
            path = file_dialogs.existing_directory(self, self.tr("Choose a folder"))
        if path:
            self._run_export(self.tr("Writing score sheets…"),
                             lambda store, progress: write_sheets(store, cohort, options.lang, options.review, path,
                                                                  progress=progress, no_shows=options.no_shows), path)

    def _export_data(self) -> None:
        from reports.exports import export_participants, export_responses, export_statistics

        from ui.dialogs.export_dialogs import DataExportDialog

        cohort = self.current_cohort()
        cohort = None if cohort == ALL else cohort
        options = DataExportDialog.ask(self)
        if options is None:
            return
        name = f"{cohort or 'all'} {options.what}.{options.fmt}"
        path, _ = file_dialogs.save_file_name(self, self.tr("Export data"), name, f"*.{options.fmt}")
        if not path:
            return
        if options.what == "participants":
            def work(store, progress):
                names = [cohort] if cohort else [c.name for c in store.cohorts.list(include_archived=True)]
                return export_participants(store, names, options.fmt, path, options.pseudonymise, progress)
        elif options.what == "statistics":
            def work(store, progress):
                return export_statistics(store, [cohort] if cohort else None, options.fmt, path, progress)
        else:
            def work(store, progress):
                return export_responses(store, [cohort] if cohort else None, options.fmt, path, progress)
        self._run_export(self.tr("Exporting data…"), work, path)
