"""Opening source links, and saying so when the system cannot.

`QDesktopServices.openUrl` returns False when no browser is set up; the click used to do
nothing at all. The address then goes to the clipboard and the status bar says what happened.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QGuiApplication


class LinkOpener(QObject):
    #: One line for the status bar.
    failed = Signal(str)

    def __init__(self, open_url: Callable[[QUrl], object], parent: QObject | None = None):
        super().__init__(parent)
        self._open_url = open_url

    def __call__(self, url: QUrl) -> bool:
        """Hand `url` (already vetted as http/https) on; False, with a message, if it fails."""
        if self._open_url(url) is False:
            QGuiApplication.clipboard().setText(url.toString())
            self.failed.emit(
                self.tr(
                    "Could not open {url}: no web browser answered. "
                    "The address is on the clipboard."
                ).format(url=url.toString())
            )
            return False
        return True
