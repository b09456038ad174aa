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


def _real_db(db_path):
    from assessor.people.cohorts import Cohort

    s = Store.open(db_path)
    s.cohorts.save(Cohort("Real training Bandung"))
    s.close()


def test_demo_refuses_a_database_with_real_cohorts_and_leaves_it_as_it_was(db_path):
    _real_db(db_path)
    result = CliRunner().invoke(cli, ["--db", str(db_path), "demo"])
    assert result.exit_code != 0
    assert "holds real cohorts" in result.output and "--into-real-db" in result.output
    s = Store.open(db_path)
    assert [c.name for c in s.cohorts.list()] == ["Real training Bandung"]
    assert s.assessments.list() == [] and not s.results.phase_results()
    s.close()


def test_demo_into_real_db_adds_cohorts_marked_as_demo_beside_the_real_one(db_path):
    _real_db(db_path)
    result = CliRunner().invoke(cli, ["--db", str(db_path), "demo", "--into-real-db"])
    assert result.exit_code == 0, result.output
    s = Store.open(db_path)
    flags = {c.name: c.demo for c in s.cohorts.list()}
    assert flags.pop("Real training Bandung") is False
    assert len(flags) == 3 and all(flags.values())
    s.close()


def test_demo_cohorts_are_marked_in_the_audit_log(demo_store):
    from assessor.people.cohorts import Cohort

    entries = demo_store.audit.list()
    assert any(e.action == "demo.build" and e.details["demo"] is True for e in entries)
    opened = [e for e in entries if e.action in ("session.open", "session.close")]
    assert opened and all(e.details.get("demo") is True for e in opened)
    real = demo_store.cohorts.save(Cohort("Real training"))
    session = demo_store.sessions.open(real.id, demo_store.assessments.list()[0].id, "pre")
    entry = demo_store.audit.list(1)[0]
    assert entry.details["session_id"] == session.id and "demo" not in entry.details


def test_a_database_from_before_the_demo_flag_counts_its_cohorts_as_real(db_path):
    import sqlite3

    _real_db(db_path)
    con = sqlite3.connect(db_path)  # the file as an Assessor without schema step 4 left it
    con.execute("ALTER TABLE cohorts DROP COLUMN demo")
    con.execute("DELETE FROM _sqlite_migrations WHERE name = 'm004_demo_cohorts'")
    con.commit()
    con.close()
    result = CliRunner().invoke(cli, ["--db", str(db_path), "demo"])
    assert result.exit_code != 0 and "holds real cohorts" in result.output
    s = Store.open(db_path)
    assert [(c.name, c.demo) for c in s.cohorts.list()] == [("Real training Bandung", False)]
    s.close()
