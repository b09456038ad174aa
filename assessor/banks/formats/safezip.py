"""Opening zip files from users without trusting them.

A zip may name members ``../../x`` or ``/etc/x`` (path traversal), hold thousands of
members, or expand a few kilobytes into gigabytes (a zip bomb). QTI content packages and
XLSX workbooks go through :func:`safe_members` before anything is read, and members are
read with :func:`read_member`, which stops at the declared size even when the header lies.

One of two zip readers, on purpose: this one opens zips made by other programs (folders allowed);
:mod:`assessor.exchange.container` opens only Assessor's own flat, hashed files and refuses any folder.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib

from assessor.errors import InputError

MAX_TOTAL = 50 * 1024 * 1024
"""Default cap on the summed uncompressed size of all members (50 MB)."""
MAX_MEMBERS = 2000
MAX_RATIO = 200
"""A member expanding more than this many times its compressed size is treated as a bomb
(ordinary XML compresses 5-20 times)."""


def _unsafe_name(name: str) -> bool:
    n = name.replace("\\", "/")
    if n.startswith("/") or re.match(r"^[A-Za-z]:", n) or "\x00" in n:
        return True
    return any(part == ".." for part in n.split("/"))


def safe_members(zf: zipfile.ZipFile, max_total: int = MAX_TOTAL, max_members: int = MAX_MEMBERS,
                 name: str = "the zip file") -> list[zipfile.ZipInfo]:
    """The members of ``zf`` once checked; raises ``InputError`` naming the problem.

    Refused: more than ``max_members`` members, any absolute path or ``..`` part,
    a summed uncompressed size above ``max_total`` bytes, or a member whose
    compression ratio exceeds :data:`MAX_RATIO` (only for members above 1 MB).
    """
    infos = zf.infolist()
    if len(infos) > max_members:
        raise InputError(f"{name} has {len(infos)} members; at most {max_members} are accepted.", code="zip_too_many")
    total = 0
    for info in infos:
        if _unsafe_name(info.filename):
            raise InputError(f"{name} contains the unsafe path {info.filename!r}; nothing was read.", code="zip_traversal")
        total += info.file_size
        if total > max_total:
            raise InputError(f"{name} expands to more than {max_total // (1024 * 1024)} MB; nothing was read.",
                             code="zip_too_big")
        if info.file_size > 1024 * 1024 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise InputError(f"{name}: member {info.filename!r} is compressed suspiciously well (zip bomb?); "
                             "nothing was read.", code="zip_bomb")
    return infos


def read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, name: str = "the zip file") -> bytes:
    """The bytes of one checked member, never more than its declared size."""
    try:
        with zf.open(info) as handle:
            data = handle.read(info.file_size + 1)
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, RuntimeError, NotImplementedError, ValueError) as exc:
        # Corrupt data, unsupported compression or a password: all mean "cannot read".
        raise InputError(f"{name}: member {info.filename!r} cannot be read ({exc}).", code="bad_zip") from None
    if len(data) > info.file_size:
        raise InputError(f"{name}: member {info.filename!r} is larger than its header says; nothing was read.",
                         code="zip_bomb")
    return data


def open_zip(data: bytes, name: str = "the zip file") -> zipfile.ZipFile:
    """A ``ZipFile`` over ``data``; raises ``InputError`` when it is not a readable zip."""
    try:
        return zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError, NotImplementedError) as exc:
        raise InputError(f"{name} is not a readable zip file ({exc}).", code="bad_zip") from None


__all__ = ["safe_members", "read_member", "open_zip", "MAX_TOTAL", "MAX_MEMBERS"]
