"""Both zip readers refuse path traversal and zip bombs before anything is used.

Two readers exist on purpose: ``assessor.banks.formats.safezip`` opens zips made by other
programs (QTI packages, XLSX workbooks) and allows folders inside them, while
``assessor.exchange.container`` opens Assessor's own packages and bundles, whose
members are always flat, few and hashed, so it is stricter (no folder at all).
"""

from __future__ import annotations

import io
import json
import zipfile

import pytest

from assessor.errors import InputError
from assessor.exchange.container import RESULTS, build_container, read_container
from assessor.banks.formats.safezip import open_zip, read_member, safe_members

TRAVERSAL = ["../evil.json", "/etc/evil.json", "C:/evil.json", "a/../../evil.json", "..\\evil.json"]
BOMB = b"\0" * (8 * 1024 * 1024)  # deflates ~1000 times: far beyond any real member


def _zip(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buf.getvalue()


@pytest.mark.parametrize("name", TRAVERSAL)
def test_safezip_refuses_traversal(name):
    zf = open_zip(_zip({"ok.xml": b"<a/>", name: b"x"}), "pkg.zip")
    with pytest.raises(InputError) as caught:
        safe_members(zf, name="pkg.zip")
    assert caught.value.code == "zip_traversal" and "pkg.zip" in str(caught.value)


def test_safezip_allows_folders_inside_the_package():
    zf = open_zip(_zip({"items/q1.xml": b"<a/>"}))
    (info,) = safe_members(zf)
    assert read_member(zf, info) == b"<a/>"


def test_safezip_refuses_a_bomb_too_many_members_and_too_much_in_total():
    with pytest.raises(InputError) as caught:
        safe_members(open_zip(_zip({"big.xml": BOMB})))
    assert caught.value.code == "zip_bomb"
    with pytest.raises(InputError) as caught:
        safe_members(open_zip(_zip({f"m{i}.xml": b"" for i in range(30)})), max_members=20)
    assert caught.value.code == "zip_too_many"
    with pytest.raises(InputError) as caught:
        safe_members(open_zip(_zip({"a.xml": bytes(range(256)) * 8, "b.xml": bytes(range(256)) * 8})), max_total=3000)
    assert caught.value.code == "zip_too_big"


def _write_container(tmp_path, members, password=None):
    manifest = {"created_at": "2024-01-01T00:00:00Z", "device_id": "d", "device_name": "x", "counts": {}}
    path = tmp_path / ("evil" + (".enc" if password else "") + ".assessor-results")
    path.write_bytes(build_container(RESULTS, manifest, members, password))
    return path


@pytest.mark.parametrize("name", TRAVERSAL + ["folder/evil.json", ".hidden.json"])
@pytest.mark.parametrize("password", [None, "pw-1234"])
def test_container_refuses_traversal_even_with_a_valid_checksum(tmp_path, name, password):
    path = _write_container(tmp_path, {"attempts.json": b"[]", name: json.dumps([]).encode()}, password)
    with pytest.raises(InputError) as caught:
        read_container(path, password, expect=RESULTS)
    assert caught.value.code == "damaged" and "unexpected member" in str(caught.value)


@pytest.mark.parametrize("password", [None, "pw-1234"])
def test_container_refuses_a_bomb_even_with_a_valid_checksum(tmp_path, password):
    path = _write_container(tmp_path, {"attempts.json": BOMB}, password)
    with pytest.raises(InputError) as caught:
        read_container(path, password, expect=RESULTS)
    assert caught.value.code == "damaged" and "implausibly large" in str(caught.value)


def test_container_refuses_too_many_members(tmp_path):
    path = _write_container(tmp_path, {f"m{i}.json": b"[]" for i in range(40)})
    with pytest.raises(InputError, match="more than an Assessor file ever has"):
        read_container(path, expect=RESULTS)
