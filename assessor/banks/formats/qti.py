"""IMS QTI 2.1: import single items or content packages, export a content package.

Import reads ``assessmentItem`` documents whose body holds one ``choiceInteraction``
(single response for cardinality ``single``, multiple response for ``multiple``);
items with any other interaction are reported as skipped. A content package is a zip
with ``imsmanifest.xml`` whose ``imsqti_item_xmlv2p*`` resources name the items; the
zip is checked by :mod:`safezip` before anything is read. Lines are lines in the item
file; for packages, messages start with the member's path.

Export writes one item per single, multiple or true/false question (as a
``choiceInteraction`` scored with the ``match_correct`` template) in one language,
and returns the questions it could not express.

Course evaluation: a rating (one ``simpleChoice`` per scale point) and a survey choice are
written as a ``choiceInteraction`` and a comment as an ``extendedTextInteraction``, without
``correctResponse``, outcome or response processing; the interaction's ``class`` names the
type (``assessor-rating``, ``assessor-choice``, ``assessor-comment``: :data:`EVALUATION_CLASSES`),
and such items come back as that type. Unmarked items without a correct response and unmarked
text interactions are still skipped. A then/now item (retro) is not written.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from typing import IO
from xml.sax.saxutils import escape, quoteattr

from assessor.errors import InputError
from assessor.banks.images import check_image, media_kind, refuse_media
from assessor.banks.questions import OPTION_LETTERS, SCALE_POINTS, Question, localized
from assessor.banks.formats import _xmltree, safezip
from assessor.banks.formats.interchange import ImportReport, Loss, Message, Parsed, ParsedOption, Skipped

FORMAT = "qti"
QTI_NS = "http://www.imsglobal.org/xsd/imsqti_v2p1"
CP_NS = "http://www.imsglobal.org/xsd/imscp_v1p1"
MATCH_CORRECT = "http://www.imsglobal.org/question/qti_v2p1/rptemplates/match_correct"
EVALUATION_CLASSES = {"rating": "assessor-rating", "choice": "assessor-choice", "comment": "assessor-comment"}
"""The ``class`` of the interaction of a written course-evaluation item, per type."""
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
            hrefs = []
            old_types = sorted({r.get("type") for r in root.iter("resource")
                                if "qti_xmlv1p2" in r.get("type") or "x-bb-qti" in r.get("type")})
            if old_types and not any(r.get("type").startswith("imsqti_item_xmlv2p") for r in root.iter("resource")):
                exporter = qti12_exporter(safezip.read_member(zf, manifest, name))
                by = f" exported by {exporter}" if exporter else ""
                report.errors.append(Message(0, f"{name} is a QTI 1.2 package{by} ({old_types[0]}), which is not "
                                                "supported (only QTI 2.x items are read); export the questions as "
                                                "QTI 2.1 or Moodle XML"))
                return
            for res in root.iter("resource"):
                if not res.get("type").startswith("imsqti_item_xmlv2p"):
                    continue
                href = posixpath.normpath(res.get("href").split("#")[0]) if res.get("href") else ""
                if href not in members:
                    report.errors.append(Message(res.line, f"imsmanifest.xml: item {res.get('href')!r} is not in the package"))
                    continue
                hrefs.append(href)
            if not hrefs and not report.errors:
                report.errors.append(Message(0, "imsmanifest.xml lists no QTI 2.x items"))
        def media(src: str, item: str) -> bytes | None:
            """The bytes of the package member ``src`` names (relative to the item), None when absent or outside."""
            target = posixpath.normpath(posixpath.join(posixpath.dirname(item), src))
            if target.startswith(("../", "/")) or target == ".." or target not in members:
                return None
            return safezip.read_member(zf, members[target], name)

        for href in hrefs:
            _parse_item_bytes(safezip.read_member(zf, members[href], name), href, report, quiet_other=manifest is None,
                              media=media)


def _parse_item_bytes(data: bytes, member: str, report: ImportReport, quiet_other: bool = False,
                      media=None) -> None:
    where = f"{member}: " if member else ""
    try:
        root = _xmltree.parse(data)
    except _xmltree.XmlError as exc:
        report.errors.append(Message(exc.line, where + exc.message))
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
        report.questions.append(parsed)


def qti12_exporter(data: bytes) -> str:
    """The program that most likely wrote a QTI 1.2 file (Canvas, Blackboard, Respondus), else ''."""
    head = data[:200000].lower()
    for marker, name in ((b"canvas", "Canvas"), (b"instructure", "Canvas"), (b"cc_profile", "Canvas"),
                         (b"respondus", "Respondus"), (b"blackboard", "Blackboard"), (b"x-bb-", "Blackboard"),
                         (b"bbmd_", "Blackboard"), (b"d2l", "D2L Brightspace")):
        if marker in head:
            return name
    return ""


def foreign_root(root: _xmltree.Node, data: bytes) -> str:
    """Why a document with this root is not a QTI 2.x item, when it is a known other format."""
    if root.tag == "questestinterop":
        exporter = qti12_exporter(data)
        by = f" exported by {exporter}" if exporter else ""
        return (f"this is QTI 1.2{by}, which is not supported (only QTI 2.x items are read); "
                "export the questions as QTI 2.1 or Moodle XML")
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
                if kind == "image" and "svg" in node.get("type"):
                    kind = "svg"
                if kind not in ("audio", "video", "svg"):
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
        if kind:
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
        alt = img.get("alt") if img.tag == "img" else img.itertext().strip()  # an <object>'s fallback text
        return _without(node, img), image.sha256, alt


def _image_object(node: _xmltree.Node) -> bool:
    """Whether an ``<object>`` shows a PNG or JPEG picture (QTI 2.1 allows pictures as objects)."""
    kind = node.get("type").lower()
    return kind in ("image/png", "image/jpeg", "image/jpg") or (
        not kind and node.get("data").lower().rsplit(".", 1)[-1] in ("png", "jpg", "jpeg"))


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
    if not correct:
        mapping = declaration.find("mapping")
        for entry in mapping.findall("mapEntry") if mapping is not None else []:
            try:
                if float(entry.get("mappedValue", "0")) > 0:
                    correct.append(entry.get("mapKey"))
            except ValueError:
                raise _Invalid(entry.line, f"mappedValue {entry.get('mappedValue')!r} is not a number") from None
    choices = interaction.findall("simpleChoice")
    if len(choices) < 2:
        raise _Invalid(interaction.line, "a choiceInteraction needs at least two simpleChoice elements")
    ids = [c.get("identifier") for c in choices]
    unknown = [c for c in correct if c not in ids]
    if unknown:
        raise _Invalid(declaration.line, f"the correct response {unknown[0]!r} is not a choice")
    if not correct:
        # A survey item (no right answer) cannot be scored: skipped, never a reason to refuse the file.
        report.skipped.append(Skipped(line, "unscored", f"{where}the item declares no correct response, so it "
                                                        "cannot be scored (a survey item?)"))
        return None
    qtype = "single" if cardinality == "single" else "multiple"
    if qtype == "single" and len(correct) > 1:
        raise _Invalid(declaration.line, "a single-response item has more than one correct response")
    credit = 1.0 / len(set(correct))
    place = f"item {root.get('identifier') or where.rstrip(': ') or line}"
    media.refuse_other_media(body, place)
    options = []
    for choice in choices:
        shown, image, alt = media.take(choice, f"{place}, choice {choice.get('identifier')}")
        text, _fmt = _content(shown, skip=("feedbackInline",))
        if not text and not image:
            raise _Invalid(choice.line, f"choice {choice.get('identifier')!r} has no text")
        options.append(ParsedOption(text, credit if choice.get("identifier") in correct else 0.0, image=image,
                                    image_alt=alt))
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
    return Parsed(
        line=line, type=qtype, text=text, id=identifier or None, key=identifier,
        title="" if title == identifier else title,
        text_format="html" if "html" in (lead_fmt, prompt_fmt) else "plain_text",
        options=options, image=image, image_alt=image_alt,
    )


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


# -- export ---------------------------------------------------------------------

_TRUE_FALSE = {"en": ("True", "False"), "id": ("Benar", "Salah")}
_INVALID_XML = re.compile("[^\x09\x0a\x0d\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _x(s: str) -> str:
    return escape(_INVALID_XML.sub("", s))


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
            f' adaptive="false" timeDependent="false" xml:lang={quoteattr(lang)}>\n')


def _evaluation_xml(q: Question, ident: str, lang: str) -> str:
    """An unscored item: no correct response, no outcome, no response processing; the class names the type."""
    cls = EVALUATION_CLASSES[q.type]
    prompt = f"      <prompt>{_x(localized(q.text, lang))}</prompt>"
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


def _img(owner, lang: str, paths: dict[str, str]) -> str:
    """The ``<img>`` of a question or choice (``paths``: image SHA-256 -> href relative to the item), or ''."""
    if not owner.image or owner.image not in paths:
        return ""
    return f"<img src={quoteattr(paths[owner.image])} alt={quoteattr(_INVALID_XML.sub('', localized(owner.image_alt, lang)))}/>"


def _item_xml(q: Question, ident: str, lang: str, paths: dict[str, str] | None = None) -> str:
    paths = paths or {}
    if q.type in EVALUATION_CLASSES:
        return _evaluation_xml(q, ident, lang)
    if q.type == "truefalse":
        labels = _TRUE_FALSE.get(lang, _TRUE_FALSE["en"])
        choices = [("A", labels[0], ""), ("B", labels[1], "")]
        correct = ["A" if q.answer else "B"]
    else:
        choices = [(OPTION_LETTERS[i], localized(o.text, lang), _img(o, lang, paths)) for i, o in enumerate(q.options)]
        correct = list(q.correct_keys)
    cardinality = "multiple" if q.type == "multiple" else "single"
    max_choices = 0 if q.type == "multiple" else 1
    values = "".join(f"<value>{c}</value>" for c in correct)
    simple = "".join(f'\n      <simpleChoice identifier="{k}">{_x(t)}{img}</simpleChoice>' for k, t, img in choices)
    stem = _img(q, lang, paths)
    return (
        _head(q, ident, lang) +
        f'  <responseDeclaration identifier="RESPONSE" cardinality="{cardinality}" baseType="identifier">\n'
        f"    <correctResponse>{values}</correctResponse>\n"
        "  </responseDeclaration>\n"
        '  <outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float">\n'
        "    <defaultValue><value>0</value></defaultValue>\n"
        "  </outcomeDeclaration>\n"
        "  <itemBody>\n" + (f"    <p>{stem}</p>\n" if stem else "") +
        f'    <choiceInteraction responseIdentifier="RESPONSE" shuffle="false" maxChoices="{max_choices}">\n'
        f"      <prompt>{_x(localized(q.text, lang))}</prompt>{simple}\n"
        "    </choiceInteraction>\n"
        "  </itemBody>\n"
        f'  <responseProcessing template="{MATCH_CORRECT}"/>\n'
        "</assessmentItem>\n"
    )


def write_qti_package(questions: list[Question], lang: str, path_or_file: str | IO[bytes],
                      images: dict | None = None) -> list[tuple[str, str]]:
    """Write a QTI 2.1 content package (zip with imsmanifest.xml) in language ``lang``.

    Images (``images``: the stored images by SHA-256) are written once each as
    ``images/<name>`` and shown by an ``<img>`` in the item body or the choice.

    Single, multiple and true/false questions become items, and so do ratings, survey choices
    and comments (unscored, see the module docstring); the others are not written and are
    returned as ``(key, reason)`` pairs so the caller can report them.
    """
    not_written: list[tuple[str, str]] = []
    resources, taken, written = [], set(), set()
    with zipfile.ZipFile(path_or_file, "w", zipfile.ZIP_DEFLATED) as zf:
        for q in questions:
            if q.type not in ("single", "multiple", "truefalse") + tuple(EVALUATION_CLASSES):
                not_written.append((q.key, f"{q.type} questions are not exported to QTI"))
                continue
            ident = _identifier(q.key, taken)
            href = f"items/{ident}.xml"
            if q.type in EVALUATION_CLASSES and q.image_refs():
                not_written.append(Loss(q.key, f"images of course-evaluation items ({q.type}) are not written in qti; "
                                               "use yaml or moodlexml", written=True))
            shown = {ref: images[ref] for ref in q.image_refs() if ref in (images or {})
                     and q.type not in EVALUATION_CLASSES}
            for image in shown.values():
                if f"images/{image.file_name()}" not in written:
                    written.add(f"images/{image.file_name()}")
                    zf.writestr(f"images/{image.file_name()}", image.data)
            paths = {ref: f"../images/{image.file_name()}" for ref, image in shown.items()}
            zf.writestr(href, _item_xml(q, ident, lang, paths).encode("utf-8"))
            files = "".join(f'      <file href="images/{image.file_name()}"/>\n' for image in shown.values())
            resources.append(
                f'    <resource identifier="RES-{ident}" type="imsqti_item_xmlv2p1" href="{href}">\n'
                f'      <file href="{href}"/>\n{files}    </resource>\n')
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
