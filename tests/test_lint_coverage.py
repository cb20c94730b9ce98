"""ruff must see every tracked Python file: a folder it skips (as `build/` once was) is unlinted."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _ruff() -> str:
    local = Path(sys.executable).with_name("ruff")
    found = str(local) if local.exists() else shutil.which("ruff")
    if not found:
        pytest.fail("ruff is not installed: scripts/venv.sh installs it with the test extras")
    return found


def test_ruff_lints_every_tracked_python_file():
    if not (ROOT / ".git").exists():
        pytest.skip("not a git checkout (no tracked-file list to compare)")
    tracked = subprocess.run(
        ["git", "ls-files", "*.py"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    shown = subprocess.run(
        [_ruff(), "check", "--show-files", "."], cwd=ROOT, capture_output=True, text=True,
        check=True,
    ).stdout
    linted = {str(Path(line.strip()).resolve().relative_to(ROOT)) for line in shown.splitlines()
              if line.strip().endswith(".py")}
    missing = sorted(set(tracked) - linted)
    assert missing == [], f"ruff skips {len(missing)} tracked file(s): {missing[:10]}"
