"""Learning-gain statistics: per cohort and pooled, from a :class:`ResponseTable`.

The responses are scattered once into a phase x participant x item matrix of marks (NaN
where an item was not given); everything else is vectorised over that matrix. The result
of :func:`analyze` is a JSON-ready dict (the public contract in ``docs/statistics.md``):
no NaN or infinity anywhere; an undefined statistic is None with a ``*_null_reason``.
"""

from __future__ import annotations

import math
import os
from concurrent.futures import ThreadPoolExecutor

import numpy as np

from assessor.errors import InputError
from assessor.analysis.responses import PHASES, MarkMatrix, MatrixResponses, ResponseTable
from assessor.analysis.inference import (
    EPS, ancova, bootstrap_retention, comparison_verdict, minimum_detectable_effect, compare_groups, feldt_ci, fisher_ci, hake_band, holm, mcnemar_exact_p,
    paired_block, put, reliable_change, sd, t_two_sided_p,
)
from assessor.analysis.summary import summarize

ALL = "ALL"
SMALL_GROUP = 5
MIN_COMMON_ITEMS = 5
ATTRITION_SHARE = 0.10  # dropouts below this share of pre-test takers cannot move the matched pre-test mean much
CONFIDENT = 3.0  # ratings 3 and 4 on the 1..4 scale count as confident
EASY_PRE = 0.9
NOT_RECORDED = "(not recorded)"
NO_TOPIC = "(no topic)"


