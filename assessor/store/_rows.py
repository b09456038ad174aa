"""Small conversions between rows and domain objects, shared by the repositories."""

from __future__ import annotations

import json


def dumps(value) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def loads(text, default=None):
    if text is None or text == "":
        return default
    return json.loads(text)


VALUES_DTYPE = "<f8"
"""How per-question values (marks, confidence ratings) are stored: little-endian float64, NaN = none."""


def encode_values(values) -> bytes:
    """A list of numbers (None where there is none) as the fixed-width column of schema step 5."""
    import numpy as np  # here: the app's start-up never needs numpy

    return np.array([np.nan if v is None else v for v in values], dtype=VALUES_DTYPE).tobytes()


def decode_values(blob: bytes) -> np.ndarray:
    """The values of :func:`encode_values` as a read-only float64 array (NaN where none)."""
    import numpy as np

    return np.frombuffer(blob, dtype=VALUES_DTYPE)


def rows(store, sql: str, params=()) -> list[dict]:
    """Rows of a fixed query as dicts (``sql`` is always a constant, params bound)."""
    cursor = store.db.execute(sql, list(params))
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, r)) for r in cursor.fetchall()]


def row(store, sql: str, params=()) -> dict | None:
    found = rows(store, sql, params)
    return found[0] if found else None
