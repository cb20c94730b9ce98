"""Work that waits for a widget's first paint: starting is what a person sees first.

Neither a zero timer nor a posted event waits for it: both run before the window system's
expose event that leads to the paint. A one-shot event filter does: on the widget for its
paint, or on a top-level window for its first expose (which paints the whole window, even
where another filter keeps the paint events of a widget to itself).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer

if TYPE_CHECKING:
    from PySide6.QtGui import QWindow
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


class _FirstExpose(QObject):
    def __init__(self, window: QWindow, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._then = then
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Expose:
            return False
        watched.removeEventFilter(self)
        # The expose paints the window when it is handled, after this filter: the first zero
        # timer runs after it, and the second after anything that paint itself asked for.
        QTimer.singleShot(0, lambda: QTimer.singleShot(0, self._then))
        return False


def after_first_expose(widget: QWidget, then: Callable[[], None]) -> None:
    """Call `then` just after the first paint of top-level `widget` (call once it is shown)."""
    window = widget.windowHandle()
    if window is None or window.isExposed():
        QTimer.singleShot(0, then)
    else:
        _FirstExpose(window, then)


__all__ = ["after_first_expose", "after_first_paint"]
