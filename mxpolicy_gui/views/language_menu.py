"""View ▸ Language: Español / English, switched at once and remembered."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from mxpolicy_gui.i18n import current_language, install_language, remember_language

#: Languages offered, each named in its own language (as every language menu does).
LANGUAGE_NAMES = {"es": "Español", "en": "English"}


class LanguageMenu(QMenu):
    """Checkable entries, one per language; choosing one installs it (Qt then sends every
    widget a LanguageChange) and saves it in `settings` for the next start."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setTitle(self.tr("&Language"))
        self.language_actions: dict[str, QAction] = {}
        group = QActionGroup(self)
        group.setExclusive(True)
        for code, name in LANGUAGE_NAMES.items():
            action = QAction(name, self)
            action.setCheckable(True)
            action.setChecked(code == current_language())
            action.triggered.connect(lambda _checked=False, c=code: self.choose(c))
            group.addAction(action)
            self.addAction(action)
            self.language_actions[code] = action

    def choose(self, language: str) -> None:
        remember_language(self.settings, install_language(language))
