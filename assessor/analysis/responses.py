"""Long-format response tables: one mark per cohort x participant x phase x item.

This is the common input of the statistics engine (:mod:`assessor.analysis.stats`), whether the
marks come from the database (``Store.response_table()``) or from a CSV file written by
another platform or typed in from paper tests.

CSV format (header required, column order free, extra columns ignored)::

    cohort,participant_id,phase,item_id,topic,correct[,sex][,organisation][,confidence]

``correct`` is a mark from 0 to 1, ``phase`` is ``pre``, ``post`` or ``followup``
(``follow-up``/``follow_up`` are accepted), ``confidence`` is a rating from 1 to 4 (empty
when not collected). Rows are numbered as a spreadsheet shows them: the header is row 1.

Columns are stored factorised (integer codes plus a list of labels) so that analysis and
parsing work on numpy arrays, never on one Python object per response.
"""

from __future__ import annotations

import csv
import io
import math
from array import array
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

import numpy as np

from assessor.errors import InputError
from assessor.textio import neutralise

PHASES = ("pre", "post", "followup")
_PHASE_ALIASES = {
    "pre": "pre",
    "pretest": "pre",
    "pre-test": "pre",
    "post": "post",
    "posttest": "post",
    "post-test": "post",
    "followup": "followup",
    "follow-up": "followup",
    "follow_up": "followup",
}
REQUIRED_COLUMNS = ("cohort", "participant_id", "phase", "item_id", "topic", "correct")
OPTIONAL_COLUMNS = ("sex", "organisation", "confidence")
DEFAULT_PASS_MARK = 70.0
CONFIDENCE_RANGE = (1.0, 4.0)


@dataclass
class Factor:
    """A factorised text column: ``labels[codes[i]]`` is the value of row ``i``."""

    codes: np.ndarray  # int32, one per row
    labels: list[str]

    def values(self) -> np.ndarray:
        """The column as an object array of strings (for export, not for analysis)."""
        return np.asarray(self.labels, dtype=object)[self.codes]

    def __len__(self) -> int:
        return len(self.codes)


@dataclass
class ResponseTable:
    """Marks in long format, stored column-wise.

    ``phase.labels`` is always ``["pre", "post", "followup"]`` so ``phase.codes`` are
    0, 1, 2. ``confidence`` is NaN where no rating was given. ``sex`` and ``organisation``
    use the label ``""`` where not recorded.
    """

    cohort: Factor
    participant: Factor
    phase: Factor
    item: Factor
    topic: Factor
    mark: np.ndarray  # float64 in 0..1
    confidence: np.ndarray  # float64, NaN if absent
    sex: Factor
    organisation: Factor
    pass_marks: dict[str, float] = field(default_factory=dict)
    has_confidence_column: bool = False
    # Roster codes per cohort (database input only): lets the analysis count no-shows.
    rosters: dict[str, list[str]] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.mark)

    def pass_mark(self, cohort: str) -> float:
        """The pass mark (in %) of ``cohort``, 70 when unknown."""
        return float(self.pass_marks.get(cohort, DEFAULT_PASS_MARK))

    @classmethod
    def from_columns(
        cls,
        cohort,
        participant,
        phase,
        item,
        topic,
        mark,
        confidence=None,
        sex=None,
        organisation=None,
        pass_marks: dict[str, float] | None = None,
    ) -> "ResponseTable":
        """Build a table from equally long columns.

        Each text column may be a sequence of strings, a numpy array (any dtype; labels
        become ``str(value)``) or, fastest, a pre-factorised pair ``(codes, labels)``.
        ``mark`` and ``confidence`` are numbers (``confidence`` None or NaN where absent).
        Raises :class:`InputError` naming the entry (1-based) on a bad mark, phase,
        confidence or a duplicated cohort/participant/phase/item.
        """
        n = len(mark)
        cols = {}
        for name, col in (
            ("cohort", cohort),
            ("participant", participant),
            ("phase", phase),
            ("item", item),
            ("topic", topic),
            ("sex", sex),
            ("organisation", organisation),
        ):
            if col is None:
                cols[name] = Factor(np.zeros(n, np.int32), [""])
            else:
                cols[name] = _factor_from_any(col)
                if len(cols[name]) != n:
                    raise InputError(
                        f"Column {name} has {len(cols[name])} entries but mark has {n}.",
                        column=name,
                    )
        mark_arr = np.asarray(mark, dtype=np.float64)
        if confidence is None:
            conf = np.full(n, np.nan)
            has_conf = False
        else:
            conf = np.array(
                [np.nan if c is None else c for c in confidence]
                if not isinstance(confidence, np.ndarray)
                else confidence,
                dtype=np.float64,
            )
            has_conf = True
        return _assemble(
            cols,
            mark_arr,
            conf,
            pass_marks or {},
            has_conf,
            where=lambda i: f"Responses, entry {i + 1}",
        )

    def select_cohorts(self, cohorts: Sequence[str]) -> "ResponseTable":
        """A table with only the rows of ``cohorts`` (labels kept, codes unchanged)."""
        wanted = [self.cohort.labels.index(c) for c in cohorts if c in self.cohort.labels]
        keep = np.isin(self.cohort.codes, np.asarray(wanted, dtype=np.int32))
        return self.take(keep)

    def take(self, keep: np.ndarray) -> "ResponseTable":
        """A table with the rows selected by the boolean mask or index array ``keep``."""

        def f(x: Factor) -> Factor:
            return Factor(x.codes[keep], x.labels)

        return ResponseTable(
            f(self.cohort),
            f(self.participant),
            f(self.phase),
            f(self.item),
            f(self.topic),
            self.mark[keep],
            self.confidence[keep],
            f(self.sex),
            f(self.organisation),
            dict(self.pass_marks),
            self.has_confidence_column,
            dict(self.rosters),
        )


