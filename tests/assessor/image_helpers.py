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


def image_session(store):
    """An open pre-test session of two questions: a big photo in the stem, with a text option and a
    picture-only option; then a true/false question without images."""
    from assessor.banks.images import check_image
    from assessor.banks.questions import Bank, Option, Question
    from assessor.delivery.assessments import Assessment
    from assessor.people.cohorts import Cohort, Participant

    big = check_image(picture_png(1600, 1200), "junction.png", "question 1")
    small = check_image(picture_png(300, 200), "sign.png", "question 1")
    questions = (
        Question(key="IMG-1", type="single", topic="t",
                 text={"en": "What should the driver do at this junction?",
                       "id": "Apa yang harus dilakukan pengemudi di persimpangan ini?"},
                 image=big.sha256, image_alt={"en": "A junction with a stop sign", "id": "Persimpangan dengan rambu"},
                 options=(Option({"en": "Stop", "id": "Berhenti"}, 1.0),
                          Option({}, 0.0, image=small.sha256, image_alt={"en": "A blue sign", "id": "Rambu biru"}),
                          Option({"en": "Go on", "id": "Terus jalan"}))),
        Question(key="IMG-2", type="truefalse", topic="t", text={"en": "No image here.", "id": "Tanpa gambar."},
                 answer=True),
    )
    bank_id = store.banks.import_bank(Bank(name={"en": "Signs"}, questions=questions, images=(big, small))).bank_id
    ids = tuple(q.id for q in store.banks.questions(bank_id))
    form = store.assessments.save(Assessment(name="Signs", question_ids=ids, confidence=True, shuffle_options=False))
    cohort = store.cohorts.save(Cohort(name="C"))
    store.cohorts.add_participants(cohort.id, [Participant(cohort.id, "AB-01", "Ani")])
    return store.sessions.open(cohort.id, form.id, "pre")
