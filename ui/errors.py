"""Errors the user sees: one translated sentence, never a traceback.

:func:`install` sets ``sys.excepthook`` so that an unexpected exception anywhere in
the app is written, with its traceback, to the rotating log file, and the user gets a
dialog that says what happened, what to do, and where the log is.
"""

from __future__ import annotations

import logging
import sqlite3
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QApplication, QMessageBox

from assessor.errors import AssessorError, storage_problem

log = logging.getLogger("assessor.app")

WRITE_ERRORS = (sqlite3.OperationalError, sqlite3.DatabaseError, OSError)

# What each refusal of the core means, in the user's language. The core's own sentence
# (in English, naming the file, line, row or key) follows as the detail.
MESSAGES = {
    "evaluation_manual_entry": QT_TRANSLATE_NOOP("errors", "The paper forms of a course evaluation are read from scans or photos; the keyboard grid is for knowledge tests."),
    "not_a_comment": QT_TRANSLATE_NOOP("errors", "A typed comment was given for an item that is not a comment item of this form."),
    "comment_too_long": QT_TRANSLATE_NOOP("errors", "The typed comment is longer than a comment may be; shorten it."),
    "already_open": QT_TRANSLATE_NOOP("errors", "Assessor is already open on this database. Use that window, or close it first."),
    "anonymous_evaluation": QT_TRANSLATE_NOOP("errors", "This course evaluation is anonymous: it is taken without linking the answers to the participant."),
    "anonymous_needs_evaluation": QT_TRANSLATE_NOOP("errors", "Only a course evaluation can be taken anonymously."),
    "assessment_locked": QT_TRANSLATE_NOOP("errors", "This assessment has been used in a session and is locked; make a copy to change it."),
    "bad_confidence": QT_TRANSLATE_NOOP("errors", "A confidence rating in the file is outside 1 to 4; nothing was read."),
    "bad_count": QT_TRANSLATE_NOOP("errors", "The number of questions to draw cannot be negative."),
    "bad_database": QT_TRANSLATE_NOOP("errors", "This file is not an Assessor database, or it is damaged."),
    "bad_dates": QT_TRANSLATE_NOOP("errors", "The end date is before the start date."),
    "bad_encoding": QT_TRANSLATE_NOOP("errors", "The file's text encoding cannot be read; save it as UTF-8 and try again."),
    "bad_format": QT_TRANSLATE_NOOP("errors", "This file format is not known to Assessor."),
    "bad_header": QT_TRANSLATE_NOOP("errors", "The first row of the file does not name the expected columns."),
    "bad_mark": QT_TRANSLATE_NOOP("errors", "A mark in the file is outside 0 to 1; nothing was read."),
    "bad_essay_mark": QT_TRANSLATE_NOOP("errors", "An essay's mark is from 0 % to 100 % of the question's maximum."),
    "essay_not_submitted": QT_TRANSLATE_NOOP("errors", "Only the essays of a submitted test can be marked."),
    "not_an_essay": QT_TRANSLATE_NOOP("errors", "This question is not an essay of this test, so it takes no facilitator's mark."),
    "bad_number": QT_TRANSLATE_NOOP("errors", "A value in the file is not a valid number; nothing was read."),
    "bad_parent": QT_TRANSLATE_NOOP("errors", "A cohort cannot be its own parent cohort."),
    "bad_pass_mark": QT_TRANSLATE_NOOP("errors", "The pass mark must be between 0 and 100."),
    "bad_phase": QT_TRANSLATE_NOOP("errors", "A phase in the file is not pre, post or followup; nothing was read."),
    "bad_records": QT_TRANSLATE_NOOP("errors", "The file holds records Assessor cannot use; nothing was imported."),
    "bad_response": QT_TRANSLATE_NOOP("errors", "That answer does not fit this question."),
    "bad_sex": QT_TRANSLATE_NOOP("errors", "A value for sex is not one of the accepted ones."),
    "bad_xlsx": QT_TRANSLATE_NOOP("errors", "This file is not a readable Excel workbook."),
    "bad_zip": QT_TRANSLATE_NOOP("errors", "This zip file cannot be read; nothing was imported."),
    "bank_invalid": QT_TRANSLATE_NOOP("errors", "The bank file has errors; nothing was loaded. Fix them and try again."),
    "no_score_sheets": QT_TRANSLATE_NOOP("errors", "Nobody in this cohort has taken a test yet, so no score sheet was written."),
    "demo_into_real_db": QT_TRANSLATE_NOOP("errors", "This database holds real cohorts, so no demo data was added; open the demo in a database of its own."),
    "cohort_has_results": QT_TRANSLATE_NOOP("errors", "This cohort has results and cannot be deleted; archive it instead."),
    "cohort_has_children": QT_TRANSLATE_NOOP("errors", "This cohort is the parent of other cohorts and cannot be deleted; archive it instead."),
    "unsupported_media": QT_TRANSLATE_NOOP("errors", "Audio and video are not supported: a question or option shows PNG or JPEG images only (an SVG picture is stored as PNG)."),
    "bad_image": QT_TRANSLATE_NOOP("errors", "This file is not a whole PNG or JPEG image."),
    "image_too_large": QT_TRANSLATE_NOOP("errors", "This image is too large: at most 2 MB and 4096 pixels a side."),
    "image_missing": QT_TRANSLATE_NOOP("errors", "A question shows an image that is not stored with it; nothing was saved."),
    "image_not_found": QT_TRANSLATE_NOOP("errors", "This image is not in the database."),
    "bank_in_use": QT_TRANSLATE_NOOP("errors", "This bank is used by an assessment and cannot be deleted; archive it instead."),
    "db_locked": QT_TRANSLATE_NOOP("errors", "Another program is using the database; close it and try again."),
    "disk_full": QT_TRANSLATE_NOOP("errors", "The disk is full; free some space and try again."),
    "damaged": QT_TRANSLATE_NOOP("errors", "This file is damaged; nothing was imported. Copy it again from the laptop it came from."),
    "damaged_backup": QT_TRANSLATE_NOOP("errors", "This backup is damaged; choose another backup."),
    "damaged_marks": QT_TRANSLATE_NOOP("errors", "Stored marks of an attempt do not match its test; the database was changed outside Assessor. Restore a good backup of it."),
    "database_damaged": QT_TRANSLATE_NOOP("errors", "The database is damaged, so Assessor did not change it. Restore a good backup of it."),
    "db_refused": QT_TRANSLATE_NOOP("errors", "The database refused a record of this file; nothing was imported."),
    "duplicate": QT_TRANSLATE_NOOP("errors", "The file gives the same answer twice; nothing was read."),
    "duplicate_code": QT_TRANSLATE_NOOP("errors", "This participant code is already on the roster."),
    "duplicate_question": QT_TRANSLATE_NOOP("errors", "An assessment cannot contain the same question twice."),
    "empty": QT_TRANSLATE_NOOP("errors", "The file is empty."),
    "empty_roster": QT_TRANSLATE_NOOP("errors", "The file is empty."),
    "empty_value": QT_TRANSLATE_NOOP("errors", "A required value in the file is empty; nothing was read."),
    "encoding": QT_TRANSLATE_NOOP("errors", "The file's text encoding cannot be read; save it as UTF-8 and try again."),
    "evaluation_scored_item": QT_TRANSLATE_NOOP("errors", "A course evaluation cannot hold scored questions; put them in a knowledge test."),
    "field_count": QT_TRANSLATE_NOOP("errors", "A row of the file has the wrong number of columns; nothing was read."),
    "header": QT_TRANSLATE_NOOP("errors", "The first row of the file names a column twice."),
    "translation_mismatch": QT_TRANSLATE_NOOP("errors", "Some questions of the file are not in the bank, or differ from the bank's; nothing was imported."),
    "bad_language": QT_TRANSLATE_NOOP("errors", "Assessor's languages are English (en) and Indonesian (id)."),
    "import_errors": QT_TRANSLATE_NOOP("errors", "The file has errors; nothing was imported. Fix them, or import the valid questions only."),
    "inconsistent": QT_TRANSLATE_NOOP("errors", "The file contradicts itself; nothing was read."),
    "missing_columns": QT_TRANSLATE_NOOP("errors", "The file lacks required columns; nothing was read."),
    "name_required": QT_TRANSLATE_NOOP("errors", "A name is required."),
    "newer_database": QT_TRANSLATE_NOOP("errors", "This database was written by a newer Assessor and was not changed. Install the newer Assessor to open it."),
    "newer_format": QT_TRANSLATE_NOOP("errors", "This file was written by a newer Assessor; nothing was imported. Install the newer Assessor."),
    "no_cohort": QT_TRANSLATE_NOOP("errors", "There is no cohort with that name."),
    "no_conflict": QT_TRANSLATE_NOOP("errors", "There is no conflict to resolve for this attempt."),
    "no_file": QT_TRANSLATE_NOOP("errors", "The file was not found."),
    "no_questions": QT_TRANSLATE_NOOP("errors", "No question could be read from the file; nothing was imported."),
    "no_session": QT_TRANSLATE_NOOP("errors", "The session was not found in this database."),
    "not_anonymous": QT_TRANSLATE_NOOP("errors", "This evaluation is linked to participants; take it as an ordinary test."),
    "not_exchange_file": QT_TRANSLATE_NOOP("errors", "This is not an Assessor package or results file; nothing was imported."),
    "nothing_to_retake": QT_TRANSLATE_NOOP("errors", "This participant has no test in this session to retake."),
    "not_found": QT_TRANSLATE_NOOP("errors", "What you asked for was not found."),
    "not_submitted": QT_TRANSLATE_NOOP("errors", "Only a submitted test can be chosen as the one that counts."),
    "password_required": QT_TRANSLATE_NOOP("errors", "This file is protected by a password; give the password to open it."),
    "not_assessor_db": QT_TRANSLATE_NOOP("errors", "This file is not an Assessor database; nothing was read from it."),
    "password_too_short": QT_TRANSLATE_NOOP("errors", "The facilitator password is too short."),
    "port_in_use": QT_TRANSLATE_NOOP("errors", "The classroom server cannot use this network port; another program may be using it."),
    "reason_required": QT_TRANSLATE_NOOP("errors", "Please give a reason."),
    "restore_failed": QT_TRANSLATE_NOOP("errors", "The backup could not be restored; the damaged database was not changed."),
    "same_db": QT_TRANSLATE_NOOP("errors", "That is the open database itself."),
    "session_closed": QT_TRANSLATE_NOOP("errors", "This session is closed; re-open it first."),
    "read_only": QT_TRANSLATE_NOOP("errors", "The folder is read-only; use a folder or USB stick Assessor may write to."),
    "tampered": QT_TRANSLATE_NOOP("errors", "This file was changed after it was written; nothing was imported."),
    "test_unscored_item": QT_TRANSLATE_NOOP("errors", "A knowledge test cannot hold course-evaluation items; put them in a course evaluation."),
    "time_up": QT_TRANSLATE_NOOP("errors", "The time for this test is up."),
    "too_few_questions": QT_TRANSLATE_NOOP("errors", "A topic has fewer questions than you asked to draw."),
    "too_large": QT_TRANSLATE_NOOP("errors", "This file is far larger than any Assessor file; nothing was imported."),
    "truncated": QT_TRANSLATE_NOOP("errors", "This file is cut short (was the USB stick removed while it was written?); nothing was imported."),
    "unknown_cohort": QT_TRANSLATE_NOOP("errors", "There is no cohort with that name."),
    "unreadable": QT_TRANSLATE_NOOP("errors", "The file cannot be read."),
    "wrong_kind": QT_TRANSLATE_NOOP("errors", "This is the other kind of Assessor file (a package where results were expected, or the reverse)."),
    "weak_password": QT_TRANSLATE_NOOP("errors", "That password is too short to protect the file; use at least 6 characters."),
    "wrong_password": QT_TRANSLATE_NOOP("errors", "The password is wrong; nothing was imported."),
    "zip_bomb": QT_TRANSLATE_NOOP("errors", "This zip file is unsafe to open; nothing was read."),
    "zip_too_big": QT_TRANSLATE_NOOP("errors", "This zip file is too large; nothing was read."),
    "zip_too_many": QT_TRANSLATE_NOOP("errors", "This zip file has too many members; nothing was read."),
    "bad_key": QT_TRANSLATE_NOOP("errors", "That key does not fit the question (a printed letter, T or F, R or W, or - for no answer)."),
    "bad_pdf": QT_TRANSLATE_NOOP("errors", "This PDF cannot be read."),
    "entries_differ": QT_TRANSLATE_NOOP("errors", "The two entries differ; check the sheet and type the differing answers again."),
    "mark_not_storable": QT_TRANSLATE_NOOP("errors", "The facilitator's mark cannot be stored for this question."),
    "no_such_file": QT_TRANSLATE_NOOP("errors", "The file or folder was not found."),
    "not_an_image": QT_TRANSLATE_NOOP("errors", "This file is not an image that can be read (PNG, JPEG, TIFF, BMP or WebP)."),
    "other_form_version": QT_TRANSLATE_NOOP("errors", "This sheet was printed for another version of the form; it was not read."),
    "other_session": QT_TRANSLATE_NOOP("errors", "This sheet belongs to another session; it was not read."),
    "paper_extra_missing": QT_TRANSLATE_NOOP("errors", "Reading scanned sheets is not installed in this copy of Assessor."),
    "unknown_participant": QT_TRANSLATE_NOOP("errors", "This sheet's participant is not on the session's roster; it was not read."),
    "unknown_session": QT_TRANSLATE_NOOP("errors", "This sheet belongs to a session that is not in this database; it was not read."),
    "unreadable_file": QT_TRANSLATE_NOOP("errors", "The file cannot be read."),
    "wrong_length": QT_TRANSLATE_NOOP("errors", "The entry does not have one answer for every question of the sheet."),
    "no_qr": QT_TRANSLATE_NOOP("errors", "No Assessor QR code was found on this page (is it an answer sheet, and is the QR code in the picture?)."),
    "no_marks": QT_TRANSLATE_NOOP("errors", "A black corner square was not found; photograph the whole page with its four corners."),
    "missing_pages": QT_TRANSLATE_NOOP("errors", "A page of this answer sheet is missing; read all its pages together."),
    "read_differently": QT_TRANSLATE_NOOP("errors", "This sheet was read before with other answers; void that paper attempt first to read it again."),
    "empty_sheet": QT_TRANSLATE_NOOP("errors", "No bubble is filled on this sheet; nothing was read."),
    "zip_traversal": QT_TRANSLATE_NOOP("errors", "This zip file contains an unsafe path; nothing was read."),
}


