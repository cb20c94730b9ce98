"""The PDF report: a cover, then one section per policy with its figures and sources.

The report is HTML in a QTextDocument, so the GUI can print or preview the very same
document, and is painted page by page with a footer ("mxpolicy dataset 2026.11 — page 3 of
40") onto any paged device: a QPdfWriter here, a QPrinter in the GUI. Every piece of record
text goes through `html.escape`, so hostile data shows as text and never as markup. Needs a
QGuiApplication (fonts and layout); no widgets.

Speed. The report has no HTML tables: Qt lays a table out cell by cell, several times, and
draws every table of the document on every page, which made 1,000 records take half a minute.
Key/value lines, the contents and the figures are paragraphs with tab stops and hanging
indents instead (the figures' labels are wrapped here to their column), so layout and
painting grow linearly with the number of records.

Units. The document is laid out once, in points, against a 72-dpi reference device, whatever
it is painted on later; `paint_report` scales the painter to the target's resolution. Qt
scales some lengths from "CSS px" to the layout device and not others, so the few horizontal
lengths we need (tab stops, hanging indents) are set on the blocks after parsing, in units
measured on the reference device rather than assumed.
"""

from __future__ import annotations

import html
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLineF, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextOption,
)

from mxpolicy_gui import __version__
from mxpolicy_gui.export.atomic import atomic_write
from mxpolicy_gui.export.errors import ExportCancelled, ExportError
from mxpolicy_gui.fonts import ensure_fonts
from mxpolicy_gui.formatting import format_date, format_figure_value
from mxpolicy_gui.store.records import DatasetInfo, Policy

TITLE = "mxpolicy — Mexican public policy report"
MARGIN_MM = 15.0
RESOLUTION = 300  # dots per inch of the PDF's coordinate system; text stays vector
BODY_POINT_SIZE = 9.0
FIGURE_POINT_SIZE = 8.5
NOTE_POINT_SIZE = 7.5
FOOTER_POINT_SIZE = 7.5
PAGE_GAP_PX = 8  # see paint_report

# Horizontal layout, in points, for A4 less 15 mm margins (510 pt); wider pages just get a
# wider right edge. Figure rows: label | value (right-aligned) | year (centred) | [source].
_KEY_WIDTH = 100.0
_CONTENTS_KEY_WIDTH = 82.0
_LABEL_WIDTH = 262.0
_VALUE_RIGHT = 388.0
_YEAR_CENTRE = 416.0
_SOURCE_LEFT = 440.0
_COLUMN_GAP = 10.0

# Block markers (QTextBlock.userState via Qt's "-qt-user-state" CSS) for post-processing.
_FACT, _CONTENTS, _FIGURES = 1, 2, 3

Progress = Callable[[int], None] | None
Cancelled = Callable[[], bool] | None

_KIND = {"innovation": "Public service innovation", "reform": "Structural reform"}
_DATE_LABEL = {"dof": "Published in the DOF", "start": "Started"}

# Qt's rich text knows a subset of CSS 2.1 and takes margins only in px (1/96 inch); other
# units are silently dropped.
_CSS = f"""
body {{ color: #1a1a1a; }}
h1 {{ font-size: 20pt; font-weight: bold; color: #0b3d2e; margin-top: 0px;
      margin-bottom: 8px; }}
h2 {{ font-size: 15pt; font-weight: bold; color: #0b3d2e; margin-top: 0px;
      margin-bottom: 2px; }}
h3 {{ font-size: 10.5pt; font-weight: bold; color: #0b3d2e; margin-top: 11px;
      margin-bottom: 4px; }}
p {{ margin-top: 0px; margin-bottom: 4px; }}
ul, ol {{ margin-top: 0px; margin-bottom: 0px; }}
li {{ margin-bottom: 2px; }}
ol.refs {{ font-size: 8pt; }}
.es {{ font-size: 11.5pt; color: #555555; margin-bottom: 10px; }}
.kind {{ font-size: 8pt; color: #8a6a00; font-weight: bold; margin-bottom: 4px; }}
.muted {{ color: #666666; }}
.small {{ font-size: {NOTE_POINT_SIZE}pt; color: #666666; }}
.key {{ color: #555555; font-weight: bold; }}
p.fact {{ white-space: pre-wrap; margin-bottom: 2px; -qt-user-state: {_FACT}; }}
p.toc {{ white-space: pre-wrap; margin-bottom: 1px; -qt-user-state: {_CONTENTS}; }}
p.fighead {{ white-space: pre-wrap; font-size: {FIGURE_POINT_SIZE}pt; font-weight: bold;
             color: #0b3d2e; background-color: #dde8e3; margin-bottom: 0px;
             -qt-user-state: {_FIGURES}; }}
p.fig {{ white-space: pre-wrap; font-size: {FIGURE_POINT_SIZE}pt; margin-bottom: 0px;
         -qt-user-state: {_FIGURES}; }}
p.figalt {{ white-space: pre-wrap; font-size: {FIGURE_POINT_SIZE}pt; margin-bottom: 0px;
            background-color: #f2f6f4; -qt-user-state: {_FIGURES}; }}
"""


