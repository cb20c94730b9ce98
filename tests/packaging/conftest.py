"""One PyInstaller build (bundle, .tar.gz, .deb, SHA256SUMS) shared by every packaging test."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.helpers import REPO


@pytest.fixture(scope="session")
def built() -> dict:
    result = subprocess.run(
        [sys.executable, str(REPO / "packaging" / "build.py"), "--deb"],
        cwd=REPO, capture_output=True, text=True, timeout=1200,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return {"log": result.stdout}
