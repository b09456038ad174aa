"""Reading bank files into the store: validation first, then one transaction."""

from __future__ import annotations

from pathlib import Path

from .formats.native import load_bank_file
from .store.banks import BankImportSummary


def import_bank_file(store, path: str | Path) -> BankImportSummary:
    """Validate a native bank file and store it (all or nothing).

    Re-importing the same file changes nothing; a changed question becomes a new version.
    """
    bank = load_bank_file(path)
    return store.banks.import_bank(bank)


def ensure_bundled_banks(store) -> list[BankImportSummary]:
    """Load the banks shipped with Assessor into a database that has no banks yet."""
    from question_banks import bundled_banks

    if store.banks.list(include_archived=True):
        return []
    return [import_bank_file(store, path) for path in bundled_banks()]
