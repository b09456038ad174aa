"""Screenshots of classroom mode: the phone page at 360x640 (every step and question type) in headless chromium.

The page is served by the real classroom server on loopback from a fresh database with one
question of every type; nothing of the demo data is changed. Skipped (with a line on the
console) where chromium or selenium is missing.
"""

from __future__ import annotations

from tools.screenshots import SIZE

import tempfile
from pathlib import Path


def render(shots) -> None:
    from tests.assessor import browser

    live_view(shots)
    if not browser.available():
        print("classroom phone screenshots skipped: chromium, chromedriver or selenium missing")
        return
    phone_pages(shots.out, shots.lang, shots.saved)
    evaluation_pages(shots.out, shots.lang, shots.saved)


def evaluation_pages(out: Path, lang: str, saved: list) -> None:
    """The course-evaluation items on a phone: a rating, a choice, a comment, a then/now self-assessment."""
    from selenium.webdriver.common.by import By

    from assessor.classroom.server import ClassroomServer
    from assessor.classroom.texts import catalogue
    from tests.assessor import browser
    from tests.assessor.classroom_helpers import make_evaluation

    path = Path(tempfile.mkdtemp(prefix="assessor-classroom-eval-")) / "evaluation.db"
    info = make_evaluation(path)
    server = ClassroomServer(path, info["session_id"], host="127.0.0.1", port=0).start()
    phone = browser.Phone()
    try:
        phone.open(server.urls()[0])
        phone.click(f"#lang-{lang}")
        phone.find("#code").send_keys("E-001")
        phone.click("#start")
        phone.click("#begin")
        shown = set()
        for _ in range(12):
            d = phone.driver
            if d.find_elements(By.ID, "then-0"):
                kind = "retro"
                phone.click("#then-1")
                phone.click("#now-3")
            elif d.find_elements(By.ID, "answer"):
                kind = "comment"
                phone.find("#answer").send_keys("Lebih banyak studi kasus." if lang == "id" else "More case studies.")
                phone.click("#counter")
            else:
                hint = d.find_element(By.CSS_SELECTOR, "main .hint").text
                kind = "rating" if hint == catalogue()[lang]["hint_rating"] else "choice"
                phone.click("#opt-3" if kind == "rating" else "#opt-0")
            if kind not in shown:
                phone.wait_sent()
                d.execute_script("window.scrollTo(0, 0);")
                target = out / f"phone_eval_{kind}_{lang}.png"
                phone.screenshot(target)
                saved.append(target)
                shown.add(kind)
            if d.find_element(By.ID, "next").is_enabled():
                phone.click("#next")
    finally:
        phone.quit()
        server.stop()


def live_view(shots) -> None:
    """The facilitator's window with twelve phones: joined, answering, submitted and one lost."""
    import time

    import httpx
    from PySide6.QtWidgets import QApplication

    from tests.assessor.classroom_helpers import RIGHT, make_classroom
    from ui.classroom import ClassroomWindow

    path = Path(tempfile.mkdtemp(prefix="assessor-classroom-live-")) / "classroom.db"
    info = make_classroom(path, people=12, questions=20, time_limit_min=30)
    window = ClassroomWindow(path, info["session_id"], "ToT Bandung — Pre-test child protection", host="127.0.0.1",
                             port=0)
    window.resize(*SIZE)
    window.show()
    window.start()
    deadline = time.monotonic() + 15
    while window.server is None and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.02)
    base = f"http://127.0.0.1:{window.server.port}"
    for i, code in enumerate(info["codes"][:10]):
        with httpx.Client(base_url=base) as client:
            client.get("/")
            headers = {"X-Assessor-CSRF": client.cookies["assessor_csrf"]}
            paper = client.post("/api/checkin", json={"join": window.server.join_code, "code": code, "lang": "id"},
                                headers=headers).json()
            for k, q in enumerate(paper["questions"][: (i * 3) % 21]):
                client.post("/api/event", headers=headers, json={
                    "join": window.server.join_code, "attempt": paper["attempt"], "secret": paper["secret"],
                    "id": f"shot-{i:02d}-{k:03d}", "question": q["id"], "kind": "answer", "value": RIGHT[q["type"]]})
            if i in (7, 9):
                client.post("/api/submit", headers=headers, json={
                    "join": window.server.join_code, "attempt": paper["attempt"], "secret": paper["secret"]})
    lost = next(s for s in window.server.room.seats.values() if s.code == info["codes"][4])
    lost.last_seen -= 40  # this phone has not been heard from for 40 s
    window._read_live()
    deadline = time.monotonic() + 5
    while window.model.rowCount() < 10 and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.02)
    shots.grab(window, "classroom_live", size=None)
    window.close()


