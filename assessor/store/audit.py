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
        and its audit entry commit together. An entry about a demo cohort (through its
        cohort, session, participant or attempt) is marked ``demo: true``.
        """
        if "demo" not in details and self._about_demo(details):
            details["demo"] = True
        self.store.db["audit_log"].insert(
            {"id": new_id(), "at": now(), "action": action, "details": dumps(details),
             "device_id": self.store.device_id}
        )

    def _about_demo(self, details: dict) -> bool:
        ids = [details.get(k) if isinstance(details.get(k), str) else None
               for k in ("cohort_id", "session_id", "participant_id", "attempt_id")]
        if not any(ids):
            return False
        found = rows(
            self.store,
            "SELECT EXISTS (SELECT 1 FROM cohorts c WHERE c.demo = 1 AND (c.id = ?"
            " OR c.id IN (SELECT cohort_id FROM sessions WHERE id = ?)"
            " OR c.id IN (SELECT cohort_id FROM participants WHERE id = ?)"
            " OR c.id IN (SELECT s.cohort_id FROM sessions s JOIN attempts a ON a.session_id = s.id WHERE a.id = ?)"
            ")) AS found",
            ids,
        )
        return bool(found and found[0]["found"])

    def list(self, limit: int | None = None) -> list[AuditEntry]:
        """The audit entries, newest first (the newest ``limit`` only, if given)."""
        found = rows(self.store, "SELECT * FROM audit_log ORDER BY at DESC LIMIT ?", [limit if limit else -1])
        return [AuditEntry(r["at"], r["action"], loads(r["details"], {}), r["device_id"] or "", r["id"]) for r in found]
