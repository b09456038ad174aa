"""Every question type and feature through every export format and back (issue #15).

One bank holds each type and feature once. It is exported to each of the six formats and the file
imported again. For each (format, feature): what the format carries (docs/formats-*.md) comes back
as it was; what it does not carry is named in that export's losses, so "N of M written" is true.
The re-imported bank, exported again, gives the same file (a stable round trip).
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
import yaml

from assessor.banks.bankio import export_bank, import_file, parse_file
from assessor.store import Store

from .image_helpers import png


def T(en: str, id_: str) -> dict:
    return {"en": en, "id": id_}


TOPICS = {"law": T("Law", "Hukum"), "law/children": T("Law/Children", "Hukum/Anak"),
          "eval": T("Evaluation", "Evaluasi")}

QUESTIONS = [
    dict(key="F-SINGLE", type="single", topic="law", title="Age of a child", tags=["legal", "core"],
         objective=T("Know the age", "Tahu umur"), source="CRC art. 1",
         text=T("Up to which age is a person a child?", "Sampai umur berapa seseorang disebut anak?"),
         options=[dict(text=T("18", "18"), correct=True, feedback=T("Right", "Benar")),
                  dict(text=T("16", "16"), feedback=T("Too young", "Terlalu muda")), dict(text=T("21", "21"))],
         rationale=T("CRC article 1.", "KHA pasal 1.")),
    dict(key="F-PARTIAL", type="single", topic="law", text=T("Who decides on diversion?", "Siapa memutus diversi?"),
         options=[dict(text=T("The judge", "Hakim"), correct=True), dict(text=T("The police", "Polisi"), fraction=0.5),
                  dict(text=T("The family", "Keluarga"))]),
    dict(key="F-MULTI", type="multiple", topic="law/children", text=T("Which are rights?", "Mana yang hak?"),
         options=[dict(text=T("Education", "Pendidikan"), fraction=0.5), dict(text=T("Health", "Kesehatan"), fraction=0.5),
                  dict(text=T("Prison", "Penjara"), fraction=-0.5), dict(text=T("Nothing", "Tidak ada"))]),
    dict(key="F-TF", type="truefalse", topic="law",
         text=T("A child may be detained as a last resort.", "Anak boleh ditahan sebagai upaya terakhir."), answer=True),
    dict(key="F-SHORT", type="short", topic="law",
         text=T("Name the law on juvenile justice.", "Sebutkan undang-undang peradilan anak."),
         options=[dict(text=T("UU 11/2012", "UU 11/2012"), fraction=1), dict(text=T("UU 35", "UU 35"), fraction=0.5),
                  dict(text=T("*", "*"), fraction=0, feedback=T("No, see the module", "Bukan, lihat modul"))]),
    dict(key="F-CASE", type="short", topic="law", case_sensitive=True,
         text=T("The abbreviation of the Convention?", "Singkatan Konvensi?"),
         options=[dict(text=T("CRC", "KHA"), fraction=1)]),
    dict(key="F-NUM", type="numerical", topic="law",
         text=T("In which year was the CRC adopted?", "Tahun berapa KHA diadopsi?"),
         answers=[dict(value=1989, tolerance=0.5, fraction=1), dict(value=1990, tolerance=1, fraction=0.5),
                  dict(other=True, fraction=0, feedback=T("No", "Tidak"))]),
    dict(key="F-MATCH", type="matching", topic="law",
         text=T("Match the article to its subject.", "Pasangkan pasal dengan pokoknya."),
         pairs=[dict(left=T("Art. 1", "Pasal 1"), right=T("Definition", "Definisi")),
                dict(left=T("Art. 37", "Pasal 37"), right=T("Detention", "Penahanan"))],
         distractors=[T("Marriage", "Perkawinan")]),
    dict(key="F-CLOZE", type="cloze", topic="law",
         text=T("The CRC was adopted in {#1} by the {#2}.", "KHA diadopsi pada {#1} oleh {#2}."),
         blanks=[dict(kind="numerical", answers=[dict(value=1989, tolerance=0, fraction=1)]),
                 dict(kind="choice", weight=2, options=[dict(text=T("General Assembly", "Majelis Umum"), correct=True),
                                                        dict(text=T("Security Council", "Dewan Keamanan"))])]),
    dict(key="F-ESSAY", type="essay", topic="law", text=T("Explain diversion.", "Jelaskan diversi."),
         rationale=T("Mentions restorative justice.", "Menyebut keadilan restoratif.")),
    dict(key="F-DESC", type="description", topic="law", text=T("Read the case below.", "Bacalah kasus di bawah.")),
    dict(key="F-IMAGE", type="single", topic="law", text=T("What does the sign show?", "Apa arti tanda itu?"),
         image="pic.png", image_alt=T("A red sign", "Tanda merah"),
         options=[dict(text=T("Stop", "Berhenti"), correct=True), dict(text=T("Go", "Jalan"))]),
    dict(key="F-OPTIMAGE", type="single", topic="law", text=T("Which picture is red?", "Gambar mana yang merah?"),
         options=[dict(image="pic.png", image_alt=T("Red", "Merah"), correct=True), dict(text=T("None", "Tidak ada"))]),
    dict(key="F-RATING", type="rating", topic="eval", text=T("The training was useful.", "Pelatihan ini bermanfaat."),
         scale=5),
    dict(key="F-CHOICE", type="choice", topic="eval", text=T("Which day suited you?", "Hari mana yang cocok?"),
         options=[dict(text=T("Monday", "Senin")), dict(text=T("Friday", "Jumat"))]),
    dict(key="F-COMMENT", type="comment", topic="eval", text=T("Any comment?", "Ada komentar?")),
    dict(key="F-RETRO", type="retro", topic="law", text=T("My knowledge of the law", "Pengetahuan saya tentang hukum")),
]

FORMATS = ("yaml", "moodlexml", "gift", "aiken", "qti", "xlsx")
EXTENSION = {"moodlexml": "xml", "aiken": "txt", "qti": "zip"}
SINGLE_LANGUAGE = ("aiken", "qti")  # written in the first language only (docs/formats-overview.md)


def _texts(text, langs):
    return {lang: text[lang] for lang in langs if text.get(lang)}


def _blanks(q, langs):
    """A cloze's blanks in ``langs``: kind, weight, each option's text and credit, each number."""
    return [(b.kind, b.weight, b.case_sensitive, [(_texts(o.text, langs), o.fraction) for o in b.options],
             [(a.value, a.tolerance, a.fraction, a.other) for a in b.numeric]) for b in q.blanks]


def _choices(q, langs):
    return (q.type, _texts(q.text, langs), [(_texts(o.text, langs), round(o.fraction, 6)) for o in q.options])


# feature -> (question key, what must come back equal, word a loss of it names)
FEATURES = {
    "single": ("F-IMAGE", lambda q, L: _choices(q, L), None),
    "single partial credit": ("F-PARTIAL", _choices, None),
    "multiple partial weights": ("F-MULTI", _choices, None),
    "true/false": ("F-TF", lambda q, L: (q.type, _texts(q.text, L), q.answer), None),
    "short answer partial": ("F-SHORT", lambda q, L: [(_texts(o.text, L), o.fraction) for o in q.options
                                                      if o.fraction > 0], None),
    "short answer catch-all": ("F-SHORT", lambda q, L: [(o.fraction, _texts(o.feedback, L)) for o in q.options
                                                        if o.text.get("en") == "*"], "feedback"),
    "numerical tolerance": ("F-NUM", lambda q, L: [(a.value, a.tolerance, a.fraction) for a in q.numeric
                                                   if not a.other], "numerical"),
    "numerical catch-all": ("F-NUM", lambda q, L: [(a.fraction, _texts(a.feedback, L)) for a in q.numeric if a.other],
                            "feedback"),
    "matching distractors": ("F-MATCH", lambda q, L: ([(_texts(p.left, L), _texts(p.right, L)) for p in q.pairs],
                                                      [_texts(d, L) for d in q.distractors]), None),
    "cloze": ("F-CLOZE", lambda q, L: (q.type, _texts(q.text, L), _blanks(q, L)), None),
    "essay": ("F-ESSAY", lambda q, L: (q.type, _texts(q.text, L)), None),
    "description": ("F-DESC", lambda q, L: (q.type, _texts(q.text, L)), None),
    "rating": ("F-RATING", lambda q, L: (q.type, [_texts(s, L) for s in q.scale]), None),
    "evaluation choice": ("F-CHOICE", _choices, None),
    "comment": ("F-COMMENT", lambda q, L: (q.type, _texts(q.text, L)), None),
    "retro": ("F-RETRO", lambda q, L: (q.type, [_texts(s, L) for s in q.scale]), None),
    "image in stem": ("F-IMAGE", lambda q, L: (q.image, _texts(q.image_alt, L)), "image"),
    "image in option": ("F-OPTIMAGE", lambda q, L: [(o.image, _texts(o.image_alt, L)) for o in q.options], "picture"),
    "topic": ("F-TF", lambda q, L: q.topic, "topic"),
    "nested topic": ("F-MULTI", lambda q, L: q.topic, "topic"),
    "case-sensitive short answer": ("F-CASE", lambda q, L: q.case_sensitive, "case sensitivity"),
    "title": ("F-SINGLE", lambda q, L: q.title, "title"),
    "tags": ("F-SINGLE", lambda q, L: q.tags, "tags"),
    "feedback": ("F-SINGLE", lambda q, L: [_texts(o.feedback, L) for o in q.options], "feedback"),
    "rationale": ("F-SINGLE", lambda q, L: _texts(q.rationale, L), "rationale"),
    "objective": ("F-SINGLE", lambda q, L: _texts(q.objective, L), "objective"),
    "source": ("F-SINGLE", lambda q, L: q.source, "source"),
    "second language": ("F-TF", lambda q, L: q.text.get("id"), "id text"),
}

EVALUATION = ("rating", "evaluation choice", "comment", "retro")
NOT_CARRIED = {
    "yaml": set(),
    "moodlexml": {"retro", "objective", "source"},
    "gift": {"cloze", "image in stem", "image in option", "objective", "source", "case-sensitive short answer",
             *EVALUATION},
    "aiken": set(FEATURES) - {"single"},
    "qti": {"description", "retro", "numerical catch-all", "short answer catch-all", "tags", "feedback",
            "objective", "source", "second language", "case-sensitive short answer"},
    "xlsx": {"cloze", "essay", "description", "image in stem", "image in option", "numerical tolerance",
             "numerical catch-all", "title", "tags",
             "feedback", "short answer catch-all", "case-sensitive short answer"},
}
"""What each format does not carry, as docs/formats-overview.md and the format pages say."""

class RoundTrip:
    """One format's export of the feature bank, its re-import, and the second export."""

    def __init__(self, original, fmt, losses, back, first, second):
        self.original, self.fmt, self.losses, self.back = original, fmt, losses, back
        self.first, self.second = first, second

    def returned(self, key):
        """The re-imported question that was ``key`` (matched by English text where the format has no keys)."""
        if self.fmt != "aiken":
            return self.back.get(key)
        want = self.original[key].text["en"]
        return next((q for q in self.back.values() if q.text.get("en") == want), None)


