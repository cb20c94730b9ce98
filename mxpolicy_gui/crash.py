"""Last line of defence: an unexpected exception shows a dialog and leaves a report.

Without this, PySide prints a traceback to a console the person never sees and the app
carries on in an unknown state (or vanishes). The report goes to the user's log folder and
into the dialog's details, where it can be selected and copied into a bug report.
"""

from __future__ import annotations

import datetime as dt
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from mxpolicy_gui import APP_NAME, __version__
from mxpolicy_gui.paths import log_dir


def format_report(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> str:
    import platform  # only when something has gone wrong: not on every start

    lines = [
        f"{APP_NAME} {__version__} crash report",
        f"time: {dt.datetime.now().isoformat(timespec='seconds')}",
        f"python: {sys.version.split()[0]} on {platform.platform()}",
        "",
        *traceback.format_exception(exc_type, exc, tb),
    ]
    return "\n".join(line.rstrip("\n") for line in lines) + "\n"


def write_report(report: str) -> Path | None:
    """Save the report; None if even that fails (a full disk must not crash the handler)."""
    try:
        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        path = folder / f"crash-{stamp}.txt"
        path.write_text(report, encoding="utf-8")
        return path
    except OSError:
        return None


class CrashHandler:
    """Installed as sys.excepthook (and threading.excepthook) while the GUI runs."""

    def __init__(self) -> None:
        self.reports: list[Path | None] = []
        self.dialogs: list = []
        self._busy = False

    def install(self) -> CrashHandler:
        sys.excepthook = self
        threading.excepthook = lambda args: self(args.exc_type, args.exc_value, args.exc_traceback)
        return self

    def __call__(self, exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        report = format_report(exc_type, exc, tb)
        sys.stderr.write(report)
        path = write_report(report)
        self.reports.append(path)
        if self._busy:  # an error while showing the dialog: the report is on disk and stderr
            return
        self._busy = True
        try:
            self._show(exc, report, path)
        finally:
            self._busy = False

    def _show(self, exc: BaseException, report: str, path: Path | None) -> None:
        from PySide6.QtCore import QThread
        from PySide6.QtWidgets import QApplication, QMessageBox

        app = QApplication.instance()
        if app is None or QThread.currentThread() is not app.thread():
            return
        from PySide6.QtCore import QCoreApplication

        where = (
            QCoreApplication.translate("CrashHandler", "A report was saved to {path}.").format(
                path=path
            )
            if path
            else QCoreApplication.translate("CrashHandler", "The report could not be saved.")
        )
        text = QCoreApplication.translate(
            "CrashHandler",
            "Something went wrong: {error}\n\n{where} Nothing in the policy database was "
            "changed. You can keep working; if the problem returns, send the report "
            "(Show Details…) to the developers."
        ).format(error=exc, where=where)
        box = QMessageBox(QMessageBox.Icon.Critical,
                          QCoreApplication.translate(
                              "CrashHandler", "{app}: unexpected error"
                          ).format(app=APP_NAME),
                          text, QMessageBox.StandardButton.Ok)
        box.setDetailedText(report)
        box.setAccessibleName(QCoreApplication.translate("CrashHandler", "Unexpected error"))
        self.dialogs.append(box)
        box.open()
