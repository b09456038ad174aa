"""The UI language: Qt's own strings and the app's, switchable without a restart.

The app's strings come from ``ui/translations/<area>_<lang>.qm``, one file per area of
the UI (shell, runner, workspace, results), compiled from the committed ``.ts`` by
``make translations``. Qt ships no Indonesian translation of its own strings, so
``qt_id.ts`` (filled from ``qt_id.yaml``) carries them: the standard buttons ("Batal"),
file dialogs and message boxes, loaded beside the app's own files. A copy installed with plain ``pip install .`` may carry only the
``.ts`` sources: the missing or stale ``.qm`` files are then compiled once with the
``lrelease`` that ships with PySide6, into the user's cache folder. Switching installs
the new translators;
Qt then sends every widget a LanguageChange event, and widgets re-set their texts in
``retranslate()``.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

TRANSLATIONS = Path(__file__).resolve().parent / "translations"
UI_LANGUAGES = {"en": "English", "id": "Bahasa Indonesia"}

log = logging.getLogger(__name__)
_installed: list[QTranslator] = []
_current = "en"


def current_language() -> str:
    """The language installed by the last :func:`set_language` ('en' before any)."""
    return _current


def set_language(lang: str) -> bool:
    """Install translators for ``lang`` ('en' or 'id'); returns False if the app's file is missing."""
    global _current
    _current = lang
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if lang == "en":
        QLocale.setDefault(QLocale(QLocale.English))
        return True
    QLocale.setDefault(QLocale(lang))
    ok = True
    qt_base = QTranslator()
    if qt_base.load(QLocale(lang), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.TranslationsPath)):
        app.installTranslator(qt_base)
        _installed.append(qt_base)
    files = compiled_translations(lang)
    for path in files:
        own = QTranslator()
        if own.load(str(path)):
            app.installTranslator(own)
            _installed.append(own)
        else:
            ok = False
    return ok and bool(files)


def _lrelease(ts: Path, qm: Path) -> bool:
    import subprocess  # only when a .qm is missing: not on every start

    qm.parent.mkdir(parents=True, exist_ok=True)
    code = "import sys; from PySide6.scripts.pyside_tool import lrelease; sys.argv[0] = 'lrelease'; lrelease()"
    try:
        done = subprocess.run([sys.executable, "-c", code, "-silent", str(ts), "-qm", str(qm)],
                              capture_output=True, timeout=60)
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("cannot compile %s: %s", ts, exc)
        return False
    if done.returncode != 0 or not qm.exists():
        log.warning("cannot compile %s: %s", ts, done.stderr.decode(errors="replace")[-500:])
        return False
    return True


def compiled_translations(lang: str) -> list[Path]:
    """The ``.qm`` file of every area for ``lang``, compiling from ``.ts`` where needed."""
    found = []
    # A built app (make dist) ships the compiled .qm files without their .ts sources.
    found += [qm for qm in sorted(TRANSLATIONS.glob(f"*_{lang}.qm")) if not qm.with_suffix(".ts").exists()]
    for ts in sorted(TRANSLATIONS.glob(f"*_{lang}.ts")):
        qm = ts.with_suffix(".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            found.append(qm)
            continue
        import platformdirs

        cached = Path(platformdirs.user_cache_dir("Assessor", appauthor=False)) / "translations" / qm.name
        if (cached.exists() and cached.stat().st_mtime >= ts.stat().st_mtime) or _lrelease(ts, cached):
            found.append(cached)
    return found
