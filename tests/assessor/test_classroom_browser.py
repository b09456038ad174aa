"""Classroom mode in a real browser: Debian's chromium, headless, at 360x640, against the real server on loopback."""

from __future__ import annotations

import shutil

import pytest

from assessor.classroom.server import ClassroomServer
from assessor.delivery.sessions import SUBMITTED
from assessor.store import Store

from tests.assessor import browser
from tests.assessor.classroom_helpers import make_classroom

pytestmark = pytest.mark.skipif(not browser.available(), reason="needs chromium, chromedriver and selenium (make sysdeps)")


@pytest.fixture
def served(tmp_path):
    path = tmp_path / "classroom.db"
    info = make_classroom(path, people=3, questions=6, time_limit_min=30, show_score=True, confidence=True)
    server = ClassroomServer(path, info["session_id"], host="127.0.0.1", port=0).start()
    yield {"server": server, "path": path, **info}
    server.stop()


@pytest.fixture
def phone():
    p = browser.Phone()
    yield p
    p.quit()


def attempt_of(path, session_id, code):
    with Store.open(path) as laptop:
        cohort = laptop.sessions.get(session_id).cohort_id
        person = laptop.cohorts.participant_by_code(cohort, code)
        (attempt,) = laptop.attempts.for_participant(session_id, person.id)
        return attempt, laptop.attempts.current_state(attempt.id)


WORDS = {
    "en": {"lang": "#lang-en", "counter": "Question 1 of 6", "hint": "Choose one answer.", "saved": "Saved",
           "unanswered": "All questions are answered.", "thanks": "Thank you!", "score": "Your score: 100%"},
    "id": {"lang": "#lang-id", "counter": "Soal 1 dari 6", "hint": "Pilih satu jawaban.", "saved": "Tersimpan",
           "unanswered": "Semua soal sudah dijawab.", "thanks": "Terima kasih!", "score": "Skor Anda: 100%"},
}


@pytest.mark.parametrize("lang", ["en", "id"])
def test_a_whole_attempt_by_clicks_and_keys(served, phone, lang):
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import Select

    words = WORDS[lang]
    phone.open(served["server"].urls()[0])
    phone.click(words["lang"])
    code = phone.find("#code")
    code.send_keys("p-001", Keys.ENTER)  # typed in lower case, Enter instead of the button
    phone.click("#begin")
    phone.wait_text(words["counter"])
    assert words["hint"] in phone.text()
    phone.find("main").send_keys("1")  # key 1 picks the first option, as in participant mode
    phone.wait_sent()
    phone.wait_text(words["saved"], "#saved")
    phone.click("#conf-4")
    phone.click("#next")
    phone.click("#opt-0")
    phone.click("#opt-2")  # multiple: the two right ones
    phone.click("#flag")
    phone.click("#next")
    phone.click("#opt-0")  # true
    phone.click("#next")
    phone.find("#answer").send_keys("Bapas")
    phone.click("#next")  # typed, then Next at once: the answer is kept and the tap still moves on
    phone.wait_text(words["counter"].replace("1", "5", 1))
    phone.find("#answer").send_keys("7,0", Keys.ENTER)  # a decimal comma
    phone.click("#next")
    right = {"en": ("serving a sentence", "temporary placement"), "id": ("menjalani pidana", "penempatan sementara")}
    Select(phone.find("#match-0")).select_by_visible_text(right[lang][0])  # the choices are in a drawn order
    Select(phone.find("#match-1")).select_by_visible_text(right[lang][1])
    phone.wait_sent()
    phone.click("#overview")
    assert "\u2691" in phone.text("#cell-1")  # flagged
    phone.click("#cell-1")
    phone.click("#flag")  # unflag
    phone.click("#submit")
    phone.wait_text(words["unanswered"])
    phone.click("#confirm")
    phone.wait_text(words["thanks"])
    assert words["score"] in phone.text()
    phone.click("#finish")  # a shared tablet: nothing of this participant stays for the next one
    phone.find("#lang-en")
    kept = phone.driver.execute_script("return localStorage.getItem('assessor.classroom')")
    assert "secret" not in kept and "P-001" not in kept.upper()
    attempt, state = attempt_of(served["path"], served["session_id"], "P-001")
    assert attempt.status == SUBMITTED and attempt.score_pct == pytest.approx(100.0)
    assert attempt.language == lang
    assert sorted(s["answer"] for s in state.values() if isinstance(s.get("answer"), str)) == ["7,0", "A", "Bapas"]
    assert sum(1 for s in state.values() if s.get("flag")) == 0


