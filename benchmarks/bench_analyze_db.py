"""Benchmark: `analyze` from the database, 10,000 participants × 100 items × 3 phases.

Builds a database through the store (one bank of 100 questions, 20 cohorts, one form,
a pre, post and follow-up session per cohort, 30,000 submitted attempts with their
marks), then times ``store.response_table()`` and ``analyze`` in a warm process, and the whole
command ``assessor --db DB analyze --json`` in fresh processes (median of repeats; its
peak RSS is the memory figure).

    python -m benchmarks.bench_analyze_db [--quick] [--json]
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from assessor.delivery.assessments import Assessment
from assessor.people.cohorts import Cohort, Participant
from assessor.ids import new_id
from assessor.banks.questions import Bank, Question
from assessor.delivery.sessions import SUBMITTED, Attempt
from assessor.analysis.stats import analyze
from assessor.store import Store

from benchmarks import common
from benchmarks.bench_analyze import TARGET_MB, TARGET_S
from benchmarks.common import Row
from benchmarks.datagen import generate


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


def run(quick: bool = False) -> list[Row]:
    participants, repeats = (1_000, 1) if quick else (10_000, 5)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.db"
        t0 = time.perf_counter()
        store = build(path, participants, 100)
        built = time.perf_counter() - t0
        read_s, _ = common.median_time(lambda: store.response_table(), repeats)
        both_s, _ = common.median_time(lambda: analyze(store.response_table()), repeats)
        traced = common.traced_peak_mb(lambda: analyze(store.response_table()))
        store.close()
        cli = [common.run_child(["-m", "assessor", "--db", str(path), "analyze", "--json"]) for _ in range(repeats)]
    cli_s = statistics.median(c[0] for c in cli)
    cli_mb = max(c[1] for c in cli)
    size = f"{participants:,} × 100 × 3, {3 * participants:,} submitted attempts"
    return [
        Row(f"analyze from the database: `assessor --db DB analyze --json`, fresh process ({size})", cli_s, "s",
            TARGET_S, note=f"database built through the store in {built:.0f} s (not timed)"
                 + common.miss_reason([c[0] for c in cli], TARGET_S)),
        Row("analyze from the database: peak memory of that process (max RSS)", cli_mb, "MB", TARGET_MB),
        Row("analyze from the database: read + analyze in a warm process", both_s, "s", TARGET_S,
            note=f"peak traced Python/numpy heap {traced:.0f} MB"),
        Row("analyze from the database: read marks only (`store.response_table()`, warm)", read_s, "s"),
    ]


def main(argv=None) -> int:
    return common.main(run, argv, __doc__)


if __name__ == "__main__":
    sys.exit(main())
