"""The cohort and comparison reports in Bahasa Indonesia: every heading, label and number
follows the language (decimal comma), the figures are still the engine's."""

from __future__ import annotations

import re

import pytest
from pypdf import PdfReader

from assessor import __version__
from assessor.analysis.stats import ALL, analyze

BANDS = {"low": "rendah", "medium": "sedang", "high": "tinggi"}
TOT = "ToT Jakarta 2026"
ALL3 = ["ToT Jakarta 2026", "Cascade Surabaya 2026", "Cascade Makassar 2026"]


def pdf_text(path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(str(path)).pages).split())


def comma(x: float, nd: int) -> str:
    """``x`` rounded to ``nd`` decimals with a decimal comma (written here, not with the report's helpers)."""
    # the one rounding rule (issue 16): halves away from zero on the decimal value
    import decimal
    d = decimal.Decimal(repr(x)).quantize(decimal.Decimal(10) ** -nd, rounding=decimal.ROUND_HALF_UP)
    return f"{d:f}".replace(".", ",")


def no_decimal_points(text: str) -> list[str]:
    """Numbers written with a decimal point (the app version in the footer is not a number)."""
    return re.findall(r"\d\.\d", text.replace(f"Assessor {__version__}", ""))


@pytest.fixture
def id_cohort(demo_store, tmp_path):
    from reports.cohort_report import write_cohort_report

    out = write_cohort_report(demo_store, TOT, tmp_path / "laporan.pdf", lang="id")
    return out, pdf_text(out), analyze(demo_store.response_table([TOT]), [TOT])["cohorts"][TOT]


def test_indonesian_cohort_report_has_indonesian_headings_and_no_english_ones(id_cohort):
    out, text, _ = id_cohort
    for phrase in ("Laporan angkatan: " + TOT, "Ringkasan dan interpretasi", "Angka utama", "Ukuran", "Definisi",
                   "Rata-rata skor tes awal", "Rata-rata skor tes akhir", "Rata-rata peningkatan", "Uji-t berpasangan",
                   "Ukuran efek dz", "Gain ternormalisasi kelas", "Reliabilitas (alfa)", "Grafik",
                   "Rata-rata skor (% dari nilai maksimum)", "Tes awal", "Tes akhir", "Tes lanjutan", "Topik",
                   "Analisis butir", "Tingkat kesukaran butir", "Daya beda", "Atrisi dan retensi",
                   "Hanya tes awal (hilang)", "Proporsi peningkatan yang bertahan", "Keyakinan",
                   "Yakin tetapi salah", "Rincian menurut jenis kelamin", "Rincian menurut instansi", "Perempuan",
                   "Catatan metode", "Daftar pustaka", "Halaman 4", "Dibuat", "Fasilitator:"):
        assert phrase in text, phrase
    for english in ("Cohort report", "Summary and interpretation", "Headline figures", "Measure", "Definition",
                    "Mean gain", "Paired t-test", "Effect size", "Reliability", "Charts", "Pre-test", "Post-test",
                    "Follow-up", "matched", "Item analysis", "Facility", "Attrition", "Share of gain", "Confidence",
                    "Disaggregation", "Method notes", "Page ", "Generated", "Trainers", " pp ", "too small",
                    "too easy", "nobody moved", "negative discrimination", "female"):
        # the references (published English titles) are after the last heading
        assert english not in text.rsplit("Daftar pustaka", 1)[0], english
    # References stay as published.
    assert "Cronbach, L. J. (1951). Coefficient alpha and the internal structure of tests." in text
    meta = PdfReader(str(out)).metadata
    assert meta.title == f"Laporan angkatan – {TOT} (data demo)" and meta.subject == "Laporan peningkatan hasil belajar"


def test_indonesian_cohort_report_figures_are_the_engines_with_a_decimal_comma(id_cohort):
    _, text, block = id_cohort
    pr, ret = block["paired"], block["retention"]
    lo, hi = pr["gain_ci95"]
    for figure in (comma(pr["pre_mean_pct"], 1) + "%", comma(pr["post_mean_pct"], 1) + "%",
                   f"+{comma(pr['gain_mean'], 1)} poin (IK 95% {comma(lo, 1)} s.d. {comma(hi, 1)})",
                   f"t({pr['df']}) = {comma(pr['t'], 2)}", comma(pr["cohen_dz"], 2), comma(pr["hedges_g_av"], 2),
                   f"{comma(pr['class_normalized_gain'], 2)} ({BANDS[pr['hake_band']]})",
                   f"{comma(block['pre']['alpha'], 2)} (IK 95% {comma(block['pre']['alpha_ci95'][0], 2)} s.d. "
                   f"{comma(block['pre']['alpha_ci95'][1], 2)}) tes awal",
                   f"{comma(ret['change_mean'], 1)} poin (SB {comma(ret['change_sd'], 1)})"):
        assert figure in text, figure
    assert no_decimal_points(text) == []
    for item, it in block["items"].items():
        assert f"{item} {it['n']} {comma(it['facility_pre'], 2)} {comma(it['facility_post'], 2)}" in text
    flags = {f for it in block["items"].values() for f in it["flags"]}
    assert flags  # the demo data has flagged items, so their Indonesian phrases must show
    if "too_easy_pre" in flags:
        assert "terlalu mudah di tes awal (tingkat kesukaran ≥ 0,90)" in text
    if "negative_discrimination" in flags:
        assert "daya beda negatif" in text
    if "nobody_learned" in flags:
        assert "tidak ada yang berubah dari salah ke benar" in text
    small = [g for key in ("by_sex", "by_organisation") for g, b in block.get(key, {}).items() if b["too_small"]]
    assert small and text.count("disembunyikan (") >= len(small)  # suppressed cells (issue 16)
    for code in block["pre_only"]:
        assert code in text
    assert block["summary"]["id"][:60] in text


