#!/usr/bin/env bash
# Installs the Debian libraries Qt needs, only those missing, so a machine that has them all
# spends no time here. Lists measured on fresh Debian 12 roots (python3, venv, pip, git only).
#   scripts/system-packages.sh test   headless Qt, fonts, PyInstaller's tools, PDF tools, and
#                                     what the .deb test needs (dpkg-deb, debootstrap, validators)
#   scripts/system-packages.sh gui    the above plus what a real X11 window needs
set -euo pipefail
profile=${1:-test}

packages=(libglib2.0-0 libgl1 libegl1 libxkbcommon0 libfontconfig1 libdbus-1-3 fonts-dejavu-core)
if [ "$profile" = test ]; then
  packages+=(binutils poppler-utils debootstrap desktop-file-utils appstream)
fi
# The X11 libraries: a real window needs them, and the PyInstaller build bundles them.
if [ "$profile" = gui ] || [ "$profile" = test ]; then
  packages+=(libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0
             libxcb-image0 libxcb-render-util0 libxcb-randr0 libxcb-xinerama0 libxcb-xkb1)
fi
# Debian's own Python links its interpreter statically; PyInstaller needs the shared library.
py_ver=$(python3 -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')
if [ "$profile" = test ] && dpkg -s "python${py_ver}" >/dev/null 2>&1; then
  packages+=("libpython${py_ver}")
fi

if ! command -v dpkg >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
  echo "system-packages: not a Debian-like system; install the Qt libraries listed in $0 yourself" >&2
  exit 0
fi
missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO=sudo; else
    echo "system-packages: missing ${missing[*]}; run as root or install them" >&2; exit 1
  fi
else
  SUDO=
fi
echo "system-packages: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
