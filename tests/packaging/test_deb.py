"""The Debian package: its contents, its metadata, and an install/remove in a fresh Debian root.

The fresh root is a debootstrap minbase of the host's release (Debian 12 here), cached as a tar
in /var/tmp so that later runs unpack it instead of downloading it again. `apt-get install
./mxpolicy_*.deb` must pull every library the app needs from the `Depends:` line alone.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from tests.helpers import REPO

pytestmark = pytest.mark.packaging

DIST = REPO / "dist"
ROOT_CACHE = Path(os.environ.get("MXPOLICY_DEB_ROOT_CACHE", "/var/tmp/mxpolicy-deb-root.tar"))
# debootstrap and chroot live in sbin, which a plain user's PATH (and CI's) may leave out.
SBIN_PATH = os.pathsep.join([os.environ.get("PATH", ""), "/usr/local/sbin", "/usr/sbin", "/sbin"])


def _tool(name: str) -> str | None:
    return shutil.which(name, path=SBIN_PATH)


def _deb() -> Path:
    debs = sorted(DIST.glob("mxpolicy_*.deb"))
    assert debs, "packaging/build.py --deb wrote no .deb"
    return debs[-1]


def _field(deb: Path, name: str) -> str:
    return subprocess.run(
        ["dpkg-deb", "-f", str(deb), name], capture_output=True, text=True, check=True
    ).stdout.strip()


def test_deb_holds_the_app_and_its_desktop_integration(built):
    listing = subprocess.run(
        ["dpkg-deb", "-c", str(_deb())], capture_output=True, text=True, check=True
    ).stdout
    for path in (
        "./opt/mxpolicy/mxpolicy-gui",
        "./usr/bin/mxpolicy-gui",
        "./usr/share/applications/org.mxpolicy.MxPolicy.desktop",
        "./usr/share/metainfo/org.mxpolicy.MxPolicy.metainfo.xml",
        "./usr/share/icons/hicolor/256x256/apps/org.mxpolicy.MxPolicy.png",
        "./usr/share/icons/hicolor/scalable/apps/org.mxpolicy.MxPolicy.svg",
        "./usr/share/man/man1/mxpolicy-gui.1.gz",
        "./usr/share/doc/mxpolicy/copyright",
    ):
        assert path in listing, path
    assert "policy.db" in listing


def test_control_fields(built):
    from mxpolicy_gui import __version__

    deb = _deb()
    assert _field(deb, "Package") == "mxpolicy"
    assert _field(deb, "Version") == __version__
    depends = [d.strip() for d in _field(deb, "Depends").split(",")]
    for needed in ("libgl1", "libegl1", "libxcb-cursor0", "fonts-dejavu-core"):
        assert needed in depends
    assert "libc6" not in depends  # essential: never listed


def test_checksums_match(built):
    sums = (DIST / "SHA256SUMS").read_text(encoding="utf-8").splitlines()
    names = {}
    for line in sums:
        digest, name = line.split("  ", 1)
        names[name] = digest
        assert hashlib.sha256((DIST / name).read_bytes()).hexdigest() == digest
    assert any(n.endswith(".deb") for n in names) and any(n.endswith(".tar.gz") for n in names)


def test_desktop_entry_and_metainfo_validate():
    linux = REPO / "packaging" / "linux"
    for tool in ("desktop-file-validate", "appstreamcli"):
        assert shutil.which(tool), f"{tool} missing: scripts/system-packages.sh test installs it"
    desktop = subprocess.run(
        ["desktop-file-validate", str(linux / "org.mxpolicy.MxPolicy.desktop")],
        capture_output=True, text=True,
    )
    assert desktop.returncode == 0 and "error" not in desktop.stdout, desktop.stdout
    meta = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(linux / "org.mxpolicy.MxPolicy.metainfo.xml")],
        capture_output=True, text=True,
    )
    assert meta.returncode == 0, meta.stdout + meta.stderr


def _mirror() -> str:
    sources = [Path("/etc/apt/sources.list"), *Path("/etc/apt/sources.list.d").glob("*")]
    pattern = re.compile(r"^(?:URIs:|deb)\s+(https?://\S+/debian/?)(?:\s|$)", re.M)
    for path in sources:
        if path.is_file():
            found = pattern.search(path.read_text(encoding="utf-8", errors="replace"))
            if found:
                return found.group(1)
    return "http://deb.debian.org/debian"


def _fresh_root(target: Path) -> None:
    if not ROOT_CACHE.exists():
        pristine = target.parent / "pristine"
        subprocess.run(
            [str(_tool("debootstrap")), "--variant=minbase", "bookworm", str(pristine), _mirror()],
            check=True, capture_output=True, timeout=1800, env=dict(os.environ, PATH=SBIN_PATH),
        )
        shutil.copy("/etc/resolv.conf", pristine / "etc" / "resolv.conf")
        partial = ROOT_CACHE.with_suffix(".partial")
        subprocess.run(["tar", "-C", str(pristine), "-cf", str(partial), "."], check=True)
        partial.rename(ROOT_CACHE)
        shutil.rmtree(pristine)
    target.mkdir()
    subprocess.run(["tar", "-C", str(target), "-xf", str(ROOT_CACHE)], check=True)


def _chroot(root: Path, command: str, timeout: int = 900) -> subprocess.CompletedProcess:
    env = {"PATH": "/usr/sbin:/usr/bin:/sbin:/bin", "HOME": "/root", "LANG": "C.UTF-8",
           "DEBIAN_FRONTEND": "noninteractive"}
    return subprocess.run(
        [str(_tool("chroot")), str(root), "/bin/sh", "-c", command],
        capture_output=True, text=True, env=env, timeout=timeout,
    )


def test_installs_runs_and_removes_cleanly_in_a_fresh_debian_root(built, tmp_path):
    if os.geteuid() != 0 or not _tool("debootstrap") or not _tool("chroot"):
        if os.environ.get("CI"):
            pytest.fail("CI must run as root with debootstrap (scripts/system-packages.sh test)")
        pytest.skip("needs root and debootstrap (CI has both)")
    root = tmp_path / "root"
    _fresh_root(root)
    deb = _deb()
    shutil.copy(deb, root / "tmp" / deb.name)
    subprocess.run([str(_tool("mount")), "-t", "proc", "proc", str(root / "proc")], check=True)
    try:
        started = time.perf_counter()
        install = _chroot(root, f"apt-get update -qq && apt-get install -y -qq /tmp/{deb.name}")
        install_s = time.perf_counter() - started
        assert install.returncode == 0, install.stdout[-3000:] + install.stderr[-3000:]
        assert (root / "opt/mxpolicy/mxpolicy-gui").exists()

        selftest = _chroot(root, "cd /tmp && mxpolicy-gui --self-test", timeout=300)
        assert selftest.returncode == 0, selftest.stdout + selftest.stderr
        assert "ok    window:" in selftest.stdout
        export = _chroot(
            root,
            "cd /tmp && mxpolicy-gui export --format csv --output /tmp/r.csv --kind reform",
            timeout=300,
        )
        assert export.returncode == 0, export.stderr
        assert (root / "tmp/r.csv").read_text(encoding="utf-8-sig").count("\n") >= 14
        manual = _chroot(root, "test -s /usr/share/man/man1/mxpolicy-gui.1.gz")
        assert manual.returncode == 0

        started = time.perf_counter()
        remove = _chroot(root, "apt-get remove -y -qq mxpolicy && dpkg -s mxpolicy", timeout=300)
        remove_s = time.perf_counter() - started
        assert "is not installed" in remove.stderr or "deinstall" in remove.stdout
        leftovers = [
            p for p in ("opt/mxpolicy", "usr/bin/mxpolicy-gui", "usr/share/doc/mxpolicy",
                        "usr/share/applications/org.mxpolicy.MxPolicy.desktop",
                        "usr/share/man/man1/mxpolicy-gui.1.gz")
            if (root / p).exists()
        ]
        assert leftovers == []
        print(f"\ndeb install {install_s:.1f} s, remove {remove_s:.1f} s in a fresh root")
    finally:
        subprocess.run([str(_tool("umount")), str(root / "proc")], check=False)
