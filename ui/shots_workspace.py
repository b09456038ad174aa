"""Screenshots of the facilitator workspace: banks, question editor, assessments, cohorts, sessions, settings."""

from __future__ import annotations


def render(shots) -> None:
    from .main_window import MainWindow
    from .question_editor import QuestionEditor
    from .settings_dialog import SettingsDialog

    store = shots.store
    window = MainWindow(store)
    window.show_page("assessments")
    window.pages["assessments"].forms.selectRow(0)
    shots.grab(window, "workspace_assessments")
    window.show_page("cohorts")
    page = window.pages["cohorts"]
    shots.grab(window, "workspace_roster")
    page.tabs.setCurrentIndex(1)
    shots.grab(window, "workspace_sessions")
    window.close()

    bank = store.banks.list()[0]
    question = store.banks.questions(bank.id)[0]
    editor = QuestionEditor(store, store.banks.get(bank.id), question)
    shots.grab(editor, "workspace_question_editor")
    editor.tabs.setCurrentIndex(1)
    shots.grab(editor, "workspace_question_preview")
    editor.tabs.setCurrentIndex(2)
    shots.grab(editor, "workspace_question_history")
    editor.close()
    settings = SettingsDialog(store)
    shots.grab(settings, "workspace_settings", size=None)
    settings.close()
