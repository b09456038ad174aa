"""Assessor core: domain model, storage, engine, scoring, statistics, file formats, CLI.

Nothing in this package imports PySide6 or ``ui``; a test enforces it.
"""

__version__ = "0.1.0"
