"""Paper day in the app: print a session, read scanned sheets, review uncertain marks, type sheets in by hand.

May import: the core (assessor.paper), reports.paper, ui.tasks and ui.widgets; nothing imports it but the session page."""
