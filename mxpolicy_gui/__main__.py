"""`python -m mxpolicy_gui` is the same as the `mxpolicy-gui` command."""

import sys

from mxpolicy_gui.cli import main

sys.exit(main())
