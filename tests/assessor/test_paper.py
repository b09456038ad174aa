"""Paper fallback: print, read (clean and degraded), refusals, review decisions, manual entry,
and analysis that does not care whether answers came from paper or a laptop."""

from __future__ import annotations

import json
from dataclasses import replace

import cv2
import numpy as np
import pytest
from click.testing import CliRunner

from assessor.analysis.stats import analyze
from assessor.cli import cli
from assessor.delivery.assessments import Assessment
from assessor.delivery.engine import AttemptEngine
from assessor.errors import InputError
from assessor.exchange.merge import list_conflicts, resolve_conflict
from assessor.paper import intake
from assessor.paper.layout import Payload
from assessor.paper.reader import find_qr, load_pages
from assessor.store import Store
from tests.assessor.exchange_helpers import answer_for, setup_facilitator
from tests.assessor.paper_sheetgen import degrade, draw_mark, fill_code, fill_sheet, render_sheets, truth_matches

DPI = 150


@pytest.fixture
def classroom(store):
    session, people, questions = setup_facilitator(store, n_people=4, n_questions=40, confidence=False)
    return store, session, people, questions


def _write(tmp_path, name, img) -> str:
    path = tmp_path / name
    if isinstance(img, bytes):
        path.write_bytes(img)
    else:
        cv2.imwrite(str(path), img)
    return str(path)


def _truth_answers(truth):
    return {q: v for q, v in truth.answers.items() if v is not None}


def _stored_answers(store, attempt_id):
    return {q: s["answer"] for q, s in store.attempts.current_state(attempt_id).items() if s.get("answer") is not None}


def test_printed_sheet_qr_and_layout_survive_a_render_to_png_and_back(classroom, tmp_path):
    store, session, people, _ = classroom
    pages = render_sheets(store, session.id, dpi=DPI, blank=1)
    assert len(pages) == len(people) + 1
    for spec, payload, layout, img in pages:
        path = _write(tmp_path, "page.png", img)
        [page] = load_pages(path)
        found = find_qr(page.gray)
        assert found is not None and found[0] == payload
        read = intake.read_page(store, page)
        assert read.code == ""
        # An empty printed sheet reads as every question blank, none uncertain.
        assert [m.number for m in read.measured.marks] == list(range(1, 41))
        assert all(m.state == "blank" for m in read.measured.marks)
    # Per participant: their name and code on the sheet, and their own order (the form shuffles options).
    assert pages[0][1].participant_id == people[0].id and pages[-1][1].participant_id is None
    assert pages[0][0].order.option_orders != pages[1][0].order.option_orders


def test_pdf_in_both_languages_and_letter_size(classroom, tmp_path):
    from pypdf import PdfReader

    from reports.paper import write_paper

    store, session, _, questions = classroom
    out = write_paper(store, session.id, tmp_path / "paper.pdf", lang="both", size="Letter", blank=2)
    reader = PdfReader(str(out))
    text = "\n".join(p.extract_text() for p in reader.pages)
    assert "Answer sheet / Lembar jawaban" in text and "Question booklet / Buku soal" in text
    assert questions[0].text["id"][:30] in text.replace("\n", " ")
    assert round(float(reader.pages[0].mediabox.width)) == 612
    id_pdf = write_paper(store, session.id, tmp_path / "id.pdf", lang="id", blank=0)
    assert "Lembar jawaban" in "\n".join(p.extract_text() for p in PdfReader(str(id_pdf)).pages)


def test_clean_and_degraded_sheets_read_into_attempts(classroom, tmp_path):
    store, session, people, _ = classroom
    rng = np.random.default_rng(7)
    pages = render_sheets(store, session.id, dpi=DPI)
    truths, files = {}, []
    clean_mix = dict.fromkeys(("partial", "light", "crossed", "erased"), 0.0)
    for i, (spec, payload, layout, img) in enumerate(pages):
        img = img.copy()
        truths[payload.participant_id] = fill_sheet(img, layout, DPI, rng, mix=clean_mix)
        data = img if i % 2 == 0 else degrade(img, rng)  # a scan, and a phone photo (rotated, skewed, JPEG 60)
        files.append(_write(tmp_path, f"sheet{i}.{'png' if i % 2 == 0 else 'jpg'}", data))
    sheets = intake.read_files(store, [str(tmp_path)])
    counts = intake.import_all(store, sheets)
    assert counts == {"imported": len(people)}, [s.message for s in sheets]
    for sheet in sheets:
        assert _stored_answers(store, sheet.attempt_id) == _truth_answers(truths[sheet.participant_id])
        attempt = store.attempts.get(sheet.attempt_id)
        assert attempt.status == "submitted" and attempt.device_id.startswith("paper:")
    entry = next(e for e in store.audit.list() if e.action == "paper.read")
    assert entry.details["source"] == "paper" and len(entry.details["image_hashes"][0]) == 64


