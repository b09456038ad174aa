"""Screenshots of bank interchange: the import preview with problems by line."""

from __future__ import annotations

import tempfile
from pathlib import Path


def render(shots) -> None:
    from assessor.banks.bankio import parse_file

    from ui.workspace.bank_import import BankImportDialog

    gift = ("// Workshop questions written in Moodle's GIFT format\n"
            "::DIV-01:: Diversion for a child aged 14 needs the agreement of the child and the family. {T}\n\n"
            "::DIV-02:: Which body supervises a diversion agreement? {=Bapas ~Polri ~Kejaksaan ~Dinas Sosial}\n\n"
            "::DIV-03:: Describe a child-friendly interview room. {}\n\n"
            "::DIV-04:: Pick the minimum age of criminal responsibility in UU 11/2012 {=12 ~8 ~14\n\n"
            "::DIV-05:: How many years is the maximum sentence for diversion eligibility? {#7}\n")
    path = Path(tempfile.mkdtemp(prefix="assessor-shots-")) / "workshop-questions.gift"
    path.write_text(gift, encoding="utf-8")
    dialog = BankImportDialog(shots.store, parse_file(path), path)
    shots.grab(dialog, "bankio_import_preview", size=(1000, 560))
    dialog.close()
