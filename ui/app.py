"""Starting the desktop app: options, the database, the language, the main window."""

from __future__ import annotations

import argparse
import logging
import sqlite3
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from assessor.errors import AssessorError
from ui.errors import user_message

log = logging.getLogger("assessor.app")


def parse_args(argv):
    parser = argparse.ArgumentParser(prog="assessor-app", description="Assessor desktop app")
    parser.add_argument("--db", help="database file (default: $ASSESSOR_DB, else the per-user data folder)")
    parser.add_argument("--demo", action="store_true",
                        help="open a fresh demo database in a temporary folder (never touches your data)")
    parser.add_argument("--lang", choices=["en", "id"], help="user-interface language")
    parser.add_argument("--participant", metavar="SESSION_ID",
                        help="open participant mode (the test kiosk) for this open session")
    parser.add_argument("--self-check", action="store_true",
                        help="check this installation (versions, data folder, database, translations) and exit")
    parser.add_argument("files", nargs="*", help="packages or results files to open (double-click)")
    return parser.parse_args(argv)


def db_path_for(args) -> Path:
    """The database the app opens: --db, else $ASSESSOR_DB, else the one chosen in Settings, else the default."""
    from assessor.paths import default_db_path

    from ui import settings

    if args.db:
        return Path(args.db)
    import os

    chosen = settings.get(settings.DATABASE_FILE)
    if not os.environ.get("ASSESSOR_DB") and chosen:
        return Path(chosen)
    return default_db_path()


def open_store(args, path: Path | None = None):
    """The store the app works on; the bundled bank is loaded into a new database."""
    from assessor.banks.bankio import ensure_bundled_banks
    from assessor.store import Store

    if args.demo:
        from assessor.demo import build_demo

        folder = Path(tempfile.mkdtemp(prefix="assessor-demo-"))
        store = Store.open(folder / "demo.db")
        build_demo(store)
        return store
    store = Store.open(path or db_path_for(args))
    ensure_bundled_banks(store)
    return store



def take_lock(path: Path):
    """The app lock on ``path``, or None after telling the user another Assessor has it open."""
    from assessor.safety.applock import AppLock
    from assessor.errors import Refused

    lock = AppLock(path)
    try:
        return lock.acquire()
    except Refused as exc:
        owner = exc.params.get("owner") or str(lock.path)
        QMessageBox.critical(None, QApplication.translate("main", "Assessor is already open"),
                             QApplication.translate("main", "Assessor is already open on this database ({0}). Use that window, or close it "
                                 "first.").format(owner))
        return None


def check_integrity(path: Path) -> bool:
    """Run the integrity check; on damage offer the newest good backup. True when the app may go on.

    A damaged database is never written to: the app either restores a backup (the
    damaged file is kept in the backups folder) or quits.
    """
    from assessor.safety import backup

    if not path.exists():
        return True
    try:
        problems = backup.quick_check(path)
    except AssessorError as exc:  # full, read-only or locked by another program: not damage, no restore
        QMessageBox.critical(None, QApplication.translate("main", "The database cannot be opened"), user_message(exc))
        return False
    if not problems:
        return True
    log.error("integrity check failed for %s: %s", path, "; ".join(problems[:5]))
    good = backup.newest_good_backup(path)
    if good is None:
        QMessageBox.critical(None, QApplication.translate("main", "The database is damaged"),
                             QApplication.translate("main", "The database {0} is damaged and there is no good backup of it. Assessor will not "
                                 "change it. Copy the file to a safe place and ask for help.").format(path))
        return False
    when = good.time.astimezone().strftime("%Y-%m-%d %H:%M")
    answer = QMessageBox.question(
        None, QApplication.translate("main", "The database is damaged"),
        QApplication.translate("main", "The database {0} is damaged, so Assessor will not write to it. Restore the newest good backup, made "
            "{1}? Changes made after it are lost; the damaged file is kept in the backups folder.").format(path, when),
        QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
    if answer != QMessageBox.Yes:
        return False
    try:
        backup.restore(path, good.path)
    except (AssessorError, OSError) as exc:
        log.exception("restore failed")
        QMessageBox.critical(None, QApplication.translate("main", "The backup could not be restored"), user_message(exc))
        return False
    return True


def main(argv=None) -> int:
    """Start the app and run its event loop until the main window closes."""
    argv = sys.argv[1:] if argv is None else argv
    args = parse_args(argv)
    if args.self_check:
        from ui import selfcheck

        return selfcheck.run(args)
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
    from ui import i18n, settings

    lang = args.lang or settings.get(settings.UI_LANGUAGE)
    settings.put(settings.UI_LANGUAGE, lang)
    i18n.set_language(lang)
    if settings.settings().contains(settings.FONT_POINT_SIZE.key):  # chosen in Settings: applies at start too
        font = app.font()
        font.setPointSize(int(settings.get(settings.FONT_POINT_SIZE)))
        app.setFont(font)
    from assessor.safety.logs import setup_file_logging

    from ui import errors

    path = None if args.demo else db_path_for(args)
    log_file = setup_file_logging(path.resolve().parent if path else None)
    errors.install(log_file)
    lock = None
    if path is not None:
        lock = take_lock(path)
        if lock is None or not check_integrity(path):
            if lock is not None:
                lock.release()
            return None
    try:
        store = open_store(args, path)
    except AssessorError as exc:
        if lock is not None:
            lock.release()
        QMessageBox.critical(None, app.translate("main", "Assessor cannot open its database"), user_message(exc))
        return None
    _daily_backup(store)
    from ui.main_window import MainWindow

    window = MainWindow(store)
    window.app_lock = lock
    if lock is not None:
        app.aboutToQuit.connect(lock.release)
        window.destroyed.connect(lambda *_: lock.release())
    window.show()
    _open_participant_mode(store, args.participant, window)
    if args.files:
        window.file_menu.open_paths(args.files)
    return window


def _daily_backup(store) -> None:
    """Once a day of use; a failed backup is logged, never in the way of a class."""
    from assessor.safety.backup import daily_backup

    try:
        daily_backup(store)
    except (AssessorError, OSError, sqlite3.Error):
        log.exception("daily backup failed")


def _open_participant_mode(store, session_id, window):
    """Participant mode on request, or again after a crash or power cut during a test."""
    from ui.runner import pending_session, start_participant_mode

    session_id = session_id or pending_session(store)
    if not session_id:
        return None
    try:
        runner = start_participant_mode(store, session_id, on_submitted=window.file_menu.after_submission)
    except AssessorError as exc:
        QMessageBox.warning(window, QApplication.translate("main", "Participant mode"), user_message(exc))
        return None
    window._participant_mode = runner  # keep a reference while it runs
    return runner
