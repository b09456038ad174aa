"""The desktop app (PySide6): thin widgets over the core in ``assessor``.

Shell modules live here (app start, main window, task helper, models, settings, errors, i18n); sections live in
``workspace/``, ``results/``, ``runner/`` (participant mode) and ``dialogs/``. May import assessor and reports."""
