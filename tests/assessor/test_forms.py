"""Per-topic draws and blueprints, security hashing and the online backup."""

from __future__ import annotations

import pytest

from assessor.errors import InputError
from assessor.delivery.forms import blueprint, draw_per_topic


def _questions(bank_store):
    bank = bank_store.banks.list()[0]
    return bank_store.banks.questions(bank.id)


def test_draw_per_topic_takes_n_from_each_topic_reproducibly(bank_store):
    qs = _questions(bank_store)
    ids = draw_per_topic(qs, 5, seed=7)
    by_id = {q.id: q for q in qs}
    topics = {}
    for i in ids:
        topics[by_id[i].topic] = topics.get(by_id[i].topic, 0) + 1
    assert len(ids) == 20 and set(topics.values()) == {5} and len(topics) == 4
    assert draw_per_topic(list(reversed(qs)), 5, seed=7) == ids
    assert draw_per_topic(qs, 5, seed=8) != ids


def test_draw_refuses_more_than_a_topic_has(bank_store):
    with pytest.raises(InputError, match="coordination"):
        draw_per_topic(_questions(bank_store), {"coordination": 11}, seed=1)


def test_blueprint_counts_type_per_topic(bank_store):
    qs = _questions(bank_store)
    bp = blueprint(qs)
    assert sum(n for per in bp.values() for n in per.values()) == len(qs)
    expected = sum(1 for q in qs if q.topic == "coordination" and q.type == "single")
    assert bp["coordination"]["single"] == expected


def test_password_hash_verifies_only_the_right_password():
    from assessor.safety.security import hash_password, verify_password

    stored = hash_password("kata sandi")
    assert "kata sandi" not in stored
    assert verify_password("kata sandi", stored)
    assert not verify_password("kata sandj", stored)
    assert not verify_password("x", "garbage")


def test_backup_copies_a_database_in_use(demo_store, tmp_path):
    from assessor.store import Store

    dest = demo_store.backup(tmp_path / "b" / "copy.db")
    with Store.open(dest) as copy:
        assert [c.name for c in copy.cohorts.list()] == [c.name for c in demo_store.cohorts.list()]
    assert not (tmp_path / "b" / "copy.db.partial").exists()


def test_live_status_lists_attempts_with_answers(demo_store):
    session = demo_store.sessions.list()[0]
    status = demo_store.attempts.live_status(session.id)
    assert status and all(r["code"] for r in status)
    assert {r["status"] for r in status} <= {"in_progress", "submitted", "voided"}
    assert demo_store.attempts.live_status(session.id, device_id="nowhere") == []


def test_check_question_blocks_missing_answer_and_option_text_but_only_warns_on_translation():
    from assessor.banks.questions import Option, Question, check_question

    q = Question("K-1", "single", {"en": "Q?"}, options=(Option({"en": "a", "id": "a"}, 0.0),
                                                        Option({"en": "b"}, 0.0)))
    problems = {(p.severity, p.code, p.lang) for p in check_question(q, ("en", "id"))}
    assert ("error", "no_correct", "") in problems
    assert ("error", "missing_option_text", "id") in problems
    assert ("warning", "missing_translation", "id") in problems
    fixed = Question("K-1", "single", {"en": "Q?"}, options=(Option({"en": "a", "id": "a"}, 1.0),
                                                             Option({"en": "b", "id": "b"}, 0.0)))
    assert {p.severity for p in check_question(fixed, ("en", "id"))} == {"warning"}
