"""Images in questions and options: checked bytes, stored once, part of the content, carried by the formats."""

from __future__ import annotations

import base64
import sqlite3
import textwrap
from dataclasses import replace

import pytest

from assessor.banks import bankio
from assessor.banks.formats.moodlexml import parse_moodle_xml
from assessor.banks.formats.native import BankFormatError, load_bank_file
from assessor.banks.images import MAX_IMAGE_BYTES, MAX_SIDE, check_image
from assessor.banks.questions import Bank, Option, Question
from assessor.errors import InputError, NotFound, Refused
from assessor.store import Store
from tests.assessor.image_helpers import jpeg, png

# -- checking ---------------------------------------------------------------------


def test_png_and_jpeg_are_accepted_with_their_size():
    p, j = check_image(png(3, 2), "a.png", "question 1"), check_image(jpeg(30, 20), "b.jpg", "question 1")
    assert (p.mime, p.width, p.height) == ("image/png", 3, 2)
    assert (j.mime, j.width, j.height) == ("image/jpeg", 30, 20)
    assert p.sha256 != j.sha256 and len(p.sha256) == 64


@pytest.mark.parametrize("data, name, sentence", [
    (b"ID3\x03\x00", "song.mp3", "audio is not supported in question 7: song.mp3"),
    (b"\x00\x00\x00\x18ftypmp42", "clip.mp4", "video is not supported in question 7: clip.mp4"),
    (b'<?xml version="1.0"?><svg/>', "renamed.png", "renamed.png in question 7 is not an SVG picture"),
    (b"GIF89a\x01\x00", "anim.gif", "anim.gif in question 7 is not a PNG or JPEG image"),
    (b"MZ\x90\x00 not a picture", "virus.png", "virus.png in question 7 is not a PNG or JPEG image"),
])
def test_other_media_are_refused_by_name(data, name, sentence):
    with pytest.raises(InputError) as info:
        check_image(data, name, "question 7")
    assert str(info.value).startswith(sentence)


def test_a_truncated_or_corrupted_png_is_refused():
    whole = png()
    for damaged in (whole[:-4], whole[:30] + b"\x00" + whole[31:]):
        with pytest.raises(InputError, match="a.png in question 2 is a damaged PNG image"):
            check_image(damaged, "a.png", "question 2")


def test_a_truncated_jpeg_is_refused():
    with pytest.raises(InputError, match="damaged JPEG"):
        check_image(jpeg()[:200], "b.jpg", "question 2")


def test_too_many_bytes_or_pixels_are_refused():
    with pytest.raises(InputError, match=r"big.png in question 3 is 2\.\d MB; an image may have at most 2 MB"):
        check_image(png() + b"\x00" * MAX_IMAGE_BYTES, "big.png", "question 3")
    with pytest.raises(InputError, match=f"wide.png in question 3 is {MAX_SIDE + 1}×1 pixels"):
        check_image(png(MAX_SIDE + 1, 1), "wide.png", "question 3")


# -- the model and the store -------------------------------------------------------------


def _question(image: str = "", option_image: str = "") -> Question:
    return Question(key="IMG-1", type="single", text={"en": "Which sign?"},
                    options=(Option({"en": "This"}, 1.0, image=option_image), Option({"en": "That"})),
                    image=image, image_alt={"en": "A road sign"} if image else {})


def test_a_question_without_image_keeps_its_old_content_hash():
    plain = _question()
    assert "image" not in plain.to_json()
    assert plain.content_hash() == Question.from_content(plain.content()).content_hash()


def test_the_image_is_part_of_the_content_hash():
    a, b = check_image(png(2, 2), "a.png", "q"), check_image(png(3, 3), "b.png", "q")
    hashes = {_question().content_hash(), _question(a.sha256).content_hash(), _question(b.sha256).content_hash(),
              _question(option_image=a.sha256).content_hash()}
    assert len(hashes) == 4


def test_images_are_stored_once_and_read_back(store):
    image = check_image(png(), "a.png", "q")
    q1, q2 = _question(image.sha256), replace(_question(option_image=image.sha256), key="IMG-2")
    summary = store.banks.import_bank(Bank(name={"en": "B"}, questions=(q1, q2), images=(image, image)))
    stored = store.banks.get(summary.bank_id).questions
    assert [q.image_refs() for q in stored] == [(image.sha256,), (image.sha256,)]
    assert store.banks.image(image.sha256) == image
    assert list(store.banks.images(stored)) == [image.sha256]
    assert store.db.execute("SELECT count(*) FROM images").fetchone()[0] == 1


