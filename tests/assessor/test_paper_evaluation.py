"""Course evaluations on paper: the form prints (A4, Letter, both languages), reads back (clean and
degraded), stays anonymous in the database, sends uncertain marks to a person, and never reads a
comment by machine."""

from __future__ import annotations

import json

import cv2
import numpy as np
import pytest
from click.testing import CliRunner

from assessor.cli import cli
from assessor.errors import Refused
from assessor.paper import intake
from assessor.paper.evalform import NOW, PICK, RATING, THEN, answers_from_rows, form_layout, split_row_id
from assessor.paper.evalintake import response_id_for
from assessor.paper.layout import PITCH, Payload
from assessor.paper.reader import find_qr, load_pages
from tests.assessor.evaluation_helpers import evaluation_session
from tests.assessor.exchange_helpers import setup_facilitator
from tests.assessor.paper_sheetgen import degrade, fill_sheet, render_sheets, write_comment

DPI = 150
CLEAR = dict.fromkeys(("partial", "light", "crossed", "erased"), 0.0)


@pytest.fixture
def roster(store):
    session, people, _ = setup_facilitator(store, n_people=3, n_questions=5, confidence=False)
    return store, store.cohorts.get(session.cohort_id).name, people


def _forms(store, pages):
    """Pages grouped per printed form: {serial or participant id: [(payload, layout, img)]}."""
    out: dict = {}
    for _, payload, layout, img in pages:
        out.setdefault(payload.serial or payload.participant_id, []).append((payload, layout, img))
    return out


def _fill_form(tmp_path, name, form, rng, comments=(), mix=CLEAR, forced=None, photo=True):
    """Fill and photograph every page of one form; returns (files, meant answers as stored)."""
    values, files = {}, []
    for payload, layout, img in form:
        img = img.copy()
        truth = fill_sheet(img, layout, DPI, rng, mix=mix, blank_rate=0.0, forced=forced)
        values.update(truth.answers)
        for qid, _, box in layout.comments:
            if qid in comments:
                write_comment(img, box, DPI, rng)
        path = tmp_path / f"{name}-{payload.page}.jpg"
        path.write_bytes(degrade(img, rng) if photo else cv2.imencode(".png", img)[1].tobytes())
        files.append(str(path))
    return files, values


def _questions(store, session):
    form = store.assessments.get(session.assessment_id)
    return {q.id: q for q in store.assessments.questions(form)}


@pytest.mark.parametrize("size", ["A4", "Letter"])
@pytest.mark.parametrize("lang", ["en", "id", "both"])
@pytest.mark.parametrize("points", [5, 10])
def test_every_item_of_the_form_fits_its_page_with_one_row_per_scale(store, size, lang, points):
    session = evaluation_session(_roster_only(store), scale_points=points)
    questions = list(_questions(store, session).values())
    from assessor.paper.evalform import paginate_form

    pages = paginate_form(questions, size, lang)
    seen = []
    for page in range(1, len(pages) + 1):
        layout = form_layout(questions, size, page, lang)
        left, right = layout.markers[0][0] + 10, layout.markers[1][0] - 10
        bottom = layout.markers[3][1] - 10
        for row in layout.rows:
            assert all(left < b.x < right and layout.header_bottom < b.y < bottom for b in row.bubbles)
            if row.kind in (RATING, THEN, NOW):  # one row, numbered 1..N, all at the same height
                assert [b.value for b in row.bubbles] == list(range(1, points + 1))
                assert len({b.y for b in row.bubbles}) == 1
                xs = [b.x for b in row.bubbles]
                assert min(b - a for a, b in zip(xs, xs[1:])) >= PITCH  # as far apart as on an answer sheet
        for _, _, (x0, y0, x1, y1) in layout.comments:
            assert left - 10 <= x0 < x1 <= right + 10 and layout.header_bottom < y0 < y1 < bottom
        seen += [item.question.id for item in layout.items]
    assert seen == [q.id for q in questions]  # every item once, in form order


