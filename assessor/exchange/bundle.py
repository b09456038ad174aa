"""Result bundles (participant laptops -> facilitator / evaluator) and database merges.

A bundle carries attempts and answer events plus every record they refer to
(cohorts with their rosters, sessions, assessments, question versions, banks), so
an empty database can import it. By default it carries everything in the
database, so a bundle of a merged database carries it all onward.
"""

from __future__ import annotations

import platform
import re
import time
from pathlib import Path

from assessor.safety.backup import auto_backup
from assessor.errors import InputError
from assessor.ids import now
from assessor.progress import Cancelled, Progress, step
from assessor.exchange.container import EXTENSIONS, RESULTS, build_container, read_container, write_atomic
from assessor.exchange.merge import BundleReport, ImportReport, apply_records
from assessor.exchange.records import Records, from_members, to_members


def device_name(store) -> str:
    """The name this laptop gives itself in bundles (meta ``device_name``, else the host name)."""
    return store.meta("device_name") or platform.node() or "laptop"


def collect(store, session_ids=None, *, with_attempts: bool = True) -> Records:
    """The records of ``session_ids`` (all sessions when None) and everything they refer to."""
    x = store.exchange
    ids = list(dict.fromkeys(session_ids)) if session_ids is not None else x.all_session_ids()
    sessions = x.sessions(ids)
    missing = set(ids) - {s.id for s in sessions}
    if missing:
        raise InputError(f"There is no session with id {sorted(missing)[0]} in this database.", code="no_session")
    attempts = x.attempts_for_sessions(ids) if with_attempts else []
    events = x.events_for_attempts([a.id for a in attempts]) if attempts else []
    cohort_ids = list(dict.fromkeys(s.cohort_id for s in sessions))
    cohorts, seen = [], set()
    todo = list(cohort_ids)
    while todo:  # the cohorts and the ToT cohorts they come from
        cid = todo.pop(0)
        if cid in seen:
            continue
        seen.add(cid)
        cohort = store.cohorts.get(cid)
        cohorts.append(cohort)
        if cohort.parent_id:
            todo.append(cohort.parent_id)
    forms = [store.assessments.get(a) for a in dict.fromkeys(s.assessment_id for s in sessions)]
    qids = [q for f in forms for q in f.question_ids]
    qids += [q for a in attempts for q in a.question_order]
    qids += [e.question_id for e in events]
    questions = list(store.banks.questions_by_id(qids).values())
    banks = x.banks({q.bank_id for q in questions})
    return Records(banks=banks, questions=questions, assessments=forms, cohorts=cohorts,
                   participants=x.participants_for_cohorts(cohort_ids), sessions=sessions, attempts=attempts,
                   events=events, images=list(store.banks.images(questions).values()))


def export_results(store, path: str | Path, *, session_ids=None, password: str | None = None,
                   name: str | None = None, progress: Progress | None = None) -> dict:
    """Write a results bundle of ``session_ids`` (all when None) to ``path``; return its manifest.

    With ``password`` the records are sealed (AES-256-GCM, scrypt key); the
    manifest keeps only non-personal facts (device, counts, time range, hashes).
    """
    step(progress, 0, 3)
    records = collect(store, session_ids)
    step(progress, 1, 3)
    manifest = {"created_at": now(), "device_id": store.device_id, "device_name": name or device_name(store),
                "counts": records.counts(), "time_range": records.time_range()}
    data = build_container(RESULTS, manifest, to_members(records), password)
    step(progress, 2, 3)
    write_atomic(path, data)
    step(progress, 3, 3)
    return read_manifest_from_bytes(data)


def read_manifest_from_bytes(data: bytes) -> dict:
    """The manifest of a package or bundle given as bytes (unchecked: for display only)."""
    import io
    import json
    import zipfile

    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return json.loads(zf.read("manifest.json").decode("utf-8"))


def auto_bundle_path(store, folder: str | Path) -> Path:
    """Where :func:`auto_bundle` writes for this laptop: one file per device, replaced each time."""
    safe = re.sub(r"[^A-Za-z0-9_-]+", "-", device_name(store)).strip("-")[:40] or "laptop"
    return Path(folder) / f"results-{safe}-{store.device_id[:8]}{EXTENSIONS[RESULTS]}"


