"""Plain-language summaries (English and Bahasa Indonesia) built from analysis numbers.

Every sentence is generated from the block produced by :mod:`assessor.analysis.stats`; nothing is
written per dataset. Wording is hedged when the group is small or a test is undefined.
"""

from __future__ import annotations

ALPHA = 0.05
CAUTION_N = 10
_BANDS_ID = {"low": "rendah", "medium": "sedang", "high": "tinggi"}


def _pct_en(x: float) -> str:
    return f"{x:.0f}%"


def _pct_id(x: float) -> str:
    return f"{x:.0f}%"


def _num_en(x: float, nd: int = 2) -> str:
    return f"{x:.{nd}f}"


def _num_id(x: float, nd: int = 2) -> str:
    # Indonesian uses a decimal comma.
    return f"{x:.{nd}f}".replace(".", ",")


def _p_en(p: float) -> str:
    return "p < 0.001" if p < 0.001 else f"p = {p:.3f}"


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
    if g > 0:
        en.append(f"Scores rose from {_pct_en(a)} to {_pct_en(b)} of the maximum "
                  f"(an average gain of {g:.1f} percentage points).")
        idn.append(f"Skor naik dari {_pct_id(a)} menjadi {_pct_id(b)} dari nilai maksimum "
                   f"(rata-rata naik {_num_id(g, 1)} poin persentase).")
    elif g < 0:
        en.append(f"Scores fell from {_pct_en(a)} to {_pct_en(b)} of the maximum "
                  f"(an average drop of {-g:.1f} percentage points).")
        idn.append(f"Skor turun dari {_pct_id(a)} menjadi {_pct_id(b)} dari nilai maksimum "
                   f"(rata-rata turun {_num_id(-g, 1)} poin persentase).")
    else:
        en.append(f"Scores stayed at {_pct_en(a)} of the maximum on average.")
        idn.append(f"Rata-rata skor tetap {_pct_id(a)} dari nilai maksimum.")
    p = pr.get("p")
    if p is None:
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
        en.append(f"The change is not statistically significant (paired t-test, {_p_en(p)}); "
                  "it may be due to chance.")
        idn.append(f"Perubahan ini tidak signifikan secara statistik (uji-t berpasangan, {_p_id(p)}); "
                   "bisa jadi hanya kebetulan.")
    cg = pr.get("class_normalized_gain")
    if cg is not None and pr.get("hake_band"):
        band = pr["hake_band"]
        en.append(f"The normalized gain is {_num_en(cg)}, {band} by Hake's bands.")
        idn.append(f"Gain ternormalisasi {_num_id(cg)}, kategori {_BANDS_ID[band]} menurut kategori Hake.")
    en.append(f"{pr['improved']} improved, {pr['unchanged']} stayed the same and {pr['declined']} declined.")
    idn.append(f"{pr['improved']} peserta meningkat, {pr['unchanged']} tetap, dan {pr['declined']} menurun.")
    if pr.get("pass_share_pre") is not None and block.get("pass_mark") is not None:
        pm = block["pass_mark"]
        en.append(f"Reaching the pass mark of {pm:g}%: {_pct_en(100 * pr['pass_share_pre'])} before, "
                  f"{_pct_en(100 * pr['pass_share_post'])} after.")
        idn.append(f"Mencapai nilai lulus {_num_id(pm, 0) if float(pm).is_integer() else _num_id(pm, 1)}%: "
                   f"{_pct_id(100 * pr['pass_share_pre'])} sebelum, {_pct_id(100 * pr['pass_share_post'])} sesudah.")
    lost = len(block["pre_only"])
    if lost:
        en.append(f"{lost} pre-test taker{'s' if lost != 1 else ''} did not take the post-test and "
                  f"{'are' if lost != 1 else 'is'} not in the gain figures.")
        idn.append(f"{lost} peserta tes awal tidak mengikuti tes akhir dan tidak dihitung dalam angka peningkatan.")
    if n < CAUTION_N:
        en.append(f"With only {n} participant{'s' if n != 1 else ''}, treat these figures with caution.")
        idn.append(f"Karena hanya {n} peserta, tafsirkan angka-angka ini dengan hati-hati.")
    return {"en": " ".join(en), "id": " ".join(idn)}
