"""Before any window: is there a display to open it on, and which Qt messages to hush.

Without a display Qt aborts with a core dump and a misleading hint about a missing
xcb-cursor library; the person only needs to know there is no display and what works
without one. The check runs before QApplication exists, because Qt cannot recover once
it has started.
"""

from __future__ import annotations

import os
import sys

from mxpolicy_gui import APP_NAME

#: Exit status when no display can be used (as for a usage error: the program was not run
#: where it can work; nothing is broken).
NO_DISPLAY_EXIT = 2

#: Platforms that draw without a display server.
_HEADLESS = ("offscreen", "minimal", "vnc", "linuxfb", "eglfs", "vkkhrdisplay")

#: Qt's own harmless warnings (the offscreen plugin cannot tell a window manager the size).
_HUSHED = ("propagateSizeHints",)


def missing_display(environ: dict[str, str] | None = None, platform: str = sys.platform) -> str:
    """One line explaining why no window can open here, or "" if one can."""
    env = os.environ if environ is None else environ
    if not platform.startswith("linux"):
        return ""  # Windows and macOS always have their own display
    chosen = env.get("QT_QPA_PLATFORM", "").split(":")[0].split(";")[0].strip().lower()
    if chosen.startswith(_HEADLESS):
        return ""
    if chosen.startswith("wayland"):
        if env.get("WAYLAND_DISPLAY"):
            return ""
    elif chosen.startswith("xcb"):
        if env.get("DISPLAY"):
            return ""
    elif env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"):
        return ""
    return (
        f"{APP_NAME}: no graphical display (DISPLAY and WAYLAND_DISPLAY are not set), so the "
        "window cannot open; run it from a desktop session, or use "
        f"'{APP_NAME}-gui export --help' for exports without a window"
    )


def check_display() -> int:
    """0 if a window can open; else print one line on stderr and return NO_DISPLAY_EXIT."""
    problem = missing_display()
    if problem:
        print(problem, file=sys.stderr)
        return NO_DISPLAY_EXIT
    return 0


def hush_qt_warnings() -> None:
    """Drop Qt's known harmless messages; every other message still reaches stderr."""
    from PySide6.QtCore import QtMsgType, qFormatLogMessage, qInstallMessageHandler

    def handler(kind: QtMsgType, context, message: str) -> None:
        if any(part in message for part in _HUSHED):
            return
        text = qFormatLogMessage(kind, context, message)
        print(text, file=sys.stderr, flush=True)

    qInstallMessageHandler(handler)
