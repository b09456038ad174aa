"""One language of an existing bank from a single-language file (a translation imported by question key).

A bank written in English can get its Indonesian side from a file of the same questions in
Indonesian (any importable format: Moodle XML, GIFT, XLSX, QTI ...), matched by question key
(``idnumber``, GIFT ``[id:…]``, QTI identifier, the key column). Each question of the file
must match a question of the bank with the same type and the same shape (as many options,
pairs, distractors and numerical answers, in the same order); otherwise nothing is stored
and the refusal lists the questions that did not match. Matched questions get the file's
texts in that language (question, options, feedback, rationale, pairs, distractors); their
other languages, answers and credit stay as they are. Each changed question is saved as an
edit is (:meth:`Store.banks.save_question`: a new version when the old one has been
answered), all in one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from assessor.banks.bankio import parse_file, question_key
from assessor.banks.formats.interchange import ImportReport, to_question
from assessor.banks.questions import NumericAnswer, Option, Pair, Question, Text
from assessor.errors import InputError, NotFound
from assessor.safety.backup import auto_backup

LANGUAGES = ("en", "id")
"""The languages a bank's side may be imported in."""

SHOWN = 8
"""How many names a refusal lists before it says how many more there are."""


@dataclass
class TranslationSummary:
    """What importing one language into a bank changed: keys per outcome."""

    bank_id: str
    language: str
    updated: list[str] = field(default_factory=list)
    new_version: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)


def find_bank(store, ref: str):
    """The bank whose id or name (in any language) is ``ref``; :class:`NotFound` when there is none."""
    for bank in store.banks.list(include_archived=True):
        if ref == bank.id or ref in bank.name.values():
            return bank
    raise NotFound(f"no bank is called {ref!r}; `assessor bank list` shows the banks.", code="not_found")


def _with(old: Text, new: Text, lang: str) -> Text:
    """``old`` with its ``lang`` text from ``new`` (unchanged when ``new`` has none)."""
    text = new.get(lang, "")
    return {**old, lang: text} if text else dict(old)


def _shape(q: Question) -> tuple:
    return (q.type, len(q.options), q.answer if q.type == "truefalse" else None, len(q.numeric), len(q.pairs),
            len(q.distractors), len(q.scale))


def _difference(old: Question, new: Question) -> str:
    """Why ``new`` cannot be the other language of ``old`` ('' when it can)."""
    if old.type != new.type:
        return f"{old.type} in the bank, {new.type} in the file"
    for name, a, b in (("option", len(old.options), len(new.options)), ("pair", len(old.pairs), len(new.pairs)),
                       ("distractor", len(old.distractors), len(new.distractors)),
                       ("numerical answer", len(old.numeric), len(new.numeric)),
                       ("scale point", len(old.scale), len(new.scale))):
        if a != b:
            return f"{a} {name}(s) in the bank, {b} in the file"
    if old.type == "truefalse" and old.answer != new.answer:
        return "the correct answer differs"
    if old.type in ("single", "multiple", "short") and any(
            abs(a.fraction - b.fraction) > 1e-6 for a, b in zip(old.options, new.options)):
        return "the options' credit differs (are they in the same order?)"
    if old.type == "numerical" and any(abs(a.value - b.value) > 1e-9 for a, b in zip(old.numeric, new.numeric)):
        return "the numerical answers differ"
    return ""


def merged(old: Question, new: Question, lang: str) -> Question:
    """``old`` with every text of ``new`` in ``lang`` (``new`` must have ``old``'s shape)."""
    return replace(
        old,
        text=_with(old.text, new.text, lang),
        rationale=_with(old.rationale, new.rationale, lang) if old.rationale or new.rationale.get(lang) else {},
        objective=_with(old.objective, new.objective, lang) if old.objective or new.objective.get(lang) else {},
        options=tuple(Option(_with(a.text, b.text, lang), a.fraction, _with(a.feedback, b.feedback, lang))
                      for a, b in zip(old.options, new.options)),
        numeric=tuple(NumericAnswer(a.value, a.tolerance, a.fraction, _with(a.feedback, b.feedback, lang), a.other)
                      for a, b in zip(old.numeric, new.numeric)),
        pairs=tuple(Pair(_with(a.left, b.left, lang), _with(a.right, b.right, lang))
                    for a, b in zip(old.pairs, new.pairs)),
        distractors=tuple(_with(a, b, lang) for a, b in zip(old.distractors, new.distractors)),
        scale=tuple(_with(a, b, lang) for a, b in zip(old.scale, new.scale)),
    )


