"""The audit log viewer: facilitator actions listed with readable names, filtered, exported."""

from __future__ import annotations

import csv

from PySide6.QtCore import Qt


def test_audit_dialog_lists_filters_and_exports(qtbot, demo_store, tmp_path):
    from ui.dialogs.audit_dialog import AuditDialog

    session = demo_store.sessions.list(demo_store.cohorts.list()[0].id)[0]
    demo_store.sessions.reopen(session.id, "a participant arrived late")
    person = demo_store.cohorts.participants(demo_store.cohorts.list()[0].id)[0]
    demo_store.cohorts.erase_participant(person.id)
    dialog = AuditDialog(demo_store)
    qtbot.addWidget(dialog)
    total = dialog.proxy.rowCount()
    assert total == len(demo_store.audit.list()) >= 2
    labels = [dialog.action_filter.itemText(i) for i in range(dialog.action_filter.count())]
    assert "Session re-opened" in labels and "Personal data erased" in labels
    dialog.action_filter.setCurrentIndex(dialog.action_filter.findData("session.reopen"))
    assert dialog.proxy.rowCount() == 1
    row = [dialog.proxy.index(0, c).data() for c in range(4)]
    assert row[1] == "Session re-opened"
    assert "a participant arrived late" in row[2]
    assert row[3] == demo_store.device_id
    out = tmp_path / "audit.csv"
    with qtbot.waitSignal(dialog.export_csv(str(out)).done):
        pass
    lines = list(csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert [line["action"] for line in lines] == ["session.reopen"]
    assert "a participant arrived late" in lines[0]["details"]
    dialog.action_filter.setCurrentIndex(0)
    assert dialog.proxy.rowCount() == total


def test_audit_dialog_is_reachable_from_the_main_window(qtbot, bank_store, monkeypatch):
    from ui.dialogs.audit_dialog import AuditDialog
    from ui.main_window import MainWindow

    shown = []
    monkeypatch.setattr(AuditDialog, "exec", lambda self: shown.append(self.model.rowCount()) or 0)
    window = MainWindow(bank_store)
    qtbot.addWidget(window)
    window.audit_button.click()
    assert shown == [len(bank_store.audit.list())]


def test_audit_model_is_well_behaved_and_sorts_by_raw_time(qtmodeltester, demo_store):
    from ui.dialogs.audit_dialog import AuditTableModel

    model = AuditTableModel()
    model.set_entries(demo_store.audit.list())
    assert model.rowCount() > 0
    qtmodeltester.check(model)
    assert model.data(model.index(0, 0), Qt.UserRole) == demo_store.audit.list()[0].at


def test_unknown_action_codes_are_shown_as_they_are():
    from ui.dialogs.audit_dialog import action_label

    assert action_label("session.close") == "Session closed"
    assert action_label("something.new") == "something.new"


def test_audit_details_name_cohorts_and_sessions_not_ids(qtbot, demo_store):
    """The facilitator reads which cohort or session an entry is about; participants stay codes-free ids."""
    from ui.dialogs.audit_dialog import AuditDialog, AuditTableModel

    cohort = demo_store.cohorts.list()[0]
    demo_store.cohorts.archive(cohort.id)  # an archived cohort is still named
    dialog = AuditDialog(demo_store)
    qtbot.addWidget(dialog)
    dialog.reload()
    model = dialog.model
    texts = [model.data(model.index(r, AuditTableModel.COL_DETAILS)) for r in range(model.rowCount())]
    archived = next(t for r, t in enumerate(texts) if model.entry(r).action == "cohort.archive")
    assert f"cohort: {cohort.name}" in archived and cohort.id not in archived
    session_entries = [t for r, t in enumerate(texts) if "session_id" in model.entry(r).details]
    assert session_entries and all("session: " in t and " / " in t for t in session_entries)
    for r, t in enumerate(texts):
        person = model.entry(r).details.get("participant_id")
        if person:
            assert demo_store.cohorts.participant(person).name not in t  # no names of people


def test_audit_entries_about_demo_cohorts_say_demo(qtbot, demo_store):
    from ui.dialogs.audit_dialog import AuditDialog

    dialog = AuditDialog(demo_store)
    qtbot.addWidget(dialog)
    dialog.action_filter.setCurrentIndex(dialog.action_filter.findData("session.open"))
    assert dialog.proxy.rowCount() > 0
    for r in range(dialog.proxy.rowCount()):
        details = dialog.proxy.index(r, 2).data()
        assert "(demo)" in details and "demo data" in details


def test_every_action_the_code_records_has_a_readable_name_in_both_languages():
    """A new action code shown raw (runner.exit_refused) reads as a program's internals to a facilitator."""
    import re
    from pathlib import Path

    from ui import i18n
    from ui.dialogs.audit_dialog import ACTION_LABELS, action_label

    root = Path(__file__).resolve().parents[2]
    written = set()
    for path in [*(root / "assessor").rglob("*.py"), *(root / "ui").rglob("*.py")]:
        text = path.read_text(encoding="utf-8")
        written |= set(re.findall(r"(?:audit\.log|_audit)\(\s*\"([a-z_]+\.[a-z_]+)\"", text))
        written |= set(re.findall(r"audit=\(\"([a-z_]+\.[a-z_]+)\"", text))
        if path.parent.name == "paper" and path.parent.parent.name == "assessor":
            written |= set(re.findall(r"\"(paper\.[a-z_]+)\"", text))  # passed on to write_attempt as `action`
    assert {"runner.exit_refused", "paper.read", "session.open"} <= written
    assert sorted(written - set(ACTION_LABELS)) == []
    assert i18n.set_language("id")
    try:
        untranslated = [code for code in written if action_label(code) == ACTION_LABELS[code]]
    finally:
        i18n.set_language("en")
    assert untranslated == []


def test_the_details_of_common_actions_read_in_words_in_indonesian(demo_store):
    """'phase: pre; failures: 3' on an Indonesian screen was the program's own words."""
    from ui import i18n
    from ui.dialogs.audit_dialog import details_text

    assert i18n.set_language("id")
    try:
        assert details_text({"phase": "pre", "failures": 3}) == "tahap: Tes awal; kata sandi salah: 3"
        assert details_text({"attempt_id": "a1", "reason": "time_out"}) == "attempt_id: a1; alasan: waktu habis"
        assert details_text({"reason": "a participant arrived late"}) == "alasan: a participant arrived late"
    finally:
        i18n.set_language("en")
    assert details_text({"phase": "post", "reason": "submit"}) == "phase: Post-test; reason: sent by the participant"