# ---------------------------------------------------------------------------
# The same marks as matrices (the database's shape)


@dataclass
class MarkGroup:
    """Counting attempts that took one form: where each sits in the matrices, and the form's items.

    ``phase`` and ``person`` (one entry per attempt) index the matrix of a :class:`MarkMatrix`;
    ``item`` and ``topic`` (one entry per question, in form order) are codes into its labels.
    """

    phase: np.ndarray  # int8, one per attempt
    person: np.ndarray  # int32, one per attempt
    item: np.ndarray  # int32, one per question of the form
    topic: np.ndarray  # int32, one per question of the form


@dataclass
class MarkMatrix:
    """Marks as one phase x person x item matrix, as the database keeps them.

    ``marks[phase, person, item]`` is NaN where the item was not given. A person is one
    participant of one cohort (``person_*`` arrays are codes into the labels); every person
    has at least one mark. ``conf`` has the same shape (NaN wherever there is no mark or no
    rating) and is None when no mark has a rating. ``groups`` keep the attempts in the order of
    the long table (form by form), so that :meth:`long_table` gives exactly the rows the
    database would have given in long format.
    """

    marks: np.ndarray
    conf: np.ndarray | None
    taker: np.ndarray  # bool (3, persons): took that phase
    person_cohort: np.ndarray
    person_participant: np.ndarray
    person_sex: np.ndarray
    person_org: np.ndarray
    topic_of_item: np.ndarray  # int32 per item: its topic (0 for an item nobody was given)
    cohort_labels: list[str]
    participant_labels: list[str]
    item_labels: list[str]
    topic_labels: list[str]
    sex_labels: list[str]
    organisation_labels: list[str]
    groups: list[MarkGroup]
    n_rows: int  # marks given: the length of the long table
    has_confidence_column: bool = False
    pass_marks: dict[str, float] = field(default_factory=dict)
    rosters: dict[str, list[str]] = field(default_factory=dict)

    def long_table(self, block: int = 8192) -> ResponseTable:
        """The same marks as a long-format :class:`ResponseTable`, row for row as read from the database.

        Rows follow the groups, each attempt's marks in form order, marks not given left out.
        """
        total = self.n_rows
        item = np.empty(total, np.int32)
        topic = np.empty(total, np.int32)
        mark = np.empty(total, np.float64)
        confidence = np.full(total, np.nan) if self.has_confidence_column else None
        n_attempts = sum(len(g.person) for g in self.groups)
        repeat = np.empty(n_attempts, np.int64)
        person = np.empty(n_attempts, np.int32)
        phase = np.empty(n_attempts, np.int32)
        at = first = 0
        for g in self.groups:
            for lo in range(0, len(g.person), block):
                ph, pe = g.phase[lo:lo + block], g.person[lo:lo + block]
                grid = self.marks[ph, pe][:, g.item]
                shown = ~np.isnan(grid)
                size = int(shown.sum())
                cols = np.nonzero(shown)[1]
                item[at:at + size] = g.item[cols]
                topic[at:at + size] = g.topic[cols]
                mark[at:at + size] = grid[shown]
                if self.conf is not None:
                    confidence[at:at + size] = self.conf[ph, pe][:, g.item][shown]
                k = len(pe)
                repeat[first:first + k] = shown.sum(axis=1)
                person[first:first + k] = pe
                phase[first:first + k] = ph
                at += size
                first += k

        def per_attempt(codes):
            return np.repeat(codes, repeat)

        table = ResponseTable.from_columns(
            cohort=(per_attempt(self.person_cohort[person]), self.cohort_labels),
            participant=(per_attempt(self.person_participant[person]), self.participant_labels),
            phase=(per_attempt(phase), list(PHASES)),
            item=(item, self.item_labels), topic=(topic, self.topic_labels), mark=mark, confidence=confidence,
            sex=(per_attempt(self.person_sex[person]), self.sex_labels),
            organisation=(per_attempt(self.person_org[person]), self.organisation_labels),
            pass_marks=self.pass_marks,
        )
        table.rosters = dict(self.rosters)
        return table


