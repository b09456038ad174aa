"""Classroom mode below the browser: every endpoint of the phone server, and every refusal, with Starlette's TestClient."""

from __future__ import annotations

import json
import time

import pytest
from starlette.testclient import TestClient

from assessor.classroom.room import Room
from assessor.classroom.web import create_app, FailureLimit
from assessor.classroom.writer import Writer
from assessor.delivery.sessions import SUBMITTED
from assessor.store import Store

from tests.assessor.classroom_helpers import RIGHT, make_classroom


class Clock:
    def __init__(self):
        self.t = 1000.0

    def __call__(self):
        return self.t


class Phone:
    """One phone: its own cookie jar (CSRF token), its own attempt and secret."""

    def __init__(self, app, join):
        self.client = TestClient(app, base_url="http://testserver")
        self.client.get("/")
        self.join = join
        self.attempt = self.secret = None
        self.paper = None
        self.n = 0

    def post(self, path, **body):
        body.setdefault("join", self.join)
        token = self.client.cookies.get("assessor_csrf")
        return self.client.post(path, content=json.dumps(body),
                                headers={"Content-Type": "application/json", "X-Assessor-CSRF": token})

    def check_in(self, code, lang="en", **extra):
        r = self.post("/api/checkin", code=code, lang=lang, attempt=self.attempt, secret=self.secret, **extra)
        if r.status_code == 200 and r.json()["status"] == "in_progress":
            self.paper = r.json()
            self.attempt, self.secret = self.paper["attempt"], self.paper["secret"]
        return r

    def event(self, question, kind, value, event_id=None, **extra):
        self.n += 1
        body = dict(attempt=self.attempt, secret=self.secret, id=event_id or f"phone-event-{self.n:04d}",
                    question=question, kind=kind, value=value)
        body.update(extra)
        return self.post("/api/event", **body)

    def question(self, kind):
        return next(q for q in self.paper["questions"] if q["type"] == kind)


@pytest.fixture
def room_setup(tmp_path):
    path = tmp_path / "classroom.db"
    info = make_classroom(path, people=3, questions=6, time_limit_min=30)
    clock = Clock()
    writer = Writer(lambda: Store.open(path)).start()
    room = writer.call(Room.open, info["session_id"], clock)
    app = create_app(room, writer)
    yield {"app": app, "room": room, "writer": writer, "clock": clock, "path": path, **info}
    writer.stop()


@pytest.fixture
def phone(room_setup):
    return Phone(room_setup["app"], room_setup["room"].join_code)


def events_in_db(path, attempt_id):
    with Store.open(path) as other:  # a second connection: what is on disk
        return other.attempts.events(attempt_id)


# -- the page --------------------------------------------------------------------------
def test_the_page_is_small_has_both_languages_and_security_headers(room_setup):
    client = TestClient(room_setup["app"], base_url="http://testserver")
    page = client.get("/")
    assert page.status_code == 200
    assert page.headers["cache-control"] == "no-store"
    assert page.headers["x-frame-options"] == "DENY"
    assert "frame-ancestors 'none'" in page.headers["content-security-policy"]
    assert "script-src 'self'" in page.headers["content-security-policy"]
    assert page.headers["x-content-type-options"] == "nosniff"
    assert "samesite=strict" in page.headers["set-cookie"].lower()
    texts = json.loads(page.text.split('id="texts">')[1].split("</script>")[0])
    assert texts["en"]["submit"] == "Submit" and texts["id"]["submit"] == "Kirim"
    assert texts["id"]["waiting"].startswith("Jawaban yang menunggu dikirim")
    total = len(page.content) + sum(len(client.get(f"/static/{n}").content) for n in ("app.js", "app.css"))
    assert total < 100_000
    assert client.get("/static/secrets.txt").status_code == 404
    assert client.get("/static/app.js").headers["content-type"].startswith("text/javascript")


def test_every_page_text_has_indonesian_from_the_translation_sources():
    from assessor.classroom.texts import catalogue, untranslated

    assert untranslated() == []
    both = catalogue()
    assert both["id"]["hint_single"] == "Pilih satu jawaban."  # shared with participant mode's runner_id.yaml
    assert both["id"]["flag"] == "Tandai"  # the phone page's own, from classroom_id.yaml


