"""Entry point of the built desktop app (``assessor-app``)."""

import sys

from ui.app import main

if __name__ == "__main__":
    sys.exit(main())