class _LazyFactor(Factor):
    """A column of a :class:`MatrixResponses`: labels known at once, codes built on first use."""

    def __init__(self, labels: list[str], table: "MatrixResponses", name: str):
        self.labels = labels
        self._table, self._name = table, name

    @property
    def codes(self) -> np.ndarray:
        """The column's codes, from the long table (built the first time it is asked for)."""
        return getattr(self._table.long(), self._name).codes


class MatrixResponses(ResponseTable):
    """A :class:`ResponseTable` held as a :class:`MarkMatrix` (what ``Store.response_table()`` returns).

    The statistics engine reads the matrix directly; the long-format columns are built only
    when some other reader (a CSV export, the per-topic gains of course evaluations...) asks
    for one, and are then the same as those of the long table.
    """

    def __init__(self, matrix: MarkMatrix):
        self.matrix = matrix
        self._long: ResponseTable | None = None
        self.cohort = _LazyFactor(matrix.cohort_labels, self, "cohort")
        self.participant = _LazyFactor(matrix.participant_labels, self, "participant")
        self.phase = _LazyFactor(list(PHASES), self, "phase")
        self.item = _LazyFactor(matrix.item_labels, self, "item")
        self.topic = _LazyFactor(matrix.topic_labels, self, "topic")
        self.sex = _LazyFactor(matrix.sex_labels, self, "sex")
        self.organisation = _LazyFactor(matrix.organisation_labels, self, "organisation")
        self.pass_marks = matrix.pass_marks
        self.has_confidence_column = matrix.has_confidence_column
        self.rosters = matrix.rosters

    def long(self) -> ResponseTable:
        """The marks as a plain long-format table (built once, then kept)."""
        if self._long is None:
            self._long = self.matrix.long_table()
        return self._long

    @property
    def mark(self) -> np.ndarray:
        """The mark column of the long table."""
        return self.long().mark

    @property
    def confidence(self) -> np.ndarray:
        """The confidence column of the long table (NaN where there is no rating)."""
        return self.long().confidence

    def __len__(self) -> int:
        return self.matrix.n_rows

    def select_cohorts(self, cohorts: Sequence[str]) -> ResponseTable:
        """This table when every person is in ``cohorts``, otherwise the long table's selection."""
        wanted = {j for j, name in enumerate(self.matrix.cohort_labels) if name in set(cohorts)}
        if set(np.unique(self.matrix.person_cohort).tolist()) <= wanted:
            return self
        return self.long().select_cohorts(cohorts)

    def take(self, keep: np.ndarray) -> ResponseTable:
        """The rows of the long table selected by ``keep``."""
        return self.long().take(keep)


