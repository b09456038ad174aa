"""The facilitator window on a small laptop screen: maximised, every section and button reachable
at 1280 x 720 and 1366 x 768, no keyboard trap, named controls, readable text, large buttons."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QHeaderView, QLabel, QPushButton,
                               QScrollArea, QWidget)

from assessor.store import Store

SIZES = [QSize(1280, 720), QSize(1366, 768)]


@pytest.fixture
def app_window(qtbot, tmp_path):
    """The main window as the app opens it (font floor, maximised), on a demo database."""
    from assessor.demo import build_demo
    from ui import app as app_module

    path = tmp_path / "demo.db"
    with Store.open(path) as s:
        build_demo(s, seed=1)
    window = app_module.start(["--db", str(path), "--lang", "en"])
    qtbot.addWidget(window)
    yield window
    window.close()


def _pages(window):
    from ui.main_window import KEYS

    for key in KEYS:
        window.show_page(key)
        for _ in range(5):  # a page built just now lays out over a few rounds of events
            QApplication.processEvents()
        yield key, window.pages[key], window.stack.currentWidget()


def test_the_window_opens_maximised_and_comes_back_maximised_after_participant_mode(app_window, qtbot):
    from assessor.people.cohorts import Cohort, Participant
    from assessor.safety import security
    from ui.runner import start_participant_mode

    assert app_window.windowState() & Qt.WindowMaximized
    store = app_window.store
    security.set_facilitator_password(store, "secret-pw")
    cohort = store.cohorts.save(Cohort("Kiosk day"))
    store.cohorts.add_participants(cohort.id, [Participant(cohort.id, "K-01")])
    session = store.sessions.open(cohort.id, store.assessments.list()[0].id, "pre")
    runner = start_participant_mode(store, session.id)
    qtbot.addWidget(runner)
    assert not app_window.isVisible()
    runner._leave()
    assert app_window.isVisible() and app_window.windowState() & Qt.WindowMaximized


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s.width()}x{s.height()}")
def test_every_section_and_button_is_reachable_on_a_small_screen(app_window, size):
    app_window.showNormal()
    app_window.resize(size)
    assert app_window.minimumSizeHint().width() <= size.width()
    assert app_window.minimumSizeHint().height() <= size.height()
    QApplication.processEvents()
    assert app_window.width() <= size.width() and app_window.height() <= size.height()
    for key, page, scroll in _pages(app_window):
        assert isinstance(scroll, QScrollArea) and scroll.widget() is page, key
        view = scroll.viewport()
        fits = (page.minimumSizeHint().width() <= view.width() and page.minimumSizeHint().height() <= view.height())
        scrolls = scroll.horizontalScrollBar().maximum() > 0 or scroll.verticalScrollBar().maximum() > 0
        assert fits or scrolls, (key, page.minimumSizeHint(), view.size())
        for button in page.findChildren(QPushButton):
            if not button.isVisibleTo(page):
                continue
            scroll.ensureWidgetVisible(button, 0, 0)
            QApplication.processEvents()
            top_left = button.mapTo(view, button.rect().topLeft())
            assert QRect(QRect(top_left, button.size())).intersects(view.rect()), (key, button.text())


def test_pages_have_no_keyboard_trap_named_controls_readable_text_and_large_buttons(app_window, qtbot):
    from ui.widgets import CONTROLS, MIN_BUTTON_HEIGHT, control_name

    app_window.resize(SIZES[0])
    unnamed, small_text, small_buttons = [], [], []
    for key, page, _scroll in _pages(app_window):
        for view in page.findChildren(QAbstractItemView):
            if view.objectName().startswith("qt_") or not view.isVisibleTo(page):
                continue
            assert not view.tabKeyNavigation(), (key, type(view).__name__)
            if view.model() is not None and view.model().rowCount() > 1 and view.isVisible():
                view.setFocus()
                view.setCurrentIndex(view.model().index(0, 0))
                qtbot.keyClick(view, Qt.Key_Down)  # arrows move inside the table
                assert view.currentIndex().row() == 1, key
                qtbot.keyClick(view, Qt.Key_Tab)  # Tab leaves it
                assert not view.hasFocus(), key
        for widget in [w for w in page.findChildren(QWidget) if isinstance(w, CONTROLS)]:
            if widget.objectName().startswith("qt_") or not widget.isVisibleTo(page) or isinstance(widget, QHeaderView):
                continue
            if not control_name(widget):
                unnamed.append((key, type(widget).__name__, widget.objectName()))
            if isinstance(widget, QAbstractButton) and isinstance(widget, QPushButton) and \
                    widget.height() < MIN_BUTTON_HEIGHT and widget.isVisible():
                small_buttons.append((key, widget.text(), widget.height()))
        for widget in [w for w in page.findChildren(QWidget) if isinstance(w, (QLabel, QAbstractButton))]:
            if widget.isVisibleTo(page) and widget.font().pointSizeF() < 10:
                small_text.append((key, type(widget).__name__, widget.font().pointSizeF()))
    assert not unnamed, unnamed
    assert not small_text, small_text
    assert not small_buttons, small_buttons


@pytest.mark.parametrize("lang", ["en", "id"])
def test_no_page_scrolls_sideways_at_1280_by_720_in_either_language(qtbot, tmp_path, lang):
    # Long bank names, a row of seven roster buttons or a long checkbox once made pages wider than
    # the screen: the facilitator had to scroll sideways to reach Save or Print codes.
    from assessor.demo import build_demo
    from ui import app as app_module

    path = tmp_path / "demo.db"
    with Store.open(path) as s:
        build_demo(s, seed=1)
    window = app_module.start(["--db", str(path), "--lang", lang])
    qtbot.addWidget(window)
    window.showNormal()
    window.resize(SIZES[0])
    QApplication.processEvents()
    wide = []
    for key, page, scroll in _pages(window):
        if page.minimumSizeHint().width() > scroll.viewport().width() or scroll.horizontalScrollBar().maximum() > 0:
            wide.append((key, page.minimumSizeHint().width(), scroll.viewport().width()))
    window.close()
    assert not wide, wide
