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


def test_human_output_summary_in_the_language_asked(tmp_path):
    english = run(tmp_path).output
    indonesian = run(tmp_path, "--lang", "id")
    assert indonesian.exit_code == 0, indonesian.output
    data = json.loads(run(tmp_path, "--json").output)
    summary_id = data["cohorts"]["A"]["summary"]["id"]
    assert summary_id in indonesian.output and summary_id not in english
    assert data["cohorts"]["A"]["summary"]["en"] not in indonesian.output
    assert run(tmp_path, "--lang", "fr").exit_code == 2


def test_bad_csv_exits_2_naming_the_row(tmp_path):
    res = run(tmp_path, "--json", text=CSV + "A,p4,pre,q1,T,2\n")
    assert res.exit_code == 2
    assert "responses.csv, row 15: mark 2 is outside 0..1." in res.output


def test_unknown_cohort_exits_2(tmp_path):
    res = run(tmp_path, "--cohort", "Z")
    assert res.exit_code == 2
    assert "'Z' is not in the data" in res.output


def test_database_route_analyses_the_demo_cohorts(demo_store):
    """Without a CSV, `analyze` reads the database; counts match the stored attempts."""
    import json as _json

    demo_store.close()
    res = CliRunner().invoke(cli, ["--db", str(demo_store.path), "analyze", "--json"])
    assert res.exit_code == 0, res.output
    data = _json.loads(res.output)
    from assessor.store import Store

    store = Store.open(demo_store.path)
    results = store.results.phase_results()
    for cohort in store.cohorts.list():
        block = data["cohorts"][cohort.name]
        pre = {r.code for r in results if r.cohort == cohort.name and r.phase == "pre"}
        post = {r.code for r in results if r.cohort == cohort.name and r.phase == "post"}
        assert (block["n_pre"], block["n_post"], block["n_matched"]) == (len(pre), len(post), len(pre & post))
        assert sorted(block["pre_only"]) == sorted(pre - post)
        assert block["paired"]["gain_mean"] > 0
    assert set(data["comparison"]) >= {"anova", "welch_anova", "kruskal", "pairwise"}
    store.close()


def test_database_route_refuses_an_unknown_cohort(demo_store):
    res = CliRunner().invoke(cli, ["--db", str(demo_store.path), "analyze", "--cohort", "Nowhere"])
    assert res.exit_code != 0 and "Nowhere" in res.output
