"""Write the report to a PDF file: A4, title metadata, bookmarks, written atomically.

Qt writes the pages but neither an outline nor subject and keywords; `outline` appends them as
an incremental update (the pages Qt wrote are not rewritten: a few kB and milliseconds even for
a thousand pages).
"""

from __future__ import annotations

import os
from collections.abc import Iterable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

from mxpolicy_gui import __version__
from mxpolicy_gui.export.atomic import atomic_write
from mxpolicy_gui.export.errors import ExportCancelled
from mxpolicy_gui.export.pdf import html as h
from mxpolicy_gui.export.pdf import style as s
from mxpolicy_gui.export.pdf.document import Cancelled, Progress, ReportDocument, build
from mxpolicy_gui.export.pdf.outline import Bookmark, OutlineError, append_outline
from mxpolicy_gui.export.pdf.painting import paint_report
from mxpolicy_gui.store.records import DatasetInfo, Policy
from mxpolicy_gui.vocabulary import translate

SUBJECT = ("Mexican public service innovations 2019–2022 and structural reforms 2012–2018: "
           "status, figures and sources")
KEYWORDS = "Mexico; public policy; structural reforms; public service innovation; México"


def _pdf_writer(buffer: QBuffer) -> QPdfWriter:
    writer = QPdfWriter(buffer)
    writer.setResolution(s.RESOLUTION)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
            QMarginsF(s.MARGIN_MM, s.MARGIN_MM, s.MARGIN_MM, s.MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setTitle(h.report_title())
    writer.setCreator(f"mxpolicy {__version__}")
    writer.setAuthor("mxpolicy")
    return writer


def bookmarks(document: ReportDocument) -> list[Bookmark]:
    """Contents; one entry per kind holding its policies, each at its first page; sources."""
    pages = document.record_pages
    marks: list[Bookmark] = []
    if document.contents is not None:
        marks.append(Bookmark(translate("Report", "Contents"), 1))
    if document.timeline is not None and document.timeline_page is not None:
        marks.append(Bookmark(translate("Report", "Timeline"), document.timeline_page))
    for entry in document.entries:
        page = pages.get(entry.key, 0)
        if not marks or marks[-1].title != h.kind_heading(entry.kind):
            marks.append(Bookmark(h.kind_heading(entry.kind), page))
        marks[-1].children.append(Bookmark(f"{entry.policy.number}. {entry.title}", page))
    if document.bibliography is not None and document.sources_page is not None:
        marks.append(Bookmark(translate("Report", "Sources"), document.sources_page))
    return marks


def add_outline_and_metadata(pdf: bytes, document: ReportDocument, info: DatasetInfo) -> bytes:
    """The PDF with bookmarks and full metadata; unchanged if Qt's output is not as expected
    (bookmarks are a convenience, never a reason to fail an export)."""
    metadata = {
        "Title": h.report_title(),
        "Subject": SUBJECT,
        "Author": "mxpolicy developers",
        "Keywords": f"{KEYWORDS}; dataset {info.dataset_version}",
        "Creator": f"mxpolicy {__version__}",
    }
    try:
        return append_outline(pdf, bookmarks(document), metadata)
    except OutlineError:
        return pdf


def write_policies_pdf(
    path: os.PathLike[str] | str,
    policies: Iterable[Policy],
    *,
    info: DatasetInfo,
    filters: str,
    database_sha256: str | None = None,
    progress: Progress = None,
    cancelled: Cancelled = None,
    timeline: object | None = None,
    timeline_ids: set[str] | None = None,
) -> int:
    """Write the report for `policies` to `path`; return the number of records.
    `progress(n)` rises to the record count, to half of it while the records are read and
    parsed and the rest as pages are painted; `cancelled()` is polled between chunks of
    records and between pages."""
    document = build(policies, info, filters, database_sha256=database_sha256,
                     cancelled=cancelled, progress=progress, timeline=timeline,
                     timeline_ids=timeline_ids)
    count = document.count
    half = count // 2
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = _pdf_writer(buffer)

    def pages_done(page: int, pages: int) -> None:
        if progress is not None:
            progress(half + (count - half) * page // pages)

    paint_report(document, writer, info.dataset_version, progress=pages_done,
                 cancelled=cancelled)
    del writer
    buffer.close()
    if cancelled is not None and cancelled():
        raise ExportCancelled
    pdf = add_outline_and_metadata(bytes(data.data()), document, info)
    with atomic_write(path, "wb") as handle:
        handle.write(pdf)
    return count
