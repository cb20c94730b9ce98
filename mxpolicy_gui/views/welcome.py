"""One line under the tabs for a newcomer: what the data covers and where it comes from.

Dismissed once, it stays away (remembered in the settings); View ▸ Welcome line brings it back.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

from mxpolicy_gui.formatting import display_locale
from mxpolicy_gui.settings import WELCOME_DISMISSED
from mxpolicy_gui.store.records import DatasetInfo
from mxpolicy_gui.views.follow_language import follow_language
from mxpolicy_gui.vocabulary import Kind


class WelcomeBar(QFrame):
    visibilityChosen = Signal(bool)

    def __init__(self, info: DatasetInfo, settings: QSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self._settings = settings
        self.setObjectName("welcomeBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._info = info
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.close_button = QToolButton()
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.retranslate_ui()
        follow_language(self, self.retranslate_ui)
        self.close_button.clicked.connect(lambda: self.choose(False))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 4, 4)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.setVisible(not self.dismissed())

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("About the data"))
        locale = display_locale()
        self.text.setText(
            self.tr(
                "{innovations} public service innovations of 2019–2022 (Corona-Treviño, 2023) "
                "and {reforms} structural reforms of 2012–2018 (Pacto por México): summaries in "
                "our own words, every figure with its source. Works offline. F1 opens the guide."
            ).format(  # grouped as every other count is, in the interface's locale ("50,104")
                innovations=locale.toString(self._info.counts.get(Kind.INNOVATION, 0)),
                reforms=locale.toString(self._info.counts.get(Kind.REFORM, 0)),
            )
        )
        self.text.setAccessibleName(self.tr("What the data covers"))
        self.close_button.setToolTip(self.tr("Hide this line (View ▸ Welcome line shows it again)"))
        self.close_button.setAccessibleName(self.tr("Hide the welcome line"))

    def dismissed(self) -> bool:
        return WELCOME_DISMISSED.get(self._settings)

    def choose(self, shown: bool) -> None:
        WELCOME_DISMISSED.set(self._settings, not shown)
        self.setVisible(shown)
        self.visibilityChosen.emit(shown)
