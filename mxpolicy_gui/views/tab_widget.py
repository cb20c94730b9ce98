"""The window's tabs, whose titles change with every search key without repainting the pages.

Each key that changes a result count retitles the tabs ("Innovaciones (3.211/50.104)").
`QTabWidget.setTabText` lays the whole widget out again and repaints every page under it: the
facets, the table and the detail pane, two or three times a key (seen by logging the paint
events of a typing session at 100,000 records). A title only needs the tab bar repainted, and
in document mode the bar already spans the widget's width, so the pages never move.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QTabWidget


class TitledTabWidget(QTabWidget):
    """A `QTabWidget` that lays its pages out again only when its tab bar no longer fits."""

    def setTabText(self, index: int, text: str) -> None:
        # The bar repaints its tabs and asks for a layout, which `event` answers.
        self.tabBar().setTabText(index, text)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest and self._bar_fits():
            # Nothing under the bar moves; the window still hears of a changed size hint.
            self.updateGeometry()
            return True
        return super().event(event)

    def _bar_fits(self) -> bool:
        """True when the bar's place already holds what it asks for, so a layout would put
        every child where it is (QTabWidget would then repaint them all regardless)."""
        bar = self.tabBar()
        if not (self.isVisible() and bar.isVisible()):
            return False
        hint = bar.sizeHint()
        return bar.height() == hint.height() and bar.width() >= min(hint.width(), self.width())
