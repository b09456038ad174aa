"""CSV and XLSX exports of results.

* participants (wide): one row per participant of a cohort with scores, gain, g, pass
  status, per-topic scores and per-item marks (the numbers of :mod:`assessor.analysis.reportdata`);
* responses (long): exactly the ``assessor analyze`` CSV format, so an exported file
  re-analyses to the same statistics;
* statistics: every figure of ``assessor analyze`` as tables an evaluator can filter: the
  headline figures with their 95% intervals and the reason where a figure is missing, the
  items (with Holm-corrected p), the subgroups (small groups suppressed as on screen) and the
  comparison of cohorts. Values are at full precision; screens and PDFs round them.

Each export comes with a codebook (a sheet in XLSX, ``<name>_codebook.csv`` beside a
CSV). ``pseudonymise`` drops participants' names and keeps their codes.
"""

from __future__ import annotations

import csv
import math
from pathlib import Path

from assessor.errors import InputError
from assessor.textio import neutralise
from assessor.progress import Progress, step
from assessor.analysis.inference import rci_kind
from assessor.analysis.reportdata import PHASES, cohort_results
from assessor.analysis.stats import analyze
from assessor.analysis.responses import write_responses_csv

FORMATS = ("csv", "xlsx")
KINDS = ("participants", "responses", "statistics")

RESPONSES_CODEBOOK = [
    ("cohort", "Cohort name."),
    ("participant_id", "Participant code (no names in this file)."),
    ("phase", "pre, post or followup."),
    ("item_id", "Question key."),
    ("topic", "Topic (learning objective) of the question."),
    ("correct", "Mark from 0 (wrong) to 1 (full marks); partial credit in between."),
    ("sex", "female, male, other or not_stated (only when recorded)."),
    ("organisation", "Participant's organisation (only when recorded)."),
    ("confidence", "Confidence rating 1-4; empty when not given (only when collected)."),
]


def _open(store):
    if hasattr(store, "results"):
        return store, False
    from assessor.store import Store

    return Store.open(store), True


def _check(fmt: str) -> str:
    if fmt not in FORMATS:
        raise InputError(f"Export format {fmt!r} is not supported (use csv or xlsx).", code="bad_format")
    return fmt


def participants_rows(store, cohorts: list[str], pseudonymise: bool = False,
                      progress: Progress | None = None) -> tuple[list[str], list[list], list[tuple[str, str]]]:
    """(header, rows, codebook) of the participants-wide table for ``cohorts``."""
    datas = []
    for i, name in enumerate(cohorts):
        step(progress, i, len(cohorts) + 1)
        datas.append(cohort_results(store, name))
    rcis = _rci_of(store, cohorts)
    topics = list(dict.fromkeys(t for d in datas for t in d.topics))
    items = list(dict.fromkeys(k for d in datas for k in d.items))
    phases = [ph for ph in PHASES if any(ph in d.phases for d in datas)] or ["pre", "post"]
    header = ["code"] + ([] if pseudonymise else ["name"]) + ["cohort", "sex", "organisation"]
    header += [f"{ph}_pct" for ph in phases] + ["gain_pp", "normalized_gain", "pass_mark"]
    header += [f"passed_{ph}" for ph in phases] + ["rci", "reliable_change", "no_show"]
    header += [f"topic_{t}_{ph}_pct" for t in topics for ph in phases]
    header += [f"item_{k}_{ph}" for k in items for ph in phases]
    rows = []
    for d, rci in zip(datas, rcis):
        for p in d.participants:
            row = [p.code] + ([] if pseudonymise else [p.name]) + [d.cohort.name, p.sex, p.organisation]
            row += [p.pct[ph] for ph in phases] + [p.gain, p.normalized_gain, d.pass_mark]
            row += [p.passed[ph] for ph in phases]
            r = rci.get(p.code)
            row += [r, None if r is None else RELIABLE_CHANGE[rci_kind(r)],
                    all(p.pct[ph] is None for ph in PHASES)]
            row += [p.topic_pct.get(t, {}).get(ph) for t in topics for ph in phases]
            row += [p.marks.get(ph, {}).get(k) for k in items for ph in phases]
            rows.append(row)
    codebook = [("code", "Participant code."), ("name", "Participant name (absent in a pseudonymised export)."),
                ("cohort", "Cohort name."), ("sex", "female, male, other or not_stated."),
                ("organisation", "Participant's organisation.")]
    codebook += [(f"{ph}_pct", f"{ph} score: % of the maximum mark of the items given; empty if not taken.")
                 for ph in phases]
    codebook += [("gain_pp", "post_pct - pre_pct in percentage points; empty without both tests."),
                 ("normalized_gain", "(post - pre) / (100 - pre); empty without both tests or at pre = 100."),
                 ("pass_mark", "The cohort's pass mark in %."),
                 ("passed_<phase>", "TRUE if the score of that test reached the pass mark; empty if not taken."),
                 ("rci", "Reliable Change Index: gain / (sqrt 2 x the pre-test's SEM) (Jacobson & Truax 1991); "
                         "empty without both tests or a usable SEM."),
                 ("reliable_change", "improved (RCI > 1.96), declined (RCI < -1.96) or none (no reliable change)."),
                 ("no_show", "TRUE if on the roster but took no test."),
                 ("topic_<topic>_<phase>_pct", "Score on the topic's items in that test, %."),
                 ("item_<key>_<phase>", "Mark 0-1 on that question in that test; empty if not given.")]
    if pseudonymise:
        codebook = [c for c in codebook if c[0] != "name"]
    return header, rows, codebook


