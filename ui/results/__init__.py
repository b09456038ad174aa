"""Results and compare: the results page, the comparison of cohorts, their shared table models.

May import: assessor, ui shell modules, ui.dialogs, reports (the PDF and export writers)."""