# -- check-in ------------------------------------------------------------------------------
def test_check_in_sends_the_attempt_but_never_keys_rationales_or_others(phone, room_setup):
    r = phone.check_in("p-001", lang="id")
    assert r.status_code == 200
    paper = r.json()
    assert paper["status"] == "in_progress" and not paper["resumed"]
    assert len(paper["questions"]) == 6 and paper["confidence"] is True
    assert paper["time_limit_s"] == 1800.0
    allowed = {"id", "type", "text", "options", "left", "right"}
    for q in paper["questions"]:
        assert set(q) <= allowed
        for o in q.get("options", []):
            assert set(o) == {"key", "text"}
    text = r.text
    for secret_word in ("fraction", "rationale", "feedback", "\"numeric\"", "Bapas", "Officer", "P-002", "correct"):
        assert secret_word not in text
    assert "options" not in phone.question("short") and "options" not in phone.question("truefalse")
    # A matching question's distractor is among its choices (in the phone's language).
    assert sorted(r["text"]["id"] for r in phone.question("matching")["right"]) == [
        "lapas dewasa", "menjalani pidana", "penempatan sementara"]
    with Store.open(room_setup["path"]) as other:
        (attempt,) = other.attempts.for_session(room_setup["session_id"])
        assert attempt.language == "id" and attempt.device_id != other.device_id  # phones have their own id


def test_unknown_code_wrong_join_and_csrf_are_refused(phone, room_setup):
    assert phone.check_in("NOBODY").json()["error"] == "unknown_code"
    assert phone.check_in("NOBODY").status_code == 404
    wrong = phone.post("/api/checkin", code="P-001", lang="en", join="AAAAAA")
    assert (wrong.status_code, wrong.json()["error"]) == (403, "bad_join")
    no_token = phone.client.post("/api/checkin", content=json.dumps({"join": phone.join, "code": "P-001"}),
                                 headers={"Content-Type": "application/json"})
    assert (no_token.status_code, no_token.json()["error"]) == (403, "csrf")
    token = phone.client.cookies.get("assessor_csrf")
    other_site = phone.client.post("/api/checkin", content=json.dumps({"join": phone.join, "code": "P-001"}),
                                   headers={"Content-Type": "application/json", "X-Assessor-CSRF": token,
                                            "Origin": "http://evil.example"})
    assert (other_site.status_code, other_site.json()["error"]) == (403, "csrf")
    form_post = phone.client.post("/api/checkin", data={"join": phone.join, "code": "P-001"},
                                  headers={"X-Assessor-CSRF": token})
    assert form_post.status_code == 415
    with Store.open(room_setup["path"]) as other:
        assert other.attempts.for_session(room_setup["session_id"]) == []  # nothing started


def test_failed_check_ins_are_rate_limited(room_setup):
    app = create_app(room_setup["room"], room_setup["writer"], limit=FailureLimit(limit=3))
    phone = Phone(app, room_setup["room"].join_code)
    for _ in range(3):
        assert phone.check_in("GUESS").status_code == 404
    blocked = phone.check_in("P-001")  # even a right code waits now
    assert (blocked.status_code, blocked.json()["error"]) == (429, "too_many")


def test_a_second_phone_needs_the_secret_or_the_facilitators_allowance(phone, room_setup):
    assert phone.check_in("P-001").status_code == 200
    first = phone.question("single")["id"]
    assert phone.event(first, "answer", "B").status_code == 200
    other = Phone(room_setup["app"], phone.join)
    locked = other.check_in("P-001")
    assert (locked.status_code, locked.json()["error"]) == (403, "resume_locked")
    other.attempt, other.secret = phone.attempt, "x" * 32  # a guessed secret is no better
    assert other.check_in("P-001").json()["error"] == "resume_locked"
    other.attempt = other.secret = None
    room_setup["writer"].call(room_setup["room"].allow_resume, other_participant(room_setup, "P-001"))
    allowed = other.check_in("P-001")
    assert allowed.status_code == 200 and allowed.json()["resumed"]
    assert allowed.json()["state"][first]["answer"] == "B"
    third = Phone(room_setup["app"], phone.join)  # the allowance was for one phone
    assert third.check_in("P-001").json()["error"] == "resume_locked"
    again = Phone(room_setup["app"], phone.join)
    again.attempt, again.secret = phone.attempt, phone.secret  # the phone that holds the secret (after a reload)
    assert again.check_in("P-001").json()["resumed"] is True


