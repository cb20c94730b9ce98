"""What every part of one timeline paint reads: the painter, the place, the layout, the state
and the fonts.

The painter is split into mixins to keep modules small (`paint_axis`, `paint_bars`); they
share this base so that what each reads is declared, and checked by mypy. The first six are
what a paint is made with; `paint._Painter.__post_init__` derives the rest from them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF
from PySide6.QtGui import QFont, QFontMetricsF, QPainter

from mxpolicy_gui.timeline.colours import TimelineColours
from mxpolicy_gui.timeline.layout import Layout, Scale

if TYPE_CHECKING:
    from mxpolicy_gui.timeline.paint import PaintState


@dataclass
class PaintContext:
    p: QPainter
    rect: QRectF
    layout: Layout
    state: PaintState
    c: TimelineColours
    font: QFont
    small: QFont = field(init=False)
    bold: QFont = field(init=False)
    fm: QFontMetricsF = field(init=False)
    fm_small: QFontMetricsF = field(init=False)
    scale: Scale = field(init=False)
    #: Where content y 0 is on screen (the view scrolls).
    top: float = field(init=False)
    #: The days at the left and right edges of `rect`.
    day_from: float = field(init=False)
    day_to: float = field(init=False)

    def y(self, content_y: float) -> float:
        return self.top + content_y
