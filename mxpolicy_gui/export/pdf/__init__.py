"""The PDF report, split by role: `style` (sizes, CSS), `html` (the report's HTML), `units`
(the 72-dpi reference device and lengths measured on it), `paging` (the paging engine),
`document` (building and paging the report), `painting` (pages, header, footer, charts onto
any paged device) and `writer` (the PDF file with outline and metadata).

Needs a QGuiApplication (fonts and layout); no widgets.
"""

from __future__ import annotations

from collections.abc import Iterable

from mxpolicy_gui.export.pdf.document import Cancelled, ReportDocument, build
from mxpolicy_gui.export.pdf.painting import footer_text, paint_report
from mxpolicy_gui.export.pdf.style import TITLE
from mxpolicy_gui.export.pdf.writer import write_policies_pdf
from mxpolicy_gui.store.records import DatasetInfo, Policy


def build_report_document(policies: Iterable[Policy], info: DatasetInfo, filters: str, *,
                          cancelled: Cancelled = None, database_sha256: str | None = None,
                          ) -> ReportDocument:
    """The report (cover, contents, the policies, the sources), parsed but not yet paged.
    Print or preview it with `paint_report(document, device, info.dataset_version)`."""
    return build(policies, info, filters, cancelled=cancelled, database_sha256=database_sha256)


__all__ = [
    "TITLE", "ReportDocument", "build_report_document", "footer_text", "paint_report",
    "write_policies_pdf",
]
