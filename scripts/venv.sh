#!/usr/bin/env bash
# Creates .venv and installs the project with the given extras; re-installs only when
# pyproject.toml changed since the last install.   usage: scripts/venv.sh [EXTRAS]
set -euo pipefail
cd "$(dirname "$0")/.."
extras=${1:-}
spec="."
[ -n "$extras" ] && spec=".[${extras}]"
[ -x .venv/bin/python ] || python3 -m venv .venv
stamp=".venv/.installed-${extras:-app}"
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  .venv/bin/python -m pip install -q --upgrade pip >/dev/null
  .venv/bin/python -m pip install -q -e "$spec"
  touch "$stamp"
fi