def _roster_only(store):
    setup_facilitator(store, n_people=3, n_questions=5, confidence=False)
    return store


def test_an_anonymous_form_names_no_one_on_paper_or_in_its_qr(roster, tmp_path):
    store, cohort, people = roster
    session = evaluation_session(store, cohort, anonymous=True)
    pages = render_sheets(store, session.id, dpi=DPI, blank=2, lang="both")
    forms = _forms(store, pages)
    assert len(forms) == len(people) + 2  # one per roster participant and the blank ones
    serials = set()
    for serial, form in forms.items():
        for payload, layout, img in form:
            path = tmp_path / "page.png"
            cv2.imwrite(str(path), img)
            found, _ = find_qr(load_pages(path)[0].gray)
            assert found == payload and found.participant_id is None and found.serial == serial
            text = found.encode()
            assert not any(p.code in text or p.id in text for p in people)
        serials.add(serial)
    assert len(serials) == len(forms)  # a new random serial on every form
    import pypdfium2 as pdfium
    from reports.paper import write_paper

    out = write_paper(store, session.id, tmp_path / "forms.pdf", lang="both", blank=0)
    pdf = pdfium.PdfDocument(str(out))
    printed = "".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    pdf.close()
    assert "Anonymous" in printed and "Anonim" in printed
    assert not any(p.code in printed or (p.name and p.name in printed) for p in people)


def test_a_linked_form_carries_the_participant_as_a_knowledge_sheet_does(roster, tmp_path):
    store, cohort, people = roster
    session = evaluation_session(store, cohort, anonymous=False)
    pages = render_sheets(store, session.id, dpi=DPI, blank=5, lang="id")
    forms = _forms(store, pages)
    assert set(forms) == {p.id for p in people}  # a linked form must name its participant: no blank ones
    import pypdfium2 as pdfium
    from reports.paper import write_paper

    out = write_paper(store, session.id, tmp_path / "forms.pdf", lang="id", size="Letter")
    pdf = pdfium.PdfDocument(str(out))
    first = pdf[0].get_textpage().get_text_range()
    assert pdf[0].get_size() == (612.0, 792.0)
    pdf.close()
    assert people[0].code in first and "Evaluasi pelatihan" in first and "Sebelum pelatihan" in first


def test_anonymous_forms_read_back_as_unlinked_responses_and_a_second_reading_changes_nothing(roster, tmp_path):
    store, cohort, people = roster
    session = evaluation_session(store, cohort, anonymous=True, scale_points=10)
    questions = _questions(store, session)
    forms = _forms(store, render_sheets(store, session.id, dpi=DPI, lang="en"))
    rng = np.random.default_rng(7)
    files, meant = [], []
    for i, form in enumerate(forms.values()):
        got, values = _fill_form(tmp_path, f"form{i}", form, rng)
        files += got
        meant.append(answers_from_rows(questions, values))
    sheets = intake.read_files(store, files, session.id)
    assert [s.status for s in sheets] == ["read"] * len(people)
    assert intake.import_all(store, sheets) == {"imported": len(people)}
    stored = sorted((r.answers for r in store.evaluations.responses(session.id)), key=json.dumps)
    assert stored == sorted(meant, key=json.dumps)
    # then/now joined into one answer per retrospective item, on the 10-point scale
    assert all(set(v) == {"then", "now"} for a in stored for q, v in a.items() if questions[q].type == "retro")
    # Nothing in the database links a person to a response.
    db = store.db
    assert list(db["evaluation_takers"].rows) == []
    ids = {p.id for p in people} | {p.code for p in people}
    for table in ("evaluation_responses", "evaluation_answers"):
        for r in db[table].rows:
            assert not set(map(str, r.values())) & ids
    assert list(db["attempts"].rows_where("session_id = ?", [session.id])) == []
    [entry] = [e for e in store.audit.list() if e.action == "paper.read_evaluation"][:1]
    assert "participant_id" not in entry.details and "sources" not in entry.details
    assert not any(f in json.dumps(entry.details) for f in files)
    assert {r["id"] for r in db["evaluation_responses"].rows} == {response_id_for(session.id, s.serial)
                                                                  for s in sheets}
    again = intake.read_files(store, files, session.id)
    assert intake.import_all(store, again) == {"unchanged": len(people)}
    assert len(store.evaluations.responses(session.id)) == len(people)


