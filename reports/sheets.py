"""Participant score sheets (one page each, A4) in English or Bahasa Indonesia.

A sheet shows the training, cohort, dates, the participant, the score of each test
taken (a test not taken says so; it is never shown as 0), the gain, the pass status,
bars per topic and signature lines; optionally the item-by-item review with the correct
answers follows on further pages. Drawn straight on a reportlab canvas (no flowable
layout) so that a thousand sheets take well under a second or two.
"""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from assessor.errors import Refused
from assessor.progress import Progress, step
from assessor.banks.questions import localized
from assessor.analysis.reportdata import PHASES, CohortResults, ParticipantResult, cohort_results

from reports.common import (FONT, FONT_BOLD, check_lang, picture_size, draw_footer, fmt_num, fmt_pct, fmt_signed, generated_at, label,
                     register_fonts, set_metadata, wrap)

W, H = A4
M = 50.0  # page margin
INK = HexColor("#1f2937")
MUTED = HexColor("#6b7280")
RULE = HexColor("#d1d5db")
PHASE_COLOUR = {"pre": HexColor("#9ca3af"), "post": HexColor("#1d4ed8"), "followup": HexColor("#0f766e")}
PASS_COLOUR = HexColor("#15803d")
FAIL_COLOUR = HexColor("#b45309")
DEMO_COLOUR = HexColor("#b91c1c")


OWN = "own"  # each sheet in the language its participant took the test in


def write_sheets(store, cohort: str, lang: str = OWN, review: bool = False, out=None,
                 progress: Progress | None = None, codes: list[str] | None = None,
                 no_shows: bool = False) -> list[Path]:
    """Write the score sheets of ``cohort`` and return the files written.

    ``lang`` is "en", "id" or ``OWN`` (the default): each participant's sheet in the language
    of their latest test. ``out`` ending in ``.pdf`` gives one PDF with every sheet; otherwise ``out`` is a
    folder (created if needed) with one ``<code>.pdf`` per participant. ``codes``
    limits the sheets to those participants. ``progress.step(done, total)`` is called
    per sheet; on cancel (:class:`assessor.progress.Cancelled`) the files of this run are
    removed. ``store`` is a Store or a database path.

    Roster members who took no test (no-shows) get no blank sheet unless ``no_shows`` is set
    or ``codes`` names them; when nobody is left, Refused (code ``no_score_sheets``) and
    nothing is written.
    """
    if lang != OWN:
        check_lang(lang)
    own = False
    if not hasattr(store, "results"):
        from assessor.store import Store

        store, own = Store.open(store), True
    try:
        data = cohort_results(store, cohort, review=review)
    finally:
        if own:
            store.close()
    people = list(data.participants)
    if codes is not None:
        wanted = set(codes)
        people = [p for p in people if p.code in wanted]
    elif not no_shows:
        people = [p for p in people if any(v is not None for v in p.pct.values())]
    if not people:
        raise Refused(f"Nobody in cohort {cohort!r} has taken a test yet, so no score sheet was written.",
                      code="no_score_sheets")
    return render_sheets(data, people, lang, review, Path(out), progress)


def render_sheets(data: CohortResults, people: list[ParticipantResult], lang: str, review: bool, out: Path,
                  progress: Progress | None = None) -> list[Path]:
    """Draw ``people``'s sheets from already loaded ``data`` (see :func:`write_sheets`)."""
    register_fonts()
    stamp = generated_at()
    total = len(people)
    written: list[Path] = []
    langs = {p.participant_id: (p.language if lang == OWN and p.language in ("en", "id") else lang) for p in people}
    if lang == OWN:  # the file's own title: the language most of its sheets are in
        lang = max(("en", "id"), key=lambda code: sum(v == code for v in langs.values()))
    title = f"{label('sheet_title', lang)} – {data.cohort.name}"
    try:
        if out.suffix.lower() == ".pdf":
            out.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(suffix=".pdf", dir=out.parent)
            os.close(fd)
            written.append(Path(tmp))
            c = _canvas(tmp, title, data)
            for i, person in enumerate(people):
                step(progress, i, total)
                _sheet(c, data, person, langs[person.participant_id], review, stamp)
            step(progress, total, total)
            c.save()
            os.replace(tmp, out)
            return [out]
        out.mkdir(parents=True, exist_ok=True)
        for i, person in enumerate(people):
            step(progress, i, total)
            path = out / f"{_safe(person.code)}.pdf"
            written.append(path)
            mine = langs[person.participant_id]
            c = _canvas(str(path), f"{label('sheet_title', mine)} – {person.code}", data)
            _sheet(c, data, person, mine, review, stamp)
            c.save()
        step(progress, total, total)
        return written
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        raise


