"""Plain-language summaries (English and Bahasa Indonesia) built from analysis numbers.

Every sentence is generated from the block produced by :mod:`assessor.analysis.stats`; nothing is
written per dataset. Wording is hedged when the group is small or a test is undefined.
"""

from __future__ import annotations

from assessor.analysis.inference import hake_band
from assessor.analysis.rounding import round_text, round_value

ALPHA = 0.05
CAUTION_N = 10
_BANDS_ID = {"low": "rendah", "medium": "sedang", "high": "tinggi"}


CEILING_PRE = 80.0  # mean pre-test (%) above which <g> is unstable
CEILING_SHARE = 0.2  # or this share of matched participants at 100 % on the pre-test
LARGE_MDE = 10.0  # pp: a sample that cannot detect a 10-point gain is "too small to tell"


def _pct_en(x: float) -> str:
    return round_text(x, 0) + "%"


def _pct_id(x: float) -> str:
    return round_text(x, 0, True) + "%"


def _num_en(x: float, nd: int = 2) -> str:
    return round_text(x, nd)


def _num_id(x: float, nd: int = 2) -> str:
    # Indonesian uses a decimal comma.
    return round_text(x, nd, True)


def _p_en(p: float) -> str:
    return "p < 0.001" if p < 0.001 else f"p = {round_text(p, 3)}"


def _p_id(p: float) -> str:
    return "p < 0,001" if p < 0.001 else f"p = {_num_id(p, 3)}"