def test_a_question_whose_image_is_not_stored_is_refused_and_nothing_is_stored(store):
    with pytest.raises(Refused, match="Question IMG-1 shows an image that is not stored"):
        store.banks.import_bank(Bank(name={"en": "B"}, questions=(_question("ab" * 32),)))
    assert store.banks.list() == []


def test_an_answered_question_keeps_its_image_when_the_image_is_changed(store):
    first, second = check_image(png(2, 2), "a.png", "q"), check_image(png(4, 4), "b.png", "q")
    bank_id = store.banks.import_bank(Bank(name={"en": "B"}, questions=(_question(first.sha256),),
                                           images=(first,))).bank_id
    old = store.banks.questions(bank_id)[0]
    store.banks.add_images([second])
    store.banks.is_answered = lambda qid: True  # as if an attempt had answered it
    new, made_new = store.banks.save_question(bank_id, replace(old, image=second.sha256))
    assert made_new and new.version == 2
    assert store.banks.question(old.id).image == first.sha256


def test_the_images_table_is_added_by_a_schema_step_to_an_older_database(db_path):
    Store.open(db_path).db.conn.close()
    con = sqlite3.connect(db_path)
    con.execute("DROP TABLE images")
    con.execute("DELETE FROM _sqlite_migrations WHERE name = 'm006_images'")
    con.commit()
    con.close()
    store = Store.open(db_path)
    image = check_image(png(), "a.png", "q")
    store.banks.add_images([image])
    assert store.banks.image(image.sha256).data == png()


# -- Moodle XML ------------------------------------------------------------------------


def _moodle(question_file: str = "", answer_file: str = "", img: str = '<img src="@@PLUGINFILE@@/sign.png" alt="A stop sign">') -> bytes:
    return textwrap.dedent(f"""\
        <?xml version="1.0" encoding="UTF-8"?>
        <quiz>
        <question type="multichoice">
          <name><text>Signs</text></name>
          <questiontext format="html"><text><![CDATA[<p>What does this sign mean?</p><p>{img}</p>]]></text>
          {question_file}
          </questiontext>
          <single>true</single>
          <answer fraction="100"><text><![CDATA[<img src="@@PLUGINFILE@@/b.png">]]></text>{answer_file}</answer>
          <answer fraction="0"><text>Go faster</text></answer>
        </question>
        </quiz>
        """).encode()


def _file(name: str, data: bytes) -> str:
    return f'<file name="{name}" path="/" encoding="base64">{base64.b64encode(data).decode()}</file>'


def test_moodle_pluginfile_images_are_read_into_the_question_and_its_answer():
    report = parse_moodle_xml(_moodle(_file("sign.png", png(5, 4)), _file("b.png", jpeg())))
    assert report.errors == []
    q = report.questions[0]
    assert q.text == "<p>What does this sign mean?</p>"
    assert q.image_alt == "A stop sign"
    assert report.images[q.image].width == 5
    assert report.images[q.options[0].image].mime == "image/jpeg"
    assert q.options[0].text == ""


def test_moodle_audio_is_refused_by_name_with_the_question_number():
    audio = '<audio controls><source src="@@PLUGINFILE@@/hello.mp3"></audio>'
    report = parse_moodle_xml(_moodle(_file("hello.mp3", b"ID3"), _file("b.png", png()), img=audio))
    assert report.questions == []
    assert [e.message for e in report.errors] == ["audio is not supported in question 1: hello.mp3 (Assessor shows "
                                                  "PNG and JPEG images only)"]


def test_moodle_image_whose_file_is_missing_is_an_error_naming_it():
    report = parse_moodle_xml(_moodle("", _file("b.png", png())))
    assert [e.message for e in report.errors] == ["question 1: the image sign.png is not embedded in the file "
                                                  '(no <file name="sign.png">)']


def _stored_bank(store, tmp_path):
    path = tmp_path / "signs.xml"
    path.write_bytes(_moodle(_file("sign.png", png(5, 4)), _file("b.png", jpeg())))
    _, summary = bankio.import_file(store, path)
    return summary.bank_id


def test_a_moodle_bank_with_images_round_trips_through_moodle_xml_and_yaml(store, tmp_path):
    bank_id = _stored_bank(store, tmp_path)
    original = store.banks.get(bank_id).questions
    for fmt in ("moodlexml", "yaml"):
        out = tmp_path / f"out.{bankio.EXTENSIONS[fmt]}"
        assert bankio.export_bank(store, bank_id, fmt, out) == []
        again = Store.memory()
        _, summary = bankio.import_file(again, out)
        back = again.banks.get(summary.bank_id).questions
        assert [q.content_hash() for q in back] == [q.content_hash() for q in original], fmt
        assert again.banks.images(back) == store.banks.images(original)
    assert sorted(p.name for p in (tmp_path / "out-images").iterdir()) == sorted(
        i.file_name() for i in store.banks.images(original).values())


