"""What every part of one timeline paint reads: the painter, the place, the layout, the state
and the fonts.

The painter is split into mixins to keep modules small (`paint_axis`, `paint_bars`); they
share this base so that what each reads is declared, and checked by mypy. `paint._Painter`
sets every attribute in its `__init__`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF
from PySide6.QtGui import QFont, QFontMetricsF, QPainter

from mxpolicy_gui.timeline.colours import TimelineColours
from mxpolicy_gui.timeline.layout import Layout, Scale

if TYPE_CHECKING:
    from mxpolicy_gui.timeline.paint import PaintState


class PaintContext:
    p: QPainter
    rect: QRectF
    layout: Layout
    state: PaintState
    c: TimelineColours
    font: QFont
    small: QFont
    bold: QFont
    fm: QFontMetricsF
    fm_small: QFontMetricsF
    scale: Scale
    #: Where content y 0 is on screen (the view scrolls).
    top: float
    #: The days at the left and right edges of `rect`.
    day_from: float
    day_to: float

    def y(self, content_y: float) -> float:
        return self.top + content_y
