"""The audit log of facilitator actions (append-only)."""

from __future__ import annotations

from dataclasses import dataclass

from assessor.ids import new_id, now
from assessor.store._rows import dumps, loads, rows


@dataclass(frozen=True)
class AuditEntry:
    at: str
    action: str
    details: dict
    device_id: str
    id: str


class AuditRepo:
    def __init__(self, store):
        self.store = store

    def log(self, action: str, **details) -> None:
        """Record ``action`` (a code such as ``session.close``) with its details.

        Callers put this inside the transaction of the action itself, so an action
        and its audit entry commit together.
        """
        self.store.db["audit_log"].insert(
            {"id": new_id(), "at": now(), "action": action, "details": dumps(details),
             "device_id": self.store.device_id}
        )

    def list(self, limit: int | None = None) -> list[AuditEntry]:
        """The audit entries, newest first (the newest ``limit`` only, if given)."""
        found = rows(self.store, "SELECT * FROM audit_log ORDER BY at DESC LIMIT ?", [limit if limit else -1])
        return [AuditEntry(r["at"], r["action"], loads(r["details"], {}), r["device_id"] or "", r["id"]) for r in found]
