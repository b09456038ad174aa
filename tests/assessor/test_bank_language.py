"""A bank written in one language comes back in that language from every export format.

Moodle XML and GIFT have no place to name a file's language: text in one language other than
English is written as one Moodle multilang span (which Moodle shows as it is, filter or not),
while an English-only bank stays plain. QTI says xml:lang, XLSX has a column per language,
YAML names its languages; an Aiken file cannot say, so the import is told (``--as-language``).
"""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from assessor.banks.bankio import export_bank, import_file
from assessor.banks.cloze import parse_embedded
from assessor.banks.questions import Bank, NumericAnswer, Option, Pair, Question
from assessor.cli import cli
from assessor.store import Store

EXT = {"gift": "gift", "moodlexml": "xml", "qti": "zip", "xlsx": "xlsx", "yaml": "yaml", "aiken": "txt"}


def _bank(lang: str) -> Bank:
    def t(en: str, id_: str) -> dict[str, str]:
        return {lang: en if lang == "en" else id_}

    qs = (
        Question("L-SINGLE", "single", t("Which law protects children?", "Undang-undang mana yang melindungi anak?"),
                 options=(Option(t("Child Protection Law", "UU Perlindungan Anak"), 1.0),
                          Option(t("Traffic Law", "UU Lalu Lintas"), 0.0)),
                 rationale=t("It is the child protection law.", "Itu undang-undang perlindungan anak.")),
        Question("L-MULTI", "multiple", t("Which are rights of a child?", "Mana yang merupakan hak anak?"),
                 options=(Option(t("Education", "Pendidikan"), 0.5), Option(t("Play", "Bermain"), 0.5),
                          Option(t("Detention", "Penahanan"), 0.0))),
        Question("L-TF", "truefalse", t("A child is under eighteen.", "Anak berusia di bawah delapan belas tahun."),
                 answer=True),
        Question("L-SHORT", "short", t("Name the agency.", "Sebutkan lembaganya."),
                 options=(Option(t("Commission", "Komisi"), 1.0),)),
        Question("L-NUM", "numerical", t("Age of criminal responsibility?", "Usia pertanggungjawaban pidana?"),
                 numeric=(NumericAnswer(12.0),)),
        Question("L-MATCH", "matching", t("Match the roles.", "Cocokkan perannya."),
                 pairs=(Pair(t("Judge", "Hakim"), t("Court", "Pengadilan")),
                        Pair(t("Officer", "Petugas"), t("Police", "Polisi")))),
        Question("L-ESSAY", "essay", t("Explain why.", "Jelaskan mengapa."),
                 rationale=t("Mentions the best interest.", "Menyebut kepentingan terbaik.")),
        Question("L-DESC", "description", t("Read the case.", "Bacalah kasusnya.")),
    )
    text, blanks = parse_embedded(t("The law is {1:SHORTANSWER:=Child Protection}.",
                                    "Undang-undangnya {1:SHORTANSWER:=Perlindungan Anak}.")[lang], lang)
    qs += (Question("L-CLOZE", "cloze", text, blanks=blanks),)
    return Bank(name={"en": f"Only {lang}"}, languages=(lang,), questions=qs)


def _texts(q: Question) -> tuple:
    return (q.text, [o.text for o in q.options], [(p.left, p.right) for p in q.pairs], q.rationale, q.blanks)


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("fmt", ["gift", "moodlexml", "qti", "xlsx", "yaml"])
def test_a_one_language_bank_comes_back_in_its_language(tmp_path, fmt, lang):
    source = Store.memory()
    source.banks.import_bank(_bank(lang))
    (bank,) = source.banks.list()
    original = {q.key: q for q in source.banks.questions(bank.id)}
    out = tmp_path / f"bank.{EXT[fmt]}"
    losses = export_bank(source, bank.id, fmt, out)
    left_out = {loss.key for loss in losses if not loss.written}
    back = Store.memory()
    _report, summary = import_file(back, out, bank_name="Back")
    (again,) = back.banks.list()
    assert again.languages == (lang,)
    returned = back.banks.questions(again.id)
    assert {q.key for q in returned} == set(original) - left_out
    for q in returned:
        src = original[q.key]
        got = _texts(q)
        if q.type != src.type:  # QTI has no true/false of its own: it comes back as a choice of two
            assert (fmt, src.type, q.type) == ("qti", "truefalse", "single")
            got, want = got[0], src.text
        elif fmt in ("qti", "xlsx"):  # neither carries a rationale of its own in this shape: compare the rest
            got, want = got[:3], _texts(src)[:3]
        else:
            want = _texts(src)
        assert got == want, q.key
        assert all(set(text) == {lang} for text in (q.text, *(o.text for o in q.options)))
        assert all(set(o.text) == {lang} for b in q.blanks for o in b.options)


