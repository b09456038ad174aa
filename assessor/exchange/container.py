"""The file container shared by assessment packages and result bundles.

A container is a zip file:

- ``manifest.json``: the non-personal description (format, format version, app
  version, device, counts, time range, SHA-256 of every data member, and the
  encryption parameters when the file is protected);
- the data members (``*.json``), directly when unprotected, or sealed together as
  an inner zip in ``payload.enc`` when protected (see :mod:`.crypto`);
- a trailer in the zip comment, ``ASSESSOR-SHA256:`` + the SHA-256 of every byte
  before it, so that any damage anywhere in the file is noticed.

:func:`read_container` checks everything (structure, kind, version, hashes,
password, trailer) and raises :class:`~assessor.errors.InputError` naming the file
and the reason before anyone writes to a database.

One of two zip readers, on purpose: this one is stricter than :mod:`assessor.banks.formats.safezip`
(for other programs' zips, folders allowed) because our members are always flat, few and hashed.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import struct
import tempfile
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from assessor import __version__
from assessor.errors import InputError
from assessor.exchange import crypto

FORMAT_VERSION = 1
PACKAGE, RESULTS = "assessor-package", "assessor-results"
KINDS = {PACKAGE: "an assessment package", RESULTS: "a results bundle"}
EXTENSIONS = {PACKAGE: ".assessor-package", RESULTS: ".assessor-results"}

MANIFEST = "manifest.json"
PAYLOAD = "payload.enc"
TRAILER_PREFIX = b"ASSESSOR-SHA256:"
TRAILER_LEN = len(TRAILER_PREFIX) + 64
MAX_MEMBERS = 32
MAX_FILE_BYTES = 256 << 20
"""A package or bundle larger than this is refused before it is read (a real training is a few MB)."""
MAX_MEMBER_BYTES = 256 << 20  # uncompressed, per member and in total: far above any real training
MAX_MANIFEST_BYTES = 1 << 20
MAX_RATIO = 200  # JSON compresses well, but not this well


@dataclass(frozen=True)
class Container:
    """A verified container: its manifest and its data members (name -> bytes)."""

    path: str
    manifest: dict
    members: dict[str, bytes]


def _refuse(path, reason: str, code: str) -> InputError:
    return InputError(f"{path}: {reason}; nothing was imported.", code=code, file=str(path))


# -- writing ------------------------------------------------------------------
def _zip_bytes(members: dict[str, bytes], comment: bytes = b"") -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
        for name, data in members.items():
            info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, data)
        zf.comment = comment
    return buffer.getvalue()


def build_container(kind: str, manifest: dict, members: dict[str, bytes], password: str | None) -> bytes:
    """The bytes of a container holding ``members``; ``manifest`` gets hashes (and crypto) added.

    ``password=None`` writes it unprotected; a blank or too short password is refused.
    """
    if password is not None:
        problem = crypto.password_problem(password)
        if problem:
            raise InputError(f"Cannot protect the file: {problem}.", code="weak_password")
    manifest = {"format": kind, "format_version": FORMAT_VERSION, "app_version": __version__, **manifest,
                "members": {name: hashlib.sha256(data).hexdigest() for name, data in members.items()},
                "encryption": None}
    if password:
        manifest["encryption"] = crypto.new_parameters(password)
        manifest_bytes = json.dumps(manifest, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")
        sealed = crypto.seal(_zip_bytes(members), password, manifest["encryption"], manifest_bytes)
        outer = {MANIFEST: manifest_bytes, PAYLOAD: sealed}
    else:
        manifest_bytes = json.dumps(manifest, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")
        outer = {MANIFEST: manifest_bytes, **members}
    data = _zip_bytes(outer, comment=TRAILER_PREFIX + b"0" * 64)
    body = data[:-64]
    return body + hashlib.sha256(body).hexdigest().encode("ascii")


def write_atomic(path: str | Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` through a temporary file and a rename (no half-written file)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".partial-", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


# -- reading ------------------------------------------------------------------
def _read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, path, limit: int, sha256: str | None = None,
                 what: str = "") -> bytes:
    """A member read as a stream: refused as soon as it outgrows ``limit`` or its declared size
    (never inflated whole first), and its SHA-256 checked while reading when given."""
    if info.file_size > limit or (info.compress_size and info.file_size / info.compress_size > MAX_RATIO):
        raise _refuse(path, f"member {info.filename!r} is implausibly large (damaged or not ours)", "damaged")
    digest = hashlib.sha256()
    chunks, size = [], 0
    with zf.open(info) as fh:
        while True:
            chunk = fh.read(1 << 20)
            if not chunk:
                break
            size += len(chunk)
            if size > info.file_size or size > limit:
                raise _refuse(path, f"member {info.filename!r} does not have its declared size", "damaged")
            digest.update(chunk)
            chunks.append(chunk)
    if size != info.file_size:
        raise _refuse(path, f"member {info.filename!r} does not have its declared size", "damaged")
    if sha256 is not None and digest.hexdigest() != sha256:
        raise _refuse(path, f"{what}member {info.filename!r} does not match its SHA-256 in the manifest (it was "
                      "changed)", "member_hash")
    return b"".join(chunks)


def _open_zip(data: bytes, path, what: str) -> tuple[zipfile.ZipFile, dict[str, zipfile.ZipInfo]]:
    zf = zipfile.ZipFile(io.BytesIO(data))
    infos: dict[str, zipfile.ZipInfo] = {}
    entries = zf.infolist()
    if len(entries) > MAX_MEMBERS:
        raise _refuse(path, f"{what} has {len(entries)} members, more than an Assessor file ever has", "damaged")
    for info in entries:
        if info.filename in infos or "/" in info.filename or "\\" in info.filename or info.filename.startswith("."):
            raise _refuse(path, f"{what} has an unexpected member {info.filename!r}", "damaged")
        infos[info.filename] = info
    return zf, infos


_READ_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError, OverflowError,
                struct.error, KeyError, UnicodeDecodeError, RuntimeError)


def _looks_cut(data: bytes) -> bool:
    """Whether the zip's end record is missing or shorter than it says (the file was cut)."""
    eocd = data.rfind(b"PK\x05\x06")
    if eocd < 0 or len(data) < eocd + 22:
        return True
    return len(data) - eocd - 22 < struct.unpack("<H", data[eocd + 20:eocd + 22])[0]


