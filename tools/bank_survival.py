"""Do real bank files survive? Import, store and export every bank file in a folder (issue #15).

For each file under FOLDER (any depth): the import preview; the valid questions stored into a fresh
database (stored must equal previewed); the stored bank exported in every format, each export
imported again. Reported per file: crashes (any exception that is not Assessor's InputError),
stored != previewed, refusals that are not one sentence naming the file and the line or item, and
losses an export did not name (a question that did not come back although counted as written, or
one that came back changed in a part the format carries). Nothing is written into FOLDER.

    python tools/bank_survival.py FOLDER [--json OUT]

Exits 1 when anything is reported.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import traceback
from collections import Counter
from pathlib import Path

from assessor.banks.bankio import (EXPORT_FORMATS, EXTENSIONS, FIELDS_NOT_WRITTEN, SINGLE_LANGUAGE_FORMATS,
                                   export_bank, import_bank_file, import_file, parse_file, store_report)
from assessor.errors import InputError
from assessor.store import Store

# Parts of a question that a format carries only in part, by design and documented in docs/formats-*.md:
# left out of the comparison (a real file's own markup comes back in the exporter's form).
_ALWAYS_SKIPPED = {"text_format"}
_NOT_COMPARED = {
    "yaml": set(),
    "moodlexml": set(),
    "gift": set(),
    "aiken": {"key", "topic", "tags", "title", "rationale", "objective", "source"},
    "qti": set(),
    "xlsx": set(),
}
_PLACE = re.compile(r"\bline \d+|\brow \d+|\bitem\b|\bquestion\b|\bmember\b|\bitems?/|\.xml\b|\bcolumn\b", re.I)
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z])")


def _one_sentence(message: str) -> bool:
    """Whether ``message`` reads as one sentence (file paths and abbreviations aside)."""
    body = re.sub(r"\S+/\S+", "PATH", message)  # a path's dots are no sentence ends
    body = re.sub(r"\b(e\.g|i\.e|etc|art|no|vs)\.", "x", body, flags=re.I)
    return not _SENTENCE_END.search(body.strip().rstrip("."))


def _refusal_problems(path: Path, message: str) -> list[str]:
    problems = []
    if path.name not in message:
        problems.append(f"refusal does not name the file: {message}")
    if not _PLACE.search(message.replace(str(path), "")):
        problems.append(f"refusal names no line or item: {message}")
    if not _one_sentence(message):
        problems.append(f"refusal is not one sentence: {message}")
    return problems


def _comparable(q, key: str, fmt: str, langs: list[str], named: set[str]) -> dict:
    """The parts of ``q`` that an export in ``fmt`` should give back, as data."""
    data = q.content()
    keep = set(langs[:1]) if fmt in SINGLE_LANGUAGE_FORMATS or fmt == "qti" else set(langs)

    def texts(value):
        if isinstance(value, dict) and value and all(isinstance(k, str) and len(k) <= 3 for k in value):
            return {k: v for k, v in value.items() if k in keep and v}
        if isinstance(value, dict):
            return {k: texts(v) for k, v in value.items()}
        if isinstance(value, list):
            return [texts(v) for v in value]
        return value

    data = texts(data)
    if data.get("title") in ("", key, _qti_identifier(key)):  # a title repeating the key is the key (QTI, Moodle drop it)
        data.pop("title")
    if fmt == "qti":
        # Whitespace and empty-element spelling are not content in XML markup; a short answer or catch-all earning 0
        # only carries feedback, which a QTI export names as not written.
        data = json.loads(re.sub(r"(\\n|\\t|\s)+", " ", json.dumps(data)).replace(" />", "/>"))
        if q.type == "short":  # a wrong answer earning 0 scores as any unlisted answer does
            data["options"] = [o for o in data.get("options", []) if o.get("fraction")]
        data["numeric"] = [a for a in data.get("numeric", []) if not (a.get("other") and not a.get("fraction"))]
    for name in _ALWAYS_SKIPPED | _NOT_COMPARED[fmt] | set(FIELDS_NOT_WRITTEN.get(fmt, ())) | named:
        data.pop(name, None)
    if "feedback" in _NOT_COMPARED[fmt] | set(FIELDS_NOT_WRITTEN.get(fmt, ())) | named:
        blanks = data.get("blanks", [])
        for part in data.get("options", []) + data.get("numeric", []) + [
                part for b in blanks for part in b.get("options", []) + b.get("numeric", [])]:
            part.pop("feedback", None)
    data.pop("key", None)
    return data


def _named_parts(reason: str) -> set[str]:
    """The parts of a question a loss's reason says were not written."""
    words = {"image": ("image", "image_alt", "options"), "numerical": ("numeric",), "wildcard": ("options",),
             "title": ("title",), "tags": ("tags",), "topic": ("topic",), "feedback": ("feedback",),
             "objective": ("objective",), "source": ("source",), "rationale": ("rationale",),
             "case": ("case_sensitive",), "options": ("options",)}
    return {field for word, fields in words.items() if word in reason for field in fields}


