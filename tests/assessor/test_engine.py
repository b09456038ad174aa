"""The test engine without a UI: check-in, answering, resume, time, scoring, retake."""

from __future__ import annotations


import pytest

from assessor.delivery import engine as E
from assessor.delivery.assessments import Assessment
from assessor.people.cohorts import Cohort, Participant
from assessor.errors import InputError, Refused
from assessor.delivery.scoring import PARTIAL
from assessor.delivery.sessions import SUBMITTED, VOIDED
from assessor.store import Store


class Clock:
    def __init__(self, t=1000.0):
        self.t = t

    def __call__(self):
        return self.t


def make_session(store, **form):
    from assessor.banks.bankio import ensure_bundled_banks

    ensure_bundled_banks(store)
    bank = store.banks.list()[0]
    qs = store.banks.questions(bank.id)
    by_type = {}
    for q in qs:
        by_type.setdefault(q.type, []).append(q)
    chosen = by_type["single"][:2] + by_type["multiple"][:1] + by_type["truefalse"][:1]
    settings = dict(name="T", question_ids=tuple(q.id for q in chosen), time_limit_min=10)
    settings.update(form)
    a = store.assessments.save(Assessment(**settings))
    c = store.cohorts.save(Cohort(name="C"))
    store.cohorts.add_participants(c.id, [Participant(c.id, "AB-01", "Ani"), Participant(c.id, "AB-02", "Budi")])
    s = store.sessions.open(c.id, a.id, "pre")
    return s, chosen


@pytest.fixture
def file_store(tmp_path):
    s = Store.open(tmp_path / "e.db")
    yield s
    s.close()


def test_check_in_codes(store):
    s, _ = make_session(store)
    eng = E.AttemptEngine(store)
    assert eng.check_in(s.id, "nobody").code == E.UNKNOWN_CODE
    got = eng.check_in(s.id, " ab-01 ")
    assert got.code == E.OK and got.participant.name == "Ani"
    pid = got.participant.id
    assert eng.check_in(s.id, pid).code == E.OK  # picked from the roster by id
    eng.start_or_resume(s.id, pid)
    assert eng.check_in(s.id, "AB-01").code == E.RESUME
    eng.submit()
    assert E.AttemptEngine(store).check_in(s.id, "AB-01").code == E.ALREADY_SUBMITTED
    with pytest.raises(Refused) as err:
        E.AttemptEngine(store).start_or_resume(s.id, pid)
    assert err.value.code == E.ALREADY_SUBMITTED
    store.sessions.close(s.id)
    assert E.AttemptEngine(store).check_in(s.id, "AB-02").code == E.SESSION_CLOSED


def test_every_answer_change_is_in_the_log_when_the_call_returns(file_store, tmp_path):
    s, qs = make_session(file_store)
    eng = E.AttemptEngine(file_store)
    pid = eng.check_in(s.id, "AB-01").participant.id
    eng.start_or_resume(s.id, pid)
    q = eng.questions[0]
    eng.answer(q.id, q.option_keys[0])
    eng.answer(q.id, q.option_keys[1])  # changed
    # A second connection (another process after a crash) sees both events already.
    other = Store.open(tmp_path / "e.db")
    events = other.attempts.events(eng.attempt.id)
    assert [e.value for e in events] == [q.option_keys[0], q.option_keys[1]]
    assert other.attempts.current_state(eng.attempt.id)[q.id]["answer"] == q.option_keys[1]
    other.close()


def test_orders_are_drawn_from_the_seed_and_stored(store):
    s, qs = make_session(store, shuffle_questions=True, shuffle_options=True)
    eng = E.AttemptEngine(store)
    pid = eng.check_in(s.id, "AB-01").participant.id
    a = eng.start_or_resume(s.id, pid, seed=12345)
    again = E.draw_orders(qs, 12345, True, True)
    assert (a.question_order, a.option_orders) == again
    stored = store.attempts.get(a.id)
    assert stored.question_order == again[0]
    assert stored.option_orders == again[1]
    assert sorted(stored.question_order) == sorted(q.id for q in qs)
    # Different seeds give different orders for some seed (not all the same).
    orders = {E.draw_orders(qs, seed, True, True)[0] for seed in range(20)}
    assert len(orders) > 1
    # Without shuffling the form order and option letters are kept.
    plain = E.draw_orders(qs, 7, False, False)
    assert plain[0] == tuple(q.id for q in qs)
    assert all(plain[1][q.id] == q.option_keys for q in qs if q.type in ("single", "multiple"))