def _bank_file(folder: Path) -> Path:
    (folder / "pic.png").write_bytes(png())
    data = {"format": "assessor-bank/1", "name": T("Every feature", "Semua fitur"), "languages": ["en", "id"],
            "topics": TOPICS, "questions": QUESTIONS}
    path = folder / "bank.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def _contents(path: Path) -> object:
    """What a written file says: its bytes, or each member of a zip, or each cell of a workbook."""
    if path.suffix == ".xlsx":
        import openpyxl

        book = openpyxl.load_workbook(path)
        return {ws.title: [list(r) for r in ws.iter_rows(values_only=True)] for ws in book.worksheets}
    if path.suffix == ".zip":
        with zipfile.ZipFile(io.BytesIO(path.read_bytes())) as zf:
            return {name: zf.read(name) for name in sorted(zf.namelist())}
    return path.read_bytes()


@pytest.fixture(scope="module")
def trips(tmp_path_factory) -> dict[str, RoundTrip]:
    folder = tmp_path_factory.mktemp("matrix")
    store = Store.memory()
    import_file(store, _bank_file(folder))
    (bank,) = store.banks.list()
    original = {q.key: q for q in store.banks.questions(bank.id)}
    assert len(original) == len(QUESTIONS)
    result = {}
    for fmt in FORMATS:
        (folder / "first").mkdir(exist_ok=True)
        (folder / "second").mkdir(exist_ok=True)
        out = folder / "first" / f"{fmt}.{EXTENSION.get(fmt, fmt)}"
        losses = export_bank(store, bank.id, fmt, out)
        other = Store.memory()
        import_file(other, out, bank_name="Every feature")
        (again,) = other.banks.list()
        back = {q.key: q for q in other.banks.questions(again.id)}
        second = folder / "second" / out.name
        export_bank(other, again.id, fmt, second)
        result[fmt] = RoundTrip(original, fmt, losses, back, out, second)
    return result


