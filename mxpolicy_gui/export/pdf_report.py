"""The PDF report: a cover, then one section per policy with its figures and sources.

The report is HTML in a QTextDocument (so the GUI can show or print the same document) and
is painted page by page with a footer ("mxpolicy dataset 2026.11 — page 3 of 40") onto any
paged device: a QPdfWriter here, a QPrinter in the GUI. Every piece of record text goes
through `html.escape`, so hostile data shows as text and never as markup. Needs a
QGuiApplication (fonts and layout); no widgets.
"""

from __future__ import annotations

import html
import os
from collections.abc import Callable, Iterable
from datetime import datetime

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLineF, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
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
BODY_POINT_SIZE = 9
FOOTER_POINT_SIZE = 7.5
PAGE_GAP_PX = 8  # see paint_report

Progress = Callable[[int], None] | None
Cancelled = Callable[[], bool] | None

_KIND = {"innovation": "Public service innovation", "reform": "Structural reform"}
_DATE_LABEL = {"dof": "Published in the DOF", "start": "Started"}

# Qt's rich text knows a subset of CSS 2.1, and takes margins and paddings in px only (other
# units are silently dropped); px are 1/96 inch and Qt scales them to the paint device.
_CSS = """
body { color: #1a1a1a; }
h1 { font-size: 20pt; font-weight: bold; color: #0b3d2e; margin-top: 0px; margin-bottom: 8px; }
h2 { font-size: 15pt; font-weight: bold; color: #0b3d2e; margin-top: 0px; margin-bottom: 2px; }
h3 { font-size: 10.5pt; font-weight: bold; color: #0b3d2e; margin-top: 14px;
     margin-bottom: 4px; }
p { margin-top: 0px; margin-bottom: 5px; }
ul, ol { margin-top: 0px; margin-bottom: 0px; margin-left: 0px; }
li { margin-bottom: 3px; }
ol.refs { font-size: 8pt; }
table.figures { font-size: 8.5pt; }
.es { font-size: 11.5pt; color: #555555; margin-bottom: 10px; }
.kind { font-size: 8pt; color: #8a6a00; font-weight: bold; margin-bottom: 4px; }
.muted { color: #666666; }
.small { font-size: 7.5pt; color: #666666; }
td { vertical-align: top; }
table.facts td { padding: 1px 12px 1px 0px; }
td.key { color: #555555; font-weight: bold; white-space: nowrap; }
table.figures { border-collapse: collapse; margin-top: 2px; }
table.figures th { background-color: #e6eeea; color: #0b3d2e; font-weight: bold;
                   text-align: left; padding: 3px 6px 3px 6px;
                   border-bottom: 1px solid #9bb5aa; }
table.figures td { padding: 3px 6px 3px 6px; border-bottom: 1px solid #dde5e1; }
table.figures td.num { text-align: right; white-space: nowrap; }
table.figures th.num { text-align: right; }
table.figures td.year { text-align: center; }
table.figures th.year { text-align: center; }
"""


def _text(value: object) -> str:
    """Record text as HTML text: escaped, paragraphs kept, nothing else interpreted."""
    return html.escape(str(value), quote=True)


def _paragraphs(value: str) -> str:
    parts = [p.strip() for p in value.replace("\r\n", "\n").split("\n\n") if p.strip()]
    return "".join(f"<p>{_text(p).replace(chr(10), '<br>')}</p>" for p in parts) or "<p>—</p>"


def _record_html(p: Policy) -> str:
    numbers = {s.id: i for i, s in enumerate(p.sources, start=1)}
    kind = f"{_KIND.get(p.kind, p.kind)} {p.number}"
    date_label = _DATE_LABEL.get(p.date_kind, "Date")
    facts = (
        ("Administration", f"{p.administration} — {p.president}" if p.president
         else p.administration),
        (date_label, format_date(p.date)),
        ("Status", p.status),
        ("Sectors", "; ".join(p.sectors) or "—"),
        ("Agencies", "; ".join(p.agencies) or "—"),
    )
    out = [
        '<div style="page-break-before: always">',
        f'<p class="kind">{_text(kind.upper())} · {_text(p.id)}</p>',
        f"<h2>{_text(p.name_en)}</h2>",
        f'<p class="es">{_text(p.name_es)}</p>',
        '<table class="facts" cellspacing="0">',
    ]
    out += [f'<tr><td class="key">{_text(k)}</td><td>{_text(v)}</td></tr>' for k, v in facts]
    out.append("</table>")
    out.append(f"<h3>Summary</h3>{_paragraphs(p.summary)}")
    out.append(f"<h3>Objective</h3>{_paragraphs(p.objective)}")
    if p.measures:
        out.append("<h3>Main measures</h3><ul>")
        out += [f"<li>{_text(m)}</li>" for m in p.measures]
        out.append("</ul>")
    if p.figures:
        out.append(
            "<h3>Figures</h3>"
            '<table class="figures" width="100%" cellspacing="0"><thead><tr>'
            '<th width="46%">Figure</th><th class="num" width="22%">Value</th>'
            '<th class="year" width="9%">Year</th><th width="23%">Source</th></tr></thead>'
        )
        for f in p.figures:
            note = f'<br><span class="small">{_text(f.note)}</span>' if f.note else ""
            ref = numbers.get(f.source_id)
            source = f"[{ref}] " if ref else ""
            out.append(
                f"<tr><td>{_text(f.label)}{note}</td>"
                f'<td class="num">{_text(format_figure_value(f))}</td>'
                f'<td class="year">{"" if f.year is None else _text(f.year)}</td>'
                f'<td><span class="small">{source}{_text(f.source_id)}</span></td></tr>'
            )
        out.append("</table>")
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
    rows = (
        ("Generated", generated),
        ("Dataset version", info.dataset_version),
        ("Filters", filters or "none"),
        ("Records", f"{count} ({split})" if split else str(count)),
    )
    out = [
        f"<h1>{_text(TITLE)}</h1>",
        f'<p class="muted">{_text(info.title)}</p>',
        '<table class="facts" cellspacing="0" style="margin-top: 16px">',
    ]
    out += [f'<tr><td class="key">{_text(k)}</td><td>{_text(v)}</td></tr>' for k, v in rows]
    out.append("</table>")
    if contents:
        out.append("<h3>Contents</h3><table class=\"facts\" cellspacing=\"0\">")
        out += contents
        out.append("</table>")
    elif count == 0:
        out.append("<p>No policy matches these filters.</p>")
    if info.licence:
        out.append(f'<p class="small" style="margin-top: 18px">{_text(info.licence)}</p>')
    out.append(
        f'<p class="small">Made with mxpolicy {_text(__version__)}. Figures are quoted from '
        "the works listed under each record.</p>"
    )
    return "".join(out)


