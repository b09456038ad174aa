"""Course evaluations (Kirkpatrick level 1): ratings, choices, comments and retrospective self-assessment.

Everything here describes; nothing is scored. Per item: n, the distribution, the median,
the mean with a t confidence interval, and the share agreeing (the points above the
scale's midpoint) with a Wilson interval. Retrospective self-assessment (then / now on one
scale) is summarised per topic with the paired change and a Wilcoxon signed-rank test.
Anonymous evaluations show no figure but n for an item with fewer than
:data:`MIN_CELL` responses. When an evaluation is linked to participants, the self-rated
gain of a topic is set beside the measured gain (post − pre, % of the topic's marks)
with Spearman's rank correlation. Formulas and references: docs/statistics.md.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np
from scipy import special

from assessor.analysis.inference import put, wilcoxon_block
from assessor.banks.questions import OPTION_LETTERS, Question
from assessor.delivery.marking import replay

MIN_CELL = 5
"""Fewer anonymous responses than this show no distribution or figure (small-cell protection)."""

CONFIDENCE = 0.95


@dataclass
class _Item:
    question: Question
    values: list = field(default_factory=list)  # answers, one per response that answered
    by_participant: dict = field(default_factory=dict)  # linked only: participant code -> answer


@dataclass
class _CohortData:
    name: str
    topic_names: dict = field(default_factory=dict)  # topic code -> {lang: name}, from the items' banks
    anonymous: bool = False
    linked: bool = False
    responses: int = 0
    items: dict[str, _Item] = field(default_factory=dict)  # by question key, in form order


def gather(store, cohorts: list[str] | None = None) -> list[_CohortData]:
    """Read every submitted evaluation response of each cohort (anonymous and linked)."""
    out: list[_CohortData] = []
    forms = {f.id: f for f in store.assessments.list(include_archived=True) if f.evaluation}
    if not forms:
        return out
    for cohort in store.cohorts.list(include_archived=True):
        if cohorts and cohort.name not in cohorts:
            continue
        data = _CohortData(cohort.name)
        codes: dict[str, str] = {}
        for session in store.sessions.list(cohort.id):
            form = forms.get(session.assessment_id)
            if form is None:  # not a course evaluation
                continue
            if not form.anonymous and not codes:
                codes = {p.id: p.code for p in store.cohorts.participants(cohort.id)}
            questions = store.assessments.questions(form)
            for q in questions:
                data.items.setdefault(q.key, _Item(q))
                if q.topic and q.topic not in data.topic_names:
                    data.topic_names[q.topic] = dict(store.banks.get(q.bank_id, with_questions=False).topics
                                                     .get(q.topic, {}))
            if form.anonymous:
                data.anonymous = True
                answer_sets = [(None, r.answers) for r in store.evaluations.responses(session.id)]
            else:
                data.linked = True
                answer_sets = []
                for attempt in store.attempts.for_session(session.id):
                    if attempt.status != "submitted":
                        continue
                    states = replay(store.attempts.events(attempt.id))
                    answers = {qid: s.answer for qid, s in states.items() if s.answer is not None}
                    answer_sets.append((codes.get(attempt.participant_id), answers))
            by_id = {q.id: q for q in questions}
            for code, answers in answer_sets:
                data.responses += 1
                for qid, value in answers.items():
                    if qid in by_id:
                        item = data.items[by_id[qid].key]
                        item.values.append(value)
                        if code is not None:
                            item.by_participant[code] = value
        if data.items:
            out.append(data)
    return out


def analyze_evaluations(store, cohorts: list[str] | None = None, responses=None) -> dict:
    """The ``evaluation`` section of ``assessor analyze --json`` (see docs/statistics.md).

    ``responses`` is the knowledge results already read (``store.response_table(cohorts)``),
    if the caller has it; the measured gain per topic that linked self-assessments are
    related to comes from it (:func:`measured_topic_gains`). It is read only when a linked
    evaluation has retrospective items, so a database without them pays nothing.
    """
    found = gather(store, cohorts)
    topic_gains: dict = {}
    if any(d.linked and any(it.question.type == "retro" for it in d.items.values()) for d in found):
        topic_gains = measured_topic_gains(responses if responses is not None else store.response_table(cohorts))
    result = {"min_cell": MIN_CELL, "cohorts": [], "comparison": []}
    for data in found:
        entry = {"cohort": data.name, "responses": data.responses, "anonymous": data.anonymous,
                 "linked": data.linked, "items": [], "retrospective": [], "comments": []}
        protect = data.anonymous
        for item in data.items.values():
            q = item.question
            if q.type == "rating":
                entry["items"].append(rating_summary(q, item.values, protect))
            elif q.type == "choice":
                entry["items"].append(choice_summary(q, item.values, protect))
            elif q.type == "comment":
                texts = sorted(str(v).strip() for v in item.values if str(v).strip())
                entry["comments"].append({"key": q.key, "text": dict(q.text), "n": len(texts), "comments": texts})
        entry["retrospective"] = retrospective(data, protect, topic_gains)
        result["cohorts"].append(entry)
    result["comparison"] = compare_cohorts(found)
    return result


def rating_summary(q: Question, values: list, protect: bool) -> dict:
    """n, distribution, median, mean with CI, share agreeing (points above the midpoint) with Wilson CI."""
    x = np.array([v for v in values if isinstance(v, int)], dtype=np.float64)
    n = len(x)
    out: dict = {"key": q.key, "type": "rating", "text": dict(q.text), "points": q.points,
                 "labels": [dict(label) for label in q.scale], "n": n}
    if protect and n < MIN_CELL:
        out["suppressed"] = True
        out["suppressed_reason"] = f"fewer than {MIN_CELL} anonymous responses"
        return out
    out["suppressed"] = False
    out["distribution"] = [int((x == point).sum()) for point in range(1, q.points + 1)]
    if n == 0:
        for key in ("median", "mean", "agree_share"):
            put(out, key, None, "no responses")
        out["mean_ci"] = out["agree_ci"] = None
        return out
    put(out, "median", float(np.median(x)))
    put(out, "mean", float(x.mean()))
    out["mean_ci"] = mean_ci(x)
    agree = int((x > (q.points + 1) / 2).sum())
    out["agree_count"] = agree
    put(out, "agree_share", agree / n)
    out["agree_ci"] = list(wilson(agree, n))
    return out


def choice_summary(q: Question, values: list, protect: bool) -> dict:
    """n and the count and share of each option."""
    letters = OPTION_LETTERS[: len(q.options)]
    picks = [v for v in values if isinstance(v, str) and v in letters]
    n = len(picks)
    out: dict = {"key": q.key, "type": "choice", "text": dict(q.text),
                 "options": [dict(o.text) for o in q.options], "n": n}
    if protect and n < MIN_CELL:
        out["suppressed"] = True
        out["suppressed_reason"] = f"fewer than {MIN_CELL} anonymous responses"
        return out
    out["suppressed"] = False
    out["counts"] = [picks.count(letter) for letter in letters]
    out["shares"] = [c / n if n else None for c in out["counts"]]
    return out


def retrospective(data: _CohortData, protect: bool, topic_gains: dict) -> list[dict]:
    """Per topic: then / now means, the paired change and its Wilcoxon test; the link to measured gain."""
    topics: dict[str, list[_Item]] = {}
    for item in data.items.values():
        if item.question.type == "retro":
            topics.setdefault(item.question.topic, []).append(item)
    out = []
    for topic, items in topics.items():
        pairs = [(v["then"], v["now"]) for it in items for v in it.values
                 if isinstance(v, dict) and "then" in v and "now" in v]
        entry: dict = {"topic": topic, "topic_name": data.topic_names.get(topic, {}),
                       "items": [it.question.key for it in items], "n": len(pairs)}
        if protect and len(pairs) < MIN_CELL:
            entry["suppressed"] = True
            entry["suppressed_reason"] = f"fewer than {MIN_CELL} anonymous responses"
            out.append(entry)
            continue
        entry["suppressed"] = False
        then = np.array([p[0] for p in pairs], dtype=np.float64)
        now = np.array([p[1] for p in pairs], dtype=np.float64)
        if len(pairs):
            put(entry, "mean_then", float(then.mean()))
            put(entry, "mean_now", float(now.mean()))
            change = now - then
            put(entry, "mean_change", float(change.mean()))
            entry["change_ci"] = mean_ci(change)
            entry["wilcoxon"] = wilcoxon_block(change)
        else:
            for key in ("mean_then", "mean_now", "mean_change"):
                put(entry, key, None, "no responses")
        if data.linked:
            entry["link"] = link_to_measured(data.name, topic, items, topic_gains)
        out.append(entry)
    return out


def link_to_measured(cohort: str, topic: str, items: list[_Item], topic_gains: dict) -> dict:
    """Spearman's rho between self-rated gain (now − then, mean over the topic's items) and measured gain."""
    self_gain: dict[str, list[float]] = {}
    for it in items:
        for code, v in it.by_participant.items():
            if isinstance(v, dict) and "then" in v and "now" in v:
                self_gain.setdefault(code, []).append(v["now"] - v["then"])
    xs, ys = [], []
    for code, gains in sorted(self_gain.items()):
        measured = topic_gains.get((cohort, code, topic))
        if measured is not None:
            xs.append(float(np.mean(gains)))
            ys.append(float(measured))
    out: dict = {"n": len(xs), "method": "Spearman rank correlation"}
    if len(xs) < MIN_CELL:
        put(out, "rho", None, f"fewer than {MIN_CELL} participants with both a self-assessment and a pre/post score")
        put(out, "p", None, out["rho_null_reason"])
        return out
    if len(set(xs)) < 2 or len(set(ys)) < 2:
        put(out, "rho", None, "no variation in one of the two gains")
        put(out, "p", None, out["rho_null_reason"])
        return out
    from scipy import stats as sps  # here, not at import: scipy.stats costs 0.4 s of every analyze

    rho, p = sps.spearmanr(xs, ys)
    put(out, "rho", float(rho))
    put(out, "p", float(p))
    return out


def compare_cohorts(found: list[_CohortData]) -> list[dict]:
    """For each rating item rated in two or more cohorts: n and median per cohort, Kruskal-Wallis H and p."""
    keys: dict[str, list] = {}
    for data in found:
        for key, item in data.items.items():
            if item.question.type != "rating":
                continue
            x = [v for v in item.values if isinstance(v, int)]
            if data.anonymous and len(x) < MIN_CELL:
                continue  # suppressed cells never enter a comparison
            keys.setdefault(key, []).append((data.name, x))
    out = []
    for key, groups in keys.items():
        groups = [(name, x) for name, x in groups if len(x) >= 2]
        if len(groups) < 2:
            continue
        entry: dict = {"key": key, "cohorts": [{"cohort": name, "n": len(x), "median": float(np.median(x))}
                                               for name, x in groups], "method": "Kruskal-Wallis"}
        values = [np.array(x, dtype=np.float64) for _name, x in groups]
        if len(np.unique(np.concatenate(values))) < 2:
            put(entry, "h", None, "every rating is the same")
            put(entry, "p", None, "every rating is the same")
        else:
            from scipy import stats as sps

            h, p = sps.kruskal(*values)
            put(entry, "h", float(h))
            put(entry, "p", float(p))
        out.append(entry)
    return out


def side_by_side(evaluation: dict, cohorts: list[str]) -> list[dict]:
    """Each rating item of ``evaluation`` (an :func:`analyze_evaluations` result) with one cell per cohort.

    A cell has the cohort's ``n``, ``mean`` and ``agree_share``; a suppressed cell (anonymous,
    fewer than :data:`MIN_CELL` responses) has ``suppressed`` True and only its ``n``; a cohort
    that was not asked the item has ``asked`` False. ``p`` is the Kruskal-Wallis p of the item
    across the cohorts with enough ratings (None when not tested). Items in first-seen order.
    """
    entries = {e["cohort"]: e for e in evaluation.get("cohorts", ())}
    tests = {c["key"]: c for c in evaluation.get("comparison", ())}
    rows: dict[str, dict] = {}
    for name in cohorts:
        for item in (entries[name]["items"] if name in entries else ()):
            if item["type"] == "rating":
                rows.setdefault(item["key"], {"key": item["key"], "text": item["text"], "by_cohort": {}})
                rows[item["key"]]["by_cohort"][name] = item
    out = []
    for key, row in rows.items():
        cells = []
        for name in cohorts:
            item = row["by_cohort"].get(name)
            if item is None:
                cells.append({"cohort": name, "asked": False, "n": 0, "suppressed": False,
                              "mean": None, "agree_share": None})
            elif item.get("suppressed"):
                cells.append({"cohort": name, "asked": True, "n": item["n"], "suppressed": True,
                              "mean": None, "agree_share": None})
            else:
                cells.append({"cohort": name, "asked": True, "n": item["n"], "suppressed": False,
                              "mean": item.get("mean"), "agree_share": item.get("agree_share")})
        out.append({"key": key, "text": row["text"], "cohorts": cells, "p": (tests.get(key) or {}).get("p")})
    return out


def measured_topic_gains(table) -> dict:
    """(cohort, participant code, topic) -> post − pre in percentage points of the topic's marks.

    ``table`` is the knowledge results as a :class:`~assessor.analysis.responses.ResponseTable`
    (``store.response_table()``): each topic's score is the mean of its marks in the phase,
    computed on the columns at once (one pass over the marks, grouped by a combined key).
    """
    phase = table.phase.codes
    keep = (phase <= 1) & ~np.isnan(table.mark)  # phase codes: 0 pre, 1 post
    if not keep.any():
        return {}
    cohort = table.cohort.codes[keep].astype(np.int64)
    person = table.participant.codes[keep].astype(np.int64)
    topic = table.topic.codes[keep].astype(np.int64)
    n_person, n_topic = len(table.participant.labels), len(table.topic.labels)
    key = ((cohort * n_person + person) * n_topic + topic) * 2 + phase[keep]
    groups, inverse = np.unique(key, return_inverse=True)
    share = np.bincount(inverse, weights=table.mark[keep]) / np.bincount(inverse)
    trio, phase_of = groups // 2, groups % 2
    pre = dict(zip(trio[phase_of == 0].tolist(), share[phase_of == 0].tolist()))
    out = {}
    for t, post in zip(trio[phase_of == 1].tolist(), share[phase_of == 1].tolist()):
        if t in pre:
            rest, tp = divmod(t, n_topic)
            c, pp = divmod(rest, n_person)
            out[(table.cohort.labels[c], table.participant.labels[pp], table.topic.labels[tp])] = \
                100.0 * post - 100.0 * pre[t]
    return out


def mean_ci(x: np.ndarray, level: float = CONFIDENCE) -> list[float] | None:
    """The t interval of the mean (None below 2 values; a point when every value is the same)."""
    n = len(x)
    if n < 2:
        return None
    sd = float(np.std(x, ddof=1))
    half = float(special.stdtrit(n - 1, 0.5 + level / 2)) * sd / math.sqrt(n)  # = scipy.stats.t.ppf
    return [float(x.mean() - half), float(x.mean() + half)]


def wilson(k: int, n: int, level: float = CONFIDENCE) -> tuple[float, float]:
    """Wilson's score interval for a proportion k/n (always inside 0..1)."""
    if n == 0:
        return (0.0, 1.0)
    z = float(-math.sqrt(2) * special.erfcinv(2 * (0.5 + level / 2)))  # = scipy.stats.norm.ppf
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    lower = 0.0 if k == 0 else max(0.0, centre - half)  # the bounds at 0/n are exactly 0 and 1
    upper = 1.0 if k == n else min(1.0, centre + half)
    return (lower, upper)
