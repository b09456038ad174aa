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
# Factorising


_BLOCK = 1 << 19  # rows per block where a whole-column temporary would raise the peak memory


def _factorize_uint64(keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(codes, sorted unique keys) for a uint64 array, fast for long runs or few values."""
    n = len(keys)
    if n == 0:
        return np.zeros(0, np.int32), keys[:0]
    change = np.empty(n, dtype=bool)
    change[0] = True
    np.not_equal(keys[1:], keys[:-1], out=change[1:])
    if np.count_nonzero(change) * 4 < n:
        # Sorted or grouped data: factorise one value per run, then expand.
        starts = np.flatnonzero(change)
        uniq, inv = np.unique(keys[starts], return_inverse=True)
        lengths = np.diff(np.append(starts, n))
        return np.repeat(inv.astype(np.int32), lengths), uniq
    del change
    uniq = np.sort(np.unique(keys, sorted=False))
    lut_mod = _perfect_modulus(uniq)
    if lut_mod is not None:
        # keys % m is collision-free on the (few) distinct keys: a table lookup,
        # in blocks so that the temporaries stay small.
        lut = np.zeros(lut_mod, dtype=np.int32)
        lut[uniq % np.uint64(lut_mod)] = np.arange(len(uniq), dtype=np.int32)
        codes = np.empty(n, dtype=np.int32)
        for lo in range(0, n, _BLOCK):
            codes[lo : lo + _BLOCK] = lut[keys[lo : lo + _BLOCK] % np.uint64(lut_mod)]
        return codes, uniq
    return np.searchsorted(uniq, keys).astype(np.int32), uniq


def _perfect_modulus(uniq: np.ndarray) -> int | None:
    """A modulus m <= 64k under which the distinct keys stay distinct, if one is quick to find."""
    k = len(uniq)
    if k > 4096:
        return None
    m = max(2 * k + 1, 17)
    for _ in range(64):
        r = uniq % np.uint64(m)
        if len(np.unique(r)) == k:
            return m
        m = int(m * 1.37) + 1
        if m > 1 << 16:
            return None
    return None


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
    raw = _read_padded(path)
    header_end = raw.index(b"\n")
    try:
        header_text = raw[:header_end].decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}, row 1: the header is not UTF-8 text.", code="encoding") from exc
    header = next(csv.reader([header_text]))
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

    if raw.find(b'"', header_end) != -1:
        columns, line_of = _split_slow(bytes(raw[header_end + 1 : -_PAD]), header, name)
    else:
        columns, line_of = _split_fast(raw, header_end, header, name)
    del raw  # the file's bytes are no longer needed: free them before validation allocates

    def where(i: int) -> str:
        return f"{name}, row {int(line_of[i])}"

    n = len(line_of)
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


def _split_slow(body: bytes, header: list[str], name: str):
    """Quoted CSV: the csv module, one Python list per column (slower, fully general)."""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: the file is not UTF-8 text.", code="encoding") from exc
    ncol = len(header)
    wanted = {h: i for i, h in enumerate(header) if h in REQUIRED_COLUMNS + OPTIONAL_COLUMNS}
    lists: dict[str, list[str]] = {h: [] for h in wanted}
    lines: list[int] = []
    reader = csv.reader(io.StringIO(text))
    for rec in reader:
        lineno = reader.line_num + 1  # +1 for the header
        if not rec or (len(rec) == 1 and rec[0].strip() == ""):
            continue
        if len(rec) != ncol:
            raise InputError(
                f"{name}, row {lineno}: {len(rec)} fields, expected {ncol} as in the header.",
                code="field_count",
            )
        for h, i in wanted.items():
            lists[h].append(rec[i])
        lines.append(lineno)
    return {h: _factor_from_any(v) for h, v in lists.items()}, np.asarray(lines, dtype=np.int64)


_PAD = 16


def _read_padded(path: Path) -> bytearray:
    """The file's bytes, normalized to ``\n`` line ends, ending in a newline and
    followed by ``_PAD`` zero bytes (so 8-byte windows never read past the end)."""
    try:
        size = path.stat().st_size
        data = bytearray(size + _PAD + 1)
        with path.open("rb") as fh:
            got = fh.readinto(memoryview(data)[:size])
    except OSError as exc:
        raise InputError(f"{path.name}: cannot be read ({exc.strerror}).", code="unreadable") from exc
    del data[got:]
    if data.startswith(b"\xef\xbb\xbf"):
        del data[:3]
    if data.find(b"\r") != -1:
        data = bytearray(bytes(data).replace(b"\r\n", b"\n").replace(b"\r", b"\n"))
    if not data.endswith(b"\n"):
        data += b"\n"
    data += b"\0" * _PAD
    return data


def _positions(buf: np.ndarray, byte: int, chunk: int = 1 << 24) -> np.ndarray:
    """Offsets of ``byte`` in ``buf``, scanned in chunks to keep temporaries small."""
    dtype = np.int32 if len(buf) < 2**31 - 1 else np.int64
    parts = []
    tmp = np.empty(min(chunk, len(buf)), dtype=bool)  # reused: fewer fresh pages to fault in
    for lo in range(0, len(buf), chunk):
        part = buf[lo : lo + chunk]
        hit = np.flatnonzero(np.equal(part, byte, out=tmp[: len(part)]))
        parts.append(hit.astype(dtype) + dtype(lo) if lo else hit.astype(dtype))
    return np.concatenate(parts) if parts else np.zeros(0, dtype)


def _split_fast(raw: bytearray, header_end: int, header: list[str], name: str):
    """Unquoted CSV: find separators with numpy and factorise fields by their bytes.

    Each field is read as 8-byte words straight from the buffer (one gather per word),
    so a column of 3 million fields costs a few vectorised passes.
    """
    ncol = len(header)
    buf = np.frombuffer(raw, dtype=np.uint8)[: len(raw) - _PAD]
    nl = _positions(buf, 10)
    commas = _positions(buf, 44)
    c0 = int(np.searchsorted(commas, header_end))
    nl = nl[1:]  # the first newline ends the header
    if len(nl) == 0:
        raise InputError(f"{name}: the file has a header but no data rows.", code="empty")
    line_start = np.empty(len(nl), dtype=np.int64)
    line_start[0] = header_end + 1
    line_start[1:] = nl[:-1] + 1
    per_line = np.diff(np.concatenate(([c0], np.searchsorted(commas, nl))))
    lineno = np.arange(2, len(nl) + 2, dtype=np.int32 if len(nl) < 2**31 - 3 else np.int64)
    blank = nl == line_start
    badlines = np.flatnonzero((per_line != ncol - 1) & ~blank)
    if len(badlines):
        i = int(badlines[0])
        raise InputError(
            f"{name}, row {int(lineno[i])}: {int(per_line[i]) + 1} fields, "
            f"expected {ncol} as in the header.",
            code="field_count",
        )
    del per_line, badlines  # large temporaries: keep the peak memory down
    if blank.any():
        keep = ~blank
        nl, line_start, lineno = nl[keep], line_start[keep], lineno[keep]
        del keep
    del blank
    n = len(nl)
    if n == 0:
        raise InputError(f"{name}: the file has a header but no data rows.", code="empty")
    line_start = line_start.astype(commas.dtype)
    # Commas as offsets from their line's start, in the narrowest type the longest line
    # allows: a quarter of the memory of absolute positions for ordinary files.
    longest = int((nl - line_start).max())
    rel_type = np.uint8 if longest < 2**8 else np.uint16 if longest < 2**16 else commas.dtype
    grid = np.empty((n, max(ncol - 1, 0)), dtype=rel_type)
    if ncol > 1:
        absolute = commas[c0:].reshape(n, ncol - 1)
        for j in range(ncol - 1):
            grid[:, j] = absolute[:, j] - line_start
        del absolute
    del commas
    wanted = [h for h in header if h in REQUIRED_COLUMNS + OPTIONAL_COLUMNS]
    rev = np.arange(n - 1, -1, -1, dtype=np.int32)
    out = {}
    for h in wanted:
        j = header.index(h)
        starts = line_start if j == 0 else line_start + grid[:, j - 1] + 1
        ends = nl if j == ncol - 1 else line_start + grid[:, j]
        out[h] = _factor_bytes(raw, starts, ends, name, lineno, rev)
        del starts, ends
    return out, lineno


def _factor_bytes(pad, starts: np.ndarray, ends: np.ndarray, name: str, lineno, rev=None) -> Factor:
    n = len(starts)
    if n == 0:
        return Factor(np.zeros(0, np.int32), [])
    if rev is None:
        rev = np.arange(n - 1, -1, -1, dtype=np.int32)
    lengths = (ends - starts).astype(np.int32, copy=False)
    width = int(lengths.max())
    nwords = max(1, (width + 7) // 8)
    # Native-endian 8-byte windows at every byte offset (overlapping, unaligned view).
    words = np.ndarray((len(pad) - 8,), dtype="<u8", buffer=pad, strides=(1,))
    masks = np.array([(1 << (8 * k)) - 1 for k in range(9)], dtype=np.uint64)
    keys = []
    for w in range(nwords):
        # A short field near the end of the file has no word ``w`` when another field is long:
        # clip its offset (that word is masked to zero below), never index past the buffer.
        kw = words[np.minimum(starts + 8 * w, len(words) - 1)] if w else words[starts]
        for lo in range(0, n, _BLOCK):  # in blocks: small temporaries, lower peak memory
            part = lengths[lo : lo + _BLOCK]
            kw[lo : lo + _BLOCK] &= masks[np.clip(part - 8 * w, 0, 8) if w else np.minimum(part, 8)]
        keys.append(kw)
    if nwords == 1:
        key = keys[0]
    else:
        # Hash the words together, then verify below that equal hashes mean equal text.
        key = lengths.astype(np.uint64)
        for kw in keys:
            key = (key ^ kw) * np.uint64(0x100000001B3) + np.uint64(0x9E3779B97F4A7C15)
            key ^= key >> np.uint64(29)
    codes, uniq = _factorize_uint64(key)
    rep = np.zeros(len(uniq), dtype=np.int32)
    rep[codes[::-1]] = rev  # reverse order: the first occurrence is written last
    if nwords > 1:
        same = lengths == lengths[rep][codes]
        for kw in keys:
            same &= kw == kw[rep][codes]
        if not same.all():  # pragma: no cover - 64-bit hash collision
            return _factor_from_any(
                [bytes(pad[s:e]).decode("utf-8", "replace") for s, e in zip(starts.tolist(), ends.tolist())]
            )
    labels = []
    for j, r in enumerate(rep.tolist()):
        try:
            labels.append(bytes(pad[starts[r] : ends[r]]).decode("utf-8"))
        except UnicodeDecodeError as exc:
            raise InputError(
                f"{name}, row {int(lineno[r])}: the text is not UTF-8.", code="encoding"
            ) from exc
    return _normalise_labels(codes, labels)


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
