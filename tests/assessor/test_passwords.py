"""Passwords at the edges: the facilitator password's length and its stored delay, file
passwords that protect something, and key-derivation parameters bounded before any work."""

from __future__ import annotations

import io
import json
import time
import zipfile

import pytest
from click.testing import CliRunner

from assessor.cli import cli
from assessor.errors import InputError
from assessor.exchange import container as C
from assessor.exchange import crypto
from assessor.safety import security
from assessor.store import Store


def test_the_facilitator_password_has_at_least_eight_characters():
    with pytest.raises(InputError) as caught:
        security.hash_password("1234")
    assert caught.value.code == "password_too_short"
    with pytest.raises(InputError):
        security.hash_password("abcdefg")
    assert security.verify_password("abcdefgh", security.hash_password("abcdefgh"))


class Clock:
    def __init__(self):
        self.t = 1_000_000.0

    def __call__(self):
        return self.t


def test_the_delay_after_wrong_passwords_is_stored_and_survives_a_restart(tmp_path):
    clock = Clock()
    store = Store.open(tmp_path / "r.db")
    security.set_facilitator_password(store, "fasilitator-1")
    first = security.try_exit_password(store, "guess-one", clock=clock)
    assert (first.ok, first.failures, first.wait_s) == (False, 1, 1.0)
    clock.t += 0.5
    # The right password during the delay is not even checked: waiting cannot be skipped.
    early = security.try_exit_password(store, "fasilitator-1", clock=clock)
    assert not early.ok and not early.checked and early.wait_s == pytest.approx(0.5)
    clock.t += 0.5
    second = security.try_exit_password(store, "guess-two", clock=clock)
    assert (second.failures, second.wait_s) == (2, 2.0)
    store.close()

    again = Store.open(tmp_path / "r.db")  # the app was closed and started again
    assert security.exit_failures(again) == 2
    assert security.exit_wait_s(again, clock=clock) == pytest.approx(2.0)
    assert not security.try_exit_password(again, "fasilitator-1", clock=clock).checked
    clock.t += 2
    assert security.try_exit_password(again, "fasilitator-1", clock=clock).ok
    assert security.exit_failures(again) == 0 and security.exit_wait_s(again, clock=clock) == 0


def test_a_clock_set_back_cannot_stretch_the_delay(store):
    clock = Clock()
    security.set_facilitator_password(store, "fasilitator-1")
    security.try_exit_password(store, "wrong-one", clock=clock)
    clock.t -= 10 ** 6
    assert security.exit_wait_s(store, clock=clock) == security.MAX_DELAY_S


@pytest.mark.parametrize("password", ["", " ", "a", "abcde"])
def test_a_blank_or_short_file_password_is_refused(password):
    with pytest.raises(InputError) as caught:
        C.build_container(C.RESULTS, {}, {"x.json": b"[]"}, password)
    assert caught.value.code == "weak_password"


def _with_params(tmp_path, **params) -> "Path":
    data = C.build_container(C.RESULTS, {"device_id": "d"}, {"attempts.json": b"[]"}, "kata-sandi-1")
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    manifest = json.loads(members[C.MANIFEST])
    manifest["encryption"].update(params)
    members[C.MANIFEST] = json.dumps(manifest).encode()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, blob in members.items():
            zf.writestr(name, blob)
    path = tmp_path / "evil.assessor-results"
    path.write_bytes(buf.getvalue())
    return path


@pytest.mark.parametrize("params", [
    {"n": 2 ** 20, "r": 8, "p": 1},  # 1 GB of memory
    {"n": 2 ** 16, "r": 64, "p": 1},  # 512 MB
    {"n": 2 ** 14, "r": 8, "p": 64},  # 16 MB but minutes of work
])
def test_key_derivation_parameters_that_would_cost_too_much_are_refused_before_any_work(tmp_path, params):
    path = _with_params(tmp_path, **params)
    started = time.perf_counter()
    with pytest.raises(InputError) as caught:
        C.read_container(path, "kata-sandi-1")
    assert time.perf_counter() - started < 1.0
    assert "out of the accepted range" in str(caught.value) and str(path) in str(caught.value)


def test_our_own_parameters_are_within_the_bounds():
    assert crypto.check_parameters(crypto.new_parameters("kata-sandi-1")) is None


def test_a_file_or_member_beyond_the_size_limits_is_refused(tmp_path, monkeypatch):
    data = C.build_container(C.RESULTS, {"device_id": "d"}, {"a.json": b"[" + b"1," * 5000 + b"1]"}, None)
    path = tmp_path / "big.assessor-results"
    path.write_bytes(data)
    monkeypatch.setattr(C, "MAX_MEMBER_BYTES", 4096)
    with pytest.raises(InputError) as caught:
        C.read_container(path)
    assert caught.value.code == "too_large" and "unpacked" in str(caught.value)
    monkeypatch.setattr(C, "MAX_FILE_BYTES", 1000)
    with pytest.raises(InputError) as caught:
        C.read_container(path)
    assert caught.value.code == "too_large" and "larger than" in str(caught.value)


def test_a_member_is_hashed_while_it_is_read(tmp_path):
    data = C.build_container(C.RESULTS, {"device_id": "d"}, {"a.json": b"[1]"}, None)
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        info = zf.getinfo("a.json")
        with pytest.raises(InputError) as caught:
            C._read_member(zf, info, "f", 1 << 20, sha256="0" * 64)
    assert caught.value.code == "member_hash"


def test_cli_package_export_needs_a_password_or_an_explicit_no(tmp_path):
    from tests.assessor.exchange_helpers import setup_facilitator

    store = Store.open(tmp_path / "f.db")
    session, _, _ = setup_facilitator(store, n_people=2, n_questions=3)
    store.close()
    db = str(tmp_path / "f.db")
    runner = CliRunner()
    out = tmp_path / "p.assessor-package"
    refused = runner.invoke(cli, ["--db", db, "package", "export", "--session", session.id, "-o", str(out)])
    assert refused.exit_code == 2 and "answer key" in refused.output and not out.exists()
    (tmp_path / "pw.txt").write_text("a\n")
    weak = runner.invoke(cli, ["--db", db, "package", "export", "--session", session.id, "-o", str(out),
                               "--password-file", str(tmp_path / "pw.txt")])
    assert weak.exit_code != 0 and "shorter than" in weak.output and not out.exists()
    plain = runner.invoke(cli, ["--db", db, "package", "export", "--session", session.id, "-o", str(out),
                                "--no-encryption"])
    assert plain.exit_code == 0, plain.output
    assert C.peek_manifest(out)["encryption"] is None
