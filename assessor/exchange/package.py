"""Assessment packages (facilitator -> participant laptops).

A package carries one session with its cohort and roster, its assessment, the
question versions and their banks: loading it on a laptop lets the session run
there with no other set-up. Loading the same package twice changes nothing.
"""

from __future__ import annotations

from pathlib import Path

from assessor.safety.backup import auto_backup
from assessor.ids import now
from assessor.progress import Progress
from assessor.exchange.bundle import collect, device_name, read_manifest_from_bytes
from assessor.exchange.container import PACKAGE, build_container, read_container, write_atomic
from assessor.exchange.merge import BundleReport, apply_records
from assessor.exchange.records import from_members, to_members


def export_package(store, session_id: str, path: str | Path, password: str | None = None) -> dict:
    """Write the package of ``session_id`` to ``path``; return its manifest."""
    records = collect(store, [session_id], with_attempts=False)
    manifest = {"created_at": now(), "device_id": store.device_id, "device_name": device_name(store),
                "session_id": session_id, "counts": records.counts(), "time_range": records.time_range()}
    data = build_container(PACKAGE, manifest, to_members(records), password)
    write_atomic(path, data)
    return read_manifest_from_bytes(data)


def import_package(store, path: str | Path, password: str | None = None, progress: Progress | None = None
                   ) -> BundleReport:
    """Load a package (all or nothing); raise InputError naming the file and reason when refused."""
    container = read_container(path, password, expect=PACKAGE)
    records = from_members(container.members, path)
    m = container.manifest
    report = BundleReport(str(path), kind=PACKAGE, device_id=str(m.get("device_id", "")),
                          device_name=str(m.get("device_name", "")))
    auto_backup(store, "before-import")
    return apply_records(store, records, report, progress)


