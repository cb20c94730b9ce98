"""Every shell command in the README works as written, or says here why it is not run.

Each line of each ```sh block must appear in HOW below: a command added to the README without
a decision here fails this test, so the README cannot grow a command nobody tried.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO

README = REPO / "README.md"
VENV_BIN = Path(sys.executable).parent  # the venv running the tests (.venv in CI)

RUN = "run"  # run as written, from a scratch folder, with .venv/ pointing at the repo's
SKIP_WINDOW = "skip: opens the window and waits for a person; run here with --self-test"
SKIP_SELF = "skip: it is the command running this test"
SKIP_PACKAGING = "skip: tests/packaging builds the same bundle and .deb (build.py --deb)"
SKIP_DEB = "skip: tests/packaging/test_deb.py installs the .deb in a fresh Debian root and runs it"
SKIP_TAR = "skip: needs dist/ from the build; tests/packaging checks the archive's contents"
PACKAGES = "check: every package named exists in apt's lists"
DATA = "run: with --output into a scratch folder, so the committed database is not rewritten"

HOW = {
    "bash scripts/run.sh": SKIP_WINDOW,
    "bash scripts/test.sh": SKIP_SELF,
    ".venv/bin/mxpolicy-gui --help": RUN,
    ".venv/bin/mxpolicy-gui --version": RUN,
    ".venv/bin/mxpolicy-gui --self-test": RUN,
    ".venv/bin/mxpolicy-gui export --format csv --output reforms.csv --kind reform": RUN,
    '.venv/bin/mxpolicy-gui export --format csv --output figures.csv --figures --search "energía"':
        RUN,
    ".venv/bin/mxpolicy-gui export --format pdf --output report.pdf "
    "--ids jovenes-construyendo-el-futuro,sembrando-vida": RUN,
    ".venv/bin/mxpolicy-gui export --format bibtex --output reforms.bib --kind reform": RUN,
    ".venv/bin/mxpolicy-gui export --format ris --output jcf.ris "
    "--ids jovenes-construyendo-el-futuro": RUN,
    '.venv/bin/mxpolicy-gui export --format csljson --output energy.json --search "energía"':
        RUN,
    "bash scripts/build-binary.sh": SKIP_PACKAGING,
    "sudo apt install ./dist/mxpolicy_0.2.0_amd64.deb": SKIP_DEB,
    "mxpolicy-gui --self-test": SKIP_DEB,
    "man mxpolicy-gui": SKIP_DEB,
    "tar xzf dist/mxpolicy-0.2.0-linux-x86_64.tar.gz": SKIP_TAR,
    "mxpolicy-0.2.0/mxpolicy-gui/mxpolicy-gui": SKIP_TAR,
    "mxpolicy-0.2.0/install-desktop-entry.sh": SKIP_TAR,
    "mxpolicy-0.2.0/mxpolicy-gui/mxpolicy-gui --self-test": SKIP_TAR,
    "sudo apt-get install --no-install-recommends libgl1 libegl1 libxcb1 libxcb-cursor0 "
    "libxkbcommon-x11-0 fontconfig-config fonts-dejavu-core": PACKAGES,
    "bash scripts/venv.sh build && .venv/bin/python -m mxpolicy_gui.compile": DATA,
}


def readme_commands() -> list[str]:
    text = README.read_text(encoding="utf-8")
    commands = []
    for block in re.findall(r"^```sh\n(.*?)^```", text, re.S | re.M):
        for line in block.splitlines():
            line = line.split("  #")[0].strip()
            if line:
                commands.append(line)
    return commands


def test_every_readme_command_has_a_decision():
    unknown = [c for c in readme_commands() if c not in HOW]
    assert unknown == [], f"README commands nobody decided how to check: {unknown}"
    stale = [c for c in HOW if c not in readme_commands()]
    assert stale == [], f"commands listed here but gone from the README: {stale}"


def _shell(command: str, cwd: Path) -> subprocess.CompletedProcess:
    command = command.replace(".venv/bin/", f"{VENV_BIN}/")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(cwd))
    return subprocess.run(
        ["bash", "-c", command], cwd=cwd, env=env, capture_output=True, text=True, timeout=600
    )


@pytest.mark.parametrize(
    "command", [c for c, how in HOW.items() if how == RUN], ids=lambda c: c[:60]
)
def test_readme_command_runs_as_written(command, tmp_path):
    result = _shell(command, tmp_path)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    output = re.search(r"--output (\S+)", command)
    if output:
        assert (tmp_path / output.group(1)).stat().st_size > 0


def test_readme_window_command_installs_and_self_tests(tmp_path):
    result = subprocess.run(
        ["bash", str(REPO / "scripts" / "run.sh"), "--self-test"],
        cwd=tmp_path, capture_output=True, text=True, timeout=900,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path)),
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]


def test_readme_data_build_command(tmp_path):
    command = next(c for c, how in HOW.items() if how == DATA)
    command = command.replace(
        "bash scripts/venv.sh", f"bash {REPO}/scripts/venv.sh"
    ) + f" --output {tmp_path / 'policy.db'}"
    result = _shell(command, tmp_path)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    assert (tmp_path / "policy.db").stat().st_size > 0


def test_readme_system_packages_exist():
    if not shutil.which("apt-cache"):
        pytest.skip("not a Debian-like system")
    command = next(c for c, how in HOW.items() if how == PACKAGES)
    names = [w for w in command.split() if not w.startswith("-")][3:]
    for name in names:
        shown = subprocess.run(["apt-cache", "show", name], capture_output=True, text=True)
        assert shown.returncode == 0 and f"Package: {name}" in shown.stdout, name
