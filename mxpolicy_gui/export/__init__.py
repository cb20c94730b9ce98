"""Exports of policy records to CSV and PDF: headless, no widgets, from store records.

CSV needs no Qt at all (and importing this package does not load QtGui); the PDF functions
are imported on first use and need a QGuiApplication. Every writer replaces its target
atomically: on an error or a cancel the old file, if any, is untouched and no temporary file
is left behind.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from mxpolicy_gui.export.errors import ExportCancelled, ExportError

if TYPE_CHECKING:
    from mxpolicy_gui.export.atomic import atomic_write
    from mxpolicy_gui.export.csv_writer import (
        FIGURE_COLUMNS,
        POLICY_COLUMNS,
        write_figures_csv,
        write_policies_csv,
    )
    from mxpolicy_gui.export.pdf import (
        build_report_document,
        paint_report,
        write_policies_pdf,
    )
    from mxpolicy_gui.export.run import FORMATS, export_to_path, format_for_path

#: Every other name is imported on first use: the window imports `export.errors` before its
#: first paint, and this package must not drag the writers (and the citation formats,
#: provenance, tempfile...) in with it.
_LAZY = {
    "atomic_write": "atomic",
    "FIGURE_COLUMNS": "csv_writer", "POLICY_COLUMNS": "csv_writer",
    "write_figures_csv": "csv_writer", "write_policies_csv": "csv_writer",
    "FORMATS": "run", "export_to_path": "run", "format_for_path": "run",
    "build_report_document": "pdf", "paint_report": "pdf", "write_policies_pdf": "pdf",
}

__all__ = [
    "FIGURE_COLUMNS", "FORMATS", "POLICY_COLUMNS", "ExportCancelled", "ExportError",
    "atomic_write", "build_report_document", "export_to_path", "format_for_path",
    "paint_report", "write_figures_csv", "write_policies_csv", "write_policies_pdf",
]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f"{__name__}.{module}"), name)
