"""Work that waits for a widget's first paint: starting is what a person sees first.

Neither a zero timer nor a posted event waits for it: both run before the window system's
expose event that leads to the paint. A one-shot event filter on the widget does.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _FirstPaint(QObject):
    def __init__(
        self, widget: QWidget, then: Callable[[], None], ready: Callable[[], bool]
    ) -> None:
        super().__init__(widget)
        self._then = then
        self._ready = ready
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Paint or not self._ready():
            return False
        watched.removeEventFilter(self)
        QTimer.singleShot(0, self._then)  # once this paint has finished
        self.deleteLater()
        return False


def after_first_paint(
    widget: QWidget, then: Callable[[], None], ready: Callable[[], bool] = lambda: True
) -> None:
    """Call `then` just after the first paint of `widget` (for which `ready()` holds)."""
    _FirstPaint(widget, then, ready)


__all__ = ["after_first_paint"]