# ---------------------------------------------------------------------------
# Factorising


def _factor_from_any(col) -> Factor:
    if isinstance(col, Factor):
        return col
    if isinstance(col, tuple) and len(col) == 2 and not isinstance(col[0], str):
        codes, labels = col
        return _normalise_labels(np.asarray(codes, dtype=np.int32), [str(x) for x in labels])
    arr = np.asarray(col)
    if arr.dtype.kind in "iub":
        uniq, inv = np.unique(arr, return_inverse=True)
        labels = [str(int(x)) for x in uniq]
        return _normalise_labels(inv.astype(np.int32).ravel(), labels)
    # Strings: a dict pass is faster than sorting unicode arrays.
    index: dict = {}
    codes = np.fromiter(
        (index.setdefault(v, len(index)) for v in col), dtype=np.int32, count=len(col)
    )
    labels = ["" if v is None else str(v) for v in index]
    return _normalise_labels(codes, labels)


def _normalise_labels(codes: np.ndarray, labels: list[str]) -> Factor:
    """Strip surrounding blanks from labels and merge labels that become equal."""
    stripped = [lab.strip() for lab in labels]
    if stripped == labels and len(set(labels)) == len(labels):
        return Factor(codes, labels)
    index: dict[str, int] = {}
    remap = np.array([index.setdefault(s, len(index)) for s in stripped], dtype=np.int32)
    return Factor(remap[codes] if len(codes) else codes, list(index))


# ---------------------------------------------------------------------------
# Validation and assembly (shared by the CSV reader and from_columns)


def _assemble(cols, mark, conf, pass_marks, has_conf, where) -> ResponseTable:
    n = len(mark)
    # Phase labels -> fixed codes 0/1/2.
    ph = cols["phase"]
    lut = np.empty(max(len(ph.labels), 1), dtype=np.int32)
    for j, lab in enumerate(ph.labels):
        canon = _PHASE_ALIASES.get(lab.lower())
        if canon is None:
            row = int(np.flatnonzero(ph.codes == j)[0])
            raise InputError(
                f"{where(row)}: unknown phase {lab!r} (expected pre, post or followup).",
                code="bad_phase",
                row=row,
            )
        lut[j] = PHASES.index(canon)
    phase = Factor(lut[ph.codes] if n else ph.codes, list(PHASES))

    bad = ~((mark >= 0.0) & (mark <= 1.0))  # also catches NaN
    if bad.any():
        row = int(np.flatnonzero(bad)[0])
        raise InputError(
            f"{where(row)}: mark {_fmt(mark[row])} is outside 0..1.", code="bad_mark", row=row
        )
    badc = ~np.isnan(conf) & ~((conf >= CONFIDENCE_RANGE[0]) & (conf <= CONFIDENCE_RANGE[1]))
    if badc.any():
        row = int(np.flatnonzero(badc)[0])
        raise InputError(
            f"{where(row)}: confidence {_fmt(conf[row])} is outside 1..4.",
            code="bad_confidence",
            row=row,
        )
    for name in ("cohort", "participant", "item"):
        f = cols[name]
        empty = [j for j, lab in enumerate(f.labels) if lab == ""]
        if empty and n:
            hit = np.flatnonzero(np.isin(f.codes, empty))
            if len(hit):
                row = int(hit[0])
                label = {"participant": "participant_id", "item": "item_id"}.get(name, name)
                raise InputError(f"{where(row)}: {label} is empty.", code="empty_value", row=row)

    # Labels in sorted order: the same responses then give the same table, and the same
    # analysis to the last digit, whatever order the rows came in (a CSV or the database).
    cols = {name: _sorted_labels(f) for name, f in cols.items()}
    table = ResponseTable(
        cols["cohort"],
        cols["participant"],
        phase,
        cols["item"],
        cols["topic"],
        mark,
        conf,
        cols["sex"],
        cols["organisation"],
        {str(k): float(v) for k, v in pass_marks.items()},
        has_conf,
    )
    _check_duplicates(table, where)
    _check_consistent(table, where)
    return table


