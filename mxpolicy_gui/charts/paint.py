"""Paint a `ChartSpec` with QPainter onto anything: a widget, a PNG, an SVG, a PDF page.

One painter for the screen and the report, so they never disagree. Horizontal bars from a
zero baseline, a title that says what is compared and in which unit, bar labels that tell the
bars apart (year or place), the value at the end of each bar and an axis with 0 and its top.
Needs a QGuiApplication (fonts), no widgets.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLineF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPaintDevice, QPainter

from mxpolicy_gui.charts.rule import SERIES, ChartSpec
from mxpolicy_gui.formatting import format_figure_value, format_number, format_scaled, unit_for

PADDING = 6.0


@dataclass(frozen=True)
class ChartColours:
    text: QColor
    bar: QColor
    muted: QColor


def light_colours() -> ChartColours:
    return ChartColours(QColor("#1a1a1a"), QColor("#2e7d64"), QColor("#777777"))


def unit_text(spec: ChartSpec) -> str:
    unit = unit_for(2, spec.unit)
    return " ".join(part for part in (spec.currency, unit) if part)


def chart_title(spec: ChartSpec) -> str:
    unit = unit_text(spec)
    if spec.kind == SERIES:
        title = QCoreApplication.translate("Chart", "%1 by year").replace("%1", spec.subject)
    else:
        title = spec.subject
        years = {bar.figure.year for bar in spec.bars}
        if len(years) == 1 and None not in years:
            title = f"{title}, {years.pop()}"
    return f"{title} ({unit})" if unit else title


def nice_top(value: float) -> float:
    """The axis end: the smallest 1, 2, 2.5 or 5 × 10ⁿ at or above `value`."""
    if value <= 0:
        return 1.0
    exponent = math.floor(math.log10(value))
    for step in (1, 2, 2.5, 5, 10):
        top = step * 10**exponent
        if top >= value * (1 - 1e-12):
            return top
    return 10 ** (exponent + 1)


def _metrics(font: QFont, device: QPaintDevice | None) -> QFontMetricsF:
    return QFontMetricsF(font, device) if device is not None else QFontMetricsF(font)


def chart_height(spec: ChartSpec, font: QFont, device: QPaintDevice | None = None) -> float:
    """Height of the chart in the units of `device` (default: the screen's)."""
    metrics = _metrics(font, device)
    row = metrics.height() + 8
    return metrics.height() * 1.6 + row * len(spec.bars) + metrics.height() * 1.8 + PADDING


def paint_chart(painter: QPainter, rect: QRectF, spec: ChartSpec, font: QFont,
                colours: ChartColours, device: QPaintDevice | None = None) -> None:
    """Paint into `rect`; lengths are measured on `device` (the PDF passes its 72-dpi
    reference device: its painter works in points, scaled to the printer's resolution, so
    the drawing font is shrunk by as much as the painter enlarges it)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    metrics = _metrics(font, device)
    shrink = painter.worldTransform().m22() if device is not None else 1.0
    drawing = QFont(font)
    if shrink and shrink != 1.0:
        drawing.setPointSizeF(font.pointSizeF() / shrink)
    painter.setFont(drawing)
    line = metrics.height()
    row = line + 8
    title_font = QFont(font)
    title_font.setBold(True)
    title_drawing = QFont(drawing)
    title_drawing.setBold(True)
    painter.setFont(title_drawing)
    painter.setPen(colours.text)
    title = _metrics(title_font, device).elidedText(
        chart_title(spec), Qt.TextElideMode.ElideRight, rect.width()
    )
    painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), line * 1.4),
                     int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), title)
    painter.setFont(drawing)
    values = [format_figure_value(bar.figure) for bar in spec.bars]
    widest = max(metrics.horizontalAdvance(b.label) for b in spec.bars)
    label_w = min(rect.width() * 0.38, widest + 8)
    value_w = max(metrics.horizontalAdvance(v) for v in values) + 10
    bar_x = rect.left() + label_w + PADDING
    bar_w = max(10.0, rect.right() - bar_x - value_w)
    top_value = nice_top(max(spec.values))
    y0 = rect.top() + line * 1.6
    for i, (bar, text) in enumerate(zip(spec.bars, values, strict=True)):
        y = y0 + i * row
        painter.setPen(colours.text)
        label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideMiddle, label_w)
        painter.drawText(QRectF(rect.left(), y, label_w, row - 4),
                         int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), label)
        length = bar_w * bar.figure.value / top_value
        painter.fillRect(QRectF(bar_x, y + 3, max(1.0, length), row - 10), colours.bar)
        painter.drawText(QRectF(bar_x + length + 4, y, value_w + bar_w - length, row - 4),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text)
    axis_y = y0 + len(spec.bars) * row
    painter.setPen(colours.muted)
    painter.drawLine(QLineF(bar_x, y0, bar_x, axis_y))
    painter.drawLine(QLineF(bar_x, axis_y, bar_x + bar_w, axis_y))
    for fraction in (0.0, 0.5, 1.0):
        x = bar_x + bar_w * fraction
        painter.drawLine(QLineF(x, axis_y, x, axis_y + 3))
        tick = format_scaled(top_value * fraction) if fraction else format_number(0)
        width = metrics.horizontalAdvance(tick) + 4
        painter.drawText(QRectF(x - width / 2, axis_y + 3, width, line),
                         int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop), tick)
    painter.restore()


def render_image(spec: ChartSpec, width: int, font: QFont, colours: ChartColours,
                 scale: float = 1.0, background: QColor | None = None) -> QImage:
    """The chart as an image `width` logical pixels wide (× `scale` real pixels)."""
    height = math.ceil(chart_height(spec, font))
    size = QSize(math.ceil(width * scale), math.ceil(height * scale))
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(background if background is not None else QColor(255, 255, 255))
    painter = QPainter(image)
    painter.scale(scale, scale)
    paint_chart(painter, QRectF(0, 0, width, height), spec, font, colours)
    painter.end()
    return image


def save_svg(spec: ChartSpec, path: str, width: int, font: QFont,
             colours: ChartColours) -> None:
    from PySide6.QtSvg import QSvgGenerator

    height = math.ceil(chart_height(spec, font))
    generator = QSvgGenerator()
    generator.setFileName(path)
    generator.setSize(QSize(width, height))
    generator.setViewBox(QRectF(0, 0, width, height))
    generator.setTitle(chart_title(spec))
    painter = QPainter(generator)
    paint_chart(painter, QRectF(0, 0, width, height), spec, font, colours)
    painter.end()
