"""House rules that a reviewer would otherwise have to check by eye."""

from __future__ import annotations

import json
import os
import pkgutil
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _modules(package: str) -> list[str]:
    base = ROOT / package
    names = [package]
    for info in pkgutil.walk_packages([str(base)], prefix=package + "."):
        if not info.name.endswith("__main__"):
            names.append(info.name)
    return names


def test_core_and_reports_never_import_qt_or_ui():
    modules = _modules("assessor") + _modules("reports")
    code = (
        "import importlib, json, sys\n"
        f"mods = {modules!r}\n"
        "bad = {}\n"
        "for m in mods:\n"
        "    importlib.import_module(m)\n"
        "leaked = sorted(k for k in sys.modules if k.split('.')[0] in ('PySide6', 'shiboken6', 'ui'))\n"
        "print(json.dumps(leaked))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert json.loads(out.stdout.strip().splitlines()[-1]) == []
    assert len(modules) > 10  # the walk really found the packages


SQL_FORMAT = re.compile(r"""(execute|executemany|executescript|query)\(\s*(f["']|["'][^"']*["']\s*(%|\.format|\+))""")


def test_no_sql_built_by_string_formatting():
    offenders = []
    for folder in ("assessor", "reports", "ui"):
        for path in (ROOT / folder).rglob("*.py"):
            for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if SQL_FORMAT.search(line):
                    offenders.append(f"{path.relative_to(ROOT)}:{n}: {line.strip()}")
    assert offenders == []


def test_sql_lives_only_in_the_store():
    pattern = re.compile(r"\b(SELECT|INSERT INTO|UPDATE \w+ SET|DELETE FROM)\b")
    offenders = []
    for folder in ("assessor", "reports", "ui"):
        for path in (ROOT / folder).rglob("*.py"):
            if "store" in path.relative_to(ROOT).parts:
                continue
            text = path.read_text(encoding="utf-8")
            if pattern.search(text) and ".execute(" in text:
                offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []


def test_yaml_is_only_loaded_safely():
    offenders = []
    for folder in ("assessor", "reports", "ui"):
        for path in (ROOT / folder).rglob("*.py"):
            for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if re.search(r"yaml\.(load|load_all|unsafe_load|full_load)\(", line):
                    offenders.append(f"{path.relative_to(ROOT)}:{n}")
    assert offenders == []


XML_IMPORT = re.compile(r"^\s*(import|from)\s+(xml\.etree|xml\.dom|xml\.sax|lxml)\b(?!\.saxutils)")


def test_xml_is_only_parsed_through_defusedxml():
    # Parsers from the standard library (and lxml) resolve entities and DTDs from
    # untrusted files; only defusedxml may parse. The SAX handler base classes and
    # ``xml.sax.saxutils`` (escaping for writing) parse nothing and are allowed in the
    # one module that wraps defusedxml.
    # svgraster reads an SVG through defusedxml.ElementTree (its ParseError, fromstring, tostring) only.
    allowed = {Path("assessor/banks/formats/_xmltree.py"), Path("assessor/banks/svgraster.py")}
    offenders = []
    for folder in ("assessor", "reports", "ui"):
        for path in (ROOT / folder).rglob("*.py"):
            rel = path.relative_to(ROOT)
            if rel in allowed:
                continue
            for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if XML_IMPORT.search(line) or re.search(r"\b(ElementTree|minidom|expatbuilder|pulldom)\b", line):
                    offenders.append(f"{rel}:{n}: {line.strip()}")
    assert offenders == []
    svg = (ROOT / "assessor/banks/svgraster.py").read_text(encoding="utf-8")
    assert not any(XML_IMPORT.search(line) for line in svg.splitlines())
    assert re.findall(r"\bElementTree\b.*", svg) == ["ElementTree import ParseError, fromstring, tostring"]
    wrapper = (ROOT / "assessor/banks/formats/_xmltree.py").read_text(encoding="utf-8")
    assert "defusedxml.sax.make_parser()" in wrapper
    assert not re.search(r"(?<!defusedxml\.)\bxml\.sax\.(make_parser|parse|parseString)\(", wrapper)


IMPORT_LINE = re.compile(r"^\s*(?:from|import)\s+([\w.]+)", re.M)


def _imports(path: Path) -> set[str]:
    return {m.group(1) for m in IMPORT_LINE.finditer(path.read_text(encoding="utf-8"))}


def test_only_the_cli_reaches_reports():
    # Within the core; the app's dialogs (ui/) may call reports as the CLI does.
    offenders = []
    for path in (ROOT / "assessor").rglob("*.py"):
        rel = path.relative_to(ROOT)
        if rel.parts[:2] == ("assessor", "cli"):
            continue
        if any(name.split(".")[0] == "reports" for name in _imports(path)):
            offenders.append(str(rel))
    assert offenders == []


def test_reports_never_import_the_cli_or_ui():
    offenders = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "reports").rglob("*.py")
        if any(name.startswith(("assessor.cli", "ui", "PySide6")) for name in _imports(path))
    ]
    assert offenders == []


