"""Errors in dialogs: the core's sentence in English, the meaning first in Indonesian,
and never a traceback for something unexpected."""

from __future__ import annotations

import re

import pytest

from assessor.errors import InputError
from ui import errors, i18n


def test_english_shows_the_core_sentence_that_names_the_place(qapp):
    exc = InputError("quiz.gift, line 3: unclosed '{'.", code="import_errors")
    assert errors.user_message(exc) == "quiz.gift, line 3: unclosed '{'."


def test_indonesian_gives_the_meaning_first_and_keeps_the_place(qapp):
    exc = InputError("quiz.gift, line 3: unclosed '{'.", code="import_errors")
    i18n.set_language("id")
    try:
        text = errors.user_message(exc)
    finally:
        i18n.set_language("en")
    first, detail = text.split("\n\n")
    assert first.startswith("Berkas memuat galat; tidak ada yang diimpor.")
    assert detail == "quiz.gift, line 3: unclosed '{'."


def test_unexpected_errors_are_logged_not_shown(qapp, tmp_path, caplog):
    text = errors.user_message(KeyError("column_x"))
    assert "column_x" not in text and "Traceback" not in text
    assert "Something unexpected went wrong" in text
    assert any("column_x" in (r.exc_text or str(r.exc_info)) for r in caplog.records)


@pytest.mark.parametrize("code", sorted(errors.MESSAGES))
def test_every_message_is_translated(qapp, code):
    i18n.set_language("id")
    try:
        translated = errors.QCoreApplication.translate("errors", errors.MESSAGES[code])
    finally:
        i18n.set_language("en")
    assert translated != errors.MESSAGES[code] and re.search(r"\w", translated)


def test_every_refusal_code_of_the_core_has_a_message():
    """A new refusal in the core needs its sentence here (internal codes are listed)."""
    import pathlib

    root = pathlib.Path(__file__).resolve().parents[2] / "assessor"
    codes = set()
    for path in root.rglob("*.py"):
        codes |= set(re.findall(r'code ?= ?"([a-z_]+)"', path.read_text(encoding="utf-8")))
        codes |= set(re.findall(r'refuse\([^)]*?"([a-z_]+)"\)', path.read_text(encoding="utf-8"), flags=re.S))
    internal = {"bad_event", "no_attempt", "not_on_form", "bad_reason",  # programming errors, never a user's
                "error", "bad_input", "refused",  # base classes: every raise names its own code
                "missing_text"}  # a bank-validation problem code, reported inside "bank_invalid"
    assert codes - internal - set(errors.MESSAGES) == set()
