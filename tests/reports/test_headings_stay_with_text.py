"""No section heading of a report is left alone at the foot of a page (its text on the next)."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from reports.common import LABELS

HEADINGS = ("rep_summary", "rep_headline", "rep_charts", "rep_topics", "rep_item_analysis", "rep_attrition",
            "rep_methods", "rep_references", "rep_confidence", "rep_by_sex", "rep_by_org", "cmp_headline",
            "cmp_differ", "cmp_summaries")


def _last_lines(pdf):
    for page in PdfReader(pdf).pages[:-1]:
        lines = [ln.strip() for ln in page.extract_text().splitlines() if ln.strip()]
        body = [ln for ln in lines if not ln.startswith("Assessor ")]  # the footer line
        yield body[-1] if body else ""


@pytest.mark.parametrize("lang", ["en", "id"])
def test_no_page_ends_with_a_heading(demo_store, tmp_path, lang):
    from reports.cohort_report import write_cohort_report
    from reports.compare_report import write_compare_report

    names = [c.name for c in demo_store.cohorts.list()]
    headings = {LABELS[k][lang] for k in HEADINGS if k in LABELS}
    assert len(headings) >= 10
    pdfs = []
    for name in names:
        out = tmp_path / f"{name}-{lang}.pdf"
        write_cohort_report(demo_store, name, out, lang=lang)
        pdfs.append(out)
    out = tmp_path / f"compare-{lang}.pdf"
    write_compare_report(demo_store, names, out, lang=lang)
    pdfs.append(out)
    stranded = [(p.name, last) for p in pdfs for last in _last_lines(p) if last in headings]
    assert not stranded