@pytest.mark.parametrize("fmt", ["gift", "moodlexml"])
def test_an_english_only_export_has_no_language_markup_and_an_indonesian_one_marks_every_text(tmp_path, fmt):
    for lang in ("en", "id"):
        store = Store.memory()
        store.banks.import_bank(_bank(lang))
        (bank,) = store.banks.list()
        out = tmp_path / f"{lang}.{EXT[fmt]}"
        export_bank(store, bank.id, fmt, out)
        written = out.read_text(encoding="utf-8")
        if lang == "en":
            assert "multilang" not in written and "lang=" not in written.replace("xml:lang", "")
        else:
            assert "multilang" in written and "Pengadilan" in written
            assert 'lang="en"' not in written and 'lang\\="en"' not in written


def test_a_bilingual_bank_written_in_indonesian_only_comes_back_as_indonesian(bank_store, tmp_path):
    bank = bank_store.banks.list()[0]
    out = tmp_path / "id.gift"
    export_bank(bank_store, bank.id, "gift", out, ["id"])
    back = Store.memory()
    import_file(back, out, bank_name="Indonesian")
    (again,) = back.banks.list()
    assert again.languages == ("id",)
    written = {q.key: q for q in back.banks.questions(again.id)}
    for q in bank_store.banks.questions(bank.id):
        if q.key in written:
            assert written[q.key].text == {"id": q.text["id"]}


def test_an_indonesian_aiken_export_imports_as_indonesian_when_told(tmp_path, db_path):
    store = Store.open(db_path)
    store.banks.import_bank(_bank("id"))
    (bank,) = store.banks.list()
    store.close()
    out = tmp_path / "soal.txt"
    runner = CliRunner()
    done = runner.invoke(cli, ["--db", str(db_path), "bank", "export", bank.id, "--format", "aiken", "-o", str(out)])
    assert done.exit_code == 0, done.output
    assert "--as-language id" in done.output  # Aiken cannot say its language: the export says how to read it back
    assert out.read_text(encoding="utf-8").startswith("Undang-undang mana")
    told = runner.invoke(cli, ["--db", str(db_path), "bank", "import", str(out), "--as-language", "id"])
    assert told.exit_code == 0, told.output
    untold = tmp_path / "untold.db"
    assert runner.invoke(cli, ["--db", str(untold), "bank", "import", str(out)]).exit_code == 0
    with Store.open(db_path) as s:
        soal = next(b for b in s.banks.list() if b.name["en"] == "soal")
        (q,) = s.banks.questions(soal.id)
        assert soal.languages == ("id",) and q.text == {"id": "Undang-undang mana yang melindungi anak?"}
        assert [o.text for o in q.options] == [{"id": "UU Perlindungan Anak"}, {"id": "UU Lalu Lintas"}]
    with Store.open(untold) as s:  # without the option unmarked text is English, as the help says
        (b,) = s.banks.list()
        assert b.languages == ("en",)


def test_the_preview_of_an_indonesian_yaml_bank_shows_its_texts_plainly_as_indonesian(tmp_path):
    from assessor.banks.bankio import parse_file

    store = Store.memory()
    store.banks.import_bank(_bank("id"))
    out = tmp_path / "soal.yaml"
    export_bank(store, store.banks.list()[0].id, "yaml", out)
    first = parse_file(out).questions[0]
    assert (first.text, first.lang) == ("Undang-undang mana yang melindungi anak?", "id")
    assert first.options[0].text == "UU Perlindungan Anak"
