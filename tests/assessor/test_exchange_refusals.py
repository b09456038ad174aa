"""Every damaged, tampered, foreign or newer file is refused with its own clear
message, and the database is left byte-for-byte unchanged."""

from __future__ import annotations

import io
import json
import tempfile
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assessor.cli import cli
from assessor.errors import InputError
from assessor.exchange import export_package, export_results, import_bundle, import_results
from assessor.store import Store
from tests.assessor.exchange_helpers import (answer, answer_for, at, db_digest, file_digest, setup_facilitator, start,
                                             submit)

PASSWORD = "rahasia"
WORK = Path(tempfile.mkdtemp(prefix="assessor-refusals-"))


def _make_files() -> dict[str, Path]:
    source = Store.open(WORK / "source.db")
    session, people, questions = setup_facilitator(source, n_people=3, n_questions=5)
    for k, person in enumerate(people[:2]):
        aid = f"22222222-2222-4222-8222-{k:012d}"
        start(source, session, person, aid, at(k * 100))
        for i, q in enumerate(questions):
            answer(source, aid, q.id, answer_for(q, i % 2 == 0), at(k * 100 + i + 1))
        submit(source, aid, at(k * 100 + 50))
    files = {"plain": WORK / "plain.assessor-results", "sealed": WORK / "sealed.assessor-results",
             "package": WORK / "pre.assessor-package"}
    export_results(source, files["plain"])
    export_results(source, files["sealed"], password=PASSWORD)
    export_package(source, session.id, files["package"])
    source.close()
    target = Store.open(WORK / "target.db")  # a facilitator database with its own data
    setup_facilitator(target, n_people=2, n_questions=3)
    target.close()
    return files


FILES = _make_files()
TARGET = WORK / "target.db"


def assert_refused(path: Path, code: str | None = None, password: str | None = PASSWORD) -> InputError:
    before_file, before_db = file_digest(TARGET), db_digest(TARGET)
    store = Store.open(TARGET)
    try:
        with pytest.raises(InputError) as caught:
            import_bundle(store, path, password)
    finally:
        store.close()
    assert file_digest(TARGET) == before_file
    assert db_digest(TARGET) == before_db
    message = str(caught.value)
    assert message.startswith(str(path)) and "nothing was imported" in message
    if code is not None:
        assert caught.value.code == code, message
    return caught.value


def _write(name: str, data: bytes) -> Path:
    path = WORK / name
    path.write_bytes(data)
    return path


def _rezip(source: Path, change) -> bytes:
    """The container's members re-packed after ``change(members)`` (as someone editing it by hand would)."""
    with zipfile.ZipFile(source) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    change(members)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buffer.getvalue()


@pytest.mark.parametrize("kind", ["plain", "sealed"])
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_random_byte_damage_is_refused(kind, data):
    original = FILES[kind].read_bytes()
    damaged = bytearray(original)
    positions = data.draw(st.lists(st.integers(0, len(damaged) - 1), min_size=1, max_size=3, unique=True))
    for pos in positions:
        damaged[pos] ^= data.draw(st.integers(1, 255), label="xor")
    error = assert_refused(_write(f"damaged-{kind}.assessor-results", bytes(damaged)))
    assert error.code in ("damaged", "truncated", "member_hash", "tampered", "not_exchange_file", "bad_records")


@settings(max_examples=40, deadline=None)
@given(cut=st.integers(1, 10_000))
def test_truncated_bundle_is_refused_as_truncated(cut):
    original = FILES["plain"].read_bytes()
    cut = min(cut, len(original) - 1)
    error = assert_refused(_write("cut.assessor-results", original[:-cut]), "truncated")
    assert "cut short" in str(error)


def test_member_changed_without_its_hash_is_refused():
    def change(members):
        attempts = json.loads(members["attempts.json"])
        attempts[0]["score_pct"] = 100.0
        members["attempts.json"] = json.dumps(attempts).encode()

    error = assert_refused(_write("edited.assessor-results", _rezip(FILES["plain"], change)), "member_hash")
    assert "'attempts.json' does not match its SHA-256" in str(error)


