"""An accessibility walk through participant mode, in the normal and the high-contrast theme.

For every participant screen: the Tab order (it follows the screen's visual order, then the
top bar), what assistive technology is told about each control (role, name, checked state,
through QAccessible), that the focused control shows a focus ring painted in the theme's
focus colour, and WCAG 2.1 contrast ratios of the colours the runner paints with
(ui.runner.theme), computed here from the definition of relative luminance.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAccessible, QColor, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QListWidget, QPushButton, QScrollArea

from assessor.safety import security
from tests.assessor.test_engine import make_session
from ui.runner import theme


# -- WCAG 2.1 ---------------------------------------------------------------------------------
def luminance(colour: str) -> float:
    """Relative luminance (WCAG 2.1, 1.4.3) of an sRGB colour such as '#0b5cad'."""
    def channel(v: int) -> float:
        c = v / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
    q = QColor(colour)
    return 0.2126 * channel(q.red()) + 0.7152 * channel(q.green()) + 0.0722 * channel(q.blue())


def contrast(a: str, b: str) -> float:
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_the_contrast_formula_gives_the_known_ratios():
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # the classic just-fails grey
    assert contrast("#0b5cad", "#0b5cad") == pytest.approx(1.0)


@pytest.mark.parametrize("mode", sorted(theme.THEMES))
def test_theme_colours_reach_wcag_contrast(mode):
    c = theme.THEMES[mode]
    low = []

    def need(ratio, fg, bg, what):
        got = contrast(c[fg], c[bg])
        if got < ratio:
            low.append(f"{what}: {c[fg]} on {c[bg]} is {got:.2f}:1, needs {ratio}:1")

    for fg, bg in (("fg", "bg"), ("fg", "panel"), ("chosen_fg", "chosen"), ("accent_fg", "accent")):
        need(4.5, fg, bg, "text")
    need(4.5, "placeholder", "panel", "placeholder text")
    for bg in ("bg", "panel"):
        need(3, "border", bg, "border of options, buttons and fields")
    need(3, "accent", "bg", "border of a chosen option")
    for control in ("bg", "panel", "chosen", "accent"):  # the page and every fill a focused control can have
        need(3, "focus", control, "focus ring")
    need(3, "handle", "track", "scroll bar handle")
    assert low == []


# -- the walk -----------------------------------------------------------------------------------
@pytest.fixture(params=[False, True], ids=["normal", "high_contrast"])
def runner(request, qtbot, store):
    from ui import settings
    from ui.runner import start_participant_mode

    settings.put(settings.HIGH_CONTRAST, request.param)
    session, _ = make_session(store, confidence=True, shuffle_options=False)
    security.set_facilitator_password(store, "secret-pw")
    window = start_participant_mode(store, session.id, kiosk=False)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    assert window.high_contrast is request.param
    return window


def _settle():
    for _ in range(4):
        QApplication.processEvents()


def _edge_colours(widget) -> set[str]:
    """Colours painted along the widget's left and top edges (where its border, the focus ring, is)."""
    _settle()
    image = widget.grab().toImage()
    out = set()
    for x in (1, 2, 3):
        for y in range(0, image.height(), 2):
            out.add(image.pixelColor(x, y).name())
    for y in (1, 2, 3):
        for x in range(0, image.width(), 2):
            out.add(image.pixelColor(x, y).name())
    return out


def _place(window, a, b):
    """Where ``a`` and ``b`` are on the page, for comparing their order: two controls in the same
    scroll area by their place in its content (not by how far it is scrolled now); otherwise the
    scroll area stands for the controls inside it."""
    def area(w):
        return next((s for s in window.findChildren(QScrollArea) if s.widget() is not None
                     and s.widget().isAncestorOf(w) and s.isVisibleTo(window)), None)

    sa, sb = area(a), area(b)
    if sa is not None and sa is sb:
        content = sa.widget()
        return (QRect(a.mapTo(content, QPoint(0, 0)), a.size()), QRect(b.mapTo(content, QPoint(0, 0)), b.size()))

    def rect(w, s):
        target = s if s is not None else w
        return QRect(target.mapTo(window, QPoint(0, 0)), target.size())
    return rect(a, sa), rect(b, sb)


def _role(widget):
    iface = QAccessible.queryAccessibleInterface(widget)
    return iface.role(), iface.text(QAccessible.Name), iface.state()


ROLES = {
    QPushButton: {QAccessible.Button, QAccessible.CheckBox},  # the high-contrast switch is a toggle
    QLineEdit: {QAccessible.EditableText},
    QListWidget: {QAccessible.List},
    QLabel: {QAccessible.StaticText},
}


