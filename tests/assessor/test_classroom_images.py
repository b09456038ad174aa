"""Classroom mode serves the images of the session's questions to the phones, and no other stored image."""

from __future__ import annotations

import pytest

from assessor.banks.images import check_image
from assessor.classroom.room import Room
from assessor.classroom.web import create_app
from assessor.classroom.writer import Writer
from assessor.store import Store
from tests.assessor.image_helpers import image_session, png
from tests.assessor.test_classroom_api import Phone


@pytest.fixture
def served(tmp_path):
    path = tmp_path / "classroom.db"
    with Store.open(path) as store:
        session = image_session(store)
        other = check_image(png(7, 7), "elsewhere.png", "question 9")
        store.banks.add_images([other])  # stored, but shown by no question of this session
        stored = store.banks.images(store.banks.questions_by_id(
            store.assessments.get(session.assessment_id).question_ids).values())
    writer = Writer(lambda: Store.open(path)).start()
    room = writer.call(Room.open, session.id)
    yield {"app": create_app(room, writer), "room": room, "stored": stored, "other": other}
    writer.stop()


def test_the_paper_names_each_image_with_its_alt_text_in_both_languages(served):
    phone = Phone(served["app"], served["room"].join_code)
    assert phone.check_in("AB-01", lang="id").status_code == 200
    first = phone.paper["questions"][0]
    stem = next(i for i in served["stored"].values() if i.width == 1600)
    assert first["image"] == {"src": f"/image/{stem.sha256}",
                              "alt": {"en": "A junction with a stop sign", "id": "Persimpangan dengan rambu"}}
    assert [("image" in o) for o in first["options"]] == [False, True, False]
    assert "image" not in phone.paper["questions"][1]


def test_an_image_of_the_session_is_served_with_its_content_type(served):
    phone = Phone(served["app"], served["room"].join_code)
    phone.check_in("AB-01")
    for option_or_stem in [phone.paper["questions"][0]["image"], phone.paper["questions"][0]["options"][1]["image"]]:
        r = phone.client.get(option_or_stem["src"])
        sha = option_or_stem["src"].rsplit("/", 1)[1]
        assert r.status_code == 200
        assert r.headers["content-type"] == "image/png"
        assert r.headers["x-content-type-options"] == "nosniff"
        assert r.content == served["stored"][sha].data


def test_no_other_stored_image_and_no_made_up_name_is_served(served):
    phone = Phone(served["app"], served["room"].join_code)
    for name in (served["other"].sha256, "0" * 64, "..%2F..%2Fetc%2Fpasswd", "x" * 5000):
        assert phone.client.get(f"/image/{name}").status_code == 404, name[:20]


@pytest.mark.skipif(not __import__("tests.assessor.browser", fromlist=["available"]).available(),
                    reason="needs chromium, chromedriver and selenium (make sysdeps)")
def test_a_phone_shows_the_images_scaled_to_its_screen_with_their_alt_text(tmp_path):
    from assessor.classroom.server import ClassroomServer
    from tests.assessor import browser

    path = tmp_path / "classroom.db"
    with Store.open(path) as store:
        session = image_session(store)
    server = ClassroomServer(path, session.id, host="127.0.0.1", port=0).start()
    phone = browser.Phone()
    try:
        phone.open(server.urls()[0])
        phone.click("#lang-en")
        phone.find("#code").send_keys("AB-01")
        phone.click("#start")
        phone.click("#begin")
        phone.wait_text("Question 1 of 2")
        for option in ("#opt-0", "#opt-2", "#opt-1"):  # every answer redraws the question
            phone.click(option)
            phone.wait_sent()
        fetched = phone.driver.execute_script(
            "return performance.getEntriesByType('resource').filter(function (e) {"
            " return e.name.indexOf('/image/') >= 0; }).length;")
        shown = phone.driver.execute_script(
            "return Array.from(document.querySelectorAll('main img')).map(function (i) {"
            " return [i.className, i.alt, i.complete && i.naturalWidth, i.getBoundingClientRect().width,"
            " i.getBoundingClientRect().height]; });")
        phone.driver.save_screenshot(str(tmp_path / "phone.png"))
    finally:
        phone.quit()
        server.stop()
    assert fetched == 2  # each picture once, however often the question was redrawn
    assert [(cls, alt, natural) for cls, alt, natural, _, _ in shown] == [
        ("qpic", "A junction with a stop sign", 1600), ("opic", "A blue sign", 300)]
    (_, _, _, stem_w, stem_h), (_, _, _, opt_w, opt_h) = shown
    assert stem_w <= 360 and stem_h <= 0.4 * 640 + 1 and abs(stem_w / stem_h - 4 / 3) < 0.02
    assert opt_h <= 0.22 * 640 + 1
