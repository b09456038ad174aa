"""The native bank format: YAML with languages as keys (see docs/bank-format.md).

Loading is all or nothing: a file with any error loads no question, and every
error names the file, the question key, the field and the line.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path, PurePosixPath

import yaml

from assessor.errors import InputError
from assessor.textio import decode_text
from assessor.banks.images import StoredImage, check_image, media_kind, refuse_media
from assessor.banks.questions import (OPTION_LETTERS, QUESTION_TYPES, SCALE_POINTS, UNSCORED_TYPES, Bank, Option,
                                      Question, default_scale)

FORMAT = "assessor-bank/1"
NATIVE_TYPES = QUESTION_TYPES


@dataclass(frozen=True)
class Problem:
    """One validation error: where it is and what is wrong (``code`` for translation)."""

    file: str
    line: int | None
    key: str | None
    field: str | None
    code: str
    message: str

    def __str__(self) -> str:
        where = self.file + (f", line {self.line}" if self.line else "")
        if self.key:
            where += f", question {self.key}"
        if self.field:
            where += f", field {self.field}"
        return f"{where}: {self.message}"


class BankFormatError(InputError):
    """A bank file has errors; nothing from it was loaded."""

    code = "bank_invalid"

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        head = str(problems[0])
        more = f" (and {len(problems) - 1} more problem{'s' if len(problems) > 2 else ''})" if len(problems) > 1 else ""
        super().__init__(head + more)


def _lines(text: str):
    """Map from YAML paths (tuples of keys/indexes) to 1-based line numbers."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return {}
    table: dict[tuple, int] = {}

    def walk(node, path):
        table.setdefault(path, node.start_mark.line + 1)
        if isinstance(node, yaml.MappingNode):
            for k, v in node.value:
                key = k.value
                table[path + (key,)] = k.start_mark.line + 1
                walk(v, path + (key,))
        elif isinstance(node, yaml.SequenceNode):
            for i, v in enumerate(node.value):
                walk(v, path + (i,))

    if root is not None:
        walk(root, ())
    return table


class _Checker:
    def __init__(self, file: str, lines: dict, folder: Path | None = None):
        self.file, self.lines, self.problems = file, lines, []
        self.folder = folder  # where image paths are relative to (None: the text has no file)
        self.images: dict[str, StoredImage] = {}

    def image(self, path: tuple, key, field, value, place: str) -> str:
        """The SHA-256 of the image file ``value`` (a path relative to the bank file), or '' with a problem."""
        if value is None or value == "":
            return ""
        name = str(value)
        rel = PurePosixPath(name.replace("\\", "/"))
        if not isinstance(value, str) or rel.is_absolute() or ".." in rel.parts or ":" in name:
            self.add(path, key, field, "bad_image_path",
                     f"image {name!r} must be a path relative to the bank file's folder, inside it")
            return ""
        if self.folder is None:
            self.add(path, key, field, "bad_image_path", f"image {name!r} needs the bank file's folder to be read")
            return ""
        kind = media_kind(name)
        if kind and kind != "svg":  # audio, video or another picture type: refused by name, unread (SVG is drawn)
            self.add(path, key, field, "unsupported_media", str(refuse_media(kind, name, place)).rstrip("."))
            return ""
        try:
            image = check_image((self.folder / rel).read_bytes(), name, place)
        except OSError as exc:
            self.add(path, key, field, "unreadable_image", f"image {name} cannot be read ({exc.strerror})")
            return ""
        except InputError as exc:
            self.add(path, key, field, exc.code, str(exc).rstrip("."))
            return ""
        self.images[image.sha256] = image
        return image.sha256

    def add(self, path: tuple, key, field, code, message):
        line = None
        p = path
        while p and line is None:
            line = self.lines.get(p)
            p = p[:-1]
        self.problems.append(Problem(self.file, line or self.lines.get(()), key, field, code, message))


