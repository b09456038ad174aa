"""Keeping data safe: online backups and restore, one app per database, the log, the facilitator password.

May import: assessor.store and plumbing only."""
