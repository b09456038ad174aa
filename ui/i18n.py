"""The UI language: Qt's own strings and the app's, switchable without a restart.

The app's strings come from ``ui/translations/<area>_<lang>.qm``, one file per area of
the UI (shell, runner, workspace, results), compiled from the committed ``.ts`` by
``make translations``. Switching installs the new translators;
Qt then sends every widget a LanguageChange event, and widgets re-set their texts in
``retranslate()``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

TRANSLATIONS = Path(__file__).resolve().parent / "translations"
UI_LANGUAGES = {"en": "English", "id": "Bahasa Indonesia"}

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
    files = sorted(TRANSLATIONS.glob(f"*_{lang}.qm"))
    for path in files:
        own = QTranslator()
        if own.load(str(path)):
            app.installTranslator(own)
            _installed.append(own)
        else:
            ok = False
    return ok and bool(files)