RELIABLE_CHANGE = {1: "improved", 0: "none", -1: "declined"}


def _rci_of(store, cohorts: list[str]) -> list[dict]:
    """Per cohort, participant code -> RCI (from each cohort's own pre-test SEM), in one analysis."""
    table = store.response_table(list(cohorts))
    present = [c for c in cohorts if c in table.cohort.labels]
    blocks = analyze(table, present)["cohorts"] if present else {}
    return [(((blocks.get(c) or {}).get("paired") or {}).get("reliable_change") or {}).get("participants") or {}
            for c in cohorts]


def export_participants(store, cohorts: list[str], fmt: str, out, pseudonymise: bool = False,
                        progress: Progress | None = None) -> list[Path]:
    """Write the participants-wide export of ``cohorts`` as CSV or XLSX; return the files written."""
    _check(fmt)
    store, own = _open(store)
    try:
        header, rows, codebook = participants_rows(store, list(cohorts), pseudonymise, progress)
    finally:
        if own:
            store.close()
    paths = _write(Path(out), fmt, "participants", header, rows, codebook)
    step(progress, 1, 1)
    return paths


def export_responses(store, cohorts: list[str] | None, fmt: str, out, progress: Progress | None = None) -> list[Path]:
    """Write every counting mark of ``cohorts`` (all when None) in the ``assessor analyze``
    CSV format (CSV) or the same columns in a sheet (XLSX); return the files written.

    Responses carry codes, never names, so the export is pseudonymous by construction.
    """
    _check(fmt)
    store, own = _open(store)
    try:
        step(progress, 0, 2)
        table = store.response_table(list(cohorts) if cohorts else None)
    finally:
        if own:
            store.close()
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "csv":
        write_responses_csv(table, out)
        cb = out.with_name(out.stem + "_codebook.csv")
        _write_csv(cb, ["column", "meaning"], RESPONSES_CODEBOOK + _pass_marks(table))
        step(progress, 2, 2)
        return [out, cb]
    # XLSX: the CSV writer decides the columns; read its rows back into a sheet.
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "r.csv"
        write_responses_csv(table, path)
        with path.open(encoding="utf-8", newline="") as fh:
            reader = csv.reader(fh)
            header = next(reader)
            rows = [[_cell(h, v) for h, v in zip(header, r)] for r in reader]
    paths = _write(out, "xlsx", "responses", header, rows, RESPONSES_CODEBOOK + _pass_marks(table))
    step(progress, 2, 2)
    return paths


# -- statistics ---------------------------------------------------------------

