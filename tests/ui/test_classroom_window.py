"""The facilitator's "Open for phones" window: address, QR code, join code, live view, allowance, stop."""

from __future__ import annotations

import socket

import httpx
import pytest

from tests.assessor.classroom_helpers import make_classroom


@pytest.fixture
def window(qtbot, tmp_path):
    from ui.classroom import ClassroomWindow

    path = tmp_path / "classroom.db"
    info = make_classroom(path, people=2)
    w = ClassroomWindow(path, info["session_id"], "ToT Bandung — Pre-test", host="127.0.0.1", port=0)
    qtbot.addWidget(w)
    w.show()
    w.start()
    qtbot.waitUntil(lambda: w.server is not None, timeout=10000)
    yield w
    w.close()


def phone_check_in(base, join, code, **extra):
    with httpx.Client(base_url=base) as client:
        client.get("/")
        return client.post("/api/checkin", json={"join": join, "code": code, "lang": "en", **extra},
                           headers={"X-Assessor-CSRF": client.cookies["assessor_csrf"]})


def test_the_window_shows_the_address_qr_code_and_join_code(window):
    assert window.url.text() == f"http://127.0.0.1:{window.server.port}"
    assert not window.qr.pixmap().isNull() and window.qr.pixmap().width() >= 200
    assert window.join_label.text() == f"Join code: {window.server.join_code}"


def test_the_live_view_follows_the_phones_and_the_facilitator_can_allow_a_new_phone(window, qtbot, qtmodeltester):
    base = f"http://127.0.0.1:{window.server.port}"
    join = window.server.join_code
    assert phone_check_in(base, join, "P-001").status_code == 200
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=6000)
    qtmodeltester.check(window.model)
    assert window.model.data(window.model.index(0, 2)) == "Joined"
    assert window.model.data(window.model.index(0, 4)) == "Phone"
    assert "Joined: 1" in window.counts.text()
    assert phone_check_in(base, join, "P-001").json()["error"] == "resume_locked"  # another phone
    window.table.selectRow(0)
    assert window.allow_button.isEnabled()
    window.allow_button.click()
    qtbot.waitUntil(lambda: "P-001 may now continue" in window.status.text())
    qtbot.waitUntil(lambda: phone_check_in(base, join, "P-001").status_code == 200, timeout=3000)


def test_closing_the_window_stops_the_server(window, qtbot):
    port = window.server.port
    window.close()
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", port), timeout=1).close()
