"""Benchmark: `analyze` from the database, 10,000 participants × 100 items × 3 phases.

Builds a database through the store (one bank of 100 questions, 20 cohorts, one form,
a pre, post and follow-up session per cohort, 30,000 submitted attempts with their
marks), then times ``store.response_table()`` and ``analyze`` (median of repeats) and
reports the peak traced memory.

    python -m benchmarks.bench_analyze_db [--repeats 5] [--participants 10000] [--items 100]
"""

from __future__ import annotations

import argparse
import resource
import statistics
import tempfile
import time
import tracemalloc
from pathlib import Path

import numpy as np

from assessor.assessments import Assessment
from assessor.cohorts import Cohort, Participant
from assessor.ids import new_id
from assessor.questions import Bank, Question
from assessor.sessions import SUBMITTED, Attempt
from assessor.stats import analyze
from assessor.store import Store

from .datagen import generate


def build(path: Path, participants: int, items: int) -> Store:
    table = generate(participants=participants, items=items, attrition=False)
    store = Store.open(path)
    item_labels = table.item.labels
    topic_of_item = {}
    for code, topic in zip(table.item.codes, table.topic.values()):
        topic_of_item.setdefault(int(code), topic)
    questions = tuple(Question(key=label, type="truefalse", text={"en": f"Statement {label}"}, answer=True,
                               topic=topic_of_item[i]) for i, label in enumerate(item_labels))
    store.banks.import_bank(Bank(name={"en": "Bench"}, languages=("en",), questions=questions))
    qs = {q.key: q for q in store.banks.questions(store.banks.list()[0].id)}
    form = store.assessments.save(Assessment(name="Bench", question_ids=tuple(qs[k].id for k in item_labels)))
    qid_of_code = [qs[k].id for k in item_labels]
    cohort_vals = table.cohort.values()
    person_vals = table.participant.values()
    phase_vals = table.phase.values()
    order = np.lexsort((table.item.codes, table.phase.codes, table.participant.codes, table.cohort.codes))
    device = store.device_id
    with store.atomic():
        cohort_ids, sessions, people = {}, {}, {}
        for name in table.cohort.labels:
            cohort_ids[name] = store.cohorts.save(Cohort(name=name)).id
            for phase in ("pre", "post", "followup"):
                sessions[(name, phase)] = store.sessions.open(cohort_ids[name], form.id, phase).id
        # one attempt per (cohort, participant, phase): rows are grouped by the lexsort
        start = 0
        n = len(order)
        while start < n:
            first = order[start]
            key = (cohort_vals[first], person_vals[first], phase_vals[first])
            stop = start
            marks = {}
            while stop < n and (cohort_vals[order[stop]], person_vals[order[stop]], phase_vals[order[stop]]) == key:
                row = order[stop]
                marks[qid_of_code[table.item.codes[row]]] = float(table.mark[row])
                stop += 1
            cohort, code, phase = key
            if (cohort, code) not in people:
                (p,) = store.cohorts.add_participants(cohort_ids[cohort], [Participant(cohort_ids[cohort], code)])
                people[(cohort, code)] = p.id
            store.attempts.insert_exact(Attempt(
                session_id=sessions[(cohort, phase)], participant_id=people[(cohort, code)], device_id=device,
                status=SUBMITTED, submitted_at="2026-01-01T00:00:00", marks=dict(sorted(marks.items())),
                score_pct=100 * sum(marks.values()) / len(marks), id=new_id()))
            start = stop
    return store


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--participants", type=int, default=10_000)
    ap.add_argument("--items", type=int, default=100)
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        store = build(Path(tmp) / "bench.db", args.participants, args.items)
        built = time.perf_counter() - t0
        cases = [("read marks (store.response_table)", lambda: store.response_table()),
                 ("read + analyze", lambda: analyze(store.response_table()))]
        print(f"database built in {built:.1f} s; median of {args.repeats}\n")
        print("| step | median s | peak traced MB |\n|---|---:|---:|")
        for name, fn in cases:
            fn()  # warm-up
            times = []
            for _ in range(args.repeats):
                t = time.perf_counter()
                fn()
                times.append(time.perf_counter() - t)
            tracemalloc.start()
            fn()
            peak = tracemalloc.get_traced_memory()[1] / 2**20
            tracemalloc.stop()
            print(f"| {name} | {statistics.median(times):.2f} | {peak:.0f} |")
        print(f"\nprocess peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
        store.close()


if __name__ == "__main__":
    main()
