"""Benchmark: reading filled course-evaluation forms from paper (accuracy and speed).

200 anonymous forms of the bundled course evaluation (5 rating items, 1 choice, 4 then/now
items, 2 comment boxes: 14 rows of bubbles a form, on 2 A4 pages), half with the bundled
5-point scales and half with every scale at 10 points (the densest row), are rendered from the
real print code (PDF → PDFium), filled with the same simulated pen marks as the answer-sheet
benchmark (benchmarks/bench_paper.py: 2 % partial and 0.8 % light fills, 0.6 % crossed-out and
0.75 % erased marks on another bubble of the row), with pretend handwriting in half of the
comment boxes, and degraded the same way (half hand-held phone photos at 150 dpi: rotation up
to ±10°, perspective, uneven light, blur, noise, JPEG 60; half scans at 150 or 300 dpi). Then
every page is read and imported through ``assessor.paper.intake`` as the app and the CLI do.

A mark is one row's answer (a then/now item has two rows). The figures are those of issue #18
(at least 99.9 % of clear marks read correctly without review, none read wrongly without a flag,
at most 2 % sent to review), plus how often a comment box was judged wrongly as written or
empty (comments themselves are never read by the machine). Fixed seed.

Run: python -m benchmarks.bench_paper_eval [--quick] [--json]
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

import numpy as np

from assessor.paper import intake
from assessor.store import Store
from benchmarks import common
from benchmarks.common import Row
from tests.assessor.evaluation_helpers import evaluation_session
from tests.assessor.exchange_helpers import setup_facilitator
from tests.assessor.paper_sheetgen import degrade, fill_sheet, render_sheets, write_comment

SEED = 20261203
UNCERTAIN_BY_DESIGN = {"light", "crossed", "erased"}


def _forms(store, session_id, n, dpi):
    pages = render_sheets(store, session_id, dpi=dpi, blank=n)
    forms: dict = {}
    for _, payload, layout, img in pages:
        forms.setdefault(payload.serial, []).append((payload, layout, img))
    return list(forms.values())[:n]


def run(quick: bool = False) -> list[Row]:
    n = 20 if quick else 200
    rng = np.random.default_rng(SEED)
    store = Store.memory()
    session, _, _ = setup_facilitator(store, n_people=0, n_questions=5, confidence=False)
    cohort = store.cohorts.get(session.cohort_id).name
    sessions = [evaluation_session(store, cohort, anonymous=True),
                evaluation_session(store, cohort, anonymous=True, scale_points=10)]
    folder = Path(tempfile.mkdtemp(prefix="bench-paper-eval-"))
    truths: dict = {}  # serial -> (row id -> (meant value, styles))
    written: dict = {}  # (serial, question id) -> whether something was written in the box
    t0 = time.perf_counter()
    k = 0
    for s_i, session in enumerate(sessions):
        half = n // 2
        rendered = {dpi: _forms(store, session.id, half, dpi) for dpi in (150, 300)}
        for i in range(half):
            phone = k % 2 == 0
            dpi = 150 if phone or k % 4 == 1 else 300
            form = rendered[dpi][i]
            for payload, layout, img in form:
                img = img.copy()
                truth = fill_sheet(img, layout, dpi, rng, blank_rate=0.03)
                for rid, value in truth.answers.items():
                    truths.setdefault(payload.serial, {})[rid] = (value, truth.styles.get(rid, ()))
                for qid, _, box in layout.comments:
                    wrote = bool(rng.random() < 0.5)
                    if wrote:
                        write_comment(img, box, dpi, rng, lines=int(rng.integers(1, 4)))
                    written[(payload.serial, qid)] = wrote
                data = degrade(img, rng, phone=phone, rotate=None if phone else float(rng.uniform(-3, 3)))
                (folder / f"form{k:03d}-{payload.page}.jpg").write_bytes(data)
            k += 1
    generate_s = time.perf_counter() - t0
    files = sorted(folder.iterdir())

    t0 = time.perf_counter()
    sheets = intake.read_files(store, files)
    read_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    counts = intake.import_all(store, sheets)
    import_s = time.perf_counter() - t0

    correct = wrong = review = total = clean = clean_correct = 0
    reasons: dict[str, int] = {}
    box_wrong = boxes = 0
    inks: dict[bool, list] = {True: [], False: []}
    for sheet in sheets:
        truth = truths.get(sheet.serial, {})
        for m in sheet.marks:
            total += 1
            meant, styles = truth.get(m.question_id, (None, ()))
            plain = m.question_id in truth and not set(styles) & UNCERTAIN_BY_DESIGN
            clean += plain
            if m.uncertain:
                review += 1
                reasons[m.reason] = reasons.get(m.reason, 0) + 1
            elif m.question_id in truth and meant == m.answer:
                correct += 1
                clean_correct += plain
            else:
                wrong += 1
        for c in sheet.comments:
            boxes += 1
            meant_written = written.get((sheet.serial, c.question_id))
            box_wrong += c.written != meant_written
            inks[bool(meant_written)].append(c.ink)
    expected = sum(len(t) for t in truths.values())
    refused = sum(1 for s in sheets if s.status == "refused")
    why: dict[str, int] = {}
    for s in sheets:
        if s.status == "refused":
            why[s.code] = why.get(s.code, 0) + 1
    pages = len(files)
    shown = f"{n} forms, {expected} marks"
    return [
        Row(f"clear marks not read correctly without review ({shown}; target: at least 99.9 % of them read "
            "correctly without review)", round(100.0 * (clean - clean_correct) / max(1, clean), 3), "%", 0.1,
            note=f"{clean_correct} of {clean} clear marks read correctly without review "
                 f"({100.0 * clean_correct / max(1, clean):.2f} %); half the forms on 10-point scales"),
        Row(f"marks decided by the machine that are wrong ({shown})", round(100.0 * wrong / max(1, correct + wrong), 3),
            "%", 0.1, note=f"{correct} of {correct + wrong} decided marks correct"),
        Row("marks read wrongly without being flagged uncertain", float(wrong), "marks", 0.0),
        Row("marks sent to review (uncertain: never guessed)", round(100.0 * review / max(1, expected), 2), "%", 2.0,
            note=f"{review} marks: " + ", ".join(f"{v} {r}" for r, v in sorted(reasons.items()))),
        Row("forms that could not be read at all", float(refused + (expected - total > 0)), "forms", 0.0,
            note=f"{total} of {expected} marks found on the pages read"
                 + "".join(f"; {v} {c.replace('_', ' ')}" for c, v in sorted(why.items()))),
        Row("comment boxes judged wrongly as written or empty", float(box_wrong), "boxes", 0.0,
            note=f"of {boxes} boxes, half with pretend handwriting (1 to 3 lines); share of the box in ink: "
                 f"at most {max(inks[False], default=0):.4f} in the empty ones, at least {min(inks[True], default=0):.4f} "
                 "in the written ones; the text itself is never read"),
        Row("read one page (decode, QR, straighten, measure; mean over the run)", round(read_s / max(1, pages), 3),
            "s", 0.5),
        Row("read and import 100 forms (2 pages each)", round((read_s + import_s) / n * 100, 1), "s", 60.0,
            note=f"import {import_s:.2f} s for {counts.get('imported', 0)} responses "
                 f"({counts.get('needs_review', 0)} forms wait for a person to decide at least one mark); "
                 f"generating the forms took {generate_s:.0f} s (not counted)"),
    ]


def notes(rows: list[Row]) -> str:
    return ("Course-evaluation forms: a mark is one row's answer (rating, choice, or one half of a then/now item); "
            "uncertain marks go to a person as on answer sheets. The mix is in benchmarks/bench_paper_eval.py's "
            "docstring.")


def main(argv=None) -> int:
    return common.main(run, argv, __doc__, notes)


if __name__ == "__main__":
    raise SystemExit(main())