def _walk(window, where: str) -> list[str]:
    """Tab through the screen shown; return what a keyboard or screen-reader user would miss."""
    colours = theme.colours(window.high_contrast)
    problems = []
    start = QApplication.focusWidget()
    if start is None:
        return [f"{where}: nothing has the keyboard focus"]
    chain = [start]
    for _ in range(60):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key_Tab)
        if QApplication.focusWidget() is start:
            break
        chain.append(QApplication.focusWidget())
    else:
        problems.append(f"{where}: Tab never comes back to where it started")
    top = [b for b in window.top_buttons() if b.isEnabled()]
    if top and top[-1] in chain:  # the cycle as a participant meets it: the screen's controls, then the top bar
        i = chain.index(top[-1]) + 1
        cycle = chain[i:] + chain[:i]
    else:
        cycle = chain
        problems.append(f"{where}: the top bar cannot be reached with Tab")
    body = [w for w in cycle if w not in top]
    if cycle != body + top:
        problems.append(f"{where}: the top bar is not last in the Tab order")
    for a, b in zip(body, body[1:]):  # reading order: below, or to the right on the same row
        ra, rb = _place(window, a, b)
        below = rb.top() >= ra.bottom() - 4
        same_row_right = rb.top() < ra.bottom() and rb.bottom() > ra.top() and rb.left() >= ra.right() - 4
        if not (below or same_row_right):
            problems.append(f"{where}: Tab goes from {a.accessibleName()!r} back up/left to {b.accessibleName()!r}")
    # Shift+Tab walks the same chain backwards.
    QTest.keyClick(QApplication.focusWidget(), Qt.Key_Backtab)
    if QApplication.focusWidget() is not chain[-1]:
        problems.append(f"{where}: Shift+Tab does not go back")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key_Tab)

    for w in chain:
        role, name, state = _role(w)
        if not name:
            problems.append(f"{where}: {type(w).__name__} has no accessible name")
        if type(w).__name__ == "Tile":
            if role not in (QAccessible.RadioButton, QAccessible.CheckBox):
                problems.append(f"{where}: option {name!r} is a {role}, not a radio button or check box")
            if not state.checkable or bool(state.checked) != w.isChecked():
                problems.append(f"{where}: option {name!r} does not report its checked state")
        else:
            allowed = next((roles for cls, roles in ROLES.items() if isinstance(w, cls)), None)
            if allowed is not None and role not in allowed:
                problems.append(f"{where}: {name!r} has the role {role}")
        # The focused control shows the ring in the theme's focus colour; unfocused, it does not.
        w.setFocus(Qt.TabFocusReason)
        if colours["focus"] not in _edge_colours(w):
            problems.append(f"{where}: {name!r} shows no focus ring when it has the focus")
    other = chain[1] if len(chain) > 1 else None
    if other is not None:
        other.setFocus(Qt.TabFocusReason)
        if colours["focus"] in _edge_colours(chain[0]):
            problems.append(f"{where}: {chain[0].accessibleName()!r} keeps a focus ring without the focus")
        chain[0].setFocus(Qt.TabFocusReason)
    return problems


def test_accessibility_walk_through_every_participant_screen(qtbot, runner):
    window = runner
    colours = theme.colours(window.high_contrast)
    problems = _walk(window, "check-in")
    # The placeholder is painted in the theme's colour (4.5:1, checked above).
    assert window.checkin.search.palette().color(QPalette.PlaceholderText).name() == colours["placeholder"]
    window.check_in("AB-01")
    problems += _walk(window, "language")
    window.language_screen.buttons["en"].click()
    problems += _walk(window, "instructions")
    window.instructions.button.click()
    eng = window.engine
    kinds = {}
    for pos, q in enumerate(eng.questions):
        window.go_to(pos)
        first = window.question.tiles[0]
        if QApplication.focusWidget() is not first:
            problems.append(f"question {pos + 1}: the focus is not on the first option after moving there")
        kinds[q.type] = pos
        window.question.tiles[1].click()  # choose the second option: its state must be told
        window.question.confidence_buttons[1].click()
        window.go_to(pos)
        if QApplication.focusWidget() is not window.question.tiles[1]:
            problems.append(f"question {pos + 1}: coming back, the focus is not on the chosen option")
        problems += _walk(window, f"question {pos + 1} ({q.type})")
        expected = "CheckBox" if q.type == "multiple" else "RadioButton"
        roles = {_role(t)[0].name for t in window.question.tiles}
        if roles != {expected}:
            problems.append(f"question {pos + 1} ({q.type}): options are {roles}, not {expected}")
        if not _role(window.question.tiles[1])[2].checked or _role(window.question.tiles[0])[2].checked:
            problems.append(f"question {pos + 1}: the chosen option is not the one reported checked")
        if {_role(b)[0] for b in window.question.confidence_buttons} != {QAccessible.RadioButton}:
            problems.append(f"question {pos + 1}: the confidence levels are not radio buttons")
    assert set(kinds) == {"single", "multiple", "truefalse"}
    window.show_overview()
    problems += _walk(window, "overview")
    window.ask_submit()
    window.submit_dialog.accept()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.thanks.button)
    problems += _walk(window, "thank-you")
    assert problems == []


def test_chosen_options_borders_and_scroll_bars_are_painted_in_the_theme_colours(qtbot, runner):
    window = runner
    colours = theme.colours(window.high_contrast)
    window.set_font_size(36)  # a long question scrolls: its scroll bar is shown
    window.check_in("AB-01")
    window.language_screen.buttons["en"].click()
    window.instructions.button.click()
    screen = window.question
    screen.tiles[0].click()
    screen.next_button.setFocus()
    _settle()
    chosen, other = screen.tiles[0], screen.tiles[1]
    inside = chosen.grab().toImage().pixelColor(chosen.width() // 2, 6).name()
    assert inside == colours["chosen"]  # a chosen option is filled, not only told
    assert colours["accent"] in _edge_colours(chosen)
    assert colours["border"] in _edge_colours(other) and colours["accent"] not in _edge_colours(other)
    bar = screen.scroll.verticalScrollBar()
    assert bar.isVisible()
    image = bar.grab().toImage()
    painted = {image.pixelColor(bar.width() // 2, y).name() for y in range(0, image.height(), 3)}
    assert {colours["track"], colours["handle"]} <= painted  # the scroll bar follows the theme
