"""A participant's score sheet as its reader takes it: a fall in score is called a change (not
a "gain" of minus something) without a normalized gain, which a fall does not have in any
meaningful sense; a rise keeps both; a sheet of simulated results says so on every page."""

from __future__ import annotations

import dataclasses
import re

from pypdf import PdfReader

from assessor.analysis.reportdata import cohort_results
from reports.common import fmt_num, fmt_signed, label
from reports.sheets import write_sheets
from tests.reports.test_reports import flat

COHORT = "Cascade Makassar 2026"


def _sheet_text(store, code: str, lang: str, tmp_path, review: bool = False) -> list[str]:
    [out] = write_sheets(store, COHORT, lang, review, tmp_path / f"{code}_{lang}.pdf", codes=[code])
    return [flat(page.extract_text()) for page in PdfReader(str(out)).pages]


def test_a_fall_is_a_change_without_a_normalized_gain_and_a_rise_is_a_gain(demo_store, tmp_path):
    people = cohort_results(demo_store, COHORT).participants
    fell = next(p for p in people if p.gain is not None and p.gain < -1)
    rose = next(p for p in people if p.gain is not None and p.gain > 1 and p.normalized_gain is not None)
    for lang in ("en", "id"):
        [first] = _sheet_text(demo_store, fell.code, lang, tmp_path)
        assert f"{label('change', lang)}: {fmt_signed(fell.gain, 1, lang)} {label('gain_unit', lang)}" in first
        assert f"{label('gain', lang)}:" not in first
        assert f"{label('norm_gain', lang)}: {label('norm_gain_loss', lang)}" in first
        assert fmt_num(fell.normalized_gain, 2, lang) not in first.split(label("norm_gain", lang))[1][:20]
        [first] = _sheet_text(demo_store, rose.code, lang, tmp_path)
        assert f"{label('gain', lang)}: {fmt_signed(rose.gain, 1, lang)} {label('gain_unit', lang)}" in first
        assert f"{label('norm_gain', lang)}: {fmt_num(rose.normalized_gain, 2, lang)}" in first


def test_demo_sheets_say_so_on_every_page_and_real_ones_do_not(demo_store, tmp_path):
    code = cohort_results(demo_store, COHORT).participants[0].code
    pages = _sheet_text(demo_store, code, "id", tmp_path, review=True)
    assert len(pages) > 1 and all(label("rep_demo_banner", "id") in page for page in pages)
    cohort = demo_store.cohorts.by_name(COHORT)
    demo_store.cohorts.save(dataclasses.replace(cohort, demo=False))
    assert not any("DEMO" in page for page in _sheet_text(demo_store, code, "en", tmp_path / "real", review=True))


def test_each_participant_sheet_starts_at_page_1_in_a_cohort_pdf(demo_store, tmp_path):
    people = [p for p in cohort_results(demo_store, COHORT).participants if p.pct["pre"] is not None][:3]
    [out] = write_sheets(demo_store, COHORT, "en", False, tmp_path / "all.pdf", codes=[p.code for p in people])
    numbers = [re.findall(r"Page (\d+)", page.extract_text()) for page in PdfReader(str(out)).pages]
    assert numbers == [["1"], ["1"], ["1"]]
    [out] = write_sheets(demo_store, COHORT, "en", True, tmp_path / "review.pdf", codes=[people[0].code])
    numbers = [re.findall(r"Page (\d+)", page.extract_text())[0] for page in PdfReader(str(out)).pages]
    assert numbers == [str(i) for i in range(1, len(numbers) + 1)] and len(numbers) > 1