def test_a_sheet_read_twice_changes_nothing(classroom, tmp_path):
    store, session, people, _ = classroom
    spec, payload, layout, img = render_sheets(store, session.id, dpi=DPI)[0]
    img = img.copy()
    fill_sheet(img, layout, DPI, np.random.default_rng(1), mix=dict.fromkeys(("partial", "light", "crossed",
                                                                               "erased"), 0.0))
    path = _write(tmp_path, "a.png", img)
    photo = _write(tmp_path, "b.jpg", degrade(img, np.random.default_rng(2)))  # the same sheet photographed too
    first = intake.import_all(store, intake.read_files(store, [path, photo]))
    assert first == {"imported": 1, "unchanged": 1}
    events_before = len(store.attempts.events(intake.attempt_id_for(session.id, people[0].id)))
    audit_before = len(store.audit.list())
    again = intake.read_files(store, [path])
    assert intake.import_all(store, again) == {"unchanged": 1}
    assert again[0].code == "already_read"
    assert len(store.attempts.events(again[0].attempt_id)) == events_before
    assert len(store.audit.list()) == audit_before
    assert len(store.attempts.for_session(session.id)) == 1


def test_sheet_of_another_session_or_form_version_is_refused_with_the_reason(classroom, tmp_path):
    store, session, people, questions = classroom
    other = store.sessions.open(session.cohort_id, session.assessment_id, "post")
    spec, payload, layout, img = render_sheets(store, session.id, dpi=DPI)[0]
    path = _write(tmp_path, "a.png", img)
    [sheet] = intake.read_files(store, [path], session_id=other.id)
    assert sheet.status == "refused" and sheet.code == "other_session" and session.id in sheet.message
    # The same sheet read into a database where its session is unknown.
    elsewhere = Store.memory()
    [sheet] = intake.read_files(elsewhere, [path])
    assert sheet.code == "unknown_session"
    # A QR whose form hash does not match the session's form.
    forged = replace(payload, form_hash="00000000")
    with pytest.raises(Exception) as err:
        from assessor.paper.plan import layout_for
        layout_for(store, forged)
    assert getattr(err.value, "code", "") == "other_form_version"
    assert store.attempts.for_session(session.id) == [] and store.attempts.for_session(other.id) == []


def test_uncertain_marks_are_never_guessed_and_the_decisions_are_audited(classroom, tmp_path):
    store, session, people, questions = classroom
    spec, payload, layout, img = render_sheets(store, session.id, dpi=DPI)[0]
    img = img.copy()
    rows = {r.number: r for r in layout.rows}
    single = next(r for r in layout.rows if r.kind == "choice")
    single2 = next(r for r in layout.rows if r.kind == "choice" and r.number > single.number)
    tf = next(r for r in layout.rows if r.kind == "truefalse")
    forced = {
        single.question_id: (None, {single.bubbles[0].value: "full", single.bubbles[2].value: "full"}),  # double
        single2.question_id: (single2.bubbles[1].value, {single2.bubbles[1].value: "light"}),  # light
        tf.question_id: (False, {True: "crossed", False: "full"}),  # crossed out, then the other
    }
    fill_sheet(img, layout, DPI, np.random.default_rng(3), mix=dict.fromkeys(("partial", "light", "crossed",
                                                                              "erased"), 0.0), forced=forced)
    [sheet] = intake.read_files(store, [_write(tmp_path, "s.png", img)])
    assert sheet.status == "needs_review"
    reasons = {m.number: m.reason for m in sheet.uncertain}
    assert reasons == {single.number: "double", single2.number: "unclear", tf.number: "crossed"}
    assert all(m.answer is None and m.crop is not None and m.crop.size for m in sheet.uncertain)
    # Without decisions nothing is written.
    intake.import_sheet(store, sheet)
    assert sheet.status == "needs_review" and sheet.code == "uncertain"
    assert store.attempts.for_session(session.id) == []
    decisions = {single.question_id: single.bubbles[2].value, single2.question_id: single2.bubbles[1].value,
                 tf.question_id: False}
    intake.import_sheet(store, sheet, decisions)
    assert sheet.status == "imported"
    stored = _stored_answers(store, sheet.attempt_id)
    assert stored[single.question_id] == single.bubbles[2].value and stored[tf.question_id] is False
    audit = next(e for e in store.audit.list() if e.action == "paper.read")
    assert {d["number"]: d["decided"] for d in audit.details["decisions"]} == {
        single.number: single.bubbles[2].value, single2.number: single2.bubbles[1].value, tf.number: False}
    assert rows  # (layout rows used above)


