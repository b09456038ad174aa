"""Deterministic, realistic response data for benchmarks (and reusable by other benchmarks).

A simple Rasch model: each participant has an ability, each item a difficulty, and
P(correct) = logistic(ability - difficulty). Training adds a cohort-specific gain; the
follow-up keeps most of it. About 8% miss the post-test and 35% the follow-up, as in
real field data, so attrition paths are exercised too.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from assessor.analysis.responses import ResponseTable, write_responses_csv

SEED = 20240611


def generate(
    participants: int = 10_000,
    items: int = 100,
    cohorts: int = 20,
    topics: int = 8,
    followup: bool = True,
    attrition: bool = True,
    seed: int = SEED,
) -> ResponseTable:
    """A ResponseTable of ``participants`` x ``items`` x pre/post(/follow-up).

    With ``attrition=False`` everybody takes every phase (the full-size worst case).
    """
    rng = np.random.default_rng(seed)
    cohort_of = np.sort(rng.integers(0, cohorts, participants))
    ability = rng.normal(-0.3, 1.0, participants)
    cohort_gain = rng.uniform(0.4, 1.2, cohorts)
    gain = cohort_gain[cohort_of] + rng.normal(0, 0.4, participants)
    difficulty = rng.normal(0, 1.0, items)
    topic_of = rng.integers(0, topics, items)
    sex = rng.integers(0, 2, participants)
    org = rng.integers(0, 12, participants)
    has_post = rng.random(participants) > (0.08 if attrition else 0.0)
    has_fu = has_post & (rng.random(participants) > (0.35 if attrition else 0.0))
    phases = [(0, np.ones(participants, bool), ability), (1, has_post, ability + gain)]
    if followup:
        phases.append((2, has_fu, ability + 0.75 * gain))
    parts = {k: [] for k in ("person", "phase", "item", "mark", "conf")}
    for code, takers, theta in phases:
        who = np.flatnonzero(takers)
        p = 1.0 / (1.0 + np.exp(-(theta[who, None] - difficulty[None, :])))
        mark = (rng.random(p.shape) < p).astype(np.float64)
        conf = np.clip(np.round(1 + 3 * p + rng.normal(0, 0.7, p.shape)), 1, 4)
        parts["person"].append(np.repeat(who, items))
        parts["phase"].append(np.full(len(who) * items, code))
        parts["item"].append(np.tile(np.arange(items), len(who)))
        parts["mark"].append(mark.ravel())
        parts["conf"].append(conf.ravel())
    person = np.concatenate(parts["person"])
    item = np.concatenate(parts["item"])
    return ResponseTable.from_columns(
        cohort=(cohort_of[person], [f"Cohort {c + 1:02d}" for c in range(cohorts)]),
        participant=(person, [f"P{i:06d}" for i in range(participants)]),
        phase=(np.concatenate(parts["phase"]), ["pre", "post", "followup"]),
        item=(item, [f"Q{i:03d}" for i in range(items)]),
        topic=(topic_of[item], [f"Topic {t + 1}" for t in range(topics)]),
        mark=np.concatenate(parts["mark"]),
        confidence=np.concatenate(parts["conf"]),
        sex=(sex[person], ["F", "M"]),
        organisation=(org[person], [f"Org {o + 1}" for o in range(12)]),
    )


def write_csv(path, **kwargs) -> Path:
    """Generate data (see :func:`generate`) and write it as a responses CSV."""
    path = Path(path)
    write_responses_csv(generate(**kwargs), path)
    return path


def cached_csv(participants: int = 10_000, items: int = 100) -> Path:
    """The full-size responses CSV (everybody takes every phase), written once per machine.

    Kept in the temporary folder so that the benchmarks that read the same file (assessor
    and the pandas + pingouin script) do not each spend seconds generating it.
    """
    import tempfile

    folder = Path(tempfile.gettempdir()) / "assessor-bench"
    folder.mkdir(exist_ok=True)
    path = folder / f"responses-{participants}x{items}-{SEED}.csv"
    if not path.exists():
        partial = path.with_suffix(".part")
        write_csv(partial, participants=participants, items=items, attrition=False)
        partial.replace(path)
    return path


def spreadsheet_copy(plain, quoted) -> Path:
    """Copy the responses CSV ``plain`` as a spreadsheet exports it: a UTF-8 byte order mark,
    CRLF line ends and every text field (the header's too) in double quotes; numbers bare.

    Meant for files written by :func:`write_csv`, whose values hold no comma or quote.
    """
    quoted = Path(quoted)
    with open(plain, "rb") as src, quoted.open("wb") as out:
        header = src.readline().rstrip(b"\r\n").split(b",")
        bare = [h in (b"correct", b"confidence") for h in header]
        out.write(b"\xef\xbb\xbf" + b",".join(b'"' + h + b'"' for h in header) + b"\r\n")
        lines = []
        for line in src:
            fields = line.rstrip(b"\r\n").split(b",")
            lines.append(b",".join(f if keep else b'"' + f + b'"' for f, keep in zip(fields, bare)) + b"\r\n")
            if len(lines) >= 100_000:
                out.writelines(lines)
                lines = []
        out.writelines(lines)
    return quoted


def cached_quoted_csv(participants: int = 10_000, items: int = 100) -> Path:
    """:func:`cached_csv` as a spreadsheet would save it (see :func:`spreadsheet_copy`), cached too."""
    plain = cached_csv(participants, items)
    path = plain.with_name(plain.stem + "-quoted.csv")
    if not path.exists():
        partial = spreadsheet_copy(plain, path.with_suffix(".part"))
        partial.replace(path)
    return path


if __name__ == "__main__":  # pragma: no cover
    import sys

    out = write_csv(sys.argv[1] if len(sys.argv) > 1 else "responses-10k.csv", attrition=False)
    print(out, out.stat().st_size, "bytes")
