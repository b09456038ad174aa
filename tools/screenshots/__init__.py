"""Render every screen to PNG with demo data: ``python -m tools.screenshots OUT_DIR``.

Each area of the UI has a module ``tools/screenshots/shots_<area>.py`` with ``render(shots)``; this
module finds them all, so areas add screens without touching this file. Screens are
rendered offscreen at 1280×720 (the smallest screen the app supports; most classroom laptops
have 1366×768), in English and Bahasa Indonesia.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

SIZE = (1280, 720)


class Shots:
    """What a ``render`` function gets: the demo store, the language, and ``grab``."""

    def __init__(self, store, out: Path, lang: str):
        self.store, self.out, self.lang = store, out, lang
        self.saved: list[Path] = []

    def grab(self, widget: QWidget, name: str, size=SIZE) -> Path:
        if size:
            widget.resize(*size)
        widget.show()
        for _ in range(5):
            QApplication.processEvents()
        path = self.out / f"{name}_{self.lang}.png"
        widget.grab().save(str(path))
        self.saved.append(path)
        return path


def area_modules():
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
        if info.name.startswith("shots_"):
            yield importlib.import_module(f"{__name__}.{info.name}")


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    out = Path(argv[0] if argv else "screenshots")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    app.setApplicationName("Assessor-screenshots")
    from assessor.demo import build_demo
    from assessor.store import Store

    from ui import i18n

    store = Store.open(Path(tempfile.mkdtemp(prefix="assessor-shots-")) / "demo.db")
    build_demo(store)
    saved = []
    for lang in ("en", "id"):
        i18n.set_language(lang)
        shots = Shots(store, out, lang)
        for module in area_modules():
            module.render(shots)
        saved += shots.saved
    print(f"{len(saved)} screenshots in {out}/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