def _sorted_labels(f: Factor) -> Factor:
    order = sorted(range(len(f.labels)), key=f.labels.__getitem__)
    if order == list(range(len(order))):
        return f
    remap = np.empty(len(order), dtype=np.int32)
    remap[order] = np.arange(len(order), dtype=np.int32)
    return Factor(remap[f.codes], [f.labels[i] for i in order])


def _fmt(x: float) -> str:
    return "NaN" if math.isnan(x) else f"{x:g}"


def _check_duplicates(t: ResponseTable, where) -> None:
    n = len(t)
    if n == 0:
        return
    person = t.cohort.codes.astype(np.int64) * len(t.participant.labels) + t.participant.codes
    key = (person * 3 + t.phase.codes) * len(t.item.labels) + t.item.codes
    sk = np.sort(key)
    if not (sk[1:] == sk[:-1]).any():
        return
    order = np.argsort(key, kind="stable")
    sk = key[order]
    dup = np.flatnonzero(sk[1:] == sk[:-1])
    if len(dup):
        # Report the earliest second occurrence in file order.
        seconds = order[dup + 1]
        j = int(np.argmin(seconds))
        row, first = int(seconds[j]), int(order[dup[j]])
        raise InputError(
            f"{where(row)}: duplicate response for cohort {t.cohort.labels[t.cohort.codes[row]]!r}, "
            f"participant {t.participant.labels[t.participant.codes[row]]!r}, "
            f"phase {PHASES[t.phase.codes[row]]}, item {t.item.labels[t.item.codes[row]]!r} "
            f"(first given at {where(first).rsplit(', ', 1)[-1]}).",
            code="duplicate",
            row=row,
        )


def _check_consistent(t: ResponseTable, where) -> None:
    """Each item has one topic per cohort; each participant one sex and organisation."""
    n = len(t)
    if n == 0:
        return
    checks = (
        ("item", t.cohort.codes.astype(np.int64) * len(t.item.labels) + t.item.codes, t.topic, "topic"),
        (
            "participant",
            t.cohort.codes.astype(np.int64) * len(t.participant.labels) + t.participant.codes,
            t.sex,
            "sex",
        ),
        (
            "participant",
            t.cohort.codes.astype(np.int64) * len(t.participant.labels) + t.participant.codes,
            t.organisation,
            "organisation",
        ),
    )
    for what, key, attr, attr_name in checks:
        if len(attr.labels) <= 1:
            continue
        if key.max() < 4 * n:
            inv = key  # small key space: index directly
            size = int(key.max()) + 1
        else:
            _, inv = np.unique(key, return_inverse=True)
            size = int(inv.max()) + 1
        first = np.zeros(size, dtype=np.int64)
        # first row of each key: reverse-order assignment leaves the smallest index
        first[inv[::-1]] = np.arange(n - 1, -1, -1)
        ref = attr.codes[first[inv]]
        bad = np.flatnonzero(ref != attr.codes)
        if len(bad):
            row = int(bad[0])
            k = first[inv[row]]
            name = (
                t.item.labels[t.item.codes[row]]
                if what == "item"
                else t.participant.labels[t.participant.codes[row]]
            )
            raise InputError(
                f"{where(row)}: {what} {name!r} has {attr_name} "
                f"{attr.labels[attr.codes[row]]!r} here but {attr.labels[attr.codes[k]]!r} "
                f"at {where(int(k)).rsplit(', ', 1)[-1]}.",
                code="inconsistent",
                row=row,
            )


# ---------------------------------------------------------------------------
# CSV


