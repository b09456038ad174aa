"""Small conversions between rows and domain objects, shared by the repositories."""

from __future__ import annotations

import json


def dumps(value) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def loads(text, default=None):
    if text is None or text == "":
        return default
    return json.loads(text)


def rows(store, sql: str, params=()) -> list[dict]:
    """Rows of a fixed query as dicts (``sql`` is always a constant, params bound)."""
    cursor = store.db.execute(sql, list(params))
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, r)) for r in cursor.fetchall()]


def row(store, sql: str, params=()) -> dict | None:
    found = rows(store, sql, params)
    return found[0] if found else None
