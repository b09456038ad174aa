"""Dialogs opened from several places: settings, audit log, backups, export options.

May import: assessor and ui shell modules; never a page."""
