"""The facilitator password that guards leaving participant mode.

Stored as a salted scrypt hash (hashlib.scrypt) in one self-describing string,
``scrypt$n$r$p$salt_hex$hash_hex``, so the cost parameters can be raised later
without breaking hashes already stored. The plain password is never stored.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from assessor.errors import InputError

META_KEY = "facilitator_password"
"""The ``meta`` key under which the hash is kept (``store.meta(META_KEY)``)."""

# Interactive-login strength that still takes well under a second on an old laptop.
_N, _R, _P = 2**14, 8, 1
_DKLEN = 32
MIN_LENGTH = 4


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


def retry_delay_s(failures: int, base: float = 1.0, cap: float = 30.0) -> float:
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
    return bool(store.meta(META_KEY))


def check_facilitator_password(store, password: str) -> bool:
    stored = store.meta(META_KEY)
    return bool(stored) and verify_password(password, stored)