def _packages(top: str):
    for init in sorted((ROOT / top).rglob("__init__.py")):
        if "translations" not in init.parts and "fonts" not in init.parts:
            yield init.parent


def test_every_package_says_what_it_is_for_and_may_import():
    for top in ("assessor", "ui"):
        for folder in _packages(top):
            text = (folder / "__init__.py").read_text(encoding="utf-8").lstrip()
            assert text.startswith('"""'), f"{folder.relative_to(ROOT)} has no opening docstring"


def test_no_folder_of_the_core_or_ui_is_a_heap():
    # A newcomer reads a folder at a glance: about ten modules at most (the package's own
    # __init__ and __main__ not counted).
    for top in ("assessor", "ui"):
        for folder in _packages(top):
            modules = [p for p in folder.glob("*.py") if p.name not in ("__init__.py", "__main__.py")]
            assert len(modules) <= 11, f"{folder.relative_to(ROOT)} holds {len(modules)} modules"


def test_start_up_and_analyze_load_neither_pandas_nor_scipy_stats(tmp_path):
    """pandas (a test and benchmark extra) and scipy.stats cost 0.3-0.4 s each to import; the
    app's start-up and ``assessor analyze`` of a database need neither."""
    code = (
        "import importlib.util, json, sys\n"
        "assert importlib.util.find_spec('pandas')  # installed (the test extra), so sqlite-utils would load it\n"
        "from click.testing import CliRunner\n"
        "import ui.main_window\n"
        "from assessor.cli import cli\n"
        "from assessor.demo import build_demo\n"
        "from assessor.store import Store\n"
        f"path = {str(tmp_path / 'd.db')!r}\n"
        "with Store.open(path) as s: build_demo(s, seed=1)\n"
        "out = CliRunner().invoke(cli, ['--db', path, 'analyze', '--json'])\n"
        "assert out.exit_code == 0, out.output\n"
        "print(json.dumps(sorted(k for k in sys.modules if k.split('.')[0] == 'pandas' or k.startswith('scipy.stats'))))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, env=env)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout.strip().splitlines()[-1]) == []


def test_the_app_opens_its_window_without_numpy_scipy_or_cryptography(tmp_path):
    """What the first screen does not need is not imported before it shows (issue #20: warm start)."""
    from assessor.demo import build_demo
    from assessor.store import Store

    path = tmp_path / "d.db"
    with Store.open(path) as s:
        build_demo(s, seed=1)
    code = (
        "import json, sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "import ui.app\n"
        f"window = ui.app.start(['--db', {str(path)!r}, '--lang', 'en'])\n"
        "QApplication.processEvents()\n"
        "assert window.isVisible()\n"
        "heavy = ('numpy', 'scipy', 'pandas', 'cryptography', 'reportlab', 'openpyxl')\n"
        "print(json.dumps(sorted({k.split('.')[0] for k in sys.modules if k.split('.')[0] in heavy})))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"))
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, env=env)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout.strip().splitlines()[-1]) == []
