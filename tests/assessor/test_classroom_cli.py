"""`assessor serve` from a terminal: the live status it prints, and `assessor allow-phone` letting a participant
continue on a new phone while the server runs in another process."""

from __future__ import annotations

import signal
import subprocess
import sys
import time

import httpx
import pytest

from assessor.classroom.room import Room
from assessor.store import Store

from tests.assessor.classroom_helpers import make_classroom
from tests.assessor.test_classroom_kill import ROOT, free_port, serve


def assessor(db, *args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "assessor", "--db", str(db), *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=60)


class NewPhone:
    """A browser that has never seen this attempt: its own cookie, no resume secret."""

    def __init__(self, base, join):
        self.client = httpx.Client(base_url=base, timeout=10)
        self.client.get("/")
        self.join = join

    def check_in(self, code):
        return self.client.post("/api/checkin", json={"join": self.join, "code": code, "lang": "en"},
                                headers={"X-Assessor-CSRF": self.client.cookies["assessor_csrf"]})


@pytest.fixture
def served(tmp_path):
    db = tmp_path / "classroom.db"
    info = make_classroom(db, people=3, questions=6)
    with Store.open(db) as store:
        join = Room.open(store, info["session_id"]).join_code
    port = free_port()
    proc = serve(db, info["session_id"], port)
    yield {"db": db, "base": f"http://127.0.0.1:{port}", "join": join, "proc": proc, **info}
    if proc.poll() is None:
        proc.kill()
        proc.wait()


def stop(proc) -> str:
    proc.send_signal(signal.SIGINT)
    out, _ = proc.communicate(timeout=30)
    return out


def test_allow_phone_lets_a_participant_continue_on_a_new_phone_once(served):
    first = NewPhone(served["base"], served["join"]).check_in("P-001")
    assert first.status_code == 200
    swapped = NewPhone(served["base"], served["join"])
    assert swapped.check_in("P-001").json()["error"] == "resume_locked"  # no secret, no allowance
    allowed = assessor(served["db"], "allow-phone", "--session", served["session_id"], "P-001")
    assert allowed.returncode == 0, allowed.stderr
    assert "P-001 may continue on a new phone" in allowed.stdout
    resumed = swapped.check_in("P-001")
    assert resumed.status_code == 200 and resumed.json()["resumed"]
    assert resumed.json()["attempt"] == first.json()["attempt"]  # the same attempt goes on
    third = NewPhone(served["base"], served["join"]).check_in("P-001")
    assert third.json()["error"] == "resume_locked"  # the allowance was for one phone
    time.sleep(5.5)  # the status is printed every 5 s when it changes
    out = stop(served["proc"])
    assert f"Join code: {served['join']}" in out
    assert f"assessor allow-phone --session {served['session_id']} CODE" in out
    assert "joined 1, answering 0, submitted 0, lost 0" in out


def test_allow_phone_refuses_a_code_without_a_running_test(served):
    not_started = assessor(served["db"], "allow-phone", "--session", served["session_id"], "P-002")
    assert not_started.returncode != 0 and "no attempt in progress" in not_started.stderr
    unknown = assessor(served["db"], "allow-phone", "--session", served["session_id"], "NOBODY")
    assert unknown.returncode != 0 and "no participant NOBODY" in unknown.stderr
    assert NewPhone(served["base"], served["join"]).check_in("P-002").status_code == 200  # simply checks in