class _Data:
    """Matrices built once from the table (taken as they are from a :class:`MatrixResponses`)."""

    def __init__(self, t: ResponseTable):
        if isinstance(t, MatrixResponses):
            self._from_matrix(t.matrix)
            return
        npart = len(t.participant.labels)
        pkey = t.cohort.codes.astype(np.int64) * npart + t.participant.codes
        ukey, person = np.unique(pkey, return_inverse=True)
        self.n_person = len(ukey)
        self.person_cohort = (ukey // npart).astype(np.int32)
        self.person_code = [t.participant.labels[int(c)] for c in ukey % npart]
        self.n_item = len(t.item.labels)
        shape = (3, self.n_person, self.n_item)
        self.marks = np.full(shape, np.nan)
        self.marks[t.phase.codes, person, t.item.codes] = t.mark
        self.conf = None
        if t.has_confidence_column and not np.isnan(t.confidence).all():
            self.conf = np.full(shape, np.nan)
            self.conf[t.phase.codes, person, t.item.codes] = t.confidence
        self.taker = np.zeros((3, self.n_person), dtype=bool)
        self.taker[t.phase.codes, person] = True
        self.sex = np.zeros(self.n_person, dtype=np.int32)
        self.sex[person] = t.sex.codes
        self.org = np.zeros(self.n_person, dtype=np.int32)
        self.org[person] = t.organisation.codes
        topic_of_item = np.zeros(self.n_item, dtype=np.int32)
        topic_of_item[t.item.codes[::-1]] = t.topic.codes[::-1]
        self.topic_of_item = topic_of_item
        self.pct = _percentages(self.marks)

    def _from_matrix(self, m: MarkMatrix) -> None:
        self.n_person = len(m.person_cohort)
        self.person_cohort = m.person_cohort
        labels = m.participant_labels
        self.person_code = [labels[c] for c in m.person_participant.tolist()]
        self.n_item = len(m.item_labels)
        self.marks = m.marks
        self.conf = m.conf
        self.taker = m.taker
        self.sex = m.person_sex
        self.org = m.person_org
        self.topic_of_item = m.topic_of_item
        self.pct = _percentages(self.marks)


def _percentages(marks: np.ndarray, block: int = 8192) -> np.ndarray:
    """Percentage per phase and person over the items that person was given (NaN: not taken).

    Worked out a block of persons at a time, so that the temporaries stay small; each person's
    sum is the same as over the whole matrix at once.
    """
    phases, persons, _ = marks.shape
    pct = np.empty((phases, persons))
    for lo in range(0, persons, block):
        part = marks[:, lo:lo + block]
        count = (~np.isnan(part)).sum(axis=2)
        total = np.nansum(part, axis=2)
        pct[:, lo:lo + block] = np.where(count > 0, 100.0 * total / np.maximum(count, 1), np.nan)
    return pct


def analyze(table: ResponseTable, cohorts: list[str] | None = None) -> dict:
    """Analyse ``table`` per cohort (all cohorts, or only ``cohorts``) and pooled as "ALL".

    Returns the JSON-ready dict described in docs/statistics.md. Raises
    :class:`InputError` if a requested cohort is not in the data.
    """
    if cohorts:
        unknown = [c for c in cohorts if c not in table.cohort.labels]
        if unknown:
            raise InputError(
                f"Cohort {unknown[0]!r} is not in the data (cohorts: "
                f"{', '.join(sorted(table.cohort.labels)) or 'none'}).",
                code="unknown_cohort",
                cohort=unknown[0],
            )
        table = table.select_cohorts(cohorts)
    d = _Data(table)
    present_cohorts = sorted(set(int(c) for c in np.unique(d.person_cohort)),
                             key=lambda c: table.cohort.labels[c])
    if cohorts:
        order = {name: i for i, name in enumerate(cohorts)}
        present_cohorts.sort(key=lambda c: order[table.cohort.labels[c]])
    person_pass = np.array([table.pass_mark(table.cohort.labels[c]) for c in d.person_cohort])
    result: dict = {"cohorts": {}}
    names = [table.cohort.labels[c] for c in present_cohorts]
    jobs = [(ALL, np.ones(d.n_person, bool))] + [(n, d.person_cohort == c) for n, c in zip(names, present_cohorts)]
    # The groups are independent and their heavy parts (resampling, sorting, reductions) run in
    # numpy without Python's lock, so two of them at a time use two cores. Each group is computed
    # exactly as alone (its own seeded draws), and the blocks are put together in the usual order.
    with ThreadPoolExecutor(max_workers=_workers(d)) as pool:
        blocks = dict(zip([n for n, _ in jobs], pool.map(lambda job: _group(d, table, job[1], person_pass, job[0]),
                                                          jobs)))
    for name in names:
        result["cohorts"][name] = blocks[name]
    result["cohorts"][ALL] = blocks[ALL]
    # The comparison tests the cohorts with at least two matched participants (pre and post).
    matched_n = {name: int(_matched(d, d.person_cohort == c).sum()) for name, c in zip(names, present_cohorts)}
    comp = _comparison(d, table, present_cohorts, [n for n in names if matched_n[n] >= 2])
    excluded = [n for n in names if matched_n[n] < 2]
    if excluded:
        comp["excluded_cohorts"] = excluded
        comp["excluded_reason"] = "fewer than 2 matched participants"
    result["comparison"] = comp
    # The pooled row mixes different tests when the cohorts took different items: say so.
    result["cohorts"][ALL]["pooled_different_items"] = not comp["forms"]["same_items"]  # _comparison always says
    result["conventions"] = {
        "percent": "score as % of the maximum mark of the items a participant was given",
        "gain": "post - pre in percentage points",
        "sd_ddof": 1,
        "right_for_mcnemar": "full marks (mark = 1)",
        "wrong_for_confidence": "no marks (mark = 0)",
        "confident": "rating 3 or 4 on the 1..4 scale",
        "small_group": SMALL_GROUP,
        "attrition_flag": f"at least {ATTRITION_SHARE:.0%} dropped out and |SMD| >= 0.2 or Welch p < 0.05",
    }
    return _clean(result)


def _workers(d: _Data) -> int:
    """Groups analysed at a time: two on a machine with two cores or more, when the data are
    big enough for the threads to pay (below about a million marks one thread is as fast)."""
    if d.marks.size < 1_000_000:
        return 1
    return max(1, min(2, os.cpu_count() or 1))


def _comparison(d: _Data, table: ResponseTable, present: list[int], names: list[str]) -> dict:
    """Between-cohort tests on matched gains; on the common items when the cohorts' items differ."""
    label_to_code = {table.cohort.labels[c]: c for c in present}
    masks = [_matched(d, d.person_cohort == label_to_code[n]) for n in names]
    item_sets = []
    for m in masks:
        both = ~np.isnan(d.marks[0][m]) & ~np.isnan(d.marks[1][m])
        item_sets.append(both.any(axis=0))
    forms: dict = {"same_items": True, "n_common_items": None}
    pre_g = [d.pct[0][m] for m in masks]
    post_g = [d.pct[1][m] for m in masks]
    if len(names) >= 2:
        common = np.logical_and.reduce(item_sets)
        same = all((s == item_sets[0]).all() for s in item_sets)
        forms = {"same_items": bool(same), "n_common_items": int(common.sum())}
        if not same:
            if common.sum() < MIN_COMMON_ITEMS:
                comp = compare_groups([], [])
                comp["cohorts"], comp["n"] = names, [int(m.sum()) for m in masks]
                comp["refused"] = {"code": "too_few_common_items", "n_common_items": int(common.sum()),
                                   "minimum": MIN_COMMON_ITEMS,
                                   "reason": f"the cohorts took different items and share only {int(common.sum())} "
                                             f"(at least {MIN_COMMON_ITEMS} are needed to compare them)"}
                comp["forms"] = forms
                comp["ancova"] = ancova([], [])
                comp.update(comparison_verdict(comp))
                comp["verdict"] = None
                return comp
            cols = np.flatnonzero(common)
            pre_g = [100 * np.nanmean(d.marks[0][m][:, cols], axis=1) for m in masks]
            post_g = [100 * np.nanmean(d.marks[1][m][:, cols], axis=1) for m in masks]
    comp = compare_groups(names, [np.round(b - a, 9) for a, b in zip(pre_g, post_g)])
    comp["forms"] = forms
    comp["ancova"] = ancova(pre_g, post_g)
    comp["mde_gain"] = [minimum_detectable_effect(len(g), s) for g, s in zip(pre_g, comp["sd"])]
    comp.update(comparison_verdict(comp))
    return comp


def _matched(d: _Data, rows: np.ndarray) -> np.ndarray:
    return rows & d.taker[0] & d.taker[1]


def _group(d: _Data, t: ResponseTable, rows: np.ndarray, person_pass: np.ndarray, name: str) -> dict:
    pre_t, post_t, fu_t = (rows & d.taker[i] for i in range(3))
    matched = pre_t & post_t
    code = np.asarray(d.person_code, dtype=object)
    out: dict = {
        "n_pre": int(pre_t.sum()),
        "n_post": int(post_t.sum()),
        "n_followup": int(fu_t.sum()),
        "n_matched": int(matched.sum()),
        "pre_only": sorted(code[pre_t & ~post_t].tolist()),
        "post_only": sorted(code[post_t & ~pre_t].tolist()),
    }
    if name == ALL:
        # Codes may repeat across cohorts: qualify them.
        coh = np.asarray(t.cohort.labels, dtype=object)[d.person_cohort]
        out["pre_only"] = sorted(f"{a}/{b}" for a, b in zip(coh[pre_t & ~post_t], code[pre_t & ~post_t]))
        out["post_only"] = sorted(f"{a}/{b}" for a, b in zip(coh[post_t & ~pre_t], code[post_t & ~pre_t]))
        out["pass_mark"] = None
    else:
        out["pass_mark"] = t.pass_mark(name)
    if name != ALL and name in t.rosters:
        took = set(code[pre_t | post_t | fu_t].tolist())
        out["no_shows"] = sorted(c for c in t.rosters[name] if c not in took)
    elif name == ALL and t.rosters:
        present = set(t.cohort.labels[c] for c in np.unique(d.person_cohort))
        coh_all = np.asarray(t.cohort.labels, dtype=object)[d.person_cohort]
        took = {f"{a}/{b}" for a, b in zip(coh_all[pre_t | post_t | fu_t], code[pre_t | post_t | fu_t])}
        out["no_shows"] = sorted(f"{c}/{p}" for c in present if c in t.rosters
                                 for p in t.rosters[c] if f"{c}/{p}" not in took)
    out["attrition"] = _attrition(d, t, pre_t, matched)
    notes: list[str] = []
    item_labels = t.item.labels
    for ph, takers in (("pre", pre_t), ("post", post_t), ("followup", fu_t)):
        if ph == "followup" and not takers.any():
            continue
        # Passed unnamed: phase_block's own (column-major) copy then replaces this one.
        out[ph] = phase_block(d.marks[PHASES.index(ph)][takers], item_labels, notes, ph)
    pre = d.pct[0][matched]
    post = d.pct[1][matched]
    out["paired"] = paired_block(pre, post, pass_mark=person_pass[matched])
    sem = out["pre"].get("sem_pct")
    rc = reliable_change(pre, post, sem)
    rci = rc.pop("rci")
    codes_m = np.asarray(d.person_code, dtype=object)[matched]
    if name == ALL:
        cm = np.asarray(t.cohort.labels, dtype=object)[d.person_cohort][matched]
        codes_m = np.array([f"{a}/{b}" for a, b in zip(cm, codes_m)], dtype=object)
    rc["participants"] = None if rci is None else {str(c): r for c, r in zip(codes_m, rci)}
    out["paired"]["reliable_change"] = rc
    out["items"] = _items_matched(d, matched, item_labels, out)
    out["topics"] = _topics(d, matched, t.topic.labels)
    if fu_t.any():
        out["retention"] = _retention(d, rows)
    if d.conf is not None:
        out["confidence"] = _confidence(d, rows)
    for key, codes, labels in (("by_sex", d.sex, t.sex.labels), ("by_organisation", d.org, t.organisation.labels)):
        if any(labels):
            out[key] = _disaggregate(d, matched, codes, labels, person_pass)
    out["notes"] = notes
    out["summary"] = summarize(out, name)
    return out


def phase_block(X: np.ndarray, item_labels: list[str], notes: list[str] | None = None, phase: str = "") -> dict:
    """Single-phase test statistics for the takers (rows) of one phase.

    Columns with no response at all are items not given in this group and are dropped.
    """
    notes = notes if notes is not None else []
    given = ~np.isnan(X).all(axis=0) if X.shape[0] else np.zeros(X.shape[1], bool)
    cols = np.flatnonzero(given)
    X = X[:, cols]  # (column-major: the sums below keep the order of additions they always had)
    n, k = X.shape
    out: dict = {"n": int(n), "n_items": int(k)}
    present = ~np.isnan(X)
    complete = bool(present.all())
    Xz = np.where(present, X, 0.0)
    cnt = present.sum(axis=1)
    tot = Xz.sum(axis=1)
    if n == 0:
        for key in ("mean_pct", "sd_pct", "alpha", "sem_pct"):
            put(out, key, None, "nobody took this test")
        out["items"] = {}
        return out
    pct = 100.0 * tot / np.maximum(cnt, 1)
    put(out, "mean_pct", float(pct.mean()))
    few = "fewer than 2 takers"
    s = sd(pct)
    put(out, "sd_pct", s, few)
    if not complete:
        missing = int((~present).sum())
        notes.append(
            f"{phase}: {missing} item responses absent (items not given to some takers); "
            "percentages use the items each participant was given; alpha needs complete data."
        )
        put(out, "alpha", None, "not every taker has a mark for every item")
    elif k < 2:
        put(out, "alpha", None, "fewer than 2 items")
    elif n < 2:
        put(out, "alpha", None, few)
    else:
        var_items = X.var(axis=0, ddof=1).sum()
        var_total = tot.var(ddof=1)
        if var_total <= EPS:
            put(out, "alpha", None, "total scores have no variance")
        else:
            put(out, "alpha", k / (k - 1) * (1 - var_items / var_total))
    if out["alpha"] is None or s is None:
        put(out, "sem_pct", None, out.get("alpha_null_reason") or few)
        out["alpha_ci95"] = None
    else:
        out["alpha_ci95"] = feldt_ci(out["alpha"], n, k)
        if out["alpha"] < 0:
            put(out, "sem_pct", None, "alpha is below 0: the items do not measure one thing consistently, "
                "so no standard error of measurement is given")
        else:
            put(out, "sem_pct", s * math.sqrt(max(0.0, 1 - out["alpha"])) if out["alpha"] <= 1 else None)
    # Item statistics, one column per item, masked where an item was not given.
    # Each step is done in place where it can be and every temporary freed as soon as it is
    # used: on a large group a matrix the size of X is tens of megabytes.
    nj = present.sum(axis=0).astype(np.float64)
    absent = ~present
    del present
    with np.errstate(invalid="ignore", divide="ignore"):
        rest = tot[:, None] - Xz  # rest-of-test score, NaN where the item was not given
        fac = Xz.sum(axis=0) / nj
        del Xz
        mx = fac
        rest[absent] = 0.0
        my = rest.sum(axis=0) / nj
        rest[absent] = np.nan
        dx = X - mx
        dx[absent] = 0.0
        dy = rest - my
        dy[absent] = 0.0
        prod = dx * dy
        sxy = prod.sum(axis=0)
        sxx = np.multiply(dx, dx, out=prod).sum(axis=0)
        syy = np.multiply(dy, dy, out=prod).sum(axis=0)
        del dx, dy, prod
        r = sxy / np.sqrt(sxx * syy)
        # Moodle's maximum covariance: item marks and rest scores each sorted, then paired
        # (NaN, where an item was not given, sorts last and adds nothing).
        xs = np.sort(X, axis=0).astype(np.float64, copy=False)
        xs -= mx
        ys = np.sort(rest, axis=0)
        del rest
        ys -= my
        xs *= ys
        del ys
        xs[np.isnan(xs)] = 0.0
        covmax = xs.sum(axis=0)
        del xs
        de = sxy / covmax
    items = {}
    for j, col in enumerate(cols):
        it: dict = {"n": int(nj[j])}
        put(it, "facility", fac[j])
        if nj[j] < 2:
            reason = "fewer than 2 takers"
        elif sxx[j] <= EPS:
            reason = "everybody got the same mark on this item"
        elif syy[j] <= EPS:
            reason = "rest-of-test scores have no variance"
        else:
            reason = None
        put(it, "discrimination", None if reason else r[j], reason)
        it["discrimination_ci95"] = None if reason else fisher_ci(float(r[j]), int(nj[j]))
        put(it, "discriminative_efficiency", None if reason or covmax[j] <= EPS else de[j],
            reason or "maximum covariance is 0")
        items[item_labels[col]] = it
    out["items"] = items
    return out


def _items_matched(d: _Data, matched: np.ndarray, labels: list[str], block: dict) -> dict:
    A = d.marks[0][matched]
    B = d.marks[1][matched]
    both = ~np.isnan(A) & ~np.isnan(B)
    cols = np.flatnonzero(both.any(axis=0)) if len(A) else np.zeros(0, int)
    A = A[:, cols]  # one at a time, so that only one extra copy is held
    B = B[:, cols]
    both = both[:, cols]
    right_a = (A >= 1 - EPS) & both
    right_b = (B >= 1 - EPS) & both
    nb = (right_a & ~right_b).sum(axis=0)
    nc = (~right_a & right_b & both).sum(axis=0)
    wrong_pre = (~right_a & both).sum(axis=0)
    nn = both.sum(axis=0)  # >= 1: cols are the items somebody had both times
    fa = np.where(both, A, 0).sum(axis=0) / nn
    fb = np.where(both, B, 0).sum(axis=0) / nn
    p = mcnemar_exact_p(nb, nc)
    out = {}
    for j, col in enumerate(cols):
        label = labels[col]
        it: dict = {"n": int(nn[j])}
        put(it, "facility_pre", fa[j])
        put(it, "facility_post", fb[j])
        it["mcnemar_b"] = int(nb[j])
        it["mcnemar_c"] = int(nc[j])
        put(it, "mcnemar_p", p[j], "nobody changed between right and wrong on this item")
        flags = []
        if fa[j] >= EASY_PRE - EPS:
            flags.append("too_easy_pre")
        if wrong_pre[j] > 0 and nc[j] == 0:
            flags.append("nobody_learned")
        # Reliably negative only: the upper 95 % bound of the discrimination is below 0.
        cis = [block.get(ph, {}).get("items", {}).get(label, {}).get("discrimination_ci95") for ph in ("pre", "post")]
        if any(ci is not None and ci[1] < 0 for ci in cis):
            flags.append("negative_discrimination")
        it["flags"] = flags
        out[label] = it
    valid = [lab for lab in out if out[lab]["mcnemar_p"] is not None]
    for lab, adj in zip(valid, holm([out[lab]["mcnemar_p"] for lab in valid])):
        out[lab]["mcnemar_p_holm"] = adj
    for lab in out:
        if out[lab]["mcnemar_p"] is None:
            put(out[lab], "mcnemar_p_holm", None, out[lab]["mcnemar_p_null_reason"])
    return out


def _attrition(d: _Data, t: ResponseTable, pre_t: np.ndarray, matched: np.ndarray) -> dict:
    """Pre-test takers who also took the post-test against those who did not (dropouts)."""
    stay, gone = pre_t & matched, pre_t & ~matched
    a, b = d.pct[0][stay], d.pct[0][gone]
    out: dict = {"n_completers": int(stay.sum()), "n_dropouts": int(gone.sum())}
    put(out, "completers_pre_mean_pct", float(a.mean()) if len(a) else None, "no completer")
    put(out, "dropouts_pre_mean_pct", float(b.mean()) if len(b) else None, "nobody dropped out")
    if len(b) == 0:
        put(out, "difference_pct", None, "nobody dropped out")
        put(out, "smd", None, "nobody dropped out")
        put(out, "welch_p", None, "nobody dropped out")
        out["may_bias_gain"] = False
        out["dropout_share"] = 0.0
        out["verdict"] = "nobody_dropped"
    else:
        put(out, "difference_pct", float(b.mean() - a.mean()) if len(a) else None, "no completer")
        allv = np.concatenate([a, b])
        s_all = sd(allv)
        put(out, "smd", (b.mean() - a.mean()) / s_all if len(a) and s_all else None,
            "the pre-test scores have no variance or there is no completer")
        va = a.var(ddof=1) / len(a) if len(a) >= 2 else None
        vb = b.var(ddof=1) / len(b) if len(b) >= 2 else None
        if va is None or vb is None or va + vb <= 0:
            put(out, "welch_p", None, "fewer than 2 in a group, or no variance")
        else:
            tt = (b.mean() - a.mean()) / math.sqrt(va + vb)
            df = (va + vb) ** 2 / (va**2 / (len(a) - 1) + vb**2 / (len(b) - 1))
            put(out, "welch_p", t_two_sided_p(tt, df))
        smd = out.get("smd")
        share = len(b) / (len(a) + len(b))
        out["dropout_share"] = share
        # How far the matched group's pre-test mean sits from that of every pre-test taker:
        # share x (completers - dropouts). A few very different dropouts move it little.
        put(out, "matched_pre_shift_pct", share * float(a.mean() - b.mean()) if len(a) else None, "no completer")
        differ = bool((smd is not None and abs(smd) >= 0.2)
                      or (out.get("welch_p") is not None and out["welch_p"] < 0.05))
        # Flag: at least 10% dropped out and they differed (standardized difference of at least
        # 0.2, Cohen's "small", or Welch p < 0.05).
        out["may_bias_gain"] = differ and share >= ATTRITION_SHARE
        out["verdict"] = ("may_bias" if out["may_bias_gain"] else "few_dropped" if share < ATTRITION_SHARE
                          else "similar")
    for key, codes, labels in (("sex", d.sex, t.sex.labels), ("organisation", d.org, t.organisation.labels)):
        if any(labels) and len(b):
            out[key] = {
                (labels[c] or "(not recorded)"): {"completers": int((codes[stay] == c).sum()),
                                                  "dropouts": int((codes[gone] == c).sum())}
                for c in np.unique(codes[pre_t])
            }
    return out


def _topics(d: _Data, matched: np.ndarray, topic_labels: list[str]) -> dict:
    A = d.marks[0][matched]
    B = d.marks[1][matched]
    out = {}
    for tcode in np.unique(d.topic_of_item):
        cols = np.flatnonzero(d.topic_of_item == tcode)
        a, b = A[:, cols], B[:, cols]
        na, nb = (~np.isnan(a)).sum(), (~np.isnan(b)).sum()
        if na == 0 and nb == 0:
            continue
        name = topic_labels[tcode] or NO_TOPIC
        row: dict = {"n_items": int(len(cols))}
        pre = 100 * np.nansum(a) / na if na else None
        post = 100 * np.nansum(b) / nb if nb else None
        put(row, "pre_pct", pre, "no matched participant")
        put(row, "post_pct", post, "no matched participant")
        if pre is None or post is None:
            put(row, "class_normalized_gain", None, "no matched participant")
        elif pre >= 100 - EPS:
            put(row, "class_normalized_gain", None, "the pre-test score on this topic is 100%")
        else:
            put(row, "class_normalized_gain", (post - pre) / (100 - pre))
        out[name] = row
    return out


def _retention(d: _Data, rows: np.ndarray) -> dict:
    """Post -> follow-up change for those with both; share of gain kept for those with all three."""
    both = rows & d.taker[1] & d.taker[2]
    post, fu = d.pct[1][both], d.pct[2][both]
    out: dict = {"n": int(both.sum())}
    blk = paired_block(post, fu)
    for src, dst in (("pre_mean_pct", "post_mean_pct"), ("post_mean_pct", "followup_mean_pct"),
                     ("gain_mean", "change_mean"), ("gain_sd", "change_sd"), ("gain_ci95", "change_ci95"),
                     ("t", "t"), ("df", "df"),
                     ("p", "p"), ("cohen_dz", "cohen_dz")):
        out[dst] = blk.get(src)
        if src + "_null_reason" in blk:
            out[dst + "_null_reason"] = blk[src + "_null_reason"]
    all3 = both & d.taker[0]
    out["n_all_three"] = int(all3.sum())
    if all3.any():
        g = d.pct[1][all3].mean() - d.pct[0][all3].mean()
        kept = d.pct[2][all3].mean() - d.pct[0][all3].mean()
        put(out, "share_of_gain_retained", kept / g if g > EPS else None,
            "there was no gain from pre-test to post-test to retain")
        out["share_of_gain_retained_ci95"] = (
            bootstrap_retention(d.pct[0][all3], d.pct[1][all3], d.pct[2][all3]) if g > EPS else None)
    else:
        put(out, "share_of_gain_retained", None, "nobody took all three tests")
    return out


def _confidence(d: _Data, rows: np.ndarray) -> dict:
    out: dict = {}
    for i, ph in enumerate(PHASES):
        takers = rows & d.taker[i]
        if not takers.any():
            continue
        c = d.conf[i][takers]
        m = d.marks[i][takers]
        rated = ~np.isnan(c)
        n = int(rated.sum())
        blk: dict = {"n_rated": n}
        if n == 0:
            put(blk, "mean", None, "no ratings")
            put(blk, "confident_wrong_share", None, "no ratings")
        else:
            put(blk, "mean", float(c[rated].mean()))
            cw = int(((c >= CONFIDENT) & (m <= EPS) & rated).sum())
            wrong = int(((m <= EPS) & rated).sum())
            blk["n_confident_wrong"], blk["n_wrong_rated"] = cw, wrong
            # share of all rated answers (kept key) and share of the wrong rated answers
            put(blk, "confident_wrong_share", float(cw / n))
            put(blk, "confident_share_of_wrong", cw / wrong if wrong else None, "no rated answer was wrong")
        out[ph] = blk
    return out


def _disaggregate(d: _Data, matched, codes, labels, person_pass) -> dict:
    """Paired figures per subgroup; cells under SMALL_GROUP suppressed (with complementary
    suppression of the next smallest cell when only one would be hidden), Holm-corrected p."""
    out = {}
    for code in np.unique(codes[matched]) if matched.any() else []:
        sel = matched & (codes == code)
        n = int(sel.sum())
        blk = paired_block(d.pct[0][sel], d.pct[1][sel], pass_mark=person_pass[sel])
        out[labels[code] or NOT_RECORDED] = {"n": n, "too_small": n < SMALL_GROUP, "paired": blk,
                                             "suppressed": n < SMALL_GROUP}
    hidden = [g for g in out if out[g]["suppressed"]]
    shown = sorted((g for g in out if not out[g]["suppressed"]), key=lambda g: (out[g]["n"], g))
    if len(hidden) == 1 and shown:
        # The cohort total and the other cells would reveal a single hidden cell.
        out[shown[0]]["suppressed"] = True
        out[shown[0]]["suppressed_reason"] = "complementary"
    for g, row in out.items():
        if row["suppressed"]:
            row.setdefault("suppressed_reason", f"fewer than {SMALL_GROUP} participants")
            row["paired"] = {k: None for k in row["paired"] if not k.endswith("_null_reason")
                             and not isinstance(row["paired"][k], dict)}
            for k in list(row["paired"]):
                row["paired"][k + "_null_reason"] = "suppressed to protect a small group"
    valid = [g for g in out if not out[g]["suppressed"] and out[g]["paired"].get("p") is not None]
    for g, adj in zip(valid, holm([out[g]["paired"]["p"] for g in valid])):
        out[g]["paired"]["p_holm"] = adj
    for g in out:
        if "p_holm" not in out[g]["paired"]:
            put(out[g]["paired"], "p_holm", None, "suppressed or untestable")
    return out


def _clean(x):
    """Plain JSON types; a stray NaN/inf becomes None (never expected, but never emitted)."""
    kind = type(x)  # the plain leaves first: most of a result is floats and ints
    if kind is float:
        return x if math.isfinite(x) else None
    if kind is int or kind is str or x is None:
        return x
    if isinstance(x, dict):
        return {str(k): _clean(v) for k, v in x.items()}
    if isinstance(x, (list, tuple)):
        return [_clean(v) for v in x]
    if isinstance(x, (np.bool_, bool)):
        return bool(x)
    if isinstance(x, (np.integer,)):
        return int(x)
    if isinstance(x, (float, np.floating)):
        return float(x) if math.isfinite(x) else None
    return x


__all__ = ["analyze", "phase_block", "ALL", "hake_band"]