def test_an_allowance_recorded_from_another_process_is_honoured_once_and_only_for_ten_minutes(phone, room_setup):
    from assessor.classroom.room import ALLOWANCE_S, record_allowance

    assert phone.check_in("P-001").status_code == 200
    with Store.open(room_setup["path"]) as other:  # `assessor allow-phone`: its own connection, its own process
        record_allowance(other, room_setup["session_id"], "P-001", wall=lambda: time.time() - ALLOWANCE_S - 1)
    late = Phone(room_setup["app"], phone.join)
    assert late.check_in("P-001").json()["error"] == "resume_locked"  # recorded eleven minutes ago
    assert not room_setup["writer"].call(room_setup["room"].live)[0]["allowed"]
    with Store.open(room_setup["path"]) as other:
        record_allowance(other, room_setup["session_id"], " P-001 ")
    live = {r["code"]: r for r in room_setup["writer"].call(room_setup["room"].live)}
    assert live["P-001"]["allowed"]  # the facilitator's view shows it
    assert late.check_in("P-001").json()["resumed"] is True
    assert Phone(room_setup["app"], phone.join).check_in("P-001").json()["error"] == "resume_locked"  # used up
    live = {r["code"]: r for r in room_setup["writer"].call(room_setup["room"].live)}
    assert not live["P-001"]["allowed"]


def other_participant(room_setup, code):
    with Store.open(room_setup["path"]) as other:
        return other.cohorts.participant_by_code(room_setup["cohort_id"], code).id


# -- answers --------------------------------------------------------------------------------
def test_an_answer_is_on_disk_when_acknowledged_and_a_resend_is_stored_once(phone, room_setup):
    phone.check_in("P-001")
    qid = phone.question("single")["id"]
    r = phone.event(qid, "answer", "A", event_id="a1b2c3d4e5f60718")
    assert r.status_code == 200 and r.json() == {"saved": True, "duplicate": False, "remaining_s": 1800.0}
    assert [e.value for e in events_in_db(room_setup["path"], phone.attempt)] == ["A"]
    again = phone.event(qid, "answer", "A", event_id="a1b2c3d4e5f60718")
    assert again.status_code == 200 and again.json()["duplicate"] is True
    assert phone.event(qid, "answer", "C", event_id="a1b2c3d4e5f60719").json()["duplicate"] is False
    late_resend = phone.event(qid, "answer", "A", event_id="a1b2c3d4e5f60718")  # an old resend changes nothing
    assert late_resend.json()["duplicate"] is True
    assert [e.value for e in events_in_db(room_setup["path"], phone.attempt)] == ["A", "C"]


def test_every_question_type_confidence_and_flag_are_stored(phone, room_setup):
    phone.check_in("P-002")
    for kind, value in RIGHT.items():
        assert phone.event(phone.question(kind)["id"], "answer", value).status_code == 200, kind
    qid = phone.question("single")["id"]
    assert phone.event(qid, "confidence", 3).status_code == 200
    assert phone.event(qid, "flag", True).status_code == 200
    state = {(e.question_id, e.kind): e.value for e in events_in_db(room_setup["path"], phone.attempt)}
    assert state[(qid, "confidence")] == 3 and state[(qid, "flag")] is True
    assert state[(phone.question("multiple")["id"], "answer")] == ["A", "C"]
    assert state[(phone.question("matching")["id"], "answer")] == [0, 1]


@pytest.mark.parametrize("kind,value", [
    ("single", "Z"), ("single", 1), ("multiple", ["A", "Q"]), ("multiple", "AC"), ("truefalse", "yes"),
    ("truefalse", 1), ("short", "x" * 501), ("short", {"a": 1}), ("numerical", 7), ("matching", [5, 0]),
    ("matching", [0]), ("matching", [True, 0]),
])
def test_impossible_answers_are_refused_and_nothing_is_stored(phone, room_setup, kind, value):
    phone.check_in("P-001")
    r = phone.event(phone.question(kind)["id"], "answer", value)
    assert r.status_code == 422 and r.json()["error"] == "bad_response"
    assert events_in_db(room_setup["path"], phone.attempt) == []


