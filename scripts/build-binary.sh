#!/usr/bin/env bash
# Builds the desktop binary from a clean clone: PyInstaller's system tools, a virtual
# environment with the packaging extras, then the one-folder bundle, the .tar.gz, the .deb and
# dist/SHA256SUMS.   usage: scripts/build-binary.sh [packaging/build.py options]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/system-packages.sh test
bash scripts/venv.sh test,package
exec .venv/bin/python packaging/build.py --deb "$@"
