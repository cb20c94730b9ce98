#!/usr/bin/env bash
# Creates .venv and installs the project with the given extras; re-installs only when
# pyproject.toml changed since the last install.   usage: scripts/venv.sh [EXTRAS]
set -euo pipefail
cd "$(dirname "$0")/.."
extras=${1:-}
# One clear line instead of a pip resolver error on an older Python (Ubuntu 22.04 ships 3.10).
if ! python3 -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
  echo "mxpolicy needs Python >= 3.11; this python3 is $(python3 -V 2>&1 | cut -d' ' -f2) (supported: Debian 12, Ubuntu 24.04)" >&2
  exit 1
fi
spec="."
[ -n "$extras" ] && spec=".[${extras}]"
[ -x .venv/bin/python ] || python3 -m venv .venv
stamp=".venv/.installed-${extras:-app}"
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  .venv/bin/python -m pip install -q --upgrade pip >/dev/null
  .venv/bin/python -m pip install -q -e "$spec"
  touch "$stamp"
fi
