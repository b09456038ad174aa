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
    qtbot.waitUntil(lambda: window.model.data(window.model.index(0, 2)) == "Joined", timeout=6000)
    qtmodeltester.check(window.model)
    assert window.model.data(window.model.index(0, 4)) == "Phone"
    absent = window.model.rowCount() - 1  # the rest of the roster has not joined: listed, not hidden
    assert absent >= 1 and all(window.model.data(window.model.index(r, 2)) == "Not joined yet"
                               for r in range(1, absent + 1))
    assert "Joined: 1" in window.counts.text() and f"Not joined yet: {absent}" in window.counts.text()
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


def test_open_for_phones_is_a_session_action_on_the_cohorts_page(qtbot, tmp_path, monkeypatch):
    import ui.classroom.window as classroom_window
    from assessor.store import Store
    from ui.workspace.cohorts.page import CohortsPage

    monkeypatch.setattr(classroom_window, "HOST", "127.0.0.1")  # tests stay on loopback
    monkeypatch.setattr(classroom_window, "PORT", 0)
    path = tmp_path / "classroom.db"
    info = make_classroom(path)
    store = Store.open(path)
    try:
        page = CohortsPage(store)
        qtbot.addWidget(page)
        page.reload(select=info["cohort_id"])
        page.tabs.setCurrentIndex(1)
        assert page.phones_button.text() == "Open for phones" and page.phones_button.isEnabled()
        page.phones_button.click()
        window = page.phones_windows[info["session_id"]]
        qtbot.waitUntil(lambda: window.server is not None, timeout=10000)
        page.phones_button.click()  # a second click shows the same window
        assert list(page.phones_windows.values()) == [window]
        window.close()
        assert page.phones_windows == {}
        store.sessions.close(info["session_id"])
        page._refresh_live()
        assert not page.phones_button.isEnabled()
    finally:
        store.close()


def test_the_window_speaks_indonesian(window, qtbot):
    from ui import i18n

    assert i18n.set_language("id")
    try:
        qtbot.waitUntil(lambda: window.stop_button.text() == "Berhenti melayani")
        assert window.join_label.text().startswith("Kode bergabung: ")
        assert window.windowTitle() == "Buka untuk ponsel"
    finally:
        i18n.set_language("en")


def test_the_joining_steps_are_in_type_readable_from_a_few_steps_away(window):
    """Participants read how to join from the laptop turned round or projected: not the 10 pt of the tables."""
    assert window.how.font().pointSize() >= 14
    assert window.url.font().pointSize() > window.how.font().pointSize()
