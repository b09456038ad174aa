"""Building test forms: draw N questions per topic at random, and describe a form's blueprint.

The draw is reproducible from its seed, and the caller records it in
``Assessment.draw`` so the saved form is fixed and the choice can be explained later.
"""

from __future__ import annotations

import random
from collections import defaultdict

from assessor.errors import InputError
from assessor.banks.questions import Question


def draw_per_topic(questions: list[Question], n_per_topic: int | dict[str, int], seed: int) -> list[str]:
    """Ids of ``n_per_topic`` questions drawn at random from each topic (one int for all, or per topic).

    The same questions and seed always give the same ids. Topics are taken in
    alphabetical order and questions keep key order within a topic, so the form reads
    topic by topic. Raises InputError naming the topic when it has too few questions.
    """
    by_topic: dict[str, list[Question]] = defaultdict(list)
    for q in sorted(questions, key=lambda q: (q.topic, q.key, q.version)):
        by_topic[q.topic].append(q)
    wanted = n_per_topic if isinstance(n_per_topic, dict) else {t: n_per_topic for t in by_topic}
    rng = random.Random(seed)
    chosen: list[str] = []
    for topic in sorted(by_topic):
        n = int(wanted.get(topic, 0))
        pool = by_topic[topic]
        if n < 0:
            raise InputError(f"Topic {topic!r}: cannot draw a negative number of questions.", code="bad_count")
        if n > len(pool):
            raise InputError(f"Topic {topic!r} has {len(pool)} questions; cannot draw {n}.",
                             code="too_few_questions", topic=topic, available=len(pool), wanted=n)
        picked = set(rng.sample(range(len(pool)), n))
        chosen += [q.id for i, q in enumerate(pool) if i in picked]
    return chosen


def draw_record(n_per_topic, seed: int, bank_ids) -> dict:
    """What to store in ``Assessment.draw`` for a per-topic draw."""
    return {"method": "per_topic", "n_per_topic": n_per_topic, "seed": seed, "banks": sorted(bank_ids)}


def blueprint(questions: list[Question]) -> dict[str, dict[str, int]]:
    """How many questions of each type a form has per topic: ``{topic: {type: n}}``."""
    table: dict[str, dict[str, int]] = {}
    for q in questions:
        per_type = table.setdefault(q.topic, {})
        per_type[q.type] = per_type.get(q.type, 0) + 1
    return table
