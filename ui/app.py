"""Starting the desktop app: options, the database, the language, the main window."""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from assessor.errors import AssessorError
from ui.errors import user_message


MIN_POINT_SIZE = 10.0  # the smallest default text size of the facilitator window


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


def _database_for(args) -> tuple[Path, bool, object]:
    """Where the app's database is, whether to lock it, and how to prepare a new store.

    A demo is built in a fresh temporary folder (never your data, no lock); a real
    database gets the bundled bank when it has none.
    """
    if args.demo:
        from assessor.demo import build_demo

        return Path(tempfile.mkdtemp(prefix="assessor-demo-")) / "demo.db", False, build_demo
    return db_path_for(args), True, _bundled_banks_if_none


def _bundled_banks_if_none(store) -> None:
    """The bundled banks for a database without banks; bank import code is loaded only then."""
    if store.banks.list(include_archived=True):
        return  # the usual start: bankio and every bank format stay unimported
    from assessor.banks.bankio import ensure_bundled_banks

    ensure_bundled_banks(store)


def ask_to_restore(path: Path, good) -> bool:
    """The restore offer for a damaged database: yes when the user chooses the newest good backup."""
    when = good.time.astimezone().strftime("%Y-%m-%d %H:%M")
    answer = QMessageBox.question(
        None, QApplication.translate("main", "The database is damaged"),
        QApplication.translate("main", "The database {0} is damaged, so Assessor will not write to it. Restore the newest good backup, made "
            "{1}? Changes made after it are lost; the damaged file is kept in the backups folder.").format(path, when),
        QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
    return answer == QMessageBox.Yes


def open_database(args):
    """The lock and the store the app works on (through the core's start-up sequence), or None after saying why."""
    from assessor.errors import Refused, StorageError
    from assessor.safety import startup

    path, lock, prepare = _database_for(args)
    try:
        return startup.open_database(path, lock=lock, decide=ask_to_restore, prepare=prepare)
    except startup.DatabaseDamaged as exc:
        if exc.good is None:
            QMessageBox.critical(None, QApplication.translate("main", "The database is damaged"),
                                 QApplication.translate("main", "The database {0} is damaged and there is no good backup of it. Assessor will not "
                                     "change it. Copy the file to a safe place and ask for help.").format(path))
        return None  # declined: the user has just said no
    except StorageError as exc:  # full, read-only or locked by another program: not damage, no restore
        QMessageBox.critical(None, QApplication.translate("main", "The database cannot be opened"), user_message(exc))
        return None
    except startup.RestoreFailed as exc:
        QMessageBox.critical(None, QApplication.translate("main", "The backup could not be restored"),
                             user_message(exc.error))
        return None
    except Refused as exc:
        if exc.code != "already_open":
            raise
        owner = exc.params.get("owner") or exc.params.get("lock")
        QMessageBox.critical(None, QApplication.translate("main", "Assessor is already open"),
                             QApplication.translate("main", "Assessor is already open on this database ({0}). Use that window, or close it "
                                 "first.").format(owner))
        return None


def main(argv=None) -> int:
    """Start the app and run its event loop until the main window closes."""
    argv = sys.argv[1:] if argv is None else argv
    args = parse_args(argv)
    if args.self_check:
        from ui import selfcheck

        return selfcheck.run(args)
    from ui import syslibs

    problem = syslibs.check()
    if problem:  # Qt would stop with an error that names the wrong library
        print(problem, file=sys.stderr)
        return 1
    window = start(argv)
    if window is None:
        return 1
    return QApplication.instance().exec()


def start(argv=None):
    """Everything up to the event loop: options, language, database, the shown main window.

    Returns the window (None when the database cannot be opened, after saying why).
    """
    import gc

    # Start-up makes some hundred thousand objects that live as long as the app (modules,
    # classes, Qt wrappers); collecting garbage among them again and again cost a twentieth of
    # the start. What start-up made is frozen instead (later collections skip it).
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _start(argv)
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


def _start(argv):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Assessor")
    app.setOrganizationName("Assessor")
    from ui import i18n, settings

    lang = args.lang or settings.get(settings.UI_LANGUAGE)
    settings.put(settings.UI_LANGUAGE, lang)
    i18n.set_language(lang)
    font = app.font()
    if settings.settings().contains(settings.FONT_POINT_SIZE.key):  # chosen in Settings: applies at start too
        font.setPointSize(int(settings.get(settings.FONT_POINT_SIZE)))
        app.setFont(font)
    elif font.pointSizeF() < MIN_POINT_SIZE:  # a small system font: never below 10 pt by default
        font.setPointSizeF(MIN_POINT_SIZE)
        app.setFont(font)
    from assessor.safety.logs import setup_file_logging

    from ui import errors

    path = None if args.demo else db_path_for(args)
    log_file = setup_file_logging(path.resolve().parent if path else None)
    errors.install(log_file)
    try:
        opened = open_database(args)
    except AssessorError as exc:
        QMessageBox.critical(None, app.translate("main", "Assessor cannot open its database"), user_message(exc))
        return None
    if opened is None:
        return None
    store, lock = opened.store, opened.lock
    from ui.main_window import MainWindow

    window = MainWindow(store)
    window.app_lock = lock
    if lock is not None:
        app.aboutToQuit.connect(lock.release)
        window.destroyed.connect(lambda *_: lock.release())
    window.showMaximized()  # made for a laptop screen (1280 x 720 and up): use all of it
    _open_participant_mode(store, args.participant, window)
    if args.files:
        window.file_menu.open_paths(args.files)
    return window


def _open_participant_mode(store, session_id, window):
    """Participant mode on request, or again after a crash or power cut during a test."""
    from assessor.delivery.engine import pending_session

    session_id = session_id or pending_session(store)
    if not session_id:
        return None
    from ui.runner import start_participant_mode  # the kiosk's screens: loaded only when a test runs

    try:
        runner = start_participant_mode(store, session_id, on_submitted=window.file_menu.after_submission)
    except AssessorError as exc:
        QMessageBox.warning(window, QApplication.translate("main", "Participant mode"), user_message(exc))
        return None
    window._participant_mode = runner  # keep a reference while it runs
    return runner
