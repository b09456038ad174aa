"""Fill a Qt .ts file from a YAML mapping of source text -> translation.

    python tools/tsfill.py ui/translations/runner_id.ts ui/translations/runner_id.yaml

The YAML maps ``"Context|Source text"`` or plain ``"Source text"`` to the translation.
Messages found get their translation and lose ``type="unfinished"``; the ones still
untranslated are listed (and the exit code is 1). Plural messages (``%n``) take a
list of forms in the YAML (Indonesian has one form).
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET  # our own .ts files, not untrusted input

import yaml


def fill(ts_path: str, mapping: dict) -> list[str]:
    tree = ET.parse(ts_path)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            tr = message.find("translation")
            value = mapping.get(f"{name}|{source}", mapping.get(source))
            if value is None:
                if tr is None or tr.get("type") in ("unfinished",) and not (tr.text or list(tr)):
                    missing.append(f"{name}|{source}")
                continue
            if tr is None:
                tr = ET.SubElement(message, "translation")
            for child in list(tr):
                tr.remove(child)
            if message.get("numerus") == "yes":
                forms = value if isinstance(value, list) else [value]
                tr.text = None
                for form in forms:
                    ET.SubElement(tr, "numerusform").text = form
            else:
                tr.text = value
            tr.attrib.pop("type", None)
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    return missing


def main(argv) -> int:
    ts_path, yaml_path = argv
    with open(yaml_path, encoding="utf-8") as fh:
        mapping = yaml.safe_load(fh) or {}
    missing = fill(ts_path, mapping)
    for m in missing:
        print("untranslated:", m)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
