"""Every unusable database gives one clear message: a dialog in the window, one stderr line
and exit 1 on the command line; never a traceback."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys

import pytest

from mxpolicy_gui.dataset import SCHEMA_VERSION
from tests.helpers import DB_PATH, read_only_copy


def make_bad(kind: str, tmp_path):
    path = tmp_path / "ruta con espacios ñ" / f"{kind}.db"
    path.parent.mkdir()
    if kind == "missing":
        return path
    if kind == "empty":
        path.write_bytes(b"")
    elif kind == "random":
        path.write_bytes(os.urandom(16384))
    elif kind == "truncated":
        data = DB_PATH.read_bytes()
        path.write_bytes(data[:4096])
    elif kind == "foreign":
        conn = sqlite3.connect(path)
        conn.execute("CREATE TABLE notes (body TEXT)")
        conn.commit()
        conn.close()
    elif kind in ("newer", "older"):
        shutil.copy(DB_PATH, path)
        conn = sqlite3.connect(path)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1 if kind == 'newer' else 0}")
        conn.commit()
        conn.close()
    return path


KINDS = ["missing", "empty", "random", "truncated", "foreign", "newer", "older"]


@pytest.mark.parametrize("kind", KINDS)
def test_window_shows_a_dialog_and_exits_1(kind, tmp_path, monkeypatch, qapp, capsys):
    from PySide6.QtWidgets import QMessageBox

    from mxpolicy_gui import app as app_module

    shown = []
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(lambda parent, title, text: shown.append(text))
    )
    monkeypatch.setattr(app_module, "make_application", lambda: qapp)
    code = app_module.run_gui(make_bad(kind, tmp_path))
    assert code == 1
    assert len(shown) == 1 and "Traceback" not in shown[0]
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("mxpolicy:")


@pytest.mark.parametrize("kind", KINDS)
def test_cli_export_one_line_and_exit_1(kind, tmp_path, capsys):
    from mxpolicy_gui.cli import main

    out = tmp_path / "out.csv"
    code = main(["export", "--format", "csv", "--output", str(out),
                 "--db", str(make_bad(kind, tmp_path))])
    assert code == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1, err
    assert "Traceback" not in err[0]
    assert not out.exists()


def test_self_test_with_bad_database_fails_cleanly(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "mxpolicy_gui", "--self-test", "--db",
         str(make_bad("random", tmp_path))],
        capture_output=True, text=True, timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 1
    assert "FAIL  database" in result.stdout and "Traceback" not in result.stdout + result.stderr


def test_read_only_folder_and_unicode_path_work(tmp_path):
    from mxpolicy_gui.cli import main

    with read_only_copy(DB_PATH, tmp_path / "sólo lectura", "política.db") as copy:
        out = tmp_path / "ok.csv"
        assert main(["export", "--format", "csv", "--output", str(out), "--db", str(copy)]) == 0
        assert out.read_text(encoding="utf-8-sig").count("\n") >= 26