def _text(value: object) -> str:
    """Record text as HTML text: escaped, so nothing in it is ever taken as markup."""
    return html.escape(str(value), quote=True)


def _inline(value: object) -> str:
    """Escaped, on one line: for the tab-aligned paragraphs, where a stray tab or line
    break in the data would break the columns."""
    return html.escape(" ".join(str(value).split()), quote=True)


def _paragraphs(value: str) -> str:
    parts = [p.strip() for p in value.replace("\r\n", "\n").split("\n\n") if p.strip()]
    return "".join(f"<p>{_text(p).replace(chr(10), '<br>')}</p>" for p in parts) or "<p>—</p>"


def _wrap(text: str, metrics: QFontMetricsF, width: float) -> list[str]:
    """Greedy word wrap of one-line `text` to `width` points (long words are cut)."""
    text = " ".join(text.split())
    if metrics.horizontalAdvance(text) <= width:
        return [text]
    lines: list[str] = []
    current = ""
    for word in text.split(" "):
        candidate = f"{current} {word}" if current else word
        if metrics.horizontalAdvance(candidate) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        while metrics.horizontalAdvance(word) > width and len(word) > 1:
            cut = len(word) - 1
            while cut > 1 and metrics.horizontalAdvance(word[:cut]) > width:
                cut -= 1
            lines.append(word[:cut])
            word = word[cut:]
        current = word
    if current:
        lines.append(current)
    return lines


@dataclass
class _Metrics:
    figure: QFontMetricsF
    note: QFontMetricsF


def _fact(key: str, value: str) -> str:
    return f'<p class="fact"><span class="key">{_inline(key)}</span>\t{_inline(value)}</p>'


def _figures_html(p: Policy, numbers: dict[str, int], metrics: _Metrics) -> list[str]:
    out = [
        "<h3>Figures</h3>",
        '<p class="fighead">Figure\tValue\tYear\tSource</p>',
    ]
    value_room = _VALUE_RIGHT - _COLUMN_GAP
    for row, f in enumerate(p.figures):
        value = format_figure_value(f)
        width = min(_LABEL_WIDTH, value_room - metrics.figure.horizontalAdvance(value))
        label = _wrap(f.label, metrics.figure, max(width, 60.0))
        ref = numbers.get(f.source_id)
        year = "" if f.year is None else str(f.year)
        first = (
            f"{_inline(label[0])}\t{_inline(value)}\t{_inline(year)}\t"
            f"{'[' + str(ref) + ']' if ref else ''}"
        )
        rest = "".join(f"<br>{_inline(line)}" for line in label[1:])
        small = _inline(f"{f.note} · {f.source_id}" if f.note else f.source_id)
        css = "figalt" if row % 2 else "fig"
        out.append(f'<p class="{css}">{first}{rest}<br><span class="small">{small}</span></p>')
    return out


