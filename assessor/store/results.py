"""Submitted results, read out for the statistics engine and reports."""

from __future__ import annotations

from dataclasses import dataclass

from assessor.errors import NotFound, Refused
from assessor.store._rows import VALUES_DTYPE, rows


@dataclass(frozen=True)
class PhaseResult:
    """The counting attempt of one participant in one phase of a cohort."""

    cohort: str
    cohort_id: str
    participant_id: str
    code: str
    name: str
    sex: str
    organisation: str
    phase: str
    attempt_id: str
    assessment_id: str
    pass_mark: float
    score_pct: float | None
    submitted_at: str
    marks: dict
    confidences: dict | None
    language: str = "en"  # the language the participant took this attempt in


class ResultsRepo:
    def __init__(self, store):
        self.store = store

    def _counting_rows(self, cohorts: list[str] | None) -> list[dict]:
        """Raw rows of the counting attempts: the latest submitted one per (cohort, participant, phase)."""
        found = rows(
            self.store,
            "SELECT a.id AS attempt_id, a.marks, a.confidences, a.score_pct, a.submitted_at, a.language, s.phase, "
            "s.assessment_id, c.name AS cohort, c.id AS cohort_id, p.id AS participant_id, p.code, p.name, p.sex, "
            "p.organisation, f.pass_mark "
            "FROM attempts a JOIN sessions s ON s.id = a.session_id JOIN cohorts c ON c.id = s.cohort_id "
            "JOIN participants p ON p.id = a.participant_id JOIN assessments f ON f.id = s.assessment_id "
            "WHERE a.status = 'submitted' AND f.evaluation = 0 ORDER BY a.submitted_at, a.id",
        )
        if cohorts:
            self._check_cohorts(cohorts)
            wanted = set(cohorts)
            found = [r for r in found if r["cohort"] in wanted]
        latest: dict[tuple, dict] = {}
        for r in found:  # ordered by submission time, so the last one wins
            latest[(r["cohort_id"], r["participant_id"], r["phase"])] = r
        return list(latest.values())

    def _check_cohorts(self, cohorts: list[str]) -> None:
        """Refuses (``no_cohort``) a cohort name that is not in the database."""
        known = {r["cohort"] for r in rows(self.store, "SELECT name AS cohort FROM cohorts")}
        missing = [c for c in cohorts if c not in known]
        if missing:
            raise NotFound(f"There is no cohort named {missing[0]!r} in this database.", code="no_cohort")

    def _form_orders(self, assessment_ids) -> dict[str, list[str]]:
        orders = {}
        for aid in set(assessment_ids):
            items = rows(self.store, "SELECT question_id FROM assessment_items WHERE assessment_id = ? ORDER BY position",
                         [aid])
            orders[aid] = [i["question_id"] for i in items]
        return orders

    def phase_results(self, cohorts: list[str] | None = None) -> list[PhaseResult]:
        """One result per (cohort, participant, phase): the latest submitted, non-voided attempt."""
        found = self._counting_rows(cohorts)
        orders = self._form_orders(r["assessment_id"] for r in found)
        decode = self.store.attempts.decode_by_form
        return [
            PhaseResult(
                cohort=r["cohort"], cohort_id=r["cohort_id"], participant_id=r["participant_id"], code=r["code"],
                name=r["name"] or "", sex=r["sex"] or "not_stated", organisation=r["organisation"] or "",
                phase=r["phase"], attempt_id=r["attempt_id"], assessment_id=r["assessment_id"],
                pass_mark=r["pass_mark"], score_pct=r["score_pct"], submitted_at=r["submitted_at"] or "",
                marks=decode(r["marks"], orders[r["assessment_id"]]) or {},
                confidences=decode(r["confidences"], orders[r["assessment_id"]]),
                language=r["language"] or "en",
            )
            for r in found
        ]

    def response_table(self, cohorts: list[str] | None = None):
        """Every counting mark as a ResponseTable (item = question key).

        Usually a :class:`~assessor.analysis.responses.MatrixResponses`: each form's attempts
        read as one matrix and written straight into a phase x person x item matrix, which the
        statistics engine uses as it is (the long-format columns are built only if asked for).
        Data the matrix cannot hold exactly as the long table would (labels with surrounding
        blanks, a question key twice in a form or under two topics, a cohort name used twice,
        a mark outside 0..1, an attempt with no mark, damaged stored marks...) is read as a
        long table, which refuses or merges it as it always has.
        """
        matrix = self._mark_matrix(cohorts)
        if matrix is not None:
            from assessor.analysis.responses import MatrixResponses

            return MatrixResponses(matrix)
        return self._long_response_table(cohorts)

    def _rosters(self, cohorts: list[str] | None) -> dict[str, list[str]]:
        rosters = {}
        for cohort in self.store.cohorts.list(include_archived=True):
            if cohorts is None or cohort.name in cohorts:
                rosters[cohort.name] = sorted(
                    p.code for p in self.store.cohorts.participants(cohort.id) if not p.erased)
        return rosters

    def _mark_matrix(self, cohorts: list[str] | None, block: int = 4096):
        """The counting marks as a :class:`~assessor.analysis.responses.MarkMatrix`, or None
        when they need the long table's checks (see :meth:`response_table`).

        Two passes over the attempts: their keys first (the latest per participant and phase
        is chosen as in :meth:`_counting_rows`), then only their stored marks, a block of
        attempts of one form at a time, so no copy of all the stored marks is ever held.
        """
        with self.store.atomic():  # both passes read the same state of the database
            return self._read_mark_matrix(cohorts, block)

    def _read_mark_matrix(self, cohorts: list[str] | None, block: int):
        import numpy as np

        from assessor.analysis.responses import PHASES, MarkGroup, MarkMatrix

        cursor = self.store.db.execute(
            "SELECT a.rowid, s.phase, s.assessment_id, c.name, c.id, p.id, p.code, p.sex, p.organisation, f.pass_mark "
            "FROM attempts a JOIN sessions s ON s.id = a.session_id JOIN cohorts c ON c.id = s.cohort_id "
            "JOIN participants p ON p.id = a.participant_id JOIN assessments f ON f.id = s.assessment_id "
            "WHERE a.status = 'submitted' AND f.evaluation = 0 ORDER BY a.submitted_at, a.id")
        latest: dict[tuple, tuple] = {}
        # Each text is kept once however many attempts repeat it (phase, form, cohort, participant...):
        # on 300,000 attempts that is the difference between one copy per attempt and one per value.
        one = {}.setdefault
        for rowid, phase, aid, cohort, cid, pid, code, sex, org, pass_mark in cursor:  # the last one wins
            pid = one(pid, pid)
            latest[(one(cid, cid), pid, one(phase, phase))] = (
                rowid, phase, one(aid, aid), one(cohort, cohort), cid, pid, one(code, code), one(sex, sex),
                one(org, org), pass_mark)
        found = list(latest.values())
        del latest, one
        if cohorts:
            self._check_cohorts(cohorts)
            wanted = set(cohorts)
            found = [r for r in found if r[3] in wanted]
        if not found:
            return None
        # Labels exactly as the long table would have them, or the long table decides.
        cohort_ids: dict[str, str] = {}
        for r in found:
            if cohort_ids.setdefault(r[3], r[4]) != r[4] or r[1] not in PHASES:
                return None  # two cohorts of one name, or a phase the long table names
        cohort_labels = sorted({r[3] for r in found})
        code_labels = sorted({r[6] for r in found})
        sex_labels = sorted({r[7] or "not_stated" for r in found})
        org_labels = sorted({r[8] or "" for r in found})
        for labels in (cohort_labels, code_labels, sex_labels, org_labels):
            if any(lab != lab.strip() for lab in labels):
                return None
        if "" in cohort_labels or "" in code_labels:
            return None
        orders = self._form_orders(r[2] for r in found)
        questions = self.store.banks.questions_by_id({q for order in orders.values() for q in order})
        item_labels = sorted({q.key for q in questions.values()})
        topic_labels = sorted({q.topic for q in questions.values()})
        if "" in item_labels or any(lab != lab.strip() for lab in item_labels + topic_labels):
            return None
        item_index = {k: i for i, k in enumerate(item_labels)}
        topic_index = {t: i for i, t in enumerate(topic_labels)}
        topic_of: dict[str, str] = {}
        for q in questions.values():
            if topic_of.setdefault(q.key, q.topic) != q.topic:
                return None  # one key under two topics: the long table checks it per cohort
        form_items, form_topics = {}, {}
        for aid, order in orders.items():
            keys = [questions[q].key for q in order]
            if len(set(keys)) != len(keys):
                return None  # a key twice in one form: the long table refuses it
            form_items[aid] = np.array([item_index[k] for k in keys], np.int32)
            form_topics[aid] = np.array([topic_index[topic_of[k]] for k in keys], np.int32)

        pass_marks: dict[str, float] = {}
        for r in found:  # a cohort's pass mark: that of its first counting attempt
            pass_marks.setdefault(r[3], float(r[9]))
        by_form: dict[str, list[tuple]] = {}
        for r in found:
            by_form.setdefault(r[2], []).append(r)
        found = [r for group in by_form.values() for r in group]  # the long table's order
        cohort_code = {v: i for i, v in enumerate(cohort_labels)}
        code_code = {v: i for i, v in enumerate(code_labels)}
        sex_code = {v: i for i, v in enumerate(sex_labels)}
        org_code = {v: i for i, v in enumerate(org_labels)}
        n = len(found)
        npart = len(code_labels)
        key = np.fromiter((cohort_code[r[3]] * npart + code_code[r[6]] for r in found), np.int64, n)
        ukey, person = np.unique(key, return_inverse=True)
        del key
        person = person.astype(np.int32).ravel()
        phase = np.fromiter((PHASES.index(r[1]) for r in found), np.int8, n)
        persons = len(ukey)
        person_sex = np.zeros(persons, np.int32)
        person_sex[person] = np.fromiter((sex_code[r[7] or "not_stated"] for r in found), np.int32, n)
        person_org = np.zeros(persons, np.int32)
        person_org[person] = np.fromiter((org_code[r[8] or ""] for r in found), np.int32, n)
        # Where each counting attempt goes: its group and its place in it, found by its rowid.
        groups, first = [], 0
        for aid, group in by_form.items():
            k = len(group)
            groups.append(MarkGroup(phase[first:first + k], person[first:first + k], form_items[aid],
                                    form_topics[aid]))
            first += k
        sizes = [len(g.person) for g in groups]
        rowids = np.fromiter((r[0] for r in found), np.int64, n)
        slot = np.full(int(rowids.max()) + 1, -1, np.int64)  # place in the group x number of groups + group
        slot[rowids] = ((np.arange(n) - np.repeat(np.cumsum([0] + sizes[:-1]), sizes)) * len(groups)
                        + np.repeat(np.arange(len(groups)), sizes))
        del rowids, found, by_form

        shape = (3, persons, len(item_labels))
        marks = np.full(shape, np.nan)
        conf = None
        given_item = np.zeros(len(item_labels), bool)
        n_rows = 0
        pending: list[list] = [[] for _ in groups]
        any_rating = False

        def flush(g: int) -> bool:
            """Write the pending attempts of group ``g`` into the matrices; False if the long table must decide."""
            nonlocal n_rows, conf
            grp, rows_ = groups[g], pending[g]
            pending[g] = []
            width = len(grp.item)
            if any(not isinstance(b, bytes) or len(b) != 8 * width for _, b, _ in rows_):
                return False  # damaged: the long table names the attempt
            at = np.fromiter((j for j, _, _ in rows_), np.int64, len(rows_))
            grid = np.frombuffer(b"".join(b for _, b, _ in rows_), VALUES_DTYPE).reshape(len(rows_), width)
            shown = ~np.isnan(grid)
            if not shown.any(axis=1).all() or ((grid < 0.0) | (grid > 1.0)).any():
                return False  # an attempt with no mark, or a mark outside 0..1
            ph, pe = grp.phase[at], grp.person[at]
            marks[ph[:, None], pe[:, None], grp.item[None, :]] = grid
            given_item[grp.item[shown.any(axis=0)]] = True
            n_rows += int(shown.sum())
            rated = [(j, c) for j, (_, _, c) in enumerate(rows_) if c is not None]
            if rated:
                if any(not isinstance(c, bytes) or len(c) != 8 * width for _, c in rated):
                    return False
                if conf is None:
                    conf = np.full(shape, np.nan)
                sel = np.fromiter((j for j, _ in rated), np.int64, len(rated))
                ratings = np.frombuffer(b"".join(c for _, c in rated), VALUES_DTYPE).reshape(len(rated), width)
                conf[ph[sel][:, None], pe[sel][:, None], grp.item[None, :]] = ratings
            return True

        seen = 0
        cursor = self.store.db.execute(
            "SELECT a.rowid, a.marks, a.confidences FROM attempts a WHERE a.status = 'submitted'")
        top, count = len(slot), len(groups)
        for rowid, blob, ratings in cursor:
            at = int(slot[rowid]) if rowid < top else -1
            if at < 0:
                continue
            j, g = divmod(at, count)
            pending[g].append((j, blob, ratings))
            any_rating = any_rating or ratings is not None
            seen += 1
            if len(pending[g]) >= block and not flush(g):
                return None
        for g in range(len(groups)):
            if pending[g] and not flush(g):
                return None
        if seen != n:
            return None
        taker = np.zeros((3, persons), bool)
        for grp in groups:
            taker[grp.phase, grp.person] = True
        if conf is not None:
            rated_any = False
            for lo in range(0, persons, block):  # a rating counts only where there is a mark
                part = conf[:, lo:lo + block]
                part[np.isnan(marks[:, lo:lo + block])] = np.nan
                rated = ~np.isnan(part)
                if (rated & ((part < 1.0) | (part > 4.0))).any():
                    return None  # a rating outside 1..4: the long table names it
                rated_any = rated_any or bool(rated.any())
            if not rated_any:
                conf = None
        topic_of_item = np.zeros(len(item_labels), np.int32)
        for grp in groups:
            topic_of_item[grp.item] = grp.topic
        topic_of_item[~given_item] = 0  # as in the long table: an item nobody was given has none
        return MarkMatrix(
            marks=marks, conf=conf, taker=taker, person_cohort=(ukey // npart).astype(np.int32),
            person_participant=(ukey % npart).astype(np.int32), person_sex=person_sex, person_org=person_org,
            topic_of_item=topic_of_item, cohort_labels=cohort_labels, participant_labels=code_labels,
            item_labels=item_labels, topic_labels=topic_labels, sex_labels=sex_labels,
            organisation_labels=org_labels, groups=groups, n_rows=n_rows, has_confidence_column=any_rating,
            pass_marks=pass_marks, rosters=self._rosters(cohorts))

    def _long_response_table(self, cohorts: list[str] | None = None):
        """Every counting mark as a long-format ResponseTable (the checks of the CSV path apply).

        Columns are built as integer codes with numpy: per-attempt values are repeated
        over the attempt's questions, and item codes are looked up once per form.
        """
        import numpy as np

        from assessor.analysis.responses import ResponseTable

        found = self._counting_rows(cohorts)
        orders = self._form_orders(r["assessment_id"] for r in found)
        questions = self.store.banks.questions_by_id({q for order in orders.values() for q in order})
        item_labels = sorted({q.key for q in questions.values()})
        topic_labels = sorted({q.topic for q in questions.values()})
        item_index = {k: i for i, k in enumerate(item_labels)}
        topic_index = {t: i for i, t in enumerate(topic_labels)}
        form_items = {aid: np.array([item_index[questions[q].key] for q in order], np.int32)
                      for aid, order in orders.items()}
        form_topics = {aid: np.array([topic_index[questions[q].topic] for q in order], np.int32)
                       for aid, order in orders.items()}

        def factor(values):
            labels = sorted(set(values))
            index = {v: i for i, v in enumerate(labels)}
            return np.fromiter((index[v] for v in values), np.int32, len(values)), labels

        pass_marks: dict[str, float] = {}
        for r in found:  # a cohort's pass mark: that of its first counting attempt
            pass_marks.setdefault(r["cohort"], r["pass_mark"])
        # Every attempt's marks are one float64 per question of its form (NaN = not shown).
        # Attempts are taken form by form, so those of one form are the rows of one matrix,
        # read with a single frombuffer and written straight into preallocated columns.
        by_form: dict[str, list[dict]] = {}
        for r in found:
            by_form.setdefault(r["assessment_id"], []).append(r)
        found = [r for group in by_form.values() for r in group]
        any_conf = any(r["confidences"] is not None for r in found)
        grids, total = [], 0
        for aid, group in by_form.items():
            grid = _matrix(group, "marks", len(form_items[aid]))
            shown = ~np.isnan(grid)
            grids.append((aid, group, grid, None if shown.all() else shown))
            total += grid.size if shown.all() else int(shown.sum())
        item = np.empty(total, np.int32)
        topic = np.empty(total, np.int32)
        mark = np.empty(total, np.float64)
        confidence = np.full(total, np.nan) if any_conf else None
        repeat = np.empty(len(found), np.int64)
        at = first = 0
        for aid, group, grid, shown in grids:
            width = grid.shape[1]
            if shown is None:  # every question shown to everyone: the matrix read row by row
                size = grid.size
                item[at:at + size] = np.tile(form_items[aid], len(group))
                topic[at:at + size] = np.tile(form_topics[aid], len(group))
                mark[at:at + size] = grid.reshape(-1)
                repeat[first:first + len(group)] = width
            else:
                size = int(shown.sum())
                cols = np.nonzero(shown)[1]
                item[at:at + size] = form_items[aid][cols]
                topic[at:at + size] = form_topics[aid][cols]
                mark[at:at + size] = grid[shown]
                repeat[first:first + len(group)] = shown.sum(axis=1)
            if any_conf:
                rated = [k for k, r in enumerate(group) if r["confidences"] is not None]
                if rated:
                    conf = np.full(grid.shape, np.nan)
                    conf[rated] = _matrix([group[k] for k in rated], "confidences", width)
                    confidence[at:at + size] = conf.reshape(-1) if shown is None else conf[shown]
            at += size
            first += len(group)

        def per_attempt(key, default=""):
            codes, labels = factor([r[key] or default for r in found])
            return np.repeat(codes, repeat), labels

        table = ResponseTable.from_columns(
            cohort=per_attempt("cohort"), participant=per_attempt("code"), phase=per_attempt("phase"),
            item=(item, item_labels), topic=(topic, topic_labels), mark=mark, confidence=confidence,
            sex=per_attempt("sex", "not_stated"), organisation=per_attempt("organisation"), pass_marks=pass_marks,
        )
        table.rosters.update(self._rosters(cohorts))
        return table


def _matrix(group: list[dict], column: str, width: int) -> np.ndarray:
    """The stored ``column`` of attempts of one form as an (attempts x questions) float64 matrix.

    Refuses (``damaged_marks``) a value whose length is not one number per question of the
    form: the database was changed outside Assessor, and no analysis is made of it.
    """
    import numpy as np

    size = 8 * width
    blobs = [r[column] for r in group]
    for blob, r in zip(blobs, group):
        if not isinstance(blob, bytes) or len(blob) != size:
            raise Refused(f"Attempt {r['attempt_id']} has stored {column} that do not match its form "
                          f"({width} questions); the database was changed outside Assessor. "
                          "Restore a backup ('assessor backups' lists them).", code="damaged_marks")
    return np.frombuffer(b"".join(blobs), dtype=VALUES_DTYPE).reshape(len(blobs), width)
