"""Identifiers and timestamps shared by every record that can travel between laptops."""

from __future__ import annotations

import datetime as _dt
import uuid as _uuid


def new_id() -> str:
    """A fresh random UUID as text (the primary key of every travelling record)."""
    return str(_uuid.uuid4())


def stable_id(*parts: str) -> str:
    """A UUID derived from ``parts``: the same parts always give the same id.

    Used where two laptops must agree on an id without talking, e.g. a question
    version loaded from the same bank file.
    """
    return str(_uuid.uuid5(_uuid.NAMESPACE_URL, "assessor:" + "\x1f".join(parts)))


def now() -> str:
    """The current UTC time as ISO 8601 text with microseconds (sorts as text)."""
    return _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="microseconds")
