"""The question editor with cloze, essay and description items: preview, problems, no blank-less cloze."""

from __future__ import annotations

from assessor.banks.cloze import parse_embedded
from assessor.banks.questions import Bank, Problem, Question
from ui.workspace.question_editor import QuestionEditor, participant_html, problem_text


def test_the_preview_shows_gaps_and_each_blanks_field(qapp):
    text, blanks = parse_embedded("Age {1:NM:=12:0}; court {1:MC:military~=juvenile}")
    html = participant_html(Question("C", "cloze", text, blanks=blanks), "en")
    assert "Age [1] ______" in html and "[2] military / juvenile" in html and "{#" not in html


def test_blank_problems_read_as_sentences(qapp):
    assert problem_text(Problem("error", "blank_markers", "text", "id")) == \
        "The text in ID must mark every blank exactly once: {#1}, {#2}, …"
    assert "needs at least one blank: click Add blank" in problem_text(Problem("error", "no_blanks", "blanks"))
    assert problem_text(Problem("error", "no_correct", "blanks[2]")) == "Blank 2: no correct answer is marked"
    assert problem_text(Problem("error", "missing_answer_text", "blanks[1].answers[3]", "id")) == \
        "Blank 1, answer 3 has no text in ID"


def test_a_new_question_can_be_a_cloze_and_an_existing_one_keeps_its_blanks(qtbot, store):
    bank = Bank(name={"en": "B"}, languages=("en",))
    editor = QuestionEditor(store, bank, None)
    qtbot.addWidget(editor)
    kinds = [editor.type.itemData(i) for i in range(editor.type.count())]
    assert "cloze" in kinds and "essay" in kinds and "description" in kinds
    text, blanks = parse_embedded("Age {1:NM:=12:0}")
    cloze = Question("C", "cloze", text, blanks=blanks)
    editor = QuestionEditor(store, bank, cloze)
    qtbot.addWidget(editor)
    assert editor.build().blanks == blanks and editor.build().text == text


def test_the_bank_view_lists_each_blank_with_its_answers(qapp):
    from ui.workspace.banks_page import question_html

    text, blanks = parse_embedded("Age {1:NM:=12:0}; court {1:MC:military~=juvenile~%50%district}")
    html = question_html(Question("C", "cloze", text, blanks=blanks), ["en"])
    assert "Age [1] ______" in html and "[1] 12 ± 0 ✔" in html and "[2] military · juvenile ✔ · district (50%)" in html
