"""Each blank of a cloze question gets its own facility and discrimination; scores still count it once."""

from __future__ import annotations

import json

import numpy as np
import pytest
from click.testing import CliRunner

from assessor.analysis.blanks import blank_statistics
from assessor.banks.cloze import parse_embedded
from assessor.banks.questions import Bank, Option, Question
from assessor.cli import cli
from assessor.delivery import engine as E
from assessor.delivery.assessments import Assessment
from assessor.people.cohorts import Cohort, Participant
from assessor.store import Store

# (cloze answer, true/false answer, short answer) per participant
ANSWERS = [(["12", "B"], True, "bapas"), (["12", "A"], True, "x"), (["9", "B"], False, "bapas"),
           (["9", "A"], False, "x")]


def _fill(store):
    text, blanks = parse_embedded("Age {2:NM:=12:0}; court {1:MC:military~=juvenile}")
    items = (Question("CL-1", "cloze", text, blanks=blanks),
             Question("TF-1", "truefalse", {"en": "A child is under 18."}, answer=True),
             Question("SA-1", "short", {"en": "Who writes the report?"},
                      options=(Option({"en": "Bapas"}, 1.0),)))
    store.banks.import_bank(Bank(name={"en": "Cloze"}, languages=("en",), questions=items))
    by_key = {q.key: q.id for q in store.banks.questions(store.banks.list()[0].id)}
    form = store.assessments.save(Assessment(name="F", question_ids=(by_key["CL-1"], by_key["TF-1"], by_key["SA-1"]),
                                             shuffle_options=False))
    cohort = store.cohorts.save(Cohort(name="C1"))
    codes = [f"P-{i}" for i in range(len(ANSWERS))]
    store.cohorts.add_participants(cohort.id, [Participant(cohort.id, c) for c in codes])
    session = store.sessions.open(cohort.id, form.id, "pre")
    for code, (cloze, tf, short) in zip(codes, ANSWERS):
        eng = E.AttemptEngine(store)
        eng.start_or_resume(session.id, eng.check_in(session.id, code).participant.id)
        eng.answer(by_key["CL-1"], cloze)
        eng.answer(by_key["TF-1"], tf)
        eng.answer(by_key["SA-1"], short)
        eng.submit()
    return by_key


def test_each_blank_is_an_item_with_its_facility_and_discrimination(store):
    _fill(store)
    stats = blank_statistics(store)["C1"]["pre"]
    assert sorted(stats) == ["CL-1#1", "CL-1#2"]
    first, second = stats["CL-1#1"], stats["CL-1#2"]
    assert (first["n"], first["facility"], second["facility"]) == (4, 0.5, 0.5)
    rest = [2.0, 1.0, 1.0, 0.0]  # true/false + short answer of each participant
    assert first["discrimination"] == pytest.approx(np.corrcoef([1, 1, 0, 0], rest)[0, 1])
    assert second["discrimination"] == pytest.approx(np.corrcoef([1, 0, 1, 0], rest)[0, 1])


def test_the_response_table_still_counts_the_question_once(store):
    by_key = _fill(store)
    table = store.response_table()
    labels = [table.item.labels[i] for i in table.item.codes]
    assert labels.count("CL-1") == 4 and not any("#" in label for label in labels)
    first = store.attempts.for_session(store.sessions.list()[0].id)[0]
    assert first.marks[by_key["CL-1"]] == 1.0


def test_no_cloze_no_blank_statistics(store):
    assert blank_statistics(store) == {}


def test_analyze_json_has_the_blanks(tmp_path):
    path = tmp_path / "b.db"
    with Store.open(path) as store:
        _fill(store)
    out = CliRunner().invoke(cli, ["--db", str(path), "analyze", "--json"])
    assert out.exit_code == 0, out.output
    assert json.loads(out.output)["blanks"]["C1"]["pre"]["CL-1#2"]["facility"] == 0.5


def test_without_cloze_questions_no_result_or_event_is_read(demo_store, monkeypatch):
    """A national programme without cloze questions pays nothing for the blank statistics."""
    from assessor.analysis.blanks import blank_statistics

    def unexpected(*args, **kwargs):
        raise AssertionError("the results were read although no test holds a cloze question")

    monkeypatch.setattr(demo_store.results, "phase_results", unexpected)
    monkeypatch.setattr(demo_store.attempts, "events", unexpected)
    assert blank_statistics(demo_store) == {}
