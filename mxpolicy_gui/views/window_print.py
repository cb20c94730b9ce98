"""Print and print preview of the report the PDF export writes (File ▸ Print…).

Kept apart from `main_window` (which would pass 450 lines); imported on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt

if TYPE_CHECKING:
    from mxpolicy_gui.views.main_window import MainWindow


def render_report(window: MainWindow, printer) -> int:
    """Paint the same report as the PDF export on `printer` (preview or real)."""
    from mxpolicy_gui.export.pdf import build_report_document, paint_report

    query = window._report_query()
    document = build_report_document(window.iter_policies(query), window.info, query.describe())
    return paint_report(document, printer, window.info.dataset_version)


def print_preview(window: MainWindow):
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    # QPrinter is not a QObject, so nothing in Qt keeps it alive: the non-modal dialog paints
    # with it long after this method returns. The window holds it until the dialog is gone;
    # a local here was freed by Python and the next paint segfaulted.
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintPreviewDialog(printer, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.preview_printers[id(dialog)] = printer
    key = id(dialog)
    dialog.destroyed.connect(lambda _obj=None, k=key: window.preview_printers.pop(k, None))
    dialog.setWindowTitle(QCoreApplication.translate("MainWindow", "Print preview"))
    dialog.setAccessibleName(QCoreApplication.translate("MainWindow", "Print preview"))
    dialog.paintRequested.connect(window.render_report)
    dialog.resize(900, 1000)
    dialog.open()
    return dialog


def print_report(window: MainWindow) -> None:
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, window)
    if dialog.exec() == QPrintDialog.DialogCode.Accepted:
        window.render_report(printer)
