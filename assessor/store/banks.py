"""Question banks and question versions in the database."""

from __future__ import annotations

from dataclasses import dataclass, replace

from assessor.errors import NotFound, Refused
from assessor.ids import new_id, now, stable_id
from assessor.banks.images import StoredImage
from assessor.banks.questions import Bank, Question
from assessor.store._rows import dumps, loads, row, rows


@dataclass(frozen=True)
class BankImportSummary:
    """What storing a bank changed: question keys that were new, changed (new version) or unchanged."""

    bank_id: str
    new: tuple[str, ...] = ()
    new_version: tuple[str, ...] = ()
    unchanged: tuple[str, ...] = ()


def question_version_id(bank_id: str, key: str, content_hash: str) -> str:
    """Same bank, key and content give the same id on every laptop (bundles then merge)."""
    return stable_id("question", bank_id, key, content_hash)


class BankRepo:
    def __init__(self, store):
        self.store = store
        self.db = store.db

    # -- banks -----------------------------------------------------------
    def _bank(self, r: dict, questions: tuple[Question, ...] = ()) -> Bank:
        return Bank(
            name=loads(r["name"], {}),
            languages=tuple(loads(r["languages"], [])),
            description=loads(r["description"], {}),
            notice=loads(r["notice"], {}),
            topics=loads(r["topics"], {}),
            questions=questions,
            id=r["id"],
            archived=bool(r["archived"]),
        )

    def list(self, include_archived: bool = False) -> list[Bank]:
        """Banks without their questions (cheap, for lists)."""
        found = rows(self.store, "SELECT * FROM banks WHERE archived <= ? ORDER BY created_at", [int(include_archived)])
        return [self._bank(r) for r in found]

    def get(self, bank_id: str, with_questions: bool = True) -> Bank:
        """The bank ``bank_id`` (with its current questions unless ``with_questions`` is False); NotFound otherwise."""
        r = row(self.store, "SELECT * FROM banks WHERE id = ?", [bank_id])
        if r is None:
            raise NotFound(f"There is no question bank with id {bank_id}.")
        questions = tuple(self.questions(bank_id)) if with_questions else ()
        return self._bank(r, questions)

    def save_bank(self, bank: Bank) -> Bank:
        """Create or update the bank's own fields (not its questions)."""
        bank_id = bank.id or new_id()
        record = {
            "id": bank_id,
            "name": dumps(bank.name),
            "languages": dumps(list(bank.languages)),
            "description": dumps(bank.description),
            "notice": dumps(bank.notice),
            "topics": dumps(bank.topics),
            "archived": int(bank.archived),
        }
        with self.store.atomic():
            if self.db["banks"].count_where("id = ?", [bank_id]):
                self.db["banks"].update(bank_id, record)
            else:
                self.db["banks"].insert({**record, "created_at": now()})
        return replace(bank, id=bank_id)

    def unchanged(self, bank: Bank) -> bool:
        """Whether importing ``bank`` would change nothing: its record and every question's
        content are already stored as they are."""
        if not bank.id:
            return False
        r = row(self.store, "SELECT * FROM banks WHERE id = ?", [bank.id])
        if r is None:
            return False
        stored = self._bank(r, ())
        if (stored.name, tuple(stored.languages), stored.description, stored.notice, stored.topics,
                stored.archived) != (bank.name, tuple(bank.languages), bank.description, bank.notice, bank.topics,
                                     bank.archived):
            return False
        for q in bank.questions:
            latest = self._latest(bank.id, q.key)
            if latest is None or latest.content_hash() != q.content_hash():
                return False
        return True

    def import_bank(self, bank: Bank) -> BankImportSummary:
        """Store a bank and all its questions in one transaction.

        Importing the same content again changes nothing (no write, no audit entry); a
        question whose content changed becomes a new version (older versions stay,
        results keep pointing at them). Bank order: a new bank takes the order of
        ``bank.questions`` (the file's); in a bank already stored, every question keeps its
        place (a new version too) and new questions follow the last, in the given order.
        """
        if self.unchanged(bank):
            return BankImportSummary(bank.id, (), (), tuple(q.key for q in bank.questions))
        new, changed, same = [], [], []
        with self.store.atomic():
            self.add_images(bank.images)
            self._check_images(bank.questions)
            saved = self.save_bank(bank)
            last = self._last_position(saved.id)
            for q in bank.questions:
                latest = self._latest(saved.id, q.key)
                if latest is not None and latest.content_hash() == q.content_hash():
                    same.append(q.key)
                    continue
                if latest is None:
                    last += 1
                self._insert_version(saved.id, q, (latest.version + 1) if latest else 1,
                                     latest.position if latest else last)
                (changed if latest else new).append(q.key)
            self.store.audit.log("bank.import", bank_id=saved.id, new=len(new), new_version=len(changed))
        return BankImportSummary(saved.id, tuple(new), tuple(changed), tuple(same))

    def duplicate(self, bank_id: str, name: dict[str, str]) -> Bank:
        """A copy of the bank (current versions only) under a new id and name."""
        original = self.get(bank_id)
        copy = replace(original, id=new_id(), name=name, archived=False,
                       questions=tuple(replace(q, id="", version=1, bank_id="") for q in original.questions))
        self.import_bank(copy)
        return self.get(copy.id)

    def delete(self, bank_id: str) -> None:
        """Delete a bank that no assessment uses; otherwise refuse (archive instead)."""
        used = row(
            self.store,
            "SELECT count(*) AS n FROM assessment_items ai JOIN questions q ON q.id = ai.question_id "
            "WHERE q.bank_id = ?",
            [bank_id],
        )
        if used and used["n"]:
            raise Refused("This bank is used by an assessment and cannot be deleted; archive it instead.",
                          code="bank_in_use")
        shown = {ref for q in self.questions(bank_id, current_only=False) for ref in q.image_refs()}
        with self.store.atomic():
            self.db.execute("DELETE FROM questions WHERE bank_id = ?", [bank_id])
            self.db.execute("DELETE FROM banks WHERE id = ?", [bank_id])
            # Its images go too, unless a question of another bank shows the same picture.
            for ref in sorted(shown):
                others = rows(self.store, "SELECT * FROM questions WHERE instr(body, ?) > 0", [ref])
                if not any(ref in self._question(r).image_refs() for r in others):
                    self.db.execute("DELETE FROM images WHERE sha256 = ?", [ref])
            self.store.audit.log("bank.delete", bank_id=bank_id)

    def archive(self, bank_id: str, archived: bool = True) -> None:
        """Hide the bank from lists (or show it again); nothing is deleted."""
        with self.store.atomic():
            self.db["banks"].update(bank_id, {"archived": int(archived)})

    # -- images --------------------------------------------------------------
    def add_images(self, images) -> None:
        """Store checked images (:class:`StoredImage`); one already stored is kept as it is."""
        with self.store.atomic():
            for image in images:
                self.db.execute(
                    "INSERT OR IGNORE INTO images (sha256, mime, width, height, data, created_at) "
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    [image.sha256, image.mime, image.width, image.height, image.data, now()])

    def image(self, sha256: str) -> StoredImage:
        """The stored image with this SHA-256; NotFound otherwise."""
        r = row(self.store, "SELECT * FROM images WHERE sha256 = ?", [sha256])
        if r is None:
            raise NotFound(f"There is no stored image {sha256}.", code="image_not_found")
        return StoredImage(r["sha256"], r["mime"], r["width"], r["height"], bytes(r["data"]))

    def images(self, questions) -> dict[str, StoredImage]:
        """The stored images that ``questions`` show, by SHA-256 (one query)."""
        refs = list(dict.fromkeys(ref for q in questions for ref in q.image_refs()))
        if not refs:
            return {}
        found = rows(self.store, "SELECT * FROM images WHERE sha256 IN (SELECT value FROM json_each(?))",
                     [dumps(refs)])
        return {r["sha256"]: StoredImage(r["sha256"], r["mime"], r["width"], r["height"], bytes(r["data"]))
                for r in found}

    def _check_images(self, questions) -> None:
        """Refuse questions that show an image this database does not hold (nothing is stored)."""
        for q in questions:
            refs = q.image_refs()
            if refs and len(self.images([q])) < len(refs):
                raise Refused(f"Question {q.key} shows an image that is not stored with it; nothing was imported.",
                              code="image_missing", key=q.key)

    # -- questions -----------------------------------------------------------
    def _question(self, r: dict) -> Question:
        return Question.from_content(loads(r["body"]), id=r["id"], version=r["version"], bank_id=r["bank_id"],
                                     position=r["position"])

    def questions(self, bank_id: str, current_only: bool = True) -> list[Question]:
        """Questions of a bank in bank order (the file's order at import, questions added later last);
        only the newest version of each key by default, else every version, oldest first, per question."""
        if current_only:
            found = rows(
                self.store,
                "SELECT q.* FROM questions q JOIN (SELECT key, max(version) AS v FROM questions "
                "WHERE bank_id = ? GROUP BY key) m ON m.key = q.key AND m.v = q.version "
                "WHERE q.bank_id = ? ORDER BY q.position, q.key",
                [bank_id, bank_id],
            )
        else:
            found = rows(self.store, "SELECT * FROM questions WHERE bank_id = ? ORDER BY position, key, version",
                         [bank_id])
        return [self._question(r) for r in found]

    def _last_position(self, bank_id: str) -> int:
        """The highest position used in the bank (0 when it has no question)."""
        r = row(self.store, "SELECT max(position) AS p FROM questions WHERE bank_id = ?", [bank_id])
        return (r["p"] if r else None) or 0

    def question(self, question_id: str) -> Question:
        """The question version ``question_id``; NotFound otherwise."""
        r = row(self.store, "SELECT * FROM questions WHERE id = ?", [question_id])
        if r is None:
            raise NotFound(f"There is no question version with id {question_id}.")
        return self._question(r)

    def questions_by_id(self, ids) -> dict[str, Question]:
        """The question versions with these ids (one query, ids bound as a JSON list)."""
        found = rows(self.store, "SELECT * FROM questions WHERE id IN (SELECT value FROM json_each(?))",
                     [dumps(list(dict.fromkeys(ids)))])
        return {r["id"]: self._question(r) for r in found}

    def versions(self, bank_id: str, key: str) -> list[Question]:
        """Every stored version of one question, oldest first (the history)."""
        found = rows(self.store, "SELECT * FROM questions WHERE bank_id = ? AND key = ? ORDER BY version",
                     [bank_id, key])
        return [self._question(r) for r in found]

    def _latest(self, bank_id: str, key: str) -> Question | None:
        r = row(self.store, "SELECT * FROM questions WHERE bank_id = ? AND key = ? ORDER BY version DESC LIMIT 1",
                [bank_id, key])
        return self._question(r) if r else None

    def is_answered(self, question_id: str) -> bool:
        """Whether this exact version is frozen: answered in an attempt, or on a form that a
        session uses (its text is then part of results or of a locked form)."""
        r = row(
            self.store,
            "SELECT EXISTS(SELECT 1 FROM answer_events WHERE question_id = ?) OR EXISTS("
            "SELECT 1 FROM sessions s JOIN assessment_items ai ON ai.assessment_id = s.assessment_id "
            "WHERE ai.question_id = ?) AS used",
            [question_id, question_id],
        )
        return bool(r and r["used"])

    def save_question(self, bank_id: str, question: Question) -> tuple[Question, bool]:
        """Store an edited or new question; returns (stored version, made_new_version).

        A frozen version (see :meth:`is_answered`) is never edited in place: the edit
        becomes a new version. Any other version is replaced in place, under an id derived
        from its new content, and the unlocked forms that list it follow: two laptops that
        edit the same question differently then never share an id for different texts.
        """
        with self.store.atomic():
            self._check_images([question])
            latest = self._latest(bank_id, question.key)
            if latest is None:  # a new question goes after the last one of its bank
                return self._insert_version(bank_id, question, 1, self._last_position(bank_id) + 1), False
            if latest.content_hash() == question.content_hash():
                return latest, False
            if self.is_answered(latest.id):
                return self._insert_version(bank_id, question, latest.version + 1, latest.position), True
            digest = question.content_hash()
            new = question_version_id(bank_id, question.key, digest)
            if self.db["questions"].count_where("id = ?", [new]):
                new = new_id()
            # The forms' rows point at the old id until the end of the transaction.
            self.db.execute("PRAGMA defer_foreign_keys = ON")
            self.db.execute(
                "UPDATE questions SET id = ?, type = ?, topic = ?, body = ?, content_hash = ? WHERE id = ?",
                [new, question.type, question.topic, question.to_json(), digest, latest.id],
            )
            self.db.execute("UPDATE assessment_items SET question_id = ? WHERE question_id = ?", [new, latest.id])
            return replace(question, id=new, version=latest.version, bank_id=bank_id, position=latest.position), False

    def _insert_version(self, bank_id: str, question: Question, version: int, position: int) -> Question:
        digest = question.content_hash()
        qid = question_version_id(bank_id, question.key, digest)
        if self.db["questions"].count_where("id = ?", [qid]):
            # The same content existed as an older version (an edit was undone): make it distinct.
            qid = new_id()
        self.db["questions"].insert(
            {
                "id": qid,
                "bank_id": bank_id,
                "key": question.key,
                "version": version,
                "type": question.type,
                "topic": question.topic,
                "body": question.to_json(),
                "content_hash": digest,
                "created_at": now(),
                "position": position,
            }
        )
        return replace(question, id=qid, version=version, bank_id=bank_id, position=position)

    def insert_question_version(self, question: Question) -> bool:
        """Store a question version exactly as given (id, version, bank) if it is not there.

        Used by packages and bundles, where versions travel with their ids. Returns
        True when it was new. Its place in the bank: that of its question's other versions when
        the bank has them, else the position it travels with, else after the bank's last question
        (an older bundle carries no positions).
        """
        if self.db["questions"].count_where("id = ?", [question.id]):
            return False
        r = row(self.store, "SELECT position FROM questions WHERE bank_id = ? AND key = ? ORDER BY version DESC LIMIT 1",
                [question.bank_id, question.key])
        position = r["position"] if r else question.position or self._last_position(question.bank_id) + 1
        self.db["questions"].insert(
            {"id": question.id, "bank_id": question.bank_id, "key": question.key, "version": question.version,
             "type": question.type, "topic": question.topic, "body": question.to_json(),
             "content_hash": question.content_hash(), "created_at": now(), "position": position}
        )
        return True
