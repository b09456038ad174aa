"""Course-evaluation forms read from paper become responses of their session, like any other.

- An **anonymous** form becomes an anonymous response (:mod:`assessor.store.evaluations`, the
  same tables the laptops and phones write): no participant, no device, only the day. Its id
  is derived from the session and the form's random serial, so reading the same form twice
  finds it already there and changes nothing; nothing stored says who had the form, and
  nobody is recorded as having answered. The audit entry names the session, the image
  hashes and every decision a person made, never a file name (a file may be named after
  its writer) or the response.
- A **linked** form (name and code printed) becomes that participant's submitted attempt,
  exactly as a knowledge sheet does (:func:`assessor.paper.intake.write_attempt`).

Rating, choice and then/now bubbles are decided as on any sheet (one filled bubble a row;
anything uncertain waits for a person). **Comments are never read by the machine**: the
reader only sees whether a comment box holds writing. A person may type what is written
(the review screen shows the box); what is not typed is not stored at all, and the sheet
and the audit entry count the comments "written on paper, not typed in", so the paper forms
are kept for them. A stand-in text such as "written on paper" is deliberately not stored as
the answer: it would be listed and counted as a participant's comment, which it is not.
"""

from __future__ import annotations

from assessor.banks.questions import COMMENT_MAX
from assessor.delivery.marking import check_event
from assessor.ids import stable_id
from assessor.paper.evalform import answers_from_rows
from assessor.paper.layout import sheet_order


def response_id_for(session_id: str, serial: str) -> str:
    """The id of the anonymous response read from the form with ``serial``: the same for every reading."""
    return stable_id("paper-evaluation", session_id, serial)


def import_form(store, sheet, decisions: dict, comments: dict | None = None, language: str = "en"):
    """Write an evaluation ``sheet`` (see the module docstring); returns the sheet with its new status.

    ``decisions`` maps a row id (a mark's ``question_id``) -> the value a person decided for each
    uncertain mark; ``comments`` maps a comment item's question id -> the text a person typed.
    """
    from assessor.paper import intake

    undecided = [m for m in sheet.uncertain if m.question_id not in decisions]
    if undecided:
        return intake.refuse(sheet, "uncertain", f"{sheet.sources[0]}: {len(undecided)} uncertain mark(s) still "
                             "need a decision (item " + ", ".join(str(m.number) for m in undecided) + ").", keep=True)
    session = store.sessions.get(sheet.session_id)
    form = store.assessments.get(session.assessment_id)
    questions = {q.id: q for q in store.assessments.questions(form)}
    payload = sheet.pages[0].payload
    values, review = {}, []
    for m in sheet.marks:
        value = decisions[m.question_id] if m.uncertain else m.answer
        if m.uncertain:
            review.append({"row": m.question_id, "number": m.number, "reason": m.reason, "fills": list(m.fills),
                           "decided": value})
        values[m.question_id] = value
    answers = answers_from_rows(questions, values)
    typed = {}
    for qid, text in (comments or {}).items():
        text = str(text or "").replace("\x00", "").strip()
        if qid not in questions or questions[qid].type != "comment":
            return intake.refuse(sheet, "not_a_comment", f"{sheet.sources[0]}: {qid} is not a comment item of "
                                 "this form.", keep=True)
        if len(text) > COMMENT_MAX:
            return intake.refuse(sheet, "comment_too_long", f"{sheet.sources[0]}: the comment typed for item "
                                 f"{questions[qid].key} is longer than {COMMENT_MAX} characters.", keep=True)
        if text:
            typed[qid] = text
    for c in sheet.comments:
        answers[c.question_id] = typed.get(c.question_id)
    untyped = sum(1 for c in sheet.comments if c.written and c.question_id not in typed)
    for qid, value in answers.items():
        why = check_event(questions[qid], "answer", value)
        if why:
            return intake.refuse(sheet, "bad_response", f"{sheet.sources[0]}: {questions[qid].key}: {why}.")
    detail = {"source": intake.SOURCE, "image_hashes": [p.image_hash for p in sheet.pages], "decisions": review,
              "comments_typed": len(typed), "comments_not_typed": untyped}
    sheet.comments_not_typed = untyped
    lang = "en" if payload.lang == "both" else payload.lang
    if sheet.anonymous:
        return _write_anonymous(store, sheet, session, answers, detail, lang)
    detail["sources"] = sheet.sources
    order = sheet_order(list(questions.values()), None, False, False)
    return intake.write_attempt(store, sheet, session, form, questions, order, sheet.participant_id, answers,
                                detail, lang, "paper.read_evaluation")


def _write_anonymous(store, sheet, session, answers: dict, detail: dict, language: str):
    from assessor.paper import intake

    response_id = response_id_for(session.id, sheet.serial)
    given = {q: v for q, v in answers.items() if v is not None}
    earlier = store.evaluations.response(response_id)
    if earlier is not None:
        if earlier.answers == given:
            sheet.status, sheet.code = intake.UNCHANGED, "already_read"
            sheet.message = f"{sheet.sources[0]}: this form was read before; nothing changed."
        else:
            intake.refuse(sheet, "read_differently", f"{sheet.sources[0]}: this form was read before with other "
                          "answers; nothing changed.")
        return sheet
    if not given:
        return intake.refuse(sheet, "empty_sheet", f"{sheet.sources[0]}: no bubble is filled on this form and no "
                             "comment was typed in; nothing was stored (keep the form for its written comments).")
    store.evaluations.add_submitted(response_id, session.id, language, given,
                                    audit=("paper.read_evaluation", {"session_id": session.id, "anonymous": True,
                                                                     **detail}))
    sheet.status, sheet.code, sheet.message = intake.IMPORTED, "", ""
    return sheet


__all__ = ["import_form", "response_id_for"]