# (section, figure, path in the cohort block, path of its 95% interval, unit)
_FIGURES = [
    ("takers", "n_pre", ("n_pre",), None, "count"),
    ("takers", "n_post", ("n_post",), None, "count"),
    ("takers", "n_followup", ("n_followup",), None, "count"),
    ("takers", "n_matched", ("n_matched",), None, "count"),
    ("takers", "n_pre_only", ("pre_only",), None, "count"),
    ("takers", "n_post_only", ("post_only",), None, "count"),
    ("takers", "n_no_shows", ("no_shows",), None, "count"),
    ("takers", "pass_mark", ("pass_mark",), None, "%"),
] + [
    (ph, fig, (ph, fig), ci, unit) for ph in PHASES for fig, ci, unit in (
        ("n", None, "count"), ("n_items", None, "count"), ("mean_pct", None, "%"), ("sd_pct", None, "%"),
        ("alpha", (ph, "alpha_ci95"), "coefficient"), ("sem_pct", None, "%"))
] + [
    ("paired", fig, ("paired",) + tuple(fig.split(".")), ci and ("paired", ci), unit) for fig, ci, unit in (
        ("n", None, "count"), ("pre_mean_pct", None, "%"), ("post_mean_pct", None, "%"),
        ("gain_mean", "gain_ci95", "pp"), ("gain_sd", None, "pp"), ("mde_gain", None, "pp"),
        ("t", None, "statistic"), ("df", None, "count"), ("p", None, "p"),
        ("wilcoxon.p", None, "p"), ("wilcoxon.sign_test_p", None, "p"),
        ("cohen_dz", "cohen_dz_ci95", "coefficient"), ("d_av", None, "coefficient"),
        ("hedges_g_av", "hedges_g_av_ci95", "coefficient"),
        ("class_normalized_gain", "class_normalized_gain_ci95", "coefficient"),
        ("mean_normalized_gain", None, "coefficient"), ("mean_normalized_change", None, "coefficient"),
        ("improved", None, "count"), ("unchanged", None, "count"), ("declined", None, "count"),
        ("reliable_change.sem_pre_pct", None, "%"), ("reliable_change.reliably_improved", None, "count"),
        ("reliable_change.no_reliable_change", None, "count"), ("reliable_change.reliably_declined", None, "count"),
        ("pass_share_pre", "pass_share_pre_ci95", "share"), ("pass_share_post", "pass_share_post_ci95", "share"),
        ("pass_share_change", "pass_share_change_ci95", "share"), ("pass_mcnemar_p", None, "p"))
] + [
    ("retention", fig, ("retention", fig), ci and ("retention", ci), unit) for fig, ci, unit in (
        ("n", None, "count"), ("post_mean_pct", None, "%"), ("followup_mean_pct", None, "%"),
        ("change_mean", None, "pp"), ("p", None, "p"), ("cohen_dz", None, "coefficient"),
        ("share_of_gain_retained", "share_of_gain_retained_ci95", "share"))
] + [
    ("attrition", fig, ("attrition", fig), None, unit) for fig, unit in (
        ("n_completers", "count"), ("n_dropouts", "count"), ("dropout_share", "share"),
        ("completers_pre_mean_pct", "%"), ("dropouts_pre_mean_pct", "%"), ("smd", "coefficient"),
        ("welch_p", "p"), ("matched_pre_shift_pct", "pp"), ("may_bias_gain", "flag"))
] + [
    (f"confidence_{ph}", fig, ("confidence", ph, fig), None, unit) for ph in PHASES for fig, unit in (
        ("n_rated", "count"), ("mean", "rating 1-4"), ("confident_wrong_share", "share"),
        ("confident_share_of_wrong", "share"))
]

