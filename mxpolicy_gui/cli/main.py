"""Dispatch a command line to the window or to a subcommand.

Argument errors exit with `ExitCode.USAGE` and one line from argparse; everything else that
can go wrong for a user (a bad database, an unwritable path) is one line on stderr and
`ExitCode.ERROR`, never a traceback.
"""

from __future__ import annotations

import gc
import sys
from pathlib import Path

from mxpolicy_gui.cli.exit_codes import ExitCode


class WindowArguments:
    """What opening the window takes: `[--db PATH] [--lang LANG]`."""

    __slots__ = ("db", "lang")

    def __init__(self, db: Path | None = None, lang: str | None = None) -> None:
        self.db = db
        self.lang = lang


def window_arguments(argv: list[str]) -> WindowArguments | None:
    """`argv` read as `[--db PATH] [--lang LANG]` if that is all it asks for (open the
    window), else None.

    The common start reads its options without the full parser (help texts, the
    subcommands), because building it costs more than the window's start can spare
    (docs/performance.md): each option once, spelled out, as `--db PATH` or `--db=PATH`, is
    read here without argparse; anything else goes to a one-option argparse parser, and
    what that does not accept cleanly to the full parser, which gives the same answer or
    the proper usage error.
    """
    from mxpolicy_gui.catalogues import LANGUAGES

    exact = _exact_window_arguments(argv, LANGUAGES)
    if exact is not None:
        return exact
    import argparse

    parser = argparse.ArgumentParser(add_help=False, exit_on_error=False)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--lang", choices=LANGUAGES)
    try:
        args, rest = parser.parse_known_args(argv)
    except argparse.ArgumentError:
        return None
    return None if rest else WindowArguments(args.db, args.lang)


def _exact_window_arguments(argv: list[str], languages: tuple[str, ...]) -> WindowArguments | None:
    """The plain spellings argparse would read the same way; None for anything else."""
    values: dict[str, str] = {}
    words = iter(argv)
    for word in words:
        name, equals, value = word.partition("=")
        if name not in ("--db", "--lang") or name in values:
            return None
        if not equals:
            value = next(words, "")
            if not value or value.startswith("-"):
                return None
        values[name] = value
    lang = values.get("--lang")
    if lang is not None and lang not in languages:
        return None
    db = values.get("--db")
    return WindowArguments(Path(db) if db is not None else None, lang)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    window = window_arguments(argv)
    if window is not None:
        # No cyclic garbage collection until the window's first paint (`run_gui` turns it
        # back on): starting makes many objects and next to no garbage, and the collector's
        # passes over them were a measurable part of the start (docs/performance.md).
        gc.disable()
        try:
            from mxpolicy_gui.app import run_gui

            return run_gui(window.db, window.lang)
        finally:
            gc.enable()  # (already on once the window has painted)
    from mxpolicy_gui.cli.parser import build_parser

    args = build_parser().parse_args(argv)
    if args.command == "export":
        from mxpolicy_gui.cli.export import run_export_command

        return run_export_command(args)
    if args.command == "self-test" or args.self_test:
        from mxpolicy_gui.cli.self_test import run_self_test

        return run_self_test(args.db)
    from mxpolicy_gui.app import run_gui

    return run_gui(args.db, args.lang)


__all__ = ["ExitCode", "WindowArguments", "main", "window_arguments"]
