"""Preparing and delivering a test: assessments, forms, sessions, the attempt engine and scoring.

May import: assessor.banks (the question model), assessor.people, assessor.store, assessor.safety, plumbing."""
