"""Assessor core: banks, delivery, people, analysis, exchange, safety, store, and the CLI on top.

Nothing in this package imports PySide6 or ``ui``; only ``assessor.cli`` imports ``reports`` (a test enforces both).
"""

__version__ = "0.1.0"