@pytest.mark.parametrize("fmt", ["gift", "aiken", "xlsx"])
def test_formats_without_images_say_so_per_question(store, tmp_path, fmt):
    bank_id = _stored_bank(store, tmp_path)
    with_text = replace(store.banks.questions(bank_id)[0], key="Signs-2")
    with_text = replace(with_text, options=(replace(with_text.options[0], text={"en": "Stop"}),) + with_text.options[1:])
    store.banks.save_question(bank_id, with_text)
    out = tmp_path / f"out.{bankio.EXTENSIONS[fmt]}"
    losses = bankio.export_bank(store, bank_id, fmt, out)
    assert [(loss.key, loss.reason, loss.written) for loss in losses] == [
        ("Signs", f"an option is a picture alone, which {fmt} cannot carry; use yaml, moodlexml or qti", False),
        ("Signs-2", f"images are not written in {fmt}; use yaml, moodlexml or qti", True)] + (
        [] if fmt == "gift" else [("Signs-2", f"title ({fmt} has no place for it)", True)])  # the copy's title 'Signs'
    report = bankio.parse_file(out, fmt)  # what was written reads back: the question without its images
    assert report.errors == [] and len(report.questions) == 1 and report.images == {}


# -- native YAML -----------------------------------------------------------------------

YAML = """\
format: assessor-bank/1
name: {en: Signs}
languages: [en]
questions:
  - key: S-1
    type: single
    text: {en: "What does this sign mean?"}
    image: pictures/sign.png
    image_alt: {en: "A stop sign"}
    options:
      - image: pictures/b.jpg
        correct: true
      - text: {en: "Go faster"}
"""


def test_yaml_image_paths_are_read_relative_to_the_bank_file(tmp_path):
    (tmp_path / "pictures").mkdir()
    (tmp_path / "pictures" / "sign.png").write_bytes(png())
    (tmp_path / "pictures" / "b.jpg").write_bytes(jpeg())
    (tmp_path / "bank.yaml").write_text(YAML)
    bank = load_bank_file(tmp_path / "bank.yaml")
    q = bank.questions[0]
    assert q.image_alt == {"en": "A stop sign"}
    assert {i.sha256: i.mime for i in bank.images} == {q.image: "image/png", q.options[0].image: "image/jpeg"}


@pytest.mark.parametrize("path, message", [
    ("../outside.png", "image '../outside.png' must be a path relative to the bank file's folder, inside it"),
    ("/etc/passwd", "image '/etc/passwd' must be a path relative to the bank file's folder, inside it"),
    ("pictures/none.png", "image pictures/none.png cannot be read"),
    ("pictures/talk.mp3", "audio is not supported in question S-1: pictures/talk.mp3"),
])
def test_yaml_image_problems_name_the_file_question_and_field(tmp_path, path, message):
    (tmp_path / "pictures").mkdir()
    (tmp_path / "pictures" / "b.jpg").write_bytes(jpeg())
    (tmp_path / "bank.yaml").write_text(YAML.replace("pictures/sign.png", path))
    with pytest.raises(BankFormatError) as info:
        load_bank_file(tmp_path / "bank.yaml")
    problem = info.value.problems[0]
    assert (problem.key, problem.field, problem.line) == ("S-1", "image", 8)
    assert problem.message.startswith(message)


# -- QTI packages ------------------------------------------------------------------------

QTI_ITEM = """<?xml version="1.0" encoding="UTF-8"?>
<assessmentItem xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1" identifier="sign" title="Sign" adaptive="false"
  timeDependent="false">
  <responseDeclaration identifier="RESPONSE" cardinality="single" baseType="identifier">
    <correctResponse><value>A</value></correctResponse>
  </responseDeclaration>
  <itemBody>
    <p><img src="{stem}" alt="A stop sign"/></p>
    <choiceInteraction responseIdentifier="RESPONSE" shuffle="false" maxChoices="1">
      <prompt>What does this sign mean?</prompt>
      <simpleChoice identifier="A"><img src="../images/b.jpg" alt="Stop"/></simpleChoice>
      <simpleChoice identifier="B">Go faster</simpleChoice>
    </choiceInteraction>
  </itemBody>
</assessmentItem>
"""