def _check_trailer(data: bytes, path) -> None:
    eocd = data.rfind(b"PK\x05\x06", max(0, len(data) - 22 - TRAILER_LEN - 64))
    if eocd < 0 or len(data) < eocd + 22:
        raise _refuse(path, "is cut short: its end is missing (was the USB stick removed while it was written?)",
                      "truncated")
    declared = struct.unpack("<H", data[eocd + 20:eocd + 22])[0]
    trailer = data[eocd + 22:]
    if len(trailer) < declared:
        raise _refuse(path, "is cut short: its end is missing (was the USB stick removed while it was written?)",
                      "truncated")
    if len(trailer) != TRAILER_LEN or not trailer.startswith(TRAILER_PREFIX):
        raise _refuse(path, "has no Assessor checksum at its end (it was re-packed or damaged)", "damaged")
    if hashlib.sha256(data[:-64]).hexdigest().encode("ascii") != trailer[len(TRAILER_PREFIX):]:
        raise _refuse(path, "is damaged: its checksum does not match its contents", "damaged")


def peek_manifest(path: str | Path) -> dict:
    """The manifest of a container, checked for kind and version but not decrypted or hashed."""
    data = _read_file(path)
    return _manifest(data, path, None)[0]


def _read_file(path) -> bytes:
    try:
        size = Path(path).stat().st_size
        if size > MAX_FILE_BYTES:
            raise _refuse(path, f"is larger than {MAX_FILE_BYTES >> 20} MB, far more than any training (damaged or "
                          "not ours)", "too_large")
        data = Path(path).read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror or exc}); nothing was imported.",
                         code="unreadable", file=str(path)) from exc
    if not data:
        raise _refuse(path, "is empty", "truncated")
    return data


