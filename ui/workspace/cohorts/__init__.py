"""The Cohorts section: training events, their rosters and their test sessions (page, table models, dialogs).

May import: assessor (core calls and objects), ui shell modules (widgets, models, tasks, errors), ui.runner, reports."""
