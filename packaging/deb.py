"""Debian package from the one-folder bundle: dist/mxpolicy_<version>_<arch>.deb.

    python packaging/build.py --deb        (builds the bundle first, then this)

Layout: the bundle under /opt/mxpolicy/, a launcher /usr/bin/mxpolicy-gui, the desktop entry,
hicolor icons, AppStream metainfo, a man page generated from the argparse parser, and the
licences in /usr/share/doc/mxpolicy/copyright (Debian's machine-readable format).

`Depends:` is not written by hand: every ELF file in the bundle is run through `ldd`, the
libraries it finds outside the bundle are mapped to their Debian packages with `dpkg -S`, and
the packages that the minimal Debian root already has (essential, priority required) are left
out. tests/packaging/test_deb.py installs the result in a fresh Debian 12 root to prove it.
"""

from __future__ import annotations

import gzip
import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from mxpolicy_gui import APP_ID, __version__  # noqa: E402

PACKAGE = "mxpolicy"
PREFIX = Path("opt") / PACKAGE
ICON_SIZES = (16, 32, 48, 64, 128, 256, 512)
MAINTAINER = "mxpolicy developers <maintainers@mxpolicy.org>"

#: Packages every Debian system has (Essential: yes or Priority: required); listing them in
#: Depends is noise that lintian flags.
BASE_PACKAGES = frozenset(
    {
        "libc6", "libgcc-s1", "libstdc++6", "zlib1g", "libzstd1", "liblzma5", "libbz2-1.0",
        "libselinux1", "libpcre2-8-0", "libgcrypt20", "libgpg-error0", "liblz4-1",
        "libsystemd0", "libcap2", "libmd0", "libcrypt1", "libtinfo6", "libudev1", "libacl1",
        "libattr1", "libaudit1", "libaudit-common", "libcap-ng0", "libdebconfclient0",
        "libgmp10", "libhogweed6", "libnettle8", "libidn2-0", "libp11-kit0", "libtasn1-6",
        "libunistring2", "libffi8", "libgnutls30", "libsemanage2", "libsepol2",
    }
)

LAUNCHER = f"""#!/bin/sh
# mxpolicy: start the bundled application (installed by the {PACKAGE} package).
exec /{PREFIX}/mxpolicy-gui "$@"
"""

DESCRIPTION = """\
offline reference on Mexican public policy
 Browse, search and filter the 12 public service innovations of 2019-2022 and
 the 13 structural reforms of 2012-2018 with no network connection: status
 histories, legal instruments, institutions, key figures with the source
 behind each one, and exports to CSV, PDF, BibTeX, RIS and CSL-JSON.
"""


def _elf_files(bundle: Path) -> list[Path]:
    found = []
    for path in sorted(bundle.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as fh:
                if fh.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def outside_libraries(bundle: Path) -> set[str]:
    """Absolute paths of the shared libraries the bundle loads from the system."""
    bundled = {p.name for p in bundle.rglob("*.so*")}
    libraries: set[str] = set()
    for elf in _elf_files(bundle):
        # PyInstaller's bootloader puts _internal/ on the library path at run time.
        env = dict(os.environ, LD_LIBRARY_PATH=f"{bundle / '_internal'}:{elf.parent}")
        result = subprocess.run(["ldd", str(elf)], capture_output=True, text=True, env=env)
        for line in result.stdout.splitlines():
            name, _, rest = line.strip().partition(" => ")
            target = rest.split(" (")[0].strip()
            if not target.startswith("/") or name in bundled:
                continue
            if Path(target).resolve().is_relative_to(bundle.resolve()):
                continue
            libraries.add(target)
    return libraries


def _owner(library: str) -> str | None:
    for candidate in (library, str(Path(library).resolve())):
        result = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True)
        if result.returncode == 0:
            return result.stdout.split(":", 1)[0].strip()
        # merged /usr: /lib/x86_64-linux-gnu/x is registered as /lib/..., not /usr/lib/...
        alt = candidate.removeprefix("/usr") if candidate.startswith("/usr/lib") else None
        if alt:
            result = subprocess.run(["dpkg", "-S", alt], capture_output=True, text=True)
            if result.returncode == 0:
                return result.stdout.split(":", 1)[0].strip()
    return None


def system_dependencies(bundle: Path) -> list[str]:
    """Debian packages that provide the libraries the bundle takes from the system."""
    packages: set[str] = set()
    unowned = []
    for library in sorted(outside_libraries(bundle)):
        owner = _owner(library)
        if owner is None:
            unowned.append(library)
        else:
            packages.add(owner)
    if unowned:
        raise SystemExit(f"deb: no Debian package owns {', '.join(unowned)}")
    # Qt opens these with dlopen, so ldd never sees them: the xcb platform plugin needs a
    # cursor library and the keyboard map, fonts need a font.
    packages |= {"libxcb-cursor0", "libxkbcommon-x11-0", "fontconfig-config", "fonts-dejavu-core"}
    return sorted(packages - BASE_PACKAGES)


