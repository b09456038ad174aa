"""The printable roster lists every code on cuttable slips."""

from __future__ import annotations

import io
import shutil

import pytest
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


def slip_qr_codes(pdf: bytes, tmp_path) -> list[str]:
    """The printed slips as a printer would see them (pdftoppm at 150 dpi), every QR code read by zxing-cpp."""
    import subprocess

    import zxingcpp
    from PIL import Image

    (tmp_path / "slips.pdf").write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", "150", "-png", str(tmp_path / "slips.pdf"), str(tmp_path / "page")], check=True)
    found = []
    for png in sorted(tmp_path.glob("page*.png")):
        found += [r.text for r in zxingcpp.read_barcodes(Image.open(png)) if r.format == zxingcpp.BarcodeFormat.QRCode]
    return found


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs pdftoppm (poppler-utils) to print the PDF to PNG")
def test_every_slip_carries_a_qr_code_of_its_code_and_nothing_else(tmp_path):
    people = [Participant("c", f"BDG-{i:03d}", f"Ibu Siti Rahmawati {i}") for i in range(20)]  # two pages
    people.append(Participant("c", "X9", ""))  # an erased participant: code only
    found = slip_qr_codes(roster_pdf("ToT Bandung", people), tmp_path)
    assert sorted(found) == sorted(p.code for p in people)  # each slip once, no name, no session, no address


def test_names_in_any_script_print_on_the_slips_not_as_boxes():
    people = [Participant("c", "AB-01", "Nguyễn Thị Minh Khai"), Participant("c", "AB-02", "Ṣọlá Adébáyọ̀")]
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(roster_pdf("Angkatan Ọ̀yọ́", people))).pages)
    assert "Nguyễn Thị Minh Khai" in text and "■" not in text
    assert "AB-01" in text and "AB-02" in text
