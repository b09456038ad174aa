"""The participant-mode window: a kiosk that drives :class:`assessor.delivery.engine.AttemptEngine`.

Kiosk limits, honestly: the window is full screen, frameless and on top, and it
ignores close requests (window close, Escape, Alt+F4 — which the window manager
delivers as a close request). It cannot stop what the operating system keeps for
itself: Ctrl+Alt+Del (Windows) or the session switcher, the power button, and on
some Linux desktops Alt+Tab or a virtual-terminal switch. None of those lose
answers: every answer is saved when it is shown as saved, and participant mode
re-opens at the next start.
"""

from __future__ import annotations

import logging
import sqlite3

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QApplication, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QStackedWidget,
    QVBoxLayout, QWidget,
)

from assessor.safety import security
from assessor.delivery.evaluation import AnonymousEvaluation
from assessor.delivery.engine import ALREADY_SUBMITTED, RESUME, SESSION_CLOSED, UNKNOWN_CODE, WARNINGS_S, AttemptEngine
from assessor.errors import AssessorError, Refused

from ui import i18n, settings
from ui.errors import user_message
from ui.runner import theme
from ui.runner.screens import (
    CheckInScreen, FaultScreen, Group, InstructionsScreen, LanguageScreen, OverviewScreen, QuestionScreen, Reflow,
    ThanksScreen, Tile,
)

log = logging.getLogger(__name__)

# What a failed write raises: disk full, USB stick pulled, read-only file, damaged file.
WRITE_ERRORS = (sqlite3.OperationalError, sqlite3.DatabaseError, OSError)

MIN_FONT, MAX_FONT = 12, 36
CHECKPOINT_EVERY_S = 10


def fit_to_text(dialog: QDialog, width: int = 760) -> None:
    """Make ``dialog`` wide and tall enough for its wrapped texts in the font it really has.

    A top-level dialog does not grow for a word-wrapped label by itself: the label would be
    cut at large text sizes. ``width`` is narrowed to the runner's screen.
    """
    parent = dialog.parentWidget()
    if parent is not None and parent.width() > 200:
        width = min(width, parent.width() - 40)
    dialog.ensurePolished()
    m = dialog.layout().contentsMargins()
    inner = width - m.left() - m.right()
    for label in dialog.findChildren(QLabel):
        if label.wordWrap():
            label.ensurePolished()
            label.setMinimumHeight(label.heightForWidth(inner) if label.text() else 0)
    dialog.setMinimumWidth(width)
    dialog.layout().activate()
    dialog.resize(width, max(dialog.minimumSizeHint().height(), dialog.sizeHint().height()))


class PasswordDialog(QDialog):
    """Asks for the facilitator password (to leave), or for a new one (first run).

    Not modal-blocking (``open()``), so the window and tests keep running.
    """

    def __init__(self, parent, *, new: bool):
        super().__init__(parent)
        self.new = new
        self.setObjectName("passwordDialog")
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.Password)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.Password)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.WrapAllRows)  # the label above its field: room for large text
        self.password_label, self.repeat_label = QLabel(), QLabel()
        form.addRow(self.password_label, self.password)
        if new:
            form.addRow(self.repeat_label, self.repeat)
        else:
            self.repeat.hide()
            self.repeat_label.hide()
        box = QVBoxLayout(self)
        box.setContentsMargins(24, 20, 24, 20)
        box.addWidget(self.info)
        box.addLayout(form)
        box.addWidget(self.message)
        box.addWidget(self.buttons)
        self.retranslate()

    def changeEvent(self, event):  # noqa: N802
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        if self.new:
            self.setWindowTitle(self.tr("Set the facilitator password"))
            self.info.setText(self.tr("Participants need this password to leave participant mode. "
                                      "Choose one that participants cannot guess (at least 8 characters)."))
        else:
            self.setWindowTitle(self.tr("Leave participant mode"))
            self.info.setText(self.tr("Only the facilitator can leave participant mode."))
        self.password_label.setText(self.tr("Facilitator password:"))
        self.repeat_label.setText(self.tr("Repeat the password:"))
        self.password.setAccessibleName(self.tr("Facilitator password"))
        self.repeat.setAccessibleName(self.tr("Repeat the password"))
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("OK"))
        self.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Cancel"))
        fit_to_text(self)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        fit_to_text(self)