def man_page() -> str:
    from build_manpages.manpage import Manpage

    from mxpolicy_gui.cli import build_parser

    return str(Manpage(build_parser()))


def copyright_file() -> str:
    mit = _indented((ROOT / "LICENSE").read_text(encoding="utf-8").split("\n", 3)[3])
    return f"""\
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: mxpolicy
Comment: The dataset text is CC BY 4.0; facts and figures quoted in it remain under the
 terms of the works each record cites.

Files: *
Copyright: 2026 the mxpolicy developers
License: Expat

Files: opt/mxpolicy/_internal/data/policy.db
Copyright: 2026 the mxpolicy developers
License: CC-BY-4.0
 The text of the dataset (summaries, objectives, measures, notes, translations) is licensed
 under the Creative Commons Attribution 4.0 International licence,
 https://creativecommons.org/licenses/by/4.0/legalcode . Facts and figures quoted from the
 cited works remain under those works' own terms.

Files: opt/mxpolicy/_internal/resources/fonts/*
Copyright: Bitstream, Inc.; DejaVu changes are in the public domain
License: Bitstream-Vera
 See opt/mxpolicy/_internal/resources/fonts/LICENSE-DejaVu.txt.

Files: opt/mxpolicy/_internal/PySide6/* opt/mxpolicy/_internal/shiboken6/*
Copyright: The Qt Company Ltd.
License: LGPL-3.0-only
 On Debian systems, the full text is in /usr/share/common-licenses/LGPL-3.

License: Expat
{mit}
"""


def _indented(text: str) -> str:
    return "\n".join(f" {line}" if line.strip() else " ." for line in text.strip().splitlines())


def _write(path: Path, content: str | bytes, mode: int = 0o644) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)
    path.chmod(mode)


def _deterministic_gzip(data: bytes) -> bytes:
    return gzip.compress(data, compresslevel=9, mtime=0)


def build_deb(bundle: Path, dist: Path, work: Path) -> Path:
    arch = subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()
    stage = work / "deb-root"
    shutil.rmtree(stage, ignore_errors=True)
    shutil.copytree(bundle, stage / PREFIX, symlinks=True)
    _write(stage / "usr/bin/mxpolicy-gui", LAUNCHER, 0o755)
    linux = ROOT / "packaging" / "linux"
    share = stage / "usr/share"
    _write(
        share / "applications" / f"{APP_ID}.desktop",
        (linux / f"{APP_ID}.desktop").read_text(encoding="utf-8"),
    )
    _write(
        share / "metainfo" / f"{APP_ID}.metainfo.xml",
        (linux / f"{APP_ID}.metainfo.xml").read_text(encoding="utf-8"),
    )
    icons = ROOT / "resources" / "icons"
    for size in ICON_SIZES:
        _write(
            share / f"icons/hicolor/{size}x{size}/apps/{APP_ID}.png",
            (icons / f"mxpolicy-{size}.png").read_bytes(),
        )
    scalable = share / f"icons/hicolor/scalable/apps/{APP_ID}.svg"
    _write(scalable, (icons / "mxpolicy.svg").read_bytes())
    _write(share / "man/man1/mxpolicy-gui.1.gz", _deterministic_gzip(man_page().encode("utf-8")))
    doc = share / "doc" / PACKAGE
    _write(doc / "copyright", copyright_file())
    _write(doc / "changelog.gz", _deterministic_gzip((ROOT / "CHANGELOG.md").read_bytes()))
    installed_kb = sum(
        p.stat().st_size for p in stage.rglob("*") if p.is_file() and not p.is_symlink()
    ) // 1024
    control = (
        f"Package: {PACKAGE}\n"
        f"Version: {__version__}\n"
        f"Architecture: {arch}\n"
        f"Maintainer: {MAINTAINER}\n"
        f"Installed-Size: {installed_kb}\n"
        f"Depends: {', '.join(system_dependencies(bundle))}\n"
        "Section: science\n"
        "Priority: optional\n"
        f"Description: {DESCRIPTION}"
    )
    _write(stage / "DEBIAN/control", control)
    for directory in [stage, *(p for p in stage.rglob("*") if p.is_dir())]:
        directory.chmod(0o755)
    target = dist / f"{PACKAGE}_{__version__}_{arch}.deb"
    target.unlink(missing_ok=True)
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(stage), str(target)],
        check=True, capture_output=True,
    )
    return target


def write_checksums(dist: Path, files: list[Path]) -> Path:
    lines = [
        f"{hashlib.sha256(f.read_bytes()).hexdigest()}  {f.name}\n" for f in sorted(files)
    ]
    sums = dist / "SHA256SUMS"
    sums.write_text("".join(lines), encoding="utf-8")
    return sums
