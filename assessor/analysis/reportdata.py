"""Per-participant results of one cohort, ready for score sheets and exports.

The statistics engine (:mod:`assessor.analysis.stats`) works on groups; a score sheet needs each
person's own numbers, with the roster, dates, topics and the item review around them. The
figures themselves (percentages, gain, normalized gain) come from the one computation in
:mod:`assessor.analysis.participants` that the results screen uses, and passing is the one
pass rule (:func:`assessor.delivery.scoring.passes`), so a sheet never disagrees with the
screen or the cohort report. No UI code, no SQL: everything is read through the store's
repositories.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from assessor.people.cohorts import Cohort
from assessor.banks.questions import OPTION_LETTERS, Question, localized
from assessor.analysis.participants import person_figures, phase_percentages
from assessor.delivery.scoring import passes

PHASES = ("pre", "post", "followup")


@dataclass(frozen=True)
class ReviewItem:
    """One question of an attempt as shown in the item-by-item review."""

    number: int
    key: str
    topic: str
    text: dict
    given: dict  # language -> the participant's answer as text ("" when unanswered)
    correct: dict  # language -> the correct answer as text
    mark: float
    image: str | None = None  # the SHA-256 of the question's image, if it shows one (CohortResults.images)


@dataclass(frozen=True)
class ParticipantResult:
    """One participant of a cohort with a score per phase (None: did not take it)."""

    participant_id: str
    code: str
    name: str
    sex: str
    organisation: str
    pct: dict  # phase -> float | None
    submitted: dict  # phase -> ISO date ("" when not taken)
    passed: dict  # phase -> bool | None
    topic_pct: dict  # topic -> {phase: float | None}
    marks: dict  # phase -> {item key: mark}
    attempt_ids: dict  # phase -> attempt id
    review: dict = field(default_factory=dict)  # phase -> list[ReviewItem] (only when asked for)
    language: str = "en"  # the language of the participant's latest test ("en" when none was taken)
    pending: dict = field(default_factory=dict)  # phase -> essays still to be marked (the score is provisional)

    @property
    def gain(self) -> float | None:
        """Post - pre in percentage points; None unless both tests were taken."""
        return person_figures(self.pct.get("pre"), self.pct.get("post"))[0]

    @property
    def normalized_gain(self) -> float | None:
        """(post - pre) / (100 - pre); None without both tests or with a pre-test of 100%."""
        return person_figures(self.pct.get("pre"), self.pct.get("post"))[1]


@dataclass(frozen=True)
class CohortResults:
    """Everything a score sheet or a participants export shows about one cohort."""

    cohort: Cohort
    pass_mark: float
    training: dict  # language -> title (the question bank's name)
    tests: dict  # phase -> assessment name
    topics: tuple  # topic keys in display order
    topic_labels: dict  # topic -> {language: label}
    items: tuple  # item keys in form order
    item_topic: dict
    phases: tuple  # phases that anybody in the cohort took
    participants: tuple  # ParticipantResult, in code order
    images: dict = field(default_factory=dict)  # SHA-256 -> StoredImage of the reviewed questions (review only)

    def topic_label(self, topic: str, lang: str) -> str:
        """The topic's label in ``lang`` (the key itself, or "-", when it has none)."""
        return localized(self.topic_labels.get(topic), lang) or topic or "-"