FIGURES_CODEBOOK = [
    ("cohort", "Cohort name; ALL is every exported cohort pooled."),
    ("section", "takers; pre, post, followup (each test); paired (pre to post, participants who took both); "
                "retention (post to follow-up); attrition (pre-test takers who did or did not take the "
                "post-test); confidence_<phase>."),
    ("figure", "The figure's key, as in the JSON of `assessor analyze --json` (docs/statistics.md)."),
    ("value", "The figure at full precision (screens and PDFs round half away from zero); empty when it "
              "cannot be computed, with the reason in note."),
    ("ci95_low, ci95_high", "Its 95% confidence interval, where the figure has one."),
    ("unit", "count; % (of the maximum mark); pp (percentage points); share (0-1); coefficient; "
             "statistic; p; flag (TRUE/FALSE)."),
    ("note", "Why a value is missing, whether an interval was clipped to the possible range, the method "
             "(Wilcoxon) or the band (Hake)."),
]
ITEMS_CODEBOOK = [
    ("facility_<phase>", "Mean mark as a share of the maximum (0-1), all takers of that test."),
    ("discrimination_<phase>", "Correlation of the item with the rest of the test (Moodle), with its 95% interval."),
    ("paired_facility_pre, paired_facility_post", "Facility among participants who took both tests."),
    ("mcnemar_b, mcnemar_c", "Right before and wrong after (b); wrong before and right after (c)."),
    ("mcnemar_p", "McNemar's exact test, not corrected for the number of items."),
    ("mcnemar_p_holm", "The same p with Holm's correction over the items of the cohort."),
    ("flags", "Item flags (see docs/statistics.md), separated by ';'."),
]
SUBGROUPS_CODEBOOK = [
    ("by, group", "sex or organisation, and the group."),
    ("n", "Participants of the group who took both tests."),
    ("suppressed", "TRUE when the group's figures are hidden: fewer than 5 participants, or "
                   "complementary (another small group could be worked out from it)."),
    ("p", "Paired t-test of the group's gain, on its own."),
    ("p_holm", "The same p with Holm's correction over the groups of the table."),
]
COMPARISON_CODEBOOK = [
    ("test", "anova, welch_anova, kruskal, ancova (post adjusted for pre), pairwise (Welch t-test between "
             "two cohorts), mde_gain (minimum detectable gain per cohort, 80% power), verdict."),
    ("statistic, df1, df2, p, p_holm", "The test's statistic (F, H or t), degrees of freedom and p; p_holm for "
                                       "pairwise tests."),
    ("note", "The cohorts compared, the verdict code, or whether the cohorts took different items."),
]


def _get(block: dict, path, lists_as_counts: bool = True):
    """The value at ``path`` in ``block`` (a list counts as its length), its null reason, and
    whether the key is there at all."""
    node = block
    for key in path[:-1]:
        node = node.get(key) if isinstance(node, dict) else None
        if node is None:
            return None, None, False
    if not isinstance(node, dict) or path[-1] not in node:
        return None, None, False
    v = node[path[-1]]
    return (len(v) if lists_as_counts and isinstance(v, list) else v), node.get(path[-1] + "_null_reason"), True


def _ci(block: dict, path) -> tuple:
    if path is None:
        return None, None, False
    ci, _, _ = _get(block, path, lists_as_counts=False)
    if not isinstance(ci, list) or len(ci) != 2:
        return None, None, False
    clipped, _, _ = _get(block, path[:-1] + (path[-1] + "_clipped",))
    return ci[0], ci[1], bool(clipped)