def _manifest(data: bytes, path, expect: str | None):
    if len(data) < 4 and b"PK\x03\x04".startswith(data):
        raise _refuse(path, "is cut short: its end is missing (was the USB stick removed while it was written?)",
                      "truncated")
    if not data.startswith(b"PK\x03\x04"):
        raise _refuse(path, "is not an Assessor package or results bundle", "not_exchange_file")
    try:
        zf, infos = _open_zip(data, path, "the file")
    except _READ_ERRORS as exc:
        if _looks_cut(data):
            raise _refuse(path, "is cut short: its end is missing (was the USB stick removed while it was "
                          "written?)", "truncated") from exc
        raise _refuse(path, f"is damaged ({exc})", "damaged") from exc
    if MANIFEST not in infos:
        raise _refuse(path, "is a zip file but not an Assessor package or results bundle (no manifest)",
                      "not_exchange_file")
    try:
        raw = _read_member(zf, infos[MANIFEST], path, MAX_MANIFEST_BYTES)
        manifest = json.loads(raw.decode("utf-8"))
    except InputError:
        raise
    except _READ_ERRORS + (json.JSONDecodeError,) as exc:
        raise _refuse(path, f"is damaged: its manifest cannot be read ({exc})", "damaged") from exc
    if not isinstance(manifest, dict) or manifest.get("format") not in KINDS:
        raise _refuse(path, "is not an Assessor package or results bundle (unknown manifest)", "not_exchange_file")
    version = manifest.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise _refuse(path, "is damaged: its format version is missing", "damaged")
    if version > FORMAT_VERSION:
        raise _refuse(path, f"was written by a newer Assessor ({manifest.get('app_version', '?')}, format "
                      f"{version}; this version reads format {FORMAT_VERSION}); install the newer Assessor",
                      "newer_format")
    if expect and manifest["format"] != expect:
        hint = "use Import results" if manifest["format"] == RESULTS else "use Open package"
        raise _refuse(path, f"is {KINDS[manifest['format']]}, not {KINDS[expect]} ({hint})", "wrong_kind")
    return manifest, raw, zf, infos


def read_container(path: str | Path, password: str | None = None, expect: str | None = None) -> Container:
    """Read and verify a container completely; raise InputError (file + reason) on any problem.

    Checks, in order: it is a zip with a manifest; the kind is ``expect``; the format
    is not newer than ours; every data member matches its SHA-256; the trailer
    checksum matches; and, when protected, the password opens the payload.
    """
    data = _read_file(path)
    manifest, raw_manifest, zf, infos = _manifest(data, path, expect)
    hashes = manifest.get("members")
    if not isinstance(hashes, dict) or not all(isinstance(v, str) for v in hashes.values()):
        raise _refuse(path, "is damaged: its manifest lists no member hashes", "damaged")
    encryption = manifest.get("encryption")
    try:
        if encryption is None:
            extra = set(infos) - {MANIFEST} - set(hashes)
            if extra:
                raise _refuse(path, f"has a member {sorted(extra)[0]!r} that its manifest does not list", "damaged")
            members = _hashed_members(zf, infos, hashes, path, "")
            _check_trailer(data, path)
            return Container(str(path), manifest, members)
        problem = crypto.check_parameters(encryption)
        if problem:
            raise _refuse(path, f"cannot be opened: {problem}", "damaged")
        if set(infos) != {MANIFEST, PAYLOAD}:
            raise _refuse(path, "is damaged: a protected file must hold only its manifest and payload", "damaged")
        sealed = _read_member(zf, infos[PAYLOAD], path, MAX_MEMBER_BYTES)
    except InputError:
        raise
    except _READ_ERRORS as exc:
        raise _refuse(path, f"is damaged ({exc})", "damaged") from exc
    _check_trailer(data, path)
    if not password:
        raise _refuse(path, "is protected by a password; give the password to open it", "password_required")
    try:
        inner = crypto.open_sealed(sealed, password, encryption, raw_manifest)
    except crypto.WrongPassword as exc:
        raise _refuse(path, "cannot be opened: the password is wrong", "wrong_password") from exc
    except crypto.Tampered as exc:
        raise _refuse(path, "was changed after it was sealed (the password is right but the contents do not "
                      "verify)", "tampered") from exc
    try:
        izf, iinfos = _open_zip(inner, path, "the sealed payload")
        if set(iinfos) != set(hashes):
            raise _refuse(path, "is damaged: its sealed members differ from its manifest", "damaged")
        members = _hashed_members(izf, iinfos, hashes, path, "sealed ")
    except InputError:
        raise
    except _READ_ERRORS as exc:
        raise _refuse(path, f"is damaged inside its sealed payload ({exc})", "damaged") from exc
    return Container(str(path), manifest, members)


def _hashed_members(zf, infos, hashes: dict, path, what: str) -> dict[str, bytes]:
    members = {}
    total = 0
    for name, expected in hashes.items():
        if name not in infos:
            raise _refuse(path, f"is incomplete: {what}member {name!r} listed in its manifest is missing", "damaged")
        total += infos[name].file_size
        if total > MAX_MEMBER_BYTES:
            raise _refuse(path, f"is larger than {MAX_MEMBER_BYTES >> 20} MB unpacked, far more than any training "
                          "(damaged or not ours)", "too_large")
        members[name] = _read_member(zf, infos[name], path, MAX_MEMBER_BYTES, expected, what)
    return members
