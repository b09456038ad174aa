"""The ``assessor`` command line: the top of the core, and the only core code that reaches ``reports/``.

May import: every core package and ``reports``; nothing imports it but ``assessor.__main__`` and the tests."""

import sys

from assessor.cli import analysis, banks, classroom, demo, exchange, paper, reports, results, safety  # noqa: F401  (each registers its commands)
from assessor.cli.root import cli

__all__ = ["cli", "main"]


def main() -> None:  # pragma: no cover - entry point
    """Run the ``assessor`` command line."""
    cli(prog_name="assessor")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
