"""Shared pieces of the PDF writers: embedded fonts, EN/ID labels, number formats, footer.

Reports do not use Qt translation; their few labels live in :data:`LABELS` (English and
Bahasa Indonesia). Numbers are formatted, never recomputed: every figure comes from the
statistics engine or :mod:`assessor.analysis.reportdata`.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from assessor import __version__
from assessor.analysis.rounding import round_text

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_DIR = Path(__file__).parent / "fonts"
LANGS = ("en", "id")

_registered = False


def register_fonts() -> None:
    """Register the bundled DejaVu fonts (Latin extended, Indonesian) once per process."""
    global _registered
    if _registered:
        return
    pdfmetrics.registerFont(TTFont(FONT, str(FONT_DIR / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(FONT_DIR / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)
    _registered = True


LABELS: dict[str, dict[str, str]] = {
    "sheet_title": {"en": "Individual score sheet", "id": "Lembar skor peserta"},
    "training": {"en": "Training", "id": "Pelatihan"},
    "cohort": {"en": "Cohort", "id": "Angkatan"},
    "dates": {"en": "Dates", "id": "Tanggal"},
    "location": {"en": "Location", "id": "Lokasi"},
    "participant": {"en": "Participant", "id": "Peserta"},
    "code": {"en": "Code", "id": "Kode"},
    "organisation": {"en": "Organisation", "id": "Instansi"},
    "pre": {"en": "Pre-test", "id": "Tes awal"},
    "post": {"en": "Post-test", "id": "Tes akhir"},
    "followup": {"en": "Follow-up", "id": "Tes lanjutan"},
    "score": {"en": "Score", "id": "Skor"},
    "date": {"en": "Date", "id": "Tanggal"},
    "provisional": {"en": "provisional: {} essay(s) still to be marked", "id": "sementara: {} esai masih harus dinilai"},
    "not_taken": {"en": "not taken", "id": "tidak mengikuti"},
    "gain": {"en": "Gain", "id": "Peningkatan"},
    "gain_unit": {"en": "percentage points", "id": "poin persentase"},
    "norm_gain": {"en": "Normalized gain", "id": "Gain ternormalisasi"},
    "no_gain_no_post": {"en": "No post-test taken, so no gain can be shown.",
                        "id": "Tidak mengikuti tes akhir, sehingga peningkatan tidak dapat ditampilkan."},
    "no_gain_no_pre": {"en": "No pre-test taken, so no gain can be shown.",
                       "id": "Tidak mengikuti tes awal, sehingga peningkatan tidak dapat ditampilkan."},
    "norm_gain_undefined": {"en": "not defined (pre-test 100%)", "id": "tidak terdefinisi (tes awal 100%)"},
    "change": {"en": "Change", "id": "Perubahan"},
    "norm_gain_loss": {"en": "not used when the score fell", "id": "tidak dipakai bila skor turun"},
    "result": {"en": "Result", "id": "Hasil"},
    "passed": {"en": "Passed", "id": "Lulus"},
    "not_passed": {"en": "Not yet passed", "id": "Belum lulus"},
    "pass_mark": {"en": "pass mark", "id": "batas lulus"},
    "no_post_pass": {"en": "No post-test taken: no pass status.",
                     "id": "Tidak mengikuti tes akhir: status kelulusan tidak ada."},
    "by_topic": {"en": "Score by topic", "id": "Skor per topik"},
    "more_topics": {"en": "{n} more topics do not fit on this page: see the item-by-item review or ask the trainer.",
                    "id": "{n} topik lainnya tidak muat di halaman ini: lihat tinjauan per soal atau tanyakan fasilitator."},
    "review": {"en": "Item-by-item review", "id": "Tinjauan per soal"},
    "question": {"en": "Question", "id": "Soal"},
    "your_answer": {"en": "Answer given", "id": "Jawaban peserta"},
    "correct_answer": {"en": "Correct answer", "id": "Jawaban benar"},
    "mark": {"en": "Mark", "id": "Nilai"},
    "no_answer": {"en": "(no answer)", "id": "(tidak dijawab)"},
    "sig_participant": {"en": "Participant", "id": "Peserta"},
    "sig_trainer": {"en": "Trainer", "id": "Fasilitator"},
    "sig_date": {"en": "Date", "id": "Tanggal"},
    "page": {"en": "Page", "id": "Halaman"},
    "generated": {"en": "Generated", "id": "Dibuat"},
    "no_tests": {"en": "No test taken.", "id": "Belum mengikuti tes."},
    # Cohort and comparison reports. Terms follow the app (ui/translations/results_id.yaml).
    "rep_title": {"en": "Cohort report: {cohort}", "id": "Laporan angkatan: {cohort}"},
    "rep_title_demo": {"en": "Cohort report: {cohort} (demo data)", "id": "Laporan angkatan: {cohort} (data demo)"},
    "demo_suffix": {"en": " (demo data)", "id": " (data demo)"},
    "rep_demo_banner": {"en": "DEMO DATA – simulated results, not from a real training",
                        "id": "DATA DEMO – hasil simulasi, bukan dari pelatihan sungguhan"},
    "rep_meta_title": {"en": "Cohort report – {cohort}", "id": "Laporan angkatan – {cohort}"},
    "rep_meta_subject": {"en": "Learning gain report", "id": "Laporan peningkatan hasil belajar"},
    "rep_trainers": {"en": "Trainers: {names}", "id": "Fasilitator: {names}"},
    "rep_summary": {"en": "Summary and interpretation", "id": "Ringkasan dan interpretasi"},
    "rep_note": {"en": "Note: {note}", "id": "Catatan: {note}"},
    "rep_note_absent": {
        "en": "{phase}: {n} item responses absent (items not given to some takers); percentages use the items "
              "each participant was given; alpha needs complete data.",
        "id": "{phase}: {n} jawaban butir tidak ada (butir tidak diberikan kepada sebagian peserta); persentase "
              "memakai butir yang diberikan kepada tiap peserta; alfa memerlukan data lengkap."},
    "rep_headline": {"en": "Headline figures", "id": "Angka utama"},
    "rep_measure": {"en": "Measure", "id": "Ukuran"},
    "rep_value": {"en": "Value", "id": "Nilai"},
    "rep_definition": {"en": "Definition", "id": "Definisi"},
    "rep_participants": {"en": "Participants", "id": "Peserta"},
    "rep_participants_val": {"en": "{pre} pre, {post} post, {matched} matched",
                             "id": "{pre} tes awal, {post} tes akhir, {matched} mengikuti kedua tes"},
    "rep_participants_fu": {"en": ", {n} follow-up", "id": ", {n} tes lanjutan"},
    "rep_participants_def": {
        "en": "Matched: took both the pre-test and the post-test; all gain figures use matched participants only.",
        "id": "Kedua tes: mengikuti tes awal dan tes akhir; semua angka peningkatan hanya memakai peserta yang "
              "mengikuti kedua tes."},
    "rep_pre_mean": {"en": "Mean pre-test score", "id": "Rata-rata skor tes awal"},
    "rep_pre_mean_def": {"en": "Mean % of the maximum mark, matched participants.",
                         "id": "Rata-rata % dari nilai maksimum, peserta yang mengikuti kedua tes."},
    "rep_post_mean": {"en": "Mean post-test score", "id": "Rata-rata skor tes akhir"},
    "rep_post_mean_def": {"en": "As above, after the training.", "id": "Seperti di atas, sesudah pelatihan."},
    "rep_gain_mean": {"en": "Mean gain", "id": "Rata-rata peningkatan"},
    "rep_pp": {"en": "pp", "id": "poin"},
    "rep_ci": {"en": "95% CI {lo} to {hi}", "id": "IK 95% {lo} s.d. {hi}"},
    "rep_clipped": {"en": " The interval is clipped to what is possible.",
                    "id": " Interval dipotong pada batas yang mungkin."},
    "rep_mde": {"en": "Minimum detectable gain", "id": "Peningkatan minimum yang dapat dideteksi"},
    "rep_mde_def": {"en": "Smallest mean gain the paired t-test detects with 80% power at α = 0.05 for this n and SD.",
                    "id": "Rata-rata peningkatan terkecil yang terdeteksi uji-t berpasangan dengan daya 80% pada "
                          "α = 0,05 untuk n dan SB ini."},
    "rep_same_direction": {"en": "all changed in the same direction, sign test {p}",
                           "id": "semua berubah ke arah yang sama, uji tanda {p}"},
    "rep_rci": {"en": "Reliably improved / no reliable change / reliably declined",
                "id": "Meningkat andal / tanpa perubahan andal / menurun andal"},
    "rep_rci_def": {"en": "Reliable Change Index (Jacobson & Truax 1991): change beyond 1.96 × √2 × the pre-test's SEM.",
                    "id": "Indeks Perubahan Andal (Jacobson & Truax 1991): perubahan melebihi 1,96 × √2 × SEM tes awal."},
    "rep_no_shows": {"en": "On the roster, took no test (no-shows)", "id": "Terdaftar, tidak mengikuti tes"},
    "rep_attrition_cmp": {
        "en": "Pre-test mean of those who took the post-test: {done}; of those who did not: {gone} (Welch {p}).",
        "id": "Rata-rata tes awal peserta yang mengikuti tes akhir: {done}; yang tidak: {gone} (Welch {p})."},
    "rep_attrition_bias": {"en": "The matched gain may be biased by who dropped out.",
                           "id": "Angka peningkatan peserta kedua tes bisa bias karena siapa yang keluar."},
    "rep_attrition_few": {"en": "Too few dropped out ({share} of pre-test takers) to move the result much: the "
                                "pre-test mean of those who took both tests is {shift} points from that of all "
                                "pre-test takers.",
                          "id": "Terlalu sedikit yang keluar ({share} dari peserta tes awal) untuk banyak mengubah "
                                "hasil: rata-rata tes awal peserta kedua tes berselisih {shift} poin dari rata-rata "
                                "semua peserta tes awal."},
    "rep_attrition_nobias": {"en": "No sign that the dropouts differed on the pre-test.",
                             "id": "Tidak ada tanda bahwa peserta yang keluar berbeda pada tes awal."},
    "rep_gain_mean_def": {
        "en": "Post minus pre in percentage points (pp); 95% confidence interval from Student's t.",
        "id": "Tes akhir dikurangi tes awal dalam poin persentase (poin); interval kepercayaan (IK) 95% dari "
              "distribusi t Student."},
    "rep_gain_sd": {"en": "SD of gains", "id": "SB peningkatan"},
    "rep_gain_sd_def": {"en": "Standard deviation of individual gains (n − 1).",
                        "id": "Simpangan baku (SB) peningkatan per peserta (n − 1)."},
    "rep_ttest": {"en": "Paired t-test", "id": "Uji-t berpasangan"},
    "rep_not_computed": {"en": "not computed ({reason})", "id": "tidak dihitung ({reason})"},
    "rep_ttest_def": {"en": "Tests whether the mean gain differs from zero (two-sided).",
                      "id": "Menguji apakah rata-rata peningkatan berbeda dari nol (dua sisi)."},
    "rep_wilcoxon": {"en": "Wilcoxon signed-rank", "id": "Uji peringkat bertanda Wilcoxon"},
    "rep_wilcoxon_def": {"en": "Rank-based check of the same question ({method}).",
                         "id": "Pemeriksaan berbasis peringkat untuk pertanyaan yang sama ({method})."},
    "rep_dz": {"en": "Effect size dz", "id": "Ukuran efek dz"},
    "rep_dz_def": {"en": "Mean gain / SD of gains (Lakens 2013).",
                   "id": "Rata-rata peningkatan / SB peningkatan (Lakens 2013)."},
    "rep_gav": {"en": "Effect size g_av", "id": "Ukuran efek g_av"},
    "rep_gav_def": {"en": "Mean gain / average SD of pre and post, small-sample corrected (Lakens 2013).",
                    "id": "Rata-rata peningkatan / rata-rata SB tes awal dan tes akhir, dengan koreksi sampel kecil "
                          "(Lakens 2013)."},
    "rep_class_g": {"en": "Class normalized gain <g>", "id": "Gain ternormalisasi kelas <g>"},
    "rep_class_g_def": {
        "en": "(post − pre) / (100 − pre) on the means; low < {a} ≤ medium < {b} ≤ high (Hake 1998).",
        "id": "(akhir − awal) / (100 − awal) pada rata-rata; rendah < {a} ≤ sedang < {b} ≤ tinggi (Hake 1998)."},
    "band_low": {"en": "low", "id": "rendah"},
    "band_medium": {"en": "medium", "id": "sedang"},
    "band_high": {"en": "high", "id": "tinggi"},
    "rep_ind_g": {"en": "Mean individual gain g", "id": "Rata-rata gain individual g"},
    "rep_ind_g_def": {
        "en": "Mean of each participant's (post − pre)/(100 − pre); {n} excluded at pre 100%.",
        "id": "Rata-rata (akhir − awal)/(100 − awal) tiap peserta; {n} tidak disertakan karena tes awal 100%."},
    "rep_change_c": {"en": "Mean normalized change c", "id": "Rata-rata perubahan ternormalisasi c"},
    "rep_change_c_def": {"en": "Marx & Cummings (2007): also defined for losses.",
                         "id": "Marx & Cummings (2007): juga terdefinisi untuk penurunan."},
    "rep_improved": {"en": "Improved / same / declined", "id": "Naik / tetap / turun"},
    "rep_improved_def": {"en": "Matched participants whose score rose, stayed, fell.",
                         "id": "Peserta kedua tes yang skornya naik, tetap, turun."},
    "rep_pass": {"en": "Reached pass mark", "id": "Mencapai batas lulus"},
    "rep_subgroup_holm": {"en": "p tests each group's gain on its own (paired t-test); p (Holm) corrects it for "
                                "the number of groups in this table. Differences between groups are not tested.",
                          "id": "p menguji peningkatan tiap kelompok tersendiri (uji-t berpasangan); p (Holm) "
                                "mengoreksinya untuk jumlah kelompok dalam tabel ini. Perbedaan antarkelompok tidak "
                                "diuji."},
    "rep_pass_change": {"en": "Change in the share passing", "id": "Perubahan proporsi yang lulus"},
    "rep_pass_change_def": {"en": "After minus before, in percentage points; interval for paired shares "
                                  "(Newcombe 1998).",
                            "id": "Sesudah dikurangi sebelum, dalam poin persentase; interval untuk proporsi "
                                  "berpasangan (Newcombe 1998)."},
    "rep_pass_def": {"en": "Share of matched participants at or above the pass mark ({pm}%).",
                     "id": "Proporsi peserta kedua tes dengan skor sama dengan atau di atas batas lulus ({pm}%)."},
    "rep_alpha": {"en": "Reliability (alpha)", "id": "Reliabilitas (alfa)"},
    "rep_alpha_val": {"en": "{pre} pre, {post} post", "id": "{pre} tes awal, {post} tes akhir"},
    "rep_alpha_def": {"en": "Cronbach's alpha (= KR-20 for right/wrong items), all takers of each test.",
                      "id": "Alfa Cronbach (= KR-20 untuk butir benar/salah), semua peserta tiap tes."},
    "rep_sem": {"en": "Standard error of measurement", "id": "Kesalahan baku pengukuran"},
    "rep_sem_val": {"en": "{pre} pre, {post} post", "id": "{pre} tes awal, {post} tes akhir"},  # values carry "pp"
    "rep_sem_def": {"en": "SD × √(1 − alpha): typical error of one person's score.",
                    "id": "SB × √(1 − alfa): kesalahan yang lazim pada skor satu orang."},
    "wilcoxon_exact": {"en": "exact", "id": "eksak"},
    "wilcoxon_exact_ties": {"en": "exact conditional distribution with ties, zeros dropped",
                            "id": "distribusi eksak bersyarat dengan nilai kembar, selisih nol dibuang"},
    "wilcoxon_approx": {"en": "normal approximation (tie and continuity corrected)",
                        "id": "pendekatan normal, dengan koreksi nilai kembar dan kontinuitas"},
    "rep_charts": {"en": "Charts", "id": "Grafik"},
    "rep_cat_pre": {"en": "Pre-test (matched, n={n})", "id": "Tes awal (kedua tes, n={n})"},
    "rep_cat_post": {"en": "Post-test (matched, n={n})", "id": "Tes akhir (kedua tes, n={n})"},
    "rep_cat_post_fu": {"en": "Post-test (with follow-up, n={n})", "id": "Tes akhir (ikut lanjutan, n={n})"},
    "rep_cat_fu": {"en": "Follow-up (n={n})", "id": "Tes lanjutan (n={n})"},
    "rep_mean_score": {"en": "Mean score", "id": "Rata-rata skor"},
    "rep_chart_means": {"en": "Mean score (% of maximum)", "id": "Rata-rata skor (% dari nilai maksimum)"},
    "rep_chart_topics": {"en": "Mean score by topic (% of maximum, matched participants)",
                         "id": "Rata-rata skor per topik (% nilai maksimum, peserta kedua tes)"},
    "rep_chart_items": {"en": "Item facility (mean mark in %, matched participants)",
                        "id": "Tingkat kesukaran butir (rata-rata nilai %, peserta kedua tes)"},
    "rep_topics": {"en": "Topics", "id": "Topik"},
    "rep_topic": {"en": "Topic", "id": "Topik"},
    "rep_items": {"en": "Items", "id": "Butir"},
    "rep_pre": {"en": "Pre", "id": "Awal"},
    "rep_post": {"en": "Post", "id": "Akhir"},
    "no_topic": {"en": "(no topic)", "id": "(tanpa topik)"},
    "rep_item_analysis": {"en": "Item analysis", "id": "Analisis butir"},
    "rep_item": {"en": "Item", "id": "Butir"},
    "rep_fac_pre": {"en": "Facility pre", "id": "Kesukaran awal"},
    "rep_fac_post": {"en": "Facility post", "id": "Kesukaran akhir"},
    "rep_disc_pre": {"en": "Discr. pre", "id": "Daya beda awal"},
    "rep_disc_post": {"en": "Discr. post", "id": "Daya beda akhir"},
    "rep_mcnemar_p": {"en": "McNemar p", "id": "p McNemar"},
    "rep_flags": {"en": "Flags", "id": "Tanda"},
    "flag_too_easy_pre": {"en": "too easy at pre-test (facility ≥ {x})",
                          "id": "terlalu mudah di tes awal (tingkat kesukaran ≥ {x})"},
    "flag_nobody_learned": {"en": "nobody moved from wrong to right",
                            "id": "tidak ada yang berubah dari salah ke benar"},
    "flag_negative_discrimination": {"en": "negative discrimination (upper 95% bound below 0)",
                                     "id": "daya beda negatif (batas atas 95% di bawah 0)"},
    "rep_item_note": {
        "en": "Facility: mean mark as a share of the maximum mark. Discrimination: correlation of the item with the rest of the test "
              "(all takers of that test). b / c: matched participants who went from right to wrong / from wrong "
              "to right; McNemar's exact test asks whether c and b differ. The McNemar p is not corrected for the "
              "number of items; p (Holm) is corrected over the items of the table (Holm 1979).",
        "id": "Tingkat kesukaran (indeks P): rata-rata nilai sebagai proporsi dari nilai maksimum. Daya beda: korelasi butir dengan sisa tes (semua "
              "peserta tes tersebut). b / c: peserta kedua tes yang berubah dari benar ke salah / dari salah ke "
              "benar; uji eksak McNemar menilai apakah c dan b berbeda. Nilai p McNemar tidak dikoreksi untuk jumlah "
              "butir; p (Holm) dikoreksi atas butir-butir dalam tabel (Holm 1979)."},
    "rep_blank_row": {"en": "blank {n}; n = {pre} pre, {post} post", "id": "isian {n}; n = {pre} awal, {post} akhir"},
    "rep_blank_note": {
        "en": "Rows KEY#1, KEY#2, …: the blanks of a cloze question, each with its own facility and discrimination "
              "(correlation with the rest of the test, the question itself left out) among all takers of each test; "
              "the question counts once in the score, in the row above its blanks.",
        "id": "Baris KODE#1, KODE#2, …: isian-isian dari soal isian, masing-masing dengan tingkat kesukaran dan daya "
              "beda sendiri (korelasi dengan sisa tes, tanpa soal itu sendiri) di antara semua peserta setiap tes; "
              "soal itu dihitung sekali dalam skor, pada baris di atas isian-isiannya."},
    "rep_attrition": {"en": "Attrition and retention", "id": "Atrisi dan retensi"},
    "rep_count": {"en": "Count", "id": "Jumlah"},
    "rep_codes": {"en": "Codes", "id": "Kode"},
    "rep_took_pre": {"en": "Took the pre-test", "id": "Mengikuti tes awal"},
    "rep_took_post": {"en": "Took the post-test", "id": "Mengikuti tes akhir"},
    "rep_matched_both": {"en": "Matched (both)", "id": "Mengikuti kedua tes"},
    "rep_pre_only": {"en": "Pre-test only (lost)", "id": "Hanya tes awal (hilang)"},
    "rep_post_only": {"en": "Post-test only", "id": "Hanya tes akhir"},
    "rep_took_fu": {"en": "Took the follow-up", "id": "Mengikuti tes lanjutan"},
    "rep_ret_n": {"en": "Post and follow-up (n)", "id": "Tes akhir dan tes lanjutan (n)"},
    "rep_ret_means": {"en": "Mean post → follow-up", "id": "Rata-rata tes akhir → tes lanjutan"},
    "rep_ret_change": {"en": "Mean change", "id": "Rata-rata perubahan"},
    "rep_ret_change_val": {"en": "{x} pp (SD {sd})", "id": "{x} poin (SB {sd})"},
    "rep_ret_share": {"en": "Share of gain retained", "id": "Proporsi peningkatan yang bertahan"},
    "rep_ret_share_val": {"en": "{x} (n = {n} with all three tests)", "id": "{x} (n = {n} mengikuti ketiga tes)"},
    "rep_confidence": {"en": "Confidence", "id": "Keyakinan"},
    "rep_test": {"en": "Test", "id": "Tes"},
    "rep_rated": {"en": "Rated answers", "id": "Jawaban yang dinilai"},
    "rep_conf_mean": {"en": "Mean confidence (1–4)", "id": "Rata-rata keyakinan (1–4)"},
    "rep_conf_wrong": {"en": "Confident but wrong (of all rated answers)",
                       "id": "Yakin tetapi salah (dari semua jawaban yang dinilai)"},
    "rep_conf_wrong_of_wrong": {"en": "Confident, of the wrong answers", "id": "Yakin, dari jawaban yang salah"},
    "rep_by_sex": {"en": "Disaggregation: by sex", "id": "Rincian menurut jenis kelamin"},
    "rep_by_org": {"en": "Disaggregation: by organisation", "id": "Rincian menurut instansi"},
    "rep_group": {"en": "Group", "id": "Kelompok"},
    "rep_gain_pp": {"en": "Gain (pp)", "id": "Peningkatan (poin)"},
    "rep_note_col": {"en": "Note", "id": "Catatan"},
    "rep_too_small": {"en": "suppressed (n < {n})", "id": "disembunyikan (n < {n})"},
    "rep_complementary": {"en": "suppressed (would reveal a small group)",
                          "id": "disembunyikan (akan mengungkap kelompok kecil)"},
    "sex_female": {"en": "female", "id": "Perempuan"},
    "sex_male": {"en": "male", "id": "Laki-laki"},
    "sex_other": {"en": "other", "id": "Lainnya"},
    "sex_not_stated": {"en": "not stated", "id": "Tidak disebutkan"},
    "not_recorded": {"en": "(not recorded)", "id": "(tidak dicatat)"},
    "rep_methods": {"en": "Method notes", "id": "Catatan metode"},
    "rep_methods_text": {
        "en": "Scores are the percentage of the maximum mark of the items each participant was given. Gains use "
              "only participants who took both the pre-test and the post-test (matched); those who missed a test "
              "are listed under attrition, with a comparison of their pre-test scores. The paired t-test and the "
              "Wilcoxon signed-rank test ask whether the mean gain differs from zero. The Wilcoxon p is exact for "
              "up to 50 non-zero differences: with tied differences it uses the exact conditional (permutation) "
              "distribution of the signed mid-ranks, zero differences dropped; R's wilcox.test instead switches to "
              "the normal approximation when there are ties. When all participants change in the same direction "
              "the sign test is reported. Effect sizes dz and g_av follow Lakens (2013), with noncentral-t 95% "
              "intervals; the interval of <g> is a percentile bootstrap (2000 resamples, fixed seed). Shares "
              "passing carry Wilson intervals, their change Newcombe's (1998) interval for paired shares, and "
              "McNemar's test on pass/fail. Dropouts are flagged as a possible bias when at least 10% of "
              "pre-test takers dropped out and their pre-test scores differ (standardized difference of at least "
              "0.2, or Welch p < 0.05). The class normalized gain <g> and "
              "its bands follow Hake (1998); the bands come from physics concept inventories, are not used for a "
              "loss, and <g> is unstable near the ceiling; normalized change c follows Marx & Cummings (2007). "
              "Reliability is Cronbach's alpha (Cronbach 1951) with Feldt's interval; the Reliable Change Index "
              "(Jacobson & Truax 1991) compares each change with the pre-test's measurement error. Item facility "
              "(mean mark as a share of the maximum) and discrimination follow Moodle's quiz statistics; changes "
              "per item use McNemar's exact test (McNemar 1947). Comparisons between cohorts use one-way and "
              "Welch's ANOVA (Welch 1951), ANCOVA of post on pre, Kruskal–Wallis, and pairwise Welch t-tests with "
              "Holm's correction (Holm 1979); the verdict follows Welch's test when sizes or variances differ. "
              "Groups with fewer than {n} matched participants are suppressed. Without a comparison group, a "
              "pre/post design cannot attribute the gain to the training alone. Numbers are rounded half away "
              "from zero. The formulas are those of these method notes and the references below.",
        "id": "Skor adalah persentase dari nilai maksimum butir-butir yang diberikan kepada tiap peserta. "
              "Peningkatan hanya memakai peserta yang mengikuti tes awal dan tes akhir (kedua tes); peserta yang "
              "melewatkan salah satu tes dicantumkan di bagian atrisi, beserta perbandingan skor tes awal mereka. "
              "Uji-t berpasangan dan uji peringkat bertanda Wilcoxon menilai apakah rata-rata peningkatan berbeda "
              "dari nol. Nilai p Wilcoxon eksak untuk paling banyak 50 selisih bukan nol: bila ada selisih yang "
              "sama, dipakai distribusi eksak bersyarat (permutasi) dari peringkat tengah bertanda, selisih nol "
              "dibuang; wilcox.test di R beralih ke pendekatan normal bila ada nilai sama. Bila semua peserta "
              "berubah ke arah yang sama, uji tanda dilaporkan. Ukuran efek dz dan g_av mengikuti Lakens (2013), "
              "dengan selang 95% t nonsentral; selang <g> adalah bootstrap persentil (2000 sampel ulang, benih "
              "tetap). Proporsi lulus disertai selang Wilson, perubahannya disertai selang Newcombe (1998) untuk "
              "proporsi berpasangan, dan uji McNemar untuk lulus/tidak lulus. Peserta yang keluar ditandai "
              "sebagai kemungkinan bias bila sedikitnya 10% peserta tes awal keluar dan skor tes awal mereka "
              "berbeda (selisih terstandar sedikitnya 0,2, atau p Welch < 0,05). Gain "
              "ternormalisasi kelas <g> dan kategorinya mengikuti Hake (1998); kategori itu berasal dari "
              "inventori konsep fisika, tidak dipakai untuk penurunan, dan <g> tidak stabil di dekat nilai "
              "maksimum; perubahan ternormalisasi c mengikuti Marx & Cummings (2007). Reliabilitas dihitung "
              "dengan alfa Cronbach (Cronbach 1951) beserta selang Feldt; Indeks Perubahan Andal (Jacobson & "
              "Truax 1991) membandingkan setiap perubahan dengan galat pengukuran tes awal. Tingkat kesukaran "
              "(rata-rata nilai sebagai proporsi dari nilai maksimum) dan daya beda butir mengikuti statistik "
              "kuis Moodle; perubahan per butir diuji dengan uji eksak McNemar (McNemar 1947). Perbandingan "
              "antar-angkatan memakai ANOVA satu arah dan ANOVA Welch (Welch 1951), ANCOVA skor akhir terhadap "
              "skor awal, Kruskal–Wallis, serta uji-t Welch antar-angkatan (per pasangan) dengan koreksi Holm "
              "(Holm 1979); kesimpulan mengikuti uji Welch bila ukuran atau varians kelompok berbeda. Kelompok "
              "dengan kurang dari {n} peserta kedua tes disembunyikan. Tanpa kelompok pembanding, desain tes "
              "awal/tes akhir tidak dapat menyimpulkan bahwa peningkatan semata-mata disebabkan oleh pelatihan. "
              "Angka dibulatkan setengah menjauhi nol. Rumusnya adalah rumus catatan metode ini dan pustaka di "
              "bawah."},
    "rep_references": {"en": "References", "id": "Daftar pustaka"},
    # Comparison report
    "cmp_title": {"en": "Cohort comparison", "id": "Perbandingan angkatan"},
    "cmp_demo_some": {"en": "INCLUDES DEMO DATA – simulated, not from a real training: {names}",
                      "id": "BERISI DATA DEMO – hasil simulasi, bukan dari pelatihan sungguhan: {names}"},
    "cmp_meta_title": {"en": "Cohort comparison – {names}", "id": "Perbandingan angkatan – {names}"},
    "cmp_meta_subject": {"en": "Learning gain comparison", "id": "Perbandingan peningkatan hasil belajar"},
    "cmp_no_date": {"en": "no date", "id": "tanpa tanggal"},
    "cmp_cohort": {"en": "Cohort", "id": "Angkatan"},
    "cmp_ns": {"en": "n pre / post / matched", "id": "n awal / akhir / kedua tes"},
    "cmp_gain_ci": {"en": "Gain (pp) [95% CI]", "id": "Peningkatan (poin) [IK 95%]"},
    "cmp_pass": {"en": "Pass pre → post", "id": "Lulus awal → akhir"},
    "cmp_all": {"en": "All cohorts", "id": "Semua angkatan"},
    "cmp_headline": {"en": "Headline figures per cohort", "id": "Angka utama per angkatan"},
    "cmp_headline_note": {
        "en": "Pre and post: mean % of the maximum mark of matched participants. Gain: post − pre in percentage "
              "points. p: paired t-test. dz: mean gain / SD of gains. <g>: class normalized gain (Hake 1998). "
              "Pass: share of matched participants at or above the cohort's pass mark.",
        "id": "Awal dan akhir: rata-rata % dari nilai maksimum, peserta kedua tes. Peningkatan: akhir − awal "
              "dalam poin persentase. p: uji-t berpasangan. dz: rata-rata peningkatan / SB peningkatan. <g>: gain "
              "ternormalisasi kelas (Hake 1998). Lulus: proporsi peserta kedua tes dengan skor sama dengan atau "
              "di atas batas lulus angkatannya."},
    "cmp_chart": {"en": "Mean score of matched participants (% of maximum)",
                  "id": "Rata-rata skor peserta kedua tes (% dari nilai maksimum)"},
    "cmp_differ": {"en": "Do the gains differ between cohorts?", "id": "Apakah peningkatan berbeda antar-angkatan?"},
    "cmp_test": {"en": "Test", "id": "Uji"},
    "cmp_statistic": {"en": "Statistic", "id": "Statistik"},
    "df": {"en": "df", "id": "db"},
    "cmp_anova": {"en": "One-way ANOVA", "id": "ANOVA satu arah"},
    "cmp_welch": {"en": "Welch's ANOVA", "id": "ANOVA Welch"},
    "cmp_unequal": {"en": "unequal variances allowed", "id": "varians tidak harus sama"},
    "cmp_rank": {"en": "rank-based", "id": "berbasis peringkat"},
    "cmp_pairwise": {"en": "Pairwise comparisons of gains (Welch t-tests between cohorts)",
                     "id": "Perbandingan peningkatan: uji-t Welch antar-angkatan (per pasangan)"},
    "cmp_a": {"en": "Cohort A", "id": "Angkatan A"},
    "cmp_b": {"en": "Cohort B", "id": "Angkatan B"},
    "cmp_welch_t": {"en": "Welch t", "id": "t Welch"},
    "cmp_diff": {"en": "A − B (pp) [95% CI]", "id": "A − B (poin) [IK 95%]"},
    "cmp_left_out": {"en": "Left out of the tests: {names} ({reason}).",
                     "id": "Tidak disertakan dalam uji: {names} ({reason})."},
    "cmp_summaries": {"en": "Summaries", "id": "Ringkasan"},
    "cmp_ancova": {"en": "ANCOVA (post on pre)", "id": "ANCOVA (akhir terhadap awal)"},
    "cmp_ancova_note": {"en": "adjusted for the pre-test", "id": "disesuaikan dengan tes awal"},
    "cmp_refused": {"en": "The cohorts took different items and share only {n}; at least {m} common items are needed, "
                          "so their gains are not compared.",
                    "id": "Angkatan-angkatan mengerjakan butir yang berbeda dan hanya {n} yang sama; perlu paling "
                          "sedikit {m} butir yang sama, sehingga peningkatannya tidak dibandingkan."},
    "cmp_common_items": {"en": "The cohorts took different items: the tests compare them on the {n} items all of "
                               "them took. The 'All cohorts' row pools different tests.",
                         "id": "Angkatan-angkatan mengerjakan butir yang berbeda: uji membandingkan mereka pada {n} "
                               "butir yang dikerjakan semuanya. Baris 'Semua angkatan' menggabungkan tes yang berbeda."},
    "cmp_verdict_differ": {"en": "Verdict ({test}, supported by the Holm-corrected pairwise tests): the gains differ "
                                 "between cohorts.",
                           "id": "Kesimpulan ({test}, didukung uji per pasangan terkoreksi Holm): peningkatan berbeda "
                                 "antar-angkatan."},
    "cmp_verdict_no_clear_difference": {
        "en": "Verdict ({test} with the Holm-corrected pairwise tests): no clear difference in gains between cohorts; "
              "this is not evidence that they are equal.",
        "id": "Kesimpulan ({test} dengan uji per pasangan terkoreksi Holm): tidak ada perbedaan peningkatan yang "
              "jelas antar-angkatan; ini bukan bukti bahwa peningkatannya sama."},
    "cmp_mde": {"en": "Minimum detectable gain per cohort (pp, 80% power, α = 0.05): {list}.",
                "id": "Peningkatan minimum yang dapat dideteksi per angkatan (poin, daya 80%, α = 0,05): {list}."},
}

# The engine's reasons for an undefined statistic are English sentences (docs/statistics.md);
# the reports show these Indonesian versions, and any sentence not listed as it is.
REASONS_ID: dict[str, str] = {
    "undefined for these data": "tidak terdefinisi untuk data ini",
    "fewer than 2 matched participants": "kurang dari 2 peserta mengikuti kedua tes",
    "no participant took both the pre-test and the post-test":
        "tidak ada peserta yang mengikuti tes awal dan tes akhir",
    "every participant's gain is the same (SD of gains is 0)": "peningkatan setiap peserta sama (SB peningkatan 0)",
    "pre and post scores have no variance": "skor tes awal dan tes akhir tidak bervariasi",
    "the mean pre-test score is 100%": "rata-rata skor tes awal 100%",
    "every matched participant scored 100% on the pre-test": "semua peserta kedua tes mendapat 100% di tes awal",
    "every matched participant scored 0% or 100% on both tests":
        "semua peserta kedua tes mendapat 0% atau 100% di kedua tes",
    "every difference is zero": "semua selisih bernilai nol",
    "the rank variance is 0": "varians peringkat 0",
    "fewer than 2 cohorts with 2 or more matched participants":
        "kurang dari 2 angkatan yang memiliki sedikitnya 2 peserta kedua tes",
    "a cohort's gains have no variance": "peningkatan dalam salah satu angkatan tidak bervariasi",
    "gains do not vary within cohorts": "peningkatan tidak bervariasi di dalam angkatan",
    "all gains are equal": "semua peningkatan sama",
    "neither cohort's gains vary": "peningkatan kedua angkatan tidak bervariasi",
    "nobody took this test": "tidak ada yang mengikuti tes ini",
    "fewer than 2 takers": "kurang dari 2 peserta tes",
    "not every taker has a mark for every item": "tidak semua peserta tes memiliki nilai untuk setiap butir",
    "fewer than 2 items": "kurang dari 2 butir",
    "total scores have no variance": "skor total tidak bervariasi",
    "no matched participant": "tidak ada peserta kedua tes",
    "the pre-test score on this topic is 100%": "skor tes awal pada topik ini 100%",
    "there was no gain from pre-test to post-test to retain":
        "tidak ada peningkatan dari tes awal ke tes akhir yang dapat bertahan",
    "nobody took all three tests": "tidak ada yang mengikuti ketiga tes",
}


def reason_text(reason: str | None, lang: str) -> str:
    """The engine's English reason sentence in ``lang`` ('n/a' / 't.a.' when there is none)."""
    if not reason:
        return "t.a." if lang == "id" else "n/a"
    return REASONS_ID.get(reason, reason) if lang == "id" else reason


