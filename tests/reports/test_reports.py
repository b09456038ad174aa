"""Reports and exports: figures in the PDFs are the engine's, exports round-trip, layout holds."""

from __future__ import annotations

import dataclasses
import json
import math

import numpy as np
import pytest
from click.testing import CliRunner
from pypdf import PdfReader

from assessor.cli import cli
from assessor.progress import Cancelled, Progress
from assessor.analysis.reportdata import cohort_results
from assessor.analysis.responses import ResponseTable, read_responses_csv
from assessor.analysis.stats import analyze
from reports.common import FONT, fmt_num, fmt_p, fmt_pct, wrap
from reports.sheets import render_sheets, write_sheets

TOT = "ToT Jakarta 2026"
ALL3 = ["ToT Jakarta 2026", "Cascade Surabaya 2026", "Cascade Makassar 2026"]


def pdf_text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


def flat(text: str) -> str:
    return " ".join(text.split())


def test_cohort_report_shows_the_engine_figures(demo_store, tmp_path):
    from reports.cohort_report import write_cohort_report

    out = write_cohort_report(demo_store, TOT, tmp_path / "c.pdf")
    text = flat(pdf_text(out))
    block = analyze(demo_store.response_table([TOT]), [TOT])["cohorts"][TOT]
    pr = block["paired"]
    for figure in (fmt_pct(pr["pre_mean_pct"]), fmt_pct(pr["post_mean_pct"]), "+" + fmt_num(pr["gain_mean"], 1),
                   fmt_num(pr["gain_ci95"][0], 1), fmt_num(pr["gain_ci95"][1], 1), fmt_num(pr["cohen_dz"]),
                   fmt_num(pr["class_normalized_gain"]), fmt_num(block["pre"]["alpha"]),
                   fmt_num(block["retention"]["change_mean"], 1)):
        assert figure in text, figure
    for item, it in block["items"].items():
        assert item in text
    for code in block["pre_only"]:
        assert code in text
    assert block["summary"]["en"][:60] in text
    meta = PdfReader(str(out)).metadata
    assert TOT in meta.title and meta.author
    assert "Page 3" in text and "Assessor" in text


def test_compare_report_shows_each_cohort_and_the_tests(demo_store, tmp_path):
    from reports.compare_report import write_compare_report

    out = write_compare_report(demo_store, ALL3, tmp_path / "cmp.pdf")
    text = flat(pdf_text(out))
    result = analyze(demo_store.response_table(ALL3), ALL3)
    for name in ALL3:
        assert "+" + fmt_num(result["cohorts"][name]["paired"]["gain_mean"], 1) in text
    assert f"F = {fmt_num(result['comparison']['welch_anova']['F'])}" in text
    assert fmt_p(result["comparison"]["kruskal"]["p"]) in text


def test_sheet_scores_agree_with_the_engine_and_missing_post_is_said(demo_store, tmp_path):
    data = cohort_results(demo_store, TOT)
    pr = analyze(demo_store.response_table([TOT]), [TOT])["cohorts"][TOT]["paired"]
    matched = [p for p in data.participants if p.gain is not None]
    assert math.isclose(np.mean([p.pct["pre"] for p in matched]), pr["pre_mean_pct"], rel_tol=1e-12)
    assert math.isclose(np.mean([p.gain for p in matched]), pr["gain_mean"], rel_tol=1e-12)

    no_post = next(p for p in data.participants if p.pct["pre"] is not None and p.pct["post"] is None)
    out = write_sheets(demo_store, TOT, "en", False, tmp_path / "one", codes=[no_post.code])
    text = flat(pdf_text(out[0]))
    assert f"Post-test not taken" in text
    assert "No post-test taken" in text
    assert "0.0%" not in text.split("Post-test", 1)[1][:40]
    assert fmt_pct(no_post.pct["pre"]) in text

    out = write_sheets(demo_store, TOT, "id", False, tmp_path / "all.pdf")
    reader = PdfReader(str(out[0]))
    assert len(reader.pages) == len(data.participants)
    first = flat(reader.pages[0].extract_text())
    p0 = data.participants[0]
    assert p0.code in first and "Tes awal" in first and fmt_pct(p0.pct["pre"], 1, "id") in first


def test_review_lists_answers_and_correct_answers(demo_store, tmp_path):
    data = cohort_results(demo_store, TOT, review=True)
    p = next(x for x in data.participants if "post" in x.review)
    out = write_sheets(demo_store, TOT, "en", True, tmp_path / "r", codes=[p.code])
    text = flat(pdf_text(out[0]))
    first = p.review["pre"][0]
    assert "Item-by-item review" in text
    assert first.correct["en"][:30] in text
    without = flat(pdf_text(write_sheets(demo_store, TOT, "en", False, tmp_path / "n", codes=[p.code])[0]))
    assert "Correct answer" not in without