def _record_html(p: Policy, metrics: _Metrics) -> str:
    numbers = {s.id: i for i, s in enumerate(p.sources, start=1)}
    kind = f"{_KIND.get(p.kind, p.kind)} {p.number}"
    administration = (
        f"{p.administration} — {p.president}" if p.president else p.administration
    )
    out = [
        '<div style="page-break-before: always">',
        f'<p class="kind">{_text(kind.upper())} · {_text(p.id)}</p>',
        f"<h2>{_text(p.name_en)}</h2>",
        f'<p class="es">{_text(p.name_es)}</p>',
        _fact("Administration", administration),
        _fact(_DATE_LABEL.get(p.date_kind, "Date"), format_date(p.date)),
        _fact("Status", p.status),
        _fact("Sectors", "; ".join(p.sectors) or "—"),
        _fact("Agencies", "; ".join(p.agencies) or "—"),
        f"<h3>Summary</h3>{_paragraphs(p.summary)}",
        f"<h3>Objective</h3>{_paragraphs(p.objective)}",
    ]
    if p.measures:
        out.append("<h3>Main measures</h3><ul>")
        out += [f"<li>{_text(m)}</li>" for m in p.measures]
        out.append("</ul>")
    if p.figures:
        out += _figures_html(p, numbers, metrics)
    if p.sources:
        out.append('<h3>Sources</h3><ol class="refs">')
        for s in p.sources:
            note = f'<br><span class="small">Note: {_text(s.note)}</span>' if s.note else ""
            out.append(f"<li>{_text(s.citation)}{note}</li>")
        out.append("</ol>")
    out.append("</div>")
    return "".join(out)


def _cover_html(info: DatasetInfo, filters: str, count: int, kinds: dict[str, int],
                contents: list[str]) -> str:
    now = datetime.now().astimezone()
    generated = f"{format_date(now.date().isoformat())}, {now:%H:%M}"
    split = ", ".join(
        f"{n} {name}{'' if n == 1 else 's'}"
        for name, n in (("innovation", kinds.get("innovation", 0)),
                        ("reform", kinds.get("reform", 0)))
        if n
    )
    out = [
        f"<h1>{_text(TITLE)}</h1>",
        f'<p class="muted" style="margin-bottom: 16px">{_text(info.title)}</p>',
        _fact("Generated", generated),
        _fact("Dataset version", info.dataset_version),
        _fact("Filters", filters or "none"),
        _fact("Records", f"{count} ({split})" if split else str(count)),
    ]
    if contents:
        out.append("<h3>Contents</h3>")
        out += contents
    else:
        out.append('<p style="margin-top: 16px">No policy matches these filters.</p>')
    if info.licence:
        out.append(f'<p class="small" style="margin-top: 18px">{_text(info.licence)}</p>')
    out.append(
        f'<p class="small">Made with mxpolicy {_text(__version__)}. Figures are quoted from '
        "the works listed under each record.</p>"
    )
    return "".join(out)


# -- the reference device and block geometry --------------------------------------------


def _reference_device(parent: QTextDocument) -> QPdfWriter:
    """A 72-dpi print device (1 unit = 1 point) owned by `parent`, to lay the document out
    on: print metrics (no hinting) and units independent of where it is painted later."""
    buffer = QBuffer(parent)
    writer = QPdfWriter(buffer)
    writer.setParent(parent)
    writer.setResolution(72)
    return writer


def _laid_out_x(device: QPdfWriter, html_text: str, setup: QTextBlockFormat | None,
                position: int) -> float:
    probe = QTextDocument()
    probe.documentLayout().setPaintDevice(device)
    probe.setDocumentMargin(0)
    probe.setHtml(html_text)
    if setup is not None:
        QTextCursor(probe.firstBlock()).mergeBlockFormat(setup)
    probe.setPageSize(QSizeF(100_000, 100_000))
    layout = probe.firstBlock().layout()
    if position < 0:
        return layout.lineAt(layout.lineCount() - 1).x()
    return layout.lineAt(0).cursorToX(position)[0]


def _block_formats(device: QPdfWriter) -> dict[int, QTextBlockFormat]:
    """Per marker, the block format that sets its tab stops and hanging indent in points."""
    tab_unit = _laid_out_x(
        device, '<p style="white-space: pre-wrap">\tx</p>',
        _tabs_format([QTextOption.Tab(1000, QTextOption.TabType.LeftTab)]), 1,
    ) / 1000
    wide = "x " * 2000
    setup = QTextBlockFormat()
    setup.setLeftMargin(1000)
    margin_unit = _laid_out_x(device, f"<p>{wide}</p>", setup, -1) / 1000

    def tab(points: float, kind: QTextOption.TabType) -> QTextOption.Tab:
        return QTextOption.Tab(points / tab_unit, kind)

    def hanging(points: float) -> QTextBlockFormat:
        fmt = _tabs_format([tab(points, QTextOption.TabType.LeftTab)])
        fmt.setLeftMargin(points / margin_unit)
        fmt.setTextIndent(-points / margin_unit)
        return fmt

    return {
        _FACT: hanging(_KEY_WIDTH),
        _CONTENTS: hanging(_CONTENTS_KEY_WIDTH),
        _FIGURES: _tabs_format([
            tab(_VALUE_RIGHT, QTextOption.TabType.RightTab),
            tab(_YEAR_CENTRE, QTextOption.TabType.CenterTab),
            tab(_SOURCE_LEFT, QTextOption.TabType.LeftTab),
        ]),
    }


