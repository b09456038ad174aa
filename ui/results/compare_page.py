"""The Compare section: gains of two or more cohorts side by side, with the between-cohort tests.

Numbers come from :func:`assessor.analysis.stats.analyze` run on the chosen cohorts only (so the
tests compare exactly those); this page only formats them.
"""

from __future__ import annotations

import html
from typing import NamedTuple

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QValueAxis
from PySide6.QtCore import Qt, QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QAbstractItemView, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QListWidget,
                               QListWidgetItem, QMessageBox, QPushButton, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from assessor.analysis.evaluation import side_by_side
from assessor.banks.questions import localized

from ui.dialogs import file_dialogs
from ui.results.results_common import (ALL, DASH, Column, RecordsModel, ResultsData, chart_view, fmt_num, fmt_p, fmt_pp,
                             fmt_share, load_results, reason, reset_chart, tr, ui_lang)
from ui.results.results_page import sortable_table
from ui.widgets import Page
from ui.errors import user_message


class CohortRow(NamedTuple):
    cohort: str
    n_matched: int
    pre_mean_pct: float | None
    post_mean_pct: float | None
    gain_mean: float | None
    gain_ci95: list | None
    class_normalized_gain: float | None
    cohen_dz: float | None
    p: float | None
    reasons: dict


class PairRow(NamedTuple):
    a: str
    b: str
    t: float | None
    df: float | None
    p: float | None
    p_holm: float | None
    reasons: dict


COHORT_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("Results", "Cohort"), "cohort"), Column(QT_TRANSLATE_NOOP("Results", "n (both tests)"), "n_matched", "int"),
    Column(QT_TRANSLATE_NOOP("Results", "Pre-test"), "pre_mean_pct", "pct"), Column(QT_TRANSLATE_NOOP("Results", "Post-test"), "post_mean_pct", "pct"),
    Column(QT_TRANSLATE_NOOP("Results", "Gain"), "gain_mean", "pp"), Column(QT_TRANSLATE_NOOP("Results", "95% CI"), "gain_ci95", "ci"),
    Column(QT_TRANSLATE_NOOP("Results", "⟨g⟩"), "class_normalized_gain", "num"), Column(QT_TRANSLATE_NOOP("Results", "d_z"), "cohen_dz", "num"),
    Column(QT_TRANSLATE_NOOP("Results", "p"), "p", "p"),
]
PAIR_COLUMNS = [
    Column(QT_TRANSLATE_NOOP("Results", "Cohort A"), "a"), Column(QT_TRANSLATE_NOOP("Results", "Cohort B"), "b"),
    Column(QT_TRANSLATE_NOOP("Results", "Welch t"), "t", "num"), Column(QT_TRANSLATE_NOOP("Results", "df"), "df", "num"),
    Column(QT_TRANSLATE_NOOP("Results", "p"), "p", "p"), Column(QT_TRANSLATE_NOOP("Results", "p (Holm)"), "p_holm", "p"),
]
SMALL_GROUP = 5  # the engine's "small group" size (analysis["conventions"]["small_group"] when present)
ROWS_SHOWN_HEIGHT = 130  # a table header and about three rows