def test_bad_events_are_refused(phone, room_setup):
    phone.check_in("P-001")
    qid = phone.question("single")["id"]
    cases = [dict(kind="confidence", value=7), dict(kind="confidence", value=True), dict(kind="flag", value="yes"),
             dict(kind="essay", value="x"), dict(kind="answer", value="A", question="not-a-question"),
             dict(kind="answer", value="A", event_id="short")]
    for case in cases:
        body = dict(question=qid)
        body.update(case)
        r = phone.event(body.pop("question"), body.pop("kind"), body.pop("value"), **body)
        assert r.status_code == 422, case
    assert events_in_db(room_setup["path"], phone.attempt) == []
    too_big = phone.post("/api/event", attempt=phone.attempt, secret=phone.secret, id="big-event-1", question=qid,
                         kind="answer", value="A", padding="x" * 20000)
    assert too_big.status_code == 413


def test_wrong_secret_or_another_attempt_is_refused(phone, room_setup):
    phone.check_in("P-001")
    qid = phone.question("single")["id"]
    mine = phone.attempt
    other = Phone(room_setup["app"], phone.join)
    other.check_in("P-002")
    phone.secret = other.secret  # someone else's secret
    assert phone.event(qid, "answer", "A").json()["error"] == "bad_secret"
    phone.attempt = "00000000-0000-0000-0000-000000000000"
    assert phone.event(qid, "answer", "A").status_code == 403
    assert events_in_db(room_setup["path"], mine) == []


def test_a_closed_session_refuses_everything(phone, room_setup):
    phone.check_in("P-001")
    qid = phone.question("single")["id"]
    with Store.open(room_setup["path"]) as laptop:  # the facilitator closes the session in the app
        laptop.sessions.close(room_setup["session_id"])
    r = phone.event(qid, "answer", "A")
    assert (r.status_code, r.json()["error"]) == (410, "session_closed")
    assert Phone(room_setup["app"], phone.join).check_in("P-002").json()["error"] == "session_closed"
    assert events_in_db(room_setup["path"], phone.attempt) == []
    assert room_setup["writer"].call(room_setup["room"].sweep) is False  # the server stops on this


def test_opening_a_closed_session_for_phones_is_refused(tmp_path):
    from assessor.errors import Refused

    path = tmp_path / "c.db"
    info = make_classroom(path)
    with Store.open(path) as laptop:
        laptop.sessions.close(info["session_id"])
        with pytest.raises(Refused) as err:
            Room.open(laptop, info["session_id"])
    assert err.value.code == "session_closed"


# -- position, time, submit -----------------------------------------------------------------------
def test_ping_keeps_the_place_and_the_language(phone, room_setup):
    phone.check_in("P-001")
    r = phone.post("/api/ping", attempt=phone.attempt, secret=phone.secret, position=4, lang="id")
    assert r.status_code == 200 and r.json()["status"] == "in_progress"
    with Store.open(room_setup["path"]) as other:
        attempt = other.attempts.get(phone.attempt)
    assert (attempt.position, attempt.language) == (4, "id")


def test_the_phone_gets_the_whole_percent_of_the_one_rounding_rule(phone, room_setup):
    phone.check_in("P-001")
    phone.event(phone.question("single")["id"], "answer", RIGHT["single"])
    result = phone.post("/api/submit", attempt=phone.attempt, secret=phone.secret).json()["result"]
    # 1 of 6 = 16.67 %: the phone shows 17 %, as the kiosk, the results screen and the score sheet do
    # (it used to get 16.7 and round it again in the browser).
    assert result["score_pct"] == 17


def test_submit_scores_on_the_laptop_and_is_final(phone, room_setup):
    phone.check_in("P-001")
    for kind in ("single", "truefalse", "short"):
        phone.event(phone.question(kind)["id"], "answer", RIGHT[kind])
    r = phone.post("/api/submit", attempt=phone.attempt, secret=phone.secret)
    assert r.status_code == 200
    result = r.json()["result"]
    assert result == {"reason": "submit", "answered": 3, "total": 6, "score_pct": 50.0}
    assert phone.post("/api/submit", attempt=phone.attempt, secret=phone.secret).json()["result"] == result
    late = phone.event(phone.question("single")["id"], "answer", "B")
    assert (late.status_code, late.json()["error"]) == (409, "already_submitted")
    assert Phone(room_setup["app"], phone.join).check_in("P-001").json()["error"] == "already_submitted"
    assert phone.check_in("P-001").json()["status"] == SUBMITTED  # the same phone, reloaded: the end again
    with Store.open(room_setup["path"]) as other:
        attempt = other.attempts.get(phone.attempt)
    assert attempt.status == SUBMITTED and attempt.score_pct == pytest.approx(50.0)