def parse_bank(text: str, file: str = "<bank>", folder: str | Path | None = None) -> Bank:
    """Parse and validate bank YAML text. Raises :class:`BankFormatError` listing every problem.

    Image paths (``image:`` of a question or an option) are read relative to ``folder``
    (the bank file's folder); without a folder a bank with images is refused.
    """
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else None
        reason = getattr(exc, "problem", None) or str(exc)
        raise BankFormatError([Problem(file, line, None, None, "yaml_syntax", f"not valid YAML ({reason})")]) from exc
    check = _Checker(file, _lines(text), Path(folder) if folder is not None else None)
    if not isinstance(data, dict):
        raise BankFormatError([Problem(file, 1, None, None, "not_a_bank", "the file is not an Assessor bank (expected a mapping with 'questions')")])
    if data.get("format") != FORMAT:
        check.add(("format",), None, "format", "bad_format", f"'format' must be {FORMAT!r}")
    languages = data.get("languages")
    if not (isinstance(languages, list) and languages and all(isinstance(x, str) and x for x in languages)):
        check.add(("languages",), None, "languages", "bad_languages", "'languages' must be a list of language codes such as [en, id]")
        languages = ["en"]
    topics = data.get("topics") or {}
    if not isinstance(topics, dict):
        check.add(("topics",), None, "topics", "bad_topics", "'topics' must map topic codes to names")
        topics = {}
    name = _text(data.get("name"))
    if not name:
        check.add(("name",), None, "name", "missing", "the bank needs a name")
    questions_data = data.get("questions")
    if not isinstance(questions_data, list) or not questions_data:
        check.add(("questions",), None, "questions", "no_questions", "the bank has no questions")
        questions_data = []
    questions, seen = [], {}
    for i, qd in enumerate(questions_data):
        q = _question(qd, ("questions", i), languages, topics, check)
        if q is None:
            continue
        if q.key in seen:
            check.add(("questions", i, "key"), q.key, "key", "duplicate_key", f"key {q.key} is used twice (first at question {seen[q.key] + 1})")
        seen.setdefault(q.key, i)
        questions.append(q)
    if check.problems:
        raise BankFormatError(check.problems)
    bank_id = str(data.get("id") or "")
    return Bank(
        name=name, languages=tuple(languages), description=_text(data.get("description")),
        notice=_text(data.get("notice")), topics={str(k): _text(v) for k, v in topics.items()},
        questions=tuple(q for q in questions), id=bank_id, images=tuple(check.images.values()),
    )


def _text(value) -> dict[str, str]:
    if value is None:
        return {}
    if isinstance(value, dict):
        return {str(k): str(v).strip() for k, v in value.items() if v is not None and str(v).strip()}
    return {"en": str(value).strip()} if str(value).strip() else {}