def _qti_identifier(key: str) -> str:
    """The identifier a QTI export gives ``key`` (adapted to QTI's rules, as docs/formats-moodle-qti-xlsx.md says)."""
    ident = re.sub(r"[^A-Za-z0-9_.-]", "_", key) or "item"
    return ident if re.match(r"[A-Za-z_]", ident) else "I" + ident


def check_file(path: Path, work: Path, verbose: bool = False) -> dict:
    """Everything the survival check finds for one file (see the module docstring)."""
    result = {"file": str(path), "format": "", "previewed": 0, "stored": 0, "errors": 0, "skipped": 0,
              "problems": []}
    problems = result["problems"]
    try:
        report = parse_file(path)
    except InputError as exc:
        result["format"] = "refused"
        problems += _refusal_problems(path, str(exc))
        return result
    except Exception:  # noqa: BLE001 - a crash is what this tool reports
        problems.append("crash in the preview: " + traceback.format_exc(limit=3).strip().splitlines()[-1])
        return result
    result.update(format=report.format, previewed=len(report.questions), errors=len(report.errors),
                  skipped=len(report.skipped))
    store = Store.memory()
    if report.errors:
        try:
            store_report(store, report, bank_name="Corpus", source=str(path))
            problems.append("a preview with errors was stored without --valid-only")
        except InputError as exc:
            problems += _refusal_problems(path, str(exc))
    if not report.questions:
        return result
    try:
        if report.format == "yaml" and not report.errors:  # as the app and the command line store a native bank
            import_bank_file(store, path)
        else:
            store_report(store, report, bank_name="Corpus", valid_only=True, source=str(path))
    except InputError as exc:
        problems.append(f"valid questions were refused: {exc}")
        return result
    except Exception:  # noqa: BLE001
        problems.append("crash while storing: " + traceback.format_exc(limit=3).strip().splitlines()[-1])
        return result
    (bank,) = store.banks.list()
    stored = {q.key: q for q in store.banks.questions(bank.id)}
    result["stored"] = len(stored)
    if len(stored) != len(report.questions):
        problems.append(f"stored {len(stored)} != previewed {len(report.questions)}")
    for fmt in EXPORT_FORMATS:
        out = work / f"export.{EXTENSIONS[fmt]}"
        try:
            losses = export_bank(store, bank.id, fmt, out)
            if len({loss.key for loss in losses if not loss.written}) == len(stored):
                continue  # nothing written, and each question named
            other = Store.memory()
            import_file(other, out, bank_name="Again")
        except InputError as exc:
            problems.append(f"{fmt}: the export does not import again: {exc}")
            continue
        except Exception:  # noqa: BLE001
            problems.append(f"{fmt}: crash in export or re-import: "
                            + traceback.format_exc(limit=3).strip().splitlines()[-1])
            continue
        (again,) = other.banks.list()
        back = list(other.banks.questions(again.id))
        left_out = {loss.key for loss in losses if not loss.written}
        if len(back) != len(stored) - len(left_out):
            problems.append(f"{fmt}: {len(stored) - len(left_out)} counted as written, {len(back)} came back")
        langs = list(bank.languages)
        by_key = {q.key: q for q in back}
        by_text = {json.dumps(q.text.get(langs[0]) if langs else "", ensure_ascii=False): q for q in back}
        for key, q in stored.items():
            if key in left_out:
                continue
            returned = by_key.get(_qti_identifier(key) if fmt == "qti" else key) if fmt != "aiken" else by_text.get(
                json.dumps(q.text.get(langs[0]) if langs else "", ensure_ascii=False))
            named = set().union(*(_named_parts(loss.reason) for loss in losses if loss.key == key))
            if returned is None:
                problems.append(f"{fmt}: {key} counted as written but did not come back")
                continue
            want, got = _comparable(q, key, fmt, langs, named), _comparable(returned, key, fmt, langs, named)
            if want != got:
                changed = sorted(k for k in set(want) | set(got) if want.get(k) != got.get(k))
                problems.append(f"{fmt}: {key} came back changed in {', '.join(changed)}, not named"
                                + (f" ({[(k, want.get(k), got.get(k)) for k in changed]})" if verbose else ""))
    return result


def main(argv: list[str] | None = None) -> int:
    """Check every file under a folder and print a summary; 1 when anything is reported."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--json", type=Path, help="write every file's result here")
    parser.add_argument("--verbose", action="store_true", help="show what changed")
    args = parser.parse_args(argv)
    files = sorted(p for p in args.folder.rglob("*") if p.is_file() and not p.name.startswith("."))
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        for path in files:
            results.append(check_file(path, Path(tmp), args.verbose))
            for problem in results[-1]["problems"]:
                print(f"{path.relative_to(args.folder)}: {problem}")
    formats = Counter(r["format"] or "crash" for r in results)
    bad = [r for r in results if r["problems"]]
    print(f"{len(results)} files ({', '.join(f'{n} {f}' for f, n in sorted(formats.items()))}); "
          f"{sum(r['previewed'] for r in results)} questions previewed, {sum(r['stored'] for r in results)} stored; "
          f"{len(bad)} file(s) with problems")
    if args.json:
        args.json.write_text(json.dumps(results, indent=1, ensure_ascii=False), encoding="utf-8")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