def test_exported_responses_reanalyse_to_identical_json(demo_store, tmp_path):
    from reports.exports import export_responses

    csv_path, codebook = export_responses(demo_store, None, "csv", tmp_path / "r.csv")
    again = analyze(read_responses_csv(csv_path, pass_mark=70.0))
    direct = analyze(demo_store.response_table())
    # The roster (no-shows) is not in a responses file: it is the one database-only key.
    for blk in direct["cohorts"].values():
        blk.pop("no_shows", None)
    assert json.dumps(again) == json.dumps(direct)  # the same document, to the last digit
    assert "participant_id" in codebook.read_text()


def test_participants_export_pseudonymised_xlsx_and_csv(demo_store, tmp_path):
    from openpyxl import load_workbook

    from reports.exports import export_participants

    (x,) = export_participants(demo_store, [TOT], "xlsx", tmp_path / "p.xlsx", pseudonymise=True)
    wb = load_workbook(x)
    header = [c.value for c in wb["participants"][1]]
    assert "name" not in header and "code" in header and "codebook" in wb.sheetnames
    data = cohort_results(demo_store, TOT)
    names = {p.name for p in data.participants}
    cells = {c.value for row in wb["participants"].iter_rows() for c in row}
    assert not names & cells
    csv_path, _ = export_participants(demo_store, [TOT], "csv", tmp_path / "p.csv")
    lines = csv_path.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("code,name,cohort") and len(lines) == len(data.participants) + 1
    no_post = next(p for p in data.participants if p.pct["post"] is None)
    row = next(line for line in lines if line.startswith(no_post.code + ","))
    cols = dict(zip(lines[0].split(","), row.split(",")))
    assert cols["post_pct"] == "" and cols["gain_pp"] == ""


def test_wrap_never_exceeds_width():
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from reports.common import register_fonts

    register_fonts()
    text = "Ni Luh Putu Ayu Kusumawardhani Sekar Pramesti Rahayuningsih " * 4 + "X" * 120
    lines = wrap(text, FONT, 10, 200, 2)
    assert len(lines) == 2 and lines[-1].endswith("…")
    assert all(stringWidth(line, FONT, 10) <= 200 for line in lines)


def _synthetic(n: int, long_names: bool = False):
    """CohortResults for ``n`` participants made from a demo cohort's first participant."""
    from assessor.store import Store
    from assessor.demo import build_demo

    s = Store.memory()
    build_demo(s, seed=2)
    data = cohort_results(s, TOT)
    s.close()
    base = data.participants[0]
    people = []
    for i in range(n):
        name = ("Raden Ayu Siti Nurhaliza Kusumaningrum Wicaksono Hadiningrat Purbonegoro " * 3 if long_names
                else f"Peserta {i}")
        people.append(dataclasses.replace(base, code=f"P{i:04d}", name=name,
                                          organisation="Kementerian Pemberdayaan Perempuan dan Perlindungan Anak "
                                                       "Republik Indonesia, Deputi Bidang Perlindungan Khusus Anak"))
    long_cohort = dataclasses.replace(data.cohort, name="Pelatihan Perlindungan Anak Angkatan Ke-17 " * 3)
    return dataclasses.replace(data, participants=tuple(people), cohort=long_cohort)


def test_200_long_named_indonesian_sheets_stay_inside_the_page(tmp_path):
    data = _synthetic(200, long_names=True)
    (out,) = render_sheets(data, list(data.participants), "id", False, tmp_path / "s.pdf")
    reader = PdfReader(str(out))
    assert len(reader.pages) == 200
    xs: list[float] = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            xs.append(tm[4] * cm[0] + cm[4])

    reader.pages[0].extract_text(visitor_text=visit)
    width = float(reader.pages[0].mediabox.width)
    assert xs and min(xs) >= 49 and max(xs) < width - 49
    text = flat(reader.pages[0].extract_text())
    assert "Raden Ayu" in text and "…" in text  # the name is kept and visibly shortened, not run off


def test_cancel_removes_what_was_written(tmp_path):
    data = _synthetic(10)
    calls = []
    progress = Progress(lambda d, t: calls.append(d))

    def cancel_at_three(done, total):
        calls.append(done)
        if done == 3:
            progress.cancel()

    progress._callback = cancel_at_three
    with pytest.raises(Cancelled):
        render_sheets(data, list(data.participants), "en", False, tmp_path / "dir", progress)
    assert list((tmp_path / "dir").glob("*.pdf")) == []
    with pytest.raises(Cancelled):
        render_sheets(data, list(data.participants), "en", False, tmp_path / "one.pdf", Progress(lambda d, t: (_ for _ in ()).throw(Cancelled())))
    assert list(tmp_path.glob("*.pdf")) == []


