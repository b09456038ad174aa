"""Entry point of the built desktop app (``assessor-app``)."""

import multiprocessing
import sys

from ui.app import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # an SVG is drawn in a spawned process (assessor/banks/svgraster.py)
    sys.exit(main())