def test_resume_restores_answers_flags_confidence_position_and_does_not_count_the_gap(file_store, tmp_path):
    s, _ = make_session(file_store, confidence=True)
    clock = Clock(1000.0)
    eng = E.AttemptEngine(file_store, clock=clock)
    pid = eng.check_in(s.id, "AB-01").participant.id
    eng.start_or_resume(s.id, pid, language="id")
    q0, q1 = eng.questions[0], eng.questions[2]
    clock.t += 40
    eng.answer(q0.id, q0.option_keys[1])
    eng.set_confidence(q0.id, 3)
    eng.go_to(2)
    clock.t += 20
    eng.toggle_flag(q1.id)
    eng.answer(q1.id, [q1.option_keys[0], q1.option_keys[2]])
    assert eng.time_used_s == pytest.approx(60)
    # The laptop dies: the engine is gone without submit. Hours pass on the clock.
    del eng
    store2 = Store.open(tmp_path / "e.db")
    clock2 = Clock(99999.0)
    eng2 = E.AttemptEngine(store2, clock=clock2)
    assert eng2.check_in(s.id, "AB-01").code == E.RESUME
    eng2.start_or_resume(s.id, pid, language="id")
    assert eng2.position == 2
    assert eng2.state[q0.id] == E.ItemState(q0.option_keys[1], 3, False)
    assert eng2.state[q1.id] == E.ItemState(sorted([q1.option_keys[0], q1.option_keys[2]]), None, True)
    assert eng2.time_used_s == pytest.approx(60)
    assert eng2.remaining_s == pytest.approx(600 - 60)
    resume = [e for e in store2.audit.list() if e.action == "attempt.resume"]
    assert len(resume) == 1 and resume[0].details["time_used_s"] == pytest.approx(60)
    assert "since_last_event_s" in resume[0].details
    store2.close()


def test_scoring_all_or_nothing_and_partial(store):
    for scoring in ("all_or_nothing", PARTIAL):
        s, qs = make_session(store, multiple_scoring=scoring, shuffle_options=False, name=f"T-{scoring}")
        eng = E.AttemptEngine(store)
        pid = eng.check_in(s.id, "AB-01").participant.id
        eng.start_or_resume(s.id, pid)
        single, single2, multiple, tf = qs
        eng.answer(single.id, single.correct_keys[0])
        wrong = next(k for k in single2.option_keys if k not in single2.correct_keys)
        eng.answer(single2.id, wrong)
        right = list(multiple.correct_keys)
        assert len(right) >= 2
        # One right option and no wrong one: nothing all-or-nothing, 1/len(right) partial.
        expected_multiple = 0.0 if scoring == "all_or_nothing" else 1 / len(right)
        eng.answer(multiple.id, right[:1])  # one of two right, none wrong
        eng.answer(tf.id, bool(tf.answer))
        result = eng.submit()
        assert result.marks == {single.id: 1.0, single2.id: 0.0, multiple.id: expected_multiple, tf.id: 1.0}
        assert result.score_pct == pytest.approx(100 * (2 + expected_multiple) / 4)
        stored = store.attempts.get(eng.attempt.id)
        assert stored.status == SUBMITTED and stored.marks == result.marks
        assert stored.score_pct == pytest.approx(result.score_pct)


def test_partial_credit_is_right_minus_wrong_floored_at_zero(store):
    s, qs = make_session(store, multiple_scoring=PARTIAL)
    eng = E.AttemptEngine(store)
    eng.start_or_resume(s.id, eng.check_in(s.id, "AB-01").participant.id)
    m = qs[2]
    wrong = [k for k in m.option_keys if k not in m.correct_keys]
    eng.answer(m.id, [m.correct_keys[0]] + wrong)  # 1 right, 2 wrong -> floored
    assert eng.submit().marks[m.id] == 0.0


def test_a_score_at_the_pass_mark_up_to_rounding_passes_as_on_the_screens(store):
    """2/3 + 1/2 + 1/3 of three questions is 50% but sums to 49.99999999999999 in floating point."""
    from assessor.analysis.participants import participant_scores
    from assessor.analysis.reportdata import cohort_results
    from assessor.banks.bankio import ensure_bundled_banks

    ensure_bundled_banks(store)
    multiples = [q for q in store.banks.questions(store.banks.list()[0].id) if q.type == "multiple"]
    three = [q for q in multiples if len(q.correct_keys) == 3][:2]
    two = next(q for q in multiples if len(q.correct_keys) == 2)
    chosen = [three[0], two, three[1]]
    a = store.assessments.save(Assessment(name="P", question_ids=tuple(q.id for q in chosen), pass_mark=50.0,
                                          multiple_scoring=PARTIAL, shuffle_options=False))
    c = store.cohorts.save(Cohort(name="C"))
    store.cohorts.add_participants(c.id, [Participant(c.id, "AB-01", "Ani")])
    s = store.sessions.open(c.id, a.id, "post")
    eng = E.AttemptEngine(store)
    eng.start_or_resume(s.id, eng.check_in(s.id, "AB-01").participant.id)
    for q, right in zip(chosen, (2, 1, 1)):
        eng.answer(q.id, list(q.correct_keys[:right]))
    result = eng.submit()
    assert result.score_pct < 50.0 and result.score_pct == pytest.approx(50.0)
    (screen,) = participant_scores(store.response_table())
    assert screen.passed is True
    (sheet,) = cohort_results(store, "C").participants
    assert sheet.passed["post"] is True
    assert result.passed is True


