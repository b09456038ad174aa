"""`assessor analyze --json` stays byte for byte what it was when the storage and reading
were made faster (issue #20), on the demo database (seed 1) and on generated responses
(fixed seed).

Two digests per input:

* ``*_BEFORE``: of every figure the output had before that work. The code of issue #20 gave
  exactly the bytes it gave before (2b709f4c… and 97498d6d… for the whole output, checked up
  to commit 3fb7dd5). Since then the reports review added three statistics on purpose (the
  post-to-follow-up change's 95 % interval ``retention.change_ci95``, and per pairwise Welch
  test the ``difference`` in mean gains with its ``difference_ci95``) and reworded the
  plain-language ``summary``; with those taken out, the output must still be what it was.
* ``*_SHA256``: of the whole output as it is now.

A change that alters a figure, a key or the formatting fails here; if the change is meant
(a new statistic, a corrected formula), say so in its commit and record the new digest.

The digests are of one floating-point path: numpy's AVX2 loops and OpenBLAS's Haswell
kernels on one thread. On a processor with AVX-512, numpy adds some sums in another order
and the last bit of a few figures differs (found when the same commit gave other digests on
another machine), so the command runs in a fresh process pinned to that path, the same on
any x86-64 machine with AVX2.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path


from assessor.analysis.responses import write_responses_csv
from assessor.demo import build_demo
from assessor.store import Store
from benchmarks.datagen import generate

DEMO_SHA256 = "8f0b931b237b04a5700d6319fb11658ad2dab629488ecdb32c2689002e4c7a07"
GENERATED_SHA256 = "7bfe0d902502c96a8113038fd56a0536e985a190774f6f25d8c32ed1858603a4"
DEMO_BEFORE = "27a967da26fac3a94cd5874ac98c22280d301045cf07489131812bd6e4695a5e"
GENERATED_BEFORE = "f6fc4739786fb10e750ae94c531f6146ce4418d574b79d8636a1c7029061f3c7"
ADDED = {"change_ci95", "difference", "difference_ci95"}  # with their *_null_reason


def _without_additions(x):
    if isinstance(x, dict):
        return {k: _without_additions(v) for k, v in x.items()
                if k != "summary" and k.removesuffix("_null_reason") not in ADDED}
    if isinstance(x, list):
        return [_without_additions(v) for v in x]
    return x


ROOT = Path(__file__).resolve().parents[2]
PINNED = {  # one floating-point path on every x86-64 machine with AVX2 (see above)
    "NPY_DISABLE_CPU_FEATURES": "X86_V4 AVX512F AVX512CD AVX512_SKX AVX512_CLX AVX512_CNL AVX512_ICL AVX512_SPR",
    "OPENBLAS_CORETYPE": "Haswell", "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1",
}


def _digests(args, tmp_path, name) -> tuple[str, str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT), **PINNED)
    result = subprocess.run([sys.executable, "-m", "assessor", *args], cwd=ROOT, env=env, capture_output=True,
                            text=True, encoding="utf-8", timeout=120)
    assert result.returncode == 0, result.stderr
    output = result.stdout
    (tmp_path / name).write_text(output, encoding="utf-8")  # kept for a diff when it fails
    before = json.dumps(_without_additions(json.loads(output)), indent=2, sort_keys=True)
    return (hashlib.sha256(output.encode("utf-8")).hexdigest(),
            hashlib.sha256(before.encode("utf-8")).hexdigest())


def test_the_demo_database_analyses_to_the_same_bytes(tmp_path):
    path = tmp_path / "demo.db"
    with Store.open(path) as s:
        build_demo(s, seed=1)
    whole, before = _digests(["--db", str(path), "analyze", "--json"], tmp_path, "demo.json")
    assert before == DEMO_BEFORE  # every figure it had before
    assert whole == DEMO_SHA256


def test_generated_responses_analyse_to_the_same_bytes(tmp_path):
    path = tmp_path / "responses.csv"
    write_responses_csv(generate(participants=300, items=40), path)
    whole, before = _digests(["analyze", str(path), "--json"], tmp_path, "generated.json")
    assert before == GENERATED_BEFORE
    assert whole == GENERATED_SHA256


def test_groups_analysed_two_at_a_time_give_what_one_at_a_time_gives(monkeypatch):
    # Big data are analysed two groups at a time (threads); the digests above run one at a time
    # (small data), so the two ways are compared here on the same responses, cohorts included.
    import assessor.analysis.stats as stats

    table = generate(participants=600, items=30, cohorts=6)
    outputs = []
    for workers in (1, 2):
        monkeypatch.setattr(stats, "_workers", lambda d, k=workers: k)
        outputs.append(json.dumps(stats.analyze(table), sort_keys=True))
    assert len(json.loads(outputs[0])["cohorts"]) == 7  # six cohorts and ALL
    assert outputs[0] == outputs[1]


def test_the_quick_json_writer_writes_what_json_dumps_writes():
    """`--json` output goes through a faster writer than `json.dumps(indent=2)`; same text, same refusals."""
    import enum
    import json
    import random

    import pytest

    from assessor.cli.root import _indented_json

    class Level(enum.IntEnum):
        HIGH = 3

    rng = random.Random(20)
    scalars = [None, True, False, 0, -7, 2**70, 1.5, -0.0, 1e300, 5e-324, 3.0, "", 'a"b\\\n\u00e9\u2028\x01', Level.HIGH]

    def value(depth):
        pick = rng.random()
        if depth > 4 or pick < 0.5:
            return rng.choice(scalars + [rng.random()])
        if pick < 0.65:
            return [value(depth + 1) for _ in range(rng.randint(0, 4))]
        if pick < 0.75:
            return tuple(value(depth + 1) for _ in range(rng.randint(0, 3)))
        keys = ["k", "é", 1, 2.5, True, False, None, Level.HIGH, "x"]
        return {rng.choice(keys): value(depth + 1) for _ in range(rng.randint(0, 4))}

    for _ in range(3000):
        data = value(0)
        assert _indented_json(data) == json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False)
    looped = []
    looped.append(looped)
    for bad in [float("nan"), [1, {"a": float("inf")}], {float("nan"): 1}, {(1, 2): 3}, [object()], looped]:
        with pytest.raises((ValueError, TypeError)) as expected:
            json.dumps(bad, ensure_ascii=False, indent=2, allow_nan=False)
        with pytest.raises(expected.type) as got:
            _indented_json(bad)
        assert str(got.value) == str(expected.value)
