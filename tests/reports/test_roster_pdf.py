"""The printable roster lists every code on cuttable slips."""

from __future__ import annotations

import io

from pypdf import PdfReader

from assessor.people.cohorts import Participant
from reports.roster import roster_pdf


def test_roster_pdf_contains_every_code_and_name():
    people = [Participant("c", f"K{i:02d}", f"Peserta {i}") for i in range(25)]
    pdf = roster_pdf("Pelatihan Makassar", people)
    reader = PdfReader(io.BytesIO(pdf))
    text = "".join(page.extract_text() for page in reader.pages)
    assert all(p.code in text and p.name in text for p in people)
    assert "Pelatihan Makassar" in text
