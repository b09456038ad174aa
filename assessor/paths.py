"""Where Assessor keeps its data on this computer."""

from __future__ import annotations

import os
import platform
import uuid
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


def machine_id() -> str:
    """This computer's (this user's) identity: a random id made at the first start here and kept.

    ``$ASSESSOR_MACHINE_ID`` overrides it (tests; a portable set-up). A database
    remembers the machine its device id was made on, so a database file copied or
    restored onto another laptop is noticed there and gets a device id of its own.
    """
    env = os.environ.get("ASSESSOR_MACHINE_ID")
    if env:
        return env
    try:
        path = data_dir() / "machine-id"
        try:
            value = path.read_text(encoding="ascii").strip()
        except FileNotFoundError:
            value = ""
        if not value:
            value = str(uuid.uuid4())
            tmp = path.with_suffix(".tmp")
            tmp.write_text(value + "\n", encoding="ascii")
            os.replace(tmp, path)
        return value
    except (OSError, UnicodeDecodeError):
        # No writable data folder: the host name and hardware address still tell laptops apart.
        return str(uuid.uuid5(uuid.NAMESPACE_URL, f"assessor-machine:{platform.node()}:{uuid.getnode()}"))