MANIFEST = """<?xml version="1.0" encoding="UTF-8"?>
<manifest xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" identifier="M"><resources>
  <resource identifier="R1" type="imsqti_item_xmlv2p1" href="items/sign.xml"><file href="items/sign.xml"/></resource>
</resources></manifest>
"""


def _package(stem: str = "../images/a.png", members: dict | None = None) -> bytes:
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr("imsmanifest.xml", MANIFEST)
        zf.writestr("items/sign.xml", QTI_ITEM.format(stem=stem))
        for name, data in (members if members is not None else {"images/a.png": png(6, 3),
                                                                 "images/b.jpg": jpeg()}).items():
            zf.writestr(name, data)
    return buffer.getvalue()


def test_qti_package_media_are_read_into_the_item_and_its_choice():
    from assessor.banks.formats.qti import parse_qti

    report = parse_qti(_package(), "signs.zip")
    assert report.errors == []
    q = report.questions[0]
    assert (q.text, q.image_alt, q.options[0].text, q.options[0].image_alt) == (
        "What does this sign mean?", "A stop sign", "", "Stop")
    assert report.images[q.image].width == 6 and report.images[q.options[0].image].mime == "image/jpeg"


@pytest.mark.parametrize("stem, members, message", [
    ("../images/none.png", None, "item sign: the image ../images/none.png is not in the package"),
    ("../../etc/a.png", None, "item sign: the image ../../etc/a.png is not in the package"),
    ("../images/a.png", {"images/a.png": b"not a png", "images/b.jpg": jpeg()},
     "../images/a.png in item sign is not a PNG or JPEG image"),
    ("../media/talk.mp3", None, "audio is not supported in item sign: ../media/talk.mp3"),
])
def test_qti_media_problems_name_the_member_and_item(stem, members, message):
    from assessor.banks.formats.qti import parse_qti

    report = parse_qti(_package(stem, members), "signs.zip")
    assert report.questions == []
    assert report.errors[0].message.startswith(f"items/sign.xml: {message}")


def test_a_bank_with_images_round_trips_through_a_qti_package(store, tmp_path):
    import zipfile

    bank_id = _stored_bank(store, tmp_path)
    original = store.banks.get(bank_id).questions
    out = tmp_path / "out.zip"
    assert bankio.export_bank(store, bank_id, "qti", out) == []
    with zipfile.ZipFile(out) as zf:
        assert sorted(n for n in zf.namelist() if n.startswith("images/")) == sorted(
            f"images/{i.file_name()}" for i in store.banks.images(original).values())
    again = Store.memory()
    _, summary = bankio.import_file(again, out)
    back = again.banks.get(summary.bank_id).questions
    assert [(q.text, q.image, q.image_alt, [o.image for o in q.options]) for q in back] == [
        (q.text, q.image, q.image_alt, [o.image for o in q.options]) for q in original]


# -- packages and bundles ----------------------------------------------------------------


def _session_with_images(store, tmp_path):
    from assessor.delivery.assessments import Assessment
    from assessor.people.cohorts import Cohort, Participant

    bank_id = _stored_bank(store, tmp_path)
    questions = store.banks.questions(bank_id)
    form = store.assessments.save(Assessment(name="Signs", question_ids=tuple(q.id for q in questions)))
    cohort = store.cohorts.save(Cohort(name="Drivers"))
    store.cohorts.add_participants(cohort.id, [Participant(cohort.id, "D-01")])
    return store.sessions.open(cohort.id, form.id, "pre"), questions


def test_a_package_carries_the_images_of_its_questions(store, tmp_path):
    from assessor.exchange import export_package
    from assessor.exchange.package import import_package

    session, questions = _session_with_images(store, tmp_path)
    export_package(store, session.id, tmp_path / "day.assessor-package")
    laptop = Store.memory()
    import_package(laptop, tmp_path / "day.assessor-package")
    assert laptop.banks.images(questions) == store.banks.images(questions)
    assert len(laptop.banks.images(questions)) == 2


def test_package_records_whose_image_is_changed_or_missing_are_refused_naming_the_record(store, tmp_path):
    import json

    from assessor.exchange.bundle import collect
    from assessor.exchange.records import from_members, to_members

    session, _ = _session_with_images(store, tmp_path)
    members = to_members(collect(store, [session.id], with_attempts=False))
    images = json.loads(members["images.json"])
    images[0]["data"] = base64.b64encode(png(9, 9)).decode()
    with pytest.raises(InputError, match=r"day.pkg: images.json record 1 does not match its sha256 \(the image was changed\); nothing was imported"):
        from_members({**members, "images.json": json.dumps(images).encode()}, "day.pkg")
    with pytest.raises(InputError, match="refers to image .* which the file does not carry"):
        from_members({**members, "images.json": b"[]"}, "day.pkg")


