"""Participant mode on a small classroom screen (1280×720) at the largest text size: no text
is cut, every screen scrolls when (and only when) it must, and the window never grows past
the screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QLabel, QScrollArea, QWidget

from assessor.delivery.assessments import Assessment
from assessor.banks.bankio import ensure_bundled_banks
from assessor.safety import security
from ui.runner.window import MAX_FONT

SIZE = (1280, 720)


def _whole_bank_session(store, bank_index: int = 0, **form):
    from assessor.people.cohorts import Cohort, Participant

    ensure_bundled_banks(store)
    bank = store.banks.list()[bank_index]
    ids = tuple(q.id for q in store.banks.questions(bank.id))
    settings = dict(name="Pre-test: child protection in counter-terrorism (Indonesia)", question_ids=ids,
                    time_limit_min=45, confidence=True, shuffle_options=False)
    settings.update(form)
    a = store.assessments.save(Assessment(**settings))
    c = store.cohorts.save(Cohort(name="C"))
    store.cohorts.add_participants(c.id, [Participant(c.id, "AB-01", "Ani Kusumawardhani")])
    return store.sessions.open(c.id, a.id, "pre")


def _settle():
    for _ in range(6):
        QApplication.processEvents()


def _problems(window: QWidget, where: str) -> list[str]:
    """What a participant would find cut off or unreachable on the screen shown now."""
    _settle()
    out = []
    if (window.width(), window.height()) != SIZE:
        out.append(f"{where}: the window is {window.width()}×{window.height()}, not the screen's {SIZE}")
    visible_rect = window.rect()
    for area in window.findChildren(QScrollArea):
        if not area.isVisibleTo(window) or area.widget() is None:
            continue
        bar, content = area.verticalScrollBar(), area.widget()
        if bar.isVisible() != (bar.maximum() > 0):
            out.append(f"{where}: an {'empty' if bar.isVisible() else 'missing'} scroll bar")
        if content.width() > area.viewport().width():
            out.append(f"{where}: content {content.width()} px wide in a {area.viewport().width()} px view")
        if content.height() < content.heightForWidth(content.width()) if content.hasHeightForWidth() else False:
            out.append(f"{where}: scroll content shorter than its text")
    for w in window.findChildren(QWidget):
        if not w.isVisibleTo(window) or w.window() is not window:
            continue
        text = w.text() if isinstance(w, (QLabel, QAbstractButton)) else ""
        if isinstance(w, QLabel) and text:
            if w.wordWrap():
                need_h, need_w = w.heightForWidth(w.width()), w.minimumSizeHint().width()
                if w.height() < need_h or w.width() < need_w:
                    out.append(f"{where}: label {text[:40]!r} is {w.width()}×{w.height()}, needs {need_w}×{need_h}")
            elif w.width() < w.sizeHint().width() or w.height() < w.sizeHint().height():
                out.append(f"{where}: label {text[:40]!r} is {w.width()}×{w.height()}, needs {w.sizeHint().toTuple()}")
        elif isinstance(w, QAbstractButton) and type(w).__name__ != "Tile" and text:
            if w.width() < w.sizeHint().width() or w.height() < w.sizeHint().height():
                out.append(f"{where}: button {text!r} is {w.width()}×{w.height()}, needs {w.sizeHint().toTuple()}")
        if not (isinstance(w, (QLabel, QAbstractButton)) and text):
            continue
        scrolled = any(a.widget() is not None and a.widget().isAncestorOf(w) for a in window.findChildren(QScrollArea))
        if not scrolled:  # outside a scroll area it must be on the screen itself
            box = QRect(w.mapTo(window, QPoint(0, 0)), w.size())
            if not visible_rect.contains(box):
                out.append(f"{where}: {text[:40]!r} at {box.getRect()} is outside the window")
    return out


def _dialog_problems(dialog: QDialog, where: str) -> list[str]:
    _settle()
    out = []
    for w in dialog.findChildren(QWidget):
        if not w.isVisibleTo(dialog):
            continue
        if isinstance(w, QAbstractButton) and w.text():
            if w.width() < w.sizeHint().width():
                need = w.sizeHint().width()
                out.append(f"{where}: button {w.text()!r} is {w.width()} px wide, its text needs {need}")
        if isinstance(w, QLabel) and w.text() and w.wordWrap() and w.height() < w.heightForWidth(w.width()):
            out.append(f"{where}: {w.text()[:40]!r} is cut ({w.height()} px of {w.heightForWidth(w.width())})")
        box = QRect(w.mapTo(dialog, QPoint(0, 0)), w.size())
        if isinstance(w, (QLabel, QAbstractButton)) and not dialog.rect().contains(box):
            out.append(f"{where}: {w.text()[:40]!r} is outside the dialog")
    screen = QRect(0, 0, *SIZE)
    if dialog.width() > screen.width() or dialog.height() > screen.height():
        out.append(f"{where}: the dialog ({dialog.width()}×{dialog.height()}) is larger than the screen")
    return out


def _runner(qtbot, store, session, lang: str, pt: int, contrast: bool = False):
    from ui.runner import RunnerWindow

    security.set_facilitator_password(store, "secret-pw")
    window = RunnerWindow(store, session.id, kiosk=False)
    window.delay_fn = lambda failures: 5
    qtbot.addWidget(window)
    window.begin()
    window.font_pt, window.high_contrast = pt, contrast
    window._apply_look()
    window.resize(*SIZE)
    window.set_language(lang)
    return window


@pytest.mark.parametrize("lang", ["en", "id"])
def test_every_screen_fits_or_scrolls_at_the_largest_text_on_1280x720(qtbot, store, lang):
    session = _whole_bank_session(store)
    window = _runner(qtbot, store, session, lang, MAX_FONT)
    problems = _problems(window, "check-in")
    window.check_in("AB-01")
    problems += _problems(window, "language")
    window.language_screen.chosen.emit(lang)
    problems += _problems(window, "instructions")
    assert window.instructions.scroll.verticalScrollBar().isVisible()  # long instructions scroll
    window.instructions.start.emit()
    count = window.engine.count
    assert count >= 40
    for pos in range(count):
        window.go_to(pos)
        problems += _problems(window, f"question {pos + 1} ({window.engine.questions[pos].type})")
    window.show_overview()
    problems += _problems(window, "overview")
    cells = window.overview.buttons[:count]
    assert window.overview.scroll.verticalScrollBar().isVisible()  # 43 cells at this size: it scrolls
    assert max(c.mapTo(window, QPoint(c.width(), 0)).x() for c in cells) <= SIZE[0]
    window.ask_submit()
    problems += _dialog_problems(window.submit_dialog, "submit dialog")
    window.submit_dialog.accept()
    problems += _problems(window, "thank-you")
    window.request_exit()
    problems += _dialog_problems(window.exit_dialog, "leave dialog")
    window.exit_dialog.buttons.accepted.emit()  # a wrong (empty) password: the refusal and the wait
    problems += _dialog_problems(window.exit_dialog, "wrong password")
    assert problems == []


@pytest.mark.parametrize("lang", ["en", "id"])
def test_course_evaluation_items_fit_at_the_largest_text(qtbot, store, lang):
    session = _whole_bank_session(store, bank_index=1, confidence=False, evaluation=True)
    window = _runner(qtbot, store, session, lang, MAX_FONT, contrast=True)
    window.check_in("AB-01")
    window.language_screen.chosen.emit(lang)
    window.instructions.start.emit()
    problems = []
    for pos in range(window.engine.count):
        window.go_to(pos)
        problems += _problems(window, f"item {pos + 1} ({window.engine.questions[pos].type})")
    assert problems == []


def test_a_short_question_at_the_default_size_has_no_scroll_bar(qtbot, store):
    session = _whole_bank_session(store)
    window = _runner(qtbot, store, session, "en", 18)
    window.check_in("AB-01")
    window.language_screen.chosen.emit("en")
    window.instructions.start.emit()
    truefalse = next(i for i, q in enumerate(window.engine.questions) if q.type == "truefalse")
    window.go_to(truefalse)
    assert _problems(window, "true/false") == []
    assert not window.question.scroll.verticalScrollBar().isVisible()
    assert not window.question.nav.stacked() and not window.top_row.stacked()  # one row each
    window.show_overview()
    _settle()
    rows = {b.y() for b in window.overview.buttons[: window.engine.count]}
    assert len(rows) == -(-window.engine.count // 8)  # eight questions a row


@pytest.mark.parametrize("lang", ["en", "id"])
@pytest.mark.parametrize("pt", [12, 18, MAX_FONT])
def test_the_wrong_password_dialog_shows_its_buttons_whole(qtbot, store, lang, pt):
    session = _whole_bank_session(store)
    window = _runner(qtbot, store, session, lang, pt)
    window.request_exit()
    dialog = window.exit_dialog
    qtbot.keyClicks(dialog.password, "not-the-password")
    dialog.buttons.accepted.emit()
    _settle()
    assert dialog.message.text().startswith(window.tr("Wrong password."))
    buttons = dialog.buttons.buttons()
    assert {b.text() for b in buttons} == ({"OK", "Cancel"} if lang == "en" else {"OK", "Batal"})
    for b in buttons:  # not elided or clipped: as wide as its text needs, inside the dialog
        assert b.width() >= b.sizeHint().width(), b.text()
        assert dialog.rect().contains(QRect(b.mapTo(dialog, QPoint(0, 0)), b.size())), b.text()
    assert _dialog_problems(dialog, "wrong password") == []


def test_the_fault_screen_scrolls_with_the_keyboard_at_the_largest_text(qtbot, store):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    session = _whole_bank_session(store)
    window = _runner(qtbot, store, session, "id", MAX_FONT)
    window.activateWindow()
    window.check_in("AB-01")
    window.language_screen.chosen.emit("id")
    window.instructions.start.emit()
    window.write_failed(OSError("disk full"))
    assert _problems(window, "fault") == []
    bar = window.fault.scroll.verticalScrollBar()
    assert bar.isVisible() and bar.value() == 0  # the facilitator's text is below the fold
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.fault.scroll)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key_PageDown)
    assert bar.value() > 0