def test_a_linked_form_becomes_the_participants_attempt(roster, tmp_path):
    store, cohort, people = roster
    session = evaluation_session(store, cohort, anonymous=False)
    questions = _questions(store, session)
    forms = _forms(store, render_sheets(store, session.id, dpi=DPI, lang="both", size="Letter"))
    rng = np.random.default_rng(8)
    files, values = _fill_form(tmp_path, "linked", forms[people[1].id], rng)
    [sheet] = intake.read_files(store, files)
    assert sheet.participant_id == people[1].id and not sheet.anonymous
    intake.import_sheet(store, sheet)
    assert sheet.status == intake.IMPORTED
    state = store.attempts.current_state(sheet.attempt_id)
    assert {q: s["answer"] for q, s in state.items() if s.get("answer") is not None} == \
        {q: v for q, v in answers_from_rows(questions, values).items() if v is not None}
    [attempt] = store.attempts.for_participant(session.id, people[1].id)
    assert attempt.status == "submitted" and attempt.device_id.startswith("paper:")


def test_two_marks_on_a_rating_row_wait_for_a_person_and_the_decision_is_audited(roster, tmp_path):
    store, cohort, _ = roster
    session = evaluation_session(store, cohort, anonymous=True)
    questions = _questions(store, session)
    forms = _forms(store, render_sheets(store, session.id, dpi=DPI))
    form = next(iter(forms.values()))
    rating = next(r for _, layout, _ in form for r in layout.rows if r.kind == RATING)
    then = next(r for _, layout, _ in form for r in layout.rows if r.kind == THEN)
    pick = next(r for _, layout, _ in form for r in layout.rows if r.kind == PICK)
    forced = {rating.question_id: (None, {2: "full", 4: "full"}),  # two where one is allowed
              then.question_id: (None, {3: "light"}),  # too faint to decide
              pick.question_id: (pick.bubbles[1].value, {pick.bubbles[1].value: "full"})}
    files, _ = _fill_form(tmp_path, "messy", form, np.random.default_rng(3), forced=forced)
    [sheet] = intake.read_files(store, files)
    assert sheet.status == intake.NEEDS_REVIEW
    reasons = {m.question_id: m.reason for m in sheet.uncertain}
    assert reasons == {rating.question_id: "double", then.question_id: "unclear"}
    assert all(m.crop is not None and m.crop.size for m in sheet.uncertain)
    intake.import_sheet(store, sheet, {rating.question_id: 4})
    assert sheet.status == intake.NEEDS_REVIEW and sheet.code == "uncertain"  # one still undecided
    assert store.evaluations.responses(session.id) == []
    intake.import_sheet(store, sheet, {rating.question_id: 4, then.question_id: 3})
    assert sheet.status == intake.IMPORTED
    [response] = store.evaluations.responses(session.id)
    assert response.answers[rating.question_id] == 4 and response.answers[pick.question_id] == pick.bubbles[1].value
    assert response.answers[split_row_id(then.question_id)[0]]["then"] == 3
    [entry] = [e for e in store.audit.list() if e.action == "paper.read_evaluation"]
    assert {d["row"]: d["decided"] for d in entry.details["decisions"]} == {rating.question_id: 4,
                                                                             then.question_id: 3}
    assert questions  # the form was the bundled one


