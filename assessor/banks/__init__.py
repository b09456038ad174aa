"""Question banks: the question model, importing, storing and exporting banks, and their file formats.

May import: assessor.errors, assessor.ids, assessor.progress, assessor.store (never delivery, analysis or the CLI)."""
