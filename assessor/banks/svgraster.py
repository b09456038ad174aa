"""SVG pictures in bank files become PNG pictures at import, drawn by resvg (``resvg_py``).

An SVG is hostile input and is checked before anything draws it:

* at most :data:`MAX_SVG_BYTES` bytes (an SVGZ is unpacked with that bound, so a small
  file cannot unpack into a huge one);
* read with defusedxml: an entity declaration is refused; a DOCTYPE without one (as drawing
  programs write) is not fetched, and only the checked tree, re-written without it, is drawn;
* no reference outside the picture: every ``href`` and ``url(...)`` points to one of its own
  parts (``#id``) or is an embedded ``data:`` PNG or JPEG; ``@import`` in a style is refused;
* its size in pixels is decided here, before drawing: the ``width``/``height`` it gives in
  absolute units (px, pt, pc, mm, cm, in; 96 pixels an inch), or, when it gives none or only
  relative ones (%, em), :data:`DEFAULT_SIDE` pixels on its longer side in the shape of its
  ``viewBox`` (without a viewBox, :data:`DEFAULT_SIDE` × half of it, the 2:1 shape browsers
  give a picture of unknown size); a larger picture is scaled down to fit :data:`MAX_SIDE`
  pixels a side;
* its work is bounded before drawing: at most :data:`MAX_DRAWN` elements once its ``<use>``
  and ``url(#id)`` references are followed (ten uses of ten uses of ... multiply) and
  :data:`MAX_DEPTH` levels deep (resvg itself stops at a million nodes);
* it is drawn in a separate process (``spawn``: the program's entry scripts call
  ``multiprocessing.freeze_support()`` and guard ``__main__``), stopped after
  :data:`RENDER_SECONDS` seconds: a 250-byte filter (``feTurbulence`` with many octaves on a
  large canvas) can otherwise keep resvg busy for minutes.

Text in the picture is set in the fonts of the laptop, with the bundled DejaVu Sans for the
generic families (sans-serif, serif, monospace) and for text that names no family.
"""

from __future__ import annotations

import multiprocessing
import re
import zlib
from pathlib import Path
from typing import Any

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import ParseError, fromstring, tostring

from assessor.errors import InputError

MAX_SVG_BYTES = 2 << 20
"""The largest SVG read (2 MiB of XML, after unpacking an SVGZ)."""

MAX_SIDE = 4096
"""The widest and tallest picture an SVG is drawn as, in pixels (as for any image)."""

MAX_PIXELS = MAX_SIDE * MAX_SIDE
"""The most pixels an SVG is drawn with."""

DEFAULT_SIDE = 800
"""The longer side, in pixels, of an SVG that gives no absolute size."""

MAX_DRAWN = 200_000
"""The most elements an SVG may draw once its ``<use>`` and ``url(#id)`` references are followed."""

MAX_DEPTH = 400
"""The deepest an SVG may nest its elements and references."""

RENDER_SECONDS = 20.0
"""How long drawing one SVG may take before it is refused (a filter can make a tiny file slow)."""

_SVG_NS = "http://www.w3.org/2000/svg"
_GZIP = b"\x1f\x8b"
_UNITS = {"": 1.0, "px": 1.0, "pt": 96 / 72, "pc": 16.0, "mm": 96 / 25.4, "cm": 96 / 2.54, "in": 96.0}
_LENGTH = re.compile(r"\s*([+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)\s*([a-zA-Z%]*)\s*$")
_URL = re.compile(r"url\(\s*(['\"]?)\s*([^)'\"]*)", re.IGNORECASE)
_DATA_PICTURE = re.compile(r"data:image/(png|jpeg|jpg)[;,]", re.IGNORECASE)
_FONTS = Path(__file__).resolve().parents[2] / "reports" / "fonts" / "DejaVuSans.ttf"
_FAMILY = "DejaVu Sans"


def looks_like_svg(data: bytes, name: str) -> bool:
    """Whether ``data`` (from the file ``name``) is an SVG or SVGZ, by its extension or its first bytes."""
    if name.split("?")[0].lower().endswith((".svg", ".svgz")):
        return True
    head = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n")
    return head.startswith((b"<?xml", b"<svg", b"<!--", b"<!DOCTYPE svg")) and b"<svg" in data[:4096]


