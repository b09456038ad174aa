"""Analysis: the response table and its CSV input/output, statistics, summaries, per-participant figures.

May import: assessor.banks, assessor.delivery (scoring rules), assessor.store, plumbing; never reports or the CLI."""
