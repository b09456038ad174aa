"""IMS QTI 2.1: import single items or content packages, export a content package.

QTI 1.2 documents (``<questestinterop>``, bare or listed in a package's manifest as
``imsqti_xmlv1p2`` or Blackboard ``x-bb-qti-*`` resources) are read by :mod:`qti12`.

Import reads ``assessmentItem`` documents whose body holds one interaction: a
``choiceInteraction`` (single response for cardinality ``single``, multiple response for
``multiple``), a ``textEntryInteraction`` (short answer; numerical for a float or integer
response), one ``inlineChoiceInteraction`` (single choice), a ``matchInteraction`` or
``associateInteraction`` (matching) or an ``orderInteraction`` (matching of each choice to its
position 1, 2, 3 ...); several text entries and inline choices, or a gap match, are a cloze
question. Items with any other interaction, or several of other kinds, are reported as skipped
with the cause. A content package is
a zip with ``imsmanifest.xml`` whose ``imsqti_item_xmlv2p*`` resources name the items; the
zip is checked by :mod:`safezip` before anything is read. Lines are lines in the item
file; for packages, messages start with the member's path.

Export writes one item per single, multiple or true/false question (as a
``choiceInteraction`` scored with the ``match_correct`` template), short answer and numerical
question (a ``textEntryInteraction``), matching question (a ``matchInteraction``), essay (an
unclassed ``extendedTextInteraction``) and cloze question (one paragraph with a text entry or inline
choice per blank, see :func:`_cloze_xml`)
in one language, with the general feedback as a ``modalFeedback`` shown after any answer, and
returns the questions it could not express (or express only in part: the answers' feedback, the
other languages, what a blank cannot hold), each named.

Course evaluation: a rating (one ``simpleChoice`` per scale point) and a survey choice are
written as a ``choiceInteraction`` and a comment as an ``extendedTextInteraction``, without
``correctResponse``, outcome or response processing; the interaction's ``class`` names the
type (``assessor-rating``, ``assessor-choice``, ``assessor-comment``: :data:`EVALUATION_CLASSES`),
and such items come back as that type. An unmarked ``extendedTextInteraction`` is read as an essay,
an IMS Likert item (``itemBody class="likert"``) as an evaluation choice; other unmarked items without a
correct response are still skipped. A then/now item (retro) is not written.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from typing import IO
from xml.sax.saxutils import escape, quoteattr

from assessor.errors import InputError
from assessor.banks.images import check_image, media_kind, refuse_media, svg_note
from assessor.banks.questions import OPTION_LETTERS, SCALE_POINTS, Question, localized
from assessor.banks.formats import _xmltree, qti12, safezip
from assessor.banks.formats.interchange import ImportReport, Loss, Message, Parsed, ParsedNumeric, ParsedOption, ParsedPair, Skipped

FORMAT = "qti"
QTI_NS = "http://www.imsglobal.org/xsd/imsqti_v2p1"
CP_NS = "http://www.imsglobal.org/xsd/imscp_v1p1"
MATCH_CORRECT = "http://www.imsglobal.org/question/qti_v2p1/rptemplates/match_correct"
MAP_RESPONSE = "http://www.imsglobal.org/question/qti_v2p1/rptemplates/map_response"
EVALUATION_CLASSES = {"rating": "assessor-rating", "choice": "assessor-choice", "comment": "assessor-comment"}
"""The ``class`` of the interaction of a written course-evaluation item, per type."""
TOOL_NAME = "Assessor"
"""The ``toolName`` of the items Assessor writes: their mapped values are credits as they are (1 = full credit)."""
TRUE_FALSE_CLASS = "assessor-truefalse"
"""The class of the choice interaction of a true/false question written by Assessor (read back as true/false)."""
_CLASSED = {cls: kind for kind, cls in EVALUATION_CLASSES.items()}


# -- import ---------------------------------------------------------------------


def parse_qti(data: bytes, filename: str = "") -> ImportReport:
    """Parse a QTI 2.1 item (XML) or content package (zip). Never raises on bad input."""
    report = ImportReport(format=FORMAT)
    if data[:4] == b"PK\x03\x04" or filename.lower().endswith(".zip"):
        try:
            _parse_package(data, filename or "the package", report)
        except InputError as exc:
            report.errors.append(Message(0, str(exc)))
            report.questions.clear()
        return report
    _parse_item_bytes(data, "", report)
    return report


def _parse_package(data: bytes, name: str, report: ImportReport) -> None:
    zf = safezip.open_zip(data, name)
    with zf:
        members = {info.filename: info for info in safezip.safe_members(zf, name=name)}
        manifest = members.get("imsmanifest.xml")
        if manifest is None and "moodle.xml" in members:
            report.errors.append(Message(0, f"{name} is a Moodle course backup, not a question file; export the "
                                            "question bank from Moodle as Moodle XML and import that"))
            return
        if manifest is None:
            hrefs = sorted(n for n in members if n.lower().endswith(".xml"))
            report.warnings.append(Message(0, f"{name} has no imsmanifest.xml; every XML file in it was read"))
        else:
            try:
                root = _xmltree.parse(safezip.read_member(zf, manifest, name))
            except _xmltree.XmlError as exc:
                report.errors.append(Message(exc.line, f"imsmanifest.xml: {exc.message}"))
                return
            hrefs, old_hrefs = [], []
            for res in root.iter("resource"):
                kind = res.get("type")
                if kind.startswith("imsqti_item_xmlv2p"):
                    target = hrefs
                elif "qti_xmlv1p2" in kind or "x-bb-qti" in kind:
                    target = old_hrefs
                else:
                    continue
                href = _resource_file(res)
                if href not in members:
                    report.errors.append(Message(res.line, f"imsmanifest.xml: item {href or '(no file)'!r} is not in "
                                                           "the package"))
                    continue
                if href not in target:
                    target.append(href)
            if not hrefs and not old_hrefs and not report.errors:
                report.errors.append(Message(0, "imsmanifest.xml lists no QTI 2.x items and no QTI 1.2 assessments"))
            for href in old_hrefs:
                _parse_item_bytes(safezip.read_member(zf, members[href], name), href, report)
        def media(src: str, item: str) -> bytes | None:
            """The bytes of the package member ``src`` names (relative to the item), None when absent or outside."""
            target = posixpath.normpath(posixpath.join(posixpath.dirname(item), src))
            if target.startswith(("../", "/")) or target == ".." or target not in members:
                return None
            return safezip.read_member(zf, members[target], name)

        for href in hrefs:
            _parse_item_bytes(safezip.read_member(zf, members[href], name), href, report, quiet_other=manifest is None,
                              media=media)
        if manifest is not None:
            paths = {}
            for res in root.iter("resource"):
                test = _resource_file(res) if res.get("type").startswith("imsqti_test_xmlv2p") else ""
                if test in members:
                    paths.update(_section_paths(safezip.read_member(zf, members[test], name), test, report))
            for parsed in report.questions:
                if not parsed.topic and paths.get(parsed.origin):
                    parsed.topic = paths[parsed.origin]


def _parse_item_bytes(data: bytes, member: str, report: ImportReport, quiet_other: bool = False,
                      media=None) -> None:
    where = f"{member}: " if member else ""
    try:
        root = _xmltree.parse(data)
    except _xmltree.XmlError as exc:
        report.errors.append(Message(exc.line, where + exc.message))
        return
    if root.tag == "questestinterop":
        qti12.parse_questestinterop(root, member, report)
        return
    if root.tag != "assessmentItem":
        refusal = foreign_root(root, data)
        if refusal:
            report.errors.append(Message(root.line, where + refusal))
        elif not quiet_other:
            report.errors.append(Message(root.line, f"{where}the root element is <{root.tag}>, not <assessmentItem>"))
        return
    try:
        parsed = _parse_item(root, where, report, _Media(media, member, report))
    except _Invalid as exc:
        report.errors.append(Message(exc.line, where + exc.message))
        return
    if parsed is not None:
        parsed.origin = member
        parsed.lang = root.get("xml:lang").strip()
        parsed.general_feedback = parsed.general_feedback or _general_feedback(root, where, report)
        report.questions.append(parsed)


def _general_feedback(root: _xmltree.Node, where: str, report: ImportReport) -> str:
    """The text of the ``modalFeedback`` shown whatever the answer: ``showHide="hide"`` on an outcome that
    response processing never sets (as Assessor writes general feedback). Feedback that depends on the
    answer is not read, and said so once per item."""
    processing = root.find("responseProcessing")
    set_ = {n.get("identifier") for n in processing.iter("setOutcomeValue")} if processing is not None else set()
    general, other = [], 0
    for feedback in root.findall("modalFeedback"):
        # The standard templates set SCORE only.
        if feedback.get("showHide") == "hide" and feedback.get("outcomeIdentifier") not in set_:
            text = _lines(feedback)
            if text is None:
                text, _fmt = _content(feedback)
            if text:
                general.append(text)
        else:
            other += 1
    if other:
        report.warnings.append(Message(root.line, f"{where}{other} feedback text(s) shown only for some answers "
                                                  "(modalFeedback) are not imported"))
    return "\n".join(general)


def _section_paths(data: bytes, test: str, report: ImportReport) -> dict[str, str]:
    """Item file -> the titles of the (nested) ``assessmentSection``s of an ``assessmentTest`` above it,
    joined by ``/`` (a ``/`` inside a title written ``//``, as in Moodle category paths)."""
    try:
        root = _xmltree.parse(data)
    except _xmltree.XmlError as exc:
        report.warnings.append(Message(exc.line, f"{test}: {exc.message}; its sections give no topics"))
        return {}
    base = posixpath.dirname(test)
    found: dict[str, str] = {}

    def walk(node: _xmltree.Node, path: tuple[str, ...]) -> None:
        for child in node.children:
            if child.tag == "assessmentSection":
                title = child.get("title").strip()
                keep = title and child.get("identifier") != "root_section"
                walk(child, path + (title.replace("/", "//"),) if keep else path)
            elif child.tag == "assessmentItemRef" and child.get("href"):
                found[posixpath.normpath(posixpath.join(base, child.get("href")))] = "/".join(path)
            elif child.tag == "testPart":
                walk(child, path)

    walk(root, ())
    return found


def _resource_file(res: _xmltree.Node) -> str:
    """The file a manifest resource names: its ``href``, Blackboard's ``bb:file``, else its first ``<file>``."""
    href = res.get("href") or res.get("bb:file")
    if not href:
        files = [f.get("href") for f in res.findall("file") if f.get("href").lower().endswith((".xml", ".dat", ".qti"))]
        href = files[0] if files else ""
    return posixpath.normpath(href.split("#")[0]) if href else ""


def foreign_root(root: _xmltree.Node, data: bytes) -> str:
    """Why a document with this root is not a QTI 2.x item, when it is a known other format."""
    if root.tag == "MOODLE_BACKUP":
        return ("this is a Moodle 1.x course backup (moodle.xml), not a question file; "
                "export the question bank from Moodle as Moodle XML and import that")
    if root.tag == "quiz":
        return "this is a Moodle XML question file, not QTI; import it with --format moodlexml"
    return ""


class _Invalid(Exception):
    def __init__(self, line: int, message: str):
        super().__init__(message)
        self.line, self.message = line, message


def _content(node: _xmltree.Node | None, skip: tuple[str, ...] = ()) -> tuple[str, str]:
    """(text, format): plain text when there is no markup, else the XHTML as written."""
    if node is None:
        return "", "plain_text"
    kept = [c for c in node.content if isinstance(c, str) or c.tag not in skip]
    if all(isinstance(c, str) for c in kept):
        return re.sub(r"\s+", " ", "".join(kept)).strip(), "plain_text"
    return node.inner_xml(skip).strip(), "html"


class _Media:
    """Takes the ``<img>`` of an item's text or choice: checks its bytes from the package, refuses audio/video."""

    def __init__(self, fetch, member: str, report: ImportReport):
        self.fetch, self.member, self.report = fetch, member, report

    def refuse_other_media(self, root: _xmltree.Node, place: str) -> None:
        for node in root.iter():
            if node.tag in ("audio", "video", "object", "source", "mediaInteraction"):
                src = node.get("data") or node.get("src") or ""
                kind = media_kind(src) or node.get("type").split("/")[0]
                if kind not in ("audio", "video"):
                    if node.tag not in ("audio", "video", "mediaInteraction"):
                        continue
                    kind = "audio" if node.tag == "audio" else "video"
                raise _Invalid(node.line, str(refuse_media(kind, src or f"<{node.tag}>", place)).rstrip("."))

    def take(self, node: _xmltree.Node | None, place: str) -> tuple[_xmltree.Node | None, str, str]:
        """(``node`` without its image, SHA-256, alt text); one image at most."""
        if node is None:
            return None, "", ""
        images = [n for n in node.iter() if n.tag == "img" or (n.tag == "object" and _image_object(n))]
        if not images:
            return node, "", ""
        if len(images) > 1:
            raise _Invalid(images[1].line, f"{place} shows {len(images)} images; Assessor keeps one image per "
                                           "question and one per choice")
        img = images[0]
        src = img.get("src") if img.tag == "img" else img.get("data")
        if not src or "://" in src or src.startswith("data:"):
            raise _Invalid(img.line, f"{place}: the image {src!r} is not a file of the package")
        name = posixpath.basename(src)
        kind = media_kind(name)
        if kind and kind != "svg":  # an SVG is drawn as a PNG by check_image
            raise _Invalid(img.line, str(refuse_media(kind, src, place)).rstrip("."))
        data = self.fetch(src, self.member) if self.fetch else None
        if data is None:
            raise _Invalid(img.line, f"{place}: the image {src} is not in the package" if self.fetch else
                                     f"{place}: the image {src} can only be read from the package it belongs to; "
                                     "import the whole zip")
        try:
            image = check_image(data, src, place)
        except InputError as exc:
            raise _Invalid(img.line, str(exc).rstrip(".")) from None
        self.report.images[image.sha256] = image
        if svg_note(image, place):
            self.report.warnings.append(Message(img.line, svg_note(image, place)))
        alt = img.get("alt") if img.tag == "img" else img.itertext().strip()  # an <object>'s fallback text
        return _without(node, img), image.sha256, alt


def _image_object(node: _xmltree.Node) -> bool:
    """Whether an ``<object>`` shows a PNG, JPEG or SVG picture (QTI 2.1 allows pictures as objects)."""
    kind = node.get("type").lower()
    return kind in ("image/png", "image/jpeg", "image/jpg", "image/svg+xml") or (
        not kind and node.get("data").lower().rsplit(".", 1)[-1] in ("png", "jpg", "jpeg", "svg", "svgz"))


def _parse_item(root: _xmltree.Node, where: str, report: ImportReport, media: _Media | None = None) -> Parsed | None:
    media = media or _Media(None, "", report)
    line = root.line
    body = root.find("itemBody")
    if body is None:
        raise _Invalid(line, "the item has no <itemBody>")
    if root.get("adaptive").lower() == "true":
        report.skipped.append(Skipped(line, "adaptive", f"{where}adaptive item (its score depends on several "
                                                        "attempts with feedback), which Assessor cannot deliver"))
        return None
    if root.findall("templateDeclaration") or root.find("templateProcessing") is not None:
        report.skipped.append(Skipped(line, "template", f"{where}template item (its values are generated for "
                                                        "each attempt), which Assessor cannot deliver"))
        return None
    interactions = [n for n in body.iter() if n.tag.endswith("Interaction")]
    kinds = sorted({n.tag for n in interactions})
    marked = [_CLASSED[c] for c in (interactions[0].get("class").split() if len(interactions) == 1 else ())
              if c in _CLASSED]
    if marked:
        return _evaluation_item(root, body, interactions[0], marked[0])
    inline = {"inlineChoiceInteraction", "textEntryInteraction"}
    # One inline interaction is a short answer or a single choice, unless Assessor wrote it as a cloze.
    cloze_marked = any(CLOZE_CLASS in n.get("class").split() for n in body.iter())
    if kinds and set(kinds) <= inline and (len(interactions) > 1 or cloze_marked) \
            or kinds == ["gapMatchInteraction"] and len(interactions) == 1:
        return _cloze(root, body, interactions, where, report)
    if kinds == ["extendedTextInteraction"] and len(interactions) == 1:
        return _essay(root, body, interactions[0], where, media)
    if len(kinds) == 1 and len(interactions) == 1 and kinds[0] in _OTHER_READERS:
        return _OTHER_READERS[kinds[0]](root, body, interactions[0], where, report)
    if kinds != ["choiceInteraction"] or len(interactions) != 1:
        if not kinds:
            reason = "the item has no interaction (nothing to answer)"
        elif len(interactions) > 1:
            reason = f"the item has {len(interactions)} interactions ({', '.join(kinds)}); only one is read"
        else:
            reason = f"{kinds[0]} is not supported"
        report.skipped.append(Skipped(line, kinds[0] if len(kinds) == 1 else "qti", where + reason))
        return None
    interaction = interactions[0]
    declarations = {d.get("identifier"): d for d in root.findall("responseDeclaration")}
    declaration = declarations.get(interaction.get("responseIdentifier"))
    if declaration is None:
        raise _Invalid(interaction.line, f"no responseDeclaration for {interaction.get('responseIdentifier')!r}")
    cardinality = declaration.get("cardinality", "single")
    if cardinality not in ("single", "multiple"):
        raise _Invalid(declaration.line, f"cardinality {cardinality!r} is not single or multiple")
    correct_node = declaration.find("correctResponse")
    correct = [v.text.strip() for v in correct_node.findall("value")] if correct_node is not None else []
    mapped: dict[str, float] = {}  # choice -> points, when the item scores by a mapping (partial credit)
    mapping = declaration.find("mapping")
    for entry in mapping.findall("mapEntry") if mapping is not None else []:
        try:
            mapped[entry.get("mapKey")] = float(entry.get("mappedValue", "0"))
        except ValueError:
            raise _Invalid(entry.line, f"mappedValue {entry.get('mappedValue')!r} is not a number") from None
    if not correct:
        correct = [k for k, v in mapped.items() if v > 0]
    choices = interaction.findall("simpleChoice")
    if len(choices) < 2:
        raise _Invalid(interaction.line, "a choiceInteraction needs at least two simpleChoice elements")
    ids = [c.get("identifier") for c in choices]
    unknown = [c for c in correct if c not in ids]
    if unknown:
        raise _Invalid(declaration.line, f"the correct response {unknown[0]!r} is not a choice")
    if not correct and not mapped and "likert" in body.get("class").split() and cardinality == "single":
        # A Likert item (IMS's class on the item body): a course-evaluation choice, its instructions kept.
        return _likert(root, body, interaction)
    if not correct:
        # A survey item (no right answer) cannot be scored: skipped, never a reason to refuse the file.
        report.skipped.append(Skipped(line, "unscored", f"{where}the item declares no correct response, so it "
                                                        "cannot be scored (a survey item?)"))
        return None
    qtype = "single" if cardinality == "single" else "multiple"
    if qtype == "single" and len(correct) > 1:
        raise _Invalid(declaration.line, "a single-response item has more than one correct response")
    credit = 1.0 / len(set(correct))
    if _uses_mapping(root) and any(v for v in mapped.values()):
        # Points per choice (map_response): credit is each choice's share of the most a response can earn.
        # (A multiple response whose credits are already fractions, adding up to at most 100 %, is kept as it is.)
        positive = [v for v in mapped.values() if v > 0]
        top = max(positive, default=0.0) if qtype == "single" else sum(positive)
        if root.get("toolName") == TOOL_NAME or (
                qtype == "multiple" and top <= 1 + 1e-9 and all(abs(v) <= 1 for v in mapped.values())):
            top = 1.0
        weights = {k: max(-1.0, min(1.0, v / top)) for k, v in mapped.items()} if top > 0 else {}
    else:
        weights = {k: credit for k in correct}
    place = f"item {root.get('identifier') or where.rstrip(': ') or line}"
    media.refuse_other_media(body, place)
    options = []
    for choice in choices:
        shown, image, alt = media.take(choice, f"{place}, choice {choice.get('identifier')}")
        text, _fmt = _content(shown, skip=("feedbackInline",))
        if not text and not image:
            raise _Invalid(choice.line, f"choice {choice.get('identifier')!r} has no text")
        options.append(ParsedOption(text, weights.get(choice.get("identifier"), 0.0), image=image, image_alt=alt))
    # The interaction may sit inside a <div> or <p>: keep the body text around it.
    lead_node, image, image_alt = media.take(_without(body, interaction), place)
    prompt_node = interaction.find("prompt")
    if not image:
        prompt_node, image, image_alt = media.take(prompt_node, place)
    lead, lead_fmt = _content(lead_node, skip=("rubricBlock",))
    prompt, prompt_fmt = _content(prompt_node)
    text = " ".join(t for t in (lead, prompt) if t)
    if not text:
        raise _Invalid(line, "the item has no question text or prompt")
    identifier = root.get("identifier")
    title = root.get("title")
    answer = None
    if TRUE_FALSE_CLASS in (interaction.get("class") or "").split() and qtype == "single" and len(options) == 2:
        # Assessor's own true/false item: choice A is True, choice B is False.
        qtype, answer, options = "truefalse", options[0].fraction > 0, []
    parsed = Parsed(
        line=line, type=qtype, text=text, id=identifier or None, key=identifier,
        title="" if title == identifier else title,
        text_format="html" if "html" in (lead_fmt, prompt_fmt) else "plain_text",
        options=options, image=image, image_alt=image_alt, correct=answer,
    )
    # QTI has no true/false type: a single choice between True and False (Benar/Salah ...) is one
    # (except in Assessor's own items, which mark their true/false questions).
    sides = [o.text.strip().lower() for o in options]
    if qtype == "single" and len(options) == 2 and root.get("toolName") != TOOL_NAME and not any(o.image for o in options) \
            and sides[0] in qti12.TRUE_WORDS and sides[1] in qti12.FALSE_WORDS:
        parsed.type, parsed.correct, parsed.options = "truefalse", options[0].fraction > 0, []
    return parsed


def _uses_mapping(root: _xmltree.Node) -> bool:
    """Whether the item is scored by its response mapping (the map_response template)."""
    processing = root.find("responseProcessing")
    return processing is not None and (processing.get("template") or "").rstrip("/").endswith("map_response")


def _evaluation_item(root: _xmltree.Node, body: _xmltree.Node, interaction: _xmltree.Node, kind: str) -> Parsed:
    """A course-evaluation item written by Assessor (interaction class ``assessor-<type>``)."""
    expected = "extendedTextInteraction" if kind == "comment" else "choiceInteraction"
    if interaction.tag != expected:
        raise _Invalid(interaction.line, f"the class {EVALUATION_CLASSES[kind]} belongs on a {expected}, "
                                         f"not on a {interaction.tag}")
    for declaration in root.findall("responseDeclaration"):
        if declaration.find("correctResponse") is not None or declaration.find("mapping") is not None:
            raise _Invalid(declaration.line, f"a {kind} item ({EVALUATION_CLASSES[kind]}) has no correct response")
    lead, lead_fmt = _content(_without(body, interaction), skip=("rubricBlock",))
    prompt, prompt_fmt = _content(interaction.find("prompt"))
    text = " ".join(t for t in (lead, prompt) if t)
    if not text:
        raise _Invalid(root.line, "the item has no question text or prompt")
    identifier, title = root.get("identifier"), root.get("title")
    parsed = Parsed(line=root.line, type=kind, text=text, id=identifier or None, key=identifier,
                    title="" if title == identifier else title,
                    text_format="html" if "html" in (lead_fmt, prompt_fmt) else "plain_text")
    if kind == "comment":
        return parsed
    choices = interaction.findall("simpleChoice")
    labels = [_content(c, skip=("feedbackInline",))[0] for c in choices]
    if kind == "rating":
        if len(choices) not in SCALE_POINTS:
            raise _Invalid(interaction.line, f"a rating has one simpleChoice per point of its scale "
                                             f"({', '.join(map(str, SCALE_POINTS))}), not {len(choices)}")
        # An unlabelled point is written as its number.
        parsed.scale = ["" if label == str(i) else label for i, label in enumerate(labels, start=1)]
        for end in (0, len(choices) - 1):
            if not parsed.scale[end]:
                raise _Invalid(choices[end].line, "the first and the last point of a rating need a label")
        return parsed
    if len(choices) < 2:
        raise _Invalid(interaction.line, "a choiceInteraction needs at least two simpleChoice elements")
    for choice, label in zip(choices, labels):
        if not label:
            raise _Invalid(choice.line, f"choice {choice.get('identifier')!r} has no text")
    parsed.options = [ParsedOption(label, 0.0) for label in labels]
    return parsed


def _likert(root: _xmltree.Node, body: _xmltree.Node, interaction: _xmltree.Node) -> Parsed:
    """A Likert item (``itemBody class="likert"``, no correct response) as an unscored evaluation choice: its
    text is the body with the instructions of its candidate ``rubricBlock`` (what the points mean), then the
    prompt; its options are the choices' labels."""
    def rubric(c):  # a candidate's rubric block is a division of the text; one for others is left out
        if not (isinstance(c, _xmltree.Node) and c.tag == "rubricBlock"):
            return [c]
        return [_xmltree.Node("div", {}, c.line, c.content)] if "candidate" in c.get("view", "candidate").split() else []

    kept = _xmltree.Node(body.tag, body.attrib, body.line, [part for c in body.content for part in rubric(c)])
    lead, lead_fmt = _content(_without(kept, interaction))
    prompt, prompt_fmt = _content(interaction.find("prompt"))
    text = " ".join(t for t in (lead, prompt) if t)
    if not text:
        raise _Invalid(root.line, "the item has no question text or prompt")
    choices = interaction.findall("simpleChoice")
    labels = [_content(c, skip=("feedbackInline",))[0] for c in choices]
    if len(choices) < 2:
        raise _Invalid(interaction.line, "a choiceInteraction needs at least two simpleChoice elements")
    for choice, label in zip(choices, labels):
        if not label:
            raise _Invalid(choice.line, f"choice {choice.get('identifier')!r} has no text")
    parsed = _parsed(root, "choice", text, "html" if "html" in (lead_fmt, prompt_fmt) else "plain_text")
    parsed.options = [ParsedOption(label, 0.0) for label in labels]
    return parsed


def _without(node: _xmltree.Node, drop: _xmltree.Node) -> _xmltree.Node:
    """A copy of ``node`` without the element ``drop`` (wherever it is nested)."""
    kept: list = []
    for c in node.content:
        if isinstance(c, str):
            kept.append(c)
        elif c is not drop:
            copy = _without(c, drop)
            # A wrapper left empty by the removal is dropped with it.
            if copy.itertext().strip() or copy.children or not any(d is drop for d in c.iter()):
                kept.append(copy)
    return _xmltree.Node(node.tag, node.attrib, node.line, kept)


# -- text entry, inline choice, match, associate, order ----------------------------


BLANK = "_____"
"""What stands in the question text for an inline interaction (a text entry or an inline choice)."""


def _declaration(root: _xmltree.Node, interaction: _xmltree.Node) -> _xmltree.Node:
    rid = interaction.get("responseIdentifier")
    declaration = next((d for d in root.findall("responseDeclaration") if d.get("identifier") == rid), None)
    if declaration is None:
        raise _Invalid(interaction.line, f"no responseDeclaration for {rid!r}")
    return declaration


def _number(raw: str, line: int, what: str) -> float:
    try:
        value = float(raw.strip())
    except ValueError:
        raise _Invalid(line, f"{what} {raw.strip()!r} is not a number") from None
    if value != value or value in (float("inf"), float("-inf")):
        raise _Invalid(line, f"{what} {raw.strip()!r} is not a finite number")
    return value


def _credited(declaration: _xmltree.Node) -> list[tuple[str, float, bool]]:
    """(value, credit 0..1, case sensitive) of each answer: ``correctResponse`` values earn full credit,
    ``mapping`` entries their mapped value over the highest one (or the mapping's ``upperBound``)."""
    found: dict[str, tuple[float, bool]] = {}
    correct = declaration.find("correctResponse")
    for v in correct.findall("value") if correct is not None else []:
        found[v.text.strip()] = (1.0, True)
    mapping = declaration.find("mapping")
    entries = mapping.findall("mapEntry") if mapping is not None else []
    values = [(_number(e.get("mappedValue", "0"), e.line, "mappedValue"), e) for e in entries]
    top = max([v for v, _ in values if v > 0], default=0.0)
    if mapping is not None and mapping.get("upperBound"):
        top = _number(mapping.get("upperBound"), mapping.line, "upperBound") or top
    for value, entry in values:
        key = entry.get("mapKey").strip()
        if value > 0 and top > 0:
            credit = min(1.0, round(value / top, 7))
            case = entry.get("caseSensitive", "true").lower() != "false"
            found[key] = (max(credit, found.get(key, (0.0, case))[0]), case)  # the mapping says how to compare
    # In the mapping's order (the order the answers were written in), then correct values it lacks.
    order = [e.get("mapKey").strip() for _v, e in values if e.get("mapKey").strip() in found]
    order += [k for k in found if k not in order]
    return [(k, *found[k]) for k in dict.fromkeys(order)]


def _body_text(root: _xmltree.Node, body: _xmltree.Node, interaction: _xmltree.Node, inline: bool) -> tuple[str, str]:
    """(text, format): the body with the interaction removed (an inline one leaves :data:`BLANK`)."""
    if inline:
        stand_in = _xmltree.Node("span", {}, interaction.line, [BLANK])
        body = _replaced(body, interaction, stand_in)
        lead, fmt = _content(body, skip=("rubricBlock",))
        prompt, prompt_fmt = "", "plain_text"
    else:
        lead, fmt = _content(_without(body, interaction), skip=("rubricBlock",))
        prompt, prompt_fmt = _content(interaction.find("prompt"))
    text = " ".join(t for t in (lead, prompt) if t)
    if not text:
        raise _Invalid(root.line, "the item has no question text or prompt")
    if inline and fmt == "html":
        text = text.replace(f"<span>{BLANK}</span>", BLANK)
        if "<" not in text:
            fmt = "plain_text"
    if inline and fmt == "html" and re.fullmatch(r"<p>.*</p>", text, re.DOTALL) and text.count("<p>") == 1:
        text = text[3:-4].strip()  # one paragraph around the blank, as the exporter writes it
        fmt = "html" if "<" in text else "plain_text"
    elif inline and fmt == "html" and _wrapped_once(text, "div"):
        text = text[5:-6].strip()  # one division around an HTML text and its blank, as the exporter writes it
    if inline and text.endswith(BLANK):  # the answer box after the question: no blank in the text
        text = text[:-len(BLANK)].rstrip()
    return text, "html" if "html" in (fmt, prompt_fmt) else "plain_text"


def _wrapped_once(text: str, tag: str) -> bool:
    """Whether ``text`` is one bare ``<tag>…</tag>`` whose opening tag closes at the very end."""
    if not (text.startswith(f"<{tag}>") and text.endswith(f"</{tag}>")):
        return False
    depth = 0
    for m in re.finditer(rf"<(/?){tag}\b[^>]*?(/?)>", text):
        if m.group(2):
            continue
        depth += -1 if m.group(1) else 1
        if depth == 0:
            return m.end() == len(text)
    return False


def _replaced(node: _xmltree.Node, old: _xmltree.Node, new: _xmltree.Node) -> _xmltree.Node:
    content = [c if isinstance(c, str) else (new if c is old else _replaced(c, old, new)) for c in node.content]
    return _xmltree.Node(node.tag, node.attrib, node.line, content)


def _parsed(root: _xmltree.Node, qtype: str, text: str, fmt: str) -> Parsed:
    identifier, title = root.get("identifier"), root.get("title")
    return Parsed(line=root.line, type=qtype, text=text, id=identifier or None, key=identifier,
                  title="" if title == identifier else title, text_format=fmt)


def _unscored(root: _xmltree.Node, where: str, report: ImportReport) -> None:
    report.skipped.append(Skipped(root.line, "unscored", f"{where}the item declares no correct response, so it "
                                                         "cannot be scored (a survey item?)"))


def _text_entry(root, body, interaction, where, report) -> Parsed | None:
    """A ``textEntryInteraction``: a short answer (a numerical one for a float or integer response)."""
    declaration = _declaration(root, interaction)
    answers = _credited(declaration)
    if not answers:
        _unscored(root, where, report)
        return None
    text, fmt = _body_text(root, body, interaction, inline=True)
    if declaration.get("baseType") in ("float", "integer"):
        parsed = _parsed(root, "numerical", text, fmt)
        tolerances = _tolerances(root, interaction.get("responseIdentifier"))
        values = [(_number(v, declaration.line, "the answer"), credit) for v, credit, _case in answers]
        parsed.answers = [ParsedNumeric(v, tolerances.get(v, tolerances.get(None, 0.0)), credit) for v, credit in values]
        if root.get("toolName") == TOOL_NAME:
            # Assessor's own item: one branch per answer, so one number with two tolerances comes back as two.
            parsed.answers = _numeric_branches(root, interaction.get("responseIdentifier")) or parsed.answers
        return parsed
    parsed = _parsed(root, "short", text, fmt)
    parsed.options = [ParsedOption(v, credit) for v, credit, _case in answers]
    if any(case and any(ch.isalpha() for ch in v) for v, _c, case in answers):
        report.warnings.append(Message(root.line, f"{where}case-sensitive matching is not kept; answers are "
                                                  "compared ignoring case"))
    return parsed


def _inline_choice(root, body, interaction, where, report) -> Parsed | None:
    """One ``inlineChoiceInteraction``: a single choice; the question text keeps a blank where it stood."""
    declaration = _declaration(root, interaction)
    choices = interaction.findall("inlineChoice")
    if len(choices) < 2:
        raise _Invalid(interaction.line, "an inlineChoiceInteraction needs at least two inlineChoice elements")
    credit = {v: c for v, c, _case in _credited(declaration)}
    ids = [c.get("identifier") for c in choices]
    unknown = [v for v in credit if v not in ids]
    if unknown:
        raise _Invalid(declaration.line, f"the correct response {unknown[0]!r} is not a choice")
    if not credit:
        _unscored(root, where, report)
        return None
    text, fmt = _body_text(root, body, interaction, inline=True)
    parsed = _parsed(root, "single", text, fmt)
    for choice in choices:
        label, _fmt = _content(choice)
        if not label:
            raise _Invalid(choice.line, f"choice {choice.get('identifier')!r} has no text")
        parsed.options.append(ParsedOption(label, credit.get(choice.get("identifier"), 0.0)))
    if not any(o.fraction >= 1 - 1e-6 for o in parsed.options):
        raise _Invalid(declaration.line, "no choice earns full credit")
    return parsed


def _pairs_answer(declaration: _xmltree.Node) -> list[tuple[str, str]]:
    out = []
    for value, credit, _case in _credited(declaration):
        parts = value.split()
        if len(parts) != 2:
            raise _Invalid(declaration.line, f"the pair {value!r} is not two identifiers")
        out.append((parts[0], parts[1]))
    return out


def _match(root, body, interaction, where, report) -> Parsed | None:
    """A ``matchInteraction`` (two ``simpleMatchSet``s) or an ``associateInteraction`` (one set of
    ``simpleAssociableChoice``s): a matching question, the first of each correct pair on the left."""
    declaration = _declaration(root, interaction)
    if interaction.tag == "matchInteraction":
        sets = interaction.findall("simpleMatchSet")
        if len(sets) != 2:
            raise _Invalid(interaction.line, "a matchInteraction needs two simpleMatchSet elements")
        lefts = sets[0].findall("simpleAssociableChoice")
        rights = sets[1].findall("simpleAssociableChoice")
    else:
        lefts = rights = interaction.findall("simpleAssociableChoice")
    texts = {}
    for choice in lefts + rights:
        if any(n.tag in ("img", "object") for n in choice.iter()):
            # A matching question holds text on both sides: a picture there cannot be shown (or checked).
            report.skipped.append(Skipped(choice.line, interaction.tag, f"{where}choice {choice.get('identifier')!r} "
                                          "is a picture, which a matching question cannot show"))
            return None
        label, _fmt = _content(choice)
        if not label:
            raise _Invalid(choice.line, f"choice {choice.get('identifier')!r} has no text")
        texts[choice.get("identifier")] = label
    pairs = _pairs_answer(declaration)
    if not pairs:
        _unscored(root, where, report)
        return None
    for a, b in pairs:
        for ident in (a, b):
            if ident not in texts:
                raise _Invalid(declaration.line, f"the pair {a} {b} names {ident!r}, which is not a choice")
    left_ids = [c.get("identifier") for c in lefts]
    if interaction.tag == "matchInteraction":
        pairs = [(a, b) if a in left_ids else (b, a) for a, b in pairs]
    firsts = [a for a, _ in pairs]
    repeated = sorted({a for a in firsts if firsts.count(a) > 1})
    if repeated:
        report.skipped.append(Skipped(root.line, interaction.tag, f"{where}{texts[repeated[0]]!r} has several right "
                                      "answers, which a matching question cannot hold"))
        return None
    if len(pairs) < 2:
        raise _Invalid(declaration.line, "a matching question needs at least two correct pairs")
    text, fmt = _body_text(root, body, interaction, inline=False)
    parsed = _parsed(root, "matching", text, fmt)
    parsed.pairs = [ParsedPair(texts[a], texts[b]) for a, b in pairs]
    used = {x for pair in pairs for x in pair}
    # Right-hand options no correct pair uses are distractors (for associate: choices left unpaired).
    parsed.distractors = [texts[c.get("identifier")] for c in rights if c.get("identifier") not in used]
    return parsed


def _order(root, body, interaction, where, report) -> Parsed | None:
    """An ``orderInteraction``: a matching question whose left-hand items are the choices and whose
    right-hand options are the positions 1, 2, 3 ... of the correct order."""
    declaration = _declaration(root, interaction)
    choices = interaction.findall("simpleChoice")
    texts = {}
    for choice in choices:
        label, _fmt = _content(choice)
        if not label:
            raise _Invalid(choice.line, f"choice {choice.get('identifier')!r} has no text")
        texts[choice.get("identifier")] = label
    correct = declaration.find("correctResponse")
    order = [v.text.strip() for v in correct.findall("value")] if correct is not None else []
    if not order:
        _unscored(root, where, report)
        return None
    unknown = [v for v in order if v not in texts]
    if unknown:
        raise _Invalid(declaration.line, f"the correct order names {unknown[0]!r}, which is not a choice")
    if len(set(order)) != len(order) or len(order) < 2:
        raise _Invalid(declaration.line, "the correct order must list at least two different choices")
    text, fmt = _body_text(root, body, interaction, inline=False)
    parsed = _parsed(root, "matching", text, fmt)
    parsed.pairs = [ParsedPair(texts[ident], str(position)) for position, ident in enumerate(order, start=1)]
    left_out = [texts[c] for c in texts if c not in order]
    if left_out:
        report.warnings.append(Message(root.line, f"{where}{len(left_out)} choice(s) outside the correct order "
                                                  f"({', '.join(map(repr, left_out))}) are not kept"))
    return parsed


def _transformed(node: _xmltree.Node, swap) -> list:
    """``node``'s content with ``swap(child)`` (a list of content, or None to keep the child) applied."""
    out: list = []
    for c in node.content:
        if isinstance(c, str):
            out.append(c)
            continue
        done = swap(c)
        if done is None:
            out.append(_xmltree.Node(c.tag, c.attrib, c.line, _transformed(c, swap)))
        else:
            out.extend(done)
    return out


def _cloze(root, body, interactions, where, report) -> Parsed | None:
    """Several text entries and inline choices, or a gap match: a cloze question with one blank per
    interaction (per gap), written into the text in Moodle's embedded-answers syntax. A blank that
    cannot be one (an empty answer, no correct one) is an error of the item, not of the file."""
    from assessor.banks.cloze import ClozeError, parse_embedded

    try:
        parsed = _cloze_blanks(root, body, interactions, where, report)
        if parsed is not None:
            parse_embedded(parsed.text)  # what storing it will read: refused here, with the item's line
        return parsed
    except ClozeError as exc:
        raise _Invalid(root.line, f"its blanks cannot be read: {exc}") from None


def _cloze_blanks(root, body, interactions, where, report) -> Parsed | None:
    from assessor.banks.cloze import write_blank
    from assessor.banks.questions import Blank, NumericAnswer, Option

    stand_ins: dict[int, str] = {}
    if interactions[0].tag == "gapMatchInteraction":
        gap_match = interactions[0]
        declaration = _declaration(root, gap_match)
        words = {g.get("identifier"): _content(g)[0] for g in gap_match.iter("gapText")}
        gaps = list(gap_match.iter("gap"))
        if not gaps or not words:
            raise _Invalid(gap_match.line, "a gapMatchInteraction needs gaps and gapText choices")
        right = {gap: word for word, gap in _pairs_answer(declaration)}
        if not right:
            _unscored(root, where, report)
            return None
        for gap in gaps:
            if gap.get("identifier") not in right:
                raise _Invalid(gap.line, f"gap {gap.get('identifier')!r} has no correct gapText")
            blank = Blank("choice", options=tuple(Option({"en": text}, 1.0 if ident == right[gap.get("identifier")]
                                                         else 0.0) for ident, text in words.items()))
            stand_ins[id(gap)] = write_blank(blank, "en")

        def swap(c):
            if c.tag == "gapText":
                return []
            if c.tag == "prompt":  # the prompt is a paragraph of the question text (no QTI tag in it)
                return [_xmltree.Node("p", {}, c.line, c.content)]
            if id(c) in stand_ins:
                return [stand_ins[id(c)]]
            if c is gap_match:
                return _transformed(c, swap)
            return None
    else:
        for it in interactions:
            declaration = _declaration(root, it)
            weight = _blank_weight(declaration)
            if it.tag == "textEntryInteraction":
                answers = _credited(declaration)
                if not answers:
                    _unscored(root, where, report)
                    return None
                if declaration.get("baseType") in ("float", "integer"):
                    tolerances = _tolerances(root, it.get("responseIdentifier"))
                    values = [(_number(v, declaration.line, "the answer"), c) for v, c, _ in answers]
                    blank = Blank("numerical", weight, numeric=tuple(
                        NumericAnswer(v, tolerances.get(v, tolerances.get(None, 0.0)), c) for v, c in values))
                else:
                    blank = Blank("short", weight, options=tuple(Option({"en": v}, c) for v, c, _ in answers),
                                  case_sensitive=all(case for _v, _c, case in answers))
            else:
                credit = {v: c for v, c, _ in _credited(declaration)}
                choices = it.findall("inlineChoice")
                if len(choices) < 2 or not any(c > 0 for c in credit.values()):
                    raise _Invalid(it.line, "an inline choice needs two choices, one of them earning credit")
                display = next((d for d, cls in CLOZE_DISPLAY_CLASSES.items() if cls in it.get("class").split()),
                               "dropdown")
                blank = Blank("choice", weight, tuple(Option({"en": _content(c)[0]}, credit.get(c.get("identifier"), 0.0))
                                                      for c in choices), display=display,
                              shuffle=it.get("shuffle") == "true")
            stand_ins[id(it)] = write_blank(blank, "en")

        def swap(c):
            return [stand_ins[id(c)]] if id(c) in stand_ins else None
    marked = _xmltree.Node(body.tag, body.attrib, body.line, _transformed(body, swap))
    text, fmt = _content(marked, skip=("rubricBlock",))
    paragraphs = [c for c in marked.content if not isinstance(c, str) or c.strip()]
    if len(paragraphs) == 1 and not isinstance(paragraphs[0], str) and paragraphs[0].tag in ("p", "div") \
            and _lines(paragraphs[0]) is not None:
        # One paragraph of text around the blanks (as Assessor writes it) is plain text.
        text, fmt = _lines(paragraphs[0]), "plain_text"
    if not text:
        raise _Invalid(root.line, "the item has no question text")
    return _parsed(root, "cloze", text, fmt)


def _lines(node: _xmltree.Node) -> str | None:
    """The text of ``node`` when it holds only text and ``<br/>`` (each a new line), else None."""
    if not all(isinstance(c, str) or (c.tag == "br" and not c.content) for c in node.content):
        return None
    joined = "".join(c if isinstance(c, str) else "\n" for c in node.content)
    return "\n".join(re.sub(r"\s+", " ", part).strip() for part in joined.split("\n")).strip()


def _blank_weight(declaration: _xmltree.Node) -> float:
    """A cloze blank's weight: its mapping's ``upperBound`` (the most the blank can earn), else its highest
    mapped value, else 1."""
    mapping = declaration.find("mapping")
    if mapping is None:
        return 1.0
    if mapping.get("upperBound"):
        bound = _number(mapping.get("upperBound"), mapping.line, "upperBound")
        if bound > 0:
            return bound
    values = [_number(e.get("mappedValue", "0"), e.line, "mappedValue") for e in mapping.findall("mapEntry")]
    return max([v for v in values if v > 0], default=1.0)


def _tolerances(root: _xmltree.Node, rid: str) -> dict:
    """Absolute tolerance per value of the ``equal`` tests on response ``rid`` in custom response processing
    (``None``: the tolerance of a test against the correct response)."""
    found: dict = {}
    processing = root.find("responseProcessing")
    for equal in processing.iter("equal") if processing is not None else []:
        if equal.get("toleranceMode") != "absolute" or not any(v.get("identifier") == rid for v in equal.findall("variable")):
            continue
        bounds = equal.get("tolerance").split()
        tolerance = abs(_number(bounds[0], equal.line, "tolerance")) if bounds else 0.0
        base = equal.find("baseValue")
        key = _number(base.text, base.line, "the value") if base is not None else None
        found.setdefault(key, tolerance)
    return found


def _numeric_branches(root: _xmltree.Node, rid: str) -> list[ParsedNumeric]:
    """The numerical answers of the response condition Assessor writes (:func:`_numeric_condition`): per
    branch, the number, its absolute tolerance and the credit added; empty when the item has another shape."""
    processing = root.find("responseProcessing")
    condition = processing.find("responseCondition") if processing is not None else None
    answers = []
    for branch in condition.children if condition is not None else []:
        equal, setter = branch.find("equal"), branch.find("setOutcomeValue")
        if equal is None or setter is None or not any(v.get("identifier") == rid for v in equal.findall("variable")):
            return []
        value, added = equal.find("baseValue"), list(setter.iter("baseValue"))
        bounds = equal.get("tolerance").split()
        if value is None or len(added) != 1 or not bounds:
            return []
        answers.append(ParsedNumeric(_number(value.text, value.line, "the value"),
                                     abs(_number(bounds[0], equal.line, "tolerance")),
                                     _number(added[0].text, added[0].line, "the credit")))
    return answers


def _essay(root: _xmltree.Node, body: _xmltree.Node, interaction: _xmltree.Node, where: str,
           media: _Media) -> Parsed:
    """An ``extendedTextInteraction`` without Assessor's comment class: an essay, marked by a facilitator
    (any correct response or mapping it declares cannot score a free text, and is not kept); its picture,
    as a choice item's, is taken from the package."""
    place = f"item {root.get('identifier') or where.rstrip(': ') or root.line}"
    media.refuse_other_media(body, place)
    lead_node, image, image_alt = media.take(_without(body, interaction), place)
    prompt_node = interaction.find("prompt")
    if not image:
        prompt_node, image, image_alt = media.take(prompt_node, place)
    lead, lead_fmt = _content(lead_node, skip=("rubricBlock",))
    prompt, prompt_fmt = _content(prompt_node)
    text = " ".join(t for t in (lead, prompt) if t)
    if not text:
        raise _Invalid(root.line, "the item has no question text or prompt")
    parsed = _parsed(root, "essay", text, "html" if "html" in (lead_fmt, prompt_fmt) else "plain_text")
    parsed.image, parsed.image_alt = image, image_alt
    return parsed


_OTHER_READERS = {"textEntryInteraction": _text_entry, "inlineChoiceInteraction": _inline_choice,
                  "matchInteraction": _match, "associateInteraction": _match, "orderInteraction": _order}


# -- export ---------------------------------------------------------------------

_TRUE_FALSE = {"en": ("True", "False"), "id": ("Benar", "Salah")}
_INVALID_XML = re.compile("[^\x09\x0a\x0d\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _x(s: str) -> str:
    return escape(_INVALID_XML.sub("", s))


_MEDIA_MARKUP = re.compile(r"<\s*(img|object|audio|video|source|script|iframe|math)\b", re.IGNORECASE)


def _markup(s: str) -> str:
    """A text for the item body: HTML that is well-formed XML (and shows no media) as the markup it is,
    anything else escaped as text (so a question imported as HTML is written as HTML, not as its source)."""
    s = _INVALID_XML.sub("", s)
    if "<" not in s or _MEDIA_MARKUP.search(s):
        return escape(s)
    try:
        _xmltree.parse(f"<div>{s}</div>".encode("utf-8"))
    except _xmltree.XmlError:  # not well-formed (or an HTML entity XML lacks): written as text
        return escape(s)
    return s


def _identifier(key: str, taken: set[str]) -> str:
    ident = re.sub(r"[^A-Za-z0-9_.-]", "_", key) or "item"
    if not re.match(r"[A-Za-z_]", ident):
        ident = "I" + ident
    base, n = ident, 2
    while ident.lower() in taken:
        ident, n = f"{base}_{n}", n + 1
    taken.add(ident.lower())
    return ident


def _head(q: Question, ident: str, lang: str) -> str:
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<assessmentItem xmlns="{QTI_NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"\n'
            f'  xsi:schemaLocation="{QTI_NS} http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd"\n'
            f'  identifier="{ident}" title={quoteattr(_INVALID_XML.sub("", q.title or q.key))}'
            f' adaptive="false" timeDependent="false" toolName="{TOOL_NAME}" xml:lang={quoteattr(lang)}>\n')


def _evaluation_xml(q: Question, ident: str, lang: str) -> str:
    """An unscored item: no correct response, no outcome, no response processing; the class names the type."""
    cls = EVALUATION_CLASSES[q.type]
    prompt = f"      <prompt>{_markup(localized(q.text, lang))}</prompt>"
    if q.type == "comment":
        declaration = '  <responseDeclaration identifier="RESPONSE" cardinality="single" baseType="string"/>\n'
        interaction = (f'    <extendedTextInteraction responseIdentifier="RESPONSE" class="{cls}" expectedLines="5">\n'
                       f"{prompt}\n    </extendedTextInteraction>\n")
    else:
        labels = ([localized(label, lang) or str(i) for i, label in enumerate(q.scale, start=1)] if q.type == "rating"
                  else [localized(o.text, lang) for o in q.options])
        simple = "".join(f'\n      <simpleChoice identifier="{OPTION_LETTERS[i]}">{_x(t)}</simpleChoice>'
                         for i, t in enumerate(labels))
        declaration = '  <responseDeclaration identifier="RESPONSE" cardinality="single" baseType="identifier"/>\n'
        interaction = (f'    <choiceInteraction responseIdentifier="RESPONSE" class="{cls}" shuffle="false" '
                       f'maxChoices="1">\n{prompt}{simple}\n    </choiceInteraction>\n')
    return _head(q, ident, lang) + declaration + "  <itemBody>\n" + interaction + "  </itemBody>\n</assessmentItem>\n"


def _essay_xml(q: Question, ident: str, lang: str) -> str:
    """An essay: an ``extendedTextInteraction`` without class, correct response or response processing (a
    facilitator marks it; ``SCORE`` is declared for the mark), read back as an essay."""
    return (_head(q, ident, lang)
            + '  <responseDeclaration identifier="RESPONSE" cardinality="single" baseType="string"/>\n' + _SCORE
            + "  <itemBody>\n"
            '    <extendedTextInteraction responseIdentifier="RESPONSE" expectedLines="10">\n'
            f"      <prompt>{_markup(localized(q.text, lang))}</prompt>\n"
            "    </extendedTextInteraction>\n  </itemBody>\n</assessmentItem>\n")


_SCORE = ('  <outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float">\n'
          "    <defaultValue><value>0</value></defaultValue>\n"
          "  </outcomeDeclaration>\n")


def _prompt_with_blank(q: Question, lang: str, interaction: str) -> str:
    """The question text as a paragraph holding the inline interaction (at its blank, else at the end)."""
    text = _markup(localized(q.text, lang))
    wrap = "div" if "<" in text else "p"  # markup (paragraphs of its own) goes in a div, read back without it
    if BLANK in text:
        before, _, after = text.partition(BLANK)
        return f"    <{wrap}>{before}{interaction}{after}</{wrap}>\n"
    return f"    <{wrap}>{text} {interaction}</{wrap}>\n"


def _text_entry_xml(q: Question, ident: str, lang: str, losses: list) -> str:
    """A short answer (mapping of the accepted answers) or a numerical answer (a mapping of each accepted
    number's credit, and custom processing with each one's tolerance) as a ``textEntryInteraction``."""
    interaction = '<textEntryInteraction responseIdentifier="RESPONSE" expectedLength="20"/>'
    if q.type == "numerical":
        answers = [a for a in q.numeric if not a.other and a.fraction > 0]
        if any(a.fraction < 0 or (a.other and a.fraction > 0) for a in q.numeric):
            losses.append(Loss(q.key, "answers with negative credit or a catch-all (*) with credit are not written",
                               True))
        full = [a for a in answers if a.fraction >= 1]
        entries = "".join(f'\n      <mapEntry mapKey="{_n(a.value)}" mappedValue="{_n(a.fraction)}"/>' for a in answers)
        declaration = ('  <responseDeclaration identifier="RESPONSE" cardinality="single" baseType="float">\n'
                       + (f"    <correctResponse><value>{_n(full[0].value)}</value></correctResponse>\n" if full else "")
                       + f'    <mapping defaultValue="0" upperBound="1">{entries}\n    </mapping>\n'
                       "  </responseDeclaration>\n")
        processing = ("  <responseProcessing>\n" + _numeric_condition("RESPONSE", answers, 1.0)
                      + "  </responseProcessing>\n")
    else:
        accepted = [(localized(o.text, lang), o.fraction) for o in q.options if o.fraction > 0]
        if any("*" in t for t, _f in accepted):
            losses.append(Loss(q.key, "wildcard answers (*) are written as plain text", True))
        best = max(accepted, key=lambda a: a[1])[0]
        entries = "".join(f'\n      <mapEntry mapKey={quoteattr(_INVALID_XML.sub("", t))} mappedValue="{f!r}" '
                          'caseSensitive="false"/>' for t, f in accepted)
        declaration = ('  <responseDeclaration identifier="RESPONSE" cardinality="single" baseType="string">\n'
                       f"    <correctResponse><value>{_x(best)}</value></correctResponse>\n"
                       f'    <mapping defaultValue="0">{entries}\n    </mapping>\n'
                       "  </responseDeclaration>\n")
        processing = f'  <responseProcessing template="{MAP_RESPONSE}"/>\n'
    return (_head(q, ident, lang) + declaration + _SCORE + "  <itemBody>\n"
            + _prompt_with_blank(q, lang, interaction) + "  </itemBody>\n" + processing + "</assessmentItem>\n")


CLOZE_CLASS = "assessor-cloze"
"""The ``class`` of the paragraph of a written cloze question, so that a cloze of one blank comes back a cloze."""
CLOZE_DISPLAY_CLASSES = {"vertical": "assessor-vertical", "horizontal": "assessor-horizontal"}
"""The ``class`` of an ``inlineChoiceInteraction`` for a choice blank shown as radio buttons, per display
(a drop-down, the default, has none)."""


def _n(x: float) -> str:
    """A number as QTI writes it: ``1`` rather than ``1.0``."""
    return str(int(x)) if float(x).is_integer() else repr(float(x))


def _numeric_condition(rid: str, answers, weight: float) -> str:
    """A ``responseCondition`` adding to ``SCORE`` the credit (times ``weight``) of the first of ``answers``,
    most credited first, that the number in ``rid`` equals within its absolute tolerance."""
    branches = []
    for a in sorted(answers, key=lambda a: -a.fraction):
        tol = _n(a.tolerance)
        branches.append(
            f'<equal toleranceMode="absolute" tolerance="{tol} {tol}" includeLowerBound="true" '
            f'includeUpperBound="true"><variable identifier="{rid}"/><baseValue baseType="float">'
            f"{_n(a.value)}</baseValue></equal>\n"
            f'        <setOutcomeValue identifier="SCORE"><sum><variable identifier="SCORE"/>'
            f'<baseValue baseType="float">{_n(a.fraction * weight)}</baseValue></sum></setOutcomeValue>')
    return ("    <responseCondition>\n" + "\n".join(
        f"      <{tag}>\n        {branch}\n      </{tag}>"
        for tag, branch in zip(["responseIf"] + ["responseElseIf"] * (len(branches) - 1), branches))
        + "\n    </responseCondition>\n")


def _cloze_xml(q: Question, ident: str, lang: str, losses: list) -> str:
    """A cloze question: its text in one paragraph with an inline interaction at each blank.

    Short and numerical blanks are ``textEntryInteraction``s, choice blanks ``inlineChoiceInteraction``s.
    Each blank's response ``R<n>`` has a ``mapping`` whose ``upperBound`` is the blank's weight and whose
    entries give each right answer its credit times that weight; response processing adds the mapped
    value of every blank to ``SCORE`` (``MAXSCORE`` is the sum of the weights). A numerical blank is
    scored by an ``equal`` with its absolute tolerance per answer, the best answer tried first.
    """
    declarations, processing, interactions = [], [], {}
    for n, blank in enumerate(q.blanks, start=1):
        rid = f"R{n}"
        weight = blank.weight
        if weight <= 0:
            losses.append(Loss(q.key, f"blank {n} has weight 0, which QTI cannot tell from an unscored blank: "
                                      "it is written with weight 1", True))
            weight = 1.0
        if blank.kind == "numerical":
            answers = [a for a in blank.numeric if not a.other and a.fraction > 0]
            if any(a.fraction < 0 or (a.other and a.fraction > 0) for a in blank.numeric):
                losses.append(Loss(q.key, f"blank {n}: answers with negative credit or a catch-all (*) with credit "
                                          "are not written", True))
            entries = [(_n(a.value), a.fraction) for a in answers]
            base = "float"
            interaction = f'<textEntryInteraction responseIdentifier="{rid}" expectedLength="10"/>'
            processing.append(_numeric_condition(rid, answers, weight))
        else:
            processing.append(
                f'    <responseCondition>\n      <responseIf>\n        <not><isNull><variable identifier="{rid}"/>'
                f"</isNull></not>\n"
                f'        <setOutcomeValue identifier="SCORE"><sum><variable identifier="SCORE"/>'
                f'<mapResponse identifier="{rid}"/></sum></setOutcomeValue>\n'
                "      </responseIf>\n    </responseCondition>\n")
            if any(o.fraction < 0 for o in blank.options):
                losses.append(Loss(q.key, f"blank {n}: negative credit is not written (those answers earn 0)", True))
            if blank.kind == "short":
                base = "string"
                seen, entries = set(), []
                for o in blank.options:
                    text = localized(o.text, lang)
                    same = text if blank.case_sensitive else text.lower()  # one mapEntry per answer QTI tells apart
                    if o.fraction > 0 and same not in seen:
                        seen.add(same)
                        entries.append((text, o.fraction))
                if any("*" in t for t, _f in entries):
                    losses.append(Loss(q.key, f"blank {n}: wildcard answers (*) are written as plain text", True))
                interaction = f'<textEntryInteraction responseIdentifier="{rid}" expectedLength="20"/>'
            else:
                base = "identifier"
                entries = [(key, o.fraction) for key, o in zip(blank.option_keys, blank.options) if o.fraction > 0]
                cls = CLOZE_DISPLAY_CLASSES.get(blank.display)
                choices = "".join(f'<inlineChoice identifier="{key}">{_x(localized(o.text, lang))}</inlineChoice>'
                                  for key, o in zip(blank.option_keys, blank.options))
                interaction = (f'<inlineChoiceInteraction responseIdentifier="{rid}" '
                               f'shuffle="{"true" if blank.shuffle else "false"}"'
                               + (f' class="{cls}"' if cls else "") + f">{choices}</inlineChoiceInteraction>")
        full = [key for key, f in entries if f >= 1]
        case = ' caseSensitive="true"' if blank.kind == "short" and blank.case_sensitive else (
            ' caseSensitive="false"' if blank.kind == "short" else "")
        mapped = "".join(f'\n      <mapEntry mapKey={quoteattr(_INVALID_XML.sub("", key))} '
                         f'mappedValue="{_n(f * weight)}"{case}/>' for key, f in entries)
        declarations.append(
            f'  <responseDeclaration identifier="{rid}" cardinality="single" baseType="{base}">\n'
            + (f"    <correctResponse><value>{_x(full[0])}</value></correctResponse>\n" if full else "")
            + f'    <mapping defaultValue="0" upperBound="{_n(weight)}">{mapped}\n    </mapping>\n'
            "  </responseDeclaration>\n")
        interactions[n] = interaction
    total = sum(b.weight if b.weight > 0 else 1.0 for b in q.blanks)
    pieces = re.split(r"(\{#\d+\})", localized(q.text, lang))
    body = "".join(interactions[int(p[2:-1])] if re.fullmatch(r"\{#\d+\}", p) and int(p[2:-1]) in interactions
                   else _x(p).replace("\n", "<br/>") for p in pieces)
    outcomes = (_SCORE + '  <outcomeDeclaration identifier="MAXSCORE" cardinality="single" baseType="float">\n'
                f"    <defaultValue><value>{_n(total)}</value></defaultValue>\n  </outcomeDeclaration>\n")
    return (_head(q, ident, lang) + "".join(declarations) + outcomes + f'  <itemBody>\n    <p class="{CLOZE_CLASS}">{body}</p>\n  </itemBody>\n'
            + "  <responseProcessing>\n" + "".join(processing) + "  </responseProcessing>\n</assessmentItem>\n")


def _match_xml(q: Question, ident: str, lang: str) -> str:
    """A matching question as a ``matchInteraction``: one credit per correct pair (``map_response``)."""
    rights: list[str] = []
    for p in q.pairs:
        if localized(p.right, lang) not in rights:
            rights.append(localized(p.right, lang))
    uses = [sum(localized(p.right, lang) == r for p in q.pairs) for r in rights]
    pairs = [(f"L{i + 1}", f"R{rights.index(localized(p.right, lang)) + 1}") for i, p in enumerate(q.pairs)]
    values = "".join(f"<value>{a} {b}</value>" for a, b in pairs)
    entries = "".join(f'\n      <mapEntry mapKey="{a} {b}" mappedValue="{1 / len(pairs)!r}"/>' for a, b in pairs)
    left_set = "".join(f'\n        <simpleAssociableChoice identifier="L{i + 1}" matchMax="1">'
                       f"{_markup(localized(p.left, lang))}</simpleAssociableChoice>" for i, p in enumerate(q.pairs))
    for extra in q.distractors:  # distractors: right-hand choices no pair uses
        if localized(extra, lang) not in rights:
            rights.append(localized(extra, lang))
            uses.append(1)
    right_set = "".join(f'\n        <simpleAssociableChoice identifier="R{i + 1}" matchMax="{n}">{_markup(r)}'
                        "</simpleAssociableChoice>" for i, (r, n) in enumerate(zip(rights, uses)))
    return (_head(q, ident, lang) +
            '  <responseDeclaration identifier="RESPONSE" cardinality="multiple" baseType="directedPair">\n'
            f"    <correctResponse>{values}</correctResponse>\n"
            f'    <mapping defaultValue="0">{entries}\n    </mapping>\n'
            "  </responseDeclaration>\n" + _SCORE + "  <itemBody>\n"
            f'    <matchInteraction responseIdentifier="RESPONSE" shuffle="true" maxAssociations="{len(pairs)}">\n'
            f"      <prompt>{_markup(localized(q.text, lang))}</prompt>\n"
            f"      <simpleMatchSet>{left_set}\n      </simpleMatchSet>\n"
            f"      <simpleMatchSet>{right_set}\n      </simpleMatchSet>\n"
            "    </matchInteraction>\n  </itemBody>\n"
            f'  <responseProcessing template="{MAP_RESPONSE}"/>\n</assessmentItem>\n')


def _img(owner, lang: str, paths: dict[str, str]) -> str:
    """The ``<img>`` of a question or choice (``paths``: image SHA-256 -> href relative to the item), or ''."""
    if not owner.image or owner.image not in paths:
        return ""
    return f"<img src={quoteattr(paths[owner.image])} alt={quoteattr(_INVALID_XML.sub('', localized(owner.image_alt, lang)))}/>"


def _with_stem_image(xml: str, stem: str) -> str:
    """An item's XML with the question's ``<img>`` (if any) first in its body."""
    return xml.replace("  <itemBody>\n", f"  <itemBody>\n    <p>{stem}</p>\n", 1) if stem else xml


def _item_xml(q: Question, ident: str, lang: str, losses: list | None = None,
              paths: dict[str, str] | None = None) -> str:
    paths = paths or {}
    if q.type in EVALUATION_CLASSES:
        return _evaluation_xml(q, ident, lang)
    if q.type in ("short", "numerical"):
        return _with_stem_image(_text_entry_xml(q, ident, lang, losses if losses is not None else []),
                                _img(q, lang, paths))
    if q.type == "matching":
        return _with_stem_image(_match_xml(q, ident, lang), _img(q, lang, paths))
    if q.type == "cloze":
        return _cloze_xml(q, ident, lang, losses if losses is not None else [])
    if q.type == "essay":
        return _with_stem_image(_essay_xml(q, ident, lang), _img(q, lang, paths))
    if q.type == "truefalse":
        labels = _TRUE_FALSE.get(lang, _TRUE_FALSE["en"])
        choices = [("A", labels[0], ""), ("B", labels[1], "")]
        correct = ["A" if q.answer else "B"]
    else:
        choices = [(OPTION_LETTERS[i], localized(o.text, lang), _img(o, lang, paths)) for i, o in enumerate(q.options)]
        correct = list(q.correct_keys)
    cardinality = "multiple" if q.type == "multiple" else "single"
    max_choices = 0 if q.type == "multiple" else 1
    template, mapping = MATCH_CORRECT, ""
    if q.type in ("single", "multiple"):
        plain = 1.0 / max(1, len(correct))
        if any(abs(o.fraction - (plain if o.correct else 0.0)) > 1e-9 for o in q.options):
            # Partial or negative credit: each choice's credit as a mapping, the fully correct ones as the
            # correct response (a single choice has exactly one).
            if q.type == "single":
                correct = [k for k, o in zip(OPTION_LETTERS, q.options) if o.fraction >= 1 - 1e-9][:1]
            entries = "".join(f'\n      <mapEntry mapKey="{k}" mappedValue="{o.fraction!r}"/>'
                              for k, o in zip(OPTION_LETTERS, q.options) if o.fraction)
            mapping = f'    <mapping defaultValue="0" lowerBound="0">{entries}\n    </mapping>\n'
            template = MAP_RESPONSE
    values = "".join(f"<value>{c}</value>" for c in correct)
    marker = f' class="{TRUE_FALSE_CLASS}"' if q.type == "truefalse" else ""
    simple = "".join(f'\n      <simpleChoice identifier="{k}">{_markup(t)}{img}</simpleChoice>' for k, t, img in choices)
    stem = _img(q, lang, paths)
    return (
        _head(q, ident, lang) +
        f'  <responseDeclaration identifier="RESPONSE" cardinality="{cardinality}" baseType="identifier">\n'
        f"    <correctResponse>{values}</correctResponse>\n" + mapping +
        "  </responseDeclaration>\n"
        '  <outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float">\n'
        "    <defaultValue><value>0</value></defaultValue>\n"
        "  </outcomeDeclaration>\n"
        "  <itemBody>\n" + (f"    <p>{stem}</p>\n" if stem else "") +
        f'    <choiceInteraction responseIdentifier="RESPONSE" shuffle="false" maxChoices="{max_choices}"{marker}>\n'
        f"      <prompt>{_markup(localized(q.text, lang))}</prompt>{simple}\n"
        "    </choiceInteraction>\n"
        "  </itemBody>\n"
        f'  <responseProcessing template="{template}"/>\n'
        "</assessmentItem>\n"
    )


def _test_xml(placed: list[tuple[str, str]]) -> str:
    """An ``assessmentTest`` whose nested sections are the topics' paths (``A/B``), items in bank order."""
    tree: dict = {"items": [], "sections": {}}
    for topic, ident in placed:
        node = tree
        for part in (p for p in re.split(r"(?<!/)/(?!/)", topic) if p) if topic else ():
            node = node["sections"].setdefault(part, {"items": [], "sections": {}})
        node["items"].append(ident)
    counter = iter(range(1, 1_000_000))

    def section(node: dict, indent: str) -> str:
        out = "".join(f'{indent}<assessmentItemRef identifier="{i}" href="../items/{i}.xml"/>\n' for i in node["items"])
        for title, child in node["sections"].items():
            out += (f'{indent}<assessmentSection identifier="S{next(counter)}" '
                    f'title={quoteattr(_INVALID_XML.sub("", title.replace("//", "/")))} visible="true">\n'
                    + section(child, indent + "  ") + f"{indent}</assessmentSection>\n")
        return out

    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<assessmentTest xmlns="{QTI_NS}" identifier="TEST" title="Questions">\n'
            '  <testPart identifier="part" navigationMode="nonlinear" submissionMode="simultaneous">\n'
            '    <assessmentSection identifier="root_section" title="Questions" visible="true">\n'
            + section(tree, "      ") + "    </assessmentSection>\n  </testPart>\n</assessmentTest>\n")