def summarize(block: dict, name: str) -> dict:
    """{"en": ..., "id": ...} for one cohort block (or the pooled "ALL" block)."""
    pr = block["paired"]
    n = block["n_matched"]
    en: list[str] = []
    idn: list[str] = []
    who_en = "All cohorts together" if name == "ALL" else f"Cohort {name}"
    who_id = "Semua angkatan bersama" if name == "ALL" else f"Angkatan {name}"
    en.append(
        f"{who_en}: {n} participant{'s' if n != 1 else ''} took both the pre-test and the post-test "
        f"({block['n_pre']} took the pre-test, {block['n_post']} the post-test)."
    )
    idn.append(
        f"{who_id}: {n} peserta mengikuti tes awal dan tes akhir "
        f"({block['n_pre']} mengikuti tes awal, {block['n_post']} tes akhir)."
    )
    if n == 0:
        en.append("No learning gain can be computed without participants who took both tests.")
        idn.append("Peningkatan belajar tidak dapat dihitung tanpa peserta yang mengikuti kedua tes.")
        return {"en": " ".join(en), "id": " ".join(idn)}
    a, b, g = pr["pre_mean_pct"], pr["post_mean_pct"], pr["gain_mean"]
    same_shown = _pct_en(a) == _pct_en(b)
    if g > 0 and not same_shown:
        en.append(f"Scores rose from {_pct_en(a)} to {_pct_en(b)} of the maximum "
                  f"(an average gain of {_num_en(g, 1)} percentage points).")
        idn.append(f"Skor naik dari {_pct_id(a)} menjadi {_pct_id(b)} dari nilai maksimum "
                   f"(rata-rata naik {_num_id(g, 1)} poin persentase).")
    elif g < 0 and not same_shown:
        en.append(f"Scores fell from {_pct_en(a)} to {_pct_en(b)} of the maximum "
                  f"(an average drop of {_num_en(-g, 1)} percentage points).")
        idn.append(f"Skor turun dari {_pct_id(a)} menjadi {_pct_id(b)} dari nilai maksimum "
                   f"(rata-rata turun {_num_id(-g, 1)} poin persentase).")
    elif g != 0:
        en.append(f"Scores stayed at about {_pct_en(a)} of the maximum (an average change of "
                  f"{_num_en(g, 1)} percentage points).")
        idn.append(f"Skor tetap sekitar {_pct_id(a)} dari nilai maksimum (rata-rata berubah "
                   f"{_num_id(g, 1)} poin persentase).")
    else:
        en.append(f"Scores stayed at {_pct_en(a)} of the maximum on average.")
        idn.append(f"Rata-rata skor tetap {_pct_id(a)} dari nilai maksimum.")
    ci = pr.get("gain_ci95")
    if ci is not None and ci[0] != ci[1]:
        clip_en = " (clipped to what is possible)" if pr.get("gain_ci95_clipped") else ""
        clip_id = " (dipotong pada batas yang mungkin)" if pr.get("gain_ci95_clipped") else ""
        en.append(f"The 95% confidence interval of the average change is {_num_en(ci[0], 1)} to "
                  f"{_num_en(ci[1], 1)} percentage points{clip_en}.")
        idn.append(f"Interval kepercayaan 95% untuk rata-rata perubahan adalah {_num_id(ci[0], 1)} sampai "
                   f"{_num_id(ci[1], 1)} poin persentase{clip_id}.")
    p = pr.get("p")
    w = pr.get("wilcoxon") or {}
    mde = pr.get("mde_gain")
    if p is None and w.get("same_direction") and w.get("sign_test_p") is not None:
        sp = w["sign_test_p"]
        up = w.get("n_positive", 0) > 0
        en.append(f"All {w['n_nonzero']} participants whose score changed {'improved' if up else 'declined'} "
                  f"(sign test, {_p_en(sp)}).")
        idn.append(f"Semua {w['n_nonzero']} peserta yang skornya berubah {'meningkat' if up else 'menurun'} "
                   f"(uji tanda, {_p_id(sp)}).")
    elif p is None:
        en.append("There are too few participants, or too little variation, to test whether "
                  "the change is statistically significant.")
        idn.append("Jumlah peserta atau variasi nilai terlalu sedikit untuk menguji apakah "
                   "perubahan ini signifikan secara statistik.")
    elif p < ALPHA:
        word_en = "rise" if g > 0 else "drop"
        word_id = "Kenaikan" if g > 0 else "Penurunan"
        en.append(f"The {word_en} is statistically significant (paired t-test, {_p_en(p)}).")
        idn.append(f"{word_id} ini signifikan secara statistik (uji-t berpasangan, {_p_id(p)}).")
    else:
        en.append(f"The change is not statistically significant (paired t-test, {_p_en(p)}).")
        idn.append(f"Perubahan ini tidak signifikan secara statistik (uji-t berpasangan, {_p_id(p)}).")
        if mde is not None and mde > LARGE_MDE:
            en.append(f"The sample is too small to tell: only an average change of about {_num_en(mde, 0)} "
                      "percentage points or more would reliably be detected.")
            idn.append(f"Sampelnya terlalu kecil untuk memastikan: hanya perubahan rata-rata sekitar "
                       f"{_num_id(mde, 0)} poin persentase atau lebih yang dapat dideteksi dengan andal.")
    cg = pr.get("class_normalized_gain")
    if cg is not None and cg < 0:
        en.append(f"The normalized gain is {_num_en(cg)}: a loss, for which Hake's bands do not apply; "
                  "the normalized change c describes losses.")
        idn.append(f"Gain ternormalisasi {_num_id(cg)}: sebuah penurunan, sehingga kategori Hake tidak berlaku; "
                   "perubahan ternormalisasi c menggambarkan penurunan.")
    elif cg is not None and pr.get("hake_band"):
        band = pr["hake_band"]
        gci = pr.get("class_normalized_gain_ci95")
        ci_en = f" (95% bootstrap interval {_num_en(gci[0])} to {_num_en(gci[1])})" if gci else ""
        ci_id = f" (interval bootstrap 95% {_num_id(gci[0])} sampai {_num_id(gci[1])})" if gci else ""
        # The band is the point estimate's; when the interval reaches into other bands, say so.
        lo_band, hi_band = (hake_band(gci[0]), hake_band(gci[1])) if gci else (band, band)
        if lo_band != hi_band:
            en.append(f"The normalized gain is {_num_en(cg)}{ci_en}, {band} by Hake's bands; the interval "
                      f"reaches from {lo_band} to {hi_band}, so the band is not certain.")
            idn.append(f"Gain ternormalisasi {_num_id(cg)}{ci_id}, kategori {_BANDS_ID[band]} menurut kategori Hake; "
                       f"intervalnya mencakup {_BANDS_ID[lo_band]} sampai {_BANDS_ID[hi_band]}, sehingga kategorinya "
                       "belum pasti.")
        else:
            en.append(f"The normalized gain is {_num_en(cg)}{ci_en}, {band} by Hake's bands.")
            idn.append(f"Gain ternormalisasi {_num_id(cg)}{ci_id}, kategori {_BANDS_ID[band]} menurut kategori Hake.")
    n_top = pr.get("n_excluded_pre_100") or 0
    at_ceiling = n_top / n if n else 0
    if cg is not None and a > CEILING_PRE:
        en.append("The pre-test scores are near the ceiling, where the normalized gain is unstable.")
        idn.append("Skor tes awal mendekati nilai maksimum, sehingga gain ternormalisasi tidak stabil.")
    elif cg is not None and at_ceiling >= CEILING_SHARE:
        # The mean may be far from the ceiling: name the participants who are at it.
        en.append(f"{n_top} of {n} scored 100% on the pre-test, where the normalized gain is unstable.")
        idn.append(f"{n_top} dari {n} peserta mendapat skor 100% di tes awal, sehingga gain ternormalisasi "
                   "tidak stabil.")
    en.append(f"{pr['improved']} improved, {pr['unchanged']} stayed the same and {pr['declined']} declined.")
    idn.append(f"{pr['improved']} peserta meningkat, {pr['unchanged']} tetap, dan {pr['declined']} menurun.")
    rc = pr.get("reliable_change") or {}
    if rc.get("reliably_improved") is not None:
        en.append(f"Beyond measurement error (Reliable Change Index): {rc['reliably_improved']} reliably improved, "
                  f"{rc['no_reliable_change']} showed no reliable change and {rc['reliably_declined']} reliably declined.")
        idn.append(f"Melampaui galat pengukuran (Indeks Perubahan Andal): {rc['reliably_improved']} meningkat secara andal, "
                   f"{rc['no_reliable_change']} tanpa perubahan andal, dan {rc['reliably_declined']} menurun secara andal.")
    if pr.get("pass_share_pre") is not None and block.get("pass_mark") is not None:
        pm = block["pass_mark"]
        pm_en = round_text(pm, 0) if round_value(pm, 1) == round_value(pm, 0) else round_text(pm, 1)
        pm_id = pm_en.replace(".", ",")
        en.append(f"Reaching the pass mark of {pm_en}%: {_pct_en(100 * pr['pass_share_pre'])} before, "
                  f"{_pct_en(100 * pr['pass_share_post'])} after.")
        idn.append(f"Mencapai batas lulus {pm_id}%: "
                   f"{_pct_id(100 * pr['pass_share_pre'])} sebelum, {_pct_id(100 * pr['pass_share_post'])} sesudah.")
        ci = pr.get("pass_share_change_ci95")
        if ci is not None:
            en.append(f"The 95% confidence interval of the change in that share is {_num_en(100 * ci[0], 0)} to "
                      f"{_num_en(100 * ci[1], 0)} percentage points.")
            idn.append(f"Interval kepercayaan 95% untuk perubahan proporsi itu adalah {_num_id(100 * ci[0], 0)} "
                       f"sampai {_num_id(100 * ci[1], 0)} poin persentase.")
    lost = len(block["pre_only"])
    if lost:
        en.append(f"{lost} pre-test taker{'s' if lost != 1 else ''} did not take the post-test and "
                  f"{'are' if lost != 1 else 'is'} not in the gain figures.")
        idn.append(f"{lost} peserta tes awal tidak mengikuti tes akhir dan tidak dihitung dalam angka peningkatan.")
        at = block.get("attrition") or {}
        if at.get("may_bias_gain"):
            en.append("Those who dropped out scored differently on the pre-test, so the gain may be biased "
                      "by who dropped out.")
            idn.append("Peserta yang keluar memiliki skor tes awal yang berbeda, sehingga angka peningkatan "
                       "bisa bias karena siapa yang keluar.")
        elif at.get("verdict") == "few_dropped" and at.get("matched_pre_shift_pct") is not None:
            shift = abs(at["matched_pre_shift_pct"])
            en.append(f"Too few dropped out to move the result much: the pre-test mean of those who took both "
                      f"tests is {_num_en(shift, 1)} points from that of all pre-test takers.")
            idn.append(f"Terlalu sedikit yang keluar untuk banyak mengubah hasil: rata-rata tes awal peserta "
                       f"kedua tes berselisih {_num_id(shift, 1)} poin dari rata-rata semua peserta tes awal.")
    shows = block.get("no_shows") or []
    if shows:
        en.append(f"{len(shows)} roster member{'s' if len(shows) != 1 else ''} took no test (no-show{'s' if len(shows) != 1 else ''}).")
        idn.append(f"{len(shows)} peserta terdaftar tidak mengikuti tes apa pun.")
    if block.get("pooled_different_items"):
        en.append("The cohorts took different items; these pooled figures mix different tests.")
        idn.append("Angkatan-angkatan mengerjakan butir soal yang berbeda; angka gabungan ini mencampur tes yang berbeda.")
    en.append("Without a comparison group, a pre/post design cannot attribute the gain to the training alone.")
    idn.append("Tanpa kelompok pembanding, desain tes awal/tes akhir tidak dapat menyimpulkan bahwa peningkatan "
               "semata-mata disebabkan oleh pelatihan.")
    return {"en": " ".join(en), "id": " ".join(idn)}