def test_course_evaluation_items_keep_their_images_through_moodle_xml_and_qti_says_what_it_drops(store, tmp_path):
    from assessor.banks.questions import Option as Opt

    image = check_image(png(4, 4), "a.png", "q")
    choice = Question(key="EV-1", type="choice", text={"en": "Which room?"}, image=image.sha256,
                      options=(Opt({"en": "Blue"}, image=image.sha256, image_alt={"en": "Blue room"}),
                               Opt({"en": "Green"})))
    bank_id = store.banks.import_bank(Bank(name={"en": "Ev"}, questions=(choice,), images=(image,))).bank_id
    assert bankio.export_bank(store, bank_id, "moodlexml", tmp_path / "ev.xml") == []
    again = Store.memory()
    _, summary = bankio.import_file(again, tmp_path / "ev.xml")
    assert [q.content_hash() for q in again.banks.get(summary.bank_id).questions] == [choice.content_hash()]
    losses = bankio.export_bank(store, bank_id, "qti", tmp_path / "ev.zip")
    assert [(loss.key, loss.written) for loss in losses] == [("EV-1", True)]
    assert "images of course-evaluation items (choice) are not written in qti" in losses[0].reason


# -- formats that cannot carry files ---------------------------------------------------------


def test_gift_media_audio_is_refused_by_name_and_a_linked_image_is_warned_about(tmp_path):
    path = tmp_path / "linked.gift"
    path.write_text('::Sign::[html]<p>Which sign?</p><img src="@@PLUGINFILE@@/sign.png"> {=Stop ~Go}\n\n'
                    '::Hear::[html]Listen: <audio src="@@PLUGINFILE@@/bell.mp3"></audio> {=Bell ~Horn}\n')
    report = bankio.parse_file(path)
    assert [q.title for q in report.questions] == ["Sign"]
    assert [e.message for e in report.errors] == ["audio is not supported in the question at line 3: bell.mp3"]
    assert [w.message for w in report.warnings] == [
        "the image sign.png is not in the file (a gift file cannot carry images); it is not imported"]


def test_the_dry_run_json_lists_the_images_without_their_bytes(tmp_path):
    path = tmp_path / "signs.xml"
    path.write_bytes(_moodle(_file("sign.png", png(5, 4)), _file("b.png", jpeg())))
    data = bankio.parse_file(path).to_json()
    assert sorted((i["type"], i["width"]) for i in data["images"]) == [("image/jpeg", 30), ("image/png", 5)]
    assert set(data["images"][0]) == {"sha256", "type", "width", "height", "bytes"}
    assert data["questions"][0]["image"] == next(i["sha256"] for i in data["images"] if i["type"] == "image/png")


def test_an_embedded_file_the_text_does_not_show_is_named_in_a_warning():
    report = parse_moodle_xml(_moodle(_file("sign.png", png()) + _file("unused.png", png(2, 2)), _file("b.png", png())))
    assert report.errors == []
    assert [w.message for w in report.warnings] == [
        "question 1: the embedded file unused.png is not shown in the text; it is not imported"]


def test_a_qti_picture_given_as_an_object_is_read_like_an_img():
    from assessor.banks.formats.qti import parse_qti

    data = _package()  # the usual package, its stem picture then given as an <object>
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as old, zipfile.ZipFile(buffer, "w") as new:
        for name in old.namelist():
            body = old.read(name)
            if name == "items/sign.xml":
                body = body.replace(b'<img src="../images/a.png" alt="A stop sign"/>',
                                    b'<object type="image/png" data="../images/a.png">A stop sign</object>')
            new.writestr(name, body)
    report = parse_qti(buffer.getvalue(), "signs.zip")
    assert report.errors == []
    q = report.questions[0]
    assert (q.image_alt, report.images[q.image].width, q.text) == ("A stop sign", 6, "What does this sign mean?")


