"""The cohort report's item table gives each blank of a cloze question its own facility and discrimination."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from assessor.analysis.blanks import blank_statistics
from assessor.banks.cloze import parse_embedded
from assessor.banks.questions import Bank, Option, Question
from assessor.delivery import engine as E
from assessor.delivery.assessments import Assessment
from assessor.people.cohorts import Cohort, Participant
from reports.cohort_report import write_cohort_report

# Per participant and phase: (cloze answers, true/false, short answer)
PRE = [(["12", "B"], True, "bapas"), (["12", "A"], True, "x"), (["9", "B"], False, "bapas"), (["9", "A"], False, "x")]
POST = [(["12", "B"], True, "bapas"), (["12", "B"], True, "bapas"), (["12", "B"], False, "bapas"),
        (["9", "A"], False, "x")]


def fill_cloze_cohort(store) -> None:
    """A cohort of four with a pre- and a post-test holding a cloze question of two blanks."""
    text, blanks = parse_embedded("Age {2:NM:=12:0}; court {1:MC:military~=juvenile}")
    items = (Question("CL-1", "cloze", text, blanks=blanks),
             Question("TF-1", "truefalse", {"en": "A child is under 18."}, answer=True),
             Question("SA-1", "short", {"en": "Who writes the report?"}, options=(Option({"en": "Bapas"}, 1.0),)))
    store.banks.import_bank(Bank(name={"en": "Cloze"}, languages=("en",), questions=items))
    by_key = {q.key: q.id for q in store.banks.questions(store.banks.list()[0].id)}
    form = store.assessments.save(Assessment(name="F", question_ids=tuple(by_key.values()), shuffle_options=False))
    cohort = store.cohorts.save(Cohort(name="C1"))
    codes = [f"P-{i}" for i in range(len(PRE))]
    store.cohorts.add_participants(cohort.id, [Participant(cohort.id, c) for c in codes])
    for phase, answers in (("pre", PRE), ("post", POST)):
        session = store.sessions.open(cohort.id, form.id, phase)
        for code, (cloze, tf, short) in zip(codes, answers):
            eng = E.AttemptEngine(store)
            eng.start_or_resume(session.id, eng.check_in(session.id, code).participant.id)
            eng.answer(by_key["CL-1"], cloze)
            eng.answer(by_key["TF-1"], tf)
            eng.answer(by_key["SA-1"], short)
            eng.submit()


def _text(path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(str(path)).pages).split())


@pytest.mark.parametrize("lang", ["en", "id"])
def test_the_item_table_has_a_row_per_blank_with_the_engines_figures(store, tmp_path, lang):
    fill_cloze_cohort(store)
    stats = blank_statistics(store)["C1"]
    assert stats["pre"]["CL-1#2"]["facility"] == 0.5 and stats["post"]["CL-1#2"]["facility"] == 0.75
    text = _text(write_cohort_report(store, "C1", tmp_path / "r.pdf", lang))
    decimal = "," if lang == "id" else "."
    # The question's own row, then its blanks: facility pre and post of each (blank 1: 2 of 4, then 3 of 4).
    assert f"CL-1#1 – 0{decimal}50 0{decimal}75" in text
    assert f"CL-1#2 – 0{decimal}50 0{decimal}75" in text
    assert text.index("CL-1 4") < text.index("CL-1#1") < text.index("CL-1#2") < text.index("SA-1 4")
    if lang == "en":
        assert "blank 2; n = 4 pre, 4 post" in text and "Rows KEY#1, KEY#2" in text
    else:
        assert "isian 2; n = 4 awal, 4 akhir" in text and "Baris KODE#1, KODE#2" in text


def test_a_report_without_cloze_questions_has_no_blank_rows(demo_store, tmp_path):
    cohort = demo_store.cohorts.list()[0].name
    text = _text(write_cohort_report(demo_store, cohort, tmp_path / "r.pdf"))
    assert "Item analysis" in text and "Rows KEY#1" not in text