def test_the_language_switches_at_any_time_and_answers_stay(served, phone):
    phone.open(served["server"].urls()[0])
    phone.click("#lang-en")
    phone.find("#code").send_keys("P-002")
    phone.click("#start")
    phone.click("#begin")
    phone.click("#opt-1")
    phone.wait_sent()
    phone.click("#lang")  # to Bahasa Indonesia in the middle of the test
    text = phone.wait_text("Soal 1 dari 6", "main")
    assert "undang-undang mana" in text
    assert phone.find("#opt-1").get_attribute("aria-pressed") == "true"


def test_a_reload_mid_test_resumes_where_it_was(served, phone):
    phone.open(served["server"].urls()[0])
    phone.click("#lang-en")
    phone.find("#code").send_keys("P-003")
    phone.click("#start")
    phone.click("#begin")
    phone.click("#opt-2")
    phone.click("#next")
    phone.click("#opt-0")
    phone.wait_sent()
    phone.driver.refresh()
    phone.click("#begin")  # "Continue the test"
    phone.wait_text("Question 2 of 6")
    assert phone.find("#opt-0").get_attribute("aria-pressed") == "true"
    phone.click("#prev")
    assert phone.find("#opt-2").get_attribute("aria-pressed") == "true"
    _, state = attempt_of(served["path"], served["session_id"], "P-003")
    assert sorted(str(s["answer"]) for s in state.values()) == sorted(["C", "['A']"])


def test_answers_given_while_the_laptop_is_unreachable_arrive_when_it_is_back(served, phone):
    server = served["server"]
    phone.open(server.urls()[0])
    phone.click("#lang-id")
    phone.find("#code").send_keys("P-001")
    phone.click("#start")
    phone.click("#begin")
    phone.click("#opt-0")
    phone.wait_sent()
    port = server.port
    server.stop()  # the Wi-Fi drops, or the laptop's server stops
    phone.click("#next")
    phone.click("#opt-2")
    phone.click("#next")
    phone.click("#opt-1")  # false
    phone.wait_text("Jawaban yang menunggu dikirim: 2", "#notice")
    assert "Belum tersimpan" in phone.text("#saved")
    back = ClassroomServer(served["path"], served["session_id"], host="127.0.0.1", port=port).start()
    try:
        phone.wait_sent(timeout=15)
        phone.wait_text("Tersimpan", "#saved")
        _, state = attempt_of(served["path"], served["session_id"], "P-001")
        answers = sorted(str(s["answer"]) for s in state.values())
        assert answers == ["A", "False", "['C']"]
        with Store.open(served["path"]) as laptop:
            attempt, _ = attempt_of(served["path"], served["session_id"], "P-001")
            assert len(laptop.attempts.events(attempt.id)) == 3  # each once
    finally:
        back.stop()


