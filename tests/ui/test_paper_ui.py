"""The paper review dialog and the manual entry grid, driven as a facilitator would."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.assessor.exchange_helpers import setup_facilitator
from tools.screenshots.shots_paper import _review_sheets


def test_review_dialog_saves_only_when_every_mark_is_decided(qtbot, store):
    from ui.paper.review_dialog import ReviewDialog

    session, people, _ = setup_facilitator(store, n_people=3, n_questions=20, confidence=False)
    sheets = _review_sheets(store, session)
    dialog = ReviewDialog(None, store, sheets)
    qtbot.addWidget(dialog)
    assert len(dialog._choices) == 3
    dialog.save_button.click()
    assert store.attempts.for_session(session.id) == [] and "Decide every mark" in dialog.problem.text()
    for widget in dialog._choices.values():
        widget.buttons()[-1].setChecked(True)  # "No answer" for each uncertain mark
    dialog.save_button.click()
    assert dialog.saved == 1 and len(store.attempts.for_session(session.id)) == 1
    entry = next(e for e in store.audit.list() if e.action == "paper.read")
    assert len(entry.details["decisions"]) == 3 and all(d["decided"] is None for d in entry.details["decisions"])


def test_manual_grid_one_key_per_answer_moves_on_and_saves(qtbot, store):
    from ui.paper.manual_dialog import ManualEntryDialog

    session, people, questions = setup_facilitator(store, n_people=2, n_questions=6, confidence=False)
    dialog = ManualEntryDialog(None, store, session.id)
    qtbot.addWidget(dialog)
    dialog.first.setCurrentCell(0, 0)
    dialog.first.setFocus()
    for q in questions:
        key = "T" if q.type == "truefalse" else "A"
        qtbot.keyClick(dialog.first, key)
        if q.type == "multiple":
            qtbot.keyClick(dialog.first, Qt.Key_Return)
    assert dialog.first.currentRow() == 1  # the last key moved on to the next participant
    dialog.save_button.click()
    assert dialog.saved == 1
    [attempt] = store.attempts.for_session(session.id)
    assert attempt.participant_id == people[0].id and attempt.device_id.startswith("paper:")


def test_read_scanned_sheets_action_imports_and_opens_the_review(qtbot, store, tmp_path, monkeypatch):
    import cv2
    import numpy as np
    from PySide6.QtWidgets import QMessageBox, QWidget

    from tests.assessor.paper_sheetgen import fill_sheet, render_sheets
    from ui.paper import actions
    from ui.paper.review_dialog import ReviewDialog

    session, people, _ = setup_facilitator(store, n_people=2, n_questions=10, confidence=False)
    clean = dict.fromkeys(("partial", "light", "crossed", "erased"), 0.0)
    for i, (spec, payload, layout, img) in enumerate(render_sheets(store, session.id, dpi=150)):
        img = img.copy()
        fill_sheet(img, layout, 150, np.random.default_rng(i), mix=clean)
        cv2.imwrite(str(tmp_path / f"p{i}.png"), img)
    (tmp_path / "junk.jpg").write_bytes(b"no")
    shown, reviewed = [], []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append((box.text(), box.detailedText())))
    monkeypatch.setattr(ReviewDialog, "review", classmethod(lambda cls, parent, st, sheets: reviewed.append(sheets)))
    page = QWidget()
    qtbot.addWidget(page)
    paper = actions.PaperActions(page, store, lambda: session.id)
    assert [a.text() for a in paper.menu.actions()][0].startswith("Print booklet")
    paper._read([str(tmp_path)])
    assert len(store.attempts.for_session(session.id)) == 2
    [(text, detail)] = shown
    assert "Read: 2" in text and "refused: 1" in text
    assert "junk.jpg" in detail and "not an image" in detail
    assert len(reviewed) == 1


def evaluation_review_sheets(store, tmp_path):
    """One anonymous evaluation form read back with two marks on a rating row and a written comment."""
    import cv2
    import numpy as np

    from assessor.paper import intake
    from assessor.paper.evalform import RATING
    from tests.assessor.evaluation_helpers import evaluation_session
    from tests.assessor.paper_sheetgen import fill_sheet, render_sheets, write_comment

    session, _, _ = setup_facilitator(store, n_people=1, n_questions=5, confidence=False)
    session = evaluation_session(store, store.cohorts.get(session.cohort_id).name, anonymous=True)
    rng = np.random.default_rng(2)
    files, rating = [], None
    for _, payload, layout, img in render_sheets(store, session.id, dpi=150):
        img = img.copy()
        rows = [r for r in layout.rows if r.kind == RATING]
        forced = {}
        if rating is None and rows:
            rating = rows[0]
            forced = {rating.question_id: (None, {2: "full", 5: "full"})}
        fill_sheet(img, layout, 150, rng, mix=dict.fromkeys(("partial", "light", "crossed", "erased"), 0.0),
                   blank_rate=0.0, forced=forced)
        for qid, _, box in layout.comments[:1]:
            write_comment(img, box, 150, rng)
        files.append(str(tmp_path / f"form-{payload.page}.png"))
        cv2.imwrite(files[-1], img)
    sheets = intake.read_files(store, files)
    intake.hold_for_comments(sheets)
    return session, sheets, rating


def test_review_of_an_evaluation_form_asks_no_participant_and_lets_the_comment_be_typed(qtbot, store, tmp_path):
    from ui.paper.review_dialog import ReviewDialog

    session, sheets, rating = evaluation_review_sheets(store, tmp_path)
    dialog = ReviewDialog(None, store, sheets)
    qtbot.addWidget(dialog)
    assert dialog.person.isHidden()  # an anonymous form names no one and asks for no one
    group = dialog._choices[rating.question_id]
    assert [b.text() for b in group.buttons()] == ["1", "2", "3", "4", "5", "No answer"]
    [edit] = dialog._comments.values()
    edit.setPlainText("More case studies, please.")
    dialog.save_button.click()
    assert store.evaluations.responses(session.id) == []  # the rating is not decided yet
    group.buttons()[4].setChecked(True)
    dialog.save_button.click()
    assert dialog.saved == 1
    [response] = store.evaluations.responses(session.id)
    assert response.answers[rating.question_id] == 5
    assert "More case studies, please." in response.answers.values()
    assert list(store.db["evaluation_takers"].rows) == []


def test_the_paper_menu_of_an_evaluation_session_prints_forms_and_offers_no_typing_in(qtbot, store):
    from PySide6.QtWidgets import QWidget

    from tests.assessor.evaluation_helpers import evaluation_session
    from ui.paper import actions

    knowledge, _, _ = setup_facilitator(store, n_people=1, n_questions=5, confidence=False)
    evaluation = evaluation_session(store, store.cohorts.get(knowledge.cohort_id).name, anonymous=True)
    current = [knowledge.id]
    page = QWidget()
    qtbot.addWidget(page)
    paper = actions.PaperActions(page, store, lambda: current[0])
    assert paper.print_action.text().startswith("Print booklet") and paper.manual_action.isEnabled()
    current[0] = evaluation.id
    paper.menu.aboutToShow.emit()  # as when the facilitator opens the menu
    assert paper.print_action.text() == "Print evaluation forms…"
    assert not paper.manual_action.isEnabled()
