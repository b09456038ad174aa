"""Reading one filled answer sheet from an image: QR code, corner squares, every bubble.

The steps, after Auto Multiple Choice's shape:

1. find the QR code (zxing-cpp), which names the sheet and, through its corners, tells
   roughly where and which way up the page lies;
2. look for each solid corner square where the QR code says it should be, and undo
   rotation and perspective from their centres (OpenCV);
3. even out the light (divide by the paper's own brightness, estimated by removing
   everything darker and smaller than a bubble) and measure, for every bubble, how dark
   its inside is, relative to the solid corner squares (full) and to the sheet's own empty
   bubbles (nothing);
4. decide with two thresholds: below the lower one empty, above the upper one filled, and
   anything between is *uncertain* and never decided by the machine. Two filled bubbles
   where one is allowed are uncertain too. A crop of every row is kept for the human check.

Nothing here touches the database: :mod:`assessor.paper.intake` turns what was read into
attempts.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from assessor.errors import AssessorError, InputError
from assessor.paper.evalform import comment_rules
from assessor.paper.layout import BUBBLE_R, MARKER, MULTIPLE, PageLayout, Payload

SCALE = 2.0  # pixels per point of the straightened page (144 dpi): bubbles are 22 px across
EMPTY_MAX = 0.24  # fill at or below: empty
FILLED_MIN = 0.58  # fill at or above: filled; between the two: uncertain
INNER = 0.68  # the part of a bubble's radius that is measured (leaves the printed ring out)
MAX_SIDE = 2400  # larger photos are scaled down first (a phone's 4000 px adds time, not accuracy)
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp", ".webp")
PDF_DPI = 200

# States of one question.
ANSWERED, BLANK, UNCERTAIN = "answered", "blank", "uncertain"
# Why a question is uncertain.
DOUBLE, UNCLEAR, CROSSED = "double", "unclear", "crossed"


@dataclass
class MarkRead:
    """What was read for one question: the fill of each bubble (0 empty .. 1 solid), the state,
    the answer when certain (``None`` for blank), and why when uncertain."""

    question_id: str
    number: int
    kind: str
    values: tuple
    fills: tuple[float, ...]
    state: str
    answer: object = None
    reason: str = ""
    crop: np.ndarray | None = field(default=None, repr=False)

    @property
    def uncertain(self) -> bool:
        """Whether the mark was too faint or too messy to decide."""
        return self.state == UNCERTAIN


@dataclass
class PageImage:
    """One page to read: where it came from and its pixels (grey)."""

    source: str
    image_hash: str
    gray: np.ndarray = field(repr=False)


def _require():
    try:
        import cv2  # noqa: F401
        import zxingcpp  # noqa: F401
    except ImportError as exc:  # pragma: no cover - the extra is part of the test set-up
        raise AssessorError("Reading scanned sheets needs the 'paper' extra (pip install 'assessor[paper]').",
                            code="paper_extra_missing") from exc


def load_pages(path: str | Path) -> list[PageImage]:
    """Every page of an image file or a PDF (rendered with PDFium), as grey pixels.

    The hash names the file's bytes (and the page, for a PDF): the same scan read twice has
    the same hash. Raises InputError naming the file when it is not a readable image or PDF.
    """
    _require()
    import cv2

    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror or exc}).", code="unreadable_file") from exc
    digest = hashlib.sha256(data).hexdigest()
    if path.suffix.lower() == ".pdf" or data[:5] == b"%PDF-":
        return _pdf_pages(path, data, digest)
    gray = cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_GRAYSCALE)
    if gray is None:
        raise InputError(f"{path}: is not an image that can be read (PNG, JPEG, TIFF, BMP or WebP).",
                         code="not_an_image")
    return [PageImage(str(path), digest, gray)]


def _pdf_pages(path: Path, data: bytes, digest: str) -> list[PageImage]:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise InputError(f"{path}: is not a readable PDF ({exc}).", code="bad_pdf") from exc
    pages = []
    try:
        for i in range(len(pdf)):
            pages.append(PageImage(f"{path}#{i + 1}", f"{digest}:{i + 1}", render_pdf_page(pdf[i], PDF_DPI)))
    finally:
        pdf.close()
    return pages


def render_pdf_page(page, dpi: float) -> np.ndarray:
    """One PDFium page as grey pixels at ``dpi`` (the printer's own PDF goes through here in the tests too)."""
    bitmap = page.render(scale=dpi / 72.0, grayscale=True)
    arr = bitmap.to_numpy()
    return np.ascontiguousarray(arr[:, :, 0] if arr.ndim == 3 else arr)


def expand(paths) -> list[Path]:
    """Files to read from files and folders (a folder: its images and PDFs, sorted by name)."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out += sorted(f for f in p.iterdir() if f.is_file() and f.suffix.lower() in IMAGE_SUFFIXES + (".pdf",))
        elif p.exists():
            out.append(p)
        else:
            raise InputError(f"{p}: no such file or folder.", code="no_such_file")
    return out


# -- the QR code ----------------------------------------------------------------------
def find_qr(gray: np.ndarray) -> tuple[Payload, np.ndarray] | None:
    """The sheet's payload and the QR code's corners in the image (top-left, top-right,
    bottom-right, bottom-left of the code as printed), or None when no Assessor QR is found."""
    import cv2
    import zxingcpp

    h, w = gray.shape
    attempts = [(gray, 1.0)]
    if max(h, w) > 1700:
        f = 1600 / max(h, w)
        attempts.insert(0, (cv2.resize(gray, None, fx=f, fy=f, interpolation=cv2.INTER_AREA), f))
    for image, f in attempts:
        for result in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode):
            payload = Payload.decode(result.text)
            if payload is None:
                continue
            pos = result.position
            corners = np.array([[pos.top_left.x, pos.top_left.y], [pos.top_right.x, pos.top_right.y],
                                [pos.bottom_right.x, pos.bottom_right.y], [pos.bottom_left.x, pos.bottom_left.y]],
                               np.float32) / f
            return payload, corners
    return None


# -- straightening ----------------------------------------------------------------------
class PageProblem(Exception):
    """A page that cannot be read: ``code`` says why (no_qr, no_marks)."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code


def _find_marker(gray: np.ndarray, guess: np.ndarray, side_px: float, reach: float) -> np.ndarray | None:
    import cv2

    h, w = gray.shape
    half = int(max(side_px * reach, 12))
    x0, y0 = int(max(0, guess[0] - half)), int(max(0, guess[1] - half))
    x1, y1 = int(min(w, guess[0] + half)), int(min(h, guess[1] + half))
    if x1 - x0 < 8 or y1 - y0 < 8:
        return None
    window = gray[y0:y1, x0:x1]
    _, binary = cv2.threshold(window, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    n, _, stats, centroids = cv2.connectedComponentsWithStats(binary, connectivity=8)
    expected = side_px * side_px
    best, best_d = None, None
    for i in range(1, n):
        bw, bh, area = stats[i, cv2.CC_STAT_WIDTH], stats[i, cv2.CC_STAT_HEIGHT], stats[i, cv2.CC_STAT_AREA]
        if not (0.35 * expected <= area <= 2.2 * expected):
            continue
        if area < 0.6 * bw * bh or not (0.5 <= bw / max(bh, 1) <= 2.0):
            continue
        c = centroids[i] + (x0, y0)
        d = float(np.hypot(*(c - guess)))
        if best_d is None or d < best_d:
            best, best_d = c, d
    return None if best is None else np.array(best, np.float32)


def _affine(src: np.ndarray, dst: np.ndarray) -> np.ndarray:
    """The least-squares affine map (2×3) taking ``src`` points to ``dst`` points."""
    a = np.hstack([src, np.ones((len(src), 1))])
    solution, *_ = np.linalg.lstsq(a, dst, rcond=None)
    return solution.T


def straighten(gray: np.ndarray, layout: PageLayout, qr_corners: np.ndarray) -> np.ndarray:
    """The page warped so that layout point (x, y) is pixel (x·SCALE, y·SCALE)."""
    import cv2

    qx, qy, qs = layout.qr
    qr_layout = np.array([[qx, qy], [qx + qs, qy], [qx + qs, qy + qs], [qx, qy + qs]], np.float32)
    markers_layout = np.array(layout.markers, np.float32)
    known_layout, known_image = list(qr_layout), list(qr_corners.astype(np.float32))
    found: dict[int, np.ndarray] = {}
    # Nearest corners first: each square found makes the guess for the next one better.
    qr_centre = qr_layout.mean(axis=0)
    for i in sorted(range(4), key=lambda i: float(np.hypot(*(markers_layout[i] - qr_centre)))):
        affine = _affine(np.array(known_layout), np.array(known_image))
        scale = float(np.sqrt(abs(np.linalg.det(affine[:, :2]))))
        guesses = [affine[:, :2] @ markers_layout[i] + affine[:, 2]]
        if len(found) >= 2:  # QR and two squares: enough to see the perspective
            h, _ = cv2.findHomography(np.array(known_layout), np.array(known_image), 0)
            # First; but when every point known lies along one edge (the QR and the two top squares), a
            # pixel of error in the QR's corners tilts it far off at the other edge: then the affine guess.
            guesses.insert(0, cv2.perspectiveTransform(markers_layout[i][None, None], h)[0, 0])
        c = None
        for guess in guesses:
            c = _find_marker(gray, guess, MARKER * scale, (1.6, 3.2, 4.5, 2.6)[len(found)])
            if c is not None:
                break
        if c is None:
            raise PageProblem("no_marks", "a black corner square was not found (is the whole page in the picture?)")
        found[i] = c
        known_layout.append(markers_layout[i])
        known_image.append(c)
    found = [found[i] for i in range(4)]
    target = markers_layout * SCALE
    exact = cv2.getPerspectiveTransform(np.array(found, np.float32), target)
    size = (int(round(layout.width * SCALE)), int(round(layout.height * SCALE)))
    return cv2.warpPerspective(gray, exact, size, flags=cv2.INTER_LINEAR, borderValue=255)


def darkness(page: np.ndarray) -> np.ndarray:
    """0 for the paper, towards 1 for ink, with uneven light taken out."""
    import cv2

    k = int(BUBBLE_R * SCALE * 5) | 1
    paper = cv2.dilate(page, cv2.getStructuringElement(cv2.MORPH_RECT, (k, k)))
    paper = cv2.blur(paper, (k, k)).astype(np.float32)
    return np.clip(1.0 - page.astype(np.float32) / np.maximum(paper, 1.0), 0.0, 1.0)


_disc_cache: dict[int, np.ndarray] = {}


def _disc(radius: int) -> np.ndarray:
    if radius not in _disc_cache:
        yy, xx = np.mgrid[-radius:radius + 1, -radius:radius + 1]
        _disc_cache[radius] = (xx * xx + yy * yy) <= radius * radius
    return _disc_cache[radius]


def _mean_in_disc(dark: np.ndarray, x: float, y: float, radius: int) -> float:
    cx, cy = int(round(x * SCALE)), int(round(y * SCALE))
    patch = dark[cy - radius:cy + radius + 1, cx - radius:cx + radius + 1]
    mask = _disc(radius)
    if patch.shape != mask.shape:
        return 0.0
    return float(patch[mask].mean())


def _black_reference(dark: np.ndarray, layout: PageLayout) -> float:
    values = []
    r = int(MARKER * SCALE * 0.3)
    for x, y in layout.markers:
        cx, cy = int(x * SCALE), int(y * SCALE)
        values.append(float(np.median(dark[cy - r:cy + r, cx - r:cx + r])))
    return max(float(np.median(values)), 0.25)


# -- deciding -------------------------------------------------------------------------------
def decide(kind: str, values: tuple, fills: tuple[float, ...], crossed: tuple[bool, ...] = ()) -> tuple[str, object, str]:
    """(state, answer, reason) for one question from the fills of its bubbles (``crossed``: the
    bubble's ink is an X, dark through the middle and light between the arms)."""
    crossed = crossed or (False,) * len(fills)
    if any(c and f > EMPTY_MAX for f, c in zip(fills, crossed)):
        return UNCERTAIN, None, CROSSED
    filled = [v for v, f in zip(values, fills) if f >= FILLED_MIN]
    unclear = [v for v, f in zip(values, fills) if EMPTY_MAX < f < FILLED_MIN]
    if unclear:
        return UNCERTAIN, None, UNCLEAR
    if kind == MULTIPLE:
        return (ANSWERED, sorted(filled), "") if filled else (BLANK, None, "")
    if len(filled) > 1:
        return UNCERTAIN, None, DOUBLE
    if filled:
        return ANSWERED, filled[0], ""
    return BLANK, None, ""


def _crop(page: np.ndarray, box) -> np.ndarray:
    x0, y0, x1, y1 = (int(round(v * SCALE)) for v in box)
    return page[max(0, y0):y1, max(0, x0):x1].copy()


INK_DARK = 0.2  # a pixel this dark (0 paper .. 1 ink, relative to the corner squares) is pen, not paper
WRITTEN_MIN = 0.0008  # share of a comment box's pixels in pen from which the box holds writing (about one short word)
RULE_BAND = 4  # pixels either side of a comment box's printed rule that are not looked at


@dataclass
class CommentRead:
    """A comment box of an evaluation form: whether something is written in it (never what: a
    machine does not read handwriting), how much of it is ink, and its crop for a person to read."""

    question_id: str
    number: int
    ink: float
    written: bool
    crop: np.ndarray | None = field(default=None, repr=False)


@dataclass
class Measured:
    """Everything measured on one page."""

    marks: list[MarkRead]
    comments: list[CommentRead] = field(default_factory=list)
    code: str | None = None  # walk-in sheets: the digits of the code grid, None when a column is unclear
    code_fills: tuple = ()
    code_crop: np.ndarray | None = field(default=None, repr=False)
    baseline: float = 0.0


def measure(gray: np.ndarray, layout: PageLayout, qr_corners: np.ndarray) -> Measured:
    """Straighten the page and read every bubble of ``layout``."""
    page = straighten(gray, layout, qr_corners)
    dark = darkness(page)
    black = _black_reference(dark, layout)
    radius = max(2, int(BUBBLE_R * SCALE * INNER))
    raw_rows = [[_mean_in_disc(dark, b.x, b.y, radius) / black for b in row.bubbles] for row in layout.rows]
    small = max(1, int(BUBBLE_R * SCALE * 0.18))
    arm = BUBBLE_R * 0.5

    def is_cross(b) -> bool:
        # An X is dark along its diagonals and leaves the paper showing above, below, left and
        # right of its crossing; a filled or partly filled bubble is as dark on the axes as on the
        # diagonals.
        def spot(dx, dy):
            return _mean_in_disc(dark, b.x + dx, b.y + dy, small) / black - baseline

        axes = np.mean([spot(dx, dy) for dx, dy in ((arm, 0), (-arm, 0), (0, arm), (0, -arm))])
        d = arm * 0.72
        diagonals = np.mean([spot(dx, dy) for dx, dy in ((d, d), (-d, d), (d, -d), (-d, -d))])
        return diagonals > 0.3 and axes < 0.7 * diagonals

    raw_grid = [[_mean_in_disc(dark, b.x, b.y, radius) / black for b in col] for col in layout.code_grid]
    every = [v for r in raw_rows + raw_grid for v in r]
    # The sheet's own empty bubble (ring blur, printed letter, copier grey): most bubbles are empty.
    baseline = min(float(np.percentile(every, 30)), 0.3) if every else 0.0

    def fill(v: float) -> float:
        return round(max(0.0, (v - baseline) / (1.0 - baseline)), 3)

    marks = []
    for row, raw in zip(layout.rows, raw_rows):
        fills = tuple(fill(v) for v in raw)
        values = tuple(b.value for b in row.bubbles)
        crossed = tuple(f > EMPTY_MAX and is_cross(b) for f, b in zip(fills, row.bubbles))
        state, answer, reason = decide(row.kind, values, fills, crossed)
        marks.append(MarkRead(row.question_id, row.number, row.kind, values, fills, state, answer, reason,
                              _crop(page, row.box)))
    result = Measured(marks, baseline=baseline)
    for question_id, number, box in getattr(layout, "comments", ()):
        x0, y0, x1, y1 = (int(round(v * SCALE)) for v in box)
        keep = np.ones(y1 - y0, bool)
        keep[:8], keep[-8:] = False, False
        for rule in comment_rules(box):  # the printed grey rules are not writing
            r = int(round((rule - box[1]) * SCALE))
            keep[max(0, r - RULE_BAND):r + RULE_BAND + 1] = False
        inner = dark[y0:y1, x0 + 8:x1 - 8][keep[:max(0, min(y1, dark.shape[0]) - y0)]]
        ink = float((inner > INK_DARK * black).mean()) if inner.size else 0.0
        result.comments.append(CommentRead(question_id, number, round(ink, 4), ink >= WRITTEN_MIN,
                                           _crop(page, (box[0] - 2, box[1] - 2, box[2] + 2, box[3] + 2))))
    if layout.code_grid:
        digits = []
        fills_all = []
        for col, raw in zip(layout.code_grid, raw_grid):
            fills = tuple(fill(v) for v in raw)
            fills_all.append(fills)
            state, answer, _ = decide("choice", tuple(b.value for b in col), fills)
            digits.append(answer if state == ANSWERED else ("?" if state == UNCERTAIN else ""))
        text = "".join(digits)
        result.code = None if "?" in text else text
        result.code_fills = tuple(fills_all)
        first, last = layout.code_grid[0], layout.code_grid[-1]
        result.code_crop = _crop(page, (first[0].x - 14, first[0].y - 12, last[-1].x + 14, last[-1].y + 12))
    return result


__all__ = ["load_pages", "expand", "find_qr", "measure", "decide", "MarkRead", "Measured", "CommentRead", "PageImage",
           "PageProblem", "EMPTY_MAX", "FILLED_MIN", "ANSWERED", "BLANK", "UNCERTAIN", "render_pdf_page"]
