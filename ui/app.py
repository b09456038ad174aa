"""Starting the desktop app: options, the database, the language, the main window."""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from assessor.errors import AssessorError


def parse_args(argv):
    parser = argparse.ArgumentParser(prog="assessor-app", description="Assessor desktop app")
    parser.add_argument("--db", help="database file (default: $ASSESSOR_DB, else the per-user data folder)")
    parser.add_argument("--demo", action="store_true",
                        help="open a fresh demo database in a temporary folder (never touches your data)")
    parser.add_argument("--lang", choices=["en", "id"], help="user-interface language")
    parser.add_argument("--participant", metavar="SESSION_ID",
                        help="open participant mode (the test kiosk) for this open session")
    parser.add_argument("files", nargs="*", help="packages or results files to open (double-click)")
    return parser.parse_args(argv)


def open_store(args):
    """The store the app works on; the bundled bank is loaded into a new database."""
    from assessor.bankio import ensure_bundled_banks
    from assessor.paths import default_db_path
    from assessor.store import Store

    if args.demo:
        from assessor.demo import build_demo

        folder = Path(tempfile.mkdtemp(prefix="assessor-demo-"))
        store = Store.open(folder / "demo.db")
        build_demo(store)
        return store
    store = Store.open(Path(args.db) if args.db else default_db_path())
    ensure_bundled_banks(store)
    return store


def main(argv=None) -> int:
    """Start the app and run its event loop until the main window closes."""
    window = start(argv)
    if window is None:
        return 1
    return QApplication.instance().exec()


def start(argv=None):
    """Everything up to the event loop: options, language, database, the shown main window.

    Returns the window (None when the database cannot be opened, after saying why).
    """
    args = parse_args(sys.argv[1:] if argv is None else argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Assessor")
    app.setOrganizationName("Assessor")
    from . import i18n, settings

    lang = args.lang or settings.get(settings.UI_LANGUAGE)
    settings.put(settings.UI_LANGUAGE, lang)
    i18n.set_language(lang)
    try:
        store = open_store(args)
    except AssessorError as exc:
        QMessageBox.critical(None, app.translate("main", "Assessor cannot open its database"), str(exc))
        return None
    from .main_window import MainWindow

    window = MainWindow(store)
    window.show()
    _open_participant_mode(store, args.participant, window)
    if args.files:
        window.file_menu.open_paths(args.files)
    return window


def _open_participant_mode(store, session_id, window):
    """Participant mode on request, or again after a crash or power cut during a test."""
    from .runner import pending_session, start_participant_mode

    session_id = session_id or pending_session(store)
    if not session_id:
        return None
    try:
        runner = start_participant_mode(store, session_id)
    except AssessorError as exc:
        QMessageBox.warning(window, QApplication.translate("main", "Participant mode"), str(exc))
        return None
    window._participant_mode = runner  # keep a reference while it runs
    return runner
