"""Cohorts and their rosters in the database."""

from __future__ import annotations

import secrets
from dataclasses import asdict, replace

from assessor.people.cohorts import SEXES, Cohort, Participant
from assessor.errors import InputError, NotFound, Refused
from assessor.ids import new_id, now
from assessor.store._rows import dumps, loads, row, rows

CODE_ALPHABET = "ACDEFHJKMNPRTUVWXY3479"  # no look-alikes (0/O, 1/I/L, 2/Z, 5/S, 6/G, 8/B)


class CohortRepo:
    def __init__(self, store):
        self.store = store
        self.db = store.db

    # -- cohorts -----------------------------------------------------------
    @staticmethod
    def _cohort(r: dict) -> Cohort:
        return Cohort(
            name=r["name"], organisation=r["organisation"] or "", location=r["location"] or "",
            start_date=r["start_date"] or "", end_date=r["end_date"] or "",
            trainers=tuple(loads(r["trainers"], [])), parent_id=r["parent_id"], id=r["id"],
            archived=bool(r["archived"]), demo=bool(r.get("demo") or 0),
        )

    def list(self, include_archived: bool = False) -> list[Cohort]:
        """The cohorts by start date and name (archived ones only when asked for)."""
        found = rows(self.store, "SELECT * FROM cohorts WHERE archived <= ? ORDER BY start_date, name",
                     [int(include_archived)])
        return [self._cohort(r) for r in found]

    def get(self, cohort_id: str) -> Cohort:
        """The cohort ``cohort_id``; NotFound otherwise."""
        r = row(self.store, "SELECT * FROM cohorts WHERE id = ?", [cohort_id])
        if r is None:
            raise NotFound(f"There is no cohort with id {cohort_id}.")
        return self._cohort(r)

    def by_name(self, name: str) -> Cohort:
        """The cohort named ``name``; NotFound (code ``no_cohort``) otherwise."""
        r = row(self.store, "SELECT * FROM cohorts WHERE name = ? ORDER BY start_date DESC LIMIT 1", [name])
        if r is None:
            raise NotFound(f"There is no cohort named {name!r}.", code="no_cohort")
        return self._cohort(r)

    def save(self, cohort: Cohort) -> Cohort:
        """Create or update a cohort after checking its name, dates and parent; returns it as stored."""
        if not cohort.name.strip():
            raise InputError("A cohort needs a name.", code="name_required")
        if cohort.start_date and cohort.end_date and cohort.end_date < cohort.start_date:
            raise InputError(f"Cohort {cohort.name!r} ends ({cohort.end_date}) before it starts ({cohort.start_date}).",
                             code="bad_dates")
        cid = cohort.id or new_id()
        if cohort.parent_id == cid:
            raise InputError("A cohort cannot be its own parent.", code="bad_parent")
        record = {
            "id": cid, "name": cohort.name.strip(), "organisation": cohort.organisation,
            "location": cohort.location, "start_date": cohort.start_date, "end_date": cohort.end_date,
            "trainers": dumps(list(cohort.trainers)), "parent_id": cohort.parent_id or None,
            "archived": int(cohort.archived), "demo": int(cohort.demo),
        }
        with self.store.atomic():
            if self.db["cohorts"].count_where("id = ?", [cid]):
                self.db["cohorts"].update(cid, record)
            else:
                self.db["cohorts"].insert({**record, "created_at": now()})
        return self.get(cid)

    def archive(self, cohort_id: str, archived: bool = True) -> None:
        """Hide the cohort from lists (or show it again); roster, sessions and results are kept."""
        with self.store.atomic():
            self.db["cohorts"].update(cohort_id, {"archived": int(archived)})
            self.store.audit.log("cohort.archive", cohort_id=cohort_id, archived=archived)


    def has_real_cohorts(self) -> bool:
        """Whether the database holds any cohort that is not demo data (archived ones count)."""
        found = row(self.store, "SELECT EXISTS (SELECT 1 FROM cohorts WHERE demo = 0) AS found")
        return bool(found and found["found"])

    def has_results(self, cohort_id: str) -> bool:
        """Whether any session of the cohort holds an attempt or a course-evaluation response."""
        found = row(
            self.store,
            "SELECT EXISTS (SELECT 1 FROM attempts a JOIN sessions s ON s.id = a.session_id WHERE s.cohort_id = ?)"
            " OR EXISTS (SELECT 1 FROM evaluation_responses e JOIN sessions s ON s.id = e.session_id"
            " WHERE s.cohort_id = ?)"
            " OR EXISTS (SELECT 1 FROM evaluation_takers t JOIN sessions s ON s.id = t.session_id"
            " WHERE s.cohort_id = ?) AS found",
            [cohort_id, cohort_id, cohort_id],
        )
        return bool(found and found["found"])

    def check_deletable(self, cohort_id: str) -> Cohort:
        """The cohort, when it may be deleted; refuses one with results or with cascade cohorts."""
        cohort = self.get(cohort_id)
        if self.has_results(cohort_id):
            raise Refused(f"Cohort {cohort.name!r} has results and cannot be deleted; archive it instead.",
                          code="cohort_has_results")
        if self.db["cohorts"].count_where("parent_id = ?", [cohort_id]):
            raise Refused(f"Cohort {cohort.name!r} is the parent of other cohorts and cannot be deleted; "
                          "archive it instead.", code="cohort_has_children")
        return cohort

    def delete(self, cohort_id: str, **audit_details) -> None:
        """Delete a cohort without results: its roster and its empty sessions go with it.

        A cohort with results (or with cascade cohorts) is refused; archive it instead. The
        roster's names are overwritten on disk too (``secure_delete``, WAL checkpoint).
        """
        self.db.execute("PRAGMA secure_delete = ON")
        with self.store.atomic():
            self.check_deletable(cohort_id)
            self.db.execute("DELETE FROM sessions WHERE cohort_id = ?", [cohort_id])
            self.db.execute("DELETE FROM participants WHERE cohort_id = ?", [cohort_id])
            self.db.execute("DELETE FROM cohorts WHERE id = ?", [cohort_id])
            self.store.audit.log("cohort.delete", cohort_id=cohort_id, **audit_details)
        self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    # -- participants ---------------------------------------------------------
    @staticmethod
    def _participant(r: dict) -> Participant:
        return Participant(cohort_id=r["cohort_id"], code=r["code"], name=r["name"] or "", sex=r["sex"] or "not_stated",
                           organisation=r["organisation"] or "", role=r["role"] or "", id=r["id"],
                           erased=bool(r["erased"]))

    def participants(self, cohort_id: str) -> list[Participant]:
        """The cohort's roster in code order."""
        found = rows(self.store, "SELECT * FROM participants WHERE cohort_id = ? ORDER BY code", [cohort_id])
        return [self._participant(r) for r in found]

    def participant(self, participant_id: str) -> Participant:
        """The participant ``participant_id``; NotFound otherwise."""
        r = row(self.store, "SELECT * FROM participants WHERE id = ?", [participant_id])
        if r is None:
            raise NotFound(f"There is no participant with id {participant_id}.")
        return self._participant(r)

    def participant_by_code(self, cohort_id: str, code: str) -> Participant | None:
        """The participant of the cohort with ``code`` (any case), or None."""
        r = row(self.store, "SELECT * FROM participants WHERE cohort_id = ? AND upper(code) = upper(?)",
                [cohort_id, code.strip()])
        return self._participant(r) if r else None

    def new_code(self, cohort_id: str, length: int = 5) -> str:
        """A short random code not yet used in the cohort (no look-alike characters)."""
        while True:
            code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(length))
            if self.participant_by_code(cohort_id, code) is None:
                return code

    def add_participants(self, cohort_id: str, people: list[Participant]) -> list[Participant]:
        """Add roster entries in one transaction; codes are generated when empty.

        A duplicate code (within the list or against the roster) or an unknown sex
        refuses the whole list, naming the entry.
        """
        self.get(cohort_id)
        existing = {p.code.upper() for p in self.participants(cohort_id)}
        seen: set[str] = set()
        saved = []
        with self.store.atomic():
            for n, person in enumerate(people, start=1):
                code = person.code.strip() or self.new_code(cohort_id)
                if code.upper() in existing or code.upper() in seen:
                    raise InputError(f"Entry {n}: participant code {code!r} is already on the roster.",
                                     code="duplicate_code", entry=n)
                if person.sex not in SEXES:
                    raise InputError(f"Entry {n}: sex {person.sex!r} is not one of {', '.join(SEXES)}.",
                                     code="bad_sex", entry=n)
                seen.add(code.upper())
                p = replace(person, cohort_id=cohort_id, code=code, id=person.id or new_id())
                record = asdict(p)
                record["erased"] = int(record["erased"])
                self.db["participants"].insert({**record, "created_at": now()})
                saved.append(p)
        return saved

    def update_participant(self, person: Participant) -> Participant:
        """Correct a roster entry's name, sex, organisation and role (its code stays); audited."""
        if person.sex not in SEXES:
            raise InputError(f"Sex {person.sex!r} is not one of {', '.join(SEXES)}.", code="bad_sex")
        with self.store.atomic():
            self.db["participants"].update(person.id, {"name": person.name, "sex": person.sex,
                                                       "organisation": person.organisation, "role": person.role})
            # Who, not the new values: the audit log holds no personal data.
            self.store.audit.log("participant.edit", participant_id=person.id, code=person.code)
        return self.participant(person.id)

    def holds_personal_data(self, participant_id: str) -> bool:
        """Whether this database still holds the participant's name or personal fields."""
        return bool(self.db["participants"].count_where(
            "id = ? AND (erased = 0 OR name != '' OR organisation != '' OR role != '')", [participant_id]))

    def erase_participant(self, participant_id: str, **audit_details) -> Participant:
        """Right to erasure: remove name and personal fields; results stay under the code.

        The old values are overwritten on disk too (``secure_delete``, WAL checkpoint), so
        they cannot be read back from the file's free pages.
        """
        self.db.execute("PRAGMA secure_delete = ON")
        with self.store.atomic():
            self.db["participants"].update(participant_id, {"name": "", "sex": "not_stated", "organisation": "",
                                                            "role": "", "erased": 1})
            self.store.audit.log("participant.erase", participant_id=participant_id, **audit_details)
        self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return self.participant(participant_id)