def _safe(code: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "_", code) or "participant"


def _canvas(path: str, title: str, data: CohortResults) -> Canvas:
    c = Canvas(path, pagesize=A4, pageCompression=0)
    set_metadata(c, title, data.cohort.organisation, data.cohort.name)
    return c


class _Page:
    """A canvas position that starts new pages (with footer) when space runs out."""

    def __init__(self, c: Canvas, lang: str, stamp: str, banner: str = ""):
        self.c, self.lang, self.stamp, self.banner = c, lang, stamp, banner
        self.y = H - M
        # Pages are numbered per participant: in one PDF of a whole cohort, a participant's
        # own sheet still starts at page 1.
        self.first = c.getPageNumber()

    def need(self, height: float) -> bool:
        if self.y - height < M + 20:
            self.finish()
            self.y = H - M
            return True
        return False

    def finish(self) -> None:
        draw_footer(self.c, W, M, self.lang, self.stamp, self.c.getPageNumber() - self.first + 1)
        if self.banner:  # simulated results, as on the demo cohort's report
            _text(self.c, M, H - 0.5 * M, self.banner, 8.5, True, DEMO_COLOUR)
        self.c.showPage()


def _text(c: Canvas, x: float, y: float, text: str, size: float = 10, bold: bool = False, colour=INK) -> None:
    c.setFillColor(colour)
    c.setFont(FONT_BOLD if bold else FONT, size)
    c.drawString(x, y, text)