def label(key: str, lang: str, **fields) -> str:
    """The ``lang`` text of ``key`` (English when missing), with ``{fields}`` filled in."""
    entry = LABELS[key]
    text = entry.get(lang) or entry["en"]
    return text.format(**fields) if fields else text


def check_lang(lang: str) -> str:
    from assessor.errors import InputError

    if lang not in LANGS:
        raise InputError(f"Report language {lang!r} is not supported (use en or id).", code="bad_lang")
    return lang


def _dec(text: str, lang: str) -> str:
    return text.replace(".", ",") if lang == "id" else text


def fmt_num(x, nd: int = 2, lang: str = "en", dash: str = "–") -> str:
    """A number with ``nd`` decimals (decimal comma in Indonesian), ``dash`` for None."""
    if x is None:
        return dash
    return round_text(x, nd, lang == "id")


def fmt_pct(x, nd: int = 1, lang: str = "en", dash: str = "–") -> str:
    """A percentage such as ``45.0%``; ``x`` already in percent."""
    return dash if x is None else fmt_num(x, nd, lang) + "%"


def fmt_share(x, nd: int = 1, lang: str = "en", dash: str = "–") -> str:
    """A share 0..1 shown as a percentage."""
    return dash if x is None else fmt_pct(100 * x, nd, lang)


