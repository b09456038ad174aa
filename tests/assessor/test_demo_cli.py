"""``assessor demo`` and the bank commands, through the CLI."""

from __future__ import annotations

import re
from collections import Counter

from click.testing import CliRunner

from assessor.cli import cli
from assessor.store import Store


def test_demo_fills_three_cohorts_with_pre_post_followup(db_path):
    result = CliRunner().invoke(cli, ["--db", str(db_path), "demo", "--seed", "5"])
    assert result.exit_code == 0, result.output
    assert re.search(r"cohorts ToT .+, Cascade .+, Cascade .+; \d+ participants, \d+ attempts", result.output)
    store = Store.open(db_path)
    cohorts = store.cohorts.list()
    assert len(cohorts) == 3
    tot = next(c for c in cohorts if c.name.startswith("ToT"))
    assert all(c.parent_id == tot.id for c in cohorts if c is not tot)
    sizes = [len(store.cohorts.participants(c.id)) for c in cohorts]
    assert all(20 <= n <= 30 for n in sizes)
    results = store.results.phase_results()
    per = Counter((r.cohort, r.phase) for r in results)
    for c in cohorts:
        assert per[(c.name, "pre")] == len(store.cohorts.participants(c.id))
        assert 0 < per[(c.name, "post")] < per[(c.name, "pre")]  # some missed the post-test
        assert per[(c.name, "followup")] > 0
    mean = lambda c, ph: sum(r.score_pct for r in results if r.cohort == c and r.phase == ph) / per[(c, ph)]
    assert all(mean(c.name, "post") > mean(c.name, "pre") + 5 for c in cohorts)  # people learned
    store.close()


def test_demo_is_reproducible_from_its_seed(tmp_path):
    scores = []
    for name in ("a.db", "b.db"):
        CliRunner().invoke(cli, ["--db", str(tmp_path / name), "demo", "--seed", "9"])
        s = Store.open(tmp_path / name)
        scores.append(sorted((r.cohort, r.code, r.phase, r.score_pct) for r in s.results.phase_results()))
        s.close()
    assert scores[0] == scores[1]


def test_bank_validate_and_import(db_path, bundled_bank_path, tmp_path):
    runner = CliRunner()
    ok = runner.invoke(cli, ["bank", "validate", str(bundled_bank_path)])
    assert ok.exit_code == 0 and "valid" in ok.output
    bad = tmp_path / "bad.yaml"
    bad.write_text("format: assessor-bank/1\nname: x\nlanguages: [en]\nquestions: []\n", encoding="utf-8")
    res = runner.invoke(cli, ["bank", "validate", str(bad)])
    assert res.exit_code == 2 and "bad.yaml" in res.output and "no questions" in res.output
    first = runner.invoke(cli, ["--db", str(db_path), "bank", "import", str(bundled_bank_path)])
    second = runner.invoke(cli, ["--db", str(db_path), "bank", "import", str(bundled_bank_path)])
    assert re.search(r": (\d+) new, 0 new version", first.output)
    assert ": 0 new, 0 new version(s)" in second.output and "unchanged" in second.output


def test_db_option_and_environment_variable(tmp_path, monkeypatch, bundled_bank_path):
    env_db = tmp_path / "env.db"
    monkeypatch.setenv("ASSESSOR_DB", str(env_db))
    CliRunner().invoke(cli, ["bank", "import", str(bundled_bank_path)])
    assert env_db.exists()


def test_help_lists_every_command():
    out = CliRunner().invoke(cli, ["--help"]).output
    for name in ("bank", "demo"):
        assert name in out
