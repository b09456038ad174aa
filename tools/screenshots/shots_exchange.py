"""Screenshots of data exchange: the import report, the password dialog, the conflicts dialog."""

from __future__ import annotations


def render(shots) -> None:
    from assessor.exchange import BundleReport, ImportReport

    from ui.file_menu import ConflictsDialog, ImportReportDialog, PasswordDialog

    ok = BundleReport("/media/usb/laptop-2.assessor-results", status="imported", kind="assessor-results",
                      device_id="5f0c9a1e-0000", device_name="LAPTOP-2", merged_attempts=1)
    ok.new.update(attempts=12, answer_events=480, participants=0)
    ok.present.update(attempts=3, sessions=1, cohorts=1, participants=24, questions=20, assessments=1, banks=1)
    ok.conflicts.append({"session_id": "s", "participant_id": "p", "participant_code": "SBY-07",
                         "attempt_ids": ["a", "b"], "devices": ["d1", "d2"]})
    ok.renamed_participants.append({"participant_id": "x", "from": "SBY-99", "to": "SBY-99-2"})
    same = BundleReport("/media/usb/laptop-1.assessor-results", status="unchanged", device_name="LAPTOP-1",
                        device_id="1a2b")
    same.present.update(attempts=15, answer_events=600)
    bad = BundleReport("/media/usb/laptop-3.assessor-results", status="refused", code="truncated",
                       message="/media/usb/laptop-3.assessor-results: is cut short: its end is missing (was the USB "
                               "stick removed while it was written?); nothing was imported.")
    report = ImportReportDialog(None, ImportReport([ok, same, bad]))
    shots.grab(report, "exchange_import_report", size=(820, 560))
    report.close()

    password = PasswordDialog(None, writing=True, protect_default=True)
    password.password.setText("secret")
    password.confirm.setText("secre")
    shots.grab(password, "exchange_password", size=None)
    password.close()

    conflicts = ConflictsDialog(None, shots.store)
    shots.grab(conflicts, "exchange_conflicts", size=(700, 320))
    conflicts.close()
