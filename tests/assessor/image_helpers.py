"""Small real PNG and JPEG files made in the test (no image library needed for PNG)."""

from __future__ import annotations

import struct
import zlib


def png(width: int = 3, height: int = 2, rgb: tuple[int, int, int] = (200, 30, 30)) -> bytes:
    """A whole, valid RGB PNG of one colour."""
    raw = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


def jpeg(width: int = 30, height: int = 20) -> bytes:
    """A valid baseline JPEG (made with OpenCV, a dependency of paper reading)."""
    import cv2
    import numpy as np

    picture = np.zeros((height, width, 3), np.uint8)
    picture[:, : width // 2] = (40, 160, 40)
    ok, encoded = cv2.imencode(".jpg", picture)
    assert ok
    return encoded.tobytes()


def picture_png(width: int = 240, height: int = 160) -> bytes:
    """A PNG with a visible shape (a blue disc on yellow), for screenshots and layout tests."""
    import cv2
    import numpy as np

    picture = np.full((height, width, 3), (60, 220, 250), np.uint8)
    cv2.circle(picture, (width // 2, height // 2), min(width, height) // 3, (180, 90, 20), -1)
    ok, encoded = cv2.imencode(".png", picture)
    assert ok
    return encoded.tobytes()