def test_cohort_report_with_200_participants_and_long_labels(tmp_path):
    from reports.cohort_report import cohort_story
    from reports.pdfdoc import build
    from assessor.people.cohorts import Cohort

    rng = np.random.default_rng(3)
    n, k = 200, 20
    rows = [(f"ID-{p:03d}", ph, f"ITEM-{j:02d}") for p in range(n) for ph in ("pre", "post") for j in range(k)
            if not (ph == "post" and p % 9 == 0)]
    ability = rng.normal(0, 1, n)
    marks = [float(rng.random() < 1 / (1 + math.exp(-(ability[int(c[3:])] + (ph == "post")))))
             for c, ph, _ in rows]
    t = ResponseTable.from_columns(
        cohort=["Angkatan panjang"] * len(rows), participant=[r[0] for r in rows], phase=[r[1] for r in rows],
        item=[r[2] for r in rows], topic=[f"Topik {int(r[2][-2:]) % 4} dengan nama yang sangat panjang sekali "
                                          "untuk menguji tata letak" for r in rows], mark=marks,
        sex=[["female", "male"][int(r[0][-1]) % 2] for r in rows])
    result = analyze(t)
    block = result["cohorts"]["Angkatan panjang"]
    story = cohort_story("Angkatan panjang", block, {"cohort": Cohort(name="Angkatan panjang"), "topic_labels": {}},
                         "id")
    build(tmp_path / "big.pdf", story, "t", "a", "s", lang="id")
    text = flat(pdf_text(tmp_path / "big.pdf"))
    assert all(code in text for code in block["pre_only"])
    assert fmt_pct(block["paired"]["pre_mean_pct"], 1, "id") in text


def test_cli_report_and_export_commands(demo_store, tmp_path):
    db = str(tmp_path / "demo.db")
    r = CliRunner()
    res = r.invoke(cli, ["--db", db, "report", "sheets", "--cohort", TOT, "--lang", "id", "-o",
                         str(tmp_path / "s.pdf")])
    assert res.exit_code == 0, res.output
    assert len(PdfReader(str(tmp_path / "s.pdf")).pages) == 24
    res = r.invoke(cli, ["--db", db, "report", "compare", "--cohort", TOT, "-o", str(tmp_path / "c.pdf")])
    assert res.exit_code != 0 and "two different cohorts" in res.output
    res = r.invoke(cli, ["--db", db, "report", "cohort", "--cohort", "No such", "-o", str(tmp_path / "x.pdf")])
    assert res.exit_code != 0 and "No such" in res.output
    res = r.invoke(cli, ["--db", db, "export", "responses", "--format", "xlsx", "-o", str(tmp_path / "r.xlsx")])
    assert res.exit_code == 0 and (tmp_path / "r.xlsx").exists()


@pytest.mark.parametrize("n_topics", [8, 30])
def test_a_sheet_with_many_topics_stays_one_page_and_says_what_it_leaves_out(tmp_path, n_topics):
    from assessor.delivery.assessments import Assessment
    from assessor.people.cohorts import Cohort, Participant
    from assessor.delivery.engine import AttemptEngine
    from assessor.banks.questions import Bank, Question
    from assessor.store import Store

    store = Store.open(tmp_path / "t.db")
    topics = {f"t{i:02d}": {"en": f"Topic number {i} with a fairly long descriptive name"} for i in range(n_topics)}
    questions = tuple(Question(f"Q{i:02d}", "truefalse", {"en": f"Statement {i}"}, topic=f"t{i:02d}", answer=True)
                      for i in range(n_topics))
    store.banks.import_bank(Bank(name={"en": "Topics"}, languages=("en",), topics=topics, questions=questions))
    qs = store.banks.questions(store.banks.list()[0].id)
    form = store.assessments.save(Assessment(name="F", question_ids=tuple(q.id for q in qs), shuffle_options=False))
    cohort = store.cohorts.save(Cohort(name="Many topics"))
    (person,) = store.cohorts.add_participants(cohort.id, [Participant(cohort.id, "P-01", "Ani")])
    for phase in ("pre", "post", "followup"):
        session = store.sessions.open(cohort.id, form.id, phase)
        engine = AttemptEngine(store)
        engine.start_or_resume(session.id, person.id)
        for q in qs:
            engine.answer(q.id, phase != "pre")
        engine.submit()
    (out,) = write_sheets(store, "Many topics", "en", False, tmp_path / "s.pdf")
    reader = PdfReader(str(out))
    assert len(reader.pages) == 1
    text = flat(reader.pages[0].extract_text())
    shown = sum(f"Topic number {i} " in text + " " for i in range(n_topics))
    if shown < n_topics:
        assert f"{n_topics - shown} more topics do not fit on this page" in text
    else:
        assert "more topics" not in text
    assert "Signature" in text or "Trainer" in text or "Participant" in text  # signature lines still there
    store.close()


