"""Shared pieces of the PDF writers: embedded fonts, EN/ID labels, number formats, footer.

Reports do not use Qt translation; their few labels live in :data:`LABELS` (English and
Bahasa Indonesia). Numbers are formatted, never recomputed: every figure comes from the
statistics engine or :mod:`assessor.reportdata`.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from assessor import __version__

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
    "sheet_title": {"en": "Individual score sheet", "id": "Lembar nilai peserta"},
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
    "score": {"en": "Score", "id": "Nilai"},
    "date": {"en": "Date", "id": "Tanggal"},
    "not_taken": {"en": "not taken", "id": "tidak mengikuti"},
    "gain": {"en": "Gain", "id": "Peningkatan"},
    "gain_unit": {"en": "percentage points", "id": "poin persentase"},
    "norm_gain": {"en": "Normalised gain", "id": "Gain ternormalisasi"},
    "no_gain_no_post": {"en": "No post-test taken, so no gain can be shown.",
                        "id": "Tidak mengikuti tes akhir, sehingga peningkatan tidak dapat ditampilkan."},
    "no_gain_no_pre": {"en": "No pre-test taken, so no gain can be shown.",
                       "id": "Tidak mengikuti tes awal, sehingga peningkatan tidak dapat ditampilkan."},
    "norm_gain_undefined": {"en": "not defined (pre-test 100%)", "id": "tidak terdefinisi (tes awal 100%)"},
    "result": {"en": "Result", "id": "Hasil"},
    "passed": {"en": "Passed", "id": "Lulus"},
    "not_passed": {"en": "Not yet passed", "id": "Belum lulus"},
    "pass_mark": {"en": "pass mark", "id": "nilai lulus"},
    "no_post_pass": {"en": "No post-test taken: no pass status.",
                     "id": "Tidak mengikuti tes akhir: status kelulusan tidak ada."},
    "by_topic": {"en": "Score by topic", "id": "Nilai per topik"},
    "more_topics": {"en": "{n} more topics do not fit on this page: see the item-by-item review or ask the trainer.",
                    "id": "{n} topik lainnya tidak muat di halaman ini: lihat tinjauan per soal atau tanyakan pelatih."},
    "review": {"en": "Item-by-item review", "id": "Tinjauan per soal"},
    "question": {"en": "Question", "id": "Soal"},
    "your_answer": {"en": "Answer given", "id": "Jawaban peserta"},
    "correct_answer": {"en": "Correct answer", "id": "Jawaban benar"},
    "mark": {"en": "Mark", "id": "Skor"},
    "no_answer": {"en": "(no answer)", "id": "(tidak dijawab)"},
    "sig_participant": {"en": "Participant", "id": "Peserta"},
    "sig_trainer": {"en": "Trainer", "id": "Pelatih"},
    "sig_date": {"en": "Date", "id": "Tanggal"},
    "page": {"en": "Page", "id": "Halaman"},
    "generated": {"en": "Generated", "id": "Dibuat"},
    "no_tests": {"en": "No test taken.", "id": "Belum mengikuti tes."},
}


def label(key: str, lang: str) -> str:
    entry = LABELS[key]
    return entry.get(lang) or entry["en"]


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
    return _dec(f"{x:.{nd}f}", lang)


def fmt_pct(x, nd: int = 1, lang: str = "en", dash: str = "–") -> str:
    """A percentage such as ``45.0%``; ``x`` already in percent."""
    return dash if x is None else fmt_num(x, nd, lang) + "%"


def fmt_share(x, nd: int = 1, lang: str = "en", dash: str = "–") -> str:
    """A share 0..1 shown as a percentage."""
    return dash if x is None else fmt_pct(100 * x, nd, lang)


def fmt_signed(x, nd: int = 1, lang: str = "en", dash: str = "–") -> str:
    return dash if x is None else ("+" if x > 0 else "") + fmt_num(x, nd, lang)


def fmt_p(p, lang: str = "en", dash: str = "–") -> str:
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