def auto_bundle(store, folder: str | Path, password: str | None = None) -> Path:
    """Write a fresh bundle of everything to ``folder`` (e.g. the USB stick) after a submission.

    The runner calls this after each submit when the facilitator chose a folder.
    The file is replaced atomically, so the stick always holds one complete bundle
    per laptop. Returns the path written.
    """
    path = auto_bundle_path(store, folder)
    export_results(store, path, password=password)
    return path


def expand_sources(sources) -> list[Path]:
    """Files as given, and every ``*.assessor-results`` file under each folder (sorted)."""
    out: list[Path] = []
    for source in sources:
        p = Path(source)
        if p.is_dir():
            out.extend(sorted(q for q in p.rglob("*" + EXTENSIONS[RESULTS]) if q.is_file()))
        else:
            out.append(p)
    return list(dict.fromkeys(out))


def import_bundle(store, path: str | Path, password: str | None = None, progress: Progress | None = None,
                  seen: dict | None = None) -> BundleReport:
    """Import one results bundle whole, in one transaction (or savepoint), or raise InputError and change nothing.

    ``seen``: see :func:`~assessor.exchange.merge.apply_records` (one dict for a folder of bundles).
    """
    container = read_container(path, password, expect=RESULTS)
    records = from_members(container.members, path)
    m = container.manifest
    report = BundleReport(str(path), kind=RESULTS, device_id=str(m.get("device_id", "")),
                          device_name=str(m.get("device_name", "")))
    return apply_records(store, records, report, progress, seen)


# Bundles of one import that are checked and applied within this many seconds share one
# durable commit (each inside its own savepoint): a commit writes every page of the answer
# events' id index that its new ids fall into, so committing each small bundle alone
# wrote that index again and again.
GROUP_SECONDS = 1.0


def import_results(store, sources, password: str | None = None, progress: Progress | None = None) -> ImportReport:
    """Import bundles (files or folders of them). Each is checked whole and applied all or
    nothing, or refused; a refused bundle is reported, and the others still import.

    Bundles applied within about :data:`GROUP_SECONDS` of each other are committed together:
    each is its own savepoint inside the group's transaction (a refused one is rolled back
    alone), and none is in the returned report before the commit that holds it is on disk.
    A power cut loses at most the group being written, which importing again brings in.
    Cancelling stops before the next bundle and keeps every bundle applied so far.
    """
    paths = expand_sources(sources)
    report = ImportReport()
    if paths:
        auto_backup(store, "before-import")  # once per import, so a folder of bundles does not push out older backups
    seen: dict = {}  # stored forms and question versions, read once for all the bundles
    cancelled: Cancelled | None = None
    n = 0
    with store.many_commits():
        while n < len(paths) and cancelled is None:
            group: list[BundleReport] = []
            opened = time.monotonic()
            with store.atomic():  # one durable commit for the group
                while n < len(paths) and (not group or time.monotonic() - opened < GROUP_SECONDS):
                    try:
                        step(progress, n, len(paths))
                    except Cancelled as exc:
                        cancelled = exc
                        break
                    try:
                        group.append(import_bundle(store, paths[n], password, seen=seen))
                    except InputError as exc:
                        group.append(BundleReport(str(paths[n]), status="refused", code=exc.code, message=str(exc)))
                    n += 1
            report.bundles.extend(group)  # committed: only now reported
    if cancelled is not None:
        raise cancelled
    step(progress, len(paths), len(paths))
    return report


def merge_database(store, other_path: str | Path, progress: Progress | None = None) -> BundleReport:
    """Merge every record of another Assessor database into ``store`` (same rules as bundles)."""
    from assessor.store import Store

    other_path = Path(other_path)
    if not other_path.is_file():
        raise InputError(f"{other_path}: there is no such database file.", code="no_file", file=str(other_path))
    if store.path is not None and other_path.resolve() == Path(store.path).resolve():
        raise InputError(f"{other_path} is the open database itself; there is nothing to merge.", code="same_db")
    other = Store.open_copy(other_path)  # the other file is only read, never changed
    try:
        step(progress, 0, 2)
        # Through the same checks as a bundle's members: the other file is just as untrusted.
        records = from_members(to_members(collect(other)), other_path)
        report = BundleReport(str(other_path), kind="database", device_id=other.meta("device_id") or "",
                              device_name=other.meta("device_name") or "")
    finally:
        other.close()
    step(progress, 1, 2)
    auto_backup(store, "before-import")
    return apply_records(store, records, report)
