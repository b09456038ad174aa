"""A cohort without results can be deleted (backups scrubbed of its roster); one with results cannot."""

from __future__ import annotations

import pytest

from assessor.errors import Refused
from assessor.people.cohorts import Cohort, Participant
from assessor.safety import backup as bk
from assessor.store import Store


def _empty_cohort(store, name="Mistaken cohort", parent_id=None):
    cohort = store.cohorts.save(Cohort(name, parent_id=parent_id))
    people = store.cohorts.add_participants(cohort.id, [Participant(cohort.id, "", "Ratna Sari Dewi-Unique")])
    assessment = store.assessments.list()[0]
    store.sessions.open(cohort.id, assessment.id, "pre")
    return cohort, people[0]


def test_a_cohort_with_results_is_refused_and_nothing_changes(demo_store):
    cohort = demo_store.cohorts.list()[0]
    before = (len(demo_store.cohorts.participants(cohort.id)), len(demo_store.sessions.list(cohort.id)))
    with pytest.raises(Refused) as err:
        bk.delete_cohort(demo_store, cohort.id)
    assert err.value.code == "cohort_has_results" and cohort.name in str(err.value)
    assert demo_store.cohorts.get(cohort.id).name == cohort.name
    assert (len(demo_store.cohorts.participants(cohort.id)), len(demo_store.sessions.list(cohort.id))) == before


def test_an_empty_cohort_goes_with_its_roster_sessions_and_the_names_in_backups(demo_store):
    cohort, person = _empty_cohort(demo_store)
    assert not demo_store.cohorts.has_results(cohort.id)
    older = bk.backup(demo_store)
    assert person.name.encode() in older.read_bytes()
    scrub = bk.delete_cohort(demo_store, cohort.id)
    assert scrub.rewritten == (older,)
    assert cohort.id not in {c.id for c in demo_store.cohorts.list(include_archived=True)}
    assert demo_store.sessions.list(cohort.id) == []
    assert person.name.encode() not in older.read_bytes()
    assert person.name.encode() not in demo_store.path.read_bytes()
    entry = demo_store.audit.list()[0]
    assert entry.action == "cohort.delete" and entry.details["backups_rewritten"] == [older.name]
    with Store.open(older) as copy:  # a restore brings back no name
        assert copy.cohorts.participant(person.id).name == ""


def test_a_parent_of_cascade_cohorts_is_refused(demo_store):
    parent, _ = _empty_cohort(demo_store, "Empty ToT")
    _empty_cohort(demo_store, "Its cascade", parent_id=parent.id)
    with pytest.raises(Refused) as err:
        bk.delete_cohort(demo_store, parent.id)
    assert err.value.code == "cohort_has_children"
    assert demo_store.cohorts.get(parent.id)
