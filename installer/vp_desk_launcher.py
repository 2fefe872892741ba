"""Entry point of the frozen app (PyInstaller)."""

import sys

from vp_desk.app import main

if __name__ == "__main__":
    sys.exit(main())
