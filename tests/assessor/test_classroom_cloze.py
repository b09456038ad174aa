"""A cloze question on the phone page: its gaps, its blanks' fields, answers stored and scored per blank."""

from __future__ import annotations

import pytest

from assessor.classroom.room import Room
from assessor.classroom.web import create_app
from assessor.classroom.writer import Writer
from assessor.store import Store
from tests.assessor.classroom_helpers import make_classroom
from tests.assessor.test_classroom_api import Clock, Phone, events_in_db


@pytest.fixture
def cloze_room(tmp_path):
    path = tmp_path / "classroom.db"
    info = make_classroom(path, people=2, questions=2, kinds=("single", "cloze"))
    writer = Writer(lambda: Store.open(path)).start()
    room = writer.call(Room.open, info["session_id"], Clock())
    yield {"app": create_app(room, writer), "room": room, "path": path}
    writer.stop()


def test_the_phone_gets_gaps_and_blanks_but_no_answers(cloze_room):
    phone = Phone(cloze_room["app"], cloze_room["room"].join_code)
    phone.check_in("P-001")
    item = phone.question("cloze")
    assert "[1] ______" in item["text"]["en"] and "{#" not in item["text"]["en"]
    assert [b["kind"] for b in item["blanks"]] == ["choice", "numerical", "short"]
    assert [o["text"]["en"] for o in item["blanks"][0]["options"]] == ["adults", "children"]
    assert "Bapas" not in str(item) and "fraction" not in str(item)


def test_a_cloze_answer_is_stored_and_a_wrong_shape_refused(cloze_room):
    phone = Phone(cloze_room["app"], cloze_room["room"].join_code)
    phone.check_in("P-002")
    qid = phone.question("cloze")["id"]
    assert phone.event(qid, "answer", ["B", "5", "bapas"]).status_code == 200
    assert phone.event(qid, "answer", ["B", 5, "bapas"]).status_code != 200
    assert phone.event(qid, "answer", ["Z", "5", None]).status_code != 200
    (stored,) = [e.value for e in events_in_db(cloze_room["path"], phone.attempt) if e.question_id == qid]
    assert stored == ["B", "5", "bapas"]


def test_a_phone_essay_is_pending_and_the_score_says_so_far(tmp_path):
    path = tmp_path / "essay.db"
    info = make_classroom(path, people=1, questions=2, kinds=("truefalse", "essay"))
    writer = Writer(lambda: Store.open(path)).start()
    try:
        room = writer.call(Room.open, info["session_id"], Clock())
        phone = Phone(create_app(room, writer), room.join_code)
        phone.check_in("P-001")
        assert phone.event(phone.question("essay")["id"], "answer", "Diversion first.").status_code == 200
        assert phone.event(phone.question("truefalse")["id"], "answer", True).status_code == 200
        done = phone.post("/api/submit", attempt=phone.attempt, secret=phone.secret).json()
        assert done["result"]["pending"] == 1 and done["result"]["score_pct"] == 100
    finally:
        writer.stop()
