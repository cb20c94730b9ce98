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
BODY_POINT_SIZE = 9.5
FOOTER_POINT_SIZE = 7.5

Progress = Callable[[int], None] | None
Cancelled = Callable[[], bool] | None

_KIND = {"innovation": "Public service innovation", "reform": "Structural reform"}
_DATE_LABEL = {"dof": "Published in the DOF", "start": "Started"}

# Qt's rich text knows a subset of CSS 2.1; everything below is in it.
_CSS = """
body { color: #1a1a1a; }
h1 { font-size: 20pt; font-weight: bold; color: #0b3d2e; margin: 0 0 6pt 0; }
h2 { font-size: 14pt; font-weight: bold; color: #0b3d2e; margin: 0 0 2pt 0; }
h3 { font-size: 10.5pt; font-weight: bold; color: #0b3d2e; margin: 10pt 0 3pt 0; }
p { margin: 0 0 4pt 0; }
.es { font-size: 11pt; color: #555555; margin: 0 0 6pt 0; }
.kind { font-size: 8.5pt; color: #7a5c00; font-weight: bold; margin: 0 0 2pt 0; }
.muted { color: #666666; }
.small { font-size: 8pt; color: #666666; }
table.facts td { padding: 1pt 6pt 1pt 0; vertical-align: top; }
td.key { color: #555555; font-weight: bold; white-space: nowrap; }
table.figures { border-collapse: collapse; }
table.figures th { background-color: #e6eeea; color: #0b3d2e; font-weight: bold;
                   text-align: left; padding: 2pt 4pt; border-bottom: 1px solid #9bb5aa; }
table.figures td { padding: 2pt 4pt; vertical-align: top; border-bottom: 1px solid #dde5e1; }
td.num { text-align: right; white-space: nowrap; }
ol, ul { margin: 0 0 0 0; }
li { margin: 0 0 2pt 0; }
.cover td { padding: 2pt 10pt 2pt 0; vertical-align: top; }
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
            '<th width="47%">Figure</th><th width="25%">Value</th><th width="8%">Year</th>'
            '<th width="20%">Source</th></tr></thead>'
        )
        for f in p.figures:
            note = f'<br><span class="small">{_text(f.note)}</span>' if f.note else ""
            ref = numbers.get(f.source_id)
            source = f"[{ref}] " if ref else ""
            out.append(
                f"<tr><td>{_text(f.label)}{note}</td>"
                f'<td class="num">{_text(format_figure_value(f))}</td>'
                f"<td>{'' if f.year is None else _text(f.year)}</td>"
                f'<td><span class="small">{source}{_text(f.source_id)}</span></td></tr>'
            )
        out.append("</table>")
    if p.sources:
        out.append("<h3>Sources</h3><ol>")
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
        '<table class="cover" cellspacing="0" style="margin-top: 12pt">',
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
        out.append(f'<p class="small" style="margin-top: 14pt">{_text(info.licence)}</p>')
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
            f'<tr><td class="key">{_text(_KIND.get(p.kind, p.kind).split()[-1])} '
            f"{p.number}</td><td>{_text(p.name_en)} "
            f'<span class="muted">· {_text(p.name_es)}</span></td></tr>'
        )
    count = len(records)
    body = _cover_html(info, filters, count, kinds, contents) + "".join(records)
    document = QTextDocument()
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, TITLE)
    font = QFont(family)
    font.setPointSizeF(BODY_POINT_SIZE)
    document.setDefaultFont(font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    document.setDefaultTextOption(option)
    document.setDocumentMargin(0)
    document.setDefaultStyleSheet(_CSS)
    document.setHtml(f"<html><body>{body}</body></html>")
    if progress is not None:
        progress(0)
    return document, count


def footer_text(dataset_version: str, page: int, pages: int) -> str:
    return f"mxpolicy dataset {dataset_version} — page {page} of {pages}"


def paint_report(
    document: QTextDocument,
    device: QPagedPaintDevice,
    dataset_version: str,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Cancelled = None,
) -> int:
    """Lay `document` out for `device`'s pages and paint them with the footer; return the
    page count. `device` is a QPdfWriter or a QPrinter whose page layout is already set.
    `progress(page, pages)` is called after each page."""
    resolution = device.resolution()
    paint_rect = device.pageLayout().paintRectPixels(resolution)
    width, height = paint_rect.width(), paint_rect.height()
    footer_font = QFont(document.defaultFont())
    footer_font.setPointSizeF(FOOTER_POINT_SIZE)
    # Footer band: the footer line plus a gap of 1.5 lines between body and footer.
    line = footer_font.pointSizeF() / 72 * resolution * 1.3
    body_height = height - 2.8 * line
    document.documentLayout().setPaintDevice(device)
    document.setPageSize(QSizeF(width, body_height))
    pages = document.pageCount()
    painter = QPainter()
    if not painter.begin(device):
        raise ExportError("Cannot start painting the report (the output device refused).")
    try:
        pen = QPen(QColor("#9bb5aa"))
        pen.setWidthF(resolution / 150)
        for index in range(pages):
            if cancelled is not None and cancelled():
                raise ExportCancelled
            if index and not device.newPage():
                raise ExportError("Cannot add a page to the report.")
            painter.save()
            painter.translate(0, -index * body_height)
            document.drawContents(painter, QRectF(0, index * body_height, width, body_height))
            painter.restore()
            top = height - 1.3 * line
            painter.setPen(pen)
            painter.drawLine(QLineF(0, top, width, top))
            painter.setPen(QColor("#555555"))
            painter.setFont(footer_font)
            band = QRectF(0, top, width, height - top)
            painter.drawText(band, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, TITLE)
            painter.drawText(
                band, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                footer_text(dataset_version, index + 1, pages),
            )
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
