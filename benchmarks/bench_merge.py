"""Benchmark: merging 100 result bundles of 40 attempts x 40 questions into an empty
database (target: under 5 s on a 2-core machine), then importing them all again
(the idempotent no-op). Median of repeats; generated data, fixed seed.

Run: python -m benchmarks.bench_merge [--repeats 3] [--bundles 100]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

import numpy as np

from assessor.assessments import Assessment
from assessor.bankio import ensure_bundled_banks
from assessor.cohorts import Cohort, Participant
from assessor.exchange import crypto, import_results
from assessor.exchange.container import RESULTS, build_container
from assessor.exchange.records import Records, to_members
from assessor.ids import new_id
from assessor.scoring import score
from assessor.sessions import ANSWER, SUBMITTED, AnswerEvent, Attempt, Session
from assessor.store import Store

SEED = 20260302


def make_bundles(folder: Path, n_bundles: int, n_attempts: int, n_questions: int, password: str | None) -> None:
    """``n_bundles`` bundles, each one training (cohort, session, roster) from its own laptop."""
    rng = np.random.default_rng(SEED)
    bank_store = Store.memory()
    ensure_bundled_banks(bank_store)
    bank = bank_store.banks.list()[0]
    questions = bank_store.banks.questions(bank.id)
    while len(questions) < n_questions:  # the bundled bank has 43; repeat keys with new versions if asked for more
        questions += questions[: n_questions - len(questions)]
    questions = questions[:n_questions]
    qids = tuple(q.id for q in questions)
    for b in range(n_bundles):
        device = new_id()
        form = Assessment(name=f"Form {b}", question_ids=qids, id=new_id(), created_at="2026-03-01T00:00:00+00:00")
        cohort = Cohort(name=f"Training {b:03d}", id=new_id())
        session = Session(cohort.id, form.id, "pre", "closed", "2026-03-02T09:00:00+00:00", None, False, new_id())
        people = [Participant(cohort.id, f"T{b:03d}-{i:02d}", name=f"Person {i}", id=new_id())
                  for i in range(n_attempts)]
        attempts, events = [], []
        for p in people:
            aid = new_id()
            marks = {}
            for k, q in enumerate(questions):
                right = rng.random() < 0.6
                value = (q.correct_keys[0] if q.type == "single" else bool(q.answer) if q.type == "truefalse"
                         else sorted(q.correct_keys)) if right else None
                events.append(AnswerEvent(aid, q.id, ANSWER, value, f"2026-03-02T09:{k:02d}:00+00:00", device,
                                          new_id()))
                marks[q.id] = score(q, value)
            attempts.append(Attempt(session.id, p.id, device, question_order=qids,
                                    started_at="2026-03-02T09:00:00+00:00",
                                    submitted_at="2026-03-02T09:45:00+00:00", status=SUBMITTED, marks=marks,
                                    score_pct=100.0 * sum(marks.values()) / len(marks), id=aid))
        records = Records(banks=[bank], questions=list({q.id: q for q in questions}.values()), assessments=[form],
                          cohorts=[cohort], participants=people, sessions=[session], attempts=attempts,
                          events=events)
        manifest = {"created_at": "2026-03-02T10:00:00+00:00", "device_id": device, "device_name": f"laptop-{b}",
                    "counts": records.counts(), "time_range": records.time_range()}
        data = build_container(RESULTS, manifest, to_members(records), password)
        (folder / f"b{b:03d}.assessor-results").write_bytes(data)


def run(n_bundles: int = 100, n_attempts: int = 40, n_questions: int = 40, repeats: int = 3,
        password: str | None = None) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "usb"
        folder.mkdir()
        make_bundles(folder, n_bundles, n_attempts, n_questions, password)
        merge, again = [], []
        for r in range(repeats):
            store = Store.open(Path(tmp) / f"merged{r}.db")
            t = time.perf_counter()
            report = import_results(store, [folder], password)
            merge.append(time.perf_counter() - t)
            assert sum(b.new["attempts"] for b in report.bundles) == n_bundles * n_attempts
            t = time.perf_counter()
            report = import_results(store, [folder], password)
            again.append(time.perf_counter() - t)
            assert all(b.status == "unchanged" for b in report.bundles)
            store.close()
    return {"bundles": n_bundles, "attempts": n_bundles * n_attempts,
            "answer_events": n_bundles * n_attempts * n_questions, "encrypted": bool(password),
            "merge_s": statistics.median(merge), "reimport_s": statistics.median(again)}


def kdf_seconds(repeats: int = 3) -> float:
    times = []
    for _ in range(repeats):
        salt = np.random.default_rng().bytes(16)
        t = time.perf_counter()
        crypto.derive_key("benchmark password", salt)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundles", type=int, default=100)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    for password in (None, "benchmark password"):
        r = run(args.bundles, repeats=args.repeats, password=password)
        print(f"merge {r['bundles']} bundles ({r['attempts']} attempts, {r['answer_events']} answer events, "
              f"{'encrypted' if r['encrypted'] else 'plain'}): {r['merge_s']:.2f} s; "
              f"re-import (no-op): {r['reimport_s']:.2f} s")
    print(f"scrypt key derivation (n=2**15, r=8, p=1), per distinct salt: {kdf_seconds():.3f} s")


if __name__ == "__main__":
    main()