def test_walk_in_sheet_code_grid_finds_the_participant(classroom, tmp_path):
    store, session, people, _ = classroom
    spec, payload, layout, img = render_sheets(store, session.id, dpi=DPI, blank=1, roster=False)[0]
    img = img.copy()
    rng = np.random.default_rng(5)
    truth = fill_sheet(img, layout, DPI, rng, mix=dict.fromkeys(("partial", "light", "crossed", "erased"), 0.0))
    fill_code(img, layout, DPI, "0003", rng)  # BDG-03
    [sheet] = intake.read_files(store, [_write(tmp_path, "w.png", degrade(img, rng))])
    assert sheet.code_read == "0003" and sheet.participant_id == people[2].id
    assert intake.import_all(store, [sheet]) == {"imported": 1}
    assert _stored_answers(store, sheet.attempt_id) == _truth_answers(truth)


def test_manual_entry_with_a_second_entry_that_must_match(classroom):
    store, session, people, questions = classroom
    order = intake.manual_order(store, session.id, people[1].id)
    keys = []
    for q in order.questions:
        letters = "ABCDEF"
        if q.type == "truefalse":
            keys.append("T")
        elif q.type == "multiple":
            keys.append("AC")
        else:
            keys.append(letters[1])
    keys[5] = ""
    wrong = list(keys)
    wrong[7] = "A" if keys[7] != "A" else "B"
    with pytest.raises(InputError) as err:
        intake.enter_manually(store, session.id, people[1].id, keys, second=wrong)
    assert err.value.code == "entries_differ" and err.value.params["questions"] == [8]
    assert store.attempts.for_session(session.id) == []
    with pytest.raises(InputError):
        intake.enter_manually(store, session.id, people[1].id, ["Z"] + keys[1:])
    sheet = intake.enter_manually(store, session.id, people[1].id, keys, second=list(keys), who="Dewi")
    assert sheet.status == "imported"
    stored = _stored_answers(store, sheet.attempt_id)
    q0 = order.questions[0]
    expected0 = True if q0.type == "truefalse" else (
        sorted([order.option_orders[q0.id][0], order.option_orders[q0.id][2]]) if q0.type == "multiple"
        else order.option_orders[q0.id][1])
    assert stored[q0.id] == expected0 and order.questions[5].id not in stored
    assert next(e for e in store.audit.list() if e.action == "paper.manual").details["double_entry"] is True


def test_paper_and_laptop_for_the_same_person_is_a_conflict_resolved_like_others(classroom):
    store, session, people, questions = classroom
    engine = AttemptEngine(store)
    engine.start_or_resume(session.id, people[0].id)
    for q in engine.questions:
        engine.answer(q.id, answer_for(q, True))
    engine.submit()
    order = intake.manual_order(store, session.id, people[0].id)
    keys = ["T" if q.type == "truefalse" else "A" for q in order.questions]
    sheet = intake.enter_manually(store, session.id, people[0].id, keys)
    assert sheet.status == "imported" and sheet.conflict
    [conflict] = list_conflicts(store, [session.id])
    assert {a.id for a in conflict.attempts} == {sheet.attempt_id, engine.attempt.id}
    resolve_conflict(store, sheet.attempt_id, "the laptop crashed; paper counts")
    assert store.attempts.get(engine.attempt.id).status == "voided"
    assert list_conflicts(store, [session.id]) == []


