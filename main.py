"""Start the Assessor desktop app: ``python main.py [--db PATH] [--demo] [--lang en|id]``."""

import sys

from ui.app import main

if __name__ == "__main__":
    sys.exit(main())
