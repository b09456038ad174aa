"""Before Qt opens a window on Linux, missing system libraries are named as packages to install."""

from __future__ import annotations

import subprocess
import sys

from ui import syslibs


def _loader(absent: set[str]):
    def load(soname):
        if soname in absent:
            raise OSError(f"{soname}: cannot open shared object file")
        return object()

    return load


def test_missing_xcb_libraries_are_named_as_one_install_line():
    load = _loader({"libxcb-cursor.so.0", "libxkbcommon-x11.so.0"})
    text = syslibs.check({"DISPLAY": ":0"}, "linux", load)
    assert "sudo apt-get install libxcb-cursor0 libxkbcommon-x11-0" in text
    assert text.count("apt-get install") == 2  # once per language, the same line
    assert "Pasang dengan" in text


def test_nothing_to_say_when_every_library_loads_or_qt_does_not_use_x11():
    everything = _loader(set())
    assert syslibs.check({"DISPLAY": ":0"}, "linux", everything) is None
    nothing = _loader(set(syslibs.XCB_LIBRARIES))
    assert syslibs.check({"QT_QPA_PLATFORM": "offscreen"}, "linux", nothing) is None
    assert syslibs.check({"WAYLAND_DISPLAY": "wayland-0"}, "linux", nothing) is None
    assert syslibs.check({}, "win32", nothing) is None
    assert syslibs.check({"QT_QPA_PLATFORM": "xcb"}, "linux", nothing) is not None


def test_every_library_named_is_found_on_this_machine():
    """The sonames are real: with the packages installed (make sysdeps) each one loads."""
    assert syslibs.missing_packages() == []


def test_the_app_prints_the_line_and_exits_instead_of_crashing(tmp_path):
    code = (
        "import sys, ctypes\n"
        "real = ctypes.CDLL\n"
        "def fake(name, *a, **k):\n"
        "    if name == 'libxcb-icccm.so.4': raise OSError(name)\n"
        "    return real(name, *a, **k)\n"
        "ctypes.CDLL = fake\n"
        "from ui import syslibs\n"
        "syslibs.check.__defaults__ = (syslibs.os.environ, sys.platform, fake)\n"
        "from ui.app import main\n"
        f"sys.exit(main(['--db', {str(tmp_path / 'a.db')!r}]))\n"
    )
    env = {"PATH": "/usr/bin:/bin", "DISPLAY": ":99", "HOME": str(tmp_path), "QT_QPA_PLATFORM": "xcb"}
    proc = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 1
    assert "sudo apt-get install libxcb-icccm4" in proc.stderr
    assert not (tmp_path / "a.db").exists()  # stopped before anything was opened
