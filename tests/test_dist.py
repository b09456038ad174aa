"""The built app (``make dist``) runs on a machine without Python: self-check, version, analyze.

Slow: it builds the folder with PyInstaller (about two minutes; incremental afterwards).
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from assessor.cli import cli

ROOT = Path(__file__).resolve().parents[1]

# Building the folder takes minutes of CPU: CI builds it on every run (CI=true); on a
# developer's machine, ASSESSOR_TEST_DIST=1 asks for it.
pytestmark = pytest.mark.skipif(not (os.environ.get("CI") or os.environ.get("ASSESSOR_TEST_DIST")),
                                reason="builds the app with PyInstaller: runs in CI or with ASSESSOR_TEST_DIST=1")
FOLDER = ROOT / "dist" / "assessor"

CSV = """cohort,participant_id,phase,item_id,topic,correct
A,p1,pre,q1,law,0
A,p1,pre,q2,law,1
A,p1,post,q1,law,1
A,p1,post,q2,law,1
A,p2,pre,q1,law,0
A,p2,pre,q2,law,0
A,p2,post,q1,law,1
A,p2,post,q2,law,0
A,p3,pre,q1,law,1
A,p3,pre,q2,law,0
A,p3,post,q1,law,1
A,p3,post,q2,law,1
"""


@pytest.fixture(scope="module")
def built():
    subprocess.run(["make", "dist"], cwd=ROOT, check=True, timeout=1800, capture_output=True)
    assert (FOLDER / "assessor").is_file() and (FOLDER / "assessor-app").is_file()
    return FOLDER


def _bare_env(home: Path) -> dict:
    # No Python, no virtual environment, no source tree: an empty PATH and a new home.
    empty = home / "empty-bin"
    empty.mkdir(parents=True, exist_ok=True)
    return {"PATH": str(empty), "HOME": str(home), "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8",
            "XDG_DATA_HOME": str(home / "data"), "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_CACHE_HOME": str(home / "cache")}


def _run(built, program, args, home, **kw):
    return subprocess.run([str(built / program), *args], cwd=home, env=_bare_env(home), capture_output=True,
                          text=True, timeout=300, **kw)


@pytest.mark.slow
def test_built_app_passes_its_self_check(built, tmp_path):
    proc = _run(built, "assessor-app", ["--self-check"], tmp_path)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "self-check passed" in proc.stdout
    assert any(line.split()[:3] == ["ok", "frozen", "yes"] for line in proc.stdout.splitlines())
    translations = next(x for x in proc.stdout.splitlines() if "translations" in x).split()
    assert translations[0] == "ok" and int(translations[2]) >= 1, translations  # the .qm files travelled
    # The optional capabilities are in the folder, and SVG pictures are drawn (resvg in a spawned process).
    for capability in ("classroom mode", "paper reading", "svg pictures"):
        line = next(x for x in proc.stdout.splitlines() if capability in x)
        assert "available" in line, line


@pytest.mark.slow
def test_built_command_line_gives_version_and_the_same_analysis(built, tmp_path):
    from assessor import __version__

    version = _run(built, "assessor", ["--version"], tmp_path)
    assert version.returncode == 0 and __version__ in version.stdout
    csv = tmp_path / "responses.csv"
    csv.write_text(CSV)
    frozen = _run(built, "assessor", ["analyze", str(csv), "--json"], tmp_path)
    assert frozen.returncode == 0, frozen.stderr
    here = CliRunner().invoke(cli, ["analyze", str(csv), "--json"])
    assert here.exit_code == 0, here.output
    assert json.loads(frozen.stdout) == json.loads(here.output)


@pytest.mark.slow
def test_built_app_keeps_its_data_in_the_user_folder(built, tmp_path):
    before = {p for p in built.rglob("*")}
    env_home = tmp_path
    proc = _run(built, "assessor", ["demo"], env_home)
    assert proc.returncode == 0, proc.stderr
    assert (env_home / "data" / "Assessor" / "assessor.db").is_file()
    assert {p for p in built.rglob("*")} == before, "the app wrote inside its own folder"
    assert not any(os.fspath(p).endswith(".db") for p in built.rglob("*"))
