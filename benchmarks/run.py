"""Run every benchmark in this folder (``make bench``) and print their tables.

Each ``bench_*.py`` module has ``main(argv)``; they run one after another so that
they do not compete for the two cores.
"""

from __future__ import annotations

import importlib
import pkgutil
import platform
import sys
import time

import benchmarks


def main(argv=None) -> int:
    print(f"# Benchmarks, {time.strftime('%Y-%m-%d')}, {platform.platform()}, Python {platform.python_version()}\n")
    for info in sorted(pkgutil.iter_modules(benchmarks.__path__), key=lambda i: i.name):
        if info.name.startswith("bench_"):
            print(f"\n## {info.name}\n", flush=True)
            importlib.import_module(f"benchmarks.{info.name}").main([])
    return 0


if __name__ == "__main__":
    sys.exit(main())