def _question(qd, path, languages, topics, check: _Checker) -> Question | None:
    if not isinstance(qd, dict):
        check.add(path, None, None, "not_a_question", f"question {path[1] + 1} is not a mapping")
        return None
    key = str(qd.get("key") or "").strip()
    if not key:
        check.add(path, None, "key", "missing", f"question {path[1] + 1} has no key")
        key = f"#{path[1] + 1}"
    qtype = qd.get("type")
    if qtype not in NATIVE_TYPES:
        check.add(path + ("type",), key, "type", "bad_type", f"type {qtype!r} is not one of {', '.join(NATIVE_TYPES)}")
        return None
    topic = str(qd.get("topic") or "")
    if topics and topic and topic not in topics:
        check.add(path + ("topic",), key, "topic", "unknown_topic", f"topic {topic!r} is not declared in 'topics'")

    # A question may declare fewer languages than the bank (a translation still to do):
    # then only those are required. Every text still needs at least one language.
    required = list(languages)
    if "languages" in qd:
        own = qd.get("languages")
        if not (isinstance(own, list) and all(isinstance(x, str) and x in languages for x in own)):
            check.add(path + ("languages",), key, "languages", "bad_languages",
                      "'languages' of a question must list some of the bank's languages")
        else:
            required = own

    def need_text(field_path, value, field_name, code="missing_text"):
        text = _text(value)
        missing = [lang for lang in required if not text.get(lang)]
        if missing:
            check.add(field_path, key, field_name, code, f"text missing in {', '.join(missing)}")
        elif not text:
            check.add(field_path, key, field_name, code, "text missing")
        return text

    text = need_text(path + ("text",), qd.get("text"), "text")
    image = check.image(path + ("image",), key, "image", qd.get("image"), f"question {key}")
    image_alt = _text(qd.get("image_alt"))
    if qtype == "description":
        for name in ("rationale", "answer", "answers", "pairs", "options", "blanks", "scale"):
            if name in qd:
                check.add(path + (name,), key, name, "unexpected_field", f"a description has no '{name}' (it asks nothing)")
        return Question(key=key, type=qtype, text=text, topic=topic, source=str(qd.get("source") or ""),
                        title=str(qd.get("title") or ""), tags=tuple(str(t) for t in (qd.get("tags") or ())),
                        image=image, image_alt=image_alt)
    if qtype in UNSCORED_TYPES:
        return replace(_unscored(qd, path, key, qtype, text, topic, languages, check, need_text),
                       image=image, image_alt=image_alt)
    # The rationale is optional (imported questions often have none); when given, it
    # needs every language the question needs.
    rationale = need_text(path + ("rationale",), qd.get("rationale"), "rationale") if qd.get("rationale") else {}
    options: list[Option] = []
    answer = None
    numeric = ()
    pairs = ()
    blanks = ()
    distractors: tuple = ()
    if qtype in ("single", "multiple", "short"):
        raw = qd.get("options")
        if not isinstance(raw, list) or (qtype != "short" and len(raw) < 2) or not raw:
            check.add(path + ("options",), key, "options", "too_few_options",
                      "needs at least two options" if qtype != "short" else "needs at least one accepted answer")
            raw = raw if isinstance(raw, list) else []
        if len(raw) > len(OPTION_LETTERS):
            check.add(path + ("options",), key, "options", "too_many_options", "has more than 26 options")
        for j, od in enumerate(raw):
            opath = path + ("options", j)
            if not isinstance(od, dict):
                check.add(opath, key, f"options[{j + 1}]", "bad_option", f"option {j + 1} is not a mapping")
                continue
            oimage = check.image(opath + ("image",), key, f"options[{j + 1}].image", od.get("image"),
                                 f"question {key}, option {OPTION_LETTERS[j % 26]}")
            if qtype != "short" and od.get("image") and not od.get("text"):
                otext = {}  # a picture alone is the option
            elif qtype == "short":
                otext = _text(od.get("text"))
                if not otext:
                    check.add(opath, key, f"options[{j + 1}]", "missing_text", f"accepted answer {j + 1} has no text")
            else:
                otext = need_text(opath + ("text",), od.get("text"), f"options[{OPTION_LETTERS[j % 26]}].text")
            if "fraction" in od:
                fraction = od.get("fraction")
                if not isinstance(fraction, (int, float)) or isinstance(fraction, bool) or not -1 <= fraction <= 1:
                    check.add(opath + ("fraction",), key, "fraction", "bad_fraction", f"fraction {fraction!r} is not a number from -1 to 1")
                    fraction = 0.0
            else:
                fraction = 1.0 if od.get("correct") is True else (1.0 if qtype == "short" else 0.0)
            options.append(Option(otext, float(fraction), _text(od.get("feedback")), oimage,
                                  _text(od.get("image_alt"))))
        n_correct = sum(o.correct for o in options)
        # Single choice: one option with full credit; others may earn partial credit (as in Moodle).
        n_full = sum(o.fraction >= 1 - 1e-9 for o in options)
        if qtype == "single" and n_full != 1:
            check.add(path + ("options",), key, "options", "no_correct" if n_full == 0 else "several_correct",
                      "a single-choice question needs exactly one correct option" + (f" (has {n_full})" if n_full else " (has none)"))
        if qtype == "multiple":
            if n_correct == 0:
                check.add(path + ("options",), key, "options", "no_correct", "a multiple-response question needs at least one correct option (has none)")
            elif n_correct == len(options):
                check.add(path + ("options",), key, "options", "all_correct", "a multiple-response question needs at least one wrong option")
        if qtype == "short" and n_correct == 0:
            check.add(path + ("options",), key, "options", "no_correct", "a short-answer question needs an accepted answer with positive credit")
        if "answer" in qd:
            check.add(path + ("answer",), key, "answer", "unexpected_field", "'answer' is only for true/false questions")
    elif qtype == "truefalse":
        answer = qd.get("answer")
        if not isinstance(answer, bool):
            check.add(path + ("answer",), key, "answer", "no_correct", "a true/false question needs 'answer: true' or 'answer: false'")
        if qd.get("options"):
            check.add(path + ("options",), key, "options", "unexpected_field", "a true/false question has no options")
    elif qtype == "numerical":
        from assessor.banks.questions import NumericAnswer

        raw = qd.get("answers") or []
        found = []
        for j, ad in enumerate(raw if isinstance(raw, list) else []):
            try:
                other = ad.get("other") is True
                found.append(NumericAnswer(0.0 if other else float(ad["value"]), float(ad.get("tolerance", 0)),
                                           float(ad.get("fraction", 0 if other else 1)), _text(ad.get("feedback")),
                                           other))
            except (KeyError, TypeError, ValueError):
                check.add(path + ("answers", j), key, f"answers[{j + 1}]", "bad_answer", "a numerical answer needs a number 'value' (and optional 'tolerance')")
        if not found:
            check.add(path + ("answers",), key, "answers", "no_correct", "a numerical question needs at least one answer")
        elif not any(a.fraction > 0 for a in found):
            check.add(path + ("answers",), key, "answers", "no_correct",
                      "a numerical question needs an answer with positive credit")
        numeric = tuple(found)
    elif qtype == "cloze":
        blanks = _blanks(qd, path, key, text, check, need_text)
    elif qtype == "matching":
        from assessor.banks.questions import Pair

        raw = qd.get("pairs") or []
        found = []
        for j, pd in enumerate(raw if isinstance(raw, list) else []):
            if not isinstance(pd, dict):
                check.add(path + ("pairs", j), key, f"pairs[{j + 1}]", "bad_pair", "a pair needs 'left' and 'right'")
                continue
            left = need_text(path + ("pairs", j, "left"), pd.get("left"), f"pairs[{j + 1}].left")
            right = need_text(path + ("pairs", j, "right"), pd.get("right"), f"pairs[{j + 1}].right")
            found.append(Pair(left, right))
        if len(found) < 2:
            check.add(path + ("pairs",), key, "pairs", "too_few_pairs", "a matching question needs at least two pairs")
        pairs = tuple(found)
        raw = qd.get("distractors") or []
        if not isinstance(raw, list):
            check.add(path + ("distractors",), key, "distractors", "bad_pair",
                      "'distractors' is a list of extra right-hand texts")
            raw = []
        distractors = tuple(need_text(path + ("distractors", j), t, f"distractors[{j + 1}]") for j, t in enumerate(raw))
    return Question(
        key=key, type=qtype, text=text, topic=topic, objective=_text(qd.get("objective")),
        options=tuple(options), answer=answer, numeric=numeric, pairs=pairs, blanks=blanks, distractors=distractors,
        case_sensitive=bool(qd.get("case_sensitive", False)), rationale=rationale,
        source=str(qd.get("source") or ""), title=str(qd.get("title") or ""),
        tags=tuple(str(t) for t in (qd.get("tags") or ())), image=image, image_alt=image_alt,
    )


