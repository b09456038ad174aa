"""Images in questions and options: checked bytes, addressed by their SHA-256.

Nothing from outside is trusted: an image is accepted only when its bytes are a PNG or a
JPEG (magic bytes, then the header walked to its dimensions, without Qt and without
decoding pixels), at most :data:`MAX_IMAGE_BYTES` bytes and :data:`MAX_SIDE` pixels a side.
An SVG or SVGZ picture is checked and drawn as a PNG at import
(:mod:`assessor.banks.svgraster`, with resvg), and that PNG is what is stored; the image
remembers it was an SVG (``converted_from``) so that the import can say so per question.
Audio and video are refused by name, and so are other picture types (GIF, WebP, ...).
Every refusal is an :class:`~assessor.errors.InputError` whose one sentence names the file
and the item (``place``).

A question or an option refers to its image by the SHA-256 of the bytes, so the same
picture used twice is stored once, and the reference is part of the question's content
hash (an answered version never changes, its image neither).
"""

from __future__ import annotations

import hashlib
import struct
import zlib
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from assessor.banks.svgraster import looks_like_svg, rasterise
from assessor.errors import InputError

MAX_IMAGE_BYTES = 2 << 20
"""The largest image accepted (2 MiB); a photo for a question needs far less."""

MAX_SIDE = 4096
"""The widest and tallest image accepted, in pixels."""

MIME_TYPES = ("image/png", "image/jpeg")
"""The image types Assessor stores."""

EXTENSIONS = {"image/png": "png", "image/jpeg": "jpg"}

_AUDIO = {"mp3", "wav", "ogg", "oga", "m4a", "aac", "flac", "wma", "opus"}
_VIDEO = {"mp4", "m4v", "webm", "ogv", "mov", "avi", "mkv", "wmv", "flv", "mpg", "mpeg", "3gp"}
_OTHER_IMAGES = {"gif", "bmp", "webp", "tif", "tiff", "ico", "heic", "heif", "avif"}

_PNG = b"\x89PNG\r\n\x1a\n"
_JPEG = b"\xff\xd8\xff"


@dataclass(frozen=True)
class StoredImage:
    """A checked image: its bytes, type and size in pixels, addressed by ``sha256``."""

    sha256: str
    mime: str
    width: int
    height: int
    data: bytes
    # The file name of the SVG this PNG was drawn from at import ('' for an image stored as it came).
    converted_from: str = field(default="", compare=False)

    @property
    def extension(self) -> str:
        """The file extension that fits the type (``png`` or ``jpg``)."""
        return EXTENSIONS[self.mime]

    def file_name(self) -> str:
        """A file name made from the content (the same picture always gets the same name)."""
        return f"{self.sha256[:16]}.{self.extension}"


def media_kind(name: str) -> str:
    """``audio``, ``video``, ``svg``, ``image`` (another raster format) or '' from a file name's extension.

    ``svg`` is not refused by :func:`check_image` (it is drawn as a PNG); the others are.
    """
    ext = PurePosixPath(name.split("?")[0]).suffix.lower().lstrip(".")
    if ext in _AUDIO:
        return "audio"
    if ext in _VIDEO:
        return "video"
    if ext in ("svg", "svgz"):
        return "svg"
    if ext in _OTHER_IMAGES:
        return "image"
    return ""


def refuse_media(kind: str, name: str, place: str) -> InputError:
    """The refusal of audio, video or an unsupported image type, naming the file and the item."""
    if kind in ("audio", "video"):
        return InputError(f"{kind} is not supported in {place}: {name} (Assessor shows PNG and JPEG images only).",
                          code="unsupported_media", file=name, place=place)
    return InputError(f"{name} in {place} is not a PNG or JPEG image; Assessor shows PNG and JPEG images only.",
                      code="bad_image", file=name, place=place)


