"""The translated names the Cohorts section shows for core codes (sex, phase, status, roster problems).

Texts shown through :func:`tr` must be listed with ``QT_TRANSLATE_NOOP``, or lupdate never sees them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

CONTEXT = "Roster"

SEX_NAMES = {"female": QT_TRANSLATE_NOOP("Roster", "Female"), "male": QT_TRANSLATE_NOOP("Roster", "Male"),
             "other": QT_TRANSLATE_NOOP("Roster", "Other"), "not_stated": QT_TRANSLATE_NOOP("Roster", "Not stated")}
PHASE_NAMES = {"pre": QT_TRANSLATE_NOOP("Roster", "Pre-test"), "post": QT_TRANSLATE_NOOP("Roster", "Post-test"),
               "followup": QT_TRANSLATE_NOOP("Roster", "Follow-up")}
SESSION_STATUS = {"open": QT_TRANSLATE_NOOP("Roster", "Open"), "closed": QT_TRANSLATE_NOOP("Roster", "Closed")}
NEW_CODE = QT_TRANSLATE_NOOP("Roster", "(new code)")
DEMO = QT_TRANSLATE_NOOP("Roster", "%1 (demo)")
ERASED = QT_TRANSLATE_NOOP("Roster", "(personal data erased)")
ROW_ERRORS = {
    "missing_name_and_code": QT_TRANSLATE_NOOP("Roster", "needs a code or a name"),
    "duplicate_code": QT_TRANSLATE_NOOP("Roster", "code appears twice in the file"),
    "code_on_roster": QT_TRANSLATE_NOOP("Roster", "code is already on the roster"),
    "unknown_sex": QT_TRANSLATE_NOOP("Roster", "sex not recognised (use F/M, perempuan/laki-laki, other)"),
    "bad_code": QT_TRANSLATE_NOOP("Roster", "code may only contain letters, digits, - and _"),
}


def tr(text: str) -> str:
    """``text`` (one of the source texts above) in the current language."""
    return QCoreApplication.translate(CONTEXT, text)


def cohort_label(cohort) -> str:
    """The cohort's name as lists show it: "(demo)" after a demo cohort's name."""
    return tr(DEMO).replace("%1", cohort.name) if cohort.demo else cohort.name
