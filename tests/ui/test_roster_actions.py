"""Roster and live-view actions with consequences: correcting, erasing, allowing a retake."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox

from assessor.delivery.sessions import SUBMITTED, VOIDED


@pytest.fixture
def page(qtbot, demo_store):
    from ui.workspace.cohorts.page import CohortsPage

    page = CohortsPage(demo_store)
    qtbot.addWidget(page)
    return page


def _answer_message_box(monkeypatch, role):
    """The next custom message box answers with its button of ``role``; returns the texts it showed."""
    seen = []

    def exec_(box):
        seen.append(box.text())
        chosen = next((b for b in box.buttons() if box.buttonRole(b) == role), None)
        (chosen or box.button(QMessageBox.Cancel)).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return seen


def test_erase_personal_data_keeps_the_code_and_results(page, demo_store, monkeypatch):
    cohort = demo_store.cohorts.list()[0]
    page.reload(select=cohort.id)
    page.roster.selectRow(0)
    person = page.current_person()
    before = [(r.code, r.phase, r.score_pct) for r in demo_store.results.phase_results([cohort.name])
              if r.participant_id == person.id]
    assert before  # the participant has results that must survive the erasure

    seen = _answer_message_box(monkeypatch, QMessageBox.RejectRole)
    page.erase_person_button.click()
    assert "name, sex, organisation and role" in seen[0] and person.code in seen[0]
    assert demo_store.cohorts.participant(person.id).name == person.name  # cancelled: nothing erased

    _answer_message_box(monkeypatch, QMessageBox.DestructiveRole)
    page.erase_person_button.click()
    erased = demo_store.cohorts.participant(person.id)
    assert erased.erased and erased.name == "" and erased.organisation == "" and erased.code == person.code
    assert page.roster_model.index(0, 1).data() == "(personal data erased)"
    assert not page.erase_person_button.isEnabled() and not page.edit_person_button.isEnabled()
    assert demo_store.audit.list()[0].action == "participant.erase"
    after = [(r.code, r.phase, r.score_pct) for r in demo_store.results.phase_results([cohort.name])
             if r.participant_id == person.id]
    assert after == before  # results stay, under the code


def test_edit_participant_corrects_the_entry_but_not_the_code(page, demo_store, monkeypatch):
    from ui.workspace.cohorts.dialogs import ParticipantDialog

    cohort = demo_store.cohorts.list()[0]
    page.reload(select=cohort.id)
    page.roster.selectRow(1)
    person = page.current_person()

    def fill(dialog):
        assert dialog.code.isReadOnly() and dialog.code.text() == person.code
        dialog.name.setText("Corrected Name")
        dialog.organisation.setText("Bapas")
        return QDialog.Accepted

    monkeypatch.setattr(ParticipantDialog, "exec", fill)
    page.edit_person_button.click()
    stored = demo_store.cohorts.participant(person.id)
    assert (stored.name, stored.organisation, stored.code) == ("Corrected Name", "Bapas", person.code)
    assert page.current_person().name == "Corrected Name"
    entry = demo_store.audit.list(1)[0]
    assert entry.action == "participant.edit" and "Corrected Name" not in str(entry.details)


def _session_with_submission(store):
    for cohort in store.cohorts.list():
        for session in store.sessions.list(cohort.id):
            for row in store.attempts.live_status(session.id, store.device_id):
                if row["status"] == SUBMITTED:
                    return cohort, session, row
    raise AssertionError("the demo has a submitted attempt on this laptop")


def test_allow_a_retake_voids_the_submitted_attempt_and_keeps_it(page, demo_store, monkeypatch):
    cohort, session, row = _session_with_submission(demo_store)
    page.reload(select=cohort.id)
    page._show_sessions(select=session.id)
    target = next(r for r in range(page.live_model.rowCount())
                  if page.live_model.item(r)["attempt_id"] == row["attempt_id"])
    page.live.selectRow(target)
    assert page.retake_button.isEnabled()

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("", True)))
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a: warnings.append(a[2])))
    page.retake_button.click()
    assert warnings and demo_store.attempts.get(row["attempt_id"]).status == SUBMITTED  # no reason, no retake

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("fire alarm during the test", True)))
    page.retake_button.click()
    attempt = demo_store.attempts.get(row["attempt_id"])
    assert attempt.status == VOIDED and "fire alarm" in attempt.void_reason
    entry = demo_store.audit.list()[0]
    assert entry.action == "attempt.retake" and entry.details["voided_attempt_id"] == row["attempt_id"]
    states = {page.live_model.item(r)["attempt_id"]: page.live_model.index(r, 2).data()
              for r in range(page.live_model.rowCount())}
    assert states[row["attempt_id"]] == "Voided"


def test_print_codes_dialog_is_titled_so_and_file_dialogs_remember_the_folder(page, demo_store, monkeypatch,
                                                                               tmp_path, qtbot):
    """The code-slip dialog says "Print codes"; the next file dialog opens where the last file went."""
    from PySide6.QtWidgets import QFileDialog

    seen = []
    usb = tmp_path / "usb"
    usb.mkdir()

    def fake_save(parent, caption, start, filters, *a, **k):
        seen.append((caption, start))
        return (str(usb / "codes.pdf"), filters) if len(seen) == 1 else ("", "")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_save))
    cohort = demo_store.cohorts.list()[0]
    page.reload(select=cohort.id)
    page.export_pdf_button.click()
    qtbot.waitUntil(lambda: (usb / "codes.pdf").exists(), timeout=10000)
    page.export_csv_button.click()
    assert seen[0] == ("Print codes", f"{cohort.name}.pdf")
    assert seen[1] == ("Export roster", str(usb / f"{cohort.name}.csv"))


def test_delete_is_offered_only_for_a_cohort_without_results(page, demo_store, monkeypatch):
    from assessor.people.cohorts import Cohort

    with_results = demo_store.cohorts.list()[0]
    page.reload(select=with_results.id)
    assert not page.delete_cohort_button.isEnabled()
    assert "archived" in page.delete_cohort_button.toolTip()
    empty = demo_store.cohorts.save(Cohort("Created by mistake"))
    page.reload(select=empty.id)
    assert page.delete_cohort_button.isEnabled()
    seen = _answer_message_box(monkeypatch, QMessageBox.DestructiveRole)
    page.delete_cohort_button.click()
    assert "Created by mistake" in seen[0]
    assert empty.id not in {c.id for c in demo_store.cohorts.list(include_archived=True)}
    assert "Created by mistake" not in [page.cohorts_model.index(r, 0).data()
                                        for r in range(page.cohorts_model.rowCount())]
