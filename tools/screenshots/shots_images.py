"""Screenshots of questions with images: participant mode at 1280×720 (default and largest text) and a
page of the printed booklet (rendered with ``pdftoppm -png -r 60`` when poppler is installed).

The pictures are drawn here with QPainter (a junction with a stop sign, and two road signs as options),
stored in a bank of their own in an in-memory database, so the demo data stay as they are.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen, QPolygonF

from tools.screenshots.shots_runner import RUNNER_SIZE, _close, _look, _settle


def _png(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def _octagon(painter: QPainter, cx: float, cy: float, r: float) -> None:
    import math

    points = [QPointF(cx + r * math.cos(math.pi / 8 + i * math.pi / 4), cy + r * math.sin(math.pi / 8 + i * math.pi / 4))
              for i in range(8)]
    painter.setPen(QPen(QColor("white"), r * 0.08))
    painter.setBrush(QColor("#c8102e"))
    painter.drawPolygon(QPolygonF(points))
    painter.setPen(QColor("white"))
    font = QFont("DejaVu Sans", int(r * 0.36))
    font.setBold(True)
    painter.setFont(font)
    painter.drawText(QRectF(cx - r, cy - r, 2 * r, 2 * r), Qt.AlignCenter, "STOP")


def _junction() -> bytes:
    image = QImage(960, 600, QImage.Format_RGB32)
    image.fill(QColor("#7fb069"))
    p = QPainter(image)
    p.setRenderHint(QPainter.Antialiasing)
    p.fillRect(0, 230, 960, 140, QColor("#555a60"))
    p.fillRect(410, 0, 140, 600, QColor("#555a60"))
    p.setPen(QPen(QColor("white"), 6, Qt.DashLine))
    p.drawLine(0, 300, 410, 300)
    p.drawLine(550, 300, 960, 300)
    p.drawLine(480, 0, 480, 230)
    p.drawLine(480, 370, 480, 600)
    p.setPen(QPen(QColor("white"), 10))
    p.drawLine(410, 375, 480, 375)  # the stop line
    p.fillRect(316, 390, 10, 140, QColor("#8a8d91"))
    _octagon(p, 321, 380, 52)
    p.setBrush(QColor("#1d4e89"))
    p.setPen(Qt.NoPen)
    p.drawRoundedRect(QRectF(425, 430, 40, 70), 8, 8)  # a car waiting at the line
    p.end()
    return _png(image)


def _sign(kind: str) -> bytes:
    image = QImage(240, 240, QImage.Format_ARGB32)
    image.fill(QColor("white"))
    p = QPainter(image)
    p.setRenderHint(QPainter.Antialiasing)
    if kind == "stop":
        _octagon(p, 120, 120, 100)
    else:  # give way: a red-bordered triangle, point down
        p.setPen(QPen(QColor("#c8102e"), 22))
        p.setBrush(QColor("white"))
        p.drawPolygon(QPolygonF([QPointF(20, 40), QPointF(220, 40), QPointF(120, 215)]))
    p.end()
    return _png(image)


def _image_bank(store):
    from assessor.banks.images import check_image
    from assessor.banks.questions import Bank, Option, Question
    from assessor.delivery.assessments import Assessment
    from assessor.people.cohorts import Cohort, Participant

    scene = check_image(_junction(), "junction.png", "question 1")
    stop, give_way = check_image(_sign("stop"), "stop.png", "question 1"), check_image(_sign("give"), "give.png", "q 1")
    question = Question(
        key="ROAD-1", type="single", topic="road",
        text={"en": "The car is waiting at this junction. Which sign tells its driver to stop completely?",
              "id": "Mobil menunggu di persimpangan ini. Rambu mana yang mewajibkan pengemudinya berhenti penuh?"},
        image=scene.sha256,
        image_alt={"en": "A crossroads; a stop sign stands at the corner and a car waits at the line",
                   "id": "Perempatan; rambu berhenti berdiri di sudut dan sebuah mobil menunggu di garis"},
        options=(Option({}, 1.0, image=stop.sha256, image_alt={"en": "Red octagon: STOP", "id": "Segi delapan merah: STOP"}),
                 Option({}, 0.0, image=give_way.sha256,
                        image_alt={"en": "Red-bordered triangle, point down", "id": "Segitiga berbingkai merah"}),
                 Option({"en": "None: the driver only slows down", "id": "Tidak ada: pengemudi cukup memperlambat"})))
    bank = Bank(name={"en": "Road safety", "id": "Keselamatan jalan"}, topics={"road": {"en": "Road", "id": "Jalan"}},
                questions=(question,), images=(scene, stop, give_way))
    bank_id = store.banks.import_bank(bank).bank_id
    ids = tuple(q.id for q in store.banks.questions(bank_id))
    form = store.assessments.save(Assessment(name="Road safety: pre-test", question_ids=ids, confidence=True,
                                             shuffle_options=False))
    cohort = store.cohorts.save(Cohort(name="Cascade Bandung 2026", location="Bandung"))
    store.cohorts.add_participants(cohort.id, [Participant(cohort.id, "BDG-01", "Ani Kusumawardhani")])
    return store.sessions.open(cohort.id, form.id, "pre")


def render(shots) -> None:
    from assessor.store import Store
    from ui.runner import RunnerWindow

    for suffix, pt in (("", 18), ("_large", 36)):
        store = Store.memory()  # a fresh participant for each look
        session = _image_bank(store)
        window = RunnerWindow(store, session.id, kiosk=False)
        window.delay_fn = lambda failures: 5
        window.begin()
        _look(window, pt, False)
        window.resize(*RUNNER_SIZE)
        window.check_in("BDG-01")
        window.language_screen.chosen.emit(shots.lang)
        window.instructions.start.emit()
        window.go_to(0)
        _settle()
        shots.grab(window, f"runner_question_image{suffix}", size=RUNNER_SIZE)
        _close(window)
    _booklet_page(shots, store, session)
    _score_sheet_page(shots)


def _score_sheet_page(shots) -> None:
    """A score sheet with the item-by-item review of an attempt on the image question (page 2, 60 dpi)."""
    from assessor.delivery.engine import AttemptEngine
    from assessor.store import Store
    from reports.sheets import write_sheets

    if shutil.which("pdftoppm") is None:
        return
    store = Store.memory()
    session = _image_bank(store)
    eng = AttemptEngine(store)
    eng.start_or_resume(session.id, store.cohorts.participants(session.cohort_id)[0].id)
    (q,) = eng.questions
    eng.answer(q.id, eng.option_order(q)[0])
    eng.submit()
    folder = Path(tempfile.mkdtemp(prefix="assessor-sheet-"))
    (pdf,) = write_sheets(store, store.cohorts.get(session.cohort_id).name, shots.lang, True, folder / "sheet.pdf")
    subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf), str(folder / "page")], check=True)
    pages = sorted(folder.glob("page*.png"))
    target = shots.out / f"score_sheet_review_image_{shots.lang}.png"
    shutil.copyfile(pages[-1], target)  # the review is on the last page
    shots.saved.append(target)


def _booklet_page(shots, store, session) -> None:
    """The first booklet page as PNG (60 dpi), as ``pdftoppm -png -r 60`` renders it."""
    from reports.paper import write_paper

    if shutil.which("pdftoppm") is None:
        print("pdftoppm not found (poppler-utils): the booklet page with an image is not rendered")
        return
    folder = Path(tempfile.mkdtemp(prefix="assessor-booklet-"))
    pdf = write_paper(store, session.id, folder / "booklet.pdf", lang=shots.lang)
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", str(pdf),
                    str(folder / "page")], check=True)
    target = shots.out / f"paper_booklet_image_{shots.lang}.png"
    shutil.copyfile(folder / "page.png", target)
    shots.saved.append(target)
