"""Records as they travel: domain objects to JSON members and back, with checks.

Every record keeps its UUID. Reading checks each record's fields and types and
that the set is self-contained (every reference points at a record it carries),
naming the member and the record when something is wrong.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import json
from dataclasses import dataclass, field

from assessor.delivery.assessments import Assessment
from assessor.delivery.marking import check_event
from assessor.people.cohorts import Cohort, Participant
from assessor.errors import InputError
from assessor.banks.images import StoredImage, check_image
from assessor.banks.questions import Bank, Question
from assessor.delivery.sessions import EVENT_KINDS, IN_PROGRESS, PHASES, SUBMITTED, VOIDED, AnswerEvent, Attempt, Session

MEMBERS = ("banks.json", "images.json", "questions.json", "assessments.json", "cohorts.json", "participants.json", "sessions.json",
           "attempts.json", "events.json")


@dataclass
class Records:
    """Everything one package or bundle carries."""

    banks: list[Bank] = field(default_factory=list)
    questions: list[Question] = field(default_factory=list)
    assessments: list[Assessment] = field(default_factory=list)
    cohorts: list[Cohort] = field(default_factory=list)
    participants: list[Participant] = field(default_factory=list)
    sessions: list[Session] = field(default_factory=list)
    attempts: list[Attempt] = field(default_factory=list)
    events: list[AnswerEvent] = field(default_factory=list)
    images: list[StoredImage] = field(default_factory=list)  # the images the questions show

    def counts(self) -> dict[str, int]:
        """How many records of each kind."""
        return {"banks": len(self.banks), "questions": len(self.questions), "assessments": len(self.assessments),
                "cohorts": len(self.cohorts), "participants": len(self.participants),
                "sessions": len(self.sessions), "attempts": len(self.attempts), "answer_events": len(self.events)}

    def time_range(self) -> dict[str, str | None]:
        """The first and last attempt times (None when there are no attempts)."""
        times = [a.started_at for a in self.attempts if a.started_at]
        times += [a.submitted_at for a in self.attempts if a.submitted_at]
        return {"first": min(times) if times else None, "last": max(times) if times else None}


def _dumps(items) -> bytes:
    return json.dumps(items, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _plain(obj, drop=()) -> dict:
    # Shallow on purpose: dataclasses.asdict deep-copies, which is slow for 100k events.
    return {f.name: _listify(getattr(obj, f.name)) for f in dataclasses.fields(obj) if f.name not in drop}


def _listify(value):
    if isinstance(value, tuple):
        return [_listify(v) for v in value]
    if isinstance(value, dict):
        return {k: _listify(v) for k, v in value.items()}
    return value


def to_members(records: Records) -> dict[str, bytes]:
    """The JSON members for ``records`` (one member per kind of record)."""
    events = [{"id": e.id, "attempt_id": e.attempt_id, "question_id": e.question_id, "kind": e.kind,
               "value": e.value, "at": e.at, "device_id": e.device_id} for e in records.events]
    return {
        "banks.json": _dumps([_plain(b, drop=("questions", "images")) for b in records.banks]),
        "questions.json": _dumps([{"id": q.id, "bank_id": q.bank_id, "version": q.version, "position": q.position,
                                   "content": q.content()} for q in records.questions]),
        "assessments.json": _dumps([_plain(a, drop=("locked",)) for a in records.assessments]),
        "cohorts.json": _dumps([_plain(c) for c in records.cohorts]),
        "participants.json": _dumps([_plain(p) for p in records.participants]),
        "sessions.json": _dumps([_plain(s) for s in records.sessions]),
        "attempts.json": _dumps([_plain(a) for a in records.attempts]),
        "events.json": _dumps(events),
        "images.json": _dumps([{"sha256": i.sha256, "data": base64.b64encode(i.data).decode("ascii")}
                               for i in records.images]),
    }


# -- reading --------------------------------------------------------------------
_TYPES = {"str": (str,), "int": (int,), "float": (int, float), "bool": (bool,), "tuple": (list,), "dict": (dict,),
          "object": (object,), "Text": (dict,)}


def _spec(cls) -> dict[str, tuple[tuple, bool, bool]]:
    """field -> (accepted JSON types, None allowed, required) from the dataclass annotations."""
    out = {}
    for f in dataclasses.fields(cls):
        parts = [p.strip() for p in str(f.type).split("|")]
        nullable = "None" in parts
        base = [p.split("[")[0] for p in parts if p != "None"][0]
        required = f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
        out[f.name] = (_TYPES.get(base, (object,)), nullable, required)
    return out


_SPECS: dict[type, dict] = {}


def _build(cls, data, where: str, drop=()):
    spec = _SPECS.get(cls)
    if spec is None:
        spec = _SPECS[cls] = _spec(cls)
    if not isinstance(data, dict):
        raise ValueError(f"{where} is not an object")
    unknown = set(data) - set(spec)
    if unknown:
        raise ValueError(f"{where} has an unknown field {sorted(unknown)[0]!r}")
    values = {}
    for name, (types, nullable, required) in spec.items():
        if name in drop:
            continue
        if name not in data:
            if required or name == "id":
                raise ValueError(f"{where} lacks the field {name!r}")
            continue
        value = data[name]
        if value is None:
            if not nullable:
                raise ValueError(f"{where} has no value for {name!r}")
        elif (not isinstance(value, types)) or (isinstance(value, bool) and bool not in types and object not in types):
            raise ValueError(f"{where} has a wrong type for {name!r}")
        if isinstance(value, list):
            value = tuple(value)
        values[name] = value
    if "id" in spec and not (isinstance(values.get("id"), str) and values["id"]):
        raise ValueError(f"{where} has an empty id")
    return cls(**values)


def _load(members: dict[str, bytes], name: str) -> list:
    try:
        items = json.loads(members[name].decode("utf-8"))
    except KeyError as exc:
        raise ValueError(f"member {name!r} is missing") from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValueError(f"member {name!r} is not valid JSON ({exc})") from exc
    if not isinstance(items, list):
        raise ValueError(f"member {name!r} is not a list of records")
    return items


def from_members(members: dict[str, bytes], path) -> Records:
    """Parse and check the data members of a verified container; InputError names file and record."""
    try:
        return _from_members(members)
    except ValueError as exc:
        raise InputError(f"{path}: {exc}; nothing was imported.", code="bad_records", file=str(path)) from exc


def _from_members(members: dict[str, bytes]) -> Records:
    r = Records()
    r.banks = [_build(Bank, d, f"banks.json record {i + 1}", drop=("questions", "images"))
               for i, d in enumerate(_load(members, "banks.json"))]
    for i, d in enumerate(_load(members, "questions.json")):
        where = f"questions.json record {i + 1}"
        if not isinstance(d, dict) or not isinstance(d.get("content"), dict):
            raise ValueError(f"{where} has no content")
        if not (isinstance(d.get("id"), str) and d["id"] and isinstance(d.get("bank_id"), str)
                and isinstance(d.get("version"), int) and not isinstance(d["version"], bool) and d["version"] >= 1):
            raise ValueError(f"{where} lacks a valid id, bank_id or version")
        # The question's place in its bank; a file written before banks kept their order has none.
        position = d.get("position", 0)
        if not (isinstance(position, int) and not isinstance(position, bool) and position >= 0):
            raise ValueError(f"{where} has a position that is not a whole number from 0")
        try:
            q = Question.from_content(d["content"], id=d["id"], version=d["version"], bank_id=d["bank_id"],
                                      position=position)
        except (TypeError, ValueError, AttributeError) as exc:
            raise ValueError(f"{where} has content that is not a question ({exc})") from exc
        if not isinstance(q.key, str) or not q.key:
            raise ValueError(f"{where} has no key")
        r.questions.append(q)
    r.assessments = [_build(Assessment, d, f"assessments.json record {i + 1}", drop=("locked",))
                     for i, d in enumerate(_load(members, "assessments.json"))]
    r.cohorts = [_build(Cohort, d, f"cohorts.json record {i + 1}") for i, d in enumerate(_load(members, "cohorts.json"))]
    r.participants = [_build(Participant, d, f"participants.json record {i + 1}")
                      for i, d in enumerate(_load(members, "participants.json"))]
    r.sessions = [_build(Session, d, f"sessions.json record {i + 1}")
                  for i, d in enumerate(_load(members, "sessions.json"))]
    attempts = []
    for i, d in enumerate(_load(members, "attempts.json")):
        a = _build(Attempt, d, f"attempts.json record {i + 1}")
        if not all(isinstance(v, list) for v in a.option_orders.values()):
            raise ValueError(f"attempts.json record {i + 1} has a wrong option order")
        attempts.append(dataclasses.replace(a, option_orders={k: tuple(v) for k, v in a.option_orders.items()}))
    r.attempts = attempts
    r.events = _events(_load(members, "events.json"))
    # Packages written before images existed have no images.json.
    r.images = [_image(d, i) for i, d in enumerate(_load(members, "images.json") if "images.json" in members else [])]
    _check_references(r)
    return r


def _image(d, i: int) -> StoredImage:
    """An image record, its bytes checked again (as from any other file) and its name matching its content."""
    where = f"images.json record {i + 1}"
    if not (isinstance(d, dict) and isinstance(d.get("sha256"), str) and isinstance(d.get("data"), str)):
        raise ValueError(f"{where} lacks its sha256 or data")
    try:
        data = base64.b64decode(d["data"], validate=True)
    except (binascii.Error, ValueError) as exc:
        raise ValueError(f"{where} is not valid base64") from exc
    try:
        image = check_image(data, d["sha256"][:16], where)
    except InputError as exc:
        raise ValueError(str(exc).rstrip(".")) from exc
    if image.sha256 != d["sha256"]:
        raise ValueError(f"{where} does not match its sha256 (the image was changed)")
    return image


def _events(items: list) -> list[AnswerEvent]:
    # Hand-written rather than _build, in one loop rather than a call per record: there can be a
    # hundred thousand of these.
    out = []
    append = out.append
    kinds = EVENT_KINDS
    for i, d in enumerate(items):
        try:
            attempt_id, question_id, kind, value, at, device_id, eid = (
                d["attempt_id"], d["question_id"], d["kind"], d["value"], d["at"], d["device_id"], d["id"])
        except (KeyError, TypeError) as exc:
            raise ValueError(f"events.json record {i + 1} lacks the field {exc}") from exc
        if not (type(eid) is str and eid and type(attempt_id) is str and type(question_id) is str
                and type(at) is str and at and type(device_id) is str and kind in kinds):
            raise ValueError(f"events.json record {i + 1} has a wrong field")
        append(AnswerEvent(attempt_id, question_id, kind, value, at, device_id, eid))
    return out


def _check_references(r: Records) -> None:
    def need(ids: set, ref, what: str, where: str):
        if ref not in ids:
            raise ValueError(f"{where} refers to {what} {ref} which the file does not carry")

    for kind, items in (("banks", r.banks), ("questions", r.questions), ("assessments", r.assessments),
                        ("cohorts", r.cohorts), ("participants", r.participants), ("sessions", r.sessions),
                        ("attempts", r.attempts), ("events", r.events)):
        seen = set()
        for item in items:
            if item.id in seen:
                raise ValueError(f"{kind} record {item.id} appears twice")
            seen.add(item.id)
    banks = {b.id for b in r.banks}
    questions = {q.id for q in r.questions}
    images = {i.sha256 for i in r.images}
    for q in r.questions:
        for ref in q.image_refs():
            need(images, ref, "image", f"question {q.id}")
    cohorts = {c.id for c in r.cohorts}
    for q in r.questions:
        need(banks, q.bank_id, "bank", f"question {q.id}")
    for a in r.assessments:
        for qid in a.question_ids:
            need(questions, qid, "question", f"assessment {a.id}")
    for p in r.participants:
        need(cohorts, p.cohort_id, "cohort", f"participant {p.id}")
    assessments = {a.id for a in r.assessments}
    for s in r.sessions:
        need(cohorts, s.cohort_id, "cohort", f"session {s.id}")
        need(assessments, s.assessment_id, "assessment", f"session {s.id}")
        if s.phase not in PHASES:
            raise ValueError(f"session {s.id} has an unknown phase {s.phase!r}")
    sessions = {s.id for s in r.sessions}
    participants = {p.id for p in r.participants}
    for a in r.attempts:
        need(sessions, a.session_id, "session", f"attempt {a.id}")
        need(participants, a.participant_id, "participant", f"attempt {a.id}")
        if a.status not in (IN_PROGRESS, SUBMITTED, VOIDED):
            raise ValueError(f"attempt {a.id} has an unknown status {a.status!r}")
        for qid in a.question_order:
            need(questions, qid, "question", f"attempt {a.id}")
    attempts = {a.id for a in r.attempts}
    by_id = {q.id: q for q in r.questions}
    for i, e in enumerate(r.events):
        if e.attempt_id not in attempts:
            raise ValueError(f"answer event {e.id} refers to attempt {e.attempt_id} which the file does not carry")
        if e.question_id not in questions:
            raise ValueError(f"answer event {e.id} refers to question {e.question_id} which the file does not carry")
        why = check_event(by_id[e.question_id], e.kind, e.value)
        if why:
            raise ValueError(f"events.json record {i + 1} (answer event {e.id}, question "
                             f"{by_id[e.question_id].key}) has a value that cannot fit its question: {why}")
