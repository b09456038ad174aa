"""`python -m tools.screenshots [OUT]` (what `make screenshots` runs)."""

import sys

from tools.screenshots import main

sys.exit(main())
