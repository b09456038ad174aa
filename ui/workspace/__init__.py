"""The facilitator's workspace pages: question banks and the editor, assessments, cohorts and sessions.

May import: assessor (core calls and objects), ui shell modules (widgets, models, tasks, errors, i18n, settings), ui.dialogs, reports."""