def test_indonesian_comparison_report(demo_store, tmp_path):
    from reports.compare_report import write_compare_report

    out = write_compare_report(demo_store, ALL3, tmp_path / "banding.pdf", lang="id")
    text = pdf_text(out)
    result = analyze(demo_store.response_table(ALL3), ALL3)
    for phrase in ("Perbandingan angkatan", "Angka utama per angkatan", "Peningkatan (poin) [IK 95%]",
                   "Semua angkatan", "Rata-rata skor peserta kedua tes", "Tes awal", "Tes akhir",
                   "Apakah peningkatan berbeda antar-angkatan?", "ANOVA satu arah", "ANOVA Welch",
                   "uji-t Welch antar-angkatan (per pasangan)", "Angkatan A", "t Welch", "db", "Ringkasan",
                   "Catatan metode", "Daftar pustaka", "Halaman 2"):
        assert phrase in text, phrase
    for english in ("Cohort comparison", "Headline figures", "All cohorts", "Pre-test", "Post-test",
                    "Do the gains differ", "One-way", "Pairwise", "Summaries", "Method notes", "unequal variances",
                    "rank-based", "Page ", "Generated"):
        assert english not in text, english
    assert "uji-t Welch berpasangan" not in text  # issue 16: between cohorts, not paired
    for name in ALL3 + [ALL]:
        p = result["cohorts"][name]["paired"]
        lo, hi = p["gain_ci95"]
        assert f"+{comma(p['gain_mean'], 1)} [{comma(lo, 1)}; {comma(hi, 1)}]" in text
        assert comma(p["pre_mean_pct"], 1) + "%" in text
    comp = result["comparison"]
    wa = comp["welch_anova"]
    assert f"F = {comma(wa['F'], 2)}" in text and f"{wa['df_between']:.0f}; {comma(wa['df_within'], 1)}" in text
    assert comma(comp["kruskal"]["p"], 3) in text
    for pw in comp["pairwise"]:
        assert f"{comma(pw['t'], 2)} {comma(pw['df'], 1)}" in text
    assert no_decimal_points(text) == []
    assert result["cohorts"][ALL3[1]]["summary"]["id"][:60] in text
    assert PdfReader(str(out)).metadata.title.startswith("Perbandingan angkatan – ")


def test_english_reports_stay_english(demo_store, tmp_path):
    from reports.cohort_report import write_cohort_report
    from reports.compare_report import write_compare_report

    for out in (write_cohort_report(demo_store, TOT, tmp_path / "c.pdf"),
                write_compare_report(demo_store, ALL3, tmp_path / "k.pdf")):
        text = pdf_text(out)
        assert "Method notes" in text and "Page 2" in text
        for indonesian in ("Halaman", "Dibuat", "Tes awal", "Catatan metode", "Angkatan", "Peningkatan"):
            assert indonesian not in text, indonesian


@pytest.mark.parametrize("lang", ["en", "id"])
def test_chart_titles_leave_room_for_the_legend(lang):
    """A chart title running into the legend (top right) is unreadable; Indonesian is longer."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from reports.common import FONT_BOLD, label
    from reports.pdfdoc import bar_chart

    legend = bar_chart(["a"], [(label("pre", lang), [1]), (label("post", lang), [2])], "", horizontal=True)
    left = legend.contents[-1].getBounds()[0]
    for key in ("rep_chart_means", "rep_chart_topics", "rep_chart_items", "cmp_chart"):
        assert stringWidth(label(key, lang), FONT_BOLD, 9) < left - 6, key


def test_the_indonesian_method_notes_heading_is_never_left_alone_at_the_foot_of_a_page(tmp_path):
    from reportlab.platypus import Spacer

    from reports.cohort_report import SMALL_GROUP, method_notes
    from reports.common import label
    from reports.pdfdoc import build, styles

    flat = lambda text: " ".join(text.split())
    heading = label("rep_methods", "id")
    body = flat(label("rep_methods_text", "id", n=SMALL_GROUP))[:25]
    pages_apart = []
    for filler in range(620, 716, 3):  # push the heading down to the foot of page 1
        out = tmp_path / f"m{filler}.pdf"
        build(out, [Spacer(1, filler), *method_notes(styles(), "id")], title="t", author="", subject="", lang="id")
        pages = [flat(p.extract_text()) for p in PdfReader(str(out)).pages]
        where = next(i for i, text in enumerate(pages) if heading in text)
        if body not in pages[where]:
            pages_apart.append(filler)
    assert not pages_apart, pages_apart