def read_responses_csv(path, pass_mark: float | None = None) -> ResponseTable:
    """Read a long-format responses CSV (see module docstring) into a table.

    Raises :class:`InputError` with one sentence naming the file and row on missing
    columns, wrong field counts, marks outside 0..1, unknown phases, confidence outside
    1..4, duplicate rows or inconsistent topic/sex/organisation. ``pass_mark`` (in %)
    applies to every cohort in the file (default 70).
    """
    path = Path(path)
    name = path.name
    header_bytes, body_start = _read_header(path)
    try:
        header_text = header_bytes.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}, row 1: the header is not UTF-8 text.", code="encoding") from exc
    header = next(csv.reader([header_text]), [])
    header = [h.strip().lower() for h in header]
    missing = [c for c in REQUIRED_COLUMNS if c not in header]
    if not header_text.strip():
        raise InputError(f"{name}: the file is empty (no header row).", code="empty")
    if missing:
        raise InputError(
            f"{name}, row 1: missing column{'s' if len(missing) > 1 else ''} "
            f"{', '.join(missing)} (the header must include {', '.join(REQUIRED_COLUMNS)}).",
            code="missing_columns",
        )
    dupe_cols = sorted({h for h in header if h and header.count(h) > 1})
    if dupe_cols:
        raise InputError(f"{name}, row 1: column {dupe_cols[0]} appears twice.", code="header")

    body = _CsvBody(path, body_start, header)
    columns, n = body.read()

    def where(i: int) -> str:
        return f"{name}, row {body.line_of(i)}"

    if n == 0:
        raise InputError(f"{name}: the file has a header but no data rows.", code="empty")
    cols = {
        "cohort": columns["cohort"],
        "participant": columns["participant_id"],
        "phase": columns["phase"],
        "item": columns["item_id"],
        "topic": columns["topic"],
        "sex": columns.get("sex") or Factor(np.zeros(n, np.int32), [""]),
        "organisation": columns.get("organisation") or Factor(np.zeros(n, np.int32), [""]),
    }
    mark = _numbers(columns["correct"], "correct", where, allow_empty=False)
    if "confidence" in columns:
        conf = _numbers(columns["confidence"], "confidence", where, allow_empty=True)
    else:
        conf = np.full(n, np.nan)
    pm = DEFAULT_PASS_MARK if pass_mark is None else float(pass_mark)
    pass_marks = {c: pm for c in cols["cohort"].labels}
    return _assemble(cols, mark, conf, pass_marks, "confidence" in columns, where)


def _numbers(f: Factor, col: str, where, allow_empty: bool) -> np.ndarray:
    """Parse a factorised numeric column: each distinct text is converted once."""
    values = np.empty(len(f.labels), dtype=np.float64)
    for j, lab in enumerate(f.labels):
        s = lab.strip()
        if s == "" and allow_empty:
            values[j] = np.nan
            continue
        try:
            v = float(s) if s else None
        except ValueError:
            v = None
        if v is None or math.isnan(v) or math.isinf(v):
            row = int(np.flatnonzero(f.codes == j)[0])
            what = "empty" if s == "" else f"{s!r}, not a number"
            raise InputError(f"{where(row)}: {col} is {what}.", code="bad_number", row=row)
        values[j] = v
    return values[f.codes] if len(f.codes) else np.zeros(0)


def _read_header(path: Path) -> tuple[bytes, int]:
    """The first line's bytes (without a UTF-8 byte order mark) and the offset of the next line.

    A line ends at ``\\n``, ``\\r\\n`` or ``\\r``; a file without a line end is all header.
    """
    try:
        with path.open("rb") as fh:
            data = b""
            while True:
                chunk = fh.read(1 << 16)
                data += chunk
                ends = [i for i in (data.find(b"\n"), data.find(b"\r")) if i != -1]
                if ends or not chunk:
                    break
    except OSError as exc:
        raise InputError(f"{path.name}: cannot be read ({exc.strerror}).", code="unreadable") from exc
    end = min(ends) if ends else len(data)
    start = end + (2 if data[end : end + 2] == b"\r\n" else 1)
    bom = 3 if data.startswith(b"\xef\xbb\xbf") else 0
    return data[bom:end], min(start, len(data))


