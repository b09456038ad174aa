"""Text crossing the edge of the app: one encoding detector for every text file read, and
one rule that keeps typed text from running as a formula in a spreadsheet.

Reading: :func:`decode_text` is what GIFT, Aiken, CSV (banks and rosters), YAML and
Moodle XML without an encoding declaration go through, so every importer assumes the
same and says what it assumed (the preview shows it). No NUL reaches the database.

Writing: :func:`neutralise` is applied to every typed text written to a CSV or XLSX
export (participants, responses, codebooks, roster).
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

UTF8, UTF8_BOM, UTF16_LE, UTF16_BE, CP1252, LATIN1 = ("utf-8", "utf-8-sig", "utf-16-le", "utf-16-be", "cp1252",
                                                      "latin-1")
ENCODING_NAMES = {UTF8: "UTF-8", UTF8_BOM: "UTF-8 with BOM", UTF16_LE: "UTF-16 (little-endian)",
                  UTF16_BE: "UTF-16 (big-endian)", CP1252: "Windows-1252", LATIN1: "Latin-1 (ISO-8859-1)"}


@dataclass(frozen=True)
class Decoded:
    """Text read from bytes: the ``text``, the ``encoding`` assumed, and how many NULs were dropped."""

    text: str
    encoding: str
    nuls_removed: int = 0

    @property
    def encoding_name(self) -> str:
        """The encoding as people know it (for example Windows-1252)."""
        return ENCODING_NAMES.get(self.encoding, self.encoding)


def decode_text(data: bytes) -> Decoded:
    """Decode a text file: UTF-8 with or without BOM, UTF-16 with BOM, else Windows-1252, else Latin-1.

    UTF-16 is only assumed with its BOM (or, without one, when every other byte is
    NUL, as Notepad's "Unicode" files are); bytes that are not UTF-8 are read as
    Windows-1252, and as Latin-1 where Windows-1252 leaves a byte undefined (never
    fails). NUL characters are removed, so none reaches the database.
    """
    if data.startswith(codecs.BOM_UTF8):
        text, enc = data[3:].decode("utf-8", errors="replace"), UTF8_BOM
    elif data.startswith(codecs.BOM_UTF16_LE):
        text, enc = data[2:].decode("utf-16-le", errors="replace"), UTF16_LE
    elif data.startswith(codecs.BOM_UTF16_BE):
        text, enc = data[2:].decode("utf-16-be", errors="replace"), UTF16_BE
    elif _looks_utf16(data, 1):
        text, enc = data.decode("utf-16-le", errors="replace"), UTF16_LE
    elif _looks_utf16(data, 0):
        text, enc = data.decode("utf-16-be", errors="replace"), UTF16_BE
    else:
        try:
            text, enc = data.decode("utf-8"), UTF8
        except UnicodeDecodeError:
            try:
                text, enc = data.decode("cp1252"), CP1252
            except UnicodeDecodeError:
                text, enc = data.decode("latin-1"), LATIN1
    nuls = text.count("\x00")
    if nuls:
        text = text.replace("\x00", "")
    return Decoded(text, enc, nuls)


def _looks_utf16(data: bytes, zero_at: int) -> bool:
    head = data[:400]
    if len(head) < 4:
        return False
    zeros, other = head[zero_at::2], head[1 - zero_at::2]
    return zeros.count(0) > len(head) // 4 and not other.count(0)


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value):
    """``value`` made safe for a spreadsheet cell: text starting with ``= + - @``, tab or CR
    gets a leading apostrophe (the usual prefix rule), so it is shown, never run as a formula.

    Numbers and other non-text values are returned as they are.
    """
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


__all__ = ["Decoded", "decode_text", "neutralise", "ENCODING_NAMES", "FORMULA_STARTS"]
