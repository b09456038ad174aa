"""The start-up self-check: is this installation whole, and does its database open?

Run from the built app (``assessor-app --self-check``) or the command line
(``assessor self-check``) on a laptop before a training day. It changes nothing: an
existing database is opened as a read-only in-memory copy, and the schema steps are tried
on a throw-away database in a temporary folder.
"""

from __future__ import annotations

import os
import platform
import sqlite3
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from assessor import __version__


@dataclass(frozen=True)
class Check:
    """One line of the self-check: what was checked, whether it holds, and what was found."""

    name: str
    ok: bool
    value: str


def core_checks(db_path: Path) -> list[Check]:
    """The checks of the core: versions, the data folder, the bundled bank, the database."""
    from assessor.paths import data_dir

    checks = [
        Check("assessor", True, __version__),
        Check("python", True, f"{platform.python_version()} ({platform.system()} {platform.machine()})"),
        Check("sqlite", True, sqlite3.sqlite_version),
        Check("frozen", True, "yes" if getattr(sys, "frozen", False) else "no"),
    ]
    checks.append(_data_folder(data_dir))
    checks.append(_bundled_bank())
    checks.append(_schema())
    checks.append(_database(Path(db_path)))
    checks.append(_capability("classroom mode", ("starlette", "uvicorn", "segno")))
    checks.append(_capability("paper reading", ("cv2", "zxingcpp", "pypdfium2")))
    checks.append(_svg_pictures())
    return checks


def _svg_pictures() -> Check:
    """An SVG picture is drawn as a PNG (resvg in its drawing process), as a bank import would."""
    from assessor.banks.images import check_image
    from assessor.errors import InputError

    svg = b'<svg xmlns="http://www.w3.org/2000/svg" width="8" height="4"><rect width="8" height="4"/></svg>'
    try:
        image = check_image(svg, "self-check.svg", "the self-check")
    except InputError as exc:
        return Check("svg pictures", False, str(exc))
    import resvg_py

    return Check("svg pictures", image.width == 8 and image.height == 4,
                 f"available (resvg_py {getattr(resvg_py, '__version__', '')}, {image.width}×{image.height} drawn)")


def _capability(name: str, modules: tuple[str, ...]) -> Check:
    """An optional capability: 'available' with its libraries' versions, or which library is missing."""
    import importlib

    found = []
    for module in modules:
        try:
            lib = importlib.import_module(module)
        except ImportError:  # an optional library of this installation, not one of the project's modules
            return Check(name, True, f"not installed ({module} missing)")
        found.append(f"{module} {getattr(lib, '__version__', '')}".strip())
    return Check(name, True, "available (" + ", ".join(found) + ")")


def _data_folder(data_dir) -> Check:
    try:
        folder = data_dir()
        probe = tempfile.NamedTemporaryFile(dir=folder, prefix=".selfcheck-", delete=False)
        probe.close()
        os.unlink(probe.name)
    except OSError as exc:
        return Check("data folder", False, f"not writable ({exc.strerror or exc})")
    return Check("data folder", True, str(folder))


def _bundled_bank() -> Check:
    from assessor.banks.formats.native import load_bank_file
    from assessor.errors import AssessorError
    from question_banks import bundled_banks

    paths = bundled_banks()
    if not paths:
        return Check("bundled bank", False, "missing")
    try:
        counts = [len(load_bank_file(path).questions) for path in paths]
    except (AssessorError, OSError) as exc:
        return Check("bundled bank", False, str(exc))
    return Check("bundled bank", True, ", ".join(f"{p.name} ({n} questions)" for p, n in zip(paths, counts)))


def _schema() -> Check:
    from assessor.errors import AssessorError
    from assessor.store import Store

    with tempfile.TemporaryDirectory(prefix="assessor-selfcheck-") as folder:
        try:
            Store.open(Path(folder) / "check.db").close()
        except (AssessorError, OSError, sqlite3.Error) as exc:
            return Check("new database", False, str(exc))
    return Check("new database", True, "schema applied")


def _database(path: Path) -> Check:
    from assessor.errors import AssessorError
    from assessor.store import Store

    if not path.exists():
        return Check("database", True, f"{path} (not created yet; made at first start)")
    try:
        store = Store.open_copy(path)
    except (AssessorError, OSError, sqlite3.Error) as exc:
        return Check("database", False, f"{path}: {exc}")
    try:
        banks = len(store.banks.list(include_archived=True))
    finally:
        store.close()
    return Check("database", True, f"{path} (opens; {banks} bank(s))")


def format_checks(checks: list[Check]) -> str:
    """The report as text lines, ``ok``/``FAILED`` first, then a verdict line."""
    width = max(len(c.name) for c in checks)
    lines = [f"{'ok    ' if c.ok else 'FAILED'} {c.name:<{width}}  {c.value}" for c in checks]
    failed = [c.name for c in checks if not c.ok]
    lines.append("self-check passed" if not failed else f"self-check FAILED: {', '.join(failed)}")
    return "\n".join(lines)
