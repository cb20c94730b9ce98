"""The 72-dpi reference device the report is laid out on, and lengths measured on it.

The documents are laid out in points, whatever they are painted on later; `paint_report`
scales the painter to the target's resolution. Qt scales some lengths from "CSS px" to the
layout device and not others, so the few lengths we need (tab stops, hanging indents, the
height reserved for a chart) are set after parsing, in units measured here rather than assumed.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QBuffer, QSizeF
from PySide6.QtGui import (
    QColor,
    QImage,
    QPdfWriter,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextOption,
)

from mxpolicy_gui.export.pdf import style as s


def reference_device() -> tuple[QBuffer, QPdfWriter]:
    """A 72-dpi print device (1 unit = 1 point): print metrics (no hinting) and units
    independent of where the report is painted. Keep the buffer alive as long as the writer."""
    buffer = QBuffer()
    writer = QPdfWriter(buffer)
    writer.setResolution(72)
    return buffer, writer


def _probe(device: QPdfWriter, html_text: str, setup: QTextBlockFormat | None = None,
           resources: dict[str, QImage] | None = None) -> QTextDocument:
    probe = QTextDocument()
    probe.documentLayout().setPaintDevice(device)
    probe.setDocumentMargin(0)
    for name, image in (resources or {}).items():
        probe.addResource(QTextDocument.ResourceType.ImageResource, name, image)
    probe.setHtml(html_text)
    if setup is not None:
        QTextCursor(probe.firstBlock()).mergeBlockFormat(setup)
    probe.setPageSize(QSizeF(100_000, 100_000))
    return probe


def _laid_out_x(device: QPdfWriter, html_text: str, setup: QTextBlockFormat | None,
                position: int) -> float:
    probe = _probe(device, html_text, setup)  # keep it: the layout belongs to it
    layout = probe.firstBlock().layout()
    if position < 0:
        return layout.lineAt(layout.lineCount() - 1).x()
    # PySide6 types the (x, position) pair it returns as `object`.
    x, _ = cast(tuple[float, int], layout.lineAt(0).cursorToX(position))
    return x


BLANK = "mxpolicy:blank"


def blank_image() -> QImage:
    """A transparent pixel, stretched to reserve the room a chart is painted into."""
    image = QImage(1, 1, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    return image


def image_unit(device: QPdfWriter) -> float:
    """Points per unit of an <img height="…"> on the reference device."""
    probe = _probe(device, f'<p><img src="{BLANK}" width="10" height="1000"></p>',
                   resources={BLANK: blank_image()})
    line = probe.firstBlock().layout().lineAt(0)
    return line.height() / 1000


def tabs_format(tabs: list[QTextOption.Tab]) -> QTextBlockFormat:
    fmt = QTextBlockFormat()
    fmt.setTabPositions(tabs)
    return fmt


def block_formats(device: QPdfWriter,
                  contents_key: float = s.CONTENTS_KEY_WIDTH) -> dict[int, QTextBlockFormat]:
    """Per marker, the block format that sets its tab stops and hanging indent in points;
    `contents_key` is where the contents' titles start (it depends on the language)."""
    tab_unit = _laid_out_x(
        device, '<p style="white-space: pre-wrap">\tx</p>',
        tabs_format([QTextOption.Tab(1000, QTextOption.TabType.LeftTab)]), 1,
    ) / 1000
    wide = "x " * 2000
    setup = QTextBlockFormat()
    setup.setLeftMargin(1000)
    margin_unit = _laid_out_x(device, f"<p>{wide}</p>", setup, -1) / 1000

    def tab(points: float, kind: QTextOption.TabType) -> QTextOption.Tab:
        return QTextOption.Tab(points / tab_unit, kind)

    def hanging(points: float, first: float = 0.0, right: float | None = None) -> QTextBlockFormat:
        """Lines start at `points`, the first one at `first` with a tab to `points` (tab
        stops count from where the line starts); `right` adds a right-aligned stop."""
        stops = [tab(points - first, QTextOption.TabType.LeftTab)]
        if right is not None:
            stops.append(tab(right - first, QTextOption.TabType.RightTab))
        fmt = tabs_format(stops)
        fmt.setLeftMargin(points / margin_unit)
        fmt.setTextIndent((first - points) / margin_unit)
        return fmt

    figures = tabs_format([
        tab(s.VALUE_RIGHT, QTextOption.TabType.RightTab),
        tab(s.YEAR_CENTRE, QTextOption.TabType.CenterTab),
        tab(s.SOURCE_LEFT, QTextOption.TabType.LeftTab),
    ])
    def shaded(colour: str) -> QTextBlockFormat:
        fmt = QTextBlockFormat(figures)
        fmt.setBackground(QColor(colour))
        return fmt

    return {
        s.FACT: hanging(s.KEY_WIDTH),
        s.CONTENTS: hanging(contents_key, right=s.CONTENTS_PAGE_RIGHT),
        s.ITEM: hanging(s.ITEM_LEFT, s.MARKER_LEFT),
        s.REF: hanging(s.REF_LEFT),
        s.FIGURES: figures,
        s.FIGURES_ALT: shaded(s.FIGURES_ALT_BACKGROUND),
        s.FIGURE_HEAD: shaded(s.FIGURE_HEAD_BACKGROUND),
    }
