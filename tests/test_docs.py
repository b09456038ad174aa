"""README documents every command of the CLI (as sqlite-utils checks its docs)."""

from __future__ import annotations

from pathlib import Path

import click
import pytest

from assessor.cli import cli

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


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
