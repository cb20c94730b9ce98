#!/usr/bin/env bash
# The test command of the README and of CI: installs what the tests need (Debian libraries for
# headless Qt, a virtual environment with the test extras), then runs ruff, mypy (configured
# in pyproject.toml: strict for store, export and compile) and pytest.
# Extra arguments go to pytest, e.g. scripts/test.sh -m "not packaging".
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/system-packages.sh test
bash scripts/venv.sh test,package
export QT_QPA_PLATFORM=offscreen
.venv/bin/ruff check .
.venv/bin/mypy
.venv/bin/python -m pytest "$@"
