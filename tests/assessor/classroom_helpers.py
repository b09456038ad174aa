"""A database with one open session of every question type, for the classroom tests, benchmark and screenshots."""

from __future__ import annotations

from assessor.banks.questions import Bank, NumericAnswer, Option, Pair, Question
from assessor.delivery.assessments import Assessment
from assessor.people.cohorts import Cohort, Participant
from assessor.store import Store

TYPES = ("single", "multiple", "truefalse", "short", "numerical", "matching")


def question(kind: str, n: int) -> Question:
    key = f"CL-{kind[:3].upper()}-{n:02d}"
    if kind == "single":
        return Question(key, kind, {"en": f"Question {n}: which law protects children?",
                                    "id": f"Soal {n}: undang-undang mana yang melindungi anak?"},
                        options=(Option({"en": "Child Protection Law", "id": "UU Perlindungan Anak"}, 1.0),
                                 Option({"en": "Traffic Law", "id": "UU Lalu Lintas"}, 0.0),
                                 Option({"en": "Tax Law", "id": "UU Pajak"}, 0.0)))
    if kind == "multiple":
        return Question(key, kind, {"en": f"Question {n}: choose the two that apply.",
                                    "id": f"Soal {n}: pilih dua yang sesuai."},
                        options=(Option({"en": "Right one", "id": "Yang benar"}, 0.5),
                                 Option({"en": "Wrong one", "id": "Yang salah"}, 0.0),
                                 Option({"en": "Also right", "id": "Juga benar"}, 0.5)))
    if kind == "truefalse":
        return Question(key, kind, {"en": f"Statement {n}: a child is a person under 18.",
                                    "id": f"Pernyataan {n}: anak adalah orang di bawah 18 tahun."}, answer=True)
    if kind == "short":
        return Question(key, kind, {"en": f"Question {n}: which office writes the social inquiry report?",
                                    "id": f"Soal {n}: kantor apa yang menyusun laporan penelitian kemasyarakatan?"},
                        options=(Option({"en": "Bapas", "id": "Bapas"}, 1.0),))
    if kind == "numerical":
        return Question(key, kind, {"en": f"Question {n}: how many days is the first detention at most?",
                                    "id": f"Soal {n}: berapa hari paling lama penahanan pertama?"},
                        numeric=(NumericAnswer(7, 0),))
    if kind == "essay":
        return Question(key, kind, {"en": f"Question {n}: explain diversion.", "id": f"Soal {n}: jelaskan diversi."})
    if kind == "cloze":
        from assessor.banks.cloze import parse_embedded

        text, blanks = parse_embedded(f"Question {n}: the LPKA holds {{1:MC:adults~=children}} for "
                                      "{2:NUMERICAL:=5:1} years at most; the report is by {1:SA:=Bapas}.")
        return Question(key, kind, {"en": text["en"], "id": text["en"]}, blanks=blanks)
    return Question(key, "matching", {"en": f"Question {n}: match each place to its purpose.",
                                      "id": f"Soal {n}: jodohkan setiap tempat dengan tujuannya."},
                    pairs=(Pair({"en": "LPKA", "id": "LPKA"}, {"en": "serving a sentence", "id": "menjalani pidana"}),
                           Pair({"en": "LPAS", "id": "LPAS"}, {"en": "temporary placement", "id": "penempatan sementara"})),
                    distractors=({"en": "adult prison", "id": "lapas dewasa"},))


RIGHT = {"single": "A", "multiple": ["A", "C"], "truefalse": True, "short": "bapas", "numerical": "7",
         "matching": [0, 1]}


def make_classroom(path, *, people: int = 3, questions: int = 6, time_limit_min: int | None = 30,
                   show_score: bool = True, confidence: bool = True, shuffle_options: bool = False,
                   kinds: tuple = TYPES) -> dict:
    """An open session at ``path``: ``questions`` items cycling through ``kinds``, ``people`` codes P-001..."""
    with Store.open(path) as store:
        items = tuple(question(kinds[i % len(kinds)], i + 1) for i in range(questions))
        store.banks.import_bank(Bank(name={"en": "Classroom", "id": "Kelas"}, languages=("en", "id"), questions=items))
        bank = next(b for b in store.banks.list() if b.name["en"] == "Classroom")
        by_key = {q.key: q for q in store.banks.questions(bank.id)}
        form = store.assessments.save(Assessment(
            name="Pre-test child protection", question_ids=tuple(by_key[q.key].id for q in items),
            time_limit_min=time_limit_min, show_score=show_score, confidence=confidence,
            shuffle_options=shuffle_options))
        cohort = store.cohorts.save(Cohort(name="ToT Bandung"))
        codes = [f"P-{i + 1:03d}" for i in range(people)]
        store.cohorts.add_participants(cohort.id, [Participant(cohort.id, c, f"Officer {i + 1}")
                                                   for i, c in enumerate(codes)])
        session = store.sessions.open(cohort.id, form.id, "pre")
        return {"session_id": session.id, "codes": codes, "cohort_id": cohort.id, "assessment_id": form.id}


def make_evaluation(path, *, people: int = 2, anonymous: bool = False) -> dict:
    """An open session of the bundled course evaluation (rating, choice, comment and retro items)."""
    from assessor.banks.bankio import ensure_bundled_banks

    with Store.open(path) as store:
        ensure_bundled_banks(store)
        bank = next(b for b in store.banks.list() if b.name["en"].startswith("Course"))
        items = store.banks.questions(bank.id)
        form = store.assessments.save(Assessment(name="Course evaluation", question_ids=tuple(q.id for q in items),
                                                 evaluation=True, anonymous=anonymous, shuffle_options=False))
        cohort = store.cohorts.save(Cohort(name="ToT Bandung"))
        codes = [f"E-{i + 1:03d}" for i in range(people)]
        store.cohorts.add_participants(cohort.id, [Participant(cohort.id, c) for c in codes])
        session = store.sessions.open(cohort.id, form.id, "post")
        return {"session_id": session.id, "codes": codes, "types": sorted({q.type for q in items})}
