"""A small XML tree with source line numbers, parsed safely through defusedxml.

ElementTree drops line numbers, and importers must report problems by line, so the
Moodle XML and QTI readers build this tree from defusedxml's SAX parser (entities,
external references and DTD tricks are refused by defusedxml). Element names keep
only their local part: ``imsqti:choiceInteraction`` becomes ``choiceInteraction``.
"""

from __future__ import annotations

import io
import xml.sax
from dataclasses import dataclass, field
from xml.sax.saxutils import escape, quoteattr

import defusedxml
import defusedxml.sax


@dataclass
class Node:
    tag: str
    attrib: dict[str, str]
    line: int
    # Mixed content in document order: strings and child nodes.
    content: list["Node | str"] = field(default_factory=list)

    @property
    def children(self) -> list["Node"]:
        return [c for c in self.content if isinstance(c, Node)]

    def find(self, tag: str) -> "Node | None":
        return next((c for c in self.children if c.tag == tag), None)

    def findall(self, tag: str) -> list["Node"]:
        return [c for c in self.children if c.tag == tag]

    def iter(self, tag: str | None = None):
        """This node and all descendants (document order), optionally by tag."""
        if tag is None or self.tag == tag:
            yield self
        for child in self.children:
            yield from child.iter(tag)

    def get(self, name: str, default: str = "") -> str:
        return self.attrib.get(name, default)

    @property
    def text(self) -> str:
        """Character data directly inside this element (CDATA included)."""
        return "".join(c for c in self.content if isinstance(c, str))

    def itertext(self) -> str:
        return "".join(c if isinstance(c, str) else c.itertext() for c in self.content)

    def inner_xml(self, skip: tuple[str, ...] = ()) -> str:
        """The content serialised back to markup (XHTML in QTI item bodies)."""
        out = []
        for c in self.content:
            if isinstance(c, str):
                out.append(escape(c))
            elif c.tag not in skip:
                attrs = "".join(f" {k}={quoteattr(v)}" for k, v in c.attrib.items() if ":" not in k and k != "xmlns")
                inner = c.inner_xml(skip)
                out.append(f"<{c.tag}{attrs}>{inner}</{c.tag}>" if inner else f"<{c.tag}{attrs}/>")
        return "".join(out)


class XmlError(Exception):
    """The bytes are not well-formed (or not allowed) XML; ``line`` is where it broke."""

    def __init__(self, line: int, message: str):
        super().__init__(message)
        self.line = line
        self.message = message


class _Builder(xml.sax.handler.ContentHandler):
    def __init__(self):
        super().__init__()
        self.root: Node | None = None
        self.stack: list[Node] = []
        self.locator = None

    def setDocumentLocator(self, locator):
        self.locator = locator

    def startElement(self, name, attrs):
        line = self.locator.getLineNumber() if self.locator else 0
        node = Node(name.rsplit(":", 1)[-1], {k: attrs[k] for k in attrs.getNames()}, line or 0)
        if self.stack:
            self.stack[-1].content.append(node)
        else:
            self.root = node
        self.stack.append(node)

    def endElement(self, name):
        self.stack.pop()

    def characters(self, content):
        if self.stack:
            parent = self.stack[-1].content
            if parent and isinstance(parent[-1], str):
                parent[-1] += content
            else:
                parent.append(content)


def parse(data: bytes) -> Node:
    """The root node of ``data``; raises :class:`XmlError` for anything unparsable."""
    builder = _Builder()
    parser = defusedxml.sax.make_parser()
    parser.setContentHandler(builder)
    parser.setErrorHandler(xml.sax.handler.ErrorHandler())
    # defusedxml's defaults: no entity declarations, no external references.
    parser.setFeature(xml.sax.handler.feature_namespaces, False)
    parser.setFeature(xml.sax.handler.feature_external_ges, False)
    try:
        source = xml.sax.xmlreader.InputSource()
        source.setByteStream(io.BytesIO(data))
        parser.parse(source)
    except xml.sax.SAXParseException as exc:
        raise XmlError(exc.getLineNumber() or 1, f"not well-formed XML ({exc.getMessage()})") from None
    except defusedxml.DefusedXmlException as exc:
        line = builder.locator.getLineNumber() if builder.locator else 1
        raise XmlError(line or 1, f"XML refused for safety: {type(exc).__name__}") from None
    except (xml.sax.SAXException, ValueError, LookupError, UnicodeError) as exc:
        raise XmlError(1, f"not readable XML ({exc})") from None
    if builder.root is None:
        raise XmlError(1, "the file contains no XML element")
    return builder.root