def test_no_score_is_sent_when_the_form_hides_it(tmp_path):
    path = tmp_path / "c.db"
    info = make_classroom(path, show_score=False)
    writer = Writer(lambda: Store.open(path)).start()
    try:
        room = writer.call(Room.open, info["session_id"])
        phone = Phone(create_app(room, writer), room.join_code)
        phone.check_in("P-001")
        assert phone.post("/api/submit", attempt=phone.attempt, secret=phone.secret).json()["result"]["score_pct"] is None
    finally:
        writer.stop()


def test_when_the_time_is_up_answers_are_refused_and_the_attempt_is_submitted(phone, room_setup):
    phone.check_in("P-001")
    qid = phone.question("single")["id"]
    assert phone.event(qid, "answer", "A").status_code == 200
    room_setup["clock"].t += 30 * 60 + 1
    r = phone.event(qid, "answer", "B")
    assert (r.status_code, r.json()["error"]) == (409, "time_up")
    assert r.json()["result"]["reason"] == "time_out"
    with Store.open(room_setup["path"]) as other:
        attempt = other.attempts.get(phone.attempt)
        assert attempt.status == SUBMITTED and attempt.time_used_s == pytest.approx(1800.0)
        assert [e.value for e in other.attempts.events(phone.attempt)] == ["A"]


def test_the_sweeper_times_out_a_phone_that_went_away(phone, room_setup):
    phone.check_in("P-001")
    room_setup["clock"].t += 31 * 60
    assert room_setup["writer"].call(room_setup["room"].sweep) is True
    with Store.open(room_setup["path"]) as other:
        assert other.attempts.get(phone.attempt).status == SUBMITTED


def test_after_a_server_restart_the_phone_goes_on_with_its_secret(phone, room_setup):
    phone.check_in("P-001")
    qid = phone.question("single")["id"]
    phone.event(qid, "answer", "A", event_id="before-restart-1")
    room_setup["writer"].stop()  # the laptop's server stops; a new one opens the same database
    writer = Writer(lambda: Store.open(room_setup["path"])).start()
    try:
        room = writer.call(Room.open, room_setup["session_id"])
        assert room.join_code == phone.join  # the QR code on the wall stays right
        phone.client = TestClient(create_app(room, writer), base_url="http://testserver", cookies=phone.client.cookies)
        assert phone.event(qid, "answer", "A", event_id="before-restart-1").json()["duplicate"] is True
        assert phone.event(qid, "answer", "B", event_id="after-restart-1").json()["saved"] is True
        assert [e.value for e in events_in_db(room_setup["path"], phone.attempt)] == ["A", "B"]
    finally:
        writer.stop()


def test_the_live_view_shows_who_joined_answers_submitted_or_was_lost(room_setup):
    app, join = room_setup["app"], room_setup["room"].join_code
    a, b, c = Phone(app, join), Phone(app, join), Phone(app, join)
    a.check_in("P-001")
    b.check_in("P-002")
    b.event(b.question("single")["id"], "answer", "A")
    c.check_in("P-003")
    c.post("/api/submit", attempt=c.attempt, secret=c.secret)
    rows = {r["code"]: r for r in room_setup["writer"].call(room_setup["room"].live)}
    assert {k: r["state"] for k, r in rows.items()} == {"P-001": "joined", "P-002": "answering", "P-003": "submitted"}
    assert rows["P-002"]["answered"] == 1 and rows["P-002"]["total"] == 6 and rows["P-002"]["name"] == "Officer 2"
    room_setup["clock"].t += 30
    b.post("/api/ping", attempt=b.attempt, secret=b.secret, position=0)
    rows = {r["code"]: r for r in room_setup["writer"].call(room_setup["room"].live)}
    assert rows["P-001"]["state"] == "lost" and rows["P-002"]["state"] == "answering"


def test_the_live_view_lists_roster_members_who_have_not_joined(room_setup):
    app, join = room_setup["app"], room_setup["room"].join_code
    Phone(app, join).check_in("P-002")
    rows = room_setup["writer"].call(room_setup["room"].live)
    assert [(r["code"], r["state"]) for r in rows] == [("P-002", "joined"), ("P-001", "not_started"),
                                                      ("P-003", "not_started")]
    assert rows[1]["name"] == "Officer 1" and not rows[1]["allowed"]


