"""While participant mode runs, the facilitator's windows are hidden and disabled (so no
task switcher, show-desktop or second screen reveals the bank or the results), and they
come back when the facilitator leaves with the password."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMainWindow

from assessor.safety import security
from tests.assessor.test_engine import make_session

ROOT = Path(__file__).resolve().parents[2]


def test_facilitator_window_is_hidden_and_disabled_while_the_runner_is_up(qtbot, store):
    from ui.runner import start_participant_mode

    session, _ = make_session(store)
    security.set_facilitator_password(store, "secret-pw")
    facilitator = QMainWindow()
    qtbot.addWidget(facilitator)
    facilitator.show()
    runner = start_participant_mode(store, session.id, parent=facilitator)
    qtbot.addWidget(runner)
    assert runner.isVisible() and runner.isEnabled() and runner.isFullScreen()
    assert not facilitator.isVisible() and not facilitator.isEnabled()
    assert runner.parent() is None  # a disabled parent would disable the runner too

    facilitator.show()  # even if something shows it again, nothing in it can be used
    assert not facilitator.isEnabled()
    facilitator.hide()

    runner.request_exit()
    qtbot.keyClicks(runner.exit_dialog.password, "secret-pw")
    runner.exit_dialog.buttons.accepted.emit()
    assert not runner.isVisible()
    assert facilitator.isVisible() and facilitator.isEnabled()


SCRIPT = r"""
import json, os, subprocess, sys
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
app = QApplication(sys.argv)
from assessor.store import Store
from assessor.safety import security
from tests.assessor.test_engine import make_session
from ui.runner import start_participant_mode
store = Store.open(sys.argv[1])
session, _ = make_session(store)
security.set_facilitator_password(store, "secret-pw")
facilitator = QMainWindow(); facilitator.setCentralWidget(QLabel("answer key")); facilitator.resize(800, 600)
facilitator.show()
for _ in range(20):
    app.processEvents()
runner = start_participant_mode(store, session.id)
from PySide6.QtCore import QTimer
def mapped(window):
    out = subprocess.run(["xprop", "-id", str(int(window.winId())), "WM_STATE", "_NET_WM_STATE"],
                         capture_output=True, text=True).stdout
    return out
def report():
    screen = runner.screen().geometry()
    print(json.dumps({"runner_x11": mapped(runner), "facilitator_x11": mapped(facilitator),"runner": [runner.frameGeometry().x(), runner.frameGeometry().y(),
                                 runner.frameGeometry().width(), runner.frameGeometry().height()],
                      "screen": [screen.x(), screen.y(), screen.width(), screen.height()],
                      "runner_visible": runner.isVisible(), "facilitator_visible": facilitator.isVisible(),
                      "facilitator_enabled": facilitator.isEnabled(), "active": app.activeWindow() is runner,
                      }), flush=True)
    os._exit(0)  # participant mode refuses to close without the password, by design
QTimer.singleShot(1500, report)
app.exec()
"""


def _wait_for_display(display: str, timeout: float = 10.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if subprocess.run(["xprop", "-root", "-display", display], capture_output=True).returncode == 0:
            return True
        time.sleep(0.1)
    return False


@pytest.mark.parametrize("window_manager", ["openbox", None])
def test_under_a_real_x_server_the_runner_fills_the_screen_and_the_facilitator_is_gone(tmp_path, window_manager):
    needed = ["Xvfb", "xprop"] + ([window_manager] if window_manager else [])
    missing = [tool for tool in needed if shutil.which(tool) is None]
    if missing:
        pytest.skip(f"needs {', '.join(missing)} (make sysdeps installs them)")
    # Xvfb picks a free display itself and writes its number to the pipe: no clash with another run.
    read_end, write_end = os.pipe()
    procs = [subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x800x24",
                               "-nolisten", "tcp"], pass_fds=(write_end,),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)]
    os.close(write_end)
    try:
        with os.fdopen(read_end) as pipe:
            number = pipe.readline().strip()
        assert number, "Xvfb did not start"
        display = f":{number}"
        assert _wait_for_display(display), "Xvfb did not start"
        env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "PYTHONPATH": str(ROOT)}
        if window_manager:
            procs.append(subprocess.Popen([window_manager], env=env, stdout=subprocess.DEVNULL,
                                          stderr=subprocess.DEVNULL))
            time.sleep(1.0)
        run = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path / "k.db")], env=env, cwd=ROOT,
                             capture_output=True, text=True, timeout=60)
        assert run.returncode == 0, run.stderr[-2000:]
        got = json.loads(run.stdout.strip().splitlines()[-1])
        assert got["runner"] == got["screen"] == [0, 0, 1280, 800]
        assert got["runner_visible"] and not got["facilitator_visible"] and not got["facilitator_enabled"]
        assert got["active"]
        if window_manager:  # what the window manager (and so any task switcher) sees
            assert "Normal" in got["runner_x11"] and "_NET_WM_STATE_FULLSCREEN" in got["runner_x11"]
            assert "Normal" not in got["facilitator_x11"]
    finally:
        for p in reversed(procs):
            p.terminate()
            p.wait(timeout=10)
