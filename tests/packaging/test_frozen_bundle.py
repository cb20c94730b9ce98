"""Build the one-folder binary once and run it as a user would: no network, another folder.

Marked `packaging` (slow, ~1 minute): `pytest -m packaging` runs only these, and `.ci/run`
runs them with everything else.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tarfile

import pytest

from tests.helpers import DB_PATH, REPO

pytestmark = pytest.mark.packaging

BUNDLE = REPO / "dist" / "mxpolicy-gui"


def run_frozen(args: list[str], cwd, *, offline: bool = True) -> subprocess.CompletedProcess:
    exe = BUNDLE / "mxpolicy-gui"
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)  # the self-test must choose offscreen by itself
    env["HOME"] = str(cwd)
    env["XDG_CONFIG_HOME"] = str(cwd / "config")
    command = [str(exe), *args]
    if offline and shutil.which("unshare"):
        probe = subprocess.run(["unshare", "-n", "true"], capture_output=True)
        if probe.returncode == 0:
            command = ["unshare", "-n", *command]
    return subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=120)


def test_frozen_self_test_passes_offline_from_another_folder(built, tmp_path):
    result = run_frozen(["--self-test"], tmp_path)
    out = result.stdout + result.stderr
    assert result.returncode == 0, out
    assert "(frozen)" in out
    for check in ("database", "fonts", "window", "search", "csv export", "pdf export"):
        assert f"ok    {check}:" in out, out


def test_frozen_version_and_cli_export(built, tmp_path):
    version = run_frozen(["--version"], tmp_path)
    assert version.returncode == 0 and version.stdout.startswith("mxpolicy ")
    target = tmp_path / "reforms.csv"
    export = run_frozen(
        ["export", "--format", "csv", "--output", str(target), "--kind", "reform"], tmp_path
    )
    assert export.returncode == 0, export.stderr
    assert target.read_text(encoding="utf-8-sig").count("\n") >= 14


def test_bundle_has_no_build_tools_and_the_same_database(built):
    names = [p.name for p in BUNDLE.rglob("*")]
    assert not [n for n in names if n.startswith(("sqlite_utils", "sqlite-utils"))]
    # Modules are loose .pyc files (`noarchive`): the build package must not be among them.
    assert not list(BUNDLE.rglob("mxpolicy_gui/compile"))
    assert list(BUNDLE.rglob("mxpolicy_gui/app.pyc"))
    assert not [n for n in names if "WebEngine" in n or "Qt6Quick" in n or "Qt6Qml" in n]
    bundled = next(BUNDLE.rglob("policy.db"))
    digest = hashlib.sha256
    assert digest(bundled.read_bytes()).digest() == digest(DB_PATH.read_bytes()).digest()
    # The bundled Python archive must not carry the build package or sqlite-utils either.
    archive = subprocess.run(
        [sys.executable, "-m", "PyInstaller.utils.cliutils.archive_viewer", "--list",
         str(BUNDLE / "mxpolicy-gui")],
        capture_output=True, text=True,
    )
    if archive.returncode == 0:
        assert "sqlite_utils" not in archive.stdout
        assert "mxpolicy_gui.compile" not in archive.stdout


def test_bundle_ships_the_user_guide_and_licences(built):
    internal = BUNDLE / "_internal"
    assert (internal / "docs" / "user-guide.md").stat().st_size > 0
    assert "MIT License" in (internal / "LICENSE").read_text(encoding="utf-8")
    assert "CC BY 4.0" in (internal / "LICENSE-DATA").read_text(encoding="utf-8")


def test_archive_holds_bundle_and_desktop_files(built):
    archives = sorted((REPO / "dist").glob("mxpolicy-*.tar.gz"))
    assert archives
    with tarfile.open(archives[-1]) as tar:
        names = tar.getnames()
    assert any(n.endswith("/mxpolicy-gui/mxpolicy-gui") for n in names)
    assert any(n.endswith(".desktop") for n in names)
    assert any(n.endswith(".metainfo.xml") for n in names)
    assert any(n.endswith("install-desktop-entry.sh") for n in names)