def cohort_results(store, cohort_name: str, review: bool = False) -> CohortResults:
    """Results of every participant on the roster of ``cohort_name`` (also those who took no test).

    With ``review`` each taken phase carries the item-by-item review (answers and the
    correct answers). Raises NotFound for an unknown cohort.
    """
    cohort = store.cohorts.by_name(cohort_name)
    results = [r for r in store.results.phase_results([cohort_name]) if r.cohort_id == cohort.id]
    roster = [p for p in store.cohorts.participants(cohort.id) if not p.erased]
    qids = {q for r in results for q in r.marks}
    questions: dict[str, Question] = store.banks.questions_by_id(qids) if qids else {}

    # Items in the order of the first form that used them; topics in first-seen order.
    items: list[str] = []
    seen: set[str] = set()
    tests: dict[str, str] = {}
    pass_mark = None
    for r in sorted(results, key=lambda r: PHASES.index(r.phase)):
        if r.phase not in tests:
            tests[r.phase] = store.assessments.get(r.assessment_id).name
            if pass_mark is None or r.phase == "post":
                pass_mark = r.pass_mark
            form = store.assessments.get(r.assessment_id)
            for qid in form.question_ids:
                q = questions.get(qid)
                if q is not None and q.key not in seen:
                    seen.add(q.key)
                    items.append(q.key)
        for qid in r.marks:
            q = questions[qid]
            if q.key not in seen:
                seen.add(q.key)
                items.append(q.key)
    pass_mark = 70.0 if pass_mark is None else float(pass_mark)
    key_of = {qid: q.key for qid, q in questions.items()}
    item_topic: dict[str, str] = {}
    for q in questions.values():
        item_topic.setdefault(q.key, q.topic)
    topics = tuple(dict.fromkeys(item_topic[k] for k in items))
    bank_ids = {q.bank_id for q in questions.values()}
    training: dict = {}
    topic_labels: dict = {}
    for bid in sorted(bank_ids):
        bank = store.banks.get(bid, with_questions=False)
        training = training or dict(bank.name)
        for t, label in bank.topics.items():
            topic_labels.setdefault(t, dict(label))

    # Marks as phase x person x item matrices (NaN where not given).
    people = sorted(roster, key=lambda p: p.code)
    index = {p.id: i for i, p in enumerate(people)}
    col = {k: j for j, k in enumerate(items)}
    marks = np.full((3, len(people), len(items)), np.nan)
    by_person: dict[tuple, object] = {}
    for r in results:
        i = index.get(r.participant_id)
        if i is None:
            continue  # erased from the roster: never shown
        ph = PHASES.index(r.phase)
        by_person[(r.participant_id, r.phase)] = r
        if r.marks:
            cols = [col[key_of[q]] for q in r.marks]
            marks[ph, i, cols] = list(r.marks.values())
    present = ~np.isnan(marks)
    # The same computation as the results screen's (assessor.analysis.participants).
    ph_of, person_of, item_of = np.nonzero(present)
    given = marks[present]
    pct = phase_percentages(ph_of, person_of, given, len(people))
    item_topics = np.asarray([item_topic[k] for k in items], dtype=object)
    tpct = {}
    for t in topics:
        mine = item_topics[item_of] == t
        tpct[t] = phase_percentages(ph_of[mine], person_of[mine], given[mine], len(people))

    def num(x) -> float | None:
        return None if np.isnan(x) else float(x)

    from assessor.delivery.grading import pending_essays

    essay_forms = {}
    for r in results:
        if r.assessment_id not in essay_forms:
            form_ids = list(store.assessments.get(r.assessment_id).question_ids)
            essay_forms[r.assessment_id] = any(q.manual for q in store.banks.questions_by_id(form_ids).values())

    def pending_of(r) -> int:
        return pending_essays(store, store.attempts.get(r.attempt_id)) if essay_forms[r.assessment_id] else 0

    out = []
    for i, p in enumerate(people):
        taken = {ph: (p.id, ph) in by_person for ph in PHASES}
        scores = {ph: num(pct[k, i]) if taken[ph] else None for k, ph in enumerate(PHASES)}
        rev = {}
        if review:
            for ph in PHASES:
                if taken[ph]:
                    rev[ph] = _review(store, by_person[(p.id, ph)], questions)
        out.append(ParticipantResult(
            participant_id=p.id, code=p.code, name=p.name, sex=p.sex, organisation=p.organisation,
            pct=scores,
            submitted={ph: (by_person[(p.id, ph)].submitted_at[:10] if taken[ph] else "") for ph in PHASES},
            passed={ph: (None if scores[ph] is None else passes(scores[ph], pass_mark)) for ph in PHASES},
            topic_pct={t: {ph: (num(tpct[t][k, i]) if taken[ph] else None) for k, ph in enumerate(PHASES)}
                       for t in topics},
            marks={ph: {items[j]: float(marks[k, i, j]) for j in np.flatnonzero(present[k, i])}
                   for k, ph in enumerate(PHASES) if taken[ph]},
            attempt_ids={ph: by_person[(p.id, ph)].attempt_id for ph in PHASES if taken[ph]},
            review=rev,
            pending={ph: n for ph in PHASES if taken[ph] and (n := pending_of(by_person[(p.id, ph)]))},
            language=max((by_person[(p.id, ph)] for ph in PHASES if taken[ph]), key=lambda r: r.submitted_at,
                         default=None).language if any(taken.values()) else "en",
        ))
    phases = tuple(ph for ph in PHASES if any(r.pct[ph] is not None for r in out))
    images = store.banks.images([q for q in questions.values() if q.image]) if review else {}
    return CohortResults(cohort=cohort, pass_mark=pass_mark, training=training, tests=tests, topics=topics,
                         topic_labels=topic_labels, items=tuple(items), item_topic=item_topic, phases=phases,
                         participants=tuple(out), images=images)