_BLANK_MESSAGES = {
    "blank_markers": "the text must mark every blank exactly once ({#1}, {#2}, ...)",
    "bad_weight": "a blank's weight must be 0 or more, and not every weight 0",
    "too_few_options": "a choice blank needs at least two options",
    "no_correct": "the blank has no answer with positive credit",
}


def _blanks(qd, path, key, text, check: _Checker, need_text) -> tuple:
    """The blanks of a cloze question (see docs/bank-format.md), each checked where it is written."""
    from assessor.banks.questions import BLANK_DISPLAYS, BLANK_KINDS, Blank, NumericAnswer, Question, check_blanks

    raw = qd.get("blanks")
    if not isinstance(raw, list) or not raw:
        check.add(path + ("blanks",), key, "blanks", "no_blanks", "a cloze question needs a list of 'blanks'")
        return ()
    found = []
    for j, bd in enumerate(raw):
        bpath, where = path + ("blanks", j), f"blanks[{j + 1}]"
        if not isinstance(bd, dict) or bd.get("kind") not in BLANK_KINDS:
            check.add(bpath, key, where, "bad_blank", f"blank {j + 1} needs 'kind': one of {', '.join(BLANK_KINDS)}")
            continue
        kind, display = bd["kind"], bd.get("display", "dropdown")
        if display not in BLANK_DISPLAYS:
            check.add(bpath + ("display",), key, where, "bad_blank", f"'display' is one of {', '.join(BLANK_DISPLAYS)}")
            display = "dropdown"
        weight = bd.get("weight", 1)
        if not isinstance(weight, (int, float)) or isinstance(weight, bool):
            check.add(bpath + ("weight",), key, where, "bad_weight", f"weight {weight!r} is not a number")
            weight = 1
        options, numeric = [], []
        if kind == "numerical":
            for i, ad in enumerate(bd.get("answers") or []):
                try:
                    other = ad.get("other") is True
                    numeric.append(NumericAnswer(0.0 if other else float(ad["value"]), float(ad.get("tolerance", 0)),
                                                 float(ad.get("fraction", 0 if other else 1)),
                                                 _text(ad.get("feedback")), other))
                except (AttributeError, KeyError, TypeError, ValueError):
                    check.add(bpath + ("answers", i), key, f"{where}.answers[{i + 1}]", "bad_answer",
                              "a numerical answer needs a number 'value' (and optional 'tolerance')")
        else:
            for i, od in enumerate(bd.get("options") or []):
                opath = bpath + ("options", i)
                if not isinstance(od, dict):
                    check.add(opath, key, f"{where}.options[{i + 1}]", "bad_option", f"option {i + 1} is not a mapping")
                    continue
                otext = (need_text(opath + ("text",), od.get("text"), f"{where}.options[{i + 1}].text")
                         if kind == "choice" else _text(od.get("text")))
                if not otext:
                    check.add(opath, key, f"{where}.options[{i + 1}]", "missing_text", "an answer has no text")
                fraction = od.get("fraction", 1.0 if od.get("correct") is True or
                                  (kind == "short" and "correct" not in od) else 0.0)
                if not isinstance(fraction, (int, float)) or isinstance(fraction, bool) or not -1 <= fraction <= 1:
                    check.add(opath + ("fraction",), key, "fraction", "bad_fraction",
                              f"fraction {fraction!r} is not a number from -1 to 1")
                    fraction = 0.0
                options.append(Option(otext, float(fraction), _text(od.get("feedback"))))
        found.append(Blank(kind, float(weight), tuple(options), tuple(numeric), bool(bd.get("case_sensitive", False)),
                           display, bool(bd.get("shuffle", False))))
    if len(found) == len(raw):
        for problem in check_blanks(Question(key, "cloze", text, blanks=tuple(found))):
            where = path + (("blanks", int(problem.field[7:-1]) - 1) if problem.field.startswith("blanks[")
                            else (problem.field,))
            check.add(where, key, problem.field, problem.code,
                      _BLANK_MESSAGES.get(problem.code, problem.code) + (f" ({problem.lang})" if problem.lang else ""))
    return tuple(found)