def phone_pages(out: Path, lang: str, saved: list) -> None:
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import Select

    from assessor.classroom.server import ClassroomServer
    from tests.assessor import browser
    from tests.assessor.classroom_helpers import make_classroom

    path = Path(tempfile.mkdtemp(prefix="assessor-classroom-shots-")) / "classroom.db"
    info = make_classroom(path, people=2, questions=6, time_limit_min=30, show_score=True, confidence=True)
    server = ClassroomServer(path, info["session_id"], host="127.0.0.1", port=0).start()
    phone = browser.Phone()
    # Phones' browsers (Chrome on Android) can read QR codes; desktop chromium cannot. Stand a reader in so
    # that the check-in screen shows the "Scan the code slip" button a participant sees.
    phone.driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {
        "source": "window.BarcodeDetector = class { detect() { return Promise.resolve([]); } };"})

    def shot(name: str) -> None:
        target = out / f"phone_{name}_{lang}.png"
        phone.screenshot(target)
        saved.append(target)

    try:
        phone.open(server.urls()[0])
        shot("1_language")
        phone.click(f"#lang-{lang}")
        phone.find("#code").send_keys("P-001")
        shot("2_checkin")
        phone.click("#start")
        phone.find("#begin")
        shot("3_instructions")
        phone.click("#begin")
        phone.click("#opt-0")
        phone.click("#conf-3")
        phone.wait_sent()
        shot("4_single")
        phone.click("#next")
        phone.click("#opt-0")
        phone.click("#opt-2")
        phone.click("#flag")
        phone.wait_sent()
        shot("5_multiple")
        phone.click("#next")
        phone.click("#opt-0")
        phone.wait_sent()
        shot("6_truefalse")
        phone.click("#next")
        phone.find("#answer").send_keys("Bapas", Keys.ENTER)
        phone.wait_sent()
        shot("7_short")
        phone.click("#next")
        phone.find("#answer").send_keys("7", Keys.ENTER)
        phone.wait_sent()
        shot("8_numerical")
        phone.click("#next")
        Select(phone.find("#match-0")).select_by_index(1)
        phone.wait_sent()
        shot("9_matching")
        phone.click("#overview")
        shot("10_overview")
        phone.click("#submit")
        shot("11_submit")
        phone.click("#back")
        port = server.port
        server.stop()
        Select(phone.find("#match-1")).select_by_index(2)
        phone.wait_text(":", "#notice")
        shot("12_waiting")
        server = ClassroomServer(path, info["session_id"], host="127.0.0.1", port=port).start()
        phone.wait_sent(timeout=15)
        phone.click("#submit")
        phone.click("#confirm")
        phone.find("#score")
        shot("13_thanks")
    finally:
        phone.quit()
        server.stop()


if __name__ == "__main__":  # python -m tools.screenshots.shots_classroom OUT_DIR: the phone pages only
    import sys

    target = Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots")
    target.mkdir(parents=True, exist_ok=True)
    done: list = []
    for language in ("en", "id"):
        phone_pages(target, language, done)
        evaluation_pages(target, language, done)
    print(f"{len(done)} screenshots in {target}/")
