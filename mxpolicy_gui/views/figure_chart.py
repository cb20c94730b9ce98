"""The detail pane's charts: the honest charts of a policy's figures, stacked.

What may be charted is decided in `mxpolicy_gui.charts.rule` and drawn by
`mxpolicy_gui.charts.paint`, the same code the PDF report uses. QtCharts lives in
PySide6-Addons, hundreds of megabytes installed (docs/performance.md); a few bars do not
justify it. A context menu copies a chart
to the clipboard or saves it as PNG or SVG; colours follow the palette (light or dark theme).
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRectF, QSize
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPalette
from PySide6.QtWidgets import QFileDialog, QMenu, QSizePolicy, QWidget

from mxpolicy_gui.charts.paint import (
    ChartColours,
    chart_height,
    chart_title,
    paint_chart,
    render_image,
    save_svg,
)
from mxpolicy_gui.charts.rule import ChartSpec, chart_specs
from mxpolicy_gui.content import localized_figures
from mxpolicy_gui.formatting import format_figure_value
from mxpolicy_gui.i18n import current_language
from mxpolicy_gui.store.records import Figure
from mxpolicy_gui.vocabulary import join_clauses

MAX_CHARTS = 3
_GAP = 10.0


def comparable_figures(figures: tuple[Figure, ...] | list[Figure]) -> list[Figure]:
    """The figures of the first honest chart; empty when none may be drawn."""
    specs = chart_specs(list(figures))
    return [bar.figure for bar in specs[0].bars] if specs else []


class FigureChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._specs: list[ChartSpec] = []
        self.setAccessibleName(self.tr("Charts of comparable figures"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_figures(self, figures: tuple[Figure, ...] | list[Figure]) -> bool:
        """Show the honest charts of `figures`; returns False if there are none."""
        # Titles and bars are made from labels and units: the reader's language's.
        shown = localized_figures(figures, current_language())
        self._specs = chart_specs(list(shown))[:MAX_CHARTS]
        self.setAccessibleDescription(
            " ".join(
                f"{chart_title(s)}: "
                + join_clauses(f"{b.label} {format_figure_value(b.figure)}" for b in s.bars)
                for s in self._specs
            )
        )
        self.updateGeometry()
        self.update()
        return bool(self._specs)

    def specs(self) -> list[ChartSpec]:
        return list(self._specs)

    def figures(self) -> list[Figure]:
        """The figures of the first chart."""
        return [bar.figure for bar in self._specs[0].bars] if self._specs else []

    def colours(self) -> ChartColours:
        palette = self.palette()
        muted = QColor(palette.color(QPalette.ColorRole.WindowText))
        muted.setAlpha(150)
        return ChartColours(
            palette.color(QPalette.ColorRole.WindowText),
            palette.color(QPalette.ColorRole.Highlight),
            muted,
        )

    def _heights(self) -> list[float]:
        return [chart_height(spec, self.font()) for spec in self._specs]

    def sizeHint(self) -> QSize:
        heights = self._heights()
        return QSize(360, int(sum(heights) + _GAP * max(0, len(heights) - 1)) + 4)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self.sizeHint().height())

    def _chart_at(self, y: float) -> ChartSpec | None:
        top = 0.0
        for spec, height in zip(self._specs, self._heights(), strict=True):
            if top <= y < top + height + _GAP:
                return spec
            top += height + _GAP
        return self._specs[-1] if self._specs else None

    def paintEvent(self, event) -> None:
        if not self._specs:
            return
        painter = QPainter(self)
        top = 0.0
        colours = self.colours()
        for spec, height in zip(self._specs, self._heights(), strict=True):
            paint_chart(painter, QRectF(0, top, self.width(), height), spec, self.font(), colours)
            top += height + _GAP
        painter.end()

    # -- copy and save ---------------------------------------------------------------------

    def _image(self, spec: ChartSpec):
        background = self.palette().color(QPalette.ColorRole.Base)
        return render_image(spec, max(360, self.width()), self.font(), self.colours(),
                            scale=2.0, background=background)

    def copy_chart(self, spec: ChartSpec) -> None:
        QGuiApplication.clipboard().setImage(self._image(spec))

    def save_chart(self, spec: ChartSpec, path: str) -> None:
        if path.lower().endswith(".svg"):
            save_svg(spec, path, max(360, self.width()), self.font(), self.colours())
        else:
            self._image(spec).save(path, "PNG")

    def contextMenuEvent(self, event) -> None:
        spec = self._chart_at(event.pos().y())
        if spec is None:
            return
        menu = self.context_menu(spec)
        menu.exec(event.globalPos())

    def context_menu(self, spec: ChartSpec) -> QMenu:
        menu = QMenu(self)
        menu.addAction(self.tr("Copy chart"), lambda: self.copy_chart(spec))
        menu.addAction(self.tr("Save chart as PNG…"), lambda: self._save_dialog(spec, "png"))
        menu.addAction(self.tr("Save chart as SVG…"), lambda: self._save_dialog(spec, "svg"))
        return menu

    def _save_dialog(self, spec: ChartSpec, suffix: str) -> None:
        name = "".join(c if c.isalnum() else "-" for c in spec.subject.lower()).strip("-")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save chart"), f"{name[:60]}.{suffix}",
            self.tr("PNG image (*.png)") if suffix == "png" else self.tr("SVG image (*.svg)"),
        )
        if path:
            self.save_chart(spec, path)

    def context_menu_at(self, pos: QPoint) -> QMenu | None:
        """The menu a right-click at `pos` opens (for tests and keyboard users)."""
        spec = self._chart_at(pos.y())
        return self.context_menu(spec) if spec else None
