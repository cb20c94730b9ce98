"""PyInstaller entry point: the frozen app runs the same `main()` as `mxpolicy-gui`."""

import sys

from mxpolicy_gui.cli import main

if __name__ == "__main__":
    sys.exit(main())
