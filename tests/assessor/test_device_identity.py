"""Each laptop's identity is its own, even when a database file is copied or restored
onto another laptop: two laptops never share a device id, so a participant who submits
on both is always seen as a conflict."""

from __future__ import annotations

import shutil

from assessor.exchange import export_package, export_results, import_package, import_results, list_conflicts
from assessor.ids import new_id
from assessor.store import Store
from tests.assessor.exchange_helpers import answer, answer_for, at, setup_facilitator, start, submit


def test_a_copied_database_gets_its_own_device_id_on_the_other_laptop(tmp_path, monkeypatch):
    monkeypatch.setenv("ASSESSOR_MACHINE_ID", "laptop-a")
    a = Store.open(tmp_path / "a.db")
    first = a.device_id
    a.close()
    assert Store.open(tmp_path / "a.db").device_id == first  # same laptop: kept

    shutil.copy(tmp_path / "a.db", tmp_path / "b.db")  # the file goes to laptop B on a USB stick
    monkeypatch.setenv("ASSESSOR_MACHINE_ID", "laptop-b")
    b = Store.open(tmp_path / "b.db")
    assert b.device_id != first
    assert any(e.action == "device.copy_detected" and e.details["previous_device_id"] == first
               for e in b.audit.list())
    again = b.device_id
    b.close()
    assert Store.open(tmp_path / "b.db").device_id == again  # and B keeps its new one


def test_a_participant_who_submits_on_two_copies_is_a_conflict(tmp_path, monkeypatch):
    monkeypatch.setenv("ASSESSOR_MACHINE_ID", "facilitator")
    facilitator = Store.open(tmp_path / "f.db")
    session, people, questions = setup_facilitator(facilitator, n_people=2, n_questions=3)
    package = tmp_path / "p.assessor-package"
    export_package(facilitator, session.id, package)
    monkeypatch.setenv("ASSESSOR_MACHINE_ID", "laptop-a")
    a = Store.open(tmp_path / "a.db")
    import_package(a, package)
    a.device_id
    a.close()
    shutil.copy(tmp_path / "a.db", tmp_path / "b.db")  # laptop B set up by copying A's database
    laptops = {}
    for name in ("a", "b"):
        monkeypatch.setenv("ASSESSOR_MACHINE_ID", f"laptop-{name}")
        s = laptops[name] = Store.open(tmp_path / f"{name}.db")
        aid = new_id()
        start(s, session, people[0], aid, at(0 if name == "a" else 500))
        for i, q in enumerate(questions):
            answer(s, aid, q.id, answer_for(q, name == "a"), at((0 if name == "a" else 500) + i + 1))
        submit(s, aid, at(100 if name == "a" else 600))
        export_results(s, tmp_path / "usb" / f"{name}.assessor-results")
    assert laptops["a"].device_id != laptops["b"].device_id
    monkeypatch.setenv("ASSESSOR_MACHINE_ID", "facilitator")
    import_results(facilitator, [tmp_path / "usb"])
    (conflict,) = list_conflicts(facilitator)
    assert conflict.participant_id == people[0].id and len({x.device_id for x in conflict.attempts}) == 2
