"""Question banks shipped with Assessor."""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent


def bundled_banks() -> list[Path]:
    """Paths of the bundled bank files, in a stable order."""
    return sorted(HERE.glob("*.yaml"))