# -- course evaluations ---------------------------------------------------------------------
@pytest.fixture
def evaluation_room(tmp_path):
    from tests.assessor.classroom_helpers import make_evaluation

    path = tmp_path / "evaluation.db"
    info = make_evaluation(path)
    writer = Writer(lambda: Store.open(path)).start()
    room = writer.call(Room.open, info["session_id"])
    yield {"app": create_app(room, writer), "room": room, "path": path, **info}
    writer.stop()


def test_a_linked_course_evaluation_takes_every_unscored_type(evaluation_room):
    phone = Phone(evaluation_room["app"], evaluation_room["room"].join_code)
    paper = phone.check_in("E-001").json()
    assert {q["type"] for q in paper["questions"]} == {"rating", "choice", "comment", "retro"}
    rating, retro = phone.question("rating"), phone.question("retro")
    assert len(rating["scale"]) == 5 and rating["scale"][4]["id"]  # the labels, in both languages
    good = {"rating": 4, "choice": "A", "comment": "Useful, but too short.", "retro": {"then": 2, "now": 4}}
    for kind, value in good.items():
        assert phone.event(phone.question(kind)["id"], "answer", value).status_code == 200, kind
    for kind, value in {"rating": 9, "rating ": True, "choice": "Z", "comment": "x" * 2001,
                        "retro": {"then": 2, "later": 3}, "retro ": {"then": 0}}.items():
        r = phone.event(phone.question(kind.strip())["id"], "answer", value)
        assert (r.status_code, r.json()["error"]) == (422, "bad_response"), kind
    assert len(events_in_db(evaluation_room["path"], phone.attempt)) == 4
    result = phone.post("/api/submit", attempt=phone.attempt, secret=phone.secret).json()["result"]
    assert result["score_pct"] is None  # an evaluation has no score
    assert rating["id"] and retro["id"]


def test_an_anonymous_evaluation_is_not_served_to_phones(tmp_path):
    from assessor.errors import Refused
    from tests.assessor.classroom_helpers import make_evaluation

    path = tmp_path / "anonymous.db"
    info = make_evaluation(path, anonymous=True)
    with Store.open(path) as laptop, pytest.raises(Refused) as err:
        Room.open(laptop, info["session_id"])
    assert err.value.code == "anonymous_evaluation"


def test_the_server_stops_listening_once_the_session_is_closed_elsewhere(tmp_path):
    import socket

    from assessor.classroom.server import ClassroomServer

    path = tmp_path / "classroom.db"
    info = make_classroom(path)
    server = ClassroomServer(path, info["session_id"], host="127.0.0.1", port=0).start()
    try:
        socket.create_connection(("127.0.0.1", server.port), timeout=1).close()  # listening while open
        with Store.open(path) as laptop:  # the facilitator closes the session in the app
            laptop.sessions.close(info["session_id"])
        assert server.stopped.wait(15), "still serving a closed session"
        with pytest.raises(OSError):
            socket.create_connection(("127.0.0.1", server.port), timeout=1).close()
    finally:
        server.stop()


def test_a_phone_and_a_laptop_in_participant_mode_share_one_session(phone, room_setup):
    from assessor.delivery.engine import AttemptEngine

    phone.check_in("P-001")
    for kind in ("single", "truefalse", "short"):
        phone.event(phone.question(kind)["id"], "answer", RIGHT[kind])
    assert phone.post("/api/submit", attempt=phone.attempt, secret=phone.secret).status_code == 200
    with Store.open(room_setup["path"]) as laptop:  # P-002 takes the test on the laptop, at the same time
        engine = AttemptEngine(laptop)
        engine.start_or_resume(room_setup["session_id"], other_participant(room_setup, "P-002"))
        for q in engine.questions:
            if q.type in ("single", "truefalse", "short"):
                engine.answer(q.id, RIGHT[q.type])
        engine.submit()
        on_laptop = engine.attempt.id
    live = {r["code"]: r for r in room_setup["writer"].call(room_setup["room"].live)}
    assert live["P-001"]["on_phone"] and not live["P-002"]["on_phone"]
    assert live["P-001"]["state"] == live["P-002"]["state"] == "submitted"
    with Store.open(room_setup["path"]) as other:
        attempts = {a.id: a for a in other.attempts.for_session(room_setup["session_id"])}
    assert set(attempts) == {phone.attempt, on_laptop}  # the same kind of attempt: analysis and bundles see both
    assert attempts[phone.attempt].score_pct == attempts[on_laptop].score_pct == pytest.approx(50.0)
    assert attempts[phone.attempt].marks == attempts[on_laptop].marks
