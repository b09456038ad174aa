"""Cohorts (training events) and their participants (the roster)."""

from __future__ import annotations

from dataclasses import dataclass

SEXES = ("female", "male", "other", "not_stated")
"""UN reporting disaggregates by sex; 'not_stated' is the default."""


@dataclass(frozen=True)
class Cohort:
    """A training event. ``parent_id`` points to the ToT cohort a cascade training comes from.

    ``demo`` marks simulated cohorts (``assessor demo``); they are labelled as demo everywhere.
    """

    name: str
    organisation: str = ""
    location: str = ""
    start_date: str = ""  # ISO date
    end_date: str = ""
    trainers: tuple[str, ...] = ()
    parent_id: str | None = None
    id: str = ""
    archived: bool = False
    demo: bool = False  # simulated data (``assessor demo``), never a real training


@dataclass(frozen=True)
class Participant:
    """A person on a roster. Only ``code`` is required: personal data is kept minimal."""

    cohort_id: str
    code: str
    name: str = ""
    sex: str = "not_stated"
    organisation: str = ""
    role: str = ""
    id: str = ""
    erased: bool = False

    @property
    def label(self) -> str:
        """"Name (CODE)", or the code alone when there is no name."""
        return f"{self.name} ({self.code})" if self.name else self.code