def user_message(exc: BaseException) -> str:
    """What to show for an error in a dialog: never a traceback.

    A refusal of the core is its sentence (naming the place); in a language other than
    English, the translated meaning comes first and the sentence follows as the detail.
    Anything unexpected is logged with its traceback, and the user is told where.
    """
    if isinstance(exc, AssessorError):
        from ui import i18n

        generic = MESSAGES.get(exc.code)
        if generic and i18n.current_language() != "en":
            return QCoreApplication.translate("errors", generic) + "\n\n" + str(exc)
        return str(exc)
    from assessor.safety.logs import log_path

    log.error("error shown to the user", exc_info=exc)
    return describe(exc, log_path())



def describe(exc: BaseException, log_file: Path | None) -> str:
    """The sentence a user reads for ``exc``: what happened and what to do."""
    where = str(log_file) if log_file else ""
    if isinstance(exc, AssessorError):
        return str(exc)
    problem = storage_problem(exc) if isinstance(exc, WRITE_ERRORS) else None
    if problem is not None:  # full, read-only or locked: its own sentence, never "damaged"
        return QCoreApplication.translate("errors", MESSAGES[problem]) + " " + QCoreApplication.translate(
            "errors", "The details are in {0}.").format(where)
    if isinstance(exc, WRITE_ERRORS):
        return QCoreApplication.translate("errors", "Assessor could not read or write its files (the disk may be full, a USB stick removed, or a "
                   "file read-only). Check the disk and restart Assessor; the details are in {0}.").format(where)
    return QCoreApplication.translate("errors", "Something unexpected went wrong. Your saved data is safe; restart Assessor if something looks "
               "wrong. The details are in {0}.").format(where)


class ExceptHook:
    """Log the traceback; show one sentence (at most one dialog at a time)."""

    def __init__(self, log_file: Path | None):
        self.log_file = log_file
        self.showing = False
        self.shown: list[str] = []  # what was said, for tests

    def __call__(self, kind, exc, tb) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        log.error("unexpected error", exc_info=(kind, exc, tb))
        text = describe(exc, self.log_file)
        self.shown.append(text)
        if self.showing or QApplication.instance() is None:
            return
        self.showing = True
        try:
            QMessageBox.critical(QApplication.activeWindow(), QCoreApplication.translate("errors", "Assessor: something went wrong"), text)
        finally:
            self.showing = False


def install(log_file: Path | None) -> ExceptHook:
    """Make every unexpected exception a logged error and a one-sentence dialog."""
    hook = ExceptHook(log_file)
    sys.excepthook = hook
    return hook
