"""Classroom mode: the facilitator's laptop serves one open session to participants' phones over a local network.

May import: assessor.delivery, assessor.people, assessor.banks, assessor.store, plumbing; never Qt, ui or reports."""
