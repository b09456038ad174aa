"""Before Qt opens a window on Linux: name the missing system packages its xcb plugin needs.

Without them Qt stops with "could not load the Qt platform plugin xcb", which names the wrong
library; this check names the Debian/Ubuntu packages in one install line instead.
"""

from __future__ import annotations

import ctypes
import os
import sys

# The libraries Qt's xcb platform plugin loads that PySide6's wheel does not bundle, with the
# Debian/Ubuntu package of each (the same list as the Makefile's SYSDEPS).
XCB_LIBRARIES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
}


def uses_xcb(environ=os.environ, platform: str = sys.platform) -> bool:
    """Whether Qt would open its window through X11 (xcb) here."""
    if not platform.startswith("linux"):
        return False
    chosen = environ.get("QT_QPA_PLATFORM", "")
    if chosen:
        return chosen.split(":")[0] == "xcb"
    return not environ.get("WAYLAND_DISPLAY")


def missing_packages(load=ctypes.CDLL) -> list[str]:
    """The packages whose library cannot be loaded, in a stable order."""
    missing = []
    for soname, package in XCB_LIBRARIES.items():
        try:
            load(soname)
        except OSError:
            missing.append(package)
    return missing


def message(packages: list[str]) -> str:
    """The sentence printed instead of Qt's error (both languages: the app's own is not loaded yet)."""
    line = "sudo apt-get install " + " ".join(packages)
    return (
        "Assessor cannot open its window: this computer lacks system libraries that Qt needs. "
        f"Install them with:\n    {line}\n"
        "Assessor tidak dapat membuka jendelanya: komputer ini tidak memiliki pustaka sistem yang "
        f"dibutuhkan Qt. Pasang dengan:\n    {line}"
    )


def check(environ=os.environ, platform: str = sys.platform, load=ctypes.CDLL) -> str | None:
    """None when Qt can start here; otherwise the message naming what to install."""
    if not uses_xcb(environ, platform):
        return None
    packages = missing_packages(load)
    return message(packages) if packages else None
