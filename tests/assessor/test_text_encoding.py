"""One encoding detector for every text file: UTF-8 with or without BOM, UTF-16 with BOM,
Windows-1252 / Latin-1 when the bytes are not UTF-8; what was assumed is in the preview,
and no NUL character reaches the database."""

from __future__ import annotations

import codecs

import pytest

from assessor.banks.bankio import parse_file, import_file
from assessor.people.roster import parse_roster
from assessor.textio import decode_text

GIFT = "::K1:: Anak di bawah umur wajib didampingi (café)? {T}\n\n::K2:: Pilih yang benar: {=Balai Pemasyarakatan ~Polsek}\n"
AIKEN = "Siapa yang mendampingi anak (café)?\nA. Pembimbing kemasyarakatan\nB. Tetangga\nANSWER: A\n"
CSV_BANK = ("type,key,text_en,A_en,B_en,correct\n"
            "single,C1,Café or bar? Müller's question,Café,Bar,A\n")
XML = ("<quiz><question type=\"truefalse\"><name><text>X1</text></name>"
       "<questiontext format=\"html\"><text>Caf\u00e9 ist offen?</text></questiontext>"
       "<answer fraction=\"100\"><text>true</text></answer><answer fraction=\"0\"><text>false</text></answer>"
       "</question></quiz>")


@pytest.mark.parametrize("data, encoding", [
    ("é".encode("utf-8"), "utf-8"),
    (codecs.BOM_UTF8 + "é".encode("utf-8"), "utf-8-sig"),
    (codecs.BOM_UTF16_LE + "é".encode("utf-16-le"), "utf-16-le"),
    (codecs.BOM_UTF16_BE + "é".encode("utf-16-be"), "utf-16-be"),
    ("é".encode("cp1252"), "cp1252"),
    (b"\x81\xe9", "latin-1"),  # 0x81 is undefined in Windows-1252
])
def test_the_detector(data, encoding):
    got = decode_text(data)
    assert got.encoding == encoding and got.text.endswith("é")


def test_nul_characters_are_removed_and_counted():
    got = decode_text(b"hello\x00 world\x00, a text file")
    assert got.text == "hello world, a text file" and got.nuls_removed == 2


@pytest.mark.parametrize("name, text", [("b.gift", GIFT), ("b.txt", AIKEN), ("b.csv", CSV_BANK)])
@pytest.mark.parametrize("encoding, expected", [
    ("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("utf-16", "utf-16-le"), ("cp1252", "cp1252")])
def test_every_text_format_reads_every_encoding_and_says_which(tmp_path, name, text, encoding, expected):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    report = parse_file(path)
    assert not report.errors, report.errors
    assert report.questions and report.encoding == expected
    if expected == "cp1252":
        assert any("read as Windows-1252" in w.message for w in report.warnings)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252"])
def test_moodle_xml_without_a_declaration_goes_through_the_detector(tmp_path, encoding):
    path = tmp_path / "q.xml"
    path.write_bytes(XML.encode(encoding))
    report = parse_file(path)
    assert not report.errors and report.questions[0].text.startswith("Caf\u00e9")
    assert report.encoding == encoding


def test_a_yaml_bank_in_cp1252_is_read(tmp_path, bundled_bank_path):
    text = bundled_bank_path.read_text(encoding="utf-8")
    path = tmp_path / "b.yaml"
    path.write_bytes(text.encode("utf-16"))
    report = parse_file(path)
    assert not report.errors and report.questions and report.encoding == "utf-16-le"


def test_no_nul_reaches_the_database(store, tmp_path):
    path = tmp_path / "n.gift"
    path.write_bytes(GIFT.replace("wajib", "wa\x00jib").encode("utf-8"))
    report, summary = import_file(store, path)
    assert any("NUL" in w.message for w in report.warnings)
    for q in store.banks.questions(summary.bank_id):
        assert "\x00" not in repr(q.content())


def test_a_roster_in_utf16_or_cp1252_is_read_and_says_which():
    text = "code,name\nBDG-01,Sité Nurhaliza\n"
    for enc, expected in (("utf-16", "utf-16-le"), ("cp1252", "cp1252"), ("utf-8-sig", "utf-8-sig")):
        preview = parse_roster(text.encode(enc), "r.csv")
        assert preview.ok and preview.rows[0].name == "Sité Nurhaliza" and preview.encoding == expected


def test_a_million_question_bank_is_refused_up_front(tmp_path):
    from assessor.errors import InputError

    path = tmp_path / "huge.gift"
    path.write_bytes(b"".join(b"::Q%d:: Is it %d? {T}\n\n" % (i, i) for i in range(1_000_000)))
    with pytest.raises(InputError) as caught:
        parse_file(path)
    assert caught.value.code == "too_large" and "at most" in str(caught.value)


def _zip(members: dict[str, bytes]) -> bytes:
    import io
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buf.getvalue()


@pytest.mark.parametrize("name, members", [
    ("huge.xlsx", {"[Content_Types].xml": b"<Types/>",
                   "xl/worksheets/sheet1.xml": b"<worksheet><sheetData>"
                   + b"".join(b'<row r="%d"><c r="A%d" t="inlineStr"><is><t>Q</t></is></c></row>' % (i, i)
                              for i in range(1, 25_002))
                   + b"</sheetData></worksheet>"}),
    ("huge-qti.zip", {"imsmanifest.xml": b"<manifest/>",
                      "items.xml": b"".join(b'<assessmentItem identifier="i%d"/>' % i for i in range(25_001))}),
])
def test_a_huge_workbook_or_qti_package_is_refused_before_it_is_parsed(tmp_path, name, members):
    # Zipped formats are counted on their unpacked XML (after the zip-bomb checks), so a
    # workbook or package of 25,000 questions is refused with a count, never half-read.
    from assessor.errors import InputError

    path = tmp_path / name
    path.write_bytes(_zip(members))
    with pytest.raises(InputError) as caught:
        parse_file(path)
    assert caught.value.code == "too_large"
    assert name in str(caught.value) and "about 25,00" in str(caught.value) and "at most 20,000" in str(caught.value)


def test_a_plain_qti_file_with_too_many_items_is_refused(tmp_path):
    from assessor.errors import InputError

    path = tmp_path / "items.xml"
    path.write_bytes(b'<?xml version="1.0"?><questestinterop>'
                     + b"".join(b'<item ident="i%d"></item>' % i for i in range(20_001)) + b"</questestinterop>")
    with pytest.raises(InputError) as caught:
        parse_file(path, "qti")
    assert caught.value.code == "too_large"