def _sheet(c: Canvas, data: CohortResults, p: ParticipantResult, lang: str, review: bool, stamp: str) -> None:
    page = _Page(c, lang, stamp, label("rep_demo_banner", lang) if getattr(data.cohort, "demo", False) else "")
    width = W - 2 * M
    # Title
    for line in wrap(label("sheet_title", lang), FONT_BOLD, 17, width, 1):
        _text(c, M, page.y - 17, line, 17, True)
    page.y -= 28
    c.setStrokeColor(RULE)
    c.setLineWidth(0.8)
    c.line(M, page.y, W - M, page.y)
    page.y -= 8

    # Who and what: label/value rows; values wrap to two lines at most.
    cohort = data.cohort
    dates = " – ".join(d for d in (cohort.start_date, cohort.end_date) if d)
    rows = [
        ("training", localized(data.training, lang)),
        ("cohort", cohort.name),
        ("dates", dates or "–"),
        ("location", cohort.location or "–"),
        ("participant", p.name or "–"),
        ("code", p.code),
        ("organisation", p.organisation or "–"),
    ]
    lw = 128
    for key, value in rows:
        lines = wrap(value, FONT_BOLD if key == "participant" else FONT, 10.5, width - lw, 2)
        _text(c, M, page.y - 12, label(key, lang), 9.5, colour=MUTED)
        for j, line in enumerate(lines):
            _text(c, M + lw, page.y - 12 - 13 * j, line, 10.5, key == "participant")
        page.y -= 6 + 13 * len(lines) + 2
    page.y -= 8

    # Scores per test.
    _text(c, M, page.y - 12, label("score", lang), 12, True)
    page.y -= 20
    cols = (M, M + 180, M + 300)
    _text(c, cols[1], page.y - 10, label("score", lang), 9, colour=MUTED)
    _text(c, cols[2], page.y - 10, label("date", lang), 9, colour=MUTED)
    page.y -= 14
    shown = [ph for ph in PHASES if ph != "followup" or "followup" in data.phases]
    for ph in shown:
        c.setStrokeColor(RULE)
        c.line(M, page.y, W - M, page.y)
        _text(c, cols[0], page.y - 15, label(ph, lang), 11)
        if p.pct[ph] is None:
            _text(c, cols[1], page.y - 15, label("not_taken", lang), 11, colour=MUTED)
        else:
            _text(c, cols[1], page.y - 15, fmt_pct(p.pct[ph], 1, lang), 11, True)
            _text(c, cols[2], page.y - 15, p.submitted[ph], 11)
            if p.pending.get(ph):  # essays not marked yet: the score leaves them out
                _text(c, cols[2] + 80, page.y - 15, label("provisional", lang).format(p.pending[ph]), 9, colour=MUTED)
        page.y -= 21
    c.line(M, page.y, W - M, page.y)
    page.y -= 18

    # Gain and pass status.
    if p.gain is None:
        missing = "no_gain_no_post" if p.pct["post"] is None else "no_gain_no_pre"
        if p.pct["pre"] is None and p.pct["post"] is None:
            missing = "no_tests"
        _text(c, M, page.y - 11, label(missing, lang), 10.5, colour=MUTED)
    else:
        # A fall is called a change, not a "gain" of minus something; the normalized gain of a fall
        # (post − pre over 100 − pre) is no share of anything and can run far below −1, so it is
        # not printed for one (the cohort report does not band a loss either).
        fell = round(p.gain, 1) < 0
        _text(c, M, page.y - 11, f"{label('change' if fell else 'gain', lang)}:", 10.5, colour=MUTED)
        _text(c, M + lw, page.y - 11, f"{fmt_signed(p.gain, 1, lang)} {label('gain_unit', lang)}", 10.5, True)
        page.y -= 16
        ng = p.normalized_gain
        _text(c, M, page.y - 11, f"{label('norm_gain', lang)}:", 10.5, colour=MUTED)
        _text(c, M + lw, page.y - 11, label("norm_gain_loss", lang) if fell
              else fmt_num(ng, 2, lang) if ng is not None else label("norm_gain_undefined", lang), 10.5)
    page.y -= 24
    pm = fmt_num(data.pass_mark, 0 if float(data.pass_mark).is_integer() else 1, lang) + "%"
    if p.passed["post"] is None:
        _text(c, M, page.y - 12, label("no_post_pass", lang), 11, True, MUTED)
    else:
        ok = p.passed["post"]
        c.setFillColor(PASS_COLOUR if ok else FAIL_COLOUR)
        c.roundRect(M, page.y - 17, 10, 10, 2, stroke=0, fill=1)
        _text(c, M + 16, page.y - 16, f"{label('result', lang)}: {label('passed' if ok else 'not_passed', lang)}",
              12, True, PASS_COLOUR if ok else FAIL_COLOUR)
        _text(c, M + 16, page.y - 29, f"({label('post', lang)}, {label('pass_mark', lang)} {pm})", 9, colour=MUTED)
        page.y -= 13
    page.y -= 32

    _topic_bars(c, data, p, lang, page, shown)
    _signatures(c, lang)
    page.finish()
    if review and p.review:
        page.y = H - M
        for ph in PHASES:
            if ph in p.review:
                _review(c, p, ph, lang, page, data.images)
        page.finish()


def _topic_bars(c: Canvas, data: CohortResults, p: ParticipantResult, lang: str, page: _Page, shown) -> None:
    phases = [ph for ph in shown if any(p.topic_pct[t][ph] is not None for t in data.topics)]
    if not data.topics or not phases:
        return
    _text(c, M, page.y - 12, label("by_topic", lang), 12, True)
    # Legend
    x = W - M
    for ph in reversed(phases):
        text = label(ph, lang)
        x -= c.stringWidth(text, FONT, 8.5)
        _text(c, x, page.y - 11, text, 8.5, colour=MUTED)
        x -= 12
        c.setFillColor(PHASE_COLOUR[ph])
        c.rect(x, page.y - 12, 9, 8, stroke=0, fill=1)
        x -= 10
    page.y -= 22
    lw = 190
    bar_x, bar_w = M + lw + 6, W - 2 * M - lw - 50
    budget = page.y - (M + 120)  # keep room for the signature lines
    labels = {t: wrap(data.topic_label(t, lang), FONT, 9, lw, 2) for t in data.topics}

    def height(t, bar: float) -> float:
        return max(len(labels[t]) * 11, len(phases) * (bar + 2)) + 10

    bar_h = 7.5  # the value beside each bar needs this much height to be read
    rows, used = 0, 0.0
    for t in data.topics:
        if used + height(t, bar_h) > budget - (14 if rows < len(data.topics) - 1 else 0):
            break
        used += height(t, bar_h)
        rows += 1
    rows = max(rows, 1)
    for t in data.topics[:rows]:
        lines = labels[t]
        block = height(t, bar_h)
        for j, line in enumerate(lines):
            _text(c, M, page.y - 9 - 11 * j, line, 9)
        yy = page.y - 1
        for ph in phases:
            v = p.topic_pct[t][ph]
            c.setFillColor(Color(0.95, 0.95, 0.96))
            c.rect(bar_x, yy - bar_h, bar_w, bar_h, stroke=0, fill=1)
            if v is not None:
                c.setFillColor(PHASE_COLOUR[ph])
                c.rect(bar_x, yy - bar_h, bar_w * max(0.0, min(v, 100.0)) / 100, bar_h, stroke=0, fill=1)
            _text(c, bar_x + bar_w + 5, yy - bar_h + 0.5, fmt_pct(v, 0, lang) if v is not None else "–", 8,
                  colour=MUTED)
            yy -= bar_h + 2
        page.y -= block
    hidden = len(data.topics) - rows
    if hidden > 0:
        _text(c, M, page.y - 9, label("more_topics", lang).format(n=hidden), 8.5, colour=MUTED)
        page.y -= 14


