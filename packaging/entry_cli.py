"""Entry point of the built command line (``assessor``)."""

import multiprocessing

from assessor.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # an SVG is drawn in a spawned process (assessor/banks/svgraster.py)
    main()
