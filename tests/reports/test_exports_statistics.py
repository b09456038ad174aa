"""The statistics export and the reliable-change / no-show columns of the participants export.

Every exported figure must be the figure of ``analyze()`` (the numbers the screens and PDFs
round), every table must be described in the codebook, and no participant may be identifiable
from the statistics files.
"""

from __future__ import annotations

import csv

import pytest

from assessor.analysis.stats import analyze
from assessor.people.cohorts import Participant

TOT = "ToT Jakarta 2026"


def _rows(path):
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _num(text):
    return None if text == "" else float(text)


def test_statistics_csv_carries_every_headline_figure_with_its_interval(demo_store, tmp_path):
    from reports.exports import export_statistics

    paths = export_statistics(demo_store, None, "csv", tmp_path / "stats.csv")
    assert [p.name for p in paths] == ["stats.csv", "stats_items.csv", "stats_subgroups.csv",
                                      "stats_comparison.csv", "stats_codebook.csv"]
    result = analyze(demo_store.response_table())
    figs = {(r["cohort"], r["section"], r["figure"]): r for r in _rows(paths[0])}
    for name, block in result["cohorts"].items():
        pr = block["paired"]
        for fig, ci in (("gain_mean", "gain_ci95"), ("cohen_dz", "cohen_dz_ci95"),
                        ("hedges_g_av", "hedges_g_av_ci95"),
                        ("class_normalized_gain", "class_normalized_gain_ci95")):
            row = figs[(name, "paired", fig)]
            assert _num(row["value"]) == pytest.approx(pr[fig], rel=1e-9)
            assert (_num(row["ci95_low"]), _num(row["ci95_high"])) == pytest.approx(pr[ci], rel=1e-9)
        assert figs[(name, "takers", "n_matched")]["value"] == str(block["n_matched"])
        if "pass_share_change" in pr:
            row = figs[(name, "paired", "pass_share_change")]
            assert _num(row["value"]) == pytest.approx(pr["pass_share_change"])
            assert _num(row["ci95_low"]) == pytest.approx(pr["pass_share_change_ci95"][0])
        row = figs[(name, "paired", "wilcoxon.p")]
        assert row["note"] == pr["wilcoxon"]["method"]
        alpha = figs[(name, "pre", "alpha")]
        assert _num(alpha["ci95_high"]) == pytest.approx(block["pre"]["alpha_ci95"][1])
    # a negative value is written as a number, never as quoted text
    negatives = [r for r in _rows(paths[1]) if r["discrimination_pre_ci95_low"].startswith(("-", "'"))]
    assert negatives and all(r["discrimination_pre_ci95_low"].startswith("-") for r in negatives)


def test_statistics_items_carry_holm_and_subgroups_stay_suppressed(demo_store, tmp_path):
    from reports.exports import export_statistics

    paths = export_statistics(demo_store, [TOT], "csv", tmp_path / "s.csv")
    block = analyze(demo_store.response_table([TOT]), [TOT])["cohorts"][TOT]
    items = {r["item"]: r for r in _rows(paths[1]) if r["cohort"] == TOT}
    assert set(items) == set(block["items"])
    for key, it in block["items"].items():
        assert _num(items[key]["mcnemar_p_holm"]) == pytest.approx(it["mcnemar_p_holm"])
        assert _num(items[key]["mcnemar_p"]) == pytest.approx(it["mcnemar_p"])
    subs = [r for r in _rows(paths[2]) if r["cohort"] == TOT]
    hidden = [r for r in subs if r["suppressed"] == "TRUE"]
    assert hidden, "demo data has small organisations"
    for r in hidden:
        assert r["gain_mean"] == r["p"] == r["p_holm"] == r["pre_mean_pct"] == ""
    shown = [r for r in subs if r["suppressed"] == "FALSE"]
    for r in shown:
        g = block["by_" + r["by"]][r["group"]]["paired"]
        assert _num(r["p_holm"]) == pytest.approx(g["p_holm"])


def test_statistics_files_name_nobody_and_the_codebook_covers_every_table(demo_store, tmp_path):
    from reports.exports import export_statistics

    paths = export_statistics(demo_store, None, "csv", tmp_path / "s.csv")
    text = "".join(p.read_text(encoding="utf-8") for p in paths)
    codes = {p.code for c in demo_store.cohorts.list() for p in demo_store.cohorts.participants(c.id)}
    names = {p.name for c in demo_store.cohorts.list() for p in demo_store.cohorts.participants(c.id) if p.name}
    assert not [x for x in codes | names if x in text]
    codebook = paths[-1].read_text(encoding="utf-8")
    for table in ("figures", "items", "subgroups", "comparison"):
        assert f"{table}: " in codebook


def test_statistics_xlsx_has_one_sheet_per_table_with_the_csv_values(demo_store, tmp_path):
    from openpyxl import load_workbook

    from reports.exports import export_statistics

    (x,) = export_statistics(demo_store, [TOT], "xlsx", tmp_path / "s.xlsx")
    wb = load_workbook(x)
    assert wb.sheetnames == ["figures", "items", "subgroups", "comparison", "codebook"]
    pr = analyze(demo_store.response_table([TOT]), [TOT])["cohorts"][TOT]["paired"]
    ws = wb["figures"]
    header = [c.value for c in ws[1]]
    found = [r for r in ws.iter_rows(min_row=2, values_only=True)
             if r[header.index("cohort")] == TOT and r[header.index("figure")] == "gain_mean"]
    assert found[0][header.index("value")] == pytest.approx(pr["gain_mean"])
    assert found[0][header.index("ci95_low")] == pytest.approx(pr["gain_ci95"][0])


def test_participants_export_has_reliable_change_and_no_shows(demo_store, tmp_path):
    from reports.exports import export_participants

    cohort = demo_store.cohorts.by_name(TOT)
    demo_store.cohorts.add_participants(cohort.id, [Participant(cohort.id, "JKT-99", "Never Came")])
    rc = analyze(demo_store.response_table([TOT]), [TOT])["cohorts"][TOT]["paired"]["reliable_change"]
    csv_path, codebook = export_participants(demo_store, [TOT], "csv", tmp_path / "p.csv", pseudonymise=True)
    rows = {r["code"]: r for r in _rows(csv_path)}
    assert rows["JKT-99"]["no_show"] == "TRUE" and rows["JKT-99"]["rci"] == ""
    assert sum(r["no_show"] == "TRUE" for r in rows.values()) == 1
    for code, v in rc["participants"].items():
        assert _num(rows[code]["rci"]) == pytest.approx(v)
        assert rows[code]["reliable_change"] == ("improved" if v > 1.96 else "declined" if v < -1.96 else "none")
    assert sum(r["reliable_change"] == "improved" for r in rows.values()) == rc["reliably_improved"]
    losses = [r for r in rows.values() if r["gain_pp"].startswith(("-", "'"))]
    assert all(r["gain_pp"].startswith("-") for r in losses)
    assert "reliable_change" in codebook.read_text(encoding="utf-8")


def test_cli_exports_statistics(demo_store, tmp_path):
    from click.testing import CliRunner

    from assessor.cli import cli

    path = demo_store.path
    out = tmp_path / "s.xlsx"
    res = CliRunner().invoke(cli, ["--db", str(path), "export", "statistics", "--format", "xlsx", "-o", str(out)])
    assert res.exit_code == 0, res.output
    assert out.exists() and "s.xlsx" in res.output
