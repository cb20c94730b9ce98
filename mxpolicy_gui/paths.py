"""Where bundled files and per-user files live.

This is the one place that decides: a source checkout, an installed wheel and a PyInstaller
bundle all find `policy.db` and `resources/` through `bundled_dir()`, so a frozen run and a
source run cannot drift apart. Writable locations (settings, logs) are per user and never next
to the bundled, read-only data.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

#: Environment override for the database, used by tests, benchmarks and power users.
DB_ENV = "MXPOLICY_DB"
#: Environment override for the folder where logs and crash reports are written.
LOG_DIR_ENV = "MXPOLICY_LOG_DIR"

_PACKAGE_DIR = Path(__file__).resolve().parent


def is_frozen() -> bool:
    """True inside a PyInstaller bundle (decided once, here, for the whole app)."""
    return bool(getattr(sys, "frozen", False)) and hasattr(sys, "_MEIPASS")


def bundled_dir() -> Path:
    """The folder that holds `data/` and `resources/` for this kind of install.

    Frozen: PyInstaller's unpack folder. Wheel: `mxpolicy_gui/_bundled` (the wheel maps the
    repository's `data/` and `resources/` there). Source checkout or editable install: the
    repository root.
    """
    if is_frozen():
        return Path(sys._MEIPASS)  # type: ignore[attr-defined]  # set by PyInstaller only
    wheel_dir = _PACKAGE_DIR / "_bundled"
    if (wheel_dir / "data" / "policy.db").is_file():
        return wheel_dir
    return _PACKAGE_DIR.parent


def bundled_db_path() -> Path:
    """The shipped database (read-only)."""
    return bundled_dir() / "data" / "policy.db"


def default_db_path() -> Path:
    """The database the app opens when no `--db` is given: `$MXPOLICY_DB`, else the bundle."""
    override = os.environ.get(DB_ENV)
    return Path(override) if override else bundled_db_path()


def resources_dir() -> Path:
    return bundled_dir() / "resources"


def log_dir() -> Path:
    """Per-user folder for crash reports; created on demand by whoever writes there."""
    override = os.environ.get(LOG_DIR_ENV)
    if override:
        return Path(override)
    from PySide6.QtCore import QStandardPaths

    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    if not base:
        base = str(Path.home() / ".local" / "state" / "mxpolicy")
    return Path(base) / "logs"