class ComparePage(Page):
    """Pick cohorts, then see their gains and whether they differ."""

    loaded = Signal()

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self.store = store
        self.data: ResultsData | None = None
        self._task = None
        self._listed = False

        self.pick_label = QLabel()
        self.pick_label.setWordWrap(True)
        self.cohort_list = QListWidget()
        self.compare_button = QPushButton()
        self.compare_button.clicked.connect(self.compare)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self._export)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.addWidget(self.pick_label)
        ll.addWidget(self.cohort_list, 1)
        ll.addWidget(self.compare_button)
        ll.addWidget(self.export_button)
        left.setMaximumWidth(210)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.small_note = QLabel()
        self.small_note.setWordWrap(True)
        self.small_note.setStyleSheet("color: #8a4b00;")
        self.cohort_model = RecordsModel(COHORT_COLUMNS, self)
        self.cohort_view, _ = sortable_table(self.cohort_model)
        self.means_chart = chart_view(200)
        self.gain_chart = chart_view(200)
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.legend.setAlignment(Qt.AlignCenter)
        charts = QVBoxLayout()
        row = QHBoxLayout()
        row.addWidget(self.means_chart, 1)
        row.addWidget(self.gain_chart, 1)
        charts.addLayout(row, 1)
        charts.addWidget(self.legend)
        self.tests_box = QGroupBox()
        self.tests_text = QLabel()
        self.tests_text.setWordWrap(True)
        self.tests_text.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.pair_model = RecordsModel(PAIR_COLUMNS, self)
        self.pair_view, _ = sortable_table(self.pair_model)
        # The sentences above the pairwise table, full width: beside it they were cut off at 1280 x 720.
        tl = QVBoxLayout(self.tests_box)
        tl.addWidget(self.tests_text)
        tl.addWidget(self.pair_view, 1)
        # The course-evaluation ratings of the cohorts side by side (shown only when there are any).
        self.eval_box = QGroupBox()
        self.eval_note = QLabel()
        self.eval_note.setWordWrap(True)
        self.eval_table = QTableWidget(0, 0)
        self.eval_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.eval_table.verticalHeader().setVisible(False)
        self.eval_table.setWordWrap(True)
        el = QVBoxLayout(self.eval_box)
        el.addWidget(self.eval_note)
        el.addWidget(self.eval_table, 1)
        self.eval_box.setVisible(False)
        self.eval_rows: list[dict] = []
        # Each table shows a few whole rows at least; the page scrolls rather than squeezing them to one.
        self.cohort_view.setMinimumHeight(ROWS_SHOWN_HEIGHT)
        self.cohort_view.setMaximumHeight(170)
        self.pair_view.setMinimumHeight(ROWS_SHOWN_HEIGHT)
        self.eval_table.setMinimumHeight(ROWS_SHOWN_HEIGHT)
        # Cohort names can be long: fixed, elided name columns keep every number column in view.
        for view, fields in ((self.cohort_view, ("cohort",)), (self.pair_view, ("a", "b"))):
            header = view.horizontalHeader()
            for f in fields:
                col = view.model().sourceModel().column_of(f)
                header.setSectionResizeMode(col, QHeaderView.Interactive)
                header.resizeSection(col, 150 if len(fields) == 1 else 130)
            view.setTextElideMode(Qt.ElideRight)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.status)
        rl.addWidget(self.small_note)
        rl.addWidget(self.cohort_view)
        rl.addLayout(charts, 3)
        rl.addWidget(self.tests_box, 2)
        rl.addWidget(self.eval_box, 2)
        # A plain row rather than a splitter: a splitter hides its sides' minimum heights from the
        # scroll area around the page, which then squeezed the charts under their legend.
        layout = QHBoxLayout(self)
        layout.addWidget(left, 0, Qt.AlignTop)  # Compare and Export stay in view at the top of a tall page
        layout.addWidget(right, 1)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Compare")

    def retranslate(self) -> None:
        self.pick_label.setText(self.tr("Tick two or more cohorts to compare:"))
        self.compare_button.setText(self.tr("Compare"))
        self.export_button.setText(self.tr("Export comparison PDF…"))
        self.tests_box.setTitle(self.tr("Do the gains differ between cohorts?"))
        self.eval_box.setTitle(self.tr("Course evaluation by cohort"))
        if self.data is not None:
            self._show()
        for m in (self.cohort_model, self.pair_model):
            m.headerDataChanged.emit(Qt.Horizontal, 0, m.columnCount() - 1)

    def showEvent(self, event):  # noqa: N802
        super().showEvent(event)
        if not self._listed:
            self.list_cohorts()

    def list_cohorts(self) -> None:
        """Fill the pick list with the cohorts that have submitted results, all ticked, then compare."""
        self._listed = True
        names = sorted({r.cohort for r in self.store.results.phase_results()})
        self.cohort_list.clear()
        for n in names:
            item = QListWidgetItem(n)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Checked)
            self.cohort_list.addItem(item)
        self.compare()

    def picked(self) -> list[str]:
        return [self.cohort_list.item(i).text() for i in range(self.cohort_list.count())
                if self.cohort_list.item(i).checkState() == Qt.Checked]

    def set_picked(self, names) -> None:
        for i in range(self.cohort_list.count()):
            item = self.cohort_list.item(i)
            item.setCheckState(Qt.Checked if item.text() in names else Qt.Unchecked)

    def compare(self) -> None:
        """Analyse the ticked cohorts (off the GUI thread for a file database)."""
        picked = self.picked()
        if len(picked) < 2:
            self.data = None
            self.status.setText(self.tr("Tick at least two cohorts."))
            self._clear()
            return
        self.compare_button.setEnabled(False)
        self.status.setText(self.tr("Computing results…"))
        self._task = load_results(self, self.store, picked, self._on_loaded, self._on_failed)

    def _on_failed(self, exc) -> None:
        self.compare_button.setEnabled(True)
        self.status.setText(self.tr("The comparison could not be computed: %1").replace("%1", user_message(exc)))

    def _on_loaded(self, data: ResultsData) -> None:
        self.compare_button.setEnabled(True)
        self.data = data
        self.status.setText("")
        self._show()
        self.loaded.emit()

    def _clear(self) -> None:
        self.cohort_model.set_rows([])
        self.pair_model.set_rows([])
        self.tests_text.setText("")
        self.small_note.setText("")
        reset_chart(self.means_chart, "")
        reset_chart(self.gain_chart, "")
        self.legend.setText("")
        self._show_evaluation([])

    def _show_evaluation(self, rows: list[dict]) -> None:
        """One row per rating item, one column per cohort: n, mean and share agreeing (small anonymous cells: n)."""
        self.eval_rows = rows
        self.eval_box.setVisible(bool(rows))
        self.eval_table.clear()
        if not rows:
            self.eval_table.setRowCount(0)
            self.eval_table.setColumnCount(0)
            return
        lang = ui_lang()
        names = [c["cohort"] for c in rows[0]["cohorts"]]
        min_cell = (self.data.evaluation or {}).get("min_cell", SMALL_GROUP) if self.data else SMALL_GROUP
        self.eval_note.setText(self.tr(
            "Per rating item: n, the mean rating and the share agreeing (a point above the middle of the scale) in "
            "each cohort. An anonymous cohort with fewer than %1 responses to an item shows only n. p: "
            "Kruskal–Wallis test across the cohorts.").replace("%1", str(min_cell)))
        self.eval_table.setColumnCount(len(names) + 2)
        self.eval_table.setRowCount(len(rows))
        self.eval_table.setHorizontalHeaderLabels([self.tr("Item")] + names + ["p"])
        for r, row in enumerate(rows):
            cells = [f"{row['key']}: {localized(row['text'], lang)}"]
            for c in row["cohorts"]:
                if not c["asked"]:
                    cells.append(self.tr("not asked"))
                elif c["suppressed"]:
                    cells.append(self.tr("n %1 (fewer than %2: not shown)").replace("%1", str(c["n"]))
                                 .replace("%2", str(min_cell)))
                else:
                    cells.append(self.tr("n %1 · mean %2 · agree %3").replace("%1", str(c["n"]))
                                 .replace("%2", fmt_num(c["mean"])).replace("%3", fmt_share(c["agree_share"])))
            cells.append(fmt_p(row["p"]))
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.eval_table.setItem(r, col, item)
        header = self.eval_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        for col in range(1, len(names) + 2):
            header.setSectionResizeMode(col, QHeaderView.ResizeToContents)

    def _show(self) -> None:
        a = self.data.analysis
        names = [n for n in a["cohorts"] if n != ALL]
        keys = ("pre_mean_pct", "post_mean_pct", "gain_mean", "gain_ci95", "class_normalized_gain", "cohen_dz", "p")
        rows = []
        for n in names:
            b = a["cohorts"][n]
            pr = b["paired"]
            rows.append(CohortRow(n, b["n_matched"], *(pr.get(k) for k in keys),
                                  {k: reason(pr, k) for k in keys}))
        self.cohort_model.set_rows(rows)
        comp = a["comparison"]
        self.pair_model.set_rows([
            PairRow(r["a"], r["b"], r.get("t"), r.get("df"), r.get("p"), r.get("p_holm"),
                    {k: reason(r, k) for k in ("t", "df", "p", "p_holm")}) for r in comp.get("pairwise", [])])
        self.tests_text.setText(self._tests_text(comp))
        self.tests_text.setToolTip(self.tr("One-way ANOVA and Welch's ANOVA compare mean gains; Kruskal–Wallis "
                                           "compares their ranks. Pairwise: Welch t-tests, Holm-adjusted p."))
        small = a.get("conventions", {}).get("small_group", SMALL_GROUP)
        tiny = [r.cohort for r in rows if r.n_matched < small]
        notes = []
        if tiny:
            notes.append(self.tr("Too few participants to compare reliably (fewer than %1 took both tests): %2")
                         .replace("%1", str(small)).replace("%2", ", ".join(tiny)))
        if comp.get("excluded_cohorts"):
            notes.append(self.tr("Left out of the tests (fewer than 2 took both tests): %1")
                         .replace("%1", ", ".join(comp["excluded_cohorts"])))
        self.small_note.setText("\n".join(notes))
        self.small_note.setVisible(bool(notes))
        self._draw(rows)
        evaluation = self.data.evaluation
        self._show_evaluation(side_by_side(evaluation, self.picked() or names) if evaluation else [])

    def _tests_text(self, comp: dict) -> str:
        def val(block, key, fmt):
            v = (block or {}).get(key)
            return fmt(v) if v is not None else DASH

        an, we, kw = comp.get("anova", {}), comp.get("welch_anova", {}), comp.get("kruskal", {})
        lines = [
            self.tr("ANOVA: F(%1, %2) = %3, p = %4, η² = %5").replace("%1", val(an, "df_between", lambda v: str(int(v))))
            .replace("%2", val(an, "df_within", lambda v: str(int(v)))).replace("%3", val(an, "F", fmt_num))
            .replace("%4", val(an, "p", fmt_p)).replace("%5", val(an, "eta_squared", fmt_num)),
            self.tr("Welch's ANOVA: F(%1, %2) = %3, p = %4").replace("%1", val(we, "df_between", lambda v: fmt_num(v, 0)))
            .replace("%2", val(we, "df_within", lambda v: fmt_num(v, 1))).replace("%3", val(we, "F", fmt_num))
            .replace("%4", val(we, "p", fmt_p)),
            self.tr("Kruskal–Wallis: H(%1) = %2, p = %3").replace("%1", val(kw, "df", lambda v: str(int(v))))
            .replace("%2", val(kw, "H", fmt_num)).replace("%3", val(kw, "p", fmt_p)),
        ]
        anc = comp.get("ancova") or {}
        if anc.get("F") is not None:
            lines.append(self.tr("ANCOVA (post adjusted for pre): F(%1, %2) = %3, p = %4")
                         .replace("%1", str(int(anc["df_between"]))).replace("%2", str(int(anc["df_within"])))
                         .replace("%3", fmt_num(anc["F"])).replace("%4", fmt_p(anc.get("p"))))
        why = reason(an, "F") or reason(kw, "H")
        if why:
            lines.append(self.tr("Not computed: %1").replace("%1", why))
        forms = comp.get("forms") or {}
        if comp.get("refused"):
            lines.append(self.tr("The cohorts took different items and share only %1; at least %2 common items are "
                                 "needed, so their gains are not compared.")
                         .replace("%1", str(comp["refused"]["n_common_items"])).replace("%2", str(comp["refused"]["minimum"])))
        elif forms.get("same_items") is False:
            lines.append(self.tr("The cohorts took different items: compared on the %1 items all of them took.")
                         .replace("%1", str(forms.get("n_common_items"))))
        verdict = comp.get("verdict")
        test = self.tr("Welch's ANOVA") if comp.get("test") == "welch_anova" else self.tr("ANOVA")
        if verdict == "differ":
            lines.append(self.tr("The mean gains differ between these cohorts (%1 and Holm-corrected pairwise tests).")
                         .replace("%1", test))
        elif verdict == "no_clear_difference":
            lines.append(self.tr("No clear difference in mean gain between these cohorts (%1 with Holm-corrected "
                                 "pairwise tests); this does not show that they are equal.").replace("%1", test))
        mdes = comp.get("mde_gain") or []
        if mdes:
            lines.append(self.tr("Minimum detectable gain (80% power): %1").replace("%1", ", ".join(
                f"{c} {fmt_num(m, 1)} {tr('pp')}" for c, m in zip(comp.get("cohorts", []), mdes))))
        # "p = < 0.001" is never shown: a p below 0.001 reads "p < 0.001".
        return "\n".join(line.replace("= <", "<") for line in lines)

    def _draw(self, rows: list[CohortRow]) -> None:
        # One bar set per cohort, so full cohort names appear in the legend rather than cut-off axis labels.
        colors = ["#1f6fb2", "#e08a00", "#2e7d32", "#8e24aa", "#c62828", "#00838f", "#6d4c41", "#546e7a"]
        chart = reset_chart(self.means_chart, self.tr("Mean score before and after"))
        chart.legend().setVisible(False)
        self.legend.setText("&nbsp;&nbsp;&nbsp;".join(
            f"<span style='color:{colors[i % len(colors)]}'>■</span>&nbsp;{html.escape(r.cohort)}"
            for i, r in enumerate(rows)))
        series = QBarSeries()
        for i, r in enumerate(rows):
            s = QBarSet(r.cohort)
            s.append([float(r.pre_mean_pct or 0.0), float(r.post_mean_pct or 0.0)])
            s.setColor(QColor(colors[i % len(colors)]))
            series.append(s)
        self._axes(chart, series, [self.tr("Pre-test"), self.tr("Post-test")], 0, 100, "%d%%")
        chart = reset_chart(self.gain_chart, self.tr("Mean gain (percentage points)"))
        chart.legend().setVisible(False)
        series = QBarSeries()
        for i, r in enumerate(rows):
            s = QBarSet(r.cohort)
            s.append([float(r.gain_mean or 0.0)])
            s.setColor(QColor(colors[i % len(colors)]))
            series.append(s)
        gains = [float(r.gain_mean or 0.0) for r in rows]
        y = self._axes(chart, series, [self.tr("Gain")], min([0.0] + gains), max([10.0] + gains) * 1.15, "%d")
        y.applyNiceNumbers()

    @staticmethod
    def _axes(chart, series, categories, lo, hi, fmt) -> None:
        chart.addSeries(series)
        x = QBarCategoryAxis()
        x.append(categories)
        y = QValueAxis()
        y.setRange(lo, hi)
        y.setLabelFormat(fmt)
        chart.addAxis(x, Qt.AlignBottom)
        chart.addAxis(y, Qt.AlignLeft)
        series.attachAxis(x)
        series.attachAxis(y)
        return y

    def _export(self) -> None:
        from reports.compare_report import write_compare_report

        picked = self.picked()
        if len(picked) < 2:
            return
        from ui.dialogs.export_dialogs import ReportDialog

        options = ReportDialog.ask(self.tr("Comparison report"), ui_lang(), self)
        if options is None:
            return
        path, _ = file_dialogs.save_file_name(self, self.tr("Export comparison PDF"), "comparison.pdf", "PDF (*.pdf)")
        if not path:
            return
        from ui.tasks import run_with_store

        lang = options.lang

        def done(_result):
            self.status.setText(self.tr("Saved to %1").replace("%1", path))

        def failed(exc):
            QMessageBox.warning(self, self.tr("Export failed"), user_message(exc))

        def cancelled():
            self.status.setText(self.tr("Export cancelled; nothing was kept."))

        self.export_task = run_with_store(
            self, self.store,
            lambda store, progress: write_compare_report(store, picked, path, lang=lang, progress=progress),
            on_done=done, on_error=failed, on_cancel=cancelled, label=self.tr("Writing the comparison report…"))
