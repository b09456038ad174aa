"""Participant mode reveals no answer key, no other participant's results, no facilitator screen.

The test walks every widget reachable from the runner window on every screen of a
pre-test (check-in, language, instructions, each question, overview, the submit
dialog, thank-you) and reads every text a person or a screen reader could get:
texts, tool tips, status tips, accessible names and descriptions, placeholders, list
and combo items, window titles. None may hold a rationale, an option's feedback, a
"correct" marker, or another participant's score. The check-in roster lists names
and codes by design, and nothing else about anyone.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QLabel, QLineEdit, QListWidget, QMainWindow,
                               QWidget)

from assessor.safety import security
from assessor.delivery.engine import AttemptEngine
from tests.assessor.test_engine import make_session

MARKERS = ("✔", "✓ correct", "correct", "benar", "answer key", "kunci jawaban", "rationale")


def _texts(root: QWidget) -> list[str]:
    found = []
    widgets = [root] + root.findChildren(QWidget)
    for w in widgets:
        found += [w.toolTip(), w.statusTip(), w.whatsThis(), w.accessibleName(), w.accessibleDescription(),
                  w.windowTitle()]
        if isinstance(w, (QLabel, QAbstractButton, QLineEdit)):
            found.append(w.text())
        if isinstance(w, QLineEdit):
            found.append(w.placeholderText())
        if isinstance(w, QListWidget):
            for r in range(w.count()):
                found += [w.item(r).text(), w.item(r).toolTip(), w.item(r).statusTip()]
        if isinstance(w, QComboBox):
            found += [w.itemText(i) for i in range(w.count())]
        for raw in w.dynamicPropertyNames():
            name = bytes(raw).decode()
            try:
                found.append(f"{name}={w.property(name)}")
            except RuntimeError:  # a Qt-internal property with no Python type: not text anyone reads
                found.append(name)
    return [t for t in found if t]


@pytest.fixture
def pretest(qtbot, store):
    from ui.runner import start_participant_mode

    session, questions = make_session(store, confidence=True, show_score=True, shuffle_options=False)
    # Budi took the test first and did well: nothing of that may show for Ani.
    other = AttemptEngine(store)
    budi = other.check_in(session.id, "AB-02").participant
    other.start_or_resume(session.id, budi.id)
    for q in other.questions:
        other.answer(q.id, {"single": lambda: q.correct_keys[0], "multiple": lambda: list(q.correct_keys),
                            "truefalse": lambda: bool(q.answer)}.get(q.type, lambda: None)())
    budi_score = other.submit().score_pct
    security.set_facilitator_password(store, "secret-pw")
    window = start_participant_mode(store, session.id, kiosk=False)
    qtbot.addWidget(window)
    secrets = [f"{round(budi_score)}%"]
    for q in questions:
        secrets += [t for t in q.rationale.values() if t]
        for o in q.options:
            secrets += [t for t in o.feedback.values() if t]
    return window, secrets


def _assert_private(window, secrets, where):
    texts = _texts(window) + [t for w in QApplication.topLevelWidgets() if w.isVisible() and w is not window
                              and w.parent() is window for t in _texts(w)]
    joined = "\n".join(texts).lower()
    for marker in MARKERS:
        assert marker.lower() not in joined, f"{where}: {marker!r} is reachable"
    for secret in secrets:
        assert secret.lower() not in joined, f"{where}: {secret!r} is reachable"
    assert window.findChildren(QMainWindow) == [], f"{where}: a facilitator window is inside participant mode"


def _tiles_look_alike(window, question):
    """Correct and wrong options carry exactly the same properties and names."""
    if not window.question.tiles or question.type not in ("single", "multiple"):
        return
    looks = {(t.objectName(), tuple(sorted(n for n in map(lambda r: bytes(r).decode(), t.dynamicPropertyNames())
                                           if not n.startswith("_q_"))),
              t.property("checked")) for t in window.question.tiles}
    assert len(looks) == 1


def test_no_answer_key_or_other_results_reachable_in_a_pretest(qtbot, pretest):
    window, secrets = pretest
    assert len(secrets) > 1  # the bank has rationales or feedback to hide
    roster = [window.checkin.roster.item(r).text() for r in range(window.checkin.roster.count())]
    assert roster == ["Ani (AB-01)", "Budi (AB-02)"]  # names and codes only
    _assert_private(window, secrets, "check-in")
    qtbot.keyClicks(window.checkin.search, "AB-01")
    qtbot.mouseClick(window.checkin.start, Qt.LeftButton)
    _assert_private(window, secrets, "language")
    qtbot.mouseClick(window.language_screen.buttons["en"], Qt.LeftButton)
    _assert_private(window, secrets, "instructions")
    qtbot.mouseClick(window.instructions.button, Qt.LeftButton)
    for n, q in enumerate(window.engine.questions):
        window.go_to(n)
        _assert_private(window, secrets, f"question {n + 1}")
        _tiles_look_alike(window, q)
        if window.question.tiles:
            qtbot.mouseClick(window.question.tiles[-1], Qt.LeftButton)  # answered: still no verdict shown
            _assert_private(window, secrets, f"question {n + 1} answered")
    window.show_overview()
    _assert_private(window, secrets, "overview")
    window.ask_submit()
    _assert_private(window, secrets, "submit dialog")
    assert window.submit_dialog.isVisible()
    window.submit_dialog.accept()
    assert window.stack.currentWidget() is window.thanks
    _assert_private(window, secrets, "thank-you")
    window.next_participant()
    _assert_private(window, secrets, "check-in after")