def _item_language(q: Question, lang: str) -> str:
    """The language an item is written in: ``lang``, else (the question has no text in it) the language
    :func:`localized` falls back to; the item's ``xml:lang`` says which."""
    if q.text.get(lang):
        return lang
    return "en" if q.text.get("en") else next((k for k, t in q.text.items() if t), lang)


def _has_answer_feedback(q: Question) -> bool:
    texts = [o.feedback for o in q.options] + [a.feedback for a in q.numeric]
    texts += [o.feedback for b in q.blanks for o in b.options] + [a.feedback for b in q.blanks for a in b.numeric]
    return any(t for text in texts for t in text.values())


def _with_general_feedback(xml: str, q: Question, lang: str) -> str:
    """An item's XML with the question's general feedback (its rationale) as a ``modalFeedback`` shown after
    every answer: ``showHide="hide"`` on an outcome ``FEEDBACK`` that nothing sets."""
    text = localized(q.rationale, lang)
    if not text or q.type in EVALUATION_CLASSES:
        return xml
    outcome = '  <outcomeDeclaration identifier="FEEDBACK" cardinality="single" baseType="identifier"/>\n'
    modal = (f'  <modalFeedback outcomeIdentifier="FEEDBACK" identifier="ALWAYS" showHide="hide">'
             f'{_x(text).replace(chr(10), "<br/>")}</modalFeedback>\n')
    xml = xml.replace("  <itemBody>\n", outcome + "  <itemBody>\n", 1)
    return xml[:xml.rindex("</assessmentItem>")] + modal + "</assessmentItem>\n"


