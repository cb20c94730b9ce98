"""After an export, the status bar says where the file went and offers to open it.

A status-bar widget rather than a message: temporary messages cannot hold buttons, and the
person may want the file a minute later.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from mxpolicy_gui.views.follow_language import follow_language

UrlHandler = Callable[[QUrl], object]


def system_open(url: QUrl) -> bool:
    from PySide6.QtGui import QDesktopServices

    return QDesktopServices.openUrl(url)


class ExportNotice(QWidget):
    def __init__(self, open_url: UrlHandler = system_open, parent: QWidget | None = None):
        super().__init__(parent)
        #: How a file or folder is opened: the system's handler (tests put their own).
        self.open_url = open_url
        self.path: Path | None = None
        self.label = QLabel()
        self.open_file = QToolButton()
        self.open_file.clicked.connect(lambda: self._open(self.path))
        self.show_folder = QToolButton()
        self.show_folder.clicked.connect(
            lambda: self._open(self.path.parent if self.path else None)
        )
        self.dismiss = QToolButton()
        self.dismiss.setText("×")
        self.dismiss.setAutoRaise(True)
        self.dismiss.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.label, self.open_file, self.show_folder, self.dismiss):
            layout.addWidget(widget)
        self.retranslate_ui()
        follow_language(self, self.retranslate_ui)
        self.hide()

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Last export"))
        self.label.setAccessibleName(self.tr("Last export"))
        if self.path is not None:
            self.label.setText(self.tr("Exported {name}").format(name=self.path.name))
        self.open_file.setText(self.tr("Open file"))
        self.open_file.setAccessibleName(self.tr("Open the exported file"))
        self.show_folder.setText(self.tr("Show in folder"))
        self.show_folder.setAccessibleName(self.tr("Show the folder of the exported file"))
        self.dismiss.setAccessibleName(self.tr("Hide the export notice"))

    def show_export(self, path: Path) -> None:
        self.path = path
        self.label.setText(self.tr("Exported {name}").format(name=path.name))
        self.label.setToolTip(str(path))
        self.show()

    def _open(self, target: Path | None) -> None:
        if target is None:
            return
        if self.open_url(QUrl.fromLocalFile(str(target))) is False:
            self.label.setText(
                self.tr("Could not open {path}: no program answered.").format(path=target)
            )