def test_half_on_paper_half_on_laptops_analyses_like_all_on_laptops(tmp_path):
    rng = np.random.default_rng(11)
    plan: dict = {}

    def run(on_paper: bool):
        store = Store.memory()
        session, people, questions = setup_facilitator(store, n_people=6, n_questions=12, confidence=False)
        form = store.assessments.get(session.assessment_id)
        post = store.sessions.open(session.cohort_id, form.id, "post")
        for s_i, sess in enumerate((session, post)):
            for p_i, person in enumerate(people):
                key = (s_i, p_i)
                if key not in plan:
                    plan[key] = [bool(rng.random() < 0.5 + 0.3 * s_i) for _ in questions]
                rights = dict(zip([q.id for q in questions], plan[key]))
                if on_paper and p_i % 2 == 0:
                    order = intake.manual_order(store, sess.id, person.id)
                    keys = []
                    for q in order.questions:
                        value = answer_for(q, rights[q.id])
                        shown = order.option_orders.get(q.id, q.option_keys)
                        if q.type == "truefalse":
                            keys.append("T" if value else "F")
                        elif q.type == "multiple":
                            keys.append("".join("ABCDEF"[shown.index(k)] for k in value))
                        else:
                            keys.append("ABCDEF"[shown.index(value)])
                    intake.enter_manually(store, sess.id, person.id, keys)
                else:
                    engine = AttemptEngine(store)
                    engine.start_or_resume(sess.id, person.id)
                    for q in engine.questions:
                        engine.answer(q.id, answer_for(q, rights[q.id]))
                    engine.submit()
        table = store.response_table()
        return analyze(table)

    laptops = run(False)
    mixed = run(True)
    assert json.dumps(mixed, sort_keys=True, default=str) == json.dumps(laptops, sort_keys=True, default=str)


def test_cli_print_and_read(tmp_path, monkeypatch):
    db = tmp_path / "a.db"
    store = Store.open(db)
    session, people, _ = setup_facilitator(store, n_people=2, n_questions=10, confidence=False)
    pages = render_sheets(store, session.id, dpi=DPI)
    spec, payload, layout, img = pages[0]
    img = img.copy()
    fill_sheet(img, layout, DPI, np.random.default_rng(2), mix=dict.fromkeys(("partial", "light", "crossed",
                                                                              "erased"), 0.0))
    store.close()
    sheets = tmp_path / "scans"
    sheets.mkdir()
    cv2.imwrite(str(sheets / "one.png"), img)
    (sheets / "notes.txt").write_text("not a sheet")
    (sheets / "broken.jpg").write_bytes(b"not a jpeg")
    runner = CliRunner()
    out = runner.invoke(cli, ["--db", str(db), "paper", "print", "--session", session.id, "-o",
                              str(tmp_path / "p.pdf"), "--lang", "id"])
    assert out.exit_code == 0, out.output
    assert (tmp_path / "p.pdf").read_bytes()[:5] == b"%PDF-"
    out = runner.invoke(cli, ["--db", str(db), "paper", "read", str(sheets), "--session", session.id, "--json"])
    assert out.exit_code == 0, out.output
    data = json.loads(out.output)
    by_status = {s["status"] for s in data["sheets"]}
    assert data["totals"] == {"imported": 1, "refused": 1} and by_status == {"imported", "refused"}
    refused = next(s for s in data["sheets"] if s["status"] == "refused")
    assert refused["code"] == "not_an_image" and "broken.jpg" in refused["message"]
    out = runner.invoke(cli, ["--db", str(db), "paper", "read", str(sheets / "one.png")])
    assert out.exit_code == 0 and "1 unchanged" in out.output
    assert Payload.decode("garbage") is None


def test_a_multi_page_pdf_of_scans_on_letter_paper_and_an_empty_sheet(classroom, tmp_path):
    from reportlab.pdfgen import canvas as pdfcanvas

    store, session, people, _ = classroom
    pages = render_sheets(store, session.id, dpi=DPI, size="Letter")
    rng = np.random.default_rng(21)
    pdf = pdfcanvas.Canvas(str(tmp_path / "scans.pdf"), pagesize=(612, 792))
    truths = {}
    for i, (spec, payload, layout, img) in enumerate(pages[:3]):
        img = img.copy()
        if i < 2:  # the third participant handed in an empty sheet
            truths[payload.participant_id] = fill_sheet(img, layout, DPI, rng, mix=dict.fromkeys(
                ("partial", "light", "crossed", "erased"), 0.0))
        png = _write(tmp_path, f"scan{i}.png", img)
        pdf.drawImage(png, 0, 0, 612, 792)
        pdf.showPage()
    pdf.save()
    sheets = intake.read_files(store, [str(tmp_path / "scans.pdf")])
    assert [s.sources[0].rsplit("#", 1)[1] for s in sheets] == ["1", "2", "3"]
    assert intake.import_all(store, sheets) == {"imported": 2, "refused": 1}
    assert sheets[2].code == "empty_sheet"
    for sheet in sheets[:2]:
        assert _stored_answers(store, sheet.attempt_id) == _truth_answers(truths[sheet.participant_id])
