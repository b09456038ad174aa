"""Printed paper forms other than the knowledge test's answer sheets: the course-evaluation form.

May import: assessor.paper, assessor.banks, reports.common, reports.paper and reportlab; never Qt, ui or the CLI."""
