"""The assessment builder makes course evaluations: nothing scored, optionally anonymous."""

from __future__ import annotations

from assessor.banks.bankio import ensure_bundled_banks
from tests.ui.test_workspace import no_message_boxes  # noqa: F401  (the fixture)


def test_a_course_evaluation_is_built_without_score_and_refuses_scored_items(qtbot, store, no_message_boxes):
    from ui.workspace.assessments_page import AssessmentsPage

    ensure_bundled_banks(store)
    bank = next(b for b in store.banks.list() if b.name["en"].startswith("Course"))
    knowledge = next(b for b in store.banks.list() if b.id != bank.id)
    page = AssessmentsPage(store)
    qtbot.addWidget(page)
    page.name.setText("Course evaluation")
    assert not page.anonymous.isEnabled()
    page.evaluation.setChecked(True)
    assert page.anonymous.isEnabled() and not page.pass_mark.isEnabled() and not page.confidence.isEnabled()
    page.anonymous.setChecked(True)
    page.show_score.setChecked(True)
    page._items = store.banks.questions(bank.id)
    saved = page.save()
    assert saved is not None and saved.evaluation and saved.anonymous and not saved.show_score
    page._load(None)
    assert not page.evaluation.isChecked() and not page.anonymous.isChecked()
    page.name.setText("Mixed")
    page._items = store.banks.questions(bank.id)[:1] + store.banks.questions(knowledge.id)[:1]
    assert page.save() is None
    assert any("knowledge test cannot hold course-evaluation items" in text for _kind, text in no_message_boxes)