def _tabs_format(tabs: list[QTextOption.Tab]) -> QTextBlockFormat:
    fmt = QTextBlockFormat()
    fmt.setTabPositions(tabs)
    return fmt


def _apply_block_formats(document: QTextDocument, formats: dict[int, QTextBlockFormat]) -> None:
    block = document.firstBlock()
    cursor = QTextCursor(document)
    cursor.beginEditBlock()  # one relayout at the end, not one per block
    try:
        while block.isValid():
            fmt = formats.get(block.userState())
            if fmt is not None:
                cursor.setPosition(block.position())
                cursor.mergeBlockFormat(fmt)
            block = block.next()
    finally:
        cursor.endEditBlock()


# -- building --------------------------------------------------------------------------


def build_report_document(
    policies: Iterable[Policy],
    info: DatasetInfo,
    filters: str,
    *,
    cancelled: Cancelled = None,
) -> QTextDocument:
    """The report as a QTextDocument (cover, then one section per policy, each on a new
    page), laid out in points. Print or preview it with `paint_report(document, device,
    info.dataset_version)`, which adds the page footers."""
    return _build(policies, info, filters, cancelled)[0]


def _build(
    policies: Iterable[Policy], info: DatasetInfo, filters: str, cancelled: Cancelled
) -> tuple[QTextDocument, int]:
    family = ensure_fonts()
    document = QTextDocument()
    device = _reference_device(document)
    document.documentLayout().setPaintDevice(device)
    font = QFont(family)
    font.setPointSizeF(BODY_POINT_SIZE)
    # No "fi"/"fl" ligatures: they come out of the PDF as U+FB01 and break search and copy.
    for tag in ("liga", "clig"):
        font.setFeature(QFont.Tag(tag), 0)
    figure_font, note_font = QFont(font), QFont(font)
    figure_font.setPointSizeF(FIGURE_POINT_SIZE)
    note_font.setPointSizeF(NOTE_POINT_SIZE)
    metrics = _Metrics(QFontMetricsF(figure_font, device), QFontMetricsF(note_font, device))

    records: list[str] = []
    contents: list[str] = []
    kinds: dict[str, int] = {}
    for count, p in enumerate(policies, start=1):
        if count % 50 == 0 and cancelled is not None and cancelled():
            raise ExportCancelled
        records.append(_record_html(p, metrics))
        kinds[p.kind] = kinds.get(p.kind, 0) + 1
        contents.append(
            f'<p class="toc"><span class="key">{_inline(p.kind.capitalize())} {p.number}'
            f"</span>\t{_inline(p.name_en)} "
            f'<span class="muted">· {_inline(p.name_es)}</span></p>'
        )
    count = len(records)
    body = _cover_html(info, filters, count, kinds, contents) + "".join(records)
    if cancelled is not None and cancelled():
        raise ExportCancelled

    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, TITLE)
    document.setDefaultFont(font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    document.setDefaultTextOption(option)
    document.setDefaultStyleSheet(_CSS)
    document.setDocumentMargin(PAGE_GAP_PX)
    document.setHtml(f"<html><body>{body}</body></html>")
    _apply_block_formats(document, _block_formats(device))
    return document, count


# -- painting --------------------------------------------------------------------------


def footer_text(dataset_version: str, page: int, pages: int) -> str:
    return f"mxpolicy dataset {dataset_version} — page {page} of {pages}"


def _frame_margin(device: QPdfWriter, px: float) -> float:
    """How long a document margin of `px` comes out on `device`: measured, not assumed."""
    probe = QTextDocument()
    probe.documentLayout().setPaintDevice(device)
    probe.setDocumentMargin(px)
    probe.setPlainText("x")
    probe.setPageSize(QSizeF(10_000, 10_000))
    return probe.documentLayout().blockBoundingRect(probe.firstBlock()).top()


def paint_report(
    document: QTextDocument,
    device: QPagedPaintDevice,
    dataset_version: str,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Cancelled = None,
) -> int:
    """Page `document` (from `build_report_document`) for `device` and paint every page with
    its footer; return the page count. `device` is a QPdfWriter or a QPrinter whose page
    layout is already set (margins included). `progress(page, pages)` follows each page.

    Qt pages the document itself (no line is split across pages); this paints it page by
    page, clipped, so it can add the footer. Each document page carries a small top and
    bottom margin (`PAGE_GAP_PX`) that is shifted out of sight, so the tops of the next
    page's first letters never peek in above the footer.
    """
    layout = document.documentLayout()
    reference = layout.paintDevice()
    if not isinstance(reference, QPdfWriter) or reference.resolution() != 72:
        reference = _reference_device(document)
        layout.setPaintDevice(reference)
    scale = device.logicalDpiY() / 72
    resolution = device.resolution()
    paint_rect = device.pageLayout().paintRectPixels(resolution)
    width, height = paint_rect.width(), paint_rect.height()
    line = FOOTER_POINT_SIZE / 72 * device.logicalDpiY() * 1.4
    body_height = (height - 2.5 * line) / scale  # points; the footer takes the rest
    if document.documentMargin() != PAGE_GAP_PX:
        document.setDocumentMargin(PAGE_GAP_PX)
    gap = _frame_margin(reference, PAGE_GAP_PX)
    page_width = width / scale + 2 * gap
    page_height = body_height + 2 * gap
    document.setPageSize(QSizeF(page_width, page_height))
    pages = document.pageCount()

    footer_font = QFont(document.defaultFont())
    footer_font.setPointSizeF(FOOTER_POINT_SIZE)
    painter = QPainter()
    if not painter.begin(device):
        raise ExportError("Cannot start painting the report (the output device refused).")
    try:
        rule = QPen(QColor("#9bb5aa"))
        rule.setWidthF(device.logicalDpiY() / 150)
        top = height - line
        band = QRectF(0, top, width, height - top)
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom
        for index in range(pages):
            if cancelled is not None and cancelled():
                raise ExportCancelled
            if index and not device.newPage():
                raise ExportError("Cannot add a page to the report.")
            painter.save()
            painter.scale(scale, scale)
            painter.translate(-gap, -(index * page_height + gap))
            document.drawContents(painter, QRectF(0, index * page_height, page_width, page_height))
            painter.restore()
            painter.setPen(rule)
            painter.drawLine(QLineF(0, top - 0.3 * line, width, top - 0.3 * line))
            painter.setPen(QColor("#555555"))
            painter.setFont(footer_font)
            painter.drawText(band, left, TITLE)
            painter.drawText(band, right, footer_text(dataset_version, index + 1, pages))
            if progress is not None:
                progress(index + 1, pages)
    finally:
        painter.end()
    return pages


def _pdf_writer(buffer: QBuffer) -> QPdfWriter:
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter,
        )
    )
    writer.setTitle(TITLE)
    writer.setCreator(f"mxpolicy {__version__}")
    writer.setAuthor("mxpolicy")
    return writer


def write_policies_pdf(
    path: os.PathLike[str] | str,
    policies: Iterable[Policy],
    *,
    info: DatasetInfo,
    filters: str,
    progress: Progress = None,
    cancelled: Cancelled = None,
) -> int:
    """Write the report for `policies` to `path` (A4, 15 mm margins, title metadata);
    return the number of records. `progress(n)` rises to the record count as pages are
    painted; `cancelled()` is polled between records and pages."""
    document, count = _build(policies, info, filters, cancelled)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = _pdf_writer(buffer)

    def pages_done(page: int, pages: int) -> None:
        if progress is not None:
            progress(count * page // pages)

    paint_report(document, writer, info.dataset_version, progress=pages_done,
                 cancelled=cancelled)
    del writer
    buffer.close()
    if cancelled is not None and cancelled():
        raise ExportCancelled
    with atomic_write(path, "wb") as handle:
        handle.write(data.data())
    return count


__all__: Sequence[str] = (
    "TITLE", "build_report_document", "footer_text", "paint_report", "write_policies_pdf",
)