def statistics_tables(result: dict) -> dict[str, tuple[list[str], list[list], list[tuple[str, str]]]]:
    """The tables of the statistics export, from an :func:`assessor.analysis.stats.analyze` result:
    name -> (header, rows, codebook) for ``figures``, ``items``, ``subgroups`` and ``comparison``."""
    figs, items, subs = [], [], []
    for name, block in result["cohorts"].items():
        for section, fig, path, ci_path, unit in _FIGURES:
            value, why, present = _get(block, path)
            if not present:
                continue
            lo, hi, clipped = _ci(block, ci_path)
            notes = [why] if why else []
            if clipped:
                notes.append("interval clipped to the possible range")
            if fig == "wilcoxon.p" and (block["paired"].get("wilcoxon") or {}).get("method"):
                notes.append(block["paired"]["wilcoxon"]["method"])
            if fig == "class_normalized_gain" and block["paired"].get("hake_band"):
                notes.append(f"Hake band: {block['paired']['hake_band']}")
            figs.append([name, section, fig, value, lo, hi, unit, "; ".join(notes)])
        for key, it in (block.get("items") or {}).items():
            row = [name, key, it.get("n")]
            for ph in ("pre", "post"):
                whole = ((block.get(ph) or {}).get("items") or {}).get(key) or {}
                ci = whole.get("discrimination_ci95") or [None, None]
                row += [whole.get("facility"), whole.get("discrimination"), ci[0], ci[1]]
            row += [it.get("facility_pre"), it.get("facility_post"), it.get("mcnemar_b"), it.get("mcnemar_c"),
                    it.get("mcnemar_p"), it.get("mcnemar_p_holm"), ";".join(it.get("flags") or [])]
            items.append(row)
        for by in ("by_sex", "by_organisation"):
            for group, g in (block.get(by) or {}).items():
                pr = g.get("paired") or {}
                ci = pr.get("gain_ci95") or [None, None]
                subs.append([name, by.removeprefix("by_"), group, g["n"], bool(g.get("suppressed")),
                             g.get("suppressed_reason", "") if g.get("suppressed") else "",
                             pr.get("pre_mean_pct"), pr.get("post_mean_pct"), pr.get("gain_mean"), ci[0], ci[1],
                             pr.get("p"), pr.get("p_holm"), pr.get("class_normalized_gain")])
    comp_rows = []
    comp = result.get("comparison") or {}
    who = ", ".join(comp.get("cohorts") or [])
    forms = comp.get("forms") or {}
    items_note = ("" if forms.get("same_items", True)
                  else f"different items: compared on the {forms.get('n_common_items')} items all took")
    for test, stat, d1, d2 in (("anova", "F", "df_between", "df_within"), ("welch_anova", "F", "df_between", "df_within"),
                               ("kruskal", "H", "df", None), ("ancova", "F", "df_between", "df_within")):
        t = comp.get(test)
        if isinstance(t, dict):
            comp_rows.append([test, t.get(stat), t.get(d1), t.get(d2) if d2 else None, t.get("p"), None,
                              "; ".join(x for x in (who, items_note) if x)])
    for pw in comp.get("pairwise") or []:
        comp_rows.append(["pairwise", pw.get("t"), pw.get("df"), None, pw.get("p"), pw.get("p_holm"),
                          f"{pw['a']} vs {pw['b']}"])
    for cohort, mde in zip(comp.get("cohorts") or [], comp.get("mde_gain") or []):
        comp_rows.append(["mde_gain", mde, None, None, None, None, cohort])
    if comp.get("verdict"):
        comp_rows.append(["verdict", None, None, None, None, None, f"{comp['verdict']} (by {comp.get('test')})"])
    return {
        "figures": (["cohort", "section", "figure", "value", "ci95_low", "ci95_high", "unit", "note"], figs,
                    FIGURES_CODEBOOK),
        "items": (["cohort", "item", "n_paired", "facility_pre", "discrimination_pre", "discrimination_pre_ci95_low",
                   "discrimination_pre_ci95_high", "facility_post", "discrimination_post",
                   "discrimination_post_ci95_low", "discrimination_post_ci95_high", "paired_facility_pre",
                   "paired_facility_post", "mcnemar_b", "mcnemar_c", "mcnemar_p", "mcnemar_p_holm", "flags"],
                  items, ITEMS_CODEBOOK),
        "subgroups": (["cohort", "by", "group", "n", "suppressed", "suppressed_reason", "pre_mean_pct",
                       "post_mean_pct", "gain_mean", "gain_ci95_low", "gain_ci95_high", "p", "p_holm",
                       "class_normalized_gain"], subs, SUBGROUPS_CODEBOOK),
        "comparison": (["test", "statistic", "df1", "df2", "p", "p_holm", "note"], comp_rows, COMPARISON_CODEBOOK),
    }


