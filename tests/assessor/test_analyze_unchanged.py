"""`assessor analyze --json` stays byte for byte what it was when the storage and reading
were made faster (issue #20): the digests below are of the output of the code before that
work, on the demo database (seed 1) and on generated responses (fixed seed).

A change that alters a figure, a key or the formatting fails here; if the change is meant
(a new statistic, a corrected formula), say so in its commit and record the new digest.
"""

from __future__ import annotations

import hashlib

from click.testing import CliRunner

from assessor.analysis.responses import write_responses_csv
from assessor.cli import cli
from assessor.demo import build_demo
from assessor.store import Store
from benchmarks.datagen import generate

DEMO_SHA256 = "2b709f4c10412110cc6d5aaf3d57de440f1b57c24a4f33479ba93170f1d6ee37"
GENERATED_SHA256 = "97498d6d6ec193eba252304ee29d455ea1302b0966f7630da769d346f14f53be"


def _digest(args, tmp_path, name) -> str:
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    (tmp_path / name).write_text(result.output, encoding="utf-8")  # kept for a diff when it fails
    return hashlib.sha256(result.output.encode("utf-8")).hexdigest()


def test_the_demo_database_analyses_to_the_same_bytes(tmp_path):
    path = tmp_path / "demo.db"
    with Store.open(path) as s:
        build_demo(s, seed=1)
    assert _digest(["--db", str(path), "analyze", "--json"], tmp_path, "demo.json") == DEMO_SHA256


def test_generated_responses_analyse_to_the_same_bytes(tmp_path):
    path = tmp_path / "responses.csv"
    write_responses_csv(generate(participants=300, items=40), path)
    assert _digest(["analyze", str(path), "--json"], tmp_path, "generated.json") == GENERATED_SHA256