def _block_codes(chunk, index: dict[bytes, int], out: np.ndarray) -> None:
    """Write one block of a dictionary-encoded column into ``out`` as codes into ``index``
    (which grows with the block's new values)."""
    words = chunk.dictionary.to_pylist()
    lut = np.fromiter((index.setdefault(w, len(index)) for w in words), dtype=np.int32, count=len(words))
    np.take(lut, chunk.indices.to_numpy(), out=out)


class _CsvBody:
    """The data rows of a responses CSV (everything after the header line).

    pyarrow's CSV reader reads the wanted columns, dictionary-encoded, straight from the
    file. A row's line number is only worked out when a message needs one: by reading the
    file again with the csv module up to that row, so a quoted value that holds a line
    break counts as the lines it spans, as before.
    """

    def __init__(self, path: Path, start: int, header: list[str]):
        self.path, self.start, self.header = path, start, header
        self.name = path.name
        self._lines = array("q")
        self._records_left = None
        self._quoted: bool | None = None

    # -- reading the columns ------------------------------------------------

    def read(self) -> tuple[dict[str, Factor], int]:
        """The wanted columns as factors, and the number of data rows."""
        import pyarrow as pa
        from pyarrow import csv as pacsv

        names = [f"f{j}" for j in range(len(self.header))]
        wanted = {names[j]: h for j, h in enumerate(self.header) if h in REQUIRED_COLUMNS + OPTIONAL_COLUMNS}
        as_dictionary = pa.dictionary(pa.int32(), pa.binary())
        words: dict[str, dict[bytes, int]] = {c: {} for c in wanted}
        # Every row takes at least one byte per field (its comma or line end), which bounds
        # the row count: the codes go straight into arrays of that length, of which only
        # the part written ever takes memory.
        try:
            bound = max(self.path.stat().st_size - self.start, 0) // len(self.header) + 1
        except OSError as exc:
            raise InputError(f"{self.name}: cannot be read ({exc.strerror}).", code="unreadable") from exc
        codes = {c: np.empty(bound, np.int32) for c in wanted}
        n = 0
        try:
            source = pa.OSFile(str(self.path))
            source.seek(self.start)
            # Block by block, each block's columns turned into codes at once: the file is never
            # all in memory. The system allocator, so that numpy reuses what pyarrow frees.
            reader = pacsv.open_csv(
                source,
                read_options=pacsv.ReadOptions(column_names=names),
                parse_options=pacsv.ParseOptions(newlines_in_values=True),
                convert_options=pacsv.ConvertOptions(
                    include_columns=list(wanted),
                    column_types={c: as_dictionary for c in wanted},
                    null_values=[],
                    strings_can_be_null=False,
                    quoted_strings_can_be_null=False,
                ),
                memory_pool=pa.system_memory_pool(),
            )
            where = {c: reader.schema.get_field_index(c) for c in wanted}
            for batch in reader:
                rows = batch.num_rows
                for c, j in where.items():
                    _block_codes(batch.column(j), words[c], codes[c][n : n + rows])
                n += rows
                del batch
        except pa.ArrowInvalid:
            bad = self._first_bad_record()
            if bad is not None:
                line, count = bad
                raise InputError(
                    f"{self.name}, row {line}: {count} fields, expected {len(self.header)} as in the header.",
                    code="field_count",
                ) from None
            # Something pyarrow refuses but the csv module reads: a blank-looking row in a quoted
            # file (skipped, as before) or a value longer than pyarrow's block.
            return self._read_with_csv_module(wanted)
        except OSError as exc:
            raise InputError(f"{self.name}: cannot be read ({exc.strerror or exc}).", code="unreadable") from exc
        pa.system_memory_pool().release_unused()  # what pyarrow freed goes back before validation
        columns = {h: self._factor(words.pop(c), codes.pop(c)[:n]) for c, h in wanted.items()}
        return columns, n

    def _factor(self, index: dict[bytes, int], codes: np.ndarray) -> Factor:
        """A column's codes and its distinct byte strings (in code order) as one factor."""
        labels = []
        for j, raw in enumerate(index):
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                row = int(np.flatnonzero(codes == j)[0])
                raise InputError(
                    f"{self.name}, row {self.line_of(row)}: the text is not UTF-8.", code="encoding"
                ) from exc
            # Line breaks inside quoted values read as "\n", whatever the file's line ends.
            labels.append(text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text)
        return _normalise_labels(codes, labels)

    # -- line numbers, with the csv module -----------------------------------

    def _has_quotes(self) -> bool:
        """Whether the rows hold a double quote (a blank-looking row is then skipped)."""
        if self._quoted is None:
            self._quoted = False
            with self.path.open("rb") as fh:
                fh.seek(self.start)
                while chunk := fh.read(1 << 20):
                    if b'"' in chunk:
                        self._quoted = True
                        break
        return self._quoted

    def _skippable(self, rec: list[str]) -> bool:
        # An empty line is no row; nor, in a file with quotes, a line of one blank value.
        return not rec or (len(rec) == 1 and rec[0].strip() == "" and self._has_quotes())

    def _records(self, encoding_errors: str = "replace"):
        """(line number, fields) of every data row as the csv module reads them."""
        with self.path.open("rb") as fh:
            fh.seek(self.start)
            text = io.TextIOWrapper(fh, encoding="utf-8", errors=encoding_errors, newline=None)
            reader = csv.reader(text)
            try:
                for rec in reader:
                    if not self._skippable(rec):
                        yield reader.line_num + 1, rec  # +1: the header is line 1
            except csv.Error as exc:
                raise InputError(
                    f"{self.name}, row {reader.line_num + 1}: a value is longer than "
                    f"{csv.field_size_limit():,} characters.",
                    code="field_count",
                ) from exc

    def line_of(self, i: int) -> int:
        """The line of data row ``i`` (0-based), as numbered in a text editor."""
        if self._records_left is None:
            self._records_left = self._records()
        while len(self._lines) <= i:
            line, _ = next(self._records_left)
            self._lines.append(line)
        return self._lines[i]

    def _first_bad_record(self) -> tuple[int, int] | None:
        """(line, field count) of the first row whose field count differs from the header's."""
        for line, rec in self._records():
            if len(rec) != len(self.header):
                return line, len(rec)
        return None

    def _read_with_csv_module(self, wanted: dict[str, str]) -> tuple[dict[str, Factor], int]:
        """The columns read by the csv module alone (slow; for what pyarrow refuses)."""
        lists: dict[str, list[str]] = {h: [] for h in wanted.values()}
        positions = [(lists[h], int(c[1:])) for c, h in wanted.items()]
        try:
            for line, rec in self._records(encoding_errors="strict"):
                for values, j in positions:
                    values.append(rec[j])
                self._lines.append(line)
        except UnicodeDecodeError as exc:
            raise InputError(f"{self.name}: the file is not UTF-8 text.", code="encoding") from exc
        self._records_left = iter(())
        return {h: _factor_from_any(v) for h, v in lists.items()}, len(self._lines)