def fmt_signed(x, nd: int = 1, lang: str = "en", dash: str = "–") -> str:
    return dash if x is None else ("+" if x > 0 else "") + fmt_num(x, nd, lang)


def fmt_p(p, lang: str = "en", dash: str = "–") -> str:
    """A p-value with 3 decimals, ``< 0.001`` below that (write with :func:`fmt_p_eq` in sentences)."""
    if p is None:
        return dash
    return "< " + _dec("0.001", lang) if p < 0.001 else fmt_num(p, 3, lang)


def fmt_p_eq(p, lang: str = "en") -> str:
    """``p = 0.012`` or ``p < 0.001`` (``p –`` when undefined)."""
    text = fmt_p(p, lang)
    return f"p {text}" if text.startswith("<") or text == "–" else f"p = {text}"


def generated_at() -> str:
    return dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z").strip()


def footer_text(lang: str, stamp: str) -> str:
    return f"Assessor {__version__} · {label('generated', lang)} {stamp}"


def draw_footer(canvas, page_width: float, margin: float, lang: str, stamp: str, page: int) -> None:
    """Generated-at time and app version on the left, the page number on the right."""
    canvas.saveState()
    canvas.setFont(FONT, 7.5)
    canvas.setFillGray(0.35)
    canvas.drawString(margin, 0.45 * 72, footer_text(lang, stamp))
    canvas.drawRightString(page_width - margin, 0.45 * 72, f"{label('page', lang)} {page}")
    canvas.restoreState()


