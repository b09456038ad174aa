"""The facilitator password that guards leaving participant mode.

Stored as a salted scrypt hash (hashlib.scrypt) in one self-describing string,
``scrypt$n$r$p$salt_hex$hash_hex``, so the cost parameters can be raised later
without breaking hashes already stored. The plain password is never stored.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from dataclasses import dataclass
from typing import Callable

from assessor.errors import InputError

META_KEY = "facilitator_password"
"""The ``meta`` key under which the hash is kept (``store.meta(META_KEY)``)."""

# Interactive-login strength that still takes well under a second on an old laptop.
_N, _R, _P = 2**14, 8, 1
_DKLEN = 32
MIN_LENGTH = 8
"""A four-digit PIN falls to guessing in minutes even with the delay; eight characters do not."""

FAILURES_KEY = "exit_failures"
"""``meta`` key: wrong facilitator passwords in a row (survives closing the dialog and restarting)."""
LOCKED_UNTIL_KEY = "exit_locked_until"
"""``meta`` key: wall-clock time (seconds since the epoch) before which no password is checked."""


def hash_password(password: str, *, n: int = _N, r: int = _R, p: int = _P) -> str:
    """A new salted scrypt hash of ``password`` (a different salt every call)."""
    if len(password) < MIN_LENGTH:
        raise InputError(f"The facilitator password needs at least {MIN_LENGTH} characters.",
                         code="password_too_short")
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=_DKLEN)
    return f"scrypt${n}${r}${p}${salt.hex()}${digest.hex()}"


def verify_password(password: str, stored: str) -> bool:
    """Whether ``password`` matches ``stored``; a malformed ``stored`` never matches."""
    try:
        scheme, n, r, p, salt_hex, digest_hex = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = bytes.fromhex(digest_hex)
        got = hashlib.scrypt(password.encode("utf-8"), salt=bytes.fromhex(salt_hex), n=int(n), r=int(r),
                             p=int(p), dklen=len(expected))
    except (ValueError, AttributeError):
        return False
    return hmac.compare_digest(got, expected)


MAX_DELAY_S = 30.0


def retry_delay_s(failures: int, base: float = 1.0, cap: float = MAX_DELAY_S) -> float:
    """Seconds to wait before the next try after ``failures`` wrong passwords (doubling, capped)."""
    if failures <= 0:
        return 0.0
    return min(cap, base * 2 ** (failures - 1))


def set_facilitator_password(store, password: str) -> None:
    """Store the hash of a new facilitator password (audited, without the password)."""
    stored = hash_password(password)
    with store.atomic():
        store.set_meta(META_KEY, stored)
        store.audit.log("facilitator.password_set")


def has_facilitator_password(store) -> bool:
    """Whether a facilitator password has been set in this database."""
    return bool(store.meta(META_KEY))


def check_facilitator_password(store, password: str) -> bool:
    """Whether ``password`` is the facilitator password (no delay, no count: see :func:`try_exit_password`)."""
    stored = store.meta(META_KEY)
    return bool(stored) and verify_password(password, stored)


@dataclass(frozen=True)
class ExitTry:
    """The outcome of one try: ``ok``, else ``wait_s`` seconds before the next try and the ``failures`` so far.

    ``checked`` is False when a delay was still running and the password was not looked at.
    """

    ok: bool
    wait_s: float = 0.0
    failures: int = 0
    checked: bool = True


def exit_failures(store) -> int:
    """Wrong facilitator passwords in a row, as stored."""
    try:
        return max(0, int(store.meta(FAILURES_KEY) or 0))
    except ValueError:
        return 0


def exit_wait_s(store, *, clock: Callable[[], float] = time.time) -> float:
    """Seconds before a password may be tried again (0 when it may be tried now).

    Stored in the database, so closing and reopening the dialog or restarting the
    app does not skip it; a clock set back cannot stretch it beyond one full delay.
    """
    try:
        until = float(store.meta(LOCKED_UNTIL_KEY) or 0)
    except ValueError:
        until = 0.0
    return max(0.0, min(until - clock(), MAX_DELAY_S))


def try_exit_password(store, password: str, *, clock: Callable[[], float] = time.time,
                      delay: Callable[[int], float] = retry_delay_s) -> ExitTry:
    """Check the facilitator password, respecting and extending the stored delay.

    While a delay runs the password is not even checked. A wrong password counts
    and starts the next (doubling) delay; the right one resets the count.
    """
    wait = exit_wait_s(store, clock=clock)
    failures = exit_failures(store)
    if wait > 0:
        return ExitTry(False, wait, failures, checked=False)
    if check_facilitator_password(store, password):
        with store.atomic():
            store.set_meta(FAILURES_KEY, "0")
            store.set_meta(LOCKED_UNTIL_KEY, "0")
        return ExitTry(True)
    failures += 1
    wait = float(delay(failures))
    with store.atomic():
        store.set_meta(FAILURES_KEY, str(failures))
        store.set_meta(LOCKED_UNTIL_KEY, repr(clock() + wait))
    return ExitTry(False, wait, failures)
