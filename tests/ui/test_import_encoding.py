"""The import previews say which text encoding was assumed for the file."""

from __future__ import annotations

from pathlib import Path

from assessor.banks.bankio import parse_file
from assessor.people.roster import parse_roster


def test_bank_preview_names_the_encoding(qtbot, store, tmp_path):
    from ui.workspace.bank_import import BankImportDialog

    path = tmp_path / "b.gift"
    path.write_bytes("::K1:: Apakah anak didampingi (café)? {T}\n".encode("cp1252"))
    dialog = BankImportDialog(store, parse_file(path), path)
    qtbot.addWidget(dialog)
    assert "Text encoding: Windows-1252." in dialog.counts.text()
    assert any("read as Windows-1252" in dialog.problems.item(i).text() for i in range(dialog.problems.count()))


def test_roster_preview_names_the_encoding(qtbot):
    from ui.workspace.cohorts.dialogs import RosterImportDialog

    preview = parse_roster("code,name\nBDG-01,Sité\n".encode("utf-16"), "r.csv")
    dialog = RosterImportDialog(preview)
    qtbot.addWidget(dialog)
    assert "Text encoding: UTF-16 (little-endian)." in dialog.summary.text()
