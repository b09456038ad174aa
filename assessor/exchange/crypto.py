"""Password protection for packages and result bundles: scrypt + AES-256-GCM.

The key is derived from the password with scrypt (n=2**15, r=8, p=1, 32 bytes);
the payload is sealed with AES-256-GCM under a random 96-bit nonce, with the
manifest's bytes as associated data, so a changed manifest is detected as surely
as a changed payload. A short key check (HMAC-SHA256 of a fixed label, 16 bytes)
lets a wrong password be told apart from a damaged file.

Deriving a key is deliberately slow (about 0.1 s). Keys are cached in memory for
the life of the process, by (password, salt, parameters): an exporter reuses one
salt per password for the whole run, so importing many bundles from the same
laptop run costs one derivation. See docs/data-exchange.md.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import threading

# cryptography is imported where a key is derived or a file sealed or opened, not with this
# module: the app imports it at start-up (the File menu) and most starts encrypt nothing.

CIPHER = "AES-256-GCM"
KDF = "scrypt"
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1
MAX_SCRYPT_N = 2**20  # refuse parameters that would exhaust a laptop's memory
MAX_SCRYPT_MEMORY = 256 * 2**20
"""scrypt needs 128·n·r bytes: a file may not make us use more than this (checked before any work)."""
MAX_SCRYPT_WORK = 2**21
"""n·r·p, proportional to the time a derivation takes: 2**21 is about 1 s on a slow laptop (ours use 2**18)."""
MIN_PASSWORD = 6
"""Shortest password that protects a package or bundle (blank or one-character passwords protect nothing)."""
_KEY_CHECK_LABEL = b"assessor key check v1"

_lock = threading.Lock()
_keys: dict[tuple, bytes] = {}
_export_salts: dict[str, bytes] = {}


class WrongPassword(Exception):
    """The password does not open this file."""


class Tampered(Exception):
    """The password is right but the sealed payload or manifest was changed."""


def derive_key(password: str, salt: bytes, n: int = SCRYPT_N, r: int = SCRYPT_R, p: int = SCRYPT_P) -> bytes:
    """The 32-byte AES key for ``password`` and ``salt`` (cached per process)."""
    cache_key = (hashlib.sha256(password.encode("utf-8")).digest(), salt, n, r, p)
    with _lock:
        found = _keys.get(cache_key)
    if found is not None:
        return found
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    key = Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(password.encode("utf-8"))
    with _lock:
        _keys[cache_key] = key
    return key


def key_check(key: bytes) -> bytes:
    """A short value that tells a wrong password from a damaged file, derived from ``key``."""
    return hmac.new(key, _KEY_CHECK_LABEL, hashlib.sha256).digest()[:16]


def b64(data: bytes) -> str:
    """``data`` as base64 text."""
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    """The bytes of base64 ``text``; raises on anything that is not strict base64."""
    return base64.b64decode(text.encode("ascii"), validate=True)


def password_problem(password: str) -> str | None:
    """Why ``password`` cannot protect a file (blank, or shorter than :data:`MIN_PASSWORD`), or None."""
    if not password.strip():
        return "the password is blank"
    if len(password) < MIN_PASSWORD:
        return f"the password is shorter than {MIN_PASSWORD} characters"
    return None


def new_parameters(password: str) -> dict:
    """Encryption parameters for one new file: this run's salt for the password, a fresh nonce."""
    digest = hashlib.sha256(password.encode("utf-8")).hexdigest()
    with _lock:
        salt = _export_salts.setdefault(digest, os.urandom(16))
    key = derive_key(password, salt)
    return {"cipher": CIPHER, "kdf": KDF, "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P, "salt": b64(salt),
            "nonce": b64(os.urandom(12)), "key_check": b64(key_check(key))}


def seal(plaintext: bytes, password: str, params: dict, associated: bytes) -> bytes:
    """``plaintext`` encrypted and authenticated (AES-GCM) with the key derived from ``password`` and ``params``."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    key = derive_key(password, unb64(params["salt"]), params["n"], params["r"], params["p"])
    return AESGCM(key).encrypt(unb64(params["nonce"]), plaintext, associated)


def check_parameters(params) -> str | None:
    """Why ``params`` (from a manifest) cannot be used, or None when they can."""
    if not isinstance(params, dict):
        return "its encryption block is not an object"
    if params.get("cipher") != CIPHER or params.get("kdf") != KDF:
        return f"it uses {params.get('cipher')!r} with {params.get('kdf')!r}, which this Assessor does not know"
    for name in ("n", "r", "p"):
        if not isinstance(params.get(name), int) or isinstance(params.get(name), bool) or params[name] < 1:
            return f"its scrypt parameter {name!r} is not a positive whole number"
    n, r, p = params["n"], params["r"], params["p"]
    if n < 2 or n > MAX_SCRYPT_N or n & (n - 1) or r * p > 64 or 128 * n * r > MAX_SCRYPT_MEMORY \
            or n * r * p > MAX_SCRYPT_WORK:
        return (f"its scrypt parameters are out of the accepted range (they would need more than "
                f"{MAX_SCRYPT_MEMORY >> 20} MB of memory or about a second of work)")
    try:
        if len(unb64(params["salt"])) < 16 or len(unb64(params["nonce"])) != 12 or len(unb64(params["key_check"])) != 16:
            return "its salt, nonce or key check has the wrong length"
    except (KeyError, TypeError, ValueError, AttributeError):
        return "its salt, nonce or key check is missing or not base64"
    return None


def open_sealed(ciphertext: bytes, password: str, params: dict, associated: bytes) -> bytes:
    """Decrypt; raises :class:`WrongPassword` or :class:`Tampered`."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    key = derive_key(password, unb64(params["salt"]), params["n"], params["r"], params["p"])
    if not hmac.compare_digest(key_check(key), unb64(params["key_check"])):
        raise WrongPassword()
    try:
        return AESGCM(key).decrypt(unb64(params["nonce"]), ciphertext, associated)
    except InvalidTag as exc:
        raise Tampered() from exc