def write_responses_csv(table: ResponseTable, path) -> None:
    """Write ``table`` as a responses CSV that :func:`read_responses_csv` reads back.

    Optional columns are written only when they carry information.
    """
    path = Path(path)
    cols = ["cohort", "participant_id", "phase", "item_id", "topic", "correct"]

    def text(f: Factor) -> np.ndarray:  # typed text never starts a formula when opened in a spreadsheet
        return np.asarray([neutralise(label) for label in f.labels], dtype=object)[f.codes]

    data = [
        text(table.cohort),
        text(table.participant),
        np.asarray(PHASES, dtype=object)[table.phase.codes],
        text(table.item),
        text(table.topic),
        np.array([_num(x) for x in table.mark], dtype=object),
    ]
    if any(table.sex.labels):
        cols.append("sex")
        data.append(text(table.sex))
    if any(table.organisation.labels):
        cols.append("organisation")
        data.append(text(table.organisation))
    if table.has_confidence_column or not np.isnan(table.confidence).all():
        cols.append("confidence")
        data.append(np.array(["" if math.isnan(x) else _num(x) for x in table.confidence], dtype=object))
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(cols)
        w.writerows(zip(*data))


def _num(x: float) -> str:
    return repr(float(x)).removesuffix(".0") if float(x).is_integer() else repr(float(x))
