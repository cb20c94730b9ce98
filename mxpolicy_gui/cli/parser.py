"""The full `mxpolicy-gui` argument parser: the window's options and every subcommand.

Opening the window with at most `--db` does not build it (see `cli.main.window_arguments`);
the Debian man page is generated from it (packaging/deb.py).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from mxpolicy_gui import APP_NAME, __version__
from mxpolicy_gui.catalogues import LANGUAGES
from mxpolicy_gui.cli.export import add_export_command
from mxpolicy_gui.cli.self_test import add_self_test_command

PROG = "mxpolicy-gui"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description=(
            "Offline reference on Mexican public policy: the 12 public service innovations "
            "of 2019–2022 and the 13 structural reforms of 2012–2018. With no command, opens "
            "the window."
        ),
        epilog="Example: mxpolicy-gui export --format csv --output reforms.csv --kind reform",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--db",
        type=Path,
        metavar="PATH",
        help="open this policy database instead of the bundled one",
    )
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        help="interface language: es (Spanish) or en (English); default: the one chosen in "
        "View ▸ Language, else the system's",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="the same as the self-test command",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    add_export_command(commands)
    add_self_test_command(commands)
    return parser


__all__ = ["PROG", "build_parser"]
