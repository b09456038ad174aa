"""README documents every command of the CLI, and the core every public function (as sqlite-utils checks its docs)."""

from __future__ import annotations

import ast
from pathlib import Path

import click
import pytest

from assessor.cli import cli

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _commands(group: click.Group, prefix: str = "assessor"):
    for name, command in sorted(group.commands.items()):
        if isinstance(command, click.Group):
            yield from _commands(command, f"{prefix} {name}")
        else:
            yield f"{prefix} {name}"


@pytest.mark.parametrize("command", list(_commands(cli)))
def test_every_command_is_in_the_readme(command):
    words = command.split()
    # A row may show the global option (`assessor [--db PATH] bank validate`) or a shared
    # row for two sub-commands (`package export ... / package import`).
    assert command in README or " ".join(words[1:]) in README, command


def test_every_command_has_help():
    for command in _commands(cli):
        node = cli
        for word in command.split()[1:]:
            node = node.commands[word]
        assert node.help and node.help.strip(), command


def _undocumented(tree: ast.Module, where: str) -> list[str]:
    found = []

    def visit(node, prefix: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)):
                if not child.name.startswith("_") and ast.get_docstring(child) is None:
                    found.append(f"{where}:{child.lineno} {prefix}{child.name}")
            elif isinstance(child, ast.ClassDef) and not child.name.startswith("_"):
                visit(child, f"{prefix}{child.name}.")

    visit(tree, "")
    return found


def test_every_public_function_of_the_core_says_what_it_promises():
    # As sqlite-utils does for its API: a public function or method (of a public class, in a
    # public module) without a docstring fails here. Modules whose name starts with "_" are
    # private helpers of their package.
    missing = []
    for path in sorted((ROOT / "assessor").rglob("*.py")):
        if path.name.startswith("_") and path.name != "__init__.py":
            continue
        rel = str(path.relative_to(ROOT))
        missing += _undocumented(ast.parse(path.read_text(encoding="utf-8")), rel)
    assert missing == []


def test_the_docstring_check_finds_a_missing_docstring():
    tree = ast.parse("def f():\n    return 1\n\nclass C:\n    def g(self):\n        '''Says.'''\n"
                     "    def h(self):\n        pass\n    def _private(self):\n        pass\n")
    assert _undocumented(tree, "m.py") == ["m.py:1 f", "m.py:7 C.h"]


def test_the_first_day_checklist_names_buttons_and_menus_the_app_really_has():
    import re
    import xml.etree.ElementTree as ET

    guide = (ROOT / "docs" / "guide.md").read_text(encoding="utf-8")
    section = guide.split("## First day checklist", 1)[1].split("\n## ", 1)[0]
    named = re.findall(r"\*\*(.+?)\*\*", section)
    assert len(named) >= 20
    sources = {m.findtext("source").replace("&", "") for ts in (ROOT / "ui" / "translations").glob("*_id.ts")
               for m in ET.parse(ts).getroot().iter("message")}
    missing = [text for text in named if text not in sources]
    assert not missing, missing
    steps = re.findall(r"^\d+\. ", section, re.MULTILINE)
    assert len(steps) >= 8
