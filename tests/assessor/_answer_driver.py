"""Subprocess for the durability test: answers questions in a loop through the engine.

    python tests/assessor/_answer_driver.py DB SESSION_ID PARTICIPANT_CODE SEED

After each engine call returns (the event is committed) it prints the event id and
the value on one line and flushes, so the parent knows exactly what was
acknowledged before it kills this process.
"""

from __future__ import annotations

import json
import random
import sys


def main(db, session_id, code, seed) -> None:
    from assessor.delivery.engine import AttemptEngine
    from assessor.store import Store

    store = Store.open(db)
    engine = AttemptEngine(store)
    check = engine.check_in(session_id, code)
    engine.start_or_resume(session_id, check.participant.id)
    print(json.dumps({"ready": engine.attempt.id}), flush=True)
    rng = random.Random(int(seed))
    while True:
        q = engine.questions[rng.randrange(engine.count)]
        roll = rng.random()
        if roll < 0.15:
            flagged = engine.toggle_flag(q.id)
            print(json.dumps({"q": q.id, "kind": "flag", "value": flagged}), flush=True)
            continue
        if q.type == "single":
            value = rng.choice(q.option_keys)
        elif q.type == "multiple":
            value = sorted(k for k in q.option_keys if rng.random() < 0.5)
        elif q.type == "truefalse":
            value = rng.random() < 0.5
        else:
            continue
        event = engine.answer(q.id, value)
        print(json.dumps({"q": q.id, "kind": "answer", "value": event.value, "id": event.id}), flush=True)


if __name__ == "__main__":
    main(*sys.argv[1:5])