def _item_notes(q: Question, lang: str, written_in: str) -> list[Loss]:
    """What a written item lacks whatever its type: feedback, and the question's other languages."""
    notes = []
    if _has_answer_feedback(q):
        notes.append(Loss(q.key, "the answers' feedback is not written in qti; use yaml or moodlexml", True))
    others = sorted(k for k, t in q.text.items() if t and k != written_in)
    if written_in != lang:
        notes.append(Loss(q.key, f"it has no {lang} text: it is written in {written_in}", True))
    if others:
        notes.append(Loss(q.key, f"a qti item holds one language: only the {written_in} text is written, "
                                 f"not the {', '.join(others)} text; use yaml or moodlexml to keep every language", True))
    return notes


def write_qti_package(questions: list[Question], lang: str, path_or_file: str | IO[bytes],
                      images: dict | None = None) -> list[tuple[str, str]]:
    """Write a QTI 2.1 content package (zip with imsmanifest.xml) in language ``lang``.

    Single, multiple and true/false questions become choice items, short and numerical answers
    text entries, matching questions match items, essays extended texts, cloze questions a paragraph of inline
    interactions, and ratings, survey choices and comments are written unscored (see the module
    docstring); the others are not written and are returned as ``(key, reason)`` pairs (or
    :class:`Loss` with ``written`` for what a written item lacks: the answers' feedback, the
    question's other languages, ...) so the caller can report them. A question without text in
    ``lang`` is written in the language it has, and its item's ``xml:lang`` says so. Images (``images``: the stored images by SHA-256) are written
    once each as ``images/<name>`` and shown by an ``<img>`` in the item body or the choice.
    """
    not_written: list = []
    resources, taken, placed, written = [], set(), [], set()
    with zipfile.ZipFile(path_or_file, "w", zipfile.ZIP_DEFLATED) as zf:
        for q in questions:
            if q.type not in ("single", "multiple", "truefalse", "short", "numerical", "matching", "cloze",
                              "essay") + tuple(EVALUATION_CLASSES):
                not_written.append((q.key, f"{q.type} questions are not exported to QTI"))
                continue
            unheld = [n for n, b in enumerate(q.blanks, start=1)
                      if b.kind == "numerical" and not any(a.fraction > 0 and not a.other for a in b.numeric)]
            if q.type == "cloze" and unheld:
                not_written.append(Loss(q.key, f"blank {unheld[0]} earns credit only for any other number (*), which "
                                               "qti cannot hold; use yaml or moodlexml"))
                continue
            ident = _identifier(q.key, taken)
            href = f"items/{ident}.xml"
            if q.type in EVALUATION_CLASSES and q.image_refs():
                not_written.append(Loss(q.key, f"images of course-evaluation items ({q.type}) are not written in qti; "
                                               "use yaml or moodlexml", written=True))
            if q.type == "cloze" and q.image_refs():
                not_written.append(Loss(q.key, "the image of a cloze question is not written in qti; use yaml or "
                                               "moodlexml", written=True))
            item_lang = _item_language(q, lang)
            not_written += _item_notes(q, lang, item_lang)
            shown = {ref: images[ref] for ref in q.image_refs() if ref in (images or {})
                     and q.type not in EVALUATION_CLASSES and q.type != "cloze"}
            for image in shown.values():
                if f"images/{image.file_name()}" not in written:
                    written.add(f"images/{image.file_name()}")
                    zf.writestr(f"images/{image.file_name()}", image.data)
            paths = {ref: f"../images/{image.file_name()}" for ref, image in shown.items()}
            xml = _with_general_feedback(_item_xml(q, ident, item_lang, not_written, paths), q, item_lang)
            zf.writestr(href, xml.encode("utf-8"))
            files = "".join(f'      <file href="images/{image.file_name()}"/>\n' for image in shown.values())
            resources.append(
                f'    <resource identifier="RES-{ident}" type="imsqti_item_xmlv2p1" href="{href}">\n'
                f'      <file href="{href}"/>\n{files}    </resource>\n')
            placed.append((q.topic, ident))
        if any(topic for topic, _ident in placed):
            zf.writestr("tests/test.xml", _test_xml(placed).encode("utf-8"))
            resources.append('    <resource identifier="RES-TEST" type="imsqti_test_xmlv2p1" href="tests/test.xml">\n'
                             '      <file href="tests/test.xml"/>\n'
                             + "".join(f'      <dependency identifierref="RES-{i}"/>\n' for _t, i in placed)
                             + "    </resource>\n")
        manifest = (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<manifest xmlns="{CP_NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"\n'
            '  identifier="MANIFEST-assessor"\n'
            f'  xsi:schemaLocation="{CP_NS} http://www.imsglobal.org/xsd/qti/qtiv2p1/qtiv2p1_imscpv1p2_v1p0.xsd">\n'
            "  <metadata><schema>QTIv2.1 Package</schema><schemaversion>1.0.0</schemaversion></metadata>\n"
            "  <organizations/>\n"
            "  <resources>\n" + "".join(resources) + "  </resources>\n"
            "</manifest>\n")
        zf.writestr("imsmanifest.xml", manifest.encode("utf-8"))
    return not_written


__all__ = ["parse_qti", "write_qti_package", "EVALUATION_CLASSES"]