def export_statistics(store, cohorts: list[str] | None, fmt: str, out, progress: Progress | None = None) -> list[Path]:
    """Write the statistics of ``cohorts`` (all when None): in XLSX one sheet per table and a
    codebook; in CSV ``OUT`` (the figures) with ``OUT_items.csv``, ``OUT_subgroups.csv``,
    ``OUT_comparison.csv`` and ``OUT_codebook.csv`` beside it. Return the files written.

    No names: participants appear only as counts, and small subgroups are suppressed.
    """
    _check(fmt)
    store, own = _open(store)
    try:
        step(progress, 0, 3)
        table = store.response_table(list(cohorts) if cohorts else None)
        step(progress, 1, 3)
        result = analyze(table, list(cohorts) if cohorts else None)
    finally:
        if own:
            store.close()
    tables = statistics_tables(result)
    codebook = [(f"{name}: {col}", meaning) for name, (_, _, cb) in tables.items() for col, meaning in cb]
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    step(progress, 2, 3)
    if fmt == "csv":
        paths = []
        for name, (header, rows, _) in tables.items():
            path = out if name == "figures" else out.with_name(f"{out.stem}_{name}{out.suffix or '.csv'}")
            _write_csv(path, header, rows)
            paths.append(path)
        cb = out.with_name(out.stem + "_codebook.csv")
        _write_csv(cb, ["column", "meaning"], codebook)
        step(progress, 3, 3)
        return paths + [cb]
    sheets = [(name, header, rows) for name, (header, rows, _) in tables.items()]
    _write_workbook(out, sheets, codebook)
    step(progress, 3, 3)
    return [out]


def _pass_marks(table) -> list[tuple[str, str]]:
    return [(f"pass mark: {c}", f"{table.pass_mark(c):g}% (give --pass-mark when re-analysing the CSV)")
            for c in table.cohort.labels if c]


def _cell(col: str, value: str):
    if col in ("correct", "confidence"):
        return float(value) if value != "" else None
    return value


def _plain(v):
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return ""
    if isinstance(v, bool):
        return "TRUE" if v else "FALSE"
    if isinstance(v, float):
        return repr(round(v, 10)).removesuffix(".0") if v.is_integer() else repr(round(v, 10))
    return v


def _write_csv(path: Path, header, rows) -> None:
    # Typed text (names, codes, cohorts, topics) never starts a formula in a spreadsheet.
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow([neutralise(h) for h in header])
        # Only typed text is neutralised: a negative number is a number, not a formula.
        w.writerows([neutralise(v) if isinstance(v, str) else _plain(v) for v in r] for r in rows)


def _text_cells(ws, row: int) -> None:
    """Every text cell of ``row`` stored as text: openpyxl would store "=..." as a formula."""
    for cell in ws[row]:
        if isinstance(cell.value, str) and cell.data_type != "s":
            cell.data_type = "s"


def _write(out: Path, fmt: str, sheet: str, header, rows, codebook) -> list[Path]:
    out.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "csv":
        _write_csv(out, header, rows)
        cb = out.with_name(out.stem + "_codebook.csv")
        _write_csv(cb, ["column", "meaning"], codebook)
        return [out, cb]
    _write_workbook(out, [(sheet, header, rows)], codebook)
    return [out]


def _write_workbook(out: Path, sheets, codebook) -> None:
    """One sheet per (name, header, rows), then the codebook sheet."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook(write_only=False)
    wb.remove(wb.active)
    for sheet, header, rows in sheets:
        ws = wb.create_sheet(sheet)
        ws.append(header)
        _text_cells(ws, 1)
        for cell in ws[1]:
            cell.font = Font(bold=True)
        for r in rows:
            ws.append([None if v is None or (isinstance(v, float) and math.isnan(v)) else neutralise(v) for v in r])
            _text_cells(ws, ws.max_row)
        ws.freeze_panes = "B2"
    cbs = wb.create_sheet("codebook")
    cbs.append(["column", "meaning"])
    for cell in cbs[1]:
        cell.font = Font(bold=True)
    for r in codebook:
        cbs.append([neutralise(v) for v in r])
        _text_cells(cbs, cbs.max_row)
    cbs.column_dimensions["A"].width = 28
    cbs.column_dimensions["B"].width = 90
    wb.properties.creator = "Assessor"
    wb.save(out)
