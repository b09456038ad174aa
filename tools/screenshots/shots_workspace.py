"""Screenshots of the facilitator workspace: banks, question editor, assessments, cohorts, sessions, settings."""

from __future__ import annotations


def render(shots) -> None:
    from ui.main_window import MainWindow
    from ui.workspace.question_editor import QuestionEditor
    from ui.dialogs.settings_dialog import SettingsDialog

    store = shots.store
    window = MainWindow(store)
    window.show_page("assessments")
    window.pages["assessments"].forms.selectRow(0)
    shots.grab(window, "workspace_assessments")
    window.show_page("cohorts")
    page = window.pages["cohorts"]
    page.roster.selectRow(2)
    shots.grab(window, "workspace_roster")
    page.tabs.setCurrentIndex(1)
    page.live.selectRow(0)
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
    from assessor.people.roster import parse_roster

    from ui.dialogs.audit_dialog import AuditDialog
    from ui.workspace.cohorts.dialogs import RosterImportDialog

    roster = ("code,name,sex,organisation,role\nSBY-01,Rina Wulandari,F,Dinas Sosial,Pekerja sosial\n"
              "SBY-02,Agus Salim,M,Polri,Penyidik\nSBY-02,Dewi Lestari,P,Bapas,Pembimbing kemasyarakatan\n"
              ",Budi Santoso,laki-laki,Kejaksaan,Jaksa\nSBY 05,Maria Ulfa,?,Dinas Sosial,\n")
    preview = RosterImportDialog(parse_roster(roster.encode(), "surabaya-roster.csv", []))
    shots.grab(preview, "workspace_roster_import", size=(1000, 420))
    preview.close()
    audit = AuditDialog(store)
    shots.grab(audit, "workspace_audit_log", size=(1100, 600))
    audit.close()
    settings = SettingsDialog(store)
    shots.grab(settings, "workspace_settings", size=None)
    settings.close()
