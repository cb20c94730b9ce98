"""The `mxpolicy-gui` command: opens the window, or runs a headless subcommand.

`main` is the console entry point (`[project.scripts]`, `python -m mxpolicy_gui`, the frozen
launcher); `build_parser` is the full argument parser (the Debian man page is generated from
it). The parser is imported only when asked for: opening the window does without it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mxpolicy_gui.cli.exit_codes import ExitCode
from mxpolicy_gui.cli.main import main

if TYPE_CHECKING:
    from mxpolicy_gui.cli.parser import build_parser


def __getattr__(name: str) -> object:
    if name == "build_parser":
        from mxpolicy_gui.cli.parser import build_parser

        return build_parser
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["ExitCode", "build_parser", "main"]