# ---------------------------------------------------------------------------
# Item review


def _review(store, result, questions: dict[str, Question]) -> list[ReviewItem]:
    attempt = store.attempts.get(result.attempt_id)
    state = store.attempts.current_state(result.attempt_id)
    order = [q for q in attempt.question_order if q in result.marks] or list(result.marks)
    out = []
    for n, qid in enumerate(order, 1):
        q = questions[qid]
        answer = state.get(qid, {}).get("answer")
        shown = tuple(attempt.option_orders.get(qid) or ())
        out.append(ReviewItem(
            number=n, key=q.key, topic=q.topic, text=dict(q.text),
            given={lang: answer_text(q, answer, lang, shown) for lang in ("en", "id")},
            correct={lang: correct_text(q, lang, shown) for lang in ("en", "id")},
            mark=float(result.marks[qid]), image=q.image or None,
        ))
    return out


_TRUE = {"en": ("True", "False"), "id": ("Benar", "Salah")}


def _option(q: Question, key: str, lang: str, shown: tuple = ()) -> str:
    """An option as "letter. text", with the letter the participant saw (``shown``: the keys in
    the order the attempt showed them; the bank's own letters when the order is unknown)."""
    i = q.option_keys.index(key) if key in q.option_keys else -1
    if i < 0:
        return str(key)
    letter = OPTION_LETTERS[shown.index(key)] if key in shown else key
    return f"{letter}. {localized(q.options[i].text, lang)}"


def answer_text(q: Question, answer, lang: str, shown: tuple = ()) -> str:
    """A participant's stored answer to ``q`` as text ("" when unanswered).

    ``shown`` is the attempt's order of the options, so letters are the ones the participant saw.
    """
    if answer is None or answer == "" or answer == []:
        return ""
    if q.type == "truefalse":
        return _TRUE.get(lang, _TRUE["en"])[0 if answer else 1]
    if q.type == "single":
        return _option(q, str(answer), lang, shown)
    if q.type == "multiple":
        return "; ".join(_option(q, str(k), lang, shown) for k in sorted(answer, key=_shown_place(shown)))
    if q.type == "matching" and isinstance(answer, dict):
        return "; ".join(f"{k} → {v}" for k, v in answer.items())
    if q.type == "cloze" and isinstance(answer, list):
        return "; ".join(f"[{n}] {_blank_value(b, v, lang)}" for n, (b, v) in enumerate(zip(q.blanks, answer), 1)
                         if v not in (None, ""))
    if isinstance(answer, (list, tuple)):
        return "; ".join(str(a) for a in answer)
    return str(answer)


def _blank_value(blank, value, lang: str) -> str:
    """A cloze blank's answer as text: a choice blank's option text, else what was typed."""
    if blank.kind == "choice" and value in blank.option_keys:
        return localized(blank.options[blank.option_keys.index(value)].text, lang)
    return str(value)


def _shown_place(shown: tuple):
    return lambda key: (shown.index(key) if key in shown else len(shown), str(key))


def correct_text(q: Question, lang: str, shown: tuple = ()) -> str:
    """The correct answer to ``q`` as text, in ``lang`` (letters as in ``answer_text``)."""
    if q.type == "truefalse":
        return _TRUE.get(lang, _TRUE["en"])[0 if q.answer else 1]
    if q.type in ("single", "multiple"):
        return "; ".join(_option(q, k, lang, shown) for k in sorted(q.correct_keys, key=_shown_place(shown)))
    if q.type == "short":
        best = max(q.options, key=lambda o: o.fraction, default=None)
        return localized(best.text, lang) if best else ""
    if q.type == "numerical":
        best = max(q.numeric, key=lambda a: a.fraction, default=None)
        if best is None:
            return ""
        return f"{best.value:g}" + (f" ± {best.tolerance:g}" if best.tolerance else "")
    if q.type == "matching":
        return "; ".join(f"{localized(p.left, lang)} → {localized(p.right, lang)}" for p in q.pairs)
    if q.type == "cloze":
        out = []
        for n, b in enumerate(q.blanks, 1):
            if b.kind == "numerical":
                best = max(b.numeric, key=lambda a: a.fraction)
                out.append(f"[{n}] {best.value:g}" + (f" ± {best.tolerance:g}" if best.tolerance else ""))
            else:
                out.append(f"[{n}] {localized(max(b.options, key=lambda o: o.fraction).text, lang)}")
        return "; ".join(out)
    return ""
