"""`assessor analyze` on CSV files (no database is touched)."""

from __future__ import annotations

import json

from click.testing import CliRunner

from assessor.cli import cli

CSV = """cohort,participant_id,phase,item_id,topic,correct
A,p1,pre,q1,T,0
A,p1,pre,q2,T,1
A,p1,post,q1,T,1
A,p1,post,q2,T,1
A,p2,pre,q1,T,0
A,p2,pre,q2,T,0
A,p2,post,q1,T,1
A,p2,post,q2,T,0
A,p3,pre,q1,T,1
B,p1,pre,q1,T,0
B,p1,pre,q2,T,0
B,p1,post,q1,T,1
B,p1,post,q2,T,1
"""


def run(tmp_path, *args, text=CSV):
    p = tmp_path / "responses.csv"
    p.write_text(text, encoding="utf-8")
    db = tmp_path / "never.db"
    res = CliRunner().invoke(cli, ["--db", str(db), "analyze", str(p), *args])
    assert not db.exists()  # the CSV route never opens a database
    return res


def test_json_output_follows_the_contract(tmp_path):
    res = run(tmp_path, "--json")
    assert res.exit_code == 0, res.output
    data = json.loads(res.output)
    assert set(data["cohorts"]) == {"A", "B", "ALL"}
    a = data["cohorts"]["A"]
    assert (a["n_pre"], a["n_post"], a["n_matched"], a["pre_only"]) == (3, 2, 2, ["p3"])
    # p1 50 -> 100, p2 0 -> 50: gain 50 each
    assert a["paired"]["gain_mean"] == 50
    assert data["cohorts"]["ALL"]["n_matched"] == 3  # B's p1 is a different person from A's p1
    assert "en" in a["summary"] and "id" in a["summary"]
    assert {"anova", "welch_anova", "kruskal", "pairwise"} <= set(data["comparison"])


def test_cohort_filter_and_pass_mark(tmp_path):
    res = run(tmp_path, "--json", "--cohort", "B", "--pass-mark", "50")
    data = json.loads(res.output)
    assert set(data["cohorts"]) == {"B", "ALL"}
    assert data["cohorts"]["B"]["pass_mark"] == 50
    assert data["cohorts"]["B"]["paired"]["pass_share_post"] == 1.0


def test_human_output_shows_each_cohort(tmp_path):
    res = run(tmp_path)
    assert res.exit_code == 0
    assert "== A ==" in res.output and "== ALL ==" in res.output
    assert "Scores rose from 25% to 75%" in res.output


def test_bad_csv_exits_2_naming_the_row(tmp_path):
    res = run(tmp_path, "--json", text=CSV + "A,p4,pre,q1,T,2\n")
    assert res.exit_code == 2
    assert "responses.csv, row 15: mark 2 is outside 0..1." in res.output


def test_unknown_cohort_exits_2(tmp_path):
    res = run(tmp_path, "--cohort", "Z")
    assert res.exit_code == 2
    assert "'Z' is not in the data" in res.output
