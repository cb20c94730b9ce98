"""Build the desktop binary with PyInstaller and pack it for users.

    python packaging/build.py [--onefile] [--no-archive] [--deb]

Default: a one-folder bundle in dist/mxpolicy-gui/ (fast start), packed with the desktop entry,
AppStream metainfo, icons and an install script as dist/mxpolicy-<version>-<os>-<arch>.tar.gz.
With --deb, also a Debian package dist/mxpolicy_<version>_<arch>.deb (packaging/deb.py) and
dist/SHA256SUMS for the packages. Prints the bundle size and the build time.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "packaging"))

from mxpolicy_gui import APP_ID, __version__  # noqa: E402

DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
BUNDLE = DIST / "mxpolicy-gui"
ONEFILE_DIST = DIST / "onefile"

INSTALL_SH = """#!/bin/sh
# Adds mxpolicy to your desktop's application menu (per user; no root needed).
set -e
here=$(cd "$(dirname "$0")" && pwd)
apps="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
icons="${XDG_DATA_HOME:-$HOME/.local/share}/icons/hicolor/256x256/apps"
mkdir -p "$apps" "$icons"
cp "$here/share/icons/APP_ID.png" "$icons/APP_ID.png"
sed "s|^Exec=.*|Exec=\\"$here/mxpolicy-gui/mxpolicy-gui\\"|" \\
  "$here/share/applications/APP_ID.desktop" > "$apps/APP_ID.desktop"
echo "installed $apps/APP_ID.desktop"
""".replace("APP_ID", APP_ID)


def folder_size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def run_pyinstaller(onefile: bool) -> None:
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        str(ROOT / "packaging" / "mxpolicy.spec"),
        "--noconfirm",
        "--clean",
        "--log-level",
        "WARN",
        "--distpath",
        str(ONEFILE_DIST if onefile else DIST),
        "--workpath",
        str(WORK),
    ]
    if onefile:
        command += ["--", "--onefile"]
    subprocess.run(command, check=True, cwd=ROOT)


def make_archive() -> Path:
    system = platform.system().lower()
    archive = DIST / f"mxpolicy-{__version__}-{system}-{platform.machine()}.tar.gz"
    top = f"mxpolicy-{__version__}"
    with tarfile.open(archive, "w:gz") as tar:
        tar.add(BUNDLE, arcname=f"{top}/mxpolicy-gui")
        linux = ROOT / "packaging" / "linux"
        tar.add(linux / f"{APP_ID}.desktop", arcname=f"{top}/share/applications/{APP_ID}.desktop")
        tar.add(
            linux / f"{APP_ID}.metainfo.xml", arcname=f"{top}/share/metainfo/{APP_ID}.metainfo.xml"
        )
        tar.add(
            ROOT / "resources" / "icons" / "mxpolicy-256.png",
            arcname=f"{top}/share/icons/{APP_ID}.png",
        )
        script = WORK / "install-desktop-entry.sh"
        script.write_text(INSTALL_SH, encoding="utf-8")
        os.chmod(script, 0o755)
        tar.add(script, arcname=f"{top}/install-desktop-entry.sh")
    return archive


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--onefile", action="store_true", help="one self-extracting file instead")
    parser.add_argument("--no-archive", action="store_true", help="skip the .tar.gz")
    parser.add_argument("--deb", action="store_true", help="also build the Debian package")
    args = parser.parse_args(argv)
    if shutil.which("objdump") is None and sys.platform.startswith("linux"):
        print("build: PyInstaller needs objdump (Debian package binutils)", file=sys.stderr)
        return 1
    started = time.perf_counter()
    from mxpolicy_gui.catalogues import compile_catalogues

    compile_catalogues(force=True)  # the .qm files the bundle ships (resources/i18n/)
    run_pyinstaller(args.onefile)
    seconds = time.perf_counter() - started
    target = ONEFILE_DIST / ("mxpolicy-gui.exe" if os.name == "nt" else "mxpolicy-gui")
    if args.onefile:
        print(f"built {target} ({folder_size(target) / 1e6:.1f} MB) in {seconds:.1f} s")
        return 0
    print(f"built {BUNDLE}/ ({folder_size(BUNDLE) / 1e6:.1f} MB) in {seconds:.1f} s")
    packages = []
    if not args.no_archive and sys.platform.startswith("linux"):
        archive = make_archive()
        packages.append(archive)
        print(f"packed {archive} ({archive.stat().st_size / 1e6:.1f} MB)")
    if args.deb:
        from deb import build_deb

        if shutil.which("dpkg-deb") is None:
            print("build: --deb needs dpkg-deb (a Debian or Ubuntu system)", file=sys.stderr)
            return 1
        deb = build_deb(BUNDLE, DIST, WORK)
        packages.append(deb)
        print(f"packed {deb} ({deb.stat().st_size / 1e6:.1f} MB)")
    if packages:
        from deb import write_checksums

        sums = write_checksums(DIST, packages)
        print(f"wrote {sums}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
