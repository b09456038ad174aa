"""``assessor-app --self-check``: the core's checks plus Qt, the translations and the report fonts.

Prints one line per check and exits 0 when all hold, 1 otherwise. A windowed build on
Windows has no console: there the report is shown in a message box instead.
"""

from __future__ import annotations

import sys
from pathlib import Path

from assessor.safety.selfcheck import Check, core_checks, format_checks


def app_checks(app) -> list[Check]:
    """What only the app can check: Qt and its platform plugin, the translations, the fonts."""
    import PySide6
    from PySide6.QtCore import qVersion

    from reports.common import FONT_DIR
    from ui import i18n

    checks = [
        Check("pyside6", True, f"{PySide6.__version__} (Qt {qVersion()})"),
        Check("qt platform", True, app.platformName()),
    ]
    files = i18n.compiled_translations("id")
    checks.append(Check("translations", bool(files), f"{len(files)} area(s) in Bahasa Indonesia"))
    fonts = sorted(p.name for p in Path(FONT_DIR).glob("*.ttf"))
    checks.append(Check("report fonts", len(fonts) >= 2, ", ".join(fonts) or "missing"))
    return checks


def run(args) -> int:
    """Run every check on the database the app would open with ``args``; the exit code for the app."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    from ui.app import db_path_for

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Assessor")
    app.setOrganizationName("Assessor")
    checks = core_checks(db_path_for(args)) + app_checks(app)
    text = format_checks(checks)
    if sys.stdout is not None:
        print(text, flush=True)
    else:  # windowed build without a console
        QMessageBox.information(None, "Assessor self-check", text)
    return 0 if all(c.ok for c in checks) else 1
