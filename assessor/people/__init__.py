"""Cohorts, participants and rosters (the people a test is given to).

May import: assessor.store and plumbing (errors, ids, progress) only."""
