"""Simulated cohorts that mirror the motivating setting, for trying the app,
results, reports and benchmarks.

A training-of-trainers (ToT) cohort and two cascade trainings led by its
graduates, 20–30 participants each, take a 20-question form from the bundled bank
before (pre), right after (post) and some weeks after (follow-up) the training.
Answers follow a simple item-response model (ability − difficulty through a
logistic curve) with a realistic gain; some participants miss the post-test or
the follow-up. The same seed always gives the same data.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np

from assessor.delivery.assessments import Assessment
from assessor.banks.bankio import ensure_bundled_banks
from assessor.errors import Refused
from assessor.people.cohorts import SEXES, Cohort, Participant
from assessor.ids import new_id
from assessor.delivery.scoring import score
from assessor.delivery.sessions import ANSWER, CONFIDENCE, SUBMITTED, AnswerEvent, Attempt

ORGANISATIONS = ("Polri", "Kejaksaan", "Bapas", "Dinas Sosial")
FIRST = ("Ahmad", "Budi", "Citra", "Dewi", "Eko", "Fitri", "Gita", "Hendra", "Indah", "Joko", "Kartika", "Lestari",
         "Made", "Nur", "Putri", "Rizki", "Sari", "Taufik", "Wahyu", "Yuni", "Agus", "Bayu", "Dian", "Rina")
LAST = ("Santoso", "Wijaya", "Pratama", "Lestari", "Hidayat", "Saputra", "Nugroho", "Kusuma", "Siregar", "Harahap",
        "Situmorang", "Rahman", "Setiawan", "Utami")


@dataclass(frozen=True)
class DemoSummary:
    cohorts: tuple[str, ...]
    participants: int
    attempts: int
    answer_events: int


def _logistic(x):
    return 1.0 / (1.0 + np.exp(-x))


def check_demo_target(store, into_real_db: bool = False) -> None:
    """Refuse (code ``demo_into_real_db``) a database holding real cohorts, unless asked for explicitly."""
    if not into_real_db and store.cohorts.has_real_cohorts():
        raise Refused("This database holds real cohorts, so no demo data was added; use a separate database "
                      "(--db) or pass --into-real-db to add it anyway.", code="demo_into_real_db")


def build_demo(store, seed: int = 1, n_questions: int = 20, into_real_db: bool = False) -> DemoSummary:
    """Fill ``store`` with the demo cohorts, each marked as demo.

    A database that already holds real (non-demo) cohorts is refused untouched unless
    ``into_real_db`` is set, so simulated results never mix with real ones by accident.
    """
    check_demo_target(store, into_real_db)
    rng = np.random.default_rng(seed)
    ensure_bundled_banks(store)
    bank = store.banks.list()[0]
    # Drawn from in key order, as before banks kept their file's order: a seed gives the same demo as it always has.
    questions = sorted(store.banks.questions(bank.id), key=lambda q: q.key)
    # A form spread over the topics, in a fixed order drawn from the seed.
    by_topic: dict[str, list] = {}
    for q in questions:
        by_topic.setdefault(q.topic, []).append(q)
    chosen = []
    while len(chosen) < min(n_questions, len(questions)):
        for topic in sorted(by_topic):
            pool = [q for q in by_topic[topic] if q not in chosen]
            if pool and len(chosen) < n_questions:
                chosen.append(pool[int(rng.integers(len(pool)))])
    form = store.assessments.save(Assessment(
        name=f"CPCT knowledge test (demo {seed})", question_ids=tuple(q.id for q in chosen), pass_mark=70.0,
        time_limit_min=30, confidence=True, show_score=True,
        draw={"method": "per_topic", "seed": seed, "n": n_questions}))
    difficulty = rng.normal(0.2, 0.8, len(chosen))

    start = dt.date(2026, 3, 2)
    specs = [("ToT Jakarta 2026", "JKT", None, 24, 1.25, start),
             ("Cascade Surabaya 2026", "SBY", 0, 28, 0.95, start + dt.timedelta(days=35)),
             ("Cascade Makassar 2026", "MKS", 0, 22, 0.8, start + dt.timedelta(days=49))]
    made: list[Cohort] = []
    n_people = n_attempts = n_events = 0
    device = store.device_id
    for name, prefix, parent, size, mean_gain, day in specs:
        cohort = store.cohorts.save(Cohort(
            name=name, organisation="UNODC / Polri", location=name.split()[1], start_date=day.isoformat(),
            end_date=(day + dt.timedelta(days=4)).isoformat(), trainers=("Trainer A", "Trainer B"),
            parent_id=made[parent].id if parent is not None else None, demo=True))
        made.append(cohort)
        people = []
        for i in range(size):
            people.append(Participant(
                cohort_id=cohort.id, code=f"{prefix}-{i + 1:02d}", name=f"{FIRST[rng.integers(len(FIRST))]} {LAST[rng.integers(len(LAST))]}",
                sex=SEXES[int(rng.choice(4, p=[0.38, 0.58, 0.01, 0.03]))],
                organisation=ORGANISATIONS[int(rng.integers(len(ORGANISATIONS)))], role="Officer"))
        people = store.cohorts.add_participants(cohort.id, people)
        n_people += len(people)
        ability = rng.normal(-0.3, 0.8, size)
        gain = rng.normal(mean_gain, 0.5, size)
        phases = [("pre", 0, 0.0, 1.0), ("post", 4, 1.0, 0.88), ("followup", 60, 0.7, 0.7)]
        for phase, offset, keep, present in phases:
            session = store.sessions.open(cohort.id, form.id, phase)
            when = dt.datetime.combine(day + dt.timedelta(days=offset), dt.time(9, 0), tzinfo=dt.timezone.utc)
            with store.atomic():
                for p_i, person in enumerate(people):
                    if phase != "pre" and rng.random() > present:
                        continue  # attrition: missed this test
                    theta = ability[p_i] + keep * gain[p_i]
                    attempt, events = _simulate(rng, person, session.id, device, chosen, difficulty, theta, when,
                                                form.confidence)
                    store.attempts.insert_exact(attempt)
                    store.attempts.insert_events(events)
                    n_attempts += 1
                    n_events += len(events)
            store.sessions.close(session.id)
    with store.atomic():
        store.audit.log("demo.build", seed=seed, cohort_ids=[c.id for c in made], demo=True)
    return DemoSummary(tuple(c.name for c in made), n_people, n_attempts, n_events)


def _simulate(rng, person, session_id, device, questions, difficulty, theta, when, with_confidence):
    start = when + dt.timedelta(minutes=float(rng.uniform(0, 10)))
    t = start
    attempt_id = new_id()
    events, marks, confidences = [], {}, {}
    option_orders = {}
    for q, b in zip(questions, difficulty):
        p = _logistic(1.3 * (theta - b))
        right = rng.random() < p
        response = _response(rng, q, right)
        t += dt.timedelta(seconds=float(rng.uniform(15, 70)))
        events.append(AnswerEvent(attempt_id, q.id, ANSWER, response, t.isoformat(), device, new_id()))
        marks[q.id] = score(q, response)
        if with_confidence:
            level = int(np.clip(round(rng.normal(3.0 if right else 2.2, 0.8)), 1, 4))
            confidences[q.id] = level
            events.append(AnswerEvent(attempt_id, q.id, CONFIDENCE, level, t.isoformat(), device, new_id()))
        if q.option_keys:
            option_orders[q.id] = tuple(rng.permutation(list(q.option_keys)).tolist())
    used = (t - start).total_seconds()
    score_pct = 100.0 * sum(marks.values()) / len(marks)
    attempt = Attempt(session_id=session_id, participant_id=person.id, device_id=device,
                      language="id" if rng.random() < 0.7 else "en", seed=int(rng.integers(2**31)),
                      question_order=tuple(q.id for q in questions), option_orders=option_orders,
                      started_at=start.isoformat(), submitted_at=t.isoformat(), time_used_s=used, status=SUBMITTED,
                      position=len(questions) - 1, marks=marks, confidences=confidences or None,
                      score_pct=score_pct, id=attempt_id)
    return attempt, events


def _response(rng, q, right: bool):
    if q.type == "truefalse":
        return bool(q.answer) if right else (not q.answer)
    if q.type == "single":
        if right:
            return q.correct_keys[0]
        wrong = [k for k in q.option_keys if k not in q.correct_keys]
        return wrong[int(rng.integers(len(wrong)))]
    if q.type == "multiple":
        if right:
            return sorted(q.correct_keys)
        keys = list(q.option_keys)
        while True:
            pick = sorted(k for k in keys if rng.random() < 0.5)
            if pick and pick != sorted(q.correct_keys):
                return pick
    return None


