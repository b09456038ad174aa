"""What an export should produce: filled by a dialog or the CLI, read by the writers."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SheetOptions:
    """Participant score sheets: language, the item-by-item review, one PDF or a folder of PDFs."""

    lang: str = "own"  # "own": each participant's language (of their latest test); or "en" / "id"
    review: bool = False
    one_file: bool = True
    no_shows: bool = False  # also a sheet for each roster member who took no test (it says so)


@dataclass(frozen=True)
class ReportOptions:
    """A cohort or comparison report: its language ("en" or "id")."""

    lang: str = "en"


@dataclass(frozen=True)
class DataExportOptions:
    """Data export: ``what`` is 'participants' (one row each), 'responses' (long, re-analysable) or
    'statistics' (every figure of the analysis)."""

    what: str = "participants"
    fmt: str = "xlsx"
    pseudonymise: bool = True
