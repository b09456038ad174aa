"""One word for one thing in Indonesian: docs/glossary.md against every Indonesian text we ship."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]


def glossary() -> list[dict]:
    """The rows of the glossary table: english, indonesian, not (list), scope ("all"/"app")."""
    rows = []
    for line in (ROOT / "docs" / "glossary.md").read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != 5 or cells[0] in ("English", "") or set(cells[0]) <= set("-"):
            continue
        rows.append({"english": cells[0], "indonesian": cells[1],
                     "not": [v.strip() for v in cells[2].split(",") if v.strip()], "scope": cells[3]})
    return rows


def _strings(node) -> list[str]:
    return [n.value for n in ast.walk(node) if isinstance(n, ast.Constant) and isinstance(n.value, str)]


def python_indonesian(path: Path) -> list[str]:
    """Indonesian texts of a module: "id" values of dicts, dicts and names ending in _id/_ID,
    and what is appended to the summary's ``idn`` list."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Dict):
            for key, value in zip(node.keys, node.values):
                if isinstance(key, ast.Constant) and key.value == "id":
                    found += _strings(value)
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if any(isinstance(t, ast.Name) and t.id.lower().endswith("_id") for t in targets) and node.value:
                value = node.value
                found += _strings(ast.Tuple([*value.values], ast.Load()) if isinstance(value, ast.Dict) else value)
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "append"
              and isinstance(node.func.value, ast.Name) and node.func.value.id == "idn"):
            found += [s for a in node.args for s in _strings(a)]
    return found


def _bank_texts(data, in_questions: bool, out: dict) -> None:
    if isinstance(data, dict):
        for key, value in data.items():
            if key == "id" and isinstance(value, str):
                out["questions" if in_questions else "app"].append(value)
            else:
                _bank_texts(value, in_questions or key == "questions", out)
    elif isinstance(data, list):
        for value in data:
            _bank_texts(value, in_questions, out)


def sources() -> dict[str, list[str]]:
    """Indonesian texts by where they are: "app" (screens, reports, summary, bank names and topics)
    and "questions" (the bundled banks' questions, options and feedback)."""
    texts = {"app": [], "questions": []}
    for path in sorted((ROOT / "ui" / "translations").glob("*_id.yaml")):
        for value in yaml.safe_load(path.read_text(encoding="utf-8")).values():
            texts["app"] += value if isinstance(value, list) else [str(value)]
    for path in [*sorted((ROOT / "reports").rglob("*.py")), ROOT / "assessor" / "analysis" / "summary.py"]:
        texts["app"] += python_indonesian(path)
    for path in sorted((ROOT / "question_banks").glob("*.yaml")):
        _bank_texts(yaml.safe_load(path.read_text(encoding="utf-8")), False, texts)
    return texts


def offenders(texts: list[str], variant: str, allowed: list[str]) -> list[str]:
    pattern = re.compile(r"(?<![\w-])" + re.escape(variant) + r"(?![\w-])", re.IGNORECASE)
    hits = []
    for text in texts:
        for ok in allowed:  # the glossary's own words (e.g. "pelatihan untuk pelatih") are fine
            text = re.sub(re.escape(ok), " ", text, flags=re.IGNORECASE)
        if pattern.search(text):
            hits.append(text[:120])
    return hits


ROWS = glossary()
TEXTS = sources()


def test_the_glossary_lists_each_term_with_a_definition_and_its_forbidden_variants():
    assert len(ROWS) >= 12
    english = {r["english"] for r in ROWS}
    for term in ("pre-test", "post-test", "follow-up test", "organisation", "score", "mark", "submit", "attempt",
                 "item facility (P index)"):
        assert term in english, term
    by = {r["english"]: r["indonesian"] for r in ROWS}
    assert (by["pre-test"], by["post-test"], by["follow-up test"]) == ("tes awal", "tes akhir", "tes lanjutan")
    assert (by["score"], by["mark"], by["submit"], by["attempt"]) == ("skor", "nilai", "kirim", "pengerjaan")
    assert all(r["scope"] in ("all", "app") for r in ROWS)
    assert len(TEXTS["app"]) > 500 and len(TEXTS["questions"]) > 100  # the sources were found


@pytest.mark.parametrize("row", [r for r in ROWS if r["not"]], ids=lambda r: r["english"])
def test_no_indonesian_text_uses_a_forbidden_variant(row):
    allowed = [r["indonesian"] for r in ROWS if len(r["indonesian"].split()) > 1]
    texts = TEXTS["app"] + (TEXTS["questions"] if row["scope"] == "all" else [])
    found = {v: offenders(texts, v, allowed) for v in row["not"]}
    assert not any(found.values()), {v: hits[:3] for v, hits in found.items() if hits}


def test_the_score_sheet_says_skor_for_the_score_and_nilai_for_a_mark():
    from reports.common import LABELS

    assert LABELS["score"]["id"] == "Skor" and LABELS["mark"]["id"] == "Nilai"
    assert LABELS["sheet_title"]["id"].startswith("Lembar skor")


def test_the_checker_finds_a_variant_and_ignores_it_inside_another_word():
    assert offenders(["Hasil pre-tes angkatan"], "pre-tes", []) == ["Hasil pre-tes angkatan"]
    assert offenders(["pre-test"], "pre-tes", []) == []
    assert offenders(["pelatihan untuk pelatih (ToT)"], "pelatih", ["pelatihan untuk pelatih"]) == []
    assert offenders(["tanyakan pelatih"], "pelatih", ["pelatihan untuk pelatih"]) == ["tanyakan pelatih"]


def test_one_spelling_normalized_in_every_english_text_and_document():
    texts = [p.read_text(encoding="utf-8") for p in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]]
    for path in sorted((ROOT / "ui" / "translations").glob("*_id.yaml")):  # the keys are the English screen texts
        texts += [str(k) for k in yaml.safe_load(path.read_text(encoding="utf-8"))]
    for path in sorted((ROOT / "reports").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        texts += [s for node in ast.walk(tree) if isinstance(node, ast.Dict)
                  for key, value in zip(node.keys, node.values)
                  if isinstance(key, ast.Constant) and key.value == "en" for s in _strings(value)]
    assert not [t[:80] for t in texts if re.search(r"\bnormalis(e|ed|es|ing|ation)\b", t, re.IGNORECASE)]
