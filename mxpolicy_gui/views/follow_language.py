"""Widgets that set their texts again when the interface language changes.

Qt sends a LanguageChange event to every widget when a translator is installed; a widget that
only needs to call its `retranslate_ui` then can say so in one line instead of overriding
`changeEvent`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


class _LanguageFollower(QObject):
    def __init__(self, widget: QWidget, retranslate: Callable[[], None]) -> None:
        super().__init__(widget)  # a child: it lives exactly as long as the widget
        self._retranslate = retranslate
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        return False  # the widget still gets the event


def follow_language(widget: QWidget, retranslate: Callable[[], None]) -> None:
    """Call `retranslate` (the widget's `retranslate_ui`) on every LanguageChange."""
    _LanguageFollower(widget, retranslate)