def _blank_yaml(b) -> dict:
    d: dict = {"kind": b.kind}
    if b.weight != 1:
        d["weight"] = int(b.weight) if float(b.weight).is_integer() else b.weight
    if b.kind == "choice":
        if b.display != "dropdown":
            d["display"] = b.display
        if b.shuffle:
            d["shuffle"] = True
    if b.case_sensitive:
        d["case_sensitive"] = True
    if b.kind == "numerical":
        answers = []
        for a in b.numeric:
            ad = {"other": True} if a.other else {"value": a.value, "tolerance": a.tolerance}
            ad["fraction"] = a.fraction
            if a.feedback:
                ad["feedback"] = dict(a.feedback)
            answers.append(ad)
        d["answers"] = answers
    else:
        opts = []
        for o in b.options:
            od: dict = {"text": dict(o.text), "fraction": o.fraction}
            if o.feedback:
                od["feedback"] = dict(o.feedback)
            opts.append(od)
        d["options"] = opts
    return d


def _unscored(qd, path, key, qtype, text, topic, languages, check: _Checker, need_text) -> Question:
    """A course-evaluation item: a scale (rating, retro), options without a correct one (choice), or none."""
    for name in ("rationale", "answer", "answers", "pairs", "correct"):
        if name in qd:
            check.add(path + (name,), key, name, "unexpected_field", f"a {qtype} item has no '{name}' (it is not scored)")
    scale: tuple = ()
    options: list[Option] = []
    if qtype in ("rating", "retro"):
        raw = qd.get("scale", 5)
        if isinstance(raw, int) and not isinstance(raw, bool):
            if raw in SCALE_POINTS:
                scale = default_scale(raw, qtype)
            else:
                check.add(path + ("scale",), key, "scale", "bad_scale",
                          f"a scale has {', '.join(map(str, SCALE_POINTS))} points, not {raw}")
        elif isinstance(raw, list) and len(raw) in SCALE_POINTS:
            labels = [_text(x) for x in raw]
            for end in (0, len(labels) - 1):
                need_text(path + ("scale", end), raw[end], f"scale[{end + 1}]", "missing_scale_label")
            scale = tuple(labels)
        else:
            check.add(path + ("scale",), key, "scale", "bad_scale",
                      f"'scale' must be a number of points ({', '.join(map(str, SCALE_POINTS))}) or a list of that many labels")
    elif qtype == "choice":
        raw = qd.get("options")
        if not isinstance(raw, list) or len(raw) < 2:
            check.add(path + ("options",), key, "options", "too_few_options", "needs at least two options")
            raw = raw if isinstance(raw, list) else []
        if len(raw) > len(OPTION_LETTERS):
            check.add(path + ("options",), key, "options", "too_many_options", "has more than 26 options")
        for j, od in enumerate(raw[: len(OPTION_LETTERS)]):
            opath = path + ("options", j)
            if not isinstance(od, dict):
                check.add(opath, key, f"options[{j + 1}]", "bad_option", f"option {j + 1} is not a mapping")
                continue
            if "correct" in od or "fraction" in od:
                check.add(opath, key, f"options[{OPTION_LETTERS[j]}]", "unexpected_correct",
                          "a choice item has no correct option")
            options.append(Option(need_text(opath + ("text",), od.get("text"), f"options[{OPTION_LETTERS[j]}].text")))
    elif "options" in qd:
        check.add(path + ("options",), key, "options", "unexpected_field", f"a {qtype} item has no options")
    return Question(key=key, type=qtype, text=text, topic=topic, objective=_text(qd.get("objective")),
                    options=tuple(options), scale=scale, source=str(qd.get("source") or ""),
                    title=str(qd.get("title") or ""), tags=tuple(str(t) for t in (qd.get("tags") or ())))