def test_a_course_evaluation_on_a_phone(tmp_path, phone):
    from tests.assessor.classroom_helpers import make_evaluation

    path = tmp_path / "evaluation.db"
    info = make_evaluation(path)
    server = ClassroomServer(path, info["session_id"], host="127.0.0.1", port=0).start()
    try:
        phone.open(server.urls()[0])
        phone.click("#lang-id")
        phone.find("#code").send_keys("E-001")
        phone.click("#start")
        phone.click("#begin")
        from selenium.webdriver.common.by import By

        for _ in range(12):
            d = phone.driver
            if d.find_elements(By.ID, "then-0"):
                phone.click("#then-1")
                phone.click("#now-3")
            elif d.find_elements(By.ID, "opt-0"):
                phone.click("#opt-3")
            else:
                phone.find("#answer").send_keys("Materi berguna")
            if d.find_element(By.ID, "next").is_enabled():
                phone.click("#next")
        phone.wait_sent()
        phone.click("#submit")
        phone.wait_text("Semua soal sudah dijawab.")
        phone.click("#confirm")
        phone.wait_text("Terima kasih!")
        assert "Skor" not in phone.text()  # no score for an evaluation
        with Store.open(path) as laptop:
            (attempt,) = laptop.attempts.for_session(info["session_id"])
            state = laptop.attempts.current_state(attempt.id)
        answers = [s["answer"] for s in state.values()]
        assert attempt.status == SUBMITTED and len(answers) == 12
        assert answers.count("Materi berguna") == 2 and answers.count({"then": 2, "now": 4}) == 4
    finally:
        server.stop()


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs pdftoppm (poppler-utils) to print the code slips")
def test_the_printed_code_slip_checks_a_phone_in_by_its_qr_code(served, phone, tmp_path):
    from assessor.people.cohorts import Participant
    from reports.roster import roster_pdf
    from tests.reports.test_roster_pdf import slip_qr_codes

    pdf = roster_pdf("ToT Bandung", [Participant("c", "P-002", "Officer 2")])
    (payload,) = slip_qr_codes(pdf, tmp_path)  # what a phone camera reads off the printed slip
    # Desktop chromium on Linux has no BarcodeDetector (phones' browsers do): stand one in that reports what
    # zxing-cpp read off the printed slip for the photo the participant takes.
    phone.driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": (
        "window.BarcodeDetector = class { constructor(o) { this.formats = o.formats; }"
        " detect(img) { return Promise.resolve(this.formats.includes('qr_code') && img.width > 0 ? "
        f"[{{rawValue: {payload!r}, format: 'qr_code'}}] : []); }} }};")})
    phone.open(served["server"].urls()[0])
    phone.click("#lang-en")
    phone.find("#scan")  # the button shows only where the browser can read QR codes
    photo = next(tmp_path.glob("page*.png"))
    phone.driver.find_element("css selector", "input[type=file]").send_keys(str(photo))
    assert phone.find("#begin", timeout=10).text == "Start the test"  # checked in: the instructions
    attempt, _ = attempt_of(served["path"], served["session_id"], "P-002")
    assert attempt.language == "en"


def test_cloze_and_essay_on_a_phone(tmp_path, phone):
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import Select

    path = tmp_path / "kinds.db"
    info = make_classroom(path, people=1, questions=2, kinds=("cloze", "essay"), confidence=False)
    server = ClassroomServer(path, info["session_id"], host="127.0.0.1", port=0).start()
    try:
        phone.open(server.urls()[0])
        phone.click("#lang-en")
        phone.find("#code").send_keys("p-001", Keys.ENTER)
        phone.click("#begin")
        phone.wait_text("[1] ______")
        Select(phone.find("#blank-0")).select_by_visible_text("children")
        phone.find("#blank-1").send_keys("5", Keys.ENTER)
        phone.find("#blank-2").send_keys("bapas", Keys.ENTER)
        phone.wait_sent()
        phone.click("#next")
        phone.wait_text("A facilitator marks it later.")
        phone.find("#answer").send_keys("Diversion comes first.")
        phone.click("#overview")  # leaving the text area sends it
        phone.wait_sent()
        attempt, state = attempt_of(path, info["session_id"], "P-001")
        answers = sorted((v["answer"] for v in state.values()), key=lambda a: isinstance(a, str))
        assert answers == [["B", "5", "bapas"], "Diversion comes first."]
    finally:
        server.stop()


@pytest.mark.parametrize("lang", ["en", "id"])
def test_the_bottom_buttons_show_their_whole_label_in_body_size_text(served, phone, lang):
    """At 360 px four buttons in one row had 14 px text and "Overview" did not fit its button."""
    phone.open(served["server"].urls()[0])
    phone.click(WORDS[lang]["lang"])
    phone.find("#code").send_keys("P-003")
    phone.click("#start")
    phone.click("#begin")
    phone.find("#next")
    body = float(phone.driver.execute_script("return parseFloat(getComputedStyle(document.body).fontSize)"))
    for button in ("prev", "overview", "submit", "next"):
        size, needed, shown, height = phone.driver.execute_script(
            "var e = document.getElementById(arguments[0]);"
            "return [parseFloat(getComputedStyle(e).fontSize), e.scrollWidth, e.clientWidth, e.offsetHeight];", button)
        assert size >= body >= 16, button
        assert needed <= shown, button
        assert height >= 40, button
