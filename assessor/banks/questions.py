"""Question banks and questions: the content that tests are made of.

A question is identified by its human ``key`` (``CPCT-LEG-03``) and a ``version``.
Each version has its own UUID. A version that has been answered in any attempt is
never changed: an edit makes a new version, and results stay tied to the exact
version that was shown (see ``Store.banks.save_question``).

Text that a participant reads is a mapping language code -> text (``{"en": ..., "id": ...}``).
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field, fields
from typing import Mapping

from assessor.banks.images import StoredImage

SCORED_TYPES = ("single", "multiple", "truefalse", "short", "numerical", "matching", "cloze", "essay")
"""Question types of knowledge tests that earn marks (an essay's mark is given by a facilitator)."""

MANUAL_TYPES = ("essay",)
"""Scored types that are not auto-scored: the facilitator reads the answer and gives its mark later.
Until then the question is *pending*: it has no mark, so the score leaves it out (and says so)."""

BLANK_KINDS = ("short", "numerical", "choice")
"""What a blank of a cloze question asks for: typed text, a number, or one of its options."""

BLANK_DISPLAYS = ("dropdown", "vertical", "horizontal")
"""How a choice blank is shown: a drop-down in the text, or radio buttons in a column or a row."""

UNSCORED_TYPES = ("rating", "choice", "comment", "retro")
"""Course-evaluation types, never scored: a rating scale, a single choice without a correct
answer, an open comment, and a retrospective self-assessment (then / now on one scale)."""

INFO_TYPES = ("description",)
"""Items that ask nothing: a description is text between questions (instructions, a case to read),
shown on its own screen, in a knowledge test or a course evaluation, never scored or counted."""

QUESTION_TYPES = SCORED_TYPES + UNSCORED_TYPES + INFO_TYPES

SCALE_POINTS = (4, 5, 7, 10)
"""The sizes a rating scale may have."""

COMMENT_MAX = 2000
"""The longest comment a participant may write (characters)."""

AGREEMENT_SCALES: dict[int, tuple[dict[str, str], ...]] = {
    4: ({"en": "Strongly disagree", "id": "Sangat tidak setuju"}, {"en": "Disagree", "id": "Tidak setuju"},
        {"en": "Agree", "id": "Setuju"}, {"en": "Strongly agree", "id": "Sangat setuju"}),
    5: ({"en": "Strongly disagree", "id": "Sangat tidak setuju"}, {"en": "Disagree", "id": "Tidak setuju"},
        {"en": "Neither agree nor disagree", "id": "Netral"}, {"en": "Agree", "id": "Setuju"},
        {"en": "Strongly agree", "id": "Sangat setuju"}),
    7: ({"en": "Strongly disagree", "id": "Sangat tidak setuju"}, {"en": "Disagree", "id": "Tidak setuju"},
        {"en": "Somewhat disagree", "id": "Agak tidak setuju"}, {"en": "Neither agree nor disagree", "id": "Netral"},
        {"en": "Somewhat agree", "id": "Agak setuju"}, {"en": "Agree", "id": "Setuju"},
        {"en": "Strongly agree", "id": "Sangat setuju"}),
    10: ({"en": "Not at all", "id": "Sama sekali tidak"},) + ({},) * 8 + ({"en": "Completely", "id": "Sepenuhnya"},),
}
"""Default agreement labels (Likert) per scale size; a 10-point scale labels its ends only."""

KNOWLEDGE_SCALE: tuple[dict[str, str], ...] = (
    {"en": "Very low", "id": "Sangat rendah"}, {"en": "Low", "id": "Rendah"}, {"en": "Moderate", "id": "Sedang"},
    {"en": "High", "id": "Tinggi"}, {"en": "Very high", "id": "Sangat tinggi"})
"""Default labels of a retrospective self-assessment ("my knowledge of this topic was / is ...")."""

OPTION_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"

# The option keys of a question with n options, n = 0..26, made once: marking an import reads them
# for every answer event, and building the tuple each time was a tenth of that marking.
_KEYS_FOR = tuple(tuple(OPTION_LETTERS[:n]) for n in range(len(OPTION_LETTERS) + 1))

Text = dict[str, str]


def localized(text: Mapping[str, str] | None, lang: str, fallback: str = "en") -> str:
    """The text in ``lang``, else in ``fallback``, else in any language, else ''."""
    if not text:
        return ""
    if text.get(lang):
        return text[lang]
    if text.get(fallback):
        return text[fallback]
    return next((t for t in text.values() if t), "")


@dataclass(frozen=True)
class Option:
    """A choice of a single/multiple question, or an accepted short answer.

    ``fraction`` is the credit for choosing it, from -1 to 1 (Moodle's grade); an
    option is correct when its fraction is positive.
    """

    text: Text
    fraction: float = 0.0
    feedback: Text = field(default_factory=dict)
    image: str = ""  # SHA-256 of a stored image (assessor.banks.images), or ''
    image_alt: Text = field(default_factory=dict)

    @property
    def correct(self) -> bool:
        """Whether choosing this option earns any credit."""
        return self.fraction > 0


@dataclass(frozen=True)
class NumericAnswer:
    """An accepted numerical answer: ``value`` ± ``tolerance`` earns ``fraction``.

    ``other`` marks Moodle's catch-all ``*`` (GIFT ``~#feedback``): any number matches
    it, and it is tried after the others; it usually earns 0 and only carries feedback.
    """

    value: float
    tolerance: float = 0.0
    fraction: float = 1.0
    feedback: Text = field(default_factory=dict)
    other: bool = False


@dataclass(frozen=True)
class Pair:
    """One pair of a matching question: the participant picks ``right`` for ``left``."""

    left: Text
    right: Text


@dataclass(frozen=True)
class Blank:
    """One blank of a cloze question (Moodle's embedded answers): ``{#n}`` in the text marks where it goes.

    ``weight`` is its share of the question's mark (Moodle's sub-question grade): a question
    with blanks of weight 1 and 2 gives the second blank two thirds of its mark.
    - ``short``: ``options`` are accepted answers (``*`` wildcard), ``case_sensitive`` off by default;
    - ``numerical``: ``numeric`` answers;
    - ``choice``: ``options`` to choose one of (keys A, B, ...), shown as ``display``, in
      random order when ``shuffle``.
    """

    kind: str
    weight: float = 1.0
    options: tuple[Option, ...] = ()
    numeric: tuple[NumericAnswer, ...] = ()
    case_sensitive: bool = False
    display: str = "dropdown"
    shuffle: bool = False

    @property
    def option_keys(self) -> tuple[str, ...]:
        """The letters of a choice blank's options in order (A, B, C, ...)."""
        return _KEYS_FOR[len(self.options)]


BLANK_MARKER = "{{#{}}}"
"""Where blank ``n`` (1-based) sits in a cloze question's text: ``{#1}``, ``{#2}``, ..."""


@dataclass(frozen=True)
class Question:
    """One version of a question.

    Type-specific content:
    - ``single``/``multiple``: ``options`` (keys are letters by position, A, B, ...);
    - ``truefalse``: ``answer`` (True or False);
    - ``short``: ``options`` hold accepted answers (text may use ``*`` as wildcard),
      ``case_sensitive`` off by default;
    - ``numerical``: ``numeric`` answers;
    - ``matching``: ``pairs`` (at least two), and ``distractors``: extra right-hand options that
      belong to no left-hand item (shown among the choices, never correct);
    - ``cloze``: ``blanks`` (see :class:`Blank`), each marked ``{#1}``, ``{#2}``, ... in every
      language's text; its mark is the weighted mean of the blanks' marks;
    - ``rating``: ``scale``, one label per point (4, 5, 7 or 10 points; inner labels may be empty);
    - ``choice``: ``options`` with no correct answer (fractions 0);
    - ``comment``: open text, at most :data:`COMMENT_MAX` characters;
    - ``retro``: ``scale`` as for rating, answered twice: before the training (then) and now;
      ``topic`` names the topic of the knowledge test it rates.
    - ``essay``: open text, marked later by a facilitator (:data:`MANUAL_TYPES`); ``rationale``
      may hold a model answer or marking guide for the facilitator;
    - ``description``: text only (:data:`INFO_TYPES`), nothing to answer.
    The unscored types (:data:`UNSCORED_TYPES`, :data:`INFO_TYPES`) carry no rationale and no correct answer.

    The stem and each option may show an image: ``image`` is the SHA-256 of its checked
    bytes (stored once per database, see ``Store.banks.image``), ``image_alt`` its text
    alternative. Both are part of the content hash.
    """

    key: str
    type: str
    text: Text
    topic: str = ""
    objective: Text = field(default_factory=dict)
    options: tuple[Option, ...] = ()
    answer: bool | None = None
    numeric: tuple[NumericAnswer, ...] = ()
    pairs: tuple[Pair, ...] = ()
    case_sensitive: bool = False
    rationale: Text = field(default_factory=dict)
    source: str = ""
    title: str = ""
    tags: tuple[str, ...] = ()
    scale: tuple[Text, ...] = ()
    blanks: tuple[Blank, ...] = ()
    distractors: tuple[Text, ...] = ()
    image: str = ""  # SHA-256 of the stem's stored image (assessor.banks.images), or ''
    image_alt: Text = field(default_factory=dict)
    id: str = ""
    version: int = 1
    bank_id: str = ""
    # Where the question stands in its bank (bank order: the file's order at import, new questions
    # last), 1-based; 0 when it is not stored. Not content: moving a question changes no hash.
    position: int = 0

    # -- derived ---------------------------------------------------------
    @property
    def scored(self) -> bool:
        """Whether answers earn marks (knowledge items) or are only described (course evaluation)."""
        return self.type not in UNSCORED_TYPES and self.type not in INFO_TYPES

    @property
    def manual(self) -> bool:
        """Whether a facilitator gives the mark (an essay) instead of the automatic marking."""
        return self.type in MANUAL_TYPES

    @property
    def asks(self) -> bool:
        """Whether the item asks for an answer (a description does not)."""
        return self.type not in INFO_TYPES

    @property
    def points(self) -> int:
        """The number of points of a rating or retrospective scale (0 for other types)."""
        return len(self.scale)

    @property
    def right_options(self) -> tuple[Text, ...]:
        """The right-hand options of a matching question: the pairs' right sides in order (option ``j``
        is the right answer of pair ``j``), then the distractors."""
        return tuple(p.right for p in self.pairs) + tuple(self.distractors)

    @property
    def option_keys(self) -> tuple[str, ...]:
        """The letters of the options in order (A, B, C, ...)."""
        return _KEYS_FOR[len(self.options)]

    @property
    def correct_keys(self) -> tuple[str, ...]:
        """Letters of the correct options (single/multiple), else ()."""
        if self.type not in ("single", "multiple"):
            return ()
        return tuple(k for k, o in zip(self.option_keys, self.options) if o.correct)

    def image_refs(self) -> tuple[str, ...]:
        """The SHA-256 of every image the question shows (stem first, then options), each once."""
        return tuple(dict.fromkeys(ref for ref in (self.image, *(o.image for o in self.options)) if ref))

    def languages(self) -> set[str]:
        """Languages in which the question text is given."""
        return {lang for lang, t in self.text.items() if t}

    def content(self) -> dict:
        """Everything that makes up the question's content (not its identity, nor its place in the bank).

        Fields added after the first release are left out while they hold their
        default, so the hash of an unchanged older question stays the same.
        """
        data = _compact(self)
        for name in ("id", "version", "bank_id", "position"):
            data.pop(name)
        for name in ("scale", "blanks", "distractors"):  # absent where unused: older content hashes stay as they were
            if not data[name]:
                data.pop(name)
        return data

    def content_hash(self) -> str:
        """SHA-256 of the content: equal hashes mean an unchanged question."""
        blob = json.dumps(self.content(), sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(blob.encode("utf-8")).hexdigest()

    def to_json(self) -> str:
        """The content as canonical JSON (sorted keys), the form that is stored and hashed."""
        return json.dumps(self.content(), sort_keys=True, ensure_ascii=False)

    @classmethod
    def from_content(cls, data: Mapping, **identity) -> "Question":
        """Inverse of :meth:`content` (plus ``id``/``version``/``bank_id``/``position``)."""
        d = dict(data)
        d["options"] = tuple(Option(**o) for o in d.get("options", ()))
        d["numeric"] = tuple(NumericAnswer(**n) for n in d.get("numeric", ()))
        d["pairs"] = tuple(Pair(**p) for p in d.get("pairs", ()))
        d["tags"] = tuple(d.get("tags", ()))
        d["scale"] = tuple(dict(label) for label in d.get("scale", ()))
        d["blanks"] = tuple(_blank_from(b) for b in d.get("blanks", ()))
        d["distractors"] = tuple(dict(t) for t in d.get("distractors", ()))
        if "image_alt" in d:
            d["image_alt"] = dict(d["image_alt"])
        return cls(**d, **identity)


def _blank_from(data: Mapping) -> Blank:
    b = dict(data)
    b["options"] = tuple(Option(**o) for o in b.get("options", ()))
    b["numeric"] = tuple(NumericAnswer(**n) for n in b.get("numeric", ()))
    return Blank(**b)


# Later fields and their defaults (see Question.content).
_LATER_FIELDS = {"other": False, "image": "", "image_alt": {}}


def _compact(value):
    # Plain data for JSON, read from the fields directly: dataclasses.asdict deep-copies every
    # value first, which was most of the cost of a content hash. The result is the same as
    # compacting asdict's (the hashes of stored questions and travelled files must not change):
    # a dataclass becomes a dict of its fields, tuples and lists become lists, and a field added
    # later is left out while it holds its default.
    if hasattr(type(value), "__dataclass_fields__"):
        value = {f.name: getattr(value, f.name) for f in fields(value)}
    if isinstance(value, dict):
        return {k: _compact(v) for k, v in value.items()
                if not (k in _LATER_FIELDS and v == _LATER_FIELDS[k])}
    if isinstance(value, (list, tuple)):
        return [_compact(v) for v in value]
    return value


@dataclass(frozen=True)
class Bank:
    """A named collection of questions with the languages it declares."""

    name: Text
    languages: tuple[str, ...] = ("en", "id")
    description: Text = field(default_factory=dict)
    notice: Text = field(default_factory=dict)
    topics: dict[str, Text] = field(default_factory=dict)
    questions: tuple[Question, ...] = ()
    id: str = ""
    archived: bool = False
    # The images its questions show, when they travel with the bank (import, packages);
    # a bank read from the store leaves them there (``Store.banks.images``).
    images: tuple[StoredImage, ...] = ()

    def topic_label(self, topic: str, lang: str) -> str:
        """The topic's label in ``lang``, or the topic key when it has none."""
        return localized(self.topics.get(topic), lang) or topic


@dataclass(frozen=True)
class Problem:
    """Something wrong with a question being edited: ``error`` blocks saving, ``warning`` does not."""

    severity: str  # "error" | "warning"
    code: str
    field: str
    lang: str = ""


def check_question(q: Question, languages) -> list[Problem]:
    """The problems of a question as the bank format sees them, for the editor.

    Errors: no key, no text at all, too few options, an option text missing in a
    declared language, no correct answer. Warnings: question text, rationale or
    learning objective missing in a declared language (a translation still to do).
    """
    found: list[Problem] = []
    if not q.scored:
        return _check_unscored(q, languages)
    if not q.key.strip():
        found.append(Problem("error", "missing_key", "key"))
    if not q.languages():
        found.append(Problem("error", "missing_text", "text"))
    for name, value in (("text", q.text), ("rationale", q.rationale), ("objective", q.objective)):
        for lang in languages:
            if (value or name == "text") and not (value or {}).get(lang):
                if name == "text" and not q.languages():
                    continue
                found.append(Problem("warning", "missing_translation", name, lang))
    if q.type in ("single", "multiple"):
        if len(q.options) < 2:
            found.append(Problem("error", "too_few_options", "options"))
        for letter, o in zip(q.option_keys, q.options):
            for lang in languages:
                if not o.text.get(lang) and not o.image:  # an option may be a picture alone
                    found.append(Problem("error", "missing_option_text", f"options[{letter}]", lang))
        n_correct = sum(o.correct for o in q.options)
        n_full = sum(o.fraction >= 1 - 1e-9 for o in q.options)
        if n_correct == 0 or (q.type == "single" and n_full == 0):
            found.append(Problem("error", "no_correct", "options"))
        elif q.type == "single" and n_full > 1:
            found.append(Problem("error", "several_correct", "options"))
        elif q.type == "multiple" and n_correct == len(q.options):
            found.append(Problem("error", "all_correct", "options"))
    elif q.type == "truefalse" and q.answer is None:
        found.append(Problem("error", "no_correct", "answer"))
    elif q.type == "short" and not any(o.correct for o in q.options):
        found.append(Problem("error", "no_correct", "options"))
    elif q.type == "numerical" and not q.numeric:
        found.append(Problem("error", "no_correct", "answers"))
    elif q.type == "matching" and len(q.pairs) < 2:
        found.append(Problem("error", "too_few_pairs", "pairs"))
    elif q.type == "cloze":
        found += check_blanks(q)
    return found


def blank_markers(text: str) -> list[int]:
    """The blank numbers marked in ``text`` (``{#2} ... {#1}`` gives [2, 1])."""
    return [int(m) for m in re.findall(r"\{#(\d+)\}", text or "")]


def check_blanks(q: Question) -> list[Problem]:
    """The errors of a cloze question's blanks: none, a text that does not mark each blank exactly
    once, an unknown kind or display, a weight below 0 or all weights 0, a blank that nothing can
    answer correctly, a choice blank with fewer than two options."""
    found: list[Problem] = []
    if not q.blanks:
        return [Problem("error", "no_blanks", "blanks")]
    want = list(range(1, len(q.blanks) + 1))
    for lang, text in q.text.items():
        if text and sorted(blank_markers(text)) != want:
            found.append(Problem("error", "blank_markers", "text", lang))
    if sum(b.weight for b in q.blanks) <= 0:
        found.append(Problem("error", "bad_weight", "blanks"))
    for i, b in enumerate(q.blanks, start=1):
        where = f"blanks[{i}]"
        if b.kind not in BLANK_KINDS or b.display not in BLANK_DISPLAYS:
            found.append(Problem("error", "bad_blank", where))
            continue
        if b.weight < 0:
            found.append(Problem("error", "bad_weight", where))
        if b.kind == "choice" and len(b.options) < 2:
            found.append(Problem("error", "too_few_options", where))
        if b.kind == "numerical":
            if not any(a.fraction > 0 for a in b.numeric):
                found.append(Problem("error", "no_correct", where))
        elif not any(o.correct for o in b.options):
            found.append(Problem("error", "no_correct", where))
    return found


def _check_unscored(q: Question, languages) -> list[Problem]:
    """Problems of a course-evaluation item: no correct answer anywhere, a valid scale; a warning for a
    then/now item without a topic (its change is reported per topic of the knowledge test)."""
    found: list[Problem] = []
    if not q.key.strip():
        found.append(Problem("error", "missing_key", "key"))
    if not q.languages():
        found.append(Problem("error", "missing_text", "text"))
    else:
        found += [Problem("warning", "missing_translation", "text", lang) for lang in languages if not q.text.get(lang)]
    if q.type == "retro" and not q.topic.strip():
        found.append(Problem("warning", "missing_topic", "topic"))
    if q.type in ("rating", "retro"):
        if q.points not in SCALE_POINTS:
            found.append(Problem("error", "bad_scale", "scale"))
        else:
            for end in (0, q.points - 1):
                for lang in languages:
                    if not q.scale[end].get(lang):
                        found.append(Problem("error", "missing_scale_label", f"scale[{end + 1}]", lang))
    if q.type == "choice":
        if len(q.options) < 2:
            found.append(Problem("error", "too_few_options", "options"))
        if any(o.fraction for o in q.options):
            found.append(Problem("error", "unexpected_correct", "options"))
        for letter, o in zip(q.option_keys, q.options):
            for lang in languages:
                if not o.text.get(lang):
                    found.append(Problem("error", "missing_option_text", f"options[{letter}]", lang))
    return found


def default_scale(points: int, kind: str = "rating") -> tuple[Text, ...]:
    """The default labels: agreement for a rating of ``points`` points, knowledge levels for ``retro``."""
    if kind == "retro" and points == len(KNOWLEDGE_SCALE):
        return tuple(dict(x) for x in KNOWLEDGE_SCALE)
    if points not in AGREEMENT_SCALES:
        raise ValueError(f"a scale has {', '.join(map(str, SCALE_POINTS))} points, not {points}")
    return tuple(dict(x) for x in AGREEMENT_SCALES[points])