def load_bank_file(path: str | Path) -> Bank:
    """Read and validate a bank file (all or nothing)."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror}).", code="unreadable") from exc
    return parse_bank(decode_text(data).text, str(path), path.parent)  # the shared detector: BOM, UTF-16, cp1252


def _complete_languages(q: Question, languages) -> list[str]:
    """The bank languages in which every text of ``q`` that the validator requires is given."""
    texts = [q.text, q.rationale] if q.rationale else [q.text]
    if q.type in ("single", "multiple"):
        texts += [o.text for o in q.options if not (o.image and not o.text)]
    if q.type == "matching":
        texts += [t for p in q.pairs for t in (p.left, p.right)] + list(q.distractors)
    if q.type == "cloze":
        texts += [o.text for b in q.blanks if b.kind == "choice" for o in b.options]
    return [lang for lang in languages if all(t.get(lang) for t in texts)]


def image_paths(questions, images, folder: str) -> dict[str, str]:
    """Per image SHA-256 that ``questions`` show, its path relative to the bank file: ``folder/<name>``."""
    return {ref: f"{folder}/{images[ref].file_name()}" for q in questions for ref in q.image_refs() if ref in images}


def dump_bank(bank: Bank, image_paths: dict[str, str] | None = None) -> str:
    """The bank as native YAML (readable by :func:`parse_bank`).

    ``image_paths`` gives, per image SHA-256, the file (relative to the YAML file) that the
    caller writes beside it; an image without a path is left out of the text.
    """
    paths = image_paths or {}

    def with_image(d: dict, owner) -> dict:
        if owner.image and owner.image in paths:
            d["image"] = paths[owner.image]
            if owner.image_alt:
                d["image_alt"] = dict(owner.image_alt)
        return d

    questions = []
    for q in bank.questions:
        d: dict = {"key": q.key, "type": q.type, "topic": q.topic}
        if q.title:
            d["title"] = q.title
        if q.objective:
            d["objective"] = dict(q.objective)
        own = _complete_languages(q, bank.languages)
        if own != list(bank.languages):
            d["languages"] = own
        d["text"] = dict(q.text)
        with_image(d, q)
        if q.type == "choice":
            d["options"] = [{"text": dict(o.text)} for o in q.options]
        elif q.type in ("rating", "retro"):
            d["scale"] = q.points if q.scale == default_scale(q.points, q.type) else [dict(x) for x in q.scale]
        elif q.type in ("single", "multiple", "short"):
            opts = []
            for o in q.options:
                od: dict = with_image({"text": dict(o.text)} if o.text or not o.image else {}, o)
                if o.fraction in (0.0, 1.0) and q.type != "short":
                    if o.fraction == 1.0:
                        od["correct"] = True
                else:
                    od["fraction"] = o.fraction
                if o.feedback:
                    od["feedback"] = dict(o.feedback)
                opts.append(od)
            d["options"] = opts
            if q.case_sensitive:
                d["case_sensitive"] = True
        elif q.type == "truefalse":
            d["answer"] = bool(q.answer)
        elif q.type == "numerical":
            answers = []
            for a in q.numeric:
                ad = {"other": True} if a.other else {"value": a.value, "tolerance": a.tolerance}
                ad["fraction"] = a.fraction
                if a.feedback:
                    ad["feedback"] = dict(a.feedback)
                answers.append(ad)
            d["answers"] = answers
        elif q.type == "matching":
            d["pairs"] = [{"left": dict(p.left), "right": dict(p.right)} for p in q.pairs]
            if q.distractors:
                d["distractors"] = [dict(t) for t in q.distractors]
        elif q.type == "cloze":
            d["blanks"] = [_blank_yaml(b) for b in q.blanks]
        if q.rationale:
            d["rationale"] = dict(q.rationale)
        if q.source:
            d["source"] = q.source
        if q.tags:
            d["tags"] = list(q.tags)
        questions.append(d)
    doc = {"format": FORMAT}
    if bank.id:
        doc["id"] = bank.id
    doc.update({"name": dict(bank.name), "description": dict(bank.description), "notice": dict(bank.notice),
                "languages": list(bank.languages), "topics": {k: dict(v) for k, v in bank.topics.items()},
                "questions": questions})
    return yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=100)