def check_image(data: bytes, name: str, place: str) -> StoredImage:
    """The checked image for ``data`` (from the file ``name``, used in ``place``, e.g. "question 7").

    An SVG or SVGZ (by its name or its first bytes) is checked and drawn as a PNG
    (:func:`assessor.banks.svgraster.rasterise`): the result is that PNG, with
    ``converted_from`` set to ``name``.

    Raises InputError (one sentence naming ``name`` and ``place``) for audio, video,
    anything that is not a whole PNG, JPEG or safe SVG, a file larger than
    :data:`MAX_IMAGE_BYTES` or a picture larger than :data:`MAX_SIDE` pixels a side.
    """
    kind = media_kind(name)
    if kind in ("audio", "video"):
        raise refuse_media(kind, name, place)
    if kind == "svg" or looks_like_svg(data, name):
        png, width, height = rasterise(data, name, place)
        if len(png) > MAX_IMAGE_BYTES:
            raise InputError(f"{name} in {place} becomes a {len(png) / (1 << 20):.1f} MB picture when drawn at "
                             f"{width}×{height} pixels; an image may have at most {MAX_IMAGE_BYTES >> 20} MB "
                             "(make the SVG smaller or simpler).", code="image_too_large", file=name, place=place)
        stored = check_image(png, name.rsplit(".", 1)[0] + ".png", place)
        return StoredImage(stored.sha256, stored.mime, stored.width, stored.height, stored.data, converted_from=name)
    if len(data) > MAX_IMAGE_BYTES:
        raise InputError(f"{name} in {place} is {len(data) / (1 << 20):.1f} MB; an image may have at most "
                         f"{MAX_IMAGE_BYTES >> 20} MB.", code="image_too_large", file=name, place=place)
    if data.startswith(_PNG):
        mime, size = "image/png", _png_size(data)
    elif data.startswith(_JPEG):
        mime, size = "image/jpeg", _jpeg_size(data)
    else:
        raise refuse_media(kind or "image", name, place)
    if size is None:
        raise InputError(f"{name} in {place} is a damaged {'PNG' if mime == 'image/png' else 'JPEG'} image.",
                         code="bad_image", file=name, place=place)
    width, height = size
    if not (0 < width <= MAX_SIDE and 0 < height <= MAX_SIDE):
        raise InputError(f"{name} in {place} is {width}×{height} pixels; an image may have at most {MAX_SIDE} "
                         "pixels a side.", code="image_too_large", file=name, place=place)
    return StoredImage(hashlib.sha256(data).hexdigest(), mime, width, height, bytes(data))


def svg_note(image: StoredImage, place: str) -> str:
    """The import's warning for an image drawn from an SVG ('' for any other image), naming ``place``."""
    if not image.converted_from:
        return ""
    return (f"{place}: the SVG picture {image.converted_from} was stored as a {image.width}×{image.height} "
            "PNG picture")


def _png_size(data: bytes) -> tuple[int, int] | None:
    """Width and height from the IHDR chunk (its CRC checked), when the chunks up to IEND are whole."""
    pos, first, size = 8, True, None
    while pos + 12 <= len(data):
        length, ctype = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if len(body) < length or pos + 12 + length > len(data):
            return None
        (crc,) = struct.unpack(">I", data[pos + 8 + length:pos + 12 + length])
        if zlib.crc32(ctype + body) != crc:
            return None
        if first:
            if ctype != b"IHDR" or length != 13:
                return None
            size = struct.unpack(">II", body[:8])
            first = False
        if ctype == b"IEND":
            return size
        pos += 12 + length
    return None


_SOF = {0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF}


def _jpeg_size(data: bytes) -> tuple[int, int] | None:
    """Width and height from the first start-of-frame segment, walking the segments from SOI."""
    pos = 2
    while pos + 4 <= len(data):
        if data[pos] != 0xFF:
            return None
        marker = data[pos + 1]
        if marker == 0xFF:  # fill byte
            pos += 1
            continue
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
            pos += 2
            continue
        (length,) = struct.unpack(">H", data[pos + 2:pos + 4])
        if length < 2 or pos + 2 + length > len(data):
            return None
        if marker in _SOF:
            if length < 7:
                return None
            height, width = struct.unpack(">HH", data[pos + 5:pos + 9])
            return (width, height) if data.rstrip(b"\x00").endswith(b"\xff\xd9") else None
        pos += 2 + length
    return None