def _names(keys: list[str]) -> str:
    shown = ", ".join(keys[:SHOWN])
    return shown + (f" and {len(keys) - SHOWN} more" if len(keys) > SHOWN else "")


def apply_language(store, report: ImportReport, bank_ref: str, lang: str, source: str = "<file>") -> TranslationSummary:
    """Store the questions of ``report`` as the ``lang`` side of the bank ``bank_ref`` (all or nothing).

    Refuses (InputError ``import_errors``) a report with errors, (``translation_mismatch``) when a
    question of the file has no question with its key in the bank or a different shape, naming
    them, and (``bad_language``) a language other than en or id.
    """
    if lang not in LANGUAGES:
        raise InputError(f"{lang!r} is not a language of Assessor; use {' or '.join(LANGUAGES)}.", code="bad_language")
    bank = find_bank(store, bank_ref)
    if report.errors:
        first = report.errors[0]
        raise InputError(f"{source}, line {first.line}: {first.message} ({len(report.errors)} error(s); "
                         "nothing was imported).", code="import_errors")
    if not report.questions:
        raise InputError(f"{source}: no question could be read; nothing was imported.", code="no_questions")
    current = {q.key: q for q in store.banks.questions(bank.id)}
    prefix = "".join(ch for ch in Path(source).stem.upper() if ch.isalnum())[:12] or "Q"
    missing, different, pairs = [], [], []
    for parsed in report.questions:
        key = question_key(parsed, prefix)
        new = to_question(replace(parsed, lang=lang), key)  # the language asked for, whatever the file declares
        old = current.get(key)
        if old is None:
            missing.append(f"{key} (line {parsed.line})")
            continue
        why = _difference(old, new)
        if why:
            different.append(f"{key} ({why})")
            continue
        pairs.append((old, new))
    if missing or different:
        parts = []
        if missing:
            parts.append(f"{len(missing)} question(s) of the file are not in the bank: {_names(missing)}")
        if different:
            parts.append(f"{len(different)} differ from the bank's: {_names(different)}")
        raise InputError(f"{source}: {'; '.join(parts)}; nothing was imported.", code="translation_mismatch")
    summary = TranslationSummary(bank.id, lang)
    changed = [(old, merged(old, new, lang)) for old, new in pairs]
    if any(old.content_hash() != after.content_hash() for old, after in changed) or lang not in bank.languages:
        auto_backup(store, "before-import")
    with store.atomic():
        if lang not in bank.languages:
            store.banks.save_bank(replace(store.banks.get(bank.id, with_questions=False),
                                          languages=tuple(bank.languages) + (lang,)))
        for old, after in changed:
            if old.content_hash() == after.content_hash():
                summary.unchanged.append(old.key)
                continue
            _stored, versioned = store.banks.save_question(bank.id, replace(after, id="", version=1, bank_id=""))
            (summary.new_version if versioned else summary.updated).append(old.key)
        if summary.updated or summary.new_version:
            store.audit.log("bank.import", bank_id=bank.id, language=lang, translated=len(summary.updated),
                            new_version=len(summary.new_version))
    return summary


def import_language(store, path: str | Path, bank_ref: str, lang: str, fmt: str | None = None) -> tuple[ImportReport, TranslationSummary]:
    """Parse ``path`` (any import format) and store it as the ``lang`` side of ``bank_ref``."""
    report = parse_file(path, fmt)
    return report, apply_language(store, report, bank_ref, lang, source=str(path))


__all__ = ["apply_language", "import_language", "find_bank", "merged", "TranslationSummary"]
