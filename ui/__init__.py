"""The desktop app (PySide6): thin widgets over the core in ``assessor``."""