def rasterise(data: bytes, name: str, place: str) -> tuple[bytes, int, int]:
    """(PNG bytes, width, height) of the SVG or SVGZ ``data`` from the file ``name``, shown in ``place``.

    Raises InputError (one sentence naming ``name`` and ``place``) for an SVG that is too
    large, not well-formed, declares entities, refers to anything outside itself,
    repeats its parts more than :data:`MAX_DRAWN` times over, takes longer than
    :data:`RENDER_SECONDS` to draw, or when resvg_py is not installed.
    """
    where = f"{name} in {place}"
    text = _unpack(data, where, name, place)
    try:
        root = fromstring(text, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException:
        raise _refused(f"{where} declares entities or external references in its DTD; Assessor does not read "
                       "SVG pictures that do.", "bad_image", name, place) from None
    except ParseError as exc:
        line = exc.position[0] if getattr(exc, "position", None) else "?"
        raise _refused(f"{where} is not a well-formed SVG picture (line {line}).", "bad_image", name, place) from None
    if root.tag != f"{{{_SVG_NS}}}svg":
        raise _refused(f"{where} is not an SVG picture (its root is not an <svg> element in the SVG namespace).",
                       "bad_image", name, place)
    _refuse_outside_references(root, where, name, place)
    _count_drawn(root, where, name, place)
    width, height = _pixel_size(root, where, name, place)
    svg = tostring(root, encoding="unicode")  # the checked tree, without DOCTYPE
    png = _draw(svg, where, name, place)
    if png[:8] != b"\x89PNG\r\n\x1a\n":
        raise _refused(f"{where} could not be drawn as a picture.", "bad_image", name, place)
    return png, width, height


def _refused(sentence: str, code: str, name: str, place: str) -> InputError:
    return InputError(sentence, code=code, file=name, place=place)


def _unpack(data: bytes, where: str, name: str, place: str) -> bytes:
    """The SVG text's bytes: an SVGZ unpacked, at most :data:`MAX_SVG_BYTES` either way."""
    too_large = _refused(f"{where} is larger than {MAX_SVG_BYTES >> 20} MB of SVG; an SVG picture may have at "
                         f"most {MAX_SVG_BYTES >> 20} MB.", "image_too_large", name, place)
    if not data.startswith(_GZIP):
        if len(data) > MAX_SVG_BYTES:
            raise too_large
        return data
    unpack = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    try:
        text = unpack.decompress(data, MAX_SVG_BYTES + 1)
    except zlib.error:
        raise _refused(f"{where} is a damaged SVGZ (gzip) file.", "bad_image", name, place) from None
    if len(text) > MAX_SVG_BYTES:
        raise too_large
    if not unpack.eof:
        raise _refused(f"{where} is a damaged SVGZ (gzip) file.", "bad_image", name, place)
    return text


def _refuse_outside_references(root: Any, where: str, name: str, place: str) -> None:
    """Every href and url(...) points inside the picture (#id) or is an embedded PNG/JPEG."""
    def outside(target: str) -> InputError:
        shown = target if len(target) <= 60 else target[:57] + "..."
        return _refused(f"{where} refers to {shown!r} outside the picture; an SVG picture may only use its own "
                        "parts (#id) and embedded data: PNG or JPEG pictures.", "bad_image", name, place)

    def allowed(target: str) -> bool:
        target = target.strip()
        return target.startswith("#") or bool(_DATA_PICTURE.match(target))

    for node in root.iter():
        values = list(node.attrib.items())
        if isinstance(node.tag, str) and node.tag.rsplit("}", 1)[-1] == "style" and node.text:
            if "@import" in node.text.lower():
                raise _refused(f"{where} imports a style sheet from outside the picture; Assessor does not read "
                               "SVG pictures that do.", "bad_image", name, place)
            values.append(("", node.text))
        for key, value in values:
            if key.rsplit("}", 1)[-1] == "href" and not allowed(value):
                raise outside(value.strip())
            for m in _URL.finditer(value):
                if not allowed(m.group(2)):
                    raise outside(m.group(2).strip())


def _length(value: str | None) -> float | None:
    """An absolute length in pixels, or None for none, a relative one (%, em, ex) or an unreadable one."""
    if value is None:
        return None
    m = _LENGTH.match(value)
    if not m or m.group(2).lower() not in _UNITS:
        return None
    return float(m.group(1)) * _UNITS[m.group(2).lower()]


def _pixel_size(root: Any, where: str, name: str, place: str) -> tuple[int, int]:
    """The size the picture is drawn at; sets the root's width, height and viewBox to draw it so."""
    box = None
    numbers = re.split(r"[\s,]+", (root.get("viewBox") or "").strip())
    if len(numbers) == 4:
        try:
            box = tuple(float(n) for n in numbers)
        except ValueError:
            box = None
    if box is not None and not (box[2] > 0 and box[3] > 0):
        box = None
    width, height = _length(root.get("width")), _length(root.get("height"))
    if (width is not None and width <= 0) or (height is not None and height <= 0):
        raise _refused(f"{where} has a width or height of zero or less; there is nothing to show.",
                       "bad_image", name, place)
    ratio = box[3] / box[2] if box else 0.5
    if width is None and height is None:
        width, height = (DEFAULT_SIDE, DEFAULT_SIDE * ratio) if ratio <= 1 else (DEFAULT_SIDE / ratio, DEFAULT_SIDE)
    elif width is None:
        width = height / ratio if box else DEFAULT_SIDE
    elif height is None:
        height = width * ratio if box else DEFAULT_SIDE * 0.5
    if box is None:  # the drawing's own units are pixels at the size it gives (or at the default size)
        root.set("viewBox", f"0 0 {width:g} {height:g}")
    scale = min(1.0, MAX_SIDE / width, MAX_SIDE / height, (MAX_PIXELS / (width * height)) ** 0.5)
    pixels = max(1, round(width * scale)), max(1, round(height * scale))
    root.set("width", str(pixels[0]))
    root.set("height", str(pixels[1]))
    return pixels


def _count_drawn(root: Any, where: str, name: str, place: str) -> None:
    """Refuse a picture that would draw more than :data:`MAX_DRAWN` elements once its references are followed.

    A ``<use>`` (or a ``url(#id)``) draws its target again; ten uses of a group of ten uses
    of ... multiply, so a small file can ask for millions of shapes. Counted before drawing.
    """
    ids = {node.get("id"): node for node in root.iter() if node.get("id")}
    counted: dict[int, int] = {}
    too_many = _refused(f"{where} draws its parts more than {MAX_DRAWN:,} times over (references within "
                        "references); Assessor does not draw it (convert it to PNG first).", "bad_image", name, place)

    def targets(node: Any) -> list[Any]:
        found = []
        for key, value in node.attrib.items():
            refs = [value] if key.rsplit("}", 1)[-1] == "href" else [m.group(2) for m in _URL.finditer(value)]
            found += [ids[r.strip()[1:]] for r in refs if r.strip().startswith("#") and r.strip()[1:] in ids]
        return found

    def count(node: Any, depth: int, path: set[int]) -> int:
        key = id(node)
        if key in counted:
            return counted[key]
        if depth > MAX_DEPTH or key in path:
            raise _refused(f"{where} nests its parts more than {MAX_DEPTH} deep or refers to itself; Assessor does "
                           "not draw it.", "bad_image", name, place)
        path.add(key)
        total = 1
        for child in [*node, *targets(node)]:
            total += count(child, depth + 1, path)
            if total > MAX_DRAWN:
                raise too_many
        path.discard(key)
        counted[key] = total
        return total

    count(root, 0, set())


def _draw(svg: str, where: str, name: str, place: str) -> bytes:
    """The PNG resvg draws of ``svg``, in a separate process stopped after :data:`RENDER_SECONDS`."""
    try:
        import resvg_py  # noqa: F401  (checked here; the drawing process imports it again)
    except ImportError:
        raise _refused(f"{where} is an SVG picture, and drawing it needs the resvg_py library; install it "
                       "(pip install resvg_py) or convert the picture to PNG first.",
                       "unsupported_media", name, place) from None
    context = multiprocessing.get_context("spawn")  # no fork of a program with threads (Qt); Windows alike
    receiver, sender = context.Pipe(duplex=False)
    worker = context.Process(target=_draw_here, args=(sender, svg, str(_FONTS) if _FONTS.is_file() else ""),
                             daemon=True, name="assessor-svg")
    worker.start()
    sender.close()
    try:
        if not receiver.poll(RENDER_SECONDS):
            raise _refused(f"{where} takes more than {RENDER_SECONDS:g} seconds to draw; Assessor stopped drawing "
                           "it (convert it to PNG first).", "bad_image", name, place)
        try:
            ok, result = receiver.recv()
        except EOFError:
            ok, result = False, "the drawing process stopped"
    finally:
        receiver.close()
        if worker.is_alive():
            worker.kill()
        worker.join(5)
    if not ok:
        raise _refused(f"{where} could not be drawn as a picture ({result}).", "bad_image", name, place)
    return result


def _draw_here(sender, svg: str, font_file: str) -> None:
    """Draw ``svg`` with resvg and send (True, PNG bytes) or (False, reason); runs in the drawing process."""
    try:
        import resvg_py

        fonts = {"font_files": [font_file]} if font_file else {}
        png = resvg_py.svg_to_bytes(svg_string=svg, font_family=_FAMILY, sans_serif_family=_FAMILY,
                                    serif_family=_FAMILY, monospace_family=_FAMILY, **fonts)
        sender.send((True, bytes(png)))
    except Exception as exc:  # resvg's refusal of a picture it cannot read (its own node limit included)
        sender.send((False, str(exc) or type(exc).__name__))
    finally:
        sender.close()
