"""Report writers (PDF, CSV, XLSX) over core objects. Never imports PySide6 or ui."""