def build_report_document(
    policies: Iterable[Policy],
    info: DatasetInfo,
    filters: str,
    *,
    progress: Progress = None,
    cancelled: Cancelled = None,
) -> QTextDocument:
    """The report as a QTextDocument (cover, then one section per policy), not yet paged.

    For the GUI's print preview: `paint_report(build_report_document(...), printer, info)`.
    """
    document, _count = _build(policies, info, filters, progress, cancelled)
    return document


def _build(
    policies: Iterable[Policy],
    info: DatasetInfo,
    filters: str,
    progress: Progress,
    cancelled: Cancelled,
) -> tuple[QTextDocument, int]:
    family = ensure_fonts()
    records: list[str] = []
    contents: list[str] = []
    kinds: dict[str, int] = {}
    for count, p in enumerate(policies, start=1):
        if count % 50 == 0 and cancelled is not None and cancelled():
            raise ExportCancelled
        records.append(_record_html(p))
        kinds[p.kind] = kinds.get(p.kind, 0) + 1
        contents.append(
            f'<tr><td class="key">{_text(p.kind.capitalize())} '
            f"{p.number}</td><td>{_text(p.name_en)} "
            f'<span class="muted">· {_text(p.name_es)}</span></td></tr>'
        )
    count = len(records)
    body = _cover_html(info, filters, count, kinds, contents) + "".join(records)
    document = QTextDocument()
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, TITLE)
    font = QFont(family)
    font.setPointSizeF(BODY_POINT_SIZE)
    # No "fi"/"fl" ligatures: they come out of the PDF as U+FB01 and break search and copy.
    for tag in ("liga", "clig"):
        font.setFeature(QFont.Tag(tag), 0)
    document.setDefaultFont(font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    document.setDefaultTextOption(option)
    document.setDefaultStyleSheet(_CSS)
    document.setHtml(f"<html><body>{body}</body></html>")
    if progress is not None:
        progress(0)
    return document, count


def footer_text(dataset_version: str, page: int, pages: int) -> str:
    return f"mxpolicy dataset {dataset_version} — page {page} of {pages}"


def _device_length(device: QPagedPaintDevice, px: float) -> float:
    """How long `px` document pixels come out on `device` once Qt lays a document out for it
    (Qt scales frame margins from the screen's DPI to the device's); measured, not guessed."""
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
    """Lay `document` out for `device`'s pages and paint them with the footer; return the
    page count. `device` is a QPdfWriter or a QPrinter whose page layout is already set
    (margins included). `progress(page, pages)` is called after each page.

    Qt pages a document itself (no line or table row is split across pages); this paints
    page by page, clipped, so it can draw the footer. Each page of the document carries a
    small top and bottom margin (`PAGE_GAP_PX`) that is shifted out of sight, so the tops of
    the next page's first letters never peek in above the footer.
    """
    resolution = device.resolution()
    paint_rect = device.pageLayout().paintRectPixels(resolution)
    width, height = paint_rect.width(), paint_rect.height()
    footer_font = QFont(document.defaultFont())
    footer_font.setPointSizeF(FOOTER_POINT_SIZE)
    line = FOOTER_POINT_SIZE / 72 * resolution * 1.4
    body_height = height - 2.5 * line  # footer line plus a gap above it
    document.documentLayout().setPaintDevice(device)
    document.setDocumentMargin(PAGE_GAP_PX)
    gap = _device_length(device, PAGE_GAP_PX)
    page_height = body_height + 2 * gap
    document.setPageSize(QSizeF(width + 2 * gap, page_height))
    pages = document.pageCount()
    painter = QPainter()
    if not painter.begin(device):
        raise ExportError("Cannot start painting the report (the output device refused).")
    try:
        rule = QPen(QColor("#9bb5aa"))
        rule.setWidthF(resolution / 150)
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
            painter.translate(-gap, -(index * page_height + gap))
            document.drawContents(
                painter, QRectF(0, index * page_height, width + 2 * gap, page_height)
            )
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


def write_policies_pdf(
    path: os.PathLike[str] | str,
    policies: Iterable[Policy],
    *,
    info: DatasetInfo,
    filters: str,
    progress: Progress = None,
    cancelled: Cancelled = None,
) -> int:
    """Write the report for `policies` to `path` (A4, 15 mm margins); return the number of
    records. `progress(n)` rises to the record count as pages are painted."""
    document, count = _build(policies, info, filters, progress, cancelled)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
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
