"""Screenshots of a cloze question (Moodle's embedded answers) in participant mode, 1280×720, at the
default and the largest text size: numbered gaps in the text, one field per blank below it; and the
same question in the question editor: its text with the markers, the blanks, the choice blank's options.

The question rests on facts 29, 33 and 35 of the domain notes (diversion below 7 years; the LPKA;
the social inquiry by Bapas officers). Its blanks are a number and names, the same in both
languages, so they stand outside the language spans as Moodle writes shared answers.
"""

from __future__ import annotations

from tools.screenshots.shots_runner import RUNNER_SIZE, _check_in_someone, _close, _look


def _both(en: str, idn: str) -> str:
    return f'<span lang="en" class="multilang">{en}</span><span lang="id" class="multilang">{idn}</span>'


SOURCE = (
    _both("Diversion must be attempted for offences punishable by under ",
          "Diversi wajib diupayakan untuk tindak pidana yang diancam pidana penjara di bawah ")
    + "{1:NUMERICAL:=7:0}"
    + _both(" years that are not repeat offences. A child's sentence is served in the ",
            " tahun dan bukan pengulangan. Pidana anak dijalani di ")
    + "{1:MC:LPAS~=LPKA~Rutan}"
    + _both(", and the social inquiry (Litmas) is carried out by officers of the ",
            ", dan penelitian kemasyarakatan (Litmas) dilakukan oleh petugas ")
    + "{1:SHORTANSWER:=Bapas}"
    + _both(".", ".")
)


def _session(store):
    from assessor.banks.cloze import parse_embedded
    from assessor.banks.questions import Bank, Question
    from assessor.delivery.assessments import Assessment

    texts, blanks = parse_embedded(SOURCE)
    question = Question("CPCT-CLOZE-1", "cloze", texts, blanks=blanks)
    store.banks.import_bank(Bank(name={"en": "Cloze example", "id": "Contoh isian"}, languages=("en", "id"),
                                 questions=(question,)))
    bank = next(b for b in store.banks.list() if b.name.get("en") == "Cloze example")
    (q,) = store.banks.questions(bank.id)
    form = store.assessments.save(Assessment(name="Cloze example", question_ids=(q.id,), shuffle_options=False))
    return store.sessions.open(store.cohorts.list()[0].id, form.id, "pre")


def render(shots) -> None:
    from ui.runner import RunnerWindow

    store = shots.store
    session = _session(store)
    for skip, (suffix, pt) in enumerate((("", 18), ("_large", 36))):
        window = RunnerWindow(store, session.id, kiosk=False)
        window.delay_fn = lambda failures: 5
        window.begin()
        _look(window, pt, False)
        window.resize(*RUNNER_SIZE)
        _check_in_someone(window, store, session, skip=skip)
        window.language_screen.chosen.emit(shots.lang)
        window.instructions.start.emit()
        shots.grab(window, f"runner_question_cloze{suffix}", size=RUNNER_SIZE)
        _close(window)
    _editor(shots, session)


def _editor(shots, session) -> None:
    """The question editor on the cloze question, its second blank (a drop-down choice) selected."""
    from ui.workspace.question_editor import QuestionEditor

    store = shots.store
    (qid,) = store.assessments.get(session.assessment_id).question_ids
    question = store.banks.question(qid)
    editor = QuestionEditor(store, store.banks.get(question.bank_id), question)
    editor.blanks.table.setCurrentCell(1, 0)
    shots.grab(editor, "workspace_cloze_editor")
    editor.close()
    editor.deleteLater()
