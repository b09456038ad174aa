"""Where Assessor keeps its data on this computer."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "Assessor"


def data_dir() -> Path:
    """The per-user data folder (created on demand)."""
    path = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_path() -> Path:
    """``$ASSESSOR_DB`` if set, else ``assessor.db`` in the data folder."""
    env = os.environ.get("ASSESSOR_DB")
    if env:
        return Path(env)
    return data_dir() / "assessor.db"