def test_a_description_with_an_image_round_trips_through_moodle_xml(store, tmp_path):
    image = check_image(png(8, 5), "map.png", "q")
    item = Question(key="INFO-1", type="description", text={"en": "Look at the map for the next questions."},
                    image=image.sha256, image_alt={"en": "A map of the town"})
    bank_id = store.banks.import_bank(Bank(name={"en": "Info"}, questions=(item,), images=(image,))).bank_id
    assert bankio.export_bank(store, bank_id, "moodlexml", tmp_path / "info.xml") == []
    again = Store.memory()
    _, summary = bankio.import_file(again, tmp_path / "info.xml")
    back = again.banks.get(summary.bank_id).questions
    assert [q.content_hash() for q in back] == [item.content_hash()]
    assert again.banks.image(image.sha256).data == image.data


def test_deleting_a_bank_deletes_its_images_but_not_one_another_bank_shows(store):
    own, shared = check_image(png(2, 2), "own.png", "q"), check_image(png(5, 5), "shared.png", "q")
    doomed = store.banks.import_bank(Bank(name={"en": "Doomed"}, images=(own, shared), questions=(
        _question(own.sha256), replace(_question(option_image=shared.sha256), key="IMG-2")))).bank_id
    store.banks.import_bank(Bank(name={"en": "Kept"}, questions=(_question(shared.sha256),), images=(shared,)))
    store.banks.delete(doomed)
    with pytest.raises(NotFound):
        store.banks.image(own.sha256)
    assert store.banks.image(shared.sha256) == shared
    assert store.db.execute("SELECT count(*) FROM images").fetchone()[0] == 1


# -- SVG pictures: drawn as PNG at import ---------------------------------------------------

SVG = (b'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="120" '
       b'height="60"><defs><rect id="half" width="60" height="60" fill="#0000ff"/></defs>'
       b'<rect width="120" height="60" fill="#ff0000"/><use xlink:href="#half"/></svg>')


def _pixel(image, x: int, y: int) -> tuple[int, int, int]:
    import cv2
    import numpy as np

    picture = cv2.imdecode(np.frombuffer(image.data, np.uint8), cv2.IMREAD_COLOR)
    b, g, r = picture[y, x]
    return int(r), int(g), int(b)


def test_an_svg_is_stored_as_the_png_drawn_from_it():
    image = check_image(SVG, "map.svg", "question 7")
    assert (image.mime, image.width, image.height, image.converted_from) == ("image/png", 120, 60, "map.svg")
    assert image.data.startswith(b"\x89PNG")
    assert _pixel(image, 10, 30) == (0, 0, 255)  # the <use> of #half: blue on the left
    assert _pixel(image, 110, 30) == (255, 0, 0)  # red on the right
    assert image == check_image(SVG, "again.svg", "question 8")  # the same picture is stored once


@pytest.mark.parametrize("size, expected", [
    ('width="10cm" height="5cm"', (378, 189)),  # absolute units at 96 pixels an inch
    ('viewBox="0 0 50 20"', (800, 320)),  # no size: 800 pixels on the longer side, the viewBox's shape
    ('width="100%" height="100%" viewBox="0 0 20 40"', (400, 800)),  # relative units: the same
    ('', (800, 400)),  # nothing at all: 800 × 400
    ('width="100000" height="50000"', (4096, 2048)),  # a huge declared size is scaled down to 4096 a side
    ('width="30000" height="30"', (4096, 4)),
])
def test_the_size_an_svg_is_drawn_at_is_bounded(size, expected):
    data = f'<svg xmlns="http://www.w3.org/2000/svg" {size}><rect width="10" height="10"/></svg>'.encode()
    image = check_image(data, "plan.svg", "question 1")
    assert (image.width, image.height) == expected


def test_an_svgz_is_unpacked_and_a_packed_bomb_is_refused():
    import gzip

    assert check_image(gzip.compress(SVG), "map.svgz", "question 2").width == 120
    bomb = gzip.compress(SVG[:-6] + b"<g>" * 0 + b" " * (3 << 20) + b"</svg>")
    with pytest.raises(InputError, match="bomb.svgz in question 2 is larger than 2 MB of SVG"):
        check_image(bomb, "bomb.svgz", "question 2")
    with pytest.raises(InputError, match="half.svgz in question 2 is a damaged SVGZ"):
        check_image(gzip.compress(SVG)[:40], "half.svgz", "question 2")


