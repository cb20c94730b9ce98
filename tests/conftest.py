"""Shared test set-up: headless Qt, a private runtime dir, and the real database."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

# Without a platform plugin Qt aborts the whole run with "Fatal Python error: Aborted".
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if not os.environ.get("XDG_RUNTIME_DIR"):
    _runtime = tempfile.mkdtemp(prefix="mxpolicy-xdg-")
    os.chmod(_runtime, 0o700)
    os.environ["XDG_RUNTIME_DIR"] = _runtime

REPO = Path(__file__).resolve().parents[1]
DB_PATH = REPO / "data" / "policy.db"
SOURCES_DIR = REPO / "data" / "sources"


@pytest.fixture(scope="session")
def db_path() -> Path:
    return DB_PATH


@pytest.fixture(scope="session")
def store():
    from mxpolicy_gui.store import Store

    with Store(DB_PATH) as s:
        yield s