class SubmitDialog(QDialog):
    """'Submit now?' with the number of unanswered and flagged questions."""

    def __init__(self, parent, unanswered: int, flagged: int):
        super().__init__(parent)
        self.setObjectName("submitDialog")
        self.setWindowTitle(self.tr("Submit the test"))
        lines = [self.tr("Do you want to submit your answers now?")]
        if unanswered:
            lines.append(self.tr("Questions not answered: {}").format(unanswered))
        else:
            lines.append(self.tr("All questions are answered."))
        if flagged:
            lines.append(self.tr("Questions flagged for review: {}").format(flagged))
        lines.append(self.tr("After submitting you cannot change your answers."))
        self.text = QLabel("\n\n".join(lines))
        self.text.setWordWrap(True)
        self.submit_button = QPushButton(self.tr("Submit"))
        self.submit_button.setObjectName("primary")
        self.back_button = QPushButton(self.tr("Back to the test"))
        self.submit_button.clicked.connect(self.accept)
        self.back_button.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.back_button)
        row.addStretch(1)
        row.addWidget(self.submit_button)
        box = QVBoxLayout(self)
        box.setContentsMargins(24, 20, 24, 20)
        box.addWidget(self.text)
        box.addLayout(row)
        self.back_button.setDefault(True)
        fit_to_text(self)


