"""Paint a paged report onto any paged device: a QPdfWriter, or a QPrinter for print and
print preview, which so show the very same report.

Each page shows slices of the documents, each clipped to whole lines, the records' rules, the
charts in the room their blocks reserve, a running header (the record being read and the report
title) and a footer (dataset version, database digest, page x of y).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPagedPaintDevice, QPainter, QPen

from mxpolicy_gui.charts.paint import light_colours, paint_chart
from mxpolicy_gui.export.errors import ExportCancelled, ExportError
from mxpolicy_gui.export.pdf import style as s
from mxpolicy_gui.export.pdf.document import Cancelled, ReportDocument
from mxpolicy_gui.export.pdf.html import report_title
from mxpolicy_gui.export.pdf.paging import EPSILON, Page, line_top
from mxpolicy_gui.vocabulary import translate

_BLEED = 4.0  # points the clip reaches left and right of the text column
_MIN_TEXT_POINTS = 144.0  # two inches of text area, or the page is refused


def footer_text(dataset_version: str, page: int, pages: int) -> str:
    return translate("Report", "mxpolicy dataset {version} — page {page} of {pages}").format(
        version=dataset_version, page=page, pages=pages
    )


def _paint_charts(painter: QPainter, document: ReportDocument, page: Page,
                  text_width: float) -> None:
    colours = light_colours()
    device = document._reference[1]
    for piece in page.slices:
        for block, spec in piece.part.charts:
            top = line_top(block)
            if not piece.top - EPSILON <= top < piece.bottom:
                continue
            height = block.layout().lineAt(0).height()
            y = piece.y + top - piece.top
            width = min(text_width, s.CHART_WIDTH)
            paint_chart(painter, QRectF(0, y, width, height), spec, document.chart_font,
                        colours, device)


def _paint_timeline(painter: QPainter, document: ReportDocument, width: float,
                    height: float) -> None:
    from mxpolicy_gui.timeline.paint import paint_timeline

    title = QFont(document.font)
    # The painter works in points, scaled to the device: shrink the font by as much.
    title.setPointSizeF(12 / (painter.worldTransform().m22() or 1.0))
    title.setBold(True)
    painter.setFont(title)
    painter.setPen(QColor("#0b3d2e"))
    painter.drawText(QRectF(0, 0, width, 20), Qt.AlignmentFlag.AlignLeft,
                     translate(
                         "Report", "Timeline: the policies, their institutions and status changes"
                     ))
    paint_timeline(painter, QRectF(0, 26, width, height - 26), document.timeline,
                   document.timeline_ids, font=document.font)


def paint_report(
    document: ReportDocument,
    device: QPagedPaintDevice,
    dataset_version: str,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Cancelled = None,
) -> int:
    """Lay `document` out for `device`'s page, page it and paint every page; return the page
    count. `device` is a QPdfWriter or a QPrinter whose page layout is already set (margins
    included). `progress(page, pages)` follows each page."""
    scale = device.logicalDpiY() / 72
    resolution = device.resolution()
    paint_rect = device.pageLayout().paintRectPixels(resolution)
    width, height = paint_rect.width(), paint_rect.height()
    line = s.FOOTER_POINT_SIZE / 72 * device.logicalDpiY() * 1.4
    band = 2.5 * line  # header and footer take as much
    text_width = width / scale  # points
    text_height = (height - 2 * band) / scale  # points
    if min(text_width, text_height) < _MIN_TEXT_POINTS:
        raise ExportError("The page is too small for the report: choose a larger page or "
                          "smaller margins.")
    pages = document.pages(text_width, text_height, cancelled)
    total = len(pages)
    small = QFont(document.font)
    small.setPointSizeF(s.FOOTER_POINT_SIZE)
    painter = QPainter()
    if not painter.begin(device):
        raise ExportError("Cannot start painting the report (the output device refused).")
    try:
        record_rule = QPen(QColor(s.RULE_COLOUR))
        record_rule.setWidthF(s.RULE_WIDTH)
        thin = QPen(QColor("#9bb5aa"))
        thin.setWidthF(device.logicalDpiY() / 150)
        left_bottom = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom
        right_bottom = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom
        left_top = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        right_top = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop
        foot = QRectF(0, height - line, width, line)
        head = QRectF(0, 0, width, line)
        sha = document.database_sha256
        digest = (
            translate("Report", "database SHA-256 {digest}…").format(digest=sha[:12])
            if sha
            else ""
        )
        for index, page in enumerate(pages):
            if cancelled is not None and cancelled():
                raise ExportCancelled
            if index and not device.newPage():
                raise ExportError("Cannot add a page to the report.")
            painter.setFont(small)
            if index:  # the cover has no running header
                painter.setPen(thin)
                painter.drawLine(QLineF(0, line * 1.3, width, line * 1.3))
                painter.setPen(QColor("#555555"))
                header = painter.fontMetrics().elidedText(
                    page.header, Qt.TextElideMode.ElideRight, int(width * 0.6))
                painter.drawText(head, left_top, header)
                painter.drawText(head, right_top, report_title())
            painter.save()
            painter.translate(0, band)
            painter.scale(scale, scale)
            for piece in page.slices:
                painter.save()
                painter.translate(0, piece.y - piece.top)
                piece.part.document.drawContents(painter, QRectF(
                    -_BLEED, piece.top + EPSILON,
                    text_width + 2 * _BLEED, piece.bottom - piece.top - 2 * EPSILON,
                ))
                painter.restore()
            _paint_charts(painter, document, page, text_width)
            if page.timeline:
                _paint_timeline(painter, document, text_width, text_height)
            painter.setPen(record_rule)
            for y in page.rules:
                painter.drawLine(QLineF(0, y, text_width, y))
            painter.restore()
            painter.setFont(small)
            painter.setPen(thin)
            painter.drawLine(QLineF(0, height - line * 1.3, width, height - line * 1.3))
            painter.setPen(QColor("#555555"))
            painter.drawText(foot, left_bottom, digest)
            painter.drawText(foot, right_bottom, footer_text(dataset_version, index + 1, total))
            if progress is not None:
                progress(index + 1, total)
    finally:
        painter.end()
    return total