def test_a_written_comment_is_never_guessed_only_what_a_person_types_is_stored(roster, tmp_path):
    store, cohort, _ = roster
    session = evaluation_session(store, cohort, anonymous=True)
    questions = _questions(store, session)
    first, second = [q.id for q in questions.values() if q.type == "comment"]
    forms = list(_forms(store, render_sheets(store, session.id, dpi=DPI)).values())
    rng = np.random.default_rng(11)
    files_a, _ = _fill_form(tmp_path, "a", forms[0], rng, comments={first})
    files_b, _ = _fill_form(tmp_path, "b", forms[1], rng, comments={first, second})
    a, b = intake.read_files(store, files_a + files_b)
    assert [c.written for c in a.comments] == [True, False] and [c.written for c in b.comments] == [True, True]
    assert a.status == b.status == intake.READ  # a comment does not hold up the bubbles
    intake.import_all(store, [a])
    assert a.comments_not_typed == 1 and a.to_dict()["comments_not_typed"] == 1
    intake.import_sheet(store, b, comments={first: "Role plays helped.  "})
    assert b.status == intake.IMPORTED and b.comments_not_typed == 1
    by_id = {r.id: r.answers for r in store.evaluations.responses(session.id)}
    assert first not in by_id[response_id_for(session.id, a.serial)]  # written, not typed: nothing stored
    assert by_id[response_id_for(session.id, b.serial)][first] == "Role plays helped."
    assert second not in by_id[response_id_for(session.id, b.serial)]
    entries = [e.details for e in store.audit.list() if e.action == "paper.read_evaluation"]
    assert sorted((d["comments_typed"], d["comments_not_typed"]) for d in entries) == [(0, 1), (1, 1)]


def test_a_form_of_another_session_or_version_is_refused_and_nothing_is_stored(roster, tmp_path):
    store, cohort, _ = roster
    session = evaluation_session(store, cohort, anonymous=True)
    other = evaluation_session(store, cohort, anonymous=False)
    forms = list(_forms(store, render_sheets(store, session.id, dpi=DPI)).values())
    files, _ = _fill_form(tmp_path, "x", forms[0], np.random.default_rng(5), photo=False)
    sheets = intake.read_files(store, files, other.id)
    assert {s.code for s in sheets} == {"other_session"} and all(s.status == intake.REFUSED for s in sheets)
    assert "not to" in sheets[0].message
    assert intake.import_all(store, sheets) == {"refused": len(sheets)}
    assert store.evaluations.responses(session.id) == [] and store.evaluations.responses(other.id) == []
    # A form of the same questions printed while the form was linked is another version.
    payload = forms[0][0][0]
    linked = Payload(payload.session_id, None, payload.form_hash, None, 1, payload.pages, "A4", "en", None)
    assert Payload.decode(linked.encode()) is None  # neither a person nor a serial: not a form of ours
    from assessor.paper.plan import layout_for

    with pytest.raises(Refused) as caught:
        layout_for(store, Payload(other.id, None, payload.form_hash, None, 1, payload.pages, "A4", "en",
                                  payload.serial))
    assert caught.value.code == "other_form_version"


def test_an_empty_form_is_refused_and_manual_entry_is_for_knowledge_tests(roster, tmp_path):
    store, cohort, people = roster
    session = evaluation_session(store, cohort, anonymous=True)
    form = next(iter(_forms(store, render_sheets(store, session.id, dpi=DPI)).values()))
    files = []
    for payload, _, img in form:
        path = tmp_path / f"empty-{payload.page}.png"
        cv2.imwrite(str(path), img)
        files.append(str(path))
    [sheet] = intake.read_files(store, files)
    assert sheet.status == intake.REFUSED and sheet.code == "empty_sheet" and "nothing" in sheet.message
    with pytest.raises(Refused) as caught:
        intake.enter_manually(store, session.id, people[0].id, ["1"] * 12)
    assert caught.value.code == "evaluation_manual_entry"


