"""The log file: unexpected errors are written to ``assessor.log`` in the data folder.

The file rotates at 1 MB and keeps 5 old files, so it never fills a small disk.
"""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

LOG_NAME = "assessor.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5


def setup_file_logging(folder: str | Path | None = None) -> Path:
    """Send warnings and errors of every logger to the rotating log file; return its path.

    Calling it again with the same folder adds no second handler.
    """
    if folder is None:
        from assessor.paths import data_dir

        folder = data_dir()
    path = Path(folder) / LOG_NAME
    path.parent.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    for handler in root.handlers:
        if isinstance(handler, RotatingFileHandler) and Path(handler.baseFilename) == path.resolve():
            return path
    handler = RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8")
    handler.setLevel(logging.INFO)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    if root.level > logging.INFO or root.level == logging.NOTSET:
        root.setLevel(logging.INFO)
    return path


def log_path() -> Path | None:
    """The log file in use, or None when file logging is not set up."""
    for handler in logging.getLogger().handlers:
        if isinstance(handler, RotatingFileHandler):
            return Path(handler.baseFilename)
    return None