def test_wrong_password_is_refused():
    error = assert_refused(FILES["sealed"], "wrong_password", password="not the password")
    assert "password is wrong" in str(error)


def test_missing_password_is_refused():
    assert_refused(FILES["sealed"], "password_required", password=None)


def test_sealed_manifest_changed_is_detected_as_tampering():
    import hashlib

    def change(members):
        manifest = json.loads(members["manifest.json"])
        manifest["device_name"] = "someone else"
        members["manifest.json"] = json.dumps(manifest, indent=1, sort_keys=True).encode()

    data = _rezip(FILES["sealed"], change)
    # Re-create a valid trailer too, as a careful forger would: only the AES-GCM tag can tell.
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        for name, blob in members.items():
            zf.writestr(name, blob)
        zf.comment = b"ASSESSOR-SHA256:" + b"0" * 64
    body = buffer.getvalue()[:-64]
    forged = body + hashlib.sha256(body).hexdigest().encode()
    assert_refused(_write("forged.assessor-results", forged), "tampered")


def test_bundle_from_a_newer_format_is_refused():
    def change(members):
        manifest = json.loads(members["manifest.json"])
        manifest["format_version"] = 2
        manifest["app_version"] = "9.0"
        members["manifest.json"] = json.dumps(manifest).encode()

    error = assert_refused(_write("newer.assessor-results", _rezip(FILES["plain"], change)), "newer_format")
    assert "newer Assessor" in str(error)


def test_files_that_are_not_bundles_are_refused():
    assert_refused(_write("notes.assessor-results", b"minutes of the training\n"), "not_exchange_file")
    assert_refused(_write("other.zip", _rezip(FILES["plain"], lambda m: m.pop("manifest.json"))), "not_exchange_file")
    assert_refused(_write("empty.assessor-results", b""), "truncated")


def test_a_package_is_not_imported_as_results():
    error = assert_refused(FILES["package"], "wrong_kind")
    assert "use Open package" in str(error)


def test_cli_reports_refusals_and_exits_2(tmp_path):
    pw = tmp_path / "pw.txt"
    pw.write_text(PASSWORD + "\n")
    bad = _write("bad.assessor-results", FILES["plain"].read_bytes()[:-5])
    db = tmp_path / "cli.db"
    result = CliRunner().invoke(cli, ["--db", str(db), "bundle", "import", str(FILES["sealed"]), str(bad),
                                      "--password-file", str(pw), "--json"])
    assert result.exit_code == 2
    report = json.loads(result.output)
    assert [b["status"] for b in report["bundles"]] == ["imported", "refused"]
    assert report["bundles"][1]["code"] == "truncated"
    assert report["totals"] == {"sources": 2, "imported": 1, "unchanged": 0, "refused": 1}


def test_cli_bundle_export_needs_a_password_or_an_explicit_no(tmp_path):
    db = tmp_path / "cli.db"
    runner = CliRunner()
    result = runner.invoke(cli, ["--db", str(db), "bundle", "export", "-o", str(tmp_path / "x.assessor-results")])
    assert result.exit_code == 2 and "--password-file" in result.output
    assert not (tmp_path / "x.assessor-results").exists()
    result = runner.invoke(cli, ["--db", str(db), "bundle", "export", "-o", str(tmp_path / "x.assessor-results"),
                                 "--no-encryption"])
    assert result.exit_code == 0, result.output


def test_one_refused_bundle_does_not_stop_the_others(tmp_path):
    store = Store.open(tmp_path / "t.db")
    report = import_results(store, [FILES["package"], FILES["plain"]], PASSWORD)
    assert [b.status for b in report.bundles] == ["refused", "imported"]
    assert report.bundles[1].new["attempts"] == 2
    store.close()
