"""Build `data/policy.db` from the human-edited TOML files in `data/sources/`.

Stands apart from the run-time packages: it needs sqlite-utils, which the app does not ship.
"""

from mxpolicy_gui.compile.errors import BuildError
from mxpolicy_gui.compile.pipeline import build_database, default_paths

__all__ = ["BuildError", "build_database", "default_paths"]