def set_metadata(canvas, title: str, author: str = "", subject: str = "") -> None:
    """Title, author (the organisation when known, else the app) and creator in the PDF metadata."""
    canvas.setTitle(title)
    canvas.setAuthor(author or "Assessor")
    canvas.setCreator(f"Assessor {__version__}")
    if subject:
        canvas.setSubject(subject)


def wrap(text: str, font: str, size: float, width: float, max_lines: int = 0) -> list[str]:
    """``text`` broken into lines no wider than ``width``; with ``max_lines`` the last kept
    line ends in an ellipsis when text had to be cut. Words longer than a line are split."""
    words = (text or "").split()
    lines: list[str] = []
    cur = ""
    w = pdfmetrics.stringWidth
    for word in words:
        while w(word, font, size) > width and len(word) > 1:
            # A single over-long word (a code, a URL): cut it where it stops fitting.
            cut = len(word)
            while cut > 1 and w(word[:cut], font, size) > width:
                cut -= 1
            if cur:
                lines.append(cur)
                cur = ""
            lines.append(word[:cut])
            word = word[cut:]
        trial = f"{cur} {word}" if cur else word
        if w(trial, font, size) <= width:
            cur = trial
        else:
            lines.append(cur)
            cur = word
    if cur:
        lines.append(cur)
    if max_lines and len(lines) > max_lines:
        lines = lines[:max_lines]
        last = lines[-1]
        while last and w(last + "…", font, size) > width:
            last = last[:-1]
        lines[-1] = last.rstrip() + "…"
    return lines or [""]


def picture_size(image, box: tuple[float, float]) -> tuple[float, float]:
    """The printed size in points of ``image`` (a StoredImage, its pixels taken at 96 dpi) scaled
    down, never up, to fit ``box`` (width, height), keeping its proportions."""
    natural_w, natural_h = image.width * 0.75, image.height * 0.75
    scale = min(1.0, box[0] / natural_w, box[1] / natural_h)
    return natural_w * scale, natural_h * scale