def test_time_out_submits_answers_so_far_and_refuses_later_answers(store):
    s, qs = make_session(store, time_limit_min=1)
    clock = Clock()
    eng = E.AttemptEngine(store, clock=clock)
    eng.start_or_resume(s.id, eng.check_in(s.id, "AB-01").participant.id)
    tf = next(q for q in eng.questions if q.type == "truefalse")
    eng.answer(tf.id, bool(tf.answer))
    clock.t += 61
    assert eng.expired and eng.remaining_s == 0
    with pytest.raises(Refused) as err:
        eng.answer(tf.id, not tf.answer)
    assert err.value.code == "time_up"
    result = eng.time_out()
    assert result.reason == "time_out" and result.answered == 1
    assert result.score_pct == pytest.approx(25.0)
    assert store.attempts.get(eng.attempt.id).time_used_s == pytest.approx(60.0)


def test_submit_counts_unanswered_and_flagged(store):
    s, _ = make_session(store)
    eng = E.AttemptEngine(store)
    eng.start_or_resume(s.id, eng.check_in(s.id, "AB-01").participant.id)
    q = eng.questions
    eng.answer(q[0].id, q[0].option_keys[0])
    eng.toggle_flag(q[1].id)
    eng.toggle_flag(q[2].id)
    eng.toggle_flag(q[2].id)  # unflagged again
    assert eng.counts() == (3, 1)
    eng.answer(q[0].id, None)  # cleared
    assert eng.counts() == (4, 1)


def test_bad_responses_are_refused_and_nothing_is_written(store):
    s, _ = make_session(store)
    eng = E.AttemptEngine(store)
    eng.start_or_resume(s.id, eng.check_in(s.id, "AB-01").participant.id)
    single = next(q for q in eng.questions if q.type == "single")
    tf = next(q for q in eng.questions if q.type == "truefalse")
    for q, bad in ((single, "Z"), (tf, "yes")):
        with pytest.raises(InputError):
            eng.answer(q.id, bad)
    with pytest.raises(InputError):
        eng.set_confidence(single.id, 5)
    assert store.attempts.events(eng.attempt.id) == []


def test_retake_voids_the_earlier_attempt_and_is_audited(store):
    s, _ = make_session(store)
    eng = E.AttemptEngine(store)
    pid = eng.check_in(s.id, "AB-01").participant.id
    eng.start_or_resume(s.id, pid)
    first = eng.attempt.id
    eng.submit()
    with pytest.raises(InputError):
        eng.allow_retake(s.id, pid, "  ")
    eng.allow_retake(s.id, pid, "laptop swapped mid-test")
    assert eng.check_in(s.id, "AB-01").code == E.OK
    eng.start_or_resume(s.id, pid)
    assert eng.attempt.id != first
    old = store.attempts.get(first)
    assert old.status == VOIDED and "laptop swapped" in old.void_reason and old.marks is not None
    assert any(e.action == "attempt.retake" and e.details["voided_attempt_id"] == first for e in store.audit.list())
    with pytest.raises(Refused):
        eng.allow_retake(s.id, store.cohorts.participant_by_code(s.cohort_id, "AB-02").id, "no attempt")


def test_pending_session_finds_an_unfinished_attempt_on_this_device(store):
    s, _ = make_session(store)
    assert E.pending_session(store) is None
    eng = E.AttemptEngine(store)
    eng.start_or_resume(s.id, eng.check_in(s.id, "AB-01").participant.id)
    assert E.pending_session(store) == s.id
    eng.submit()
    assert E.pending_session(store) is None


def test_language_switch_keeps_answers(store):
    s, _ = make_session(store)
    eng = E.AttemptEngine(store)
    eng.start_or_resume(s.id, eng.check_in(s.id, "AB-01").participant.id, language="en")
    q = eng.questions[0]
    eng.answer(q.id, q.option_keys[0])
    eng.set_language("id")
    assert store.attempts.get(eng.attempt.id).language == "id"
    assert eng.state[q.id].answer == q.option_keys[0]


def test_password_hash_round_trip_and_salt():
    from assessor.safety import security

    a, b = security.hash_password("kelas-2026"), security.hash_password("kelas-2026")
    assert a != b and a.startswith("scrypt$")
    assert security.verify_password("kelas-2026", a)
    assert not security.verify_password("kelas-2025", a)
    assert not security.verify_password("kelas-2026", "garbage")
    with pytest.raises(InputError):
        security.hash_password("abc")
    assert [security.retry_delay_s(n) for n in range(5)] == [0, 1, 2, 4, 8]
    assert security.retry_delay_s(20) == 30
