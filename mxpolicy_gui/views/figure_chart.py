"""A horizontal bar chart of a policy's comparable figures, painted with QPainter.

QtCharts lives in PySide6-Addons (+427 MB installed); a few bars do not justify it, and Qt's own
painting keeps the binary small. Only figures that share one unit and currency are compared:
bars of percentages next to bars of pesos would mislead.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from mxpolicy_gui.formatting import format_figure_value
from mxpolicy_gui.store.records import Figure
from mxpolicy_gui.vocabulary import join_clauses

MAX_BARS = 12


def comparable_figures(figures: tuple[Figure, ...] | list[Figure]) -> list[Figure]:
    """The largest group (≥ 2) of figures with the same unit and currency, ranges excluded.

    Percentages win ties because shares are what readers compare most.
    """
    groups = Counter(
        (f.unit or "", f.currency or "") for f in figures if f.value_max is None and f.value >= 0
    )
    if not groups:
        return []
    best = max(groups.items(), key=lambda kv: (kv[1], kv[0][0] == "%"))
    (unit, currency), size = best
    if size < 2:
        return []
    chosen = [
        f
        for f in figures
        if (f.unit or "", f.currency or "") == (unit, currency) and f.value_max is None
    ]
    return chosen[:MAX_BARS]


class FigureChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._figures: list[Figure] = []
        self.setAccessibleName("Chart of comparable figures")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_figures(self, figures: tuple[Figure, ...] | list[Figure]) -> bool:
        """Show the comparable figures; returns False (and hides nothing itself) if none."""
        self._figures = comparable_figures(figures)
        self.setAccessibleDescription(
            join_clauses(
                f"{f.label}: {format_figure_value(f)}" for f in self._figures
            )
        )
        self.updateGeometry()
        self.update()
        return bool(self._figures)

    def figures(self) -> list[Figure]:
        return list(self._figures)

    def _row_height(self) -> int:
        return QFontMetrics(self.font()).height() + 8

    def sizeHint(self) -> QSize:
        return QSize(360, max(1, len(self._figures)) * self._row_height() + 8)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self.sizeHint().height())

    def paintEvent(self, event) -> None:
        if not self._figures:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        palette = self.palette()
        text_color = palette.color(QPalette.ColorRole.WindowText)
        bar_color = palette.color(QPalette.ColorRole.Highlight)
        track = QColor(bar_color)
        track.setAlpha(40)
        width = self.width()
        label_w = min(
            int(width * 0.42), max(metrics.horizontalAdvance(f.label) for f in self._figures) + 8
        )
        values = [format_figure_value(f) for f in self._figures]
        value_w = max(metrics.horizontalAdvance(v) for v in values) + 10
        bar_x = label_w + 6
        bar_w = max(10, width - bar_x - value_w - 4)
        top = max(f.value for f in self._figures) or 1.0
        row_h = self._row_height()
        for i, (fig, value_text) in enumerate(zip(self._figures, values, strict=True)):
            y = 4 + i * row_h
            painter.setPen(text_color)
            label = metrics.elidedText(fig.label, Qt.TextElideMode.ElideRight, label_w)
            painter.drawText(
                QRectF(0, y, label_w, row_h - 4),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                label,
            )
            painter.fillRect(QRectF(bar_x, y + 3, bar_w, row_h - 10), track)
            length = bar_w * (fig.value / top)
            painter.fillRect(QRectF(bar_x, y + 3, max(1.0, length), row_h - 10), bar_color)
            painter.setPen(text_color)
            painter.drawText(
                QRectF(bar_x + bar_w + 6, y, value_w, row_h - 4),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                value_text,
            )
        painter.end()