def test_the_command_line_prints_and_reads_evaluation_forms(tmp_path):
    from assessor.store import Store

    db = tmp_path / "cli.db"
    store = Store.open(db)
    session, people, _ = setup_facilitator(store, n_people=2, n_questions=5, confidence=False)
    session = evaluation_session(store, store.cohorts.get(session.cohort_id).name, anonymous=True)
    form = next(iter(_forms(store, render_sheets(store, session.id, dpi=DPI)).values()))
    files, _ = _fill_form(tmp_path, "cli", form, np.random.default_rng(4), comments=set(
        qid for _, layout, _ in form for qid, _, _ in layout.comments))
    store.close()
    runner = CliRunner()
    out = tmp_path / "forms.pdf"
    result = runner.invoke(cli, ["--db", str(db), "paper", "print", "--session", session.id, "-o", str(out),
                                 "--lang", "both", "--blank", "1"])
    assert result.exit_code == 0, result.output
    assert "evaluation forms" in result.output and out.read_bytes()[:5] == b"%PDF-"
    found = [find_qr(p.gray)[0] for p in load_pages(out)]
    assert len({p.serial for p in found}) == len(people) + 1 and all(p.participant_id is None for p in found)
    result = runner.invoke(cli, ["--db", str(db), "paper", "read", *files, "--session", session.id])
    assert result.exit_code == 0, result.output
    assert "1 imported" in result.output and "2 written comment(s) not typed in" in result.output
    result = runner.invoke(cli, ["--db", str(db), "paper", "read", *files, "--json"])
    data = json.loads(result.output)
    assert data["totals"] == {"unchanged": 1} and data["sheets"][0]["anonymous"] is True


def test_the_analysis_of_forms_read_on_paper_equals_that_of_the_same_answers_given_on_laptops(tmp_path):
    from assessor.analysis.evaluation import analyze_evaluations
    from assessor.delivery.evaluation import AnonymousEvaluation
    from assessor.store import Store

    def setting():
        store = Store.memory()
        session, people, _ = setup_facilitator(store, n_people=6, n_questions=5, confidence=False)
        return store, evaluation_session(store, store.cohorts.get(session.cohort_id).name, anonymous=True), people

    paper, on_paper, _ = setting()
    questions = _questions(paper, on_paper)
    rng = np.random.default_rng(21)
    files, meant = [], []
    for i, form in enumerate(_forms(paper, render_sheets(paper, on_paper.id, dpi=DPI)).values()):
        got, values = _fill_form(tmp_path, f"f{i}", form, rng)
        files += got
        meant.append({q: v for q, v in answers_from_rows(questions, values).items() if v is not None})
    assert intake.import_all(paper, intake.read_files(paper, files)) == {"imported": 6}

    laptops, on_laptops, people = setting()
    for person, answers in zip(people, meant):
        run = AnonymousEvaluation(laptops)
        run.start(on_laptops.id, person.code, "en")
        for qid, value in answers.items():
            run.answer(qid, value)
        run.submit()
    read, typed = analyze_evaluations(paper), analyze_evaluations(laptops)
    assert read["cohorts"][0]["responses"] == 6
    # Responses are kept in a random order on both sides, so sums may differ in the last bit.
    assert json.dumps(_rounded(read), sort_keys=True, default=str) == \
        json.dumps(_rounded(typed), sort_keys=True, default=str)


def _rounded(value):
    if isinstance(value, float):
        return round(value, 9)
    if isinstance(value, dict):
        return {k: _rounded(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_rounded(v) for v in value]
    return value


def test_a_qr_code_read_a_few_pixels_askew_still_finds_every_corner_square(store):
    """The QR code and the two top squares lie along one edge: a perspective guessed from them alone
    tilts far off at the bottom when the QR's corners are 4 px off, so the affine guess is tried."""
    from assessor.paper.reader import measure

    session, _, _ = setup_facilitator(store, n_people=1, n_questions=40, confidence=False)
    _, payload, layout, img = render_sheets(store, session.id, dpi=DPI)[0]
    img = img.copy()
    truth = fill_sheet(img, layout, DPI, np.random.default_rng(9), mix=CLEAR, blank_rate=0.0)
    _, corners = find_qr(img)
    askew = corners.copy()
    askew[3, 1] += 5  # the QR's lower edge read tilted
    askew[2, 1] -= 5
    measured = measure(img, layout, askew)
    assert {m.question_id: m.answer for m in measured.marks} == truth.answers
