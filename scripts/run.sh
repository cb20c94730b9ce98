#!/usr/bin/env bash
# The README's "install and run" command: Qt's Debian libraries, a virtual environment with the
# app, then the app itself. Arguments go to mxpolicy-gui (e.g. --db PATH).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/system-packages.sh gui
bash scripts/venv.sh
exec .venv/bin/mxpolicy-gui "$@"