@pytest.mark.parametrize("svg, sentence", [
    ('<!DOCTYPE svg [<!ENTITY who "x">]><svg xmlns="http://www.w3.org/2000/svg"><text>&who;</text></svg>',
     "evil.svg in question 3 declares entities or external references in its DTD"),
    ('<!DOCTYPE svg [<!ENTITY who SYSTEM "file:///etc/passwd">]><svg xmlns="http://www.w3.org/2000/svg">'
     '<text>&who;</text></svg>', "evil.svg in question 3 declares entities or external references in its DTD"),
    ('<!DOCTYPE svg [<!ATTLIST image href CDATA "/etc/passwd">]><svg xmlns="http://www.w3.org/2000/svg">'
     '<image width="9" height="9"/></svg>', "evil.svg in question 3 refers to '/etc/passwd' outside the picture"),
    ('<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">'
     '<image xlink:href="/etc/passwd" width="9" height="9"/></svg>',
     "evil.svg in question 3 refers to '/etc/passwd' outside the picture"),
    ('<svg xmlns="http://www.w3.org/2000/svg"><image href="https://example.org/a.png"/></svg>',
     "evil.svg in question 3 refers to 'https://example.org/a.png' outside the picture"),
    ('<svg xmlns="http://www.w3.org/2000/svg"><image href="data:image/svg+xml;base64,PHN2Zy8+"/></svg>',
     "evil.svg in question 3 refers to 'data:image/svg+xml;base64,PHN2Zy8+' outside the picture"),
    ('<svg xmlns="http://www.w3.org/2000/svg"><rect style="fill: url(file:///etc/x#a)"/></svg>',
     "evil.svg in question 3 refers to 'file:///etc/x#a' outside the picture"),
    ('<svg xmlns="http://www.w3.org/2000/svg"><style>@import url(other.css);</style></svg>',
     "evil.svg in question 3 imports a style sheet from outside the picture"),
    ('<svg xmlns="http://www.w3.org/2000/svg"><rect', "evil.svg in question 3 is not a well-formed SVG picture"),
    ('<svg xmlns="http://www.w3.org/2000/svg" width="0" height="10"/>',
     "evil.svg in question 3 has a width or height of zero or less"),
])
def test_a_hostile_or_broken_svg_is_refused_by_name(svg, sentence):
    with pytest.raises(InputError) as info:
        check_image(svg.encode(), "evil.svg", "question 3")
    assert str(info.value).startswith(sentence)
    assert info.value.code == "bad_image"


def test_an_svg_that_multiplies_its_parts_is_refused_before_drawing():
    parts = ['<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="90" '
             'height="90"><defs><rect id="l0" width="1" height="1"/>']
    for level in range(1, 7):  # ten uses of ten uses of ...: a million rectangles from 3 KB
        parts.append(f'<g id="l{level}">' + "".join(f'<use xlink:href="#l{level - 1}"/>' for _ in range(10)) + "</g>")
    parts.append('</defs><use xlink:href="#l6"/></svg>')
    with pytest.raises(InputError, match="tree.svg in question 4 draws its parts more than 200,000 times over"):
        check_image("".join(parts).encode(), "tree.svg", "question 4")
    loop = ('<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">'
            '<g id="a"><use xlink:href="#a"/></g></svg>')
    with pytest.raises(InputError, match="loop.svg in question 4 nests its parts .* or refers to itself"):
        check_image(loop.encode(), "loop.svg", "question 4")


def test_an_svg_with_the_doctype_drawing_programs_write_is_drawn_without_fetching_it():
    svg = (b'<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" '
           b'"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n' + SVG)
    image = check_image(svg, "inkscape.svg", "question 5")
    assert (image.width, image.height) == (120, 60) and _pixel(image, 110, 30) == (255, 0, 0)


def test_an_embedded_data_picture_inside_an_svg_is_allowed():
    inner = base64.b64encode(png(2, 2, (0, 200, 0))).decode()
    svg = (f'<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><image href="data:image/png;base64,'
           f'{inner}" width="40" height="40"/></svg>').encode()
    image = check_image(svg, "framed.svg", "question 5")
    assert _pixel(image, 20, 20)[1] > 150


NOISE = (b'<svg xmlns="http://www.w3.org/2000/svg" width="{side}" height="{side}"><filter id="n">'
         b'<feTurbulence baseFrequency="0.9" numOctaves="{octaves}"/></filter>'
         b'<rect width="{side}" height="{side}" filter="url(#n)"/></svg>')  # 250 bytes of noise: no PNG packs it


def test_an_svg_drawn_larger_than_2_mb_is_refused_by_name():
    noise = NOISE.replace(b"{side}", b"1200").replace(b"{octaves}", b"1")
    with pytest.raises(InputError, match=r"noise.svg in question 6 becomes a \d+\.\d MB picture when drawn at "
                                         r"1200×1200 pixels; an image may have at most 2 MB"):
        check_image(noise, "noise.svg", "question 6")