class RunnerWindow(QWidget):
    """Participant mode for one open session. Use :func:`ui.runner.start_participant_mode`."""

    finished = Signal()  # after the facilitator left participant mode
    submitted = Signal()  # after each participant's attempt is stored as submitted

    def __init__(self, store, session_id: str, parent=None, *, kiosk: bool = True, clock=None):
        super().__init__(parent, Qt.Window)
        self.store, self.session_id, self.kiosk = store, session_id, kiosk
        self.engine = AttemptEngine(store, clock=clock) if clock else AttemptEngine(store)
        self.session = store.sessions.get(session_id)
        self.assessment = store.assessments.get(self.session.assessment_id)
        if self.assessment.anonymous:  # answers stored with no link to the participant
            self.engine = AnonymousEvaluation(store)
        self.previous_language = i18n.current_language()
        self.language = self.previous_language
        self.delay_fn = security.retry_delay_s  # injectable: tests do not wait
        self.may_close = False
        self.hidden_windows: list = []  # the facilitator's windows, hidden and disabled while this runs
        self.exit_dialog: PasswordDialog | None = None
        self.submit_dialog: SubmitDialog | None = None
        self.warned: set[int] = set()
        self.font_pt = int(settings.get(settings.RUNNER_FONT_POINT_SIZE))
        self.high_contrast = bool(settings.get(settings.HIGH_CONTRAST))
        self.setObjectName("runner")
        if kiosk:
            self.setWindowFlags(Qt.Window | Qt.FramelessWindowHint | Qt.WindowStaysOnTopHint)

        # -- top bar -----------------------------------------------------------
        self.top = QWidget()
        self.top.setObjectName("topBar")
        self.title = QLabel(self.assessment.name)
        self.timer_label = QLabel()
        self.timer_label.setObjectName("timer")
        self.warning = QLabel()
        self.warning.setObjectName("warning")
        self.warning.hide()
        self.lang_button = QPushButton()
        self.lang_button.clicked.connect(self._toggle_language)
        self.smaller, self.bigger, self.contrast = QPushButton("A−"), QPushButton("A+"), QPushButton()
        self.contrast.setCheckable(True)
        self.contrast.setChecked(self.high_contrast)
        self.smaller.clicked.connect(lambda: self.set_font_size(self.font_pt - 2))
        self.bigger.clicked.connect(lambda: self.set_font_size(self.font_pt + 2))
        self.contrast.toggled.connect(self.set_high_contrast)
        for b in self.top_buttons():
            b.setAutoDefault(True)  # Enter presses the focused button
        self.title.setWordWrap(True)
        status = Group([self.title, self.warning, self.timer_label], stretch_first=True)
        self.top_row = Reflow(status, Group(self.top_buttons()), margins=(16, 6, 16, 6))
        bar = QVBoxLayout(self.top)
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.top_row)

        # -- screens -----------------------------------------------------------
        self.checkin = CheckInScreen()
        self.language_screen = LanguageScreen()
        self.instructions = InstructionsScreen()
        self.question = QuestionScreen()
        self.question.image_data = self._image_data
        self.overview = OverviewScreen()
        self.thanks = ThanksScreen()
        self.fault = FaultScreen()
        self.faulted = False
        self.stack = QStackedWidget()
        for screen in (self.checkin, self.language_screen, self.instructions, self.question, self.overview,
                       self.thanks, self.fault):
            self.stack.addWidget(screen)
        self.checkin.chosen.connect(self.check_in)
        self.language_screen.chosen.connect(self._language_chosen)
        self.instructions.start.connect(self._begin_questions)
        self.question.picked.connect(self._picked)
        self.question.confidence.connect(self._confidence)
        self.question.flag.connect(self._flag)
        self.question.move.connect(lambda step: self.go_to(self.engine.position + step))
        self.question.overview.connect(self.show_overview)
        self.question.submit.connect(self.ask_submit)
        self.overview.jump.connect(self.go_to)
        self.overview.back.connect(lambda: self.go_to(self.engine.position))
        self.overview.submit.connect(self.ask_submit)
        self.thanks.done.connect(self.next_participant)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.top)
        layout.addWidget(self.stack, 1)

        QApplication.instance().focusChanged.connect(self._focus_moved)
        self.tick = QTimer(self)
        self.tick.setInterval(1000)
        self.tick.timeout.connect(self._tick)
        self._since_checkpoint = 0
        self._apply_look()
        self.retranslate()
        self._reset_screens()

    def top_buttons(self) -> list[QPushButton]:
        return [self.lang_button, self.smaller, self.bigger, self.contrast]

    def focus_order(self) -> list[QWidget]:
        """The Tab order of the screen shown: its own controls in visual order, then the top bar."""
        screen = self.stack.currentWidget()
        return list(screen.focus_order()) + self.top_buttons()

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 - Tab and Shift+Tab
        # Every option is a Tab stop (Qt gives only one option of a radio set Tab focus).
        chain = [w for w in self.focus_order() if w.isVisibleTo(self) and w.isEnabled()
                 and (w.focusPolicy() & Qt.TabFocus or isinstance(w, Tile))]
        if not chain:
            return super().focusNextPrevChild(forward)
        current = self.focusWidget()
        if current in chain:
            i = (chain.index(current) + (1 if forward else -1)) % len(chain)
        else:
            i = 0 if forward else len(chain) - 1
        target = chain[i]
        target.setFocus(Qt.TabFocusReason if forward else Qt.BacktabFocusReason)
        self._focus_moved(None, target)
        return True

    def _focus_moved(self, _old, new) -> None:
        """Keep the focused control in view: a digit key, an arrow or Tab can focus one below the fold."""
        scroll = getattr(self.stack.currentWidget(), "scroll", None)
        if new is not None and scroll is not None and scroll.widget().isAncestorOf(new):
            if new.height() + 24 > scroll.viewport().height():  # taller than the view (a long question): its start
                top = new.mapTo(scroll.widget(), QPoint(0, 0)).y()
                scroll.verticalScrollBar().setValue(max(0, top - 12))
            else:
                scroll.ensureWidgetVisible(new, 0, 12)

    # -- start and leave ---------------------------------------------------------
    def begin(self) -> None:
        """Show the window; ask for a facilitator password first if none is set."""
        if self.kiosk:
            self._fill_screen()
            self.showFullScreen()
        else:
            self.show()
        self.raise_()
        self.activateWindow()
        if not security.has_facilitator_password(self.store):
            self._ask_new_password()

    def _fill_screen(self) -> None:
        """Cover the whole screen even where no window manager honours full-screen requests."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            self.setGeometry(screen.geometry())
            self.setMinimumSize(screen.geometry().size())

    def _ask_new_password(self) -> None:
        dialog = PasswordDialog(self, new=True)
        self.exit_dialog = dialog

        def ok():
            if dialog.password.text() != dialog.repeat.text():
                dialog.show_message(self.tr("The two passwords are not the same."))
                return
            try:
                security.set_facilitator_password(self.store, dialog.password.text())
            except AssessorError as exc:
                if exc.code == "password_too_short":
                    dialog.show_message(self.tr("The password needs at least {} characters.").format(
                        security.MIN_LENGTH))
                else:
                    dialog.show_message(user_message(exc))
                return
            dialog.accept()
            self.exit_dialog = None

        def cancelled():
            self.exit_dialog = None
            self._leave()  # no password, no lock: do not start participant mode

        dialog.buttons.accepted.connect(ok)
        dialog.rejected.connect(cancelled)
        dialog.open()

    def request_exit(self) -> None:
        """Ask for the facilitator password; leave participant mode when it is right."""
        if self.exit_dialog is not None:
            self.exit_dialog.raise_()
            return
        dialog = PasswordDialog(self, new=False)
        self.exit_dialog = dialog

        def ok():
            try:
                tried = security.try_exit_password(self.store, dialog.password.text(), delay=self.delay_fn)
            except WRITE_ERRORS:
                # The count cannot be stored (disk full, read-only): leaving must still work.
                log.exception("wrong-password count not stored")
                right = security.check_facilitator_password(self.store, dialog.password.text())
                tried = security.ExitTry(right, 0.0 if right else float(self.delay_fn(1)), 1)
            if tried.ok:
                dialog.accept()
                self.exit_dialog = None
                self._audit("runner.exit", session_id=self.session_id)
                self._leave()
                return
            dialog.password.clear()
            if not tried.checked:
                self._hold(dialog, tried.wait_s, "")
                return
            self._audit("runner.exit_refused", session_id=self.session_id, failures=tried.failures)
            self._hold(dialog, tried.wait_s, self.tr("Wrong password."))

        def cancelled():
            self.exit_dialog = None
            self._take_focus_back()

        dialog.buttons.accepted.connect(ok)
        dialog.rejected.connect(cancelled)
        dialog.open()
        # The delay is stored: closing and reopening the dialog (or restarting) does not skip it.
        try:
            waiting = security.exit_wait_s(self.store)
        except sqlite3.Error:
            waiting = 0.0  # the database cannot be read: the password check itself will say so
        if waiting > 0:
            self._hold(dialog, waiting, "")

    @property
    def failures(self) -> int:
        """Wrong facilitator passwords in a row (stored in the database)."""
        try:
            return security.exit_failures(self.store)
        except sqlite3.Error:
            return 0

    def _hold(self, dialog, delay: float, first: str) -> None:
        """Refuse tries on ``dialog`` for ``delay`` seconds, saying how long."""
        wait = self.tr("Wait {} seconds before trying again.").format(int(round(delay + 0.49))) if delay else ""
        dialog.show_message(" ".join(t for t in (first, wait) if t))
        if delay:
            dialog.buttons.setEnabled(False)
            dialog.password.setEnabled(False)

            def again():
                dialog.buttons.setEnabled(True)
                dialog.password.setEnabled(True)
                dialog.password.setFocus()
            QTimer.singleShot(int(delay * 1000) + 50, dialog, again)  # dropped if the dialog is gone

    def _audit(self, action: str, **details) -> None:
        # Leaving must work even when the database can no longer be written.
        try:
            self.store.audit.log(action, **details)
        except WRITE_ERRORS:
            log.exception("audit entry %s not written", action)

    def _leave(self) -> None:
        self.tick.stop()
        if self.engine.active and not self.faulted:
            try:
                self.engine.checkpoint()  # stays in progress: participant mode re-opens at next start
            except WRITE_ERRORS:
                log.exception("the time used was not written when leaving participant mode")
        i18n.set_language(self.previous_language)
        self.may_close = True
        self.close()
        self.finished.emit()

    def closeEvent(self, event):  # noqa: N802
        if self.may_close:
            event.accept()
            return
        event.ignore()
        self.request_exit()

    def keyPressEvent(self, event):  # noqa: N802
        if event.key() == Qt.Key_Escape:
            self.request_exit()
            return
        if event.key() == Qt.Key_F4 and event.modifiers() & Qt.AltModifier:
            self.request_exit()
            return
        super().keyPressEvent(event)

    # -- check-in -----------------------------------------------------------------
    def _reset_screens(self) -> None:
        people = [p for p in self.store.cohorts.participants(self.session.cohort_id) if not p.erased or p.code]
        cohort = self.store.cohorts.get(self.session.cohort_id)
        self.checkin.set_roster(people, f"{cohort.name} — {self.assessment.name}")
        self.question.clear()
        self.thanks.clear()
        self.language_screen.set_name("")
        self.warning.hide()
        self.warned.clear()
        self._update_timer()
        self.stack.setCurrentWidget(self.checkin)
        self.checkin.search.setFocus()
        self._focus_moved(None, self.checkin.search)

    def check_in(self, who: str) -> None:
        result = self.engine.check_in(self.session_id, who)
        messages = {
            UNKNOWN_CODE: self.tr("We could not find this name or code. Check the spelling or ask the facilitator."),
            ALREADY_SUBMITTED: self.tr("You have already submitted this test. Please ask the facilitator "
                                       "if you think this is wrong."),
            SESSION_CLOSED: self.tr("This test session is closed. Please ask the facilitator."),
        }
        if not result.may_start:
            self.checkin.message.setText(messages[result.code])
            return
        self._pending = result
        self.language_screen.set_name(result.participant.name or result.participant.code)
        self.stack.setCurrentWidget(self.language_screen)
        self.language_screen.buttons[self.language].setFocus()

    def _language_chosen(self, lang: str) -> None:
        self.set_language(lang)
        result = self._pending
        try:
            self.engine.start_or_resume(self.session_id, result.participant.id, language=lang)
        except Refused:
            self._reset_screens()
            return
        except WRITE_ERRORS as exc:
            self.write_failed(exc)
            return
        self.instructions.set_info(self.engine.count, self.assessment.time_limit_min, result.code == RESUME,
                                   self.assessment.confidence)
        self.instructions.set_evaluation(self.assessment.evaluation, self.assessment.anonymous)
        self.stack.setCurrentWidget(self.instructions)
        self.instructions.button.setFocus()
        self.tick.start()
        self._update_timer()

    def _begin_questions(self) -> None:
        self.go_to(self.engine.position)

    # -- questions ------------------------------------------------------------------
    def go_to(self, position: int) -> None:
        if not self.engine.active or self.faulted:
            return
        if not self._guard(lambda: self.engine.go_to(position)):
            return
        self._show_current()
        self.stack.setCurrentWidget(self.question)
        self.question.focus_first()

    def _image_data(self, sha256: str) -> bytes | None:
        """The bytes of a stored image (kept for the session); None when it cannot be read (logged)."""
        cache = self.__dict__.setdefault("_images", {})
        if sha256 not in cache:
            try:
                cache[sha256] = self.store.banks.image(sha256).data
            except Exception:  # a missing picture must not stop the test: the question shows without it
                log.exception("image %s could not be read", sha256)
                return None
        return cache[sha256]

    def _show_current(self) -> None:
        pos = self.engine.position
        q, state = self.engine.item(pos)
        self.question.show_item(q, self.engine.option_order(q), state, pos, self.engine.count, self.language,
                                self.assessment.confidence)

    def _saved(self) -> None:
        self._show_current()
        self.question.show_saved()

    def _guard(self, action) -> bool:
        """Run an engine write; False (and nothing shown as saved) when it did not happen."""
        if self.faulted:
            return False
        try:
            action()
        except Refused as exc:
            if exc.code == "time_up":
                self._time_up()
            return False
        except WRITE_ERRORS as exc:
            self.write_failed(exc)
            return False
        return True

    def write_failed(self, exc: BaseException) -> None:
        """Stop the runner: the answer was not saved; only the facilitator can go on."""
        log.error("participant mode stopped: a write failed", exc_info=exc)
        self.faulted = True
        self.tick.stop()
        if self.submit_dialog is not None:
            self.submit_dialog.reject()
        self.question.saved.clear()
        if self.engine.active:
            try:
                self._show_current()  # the screen shows what the database holds, not the lost answer
            except WRITE_ERRORS:
                log.exception("the attempt could not be re-read after the failed write")
            self.question.saved.clear()
        self.stack.setCurrentWidget(self.fault)
        self.fault.scroll.setFocus()  # PageDown and the arrows scroll to the facilitator's text

    def _picked(self, value) -> None:
        q, state = self.engine.item(self.engine.position)
        if q.type == "multiple":
            chosen = set(state.answer or [])
            chosen ^= {value}
            value = sorted(chosen)
        elif q.type in ("short", "numerical") and (value or "") == (state.answer or ""):
            return
        elif q.type == "cloze" and value == state.answer:
            return
        if self._guard(lambda: self.engine.answer(q.id, value)):
            self._saved()

    def _confidence(self, level: int) -> None:
        q, state = self.engine.item(self.engine.position)
        new = None if state.confidence == level else level
        if self._guard(lambda: self.engine.set_confidence(q.id, new)):
            self._saved()
        elif not self.faulted:
            self._show_current()

    def _flag(self) -> None:
        q, _ = self.engine.item(self.engine.position)
        if self._guard(lambda: self.engine.toggle_flag(q.id)):
            self._saved()

    def show_overview(self) -> None:
        if not self.engine.active or self.faulted:
            return
        items = [(self.engine.answered(q), self.engine.state[q.id].flagged) for q in self.engine.questions]
        self.overview.set_items(items)
        self.stack.setCurrentWidget(self.overview)
        if self.overview.buttons:
            self.overview.buttons[self.engine.position].setFocus()

    # -- submit and time ---------------------------------------------------------------
    def ask_submit(self) -> None:
        if not self.engine.active or self.faulted:
            return
        unanswered, flagged = self.engine.counts()
        self.submit_dialog = SubmitDialog(self, unanswered, flagged)
        self.submit_dialog.accepted.connect(self._submit)
        self.submit_dialog.finished.connect(self._submit_dialog_closed)
        self.submit_dialog.open()

    def _submit_dialog_closed(self) -> None:
        self.submit_dialog = None
        self._take_focus_back()

    def _take_focus_back(self) -> None:
        """After a dialog: the runner is the active window again, so the keyboard reaches it."""
        if self.isVisible():
            self.activateWindow()

    def _submit(self) -> None:
        result = []
        if self.engine.active and self._guard(lambda: result.append(self.engine.submit())):
            self._finish(result[0])

    def _time_up(self) -> None:
        if self.submit_dialog is not None:
            self.submit_dialog.reject()
        result = []
        if self.engine.active and self._guard(lambda: result.append(self.engine.time_out())):
            self._finish(result[0])

    def _finish(self, result) -> None:
        self.tick.stop()
        self.warning.hide()
        self.question.clear()
        self.thanks.set_result(result, self.assessment.show_score)
        self.stack.setCurrentWidget(self.thanks)
        self.thanks.button.setFocus()
        self._update_timer()
        self.submitted.emit()

    def next_participant(self) -> None:
        """Back to check-in with nothing of the previous participant on screen."""
        self.engine.reset()
        self._reset_screens()

    def _tick(self) -> None:
        if not self.engine.active:
            return
        self._since_checkpoint += 1
        if self._since_checkpoint >= CHECKPOINT_EVERY_S:
            self._since_checkpoint = 0
            if not self._guard(self.engine.checkpoint):
                return
        remaining = self.engine.remaining_s
        if remaining is not None:
            if remaining <= 0:
                self._time_up()
                return
            for limit in WARNINGS_S:
                if remaining <= limit and limit not in self.warned:
                    self.warned.add(limit)
                    self.warning.show()
            self._retranslate_warning()
        self._update_timer()

    def _update_timer(self) -> None:
        remaining = self.engine.remaining_s if self.engine.active else None
        if remaining is None:
            self.timer_label.clear()
            self.timer_label.setAccessibleName("")
            return
        s = int(remaining + 0.999)
        text = self.tr("Time left: {}").format(f"{s // 60:02d}:{s % 60:02d}")
        self.timer_label.setText(text)
        self.timer_label.setAccessibleName(text)

    def _retranslate_warning(self) -> None:
        if not self.warned:
            return
        if min(self.warned) <= 60:
            self.warning.setText(self.tr("1 minute left"))
        else:
            self.warning.setText(self.tr("5 minutes left"))

    # -- language and look ---------------------------------------------------------------
    def set_language(self, lang: str) -> None:
        """Switch the runner (and the question texts) to ``lang``; answers stay."""
        self.language = lang
        i18n.set_language(lang)
        if not self._guard(lambda: self.engine.set_language(lang)):
            self.retranslate()
            return
        if self.engine.active and self.stack.currentWidget() is self.question:
            self._show_current()
        self.retranslate()

    def _toggle_language(self) -> None:
        self.set_language("id" if self.language == "en" else "en")

    def set_font_size(self, pt: int) -> None:
        self.font_pt = max(MIN_FONT, min(MAX_FONT, pt))
        settings.put(settings.RUNNER_FONT_POINT_SIZE, self.font_pt)
        self._apply_look()

    def set_high_contrast(self, on: bool) -> None:
        self.high_contrast = bool(on)
        settings.put(settings.HIGH_CONTRAST, self.high_contrast)
        self._apply_look()

    def _apply_look(self) -> None:
        font = QFont(self.font())
        font.setPointSize(self.font_pt)
        self.setFont(font)
        self.setPalette(theme.palette(self.palette(), self.high_contrast))
        self.setStyleSheet(theme.stylesheet(self.high_contrast, self.font_pt))

    def changeEvent(self, event):  # noqa: N802
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Participant mode"))
        # The button offers the other language, named in that language.
        self.lang_button.setText("Bahasa Indonesia" if self.language == "en" else "English")
        self.lang_button.setAccessibleName(self.tr("Switch language"))
        self.smaller.setAccessibleName(self.tr("Smaller text"))
        self.bigger.setAccessibleName(self.tr("Larger text"))
        self.smaller.setToolTip(self.tr("Smaller text"))
        self.bigger.setToolTip(self.tr("Larger text"))
        self.contrast.setText(self.tr("High contrast"))
        self.contrast.setAccessibleName(self.tr("High contrast"))
        self._retranslate_warning()
        self._update_timer()
