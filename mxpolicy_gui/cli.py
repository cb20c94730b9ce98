"""Command line: `mxpolicy-gui [--db PATH]` opens the window; subcommands work headless.

Argument errors exit with 2 and one line from argparse; everything else that can go wrong for
a user (a bad database, an unwritable path) is one line on stderr and exit 1, never a traceback.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from mxpolicy_gui import APP_NAME, __version__
from mxpolicy_gui.catalogues import LANGUAGES

if TYPE_CHECKING:
    import argparse


def build_parser() -> argparse.ArgumentParser:
    import argparse  # here, not above: opening the window does without it (see main)

    parser = argparse.ArgumentParser(
        prog="mxpolicy-gui",
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
        help="check the database, the window, search and exports without a person; "
        "prints one line per check and exits non-zero on any failure",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    from mxpolicy_gui.cli_export import add_export_command

    add_export_command(commands)
    return parser


def _window_only(argv: list[str]) -> tuple[bool, Path | None, str | None]:
    """(True, database or None, language or None) if `argv` only asks to open the window,
    which is what `build_parser` would make of it; (False, None, None) for anything else, for
    argparse to read (and to report, if it is wrong)."""
    found: dict[str, str] = {}
    rest = list(argv)
    while rest:
        name, equals, value = rest.pop(0).partition("=")
        if name not in ("--db", "--lang") or name in found:
            return False, None, None
        if not equals:
            value = rest.pop(0) if rest else ""
        if not value or value.startswith("-") or (name == "--lang" and value not in LANGUAGES):
            return False, None, None
        found[name] = value
    db = found.get("--db")
    return True, Path(db) if db else None, found.get("--lang")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    window, db, lang = _window_only(argv)
    if window:
        # The common start: argparse and the export command's parser cost some 25 ms of
        # imports and set-up that the window does not need.
        from mxpolicy_gui.app import run_gui

        return run_gui(db, lang)
    args = build_parser().parse_args(argv)
    if args.command == "export":
        from mxpolicy_gui.cli_export import run_export_command

        return run_export_command(args)
    if args.self_test:
        from mxpolicy_gui.selftest import run_self_test

        return run_self_test(args.db)
    from mxpolicy_gui.app import run_gui

    return run_gui(args.db, args.lang)


if __name__ == "__main__":
    sys.exit(main())