def test_an_svg_that_takes_too_long_to_draw_is_stopped_and_refused(monkeypatch):
    import time

    from assessor.banks import svgraster

    monkeypatch.setattr(svgraster, "RENDER_SECONDS", 1.0)
    slow = NOISE.replace(b"{side}", b"4096").replace(b"{octaves}", b"40")  # minutes of work for resvg
    started = time.monotonic()
    with pytest.raises(InputError, match="slow.svg in question 6 takes more than 1 seconds to draw") as info:
        check_image(slow, "slow.svg", "question 6")
    assert time.monotonic() - started < 10 and info.value.code == "bad_image"


def test_without_resvg_an_svg_is_refused_saying_what_to_install(monkeypatch):
    import builtins

    real_import = builtins.__import__

    def no_resvg(name, *args, **kwargs):
        if name == "resvg_py":
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_resvg)
    with pytest.raises(InputError, match=r"map.svg in question 7 is an SVG picture, and drawing it needs the "
                                         r"resvg_py library; install it \(pip install resvg_py\)") as info:
        check_image(SVG, "map.svg", "question 7")
    assert info.value.code == "unsupported_media"


def test_moodle_svg_is_stored_as_png_with_a_warning_for_the_question():
    report = parse_moodle_xml(_moodle(_file("sign.svg", SVG), _file("b.png", png()),
                                      img='<img src="@@PLUGINFILE@@/sign.svg" alt="A stop sign">'))
    assert report.errors == []
    image = report.images[report.questions[0].image]
    assert (image.mime, image.width, image.height) == ("image/png", 120, 60)
    assert [w.message for w in report.warnings] == [
        "question 1: the SVG picture sign.svg was stored as a 120×60 PNG picture"]


def test_moodle_svg_with_an_external_reference_is_refused_naming_the_question():
    evil = b'<svg xmlns="http://www.w3.org/2000/svg"><image href="http://tracker.example/p.png"/></svg>'
    report = parse_moodle_xml(_moodle(_file("sign.svg", evil), _file("b.png", png()),
                                      img='<img src="@@PLUGINFILE@@/sign.svg">'))
    assert report.questions == []
    assert report.errors[0].message.startswith(
        "sign.svg in question 1 refers to 'http://tracker.example/p.png' outside the picture")


def test_yaml_svg_paths_are_stored_as_png_and_the_preview_says_so(tmp_path):
    (tmp_path / "pictures").mkdir()
    (tmp_path / "pictures" / "sign.svg").write_bytes(SVG)
    (tmp_path / "pictures" / "b.jpg").write_bytes(jpeg())
    (tmp_path / "bank.yaml").write_text(YAML.replace("pictures/sign.png", "pictures/sign.svg"))
    bank = load_bank_file(tmp_path / "bank.yaml")
    stored = {i.sha256: i for i in bank.images}[bank.questions[0].image]
    assert (stored.mime, stored.width, stored.height) == ("image/png", 120, 60)
    report = bankio.parse_file(tmp_path / "bank.yaml")
    assert report.errors == []
    assert [w.message for w in report.warnings] == [
        "question S-1: the SVG picture pictures/sign.svg was stored as a 120×60 PNG picture"]


def test_yaml_svg_with_an_entity_is_refused_naming_the_question_and_field(tmp_path):
    (tmp_path / "pictures").mkdir()
    (tmp_path / "pictures" / "sign.svg").write_bytes(
        b'<!DOCTYPE svg [<!ENTITY a "aaaa">]><svg xmlns="http://www.w3.org/2000/svg">&a;</svg>')
    (tmp_path / "pictures" / "b.jpg").write_bytes(jpeg())
    (tmp_path / "bank.yaml").write_text(YAML.replace("pictures/sign.png", "pictures/sign.svg"))
    with pytest.raises(BankFormatError) as info:
        load_bank_file(tmp_path / "bank.yaml")
    problem = info.value.problems[0]
    assert (problem.key, problem.field, problem.line) == ("S-1", "image", 8)
    assert problem.message.startswith("pictures/sign.svg in question S-1 declares entities")


def test_qti_package_svg_is_stored_as_png_with_a_warning_for_the_item():
    from assessor.banks.formats.qti import parse_qti

    report = parse_qti(_package("../images/a.svg", {"images/a.svg": SVG, "images/b.jpg": jpeg()}), "signs.zip")
    assert report.errors == []
    image = report.images[report.questions[0].image]
    assert (image.mime, image.width, image.height) == ("image/png", 120, 60)
    assert [w.message for w in report.warnings] == [
        "item sign: the SVG picture ../images/a.svg was stored as a 120×60 PNG picture"]
