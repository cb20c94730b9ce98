"""The command line's dispatch: the window's fast path, subcommands and their exit codes."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from mxpolicy_gui import cli
from mxpolicy_gui.cli import ExitCode, main
from mxpolicy_gui.cli.main import window_arguments

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("argv", "db"),
    [([], None), (["--db", "x.db"], Path("x.db")), (["--db=x.db"], Path("x.db"))],
)
def test_window_only_command_lines_skip_the_full_parser(argv, db):
    args = window_arguments(argv)
    assert args is not None and args.db == db


@pytest.mark.parametrize(
    "argv",
    [["--db"], ["--db", "x", "export", "-o", "a.csv"], ["--self-test"], ["self-test"],
     ["--version"], ["-h"], ["export"], ["--db", "-x"], ["--nope"]],
)
def test_anything_else_goes_to_the_full_parser(argv):
    assert window_arguments(argv) is None


@pytest.mark.parametrize("argv", [[], ["--db", "x.db"], ["--db=x.db"]])
def test_the_window_opens_with_the_same_database_either_way(argv, monkeypatch):
    from mxpolicy_gui import app

    opened = []
    monkeypatch.setattr(app, "run_gui", lambda db=None, lang=None: opened.append(db) or 0)
    assert main(argv) == ExitCode.OK
    args = cli.build_parser().parse_args(argv)
    assert args.command is None and not args.self_test
    assert opened == [args.db]


def test_usage_errors_exit_2(capsys):
    with pytest.raises(SystemExit) as raised:
        main(["--db"])
    assert raised.value.code == ExitCode.USAGE
    assert "argument --db: expected one argument" in capsys.readouterr().err


def _bad_database(tmp_path: Path) -> Path:
    path = tmp_path / "bad.db"
    sqlite3.connect(path).close()
    return path


@pytest.mark.parametrize("argv", [["self-test", "--db"], ["--self-test", "--db"],
                                  ["--db"]])
def test_self_test_subcommand_and_its_alias(argv, tmp_path, capsys):
    argv = [*argv, str(_bad_database(tmp_path))]
    if argv[0] == "--db":
        argv.append("self-test")
    assert main(argv) == ExitCode.ERROR
    out = capsys.readouterr().out
    assert "FAIL  database" in out and out.endswith("the remaining checks need it\n")


def test_build_parser_lists_every_command():
    parser = cli.build_parser()
    help_text = parser.format_help()
    assert "export" in help_text and "self-test" in help_text
    assert parser.prog == "mxpolicy-gui"


def test_opening_the_window_does_not_build_the_export_command():
    """The fast path imports neither the full parser nor the subcommands (see main.py)."""
    code = (
        "import sys\n"
        "from mxpolicy_gui import app\n"
        "app.run_gui = lambda db=None, lang=None: 0\n"
        "from mxpolicy_gui.cli import main\n"
        "assert main(['--db', 'x.db']) == 0\n"
        "loaded = [m for m in sys.modules if m.startswith('mxpolicy_gui.cli.')]\n"
        "expected = ['mxpolicy_gui.cli.exit_codes', 'mxpolicy_gui.cli.main']\n"
        "assert sorted(loaded) == expected, loaded\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0, result.stderr


def test_export_help_lists_the_writer_columns(capsys):
    from mxpolicy_gui.export import FIGURE_COLUMNS, POLICY_COLUMNS

    with pytest.raises(SystemExit):
        main(["export", "--help"])
    help_text = " ".join(capsys.readouterr().out.split())
    assert f"CSV columns (policies): {', '.join(POLICY_COLUMNS)}." in help_text
    assert f"CSV columns (--figures): {', '.join(FIGURE_COLUMNS)}." in help_text


@pytest.mark.parametrize(
    "argv",
    [[], ["--db", "x.db"], ["--db=x.db"], ["--db="], ["--lang", "es"], ["--lang=en"],
     ["--lang", "fr"], ["--lang="], ["--db", "a", "--lang", "es"], ["--lang=es", "--db=b"],
     ["--db", "a", "--db", "b"], ["--d", "x"], ["--la", "es"], ["--db", "-x"], ["--db"],
     ["--db", "--lang", "es"], ["x"], ["--db", "a", "b"], ["--lang", "es", "--db", ""]],
)
def test_the_plain_spellings_read_as_argparse_reads_them(argv):
    """The window's options are read without argparse when they are spelled out; the
    answer is the one the one-option argparse parser gives (or None where it refuses)."""
    import argparse

    from mxpolicy_gui.catalogues import LANGUAGES

    parser = argparse.ArgumentParser(add_help=False, exit_on_error=False)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--lang", choices=LANGUAGES)
    try:
        parsed, rest = parser.parse_known_args(argv)
        expected = None if rest else (parsed.db, parsed.lang)
    except argparse.ArgumentError:
        expected = None
    args = window_arguments(argv)
    assert (None if args is None else (args.db, args.lang)) == expected


def test_the_garbage_collector_pauses_only_while_the_window_starts(monkeypatch):
    """Opening the window pauses cyclic collection until its first paint (`run_gui` resumes
    it then); whatever happens, the collector is on again when `run_gui` returns."""
    import gc

    from mxpolicy_gui import app

    during = []

    def run_gui(db=None, lang=None) -> int:
        during.append(gc.isenabled())
        return 0

    monkeypatch.setattr(app, "run_gui", run_gui)
    assert gc.isenabled()
    assert main(["--db", "x.db"]) == ExitCode.OK
    assert during == [False]
    assert gc.isenabled()
