"""The frozen bundle's entry point: the same `main` as the installed `cliffhanger` command."""

import sys

from cliffhanger.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