def _signatures(c: Canvas, lang: str) -> None:
    y = M + 55
    width = (W - 2 * M - 40) / 3
    c.setStrokeColor(INK)
    c.setLineWidth(0.6)
    for i, key in enumerate(("sig_participant", "sig_trainer", "sig_date")):
        x = M + i * (width + 20)
        c.line(x, y, x + width, y)
        _text(c, x, y - 12, label(key, lang), 9, colour=MUTED)


REVIEW_PICTURE_MAX = (170.0, 95.0)
"""The largest a question's image is printed in the item-by-item review (points)."""


def _review(c: Canvas, p: ParticipantResult, phase: str, lang: str, page: _Page, images: dict | None = None) -> None:
    from io import BytesIO

    from reportlab.lib.utils import ImageReader

    images = images or {}
    width = W - 2 * M
    page.need(60)
    _text(c, M, page.y - 14, f"{label('review', lang)} – {label(phase, lang)}", 13, True)
    page.y -= 24
    qw = width - 30
    for item in p.review[phase]:
        q_lines = wrap(localized(item.text, lang), FONT, 9, qw, 6)
        given = item.given.get(lang) or label("no_answer", lang)
        g_lines = wrap(f"{label('your_answer', lang)}: {given}", FONT, 8.5, qw - 60, 3)
        k_lines = wrap(f"{label('correct_answer', lang)}: {item.correct.get(lang, '')}", FONT, 8.5, qw, 3)
        picture = images.get(item.image) if item.image else None
        pic_w, pic_h = picture_size(picture, REVIEW_PICTURE_MAX) if picture is not None else (0.0, 0.0)
        height = 11 * len(q_lines) + 10.5 * (len(g_lines) + len(k_lines)) + 10 + (pic_h + 6 if picture else 0)
        page.need(height)
        c.setStrokeColor(RULE)
        c.line(M, page.y, W - M, page.y)
        _text(c, M, page.y - 11, f"{item.number}.", 9, True)
        yy = page.y - 11
        for line in q_lines:
            _text(c, M + 22, yy, line, 9)
            yy -= 11
        if picture is not None:  # the picture the question showed, under its text
            c.drawImage(ImageReader(BytesIO(picture.data)), M + 22, yy - pic_h + 6, width=pic_w, height=pic_h,
                        mask="auto")
            yy -= pic_h + 6
        right = item.mark >= 1 - 1e-9
        mark_text = f"{label('mark', lang)} {fmt_num(item.mark, 2 if not float(item.mark).is_integer() else 0, lang)}"
        _text(c, W - M - c.stringWidth(mark_text, FONT_BOLD, 8.5), yy, mark_text, 8.5, True,
              PASS_COLOUR if right else FAIL_COLOUR)
        for line in g_lines:
            _text(c, M + 22, yy, line, 8.5, colour=INK)
            yy -= 10.5
        for line in k_lines:
            _text(c, M + 22, yy, line, 8.5, colour=PASS_COLOUR)
            yy -= 10.5
        page.y = yy - 4