def _cases():
    for fmt in FORMATS:
        for feature in FEATURES:
            yield pytest.param(fmt, feature, id=f"{fmt}-{feature}")


@pytest.mark.parametrize("fmt, feature", list(_cases()))
def test_a_feature_comes_back_or_its_loss_is_named(trips, fmt, feature):
    trip = trips[fmt]
    key, aspect, word = FEATURES[feature]
    langs = ("en",) if fmt in SINGLE_LANGUAGE else ("en", "id")
    src, back = trip.original[key], trip.returned(key)
    named = [loss for loss in trip.losses if loss.key == key]
    if feature not in NOT_CARRIED[fmt]:
        assert back is not None, f"{key} did not come back from {fmt} (losses: {named})"
        assert aspect(back, langs) == aspect(src, langs)
        return
    if back is not None and aspect(back, langs) == aspect(src, langs):
        pytest.fail(f"{fmt} carries {feature} after all: docs/formats-*.md and NOT_CARRIED should say so")
    assert named, f"{fmt} lost the {feature} of {key} without naming it"
    if back is not None:
        # Written with less: the loss says so, and names what is missing.
        assert any(loss.written for loss in named), named
        if word:
            assert any(word in loss.reason for loss in named), named
    else:
        assert any(not loss.written for loss in named), named


@pytest.mark.parametrize("fmt", FORMATS)
def test_n_of_m_written_is_true(trips, fmt):
    trip = trips[fmt]
    left_out = {loss.key for loss in trip.losses if not loss.written}
    written = {loss.key for loss in trip.losses if loss.written}
    assert not left_out & written, "a question is named as both left out and written"
    assert len(trip.back) == len(trip.original) - len(left_out)
    for key in set(trip.original) - left_out:
        assert trip.returned(key) is not None, f"{key} is counted as written in {fmt} but did not come back"


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_reimported_bank_exports_to_the_same_file(trips, fmt):
    trip = trips[fmt]
    assert _contents(trip.second) == _contents(trip.first)


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_exported_file_reads_without_errors_or_skips(trips, fmt):
    report = parse_file(trips[fmt].first)
    assert report.errors == [] and report.skipped == []
