"""Shared fixtures: an in-memory store, a database path, the bundled bank."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path, monkeypatch):
    """Every test gets its own settings file: nothing reads or writes the user's real settings."""
    from PySide6.QtCore import QSettings

    from ui import settings

    path = str(tmp_path / "settings.ini")
    monkeypatch.setattr(settings, "settings", lambda: QSettings(path, QSettings.IniFormat))
    from PySide6.QtWidgets import QApplication

    font = QApplication.font() if QApplication.instance() is not None else None
    yield
    from PySide6.QtCore import QCoreApplication

    if QCoreApplication.instance() is not None:  # a test that switched language leaves English behind
        _free_widgets(QCoreApplication.instance())
        from ui import i18n

        i18n.set_language("en")
        from PySide6.QtWidgets import QApplication

        if isinstance(QCoreApplication.instance(), QApplication) and font is not None:
            QApplication.setFont(font)  # the app's start-up sets a font floor: the next test starts afresh


@pytest.fixture
def store():
    from assessor.store import Store

    s = Store.memory()
    yield s
    s.close()


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "assessor.db"


@pytest.fixture
def bundled_bank_path():
    from question_banks import bundled_banks

    # The knowledge-test bank (the course evaluation ships beside it).
    (path,) = [p for p in bundled_banks() if not p.stem.endswith("_evaluation")]
    return path


@pytest.fixture
def bank_store(store, bundled_bank_path):
    """A store with the bundled bank imported."""
    from assessor.banks.bankio import import_bank_file

    import_bank_file(store, bundled_bank_path)
    return store


@pytest.fixture
def demo_store(tmp_path):
    """A file database filled by ``build_demo`` (seed 1)."""
    from assessor.demo import build_demo
    from assessor.store import Store

    s = Store.open(tmp_path / "demo.db")
    build_demo(s, seed=1)
    yield s
    s.close()


def _free_widgets(app) -> None:
    """Delete the windows a test left behind (their stores are closed by now): a later test's
    language switch would otherwise reach them and fail on a closed database."""
    widgets = getattr(app, "topLevelWidgets", lambda: [])()
    if not widgets:
        return
    from PySide6.QtCore import QEvent

    for widget in widgets:
        widget.close()
        widget.deleteLater()
    app.sendPostedEvents(None, QEvent.DeferredDelete)
    app.processEvents()


def pytest_sessionfinish(session, exitstatus):
    """Free the widgets tests left behind while the QApplication still exists.

    Otherwise Python's last garbage collection at interpreter exit destroys Qt
    wrappers after Qt itself is gone, which can abort the process (and fail CI)
    after every test passed.
    """
    import gc

    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication.instance()
    if app is None:
        return
    for widget in getattr(app, "topLevelWidgets", lambda: [])():
        widget.close()
        widget.deleteLater()
    app.processEvents()
    gc.collect()
    app.processEvents()
