"""One app per database: an exclusive lock on ``<database>.lock`` held while the app runs.

The operating system drops the lock when the process ends, even after a crash or a
power cut, so a stale lock file never blocks anyone. ``fcntl.flock`` is used on
Linux and macOS, ``msvcrt.locking`` on Windows. The file holds the owner's process
id and computer name, for the message a second app shows.
"""

from __future__ import annotations

import os
import socket
import sys
from pathlib import Path

from assessor.errors import Refused

# Windows locks a byte range and then refuses reads of it; lock a byte past the text.
_LOCK_OFFSET = 4096


def lock_path(db_path: str | Path) -> Path:
    """The lock file of the database at ``db_path`` (``<database>.lock``)."""
    return Path(str(Path(db_path).resolve()) + ".lock")


class AppLock:
    """``AppLock(db_path).acquire()`` or raise Refused (code ``already_open``); ``release()`` at exit."""

    def __init__(self, db_path: str | Path):
        self.path = lock_path(db_path)
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        """Whether this object holds the lock."""
        return self._fd is not None

    def acquire(self) -> "AppLock":
        """Take the lock; raise Refused naming the other owner when another app holds it."""
        if self._fd is not None:
            return self
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        if not _try_lock(fd):
            os.close(fd)
            owner = self.owner()
            raise Refused(f"Assessor is already open on this database ({owner or self.path}).",
                          code="already_open", owner=owner, lock=str(self.path))
        os.lseek(fd, 0, os.SEEK_SET)
        os.ftruncate(fd, 0)
        os.write(fd, f"pid {os.getpid()} on {socket.gethostname()}\n".encode("utf-8"))
        self._fd = fd
        return self

    def owner(self) -> str:
        """Who holds the lock, as written in the lock file ('' when unknown)."""
        try:
            with open(self.path, "rb") as fh:
                return fh.read(200).decode("utf-8", "replace").strip()
        except OSError:
            return ""

    def release(self) -> None:
        """Give the lock up (nothing happens when it is not held)."""
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        _unlock(fd)
        os.close(fd)

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc):
        self.release()


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        except OSError:
            pass
else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