def test_review_letters_are_the_ones_the_participant_saw(demo_store):
    """With shuffled options, the review names each option by the letter shown in the attempt."""
    from assessor.banks.questions import OPTION_LETTERS, localized

    data = cohort_results(demo_store, TOT, review=True)
    checked = 0
    for person in data.participants:
        for phase, items in person.review.items():
            result = next(r for r in demo_store.results.phase_results([TOT])
                          if r.participant_id == person.participant_id and r.phase == phase)
            attempt = demo_store.attempts.get(result.attempt_id)
            for qid, item in zip([q for q in attempt.question_order if q in result.marks], items):
                shown = attempt.option_orders.get(qid)
                q = demo_store.banks.question(qid)
                if not shown or q.type != "single" or list(shown) == sorted(shown):
                    continue
                key = q.correct_keys[0]
                option = localized(q.options[q.option_keys.index(key)].text, "en")
                assert item.correct["en"] == f"{OPTION_LETTERS[list(shown).index(key)]}. {option}"
                checked += 1
    assert checked > 10  # the demo shuffles options, so many reviews have other letters than the bank


def test_score_sheets_default_to_each_participants_own_language(demo_store, tmp_path):
    """Without a language asked for, each sheet is in the language of that person's latest test."""
    data = cohort_results(demo_store, TOT)
    langs = {p.code: p.language for p in data.participants if any(v is not None for v in p.pct.values())}
    assert set(langs.values()) == {"en", "id"}  # the demo has both, so the test can tell
    paths = write_sheets(demo_store, TOT, review=False, out=tmp_path / "own")
    by_code = {p.stem: p for p in paths}
    for code, lang in langs.items():
        text = pdf_text(by_code[code])
        assert ("Lembar skor peserta" in text) == (lang == "id"), code
        assert ("Individual score sheet" in text) == (lang == "en"), code
    forced = pdf_text(write_sheets(demo_store, TOT, "en", False, tmp_path / "en")[0])
    assert "Individual score sheet" in forced


def test_cli_report_sheets_offers_own_language_first(demo_store, tmp_path):
    res = CliRunner().invoke(cli, ["--db", str(demo_store.path), "report", "sheets", "--help"])
    assert "[default: own]" in res.output


def test_a_demo_cohort_report_says_demo_in_its_title_and_on_every_page(demo_store, tmp_path):
    from dataclasses import replace

    from reports.cohort_report import write_cohort_report

    out = write_cohort_report(demo_store, TOT, tmp_path / "demo.pdf", lang="id")
    reader = PdfReader(str(out))
    assert "(data demo)" in reader.metadata.title
    assert all("DATA DEMO" in page.extract_text() for page in reader.pages)
    cohort = demo_store.cohorts.by_name(TOT)
    demo_store.cohorts.save(replace(cohort, demo=False))  # the same figures as a real cohort: no banner
    real = PdfReader(str(write_cohort_report(demo_store, TOT, tmp_path / "real.pdf", lang="id")))
    assert "demo" not in real.metadata.title.lower()
    assert not any("DATA DEMO" in page.extract_text() for page in real.pages)


def test_no_blank_score_sheet_for_a_no_show_unless_asked_for(demo_store, tmp_path):
    import pytest

    from assessor.errors import Refused
    from assessor.people.cohorts import Cohort, Participant
    from reports.sheets import write_sheets

    tot = demo_store.cohorts.by_name(TOT)
    demo_store.cohorts.add_participants(tot.id, [Participant(tot.id, "JKT-99")])
    took = len(demo_store.cohorts.participants(tot.id)) - 1
    assert len(write_sheets(demo_store, TOT, out=tmp_path / "dir")) == took
    assert not (tmp_path / "dir" / "JKT-99.pdf").exists()
    asked = write_sheets(demo_store, TOT, out=tmp_path / "all", no_shows=True)
    assert len(asked) == took + 1 and (tmp_path / "all" / "JKT-99.pdf").exists()
    empty = demo_store.cohorts.save(Cohort("Not yet started"))
    demo_store.cohorts.add_participants(empty.id, [Participant(empty.id, "A1")])
    with pytest.raises(Refused, match="no score sheet was written"):
        write_sheets(demo_store, "Not yet started", out=tmp_path / "none.pdf")
    assert not (tmp_path / "none.pdf").exists()
