"""The phone page's texts in English and Bahasa Indonesia, read from the app's own translation sources.

The page's English texts are declared here once (a key per text). Their Indonesian comes
from the YAML files the app's ``.ts`` translations are filled from
(``ui/translations/classroom_id.yaml`` for texts only the phone page has, then
``runner_id.yaml`` for the ones it shares with participant mode), read as plain data:
the phone and the kiosk say the same thing in the same words. No Qt is involved.
"""

from __future__ import annotations

import functools
from pathlib import Path

import yaml

# The app's translation folder sits beside this package's top (source tree and installed alike).
TRANSLATIONS = Path(__file__).resolve().parents[2] / "ui" / "translations"
SOURCES = ("classroom_id.yaml", "runner_id.yaml")

TEXTS: dict[str, str] = {
    # language and check-in
    "hello": "Hello",
    "choose_language": "Choose the language for your test. You can change it during the test.",
    "welcome": "Welcome",
    "checkin_hint": "Type your participant code from your code slip, then press Start.",
    "code_label": "Participant code",
    "join_label": "Join code (shown on the facilitator's screen)",
    "start": "Start",
    "scan": "Scan the code slip",
    "scan_failed": "No code found in the photo. Type the code instead.",
    "unknown_code": "We could not find this name or code. Check the spelling or ask the facilitator.",
    "already_submitted": "You have already submitted this test. Please ask the facilitator if you think this is wrong.",
    "session_closed": "This test session is closed. Please ask the facilitator.",
    "resume_locked": "This test was started on another phone or laptop. Ask the facilitator to let you "
                     "continue on this phone, then press Start again.",
    "bad_join": "This join code is not right. Check it on the facilitator's screen.",
    "too_many": "Too many tries. Wait a minute, then try again.",
    "bad_secret": "This phone may no longer continue this test. Check in again.",
    "offline_checkin": "No connection to the facilitator's laptop. Check the Wi-Fi, then try again.",
    # instructions
    "instructions": "Instructions",
    "count_line": "Questions in this test: {}. Each question is on its own screen.",
    "time_line": "Time allowed: {} min. The time left is always shown at the top. "
                 "When the time is up, your answers are submitted automatically.",
    "how_line": "Tap an answer. For questions with several answers, choose all that apply. Every answer is sent "
                "to the facilitator's laptop at once; \u201cSaved\u201d means it is stored there.",
    "move_line": "Use Previous and Next to move. Flag a question you want to come back to. "
                 "Overview shows all questions.",
    "confidence_line": "Under each question, tell us how sure you are of your answer.",
    "submit_line": "When you have finished, press Submit.",
    "continue_test": "Continue the test",
    "start_test": "Start the test",
    # a question
    "counter": "Question {} of {}",
    "flagged_mark": "\u2691 Flagged",
    "how_sure": "How sure are you?",
    "c1": "Guessing", "c2": "Not very sure", "c3": "Fairly sure", "c4": "Certain",
    "previous": "\u2190 Previous",
    "next": "Next \u2192",
    "flag": "Flag",
    "unflag": "Remove flag",
    "overview": "Overview",
    "submit_dots": "Submit\u2026",
    "saved": "\u2713 Saved",
    "saving": "Saving\u2026",
    "waiting_one": "Not saved yet: waiting for the connection",
    "true": "True",
    "false": "False",
    "type_answer": "Type your answer",
    "your_answer": "Your answer",
    "hint_single": "Choose one answer.",
    "hint_multiple": "Choose all answers that apply.",
    "hint_truefalse": "Is this statement true or false?",
    "hint_short": "Type a short answer.",
    "hint_numerical": "Type a number.",
    "hint_matching": "Choose the matching item for each line.",
    "hint_cloze": "Fill in each numbered blank.",
    "hint_description": "Read this, then press Next.",
    "hint_essay": "Write your answer. A facilitator marks it later.",
    "blank": "Blank {}",
    "hint_choice": "Choose one answer.",
    "hint_rating": "Choose one point on the scale.",
    "hint_comment": "Type your comment.",
    "hint_retro": "Rate yourself twice: before the training and now.",
    "then": "Before the training",
    "now": "Now",
    "refused": "This answer does not fit the question and was not saved.",
    "time_up_refused": "The time is up: this answer was not saved.",
    # connection
    "waiting": "Answers waiting to be sent: {}. Keep this page open: they are sent when the connection is back.",
    "offline": "No connection to the facilitator's laptop.",
    # overview and submit
    "legend": "\u2713 answered    \u25cb not answered    \u2691 flagged. Tap a question to go to it.",
    "back_question": "Back to the question",
    "submit_title": "Submit the test",
    "submit_ask": "Do you want to submit your answers now?",
    "not_answered": "Questions not answered: {}",
    "all_answered": "All questions are answered.",
    "flagged_count": "Questions flagged for review: {}",
    "no_change": "After submitting you cannot change your answers.",
    "submit": "Submit",
    "back_test": "Back to the test",
    "submit_waiting": "Some answers are still waiting to be sent. Submit when they are all saved.",
    # time and the end
    "time_left": "Time left: {}",
    "five_left": "5 minutes left",
    "one_left": "1 minute left",
    "thanks": "Thank you!",
    "done": "Your answers have been submitted and saved.",
    "done_time": "The time is up. Your answers have been submitted and saved.",
    "score": "Your score: {}%",
    "score_so_far": "Your score so far: {}% (without your written answers, which a facilitator marks later)",
    "close_page": "You can close this page now.",
    "finish": "Finish",
}


@functools.lru_cache(maxsize=1)
def _indonesian_sources() -> dict[str, str]:
    merged: dict[str, str] = {}
    for name in reversed(SOURCES):  # the first source wins
        path = TRANSLATIONS / name
        if path.exists():
            with path.open(encoding="utf-8") as fh:
                data = yaml.safe_load(fh) or {}
            merged.update({str(k): str(v) for k, v in data.items() if isinstance(v, str)})
    return merged


def catalogue() -> dict[str, dict[str, str]]:
    """``{"en": {key: text}, "id": {key: text}}``; an Indonesian text missing from the sources stays English."""
    source = _indonesian_sources()
    return {"en": dict(TEXTS), "id": {k: source.get(v, v) for k, v in TEXTS.items()}}


def untranslated() -> list[str]:
    """English texts of the page with no Indonesian in the translation sources (a test keeps this empty)."""
    source = _indonesian_sources()
    return [v for v in TEXTS.values() if v not in source]
