"""Entry point of the built command line (``assessor``)."""

from assessor.cli import main

if __name__ == "__main__":
    main()
