"""File ▸ Export citations…: the works behind the selected policies (or all shown) as BibTeX,
RIS or CSL-JSON, the format chosen by the save dialog's file type.

Kept out of main_window.py (the window only calls `add_citation_export`); the export itself
runs on the window's `ExportController` worker, like the CSV and PDF exports.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from mxpolicy_gui.settings import EXPORT_FOLDER
from mxpolicy_gui.views.export_controller import ExportRequest
from mxpolicy_gui.vocabulary import kind_of

if TYPE_CHECKING:
    from mxpolicy_gui.views.main_window import MainWindow

ACTION_KEY = "export_citations"


def file_filters() -> dict[str, str]:
    """Save-dialog file type → export format."""
    return {
        QCoreApplication.translate("CitationExport", "BibTeX (*.bib)"): "bibtex",
        QCoreApplication.translate(
            "CitationExport", "RIS, for Zotero, EndNote, Mendeley (*.ris)"
        ): "ris",
        QCoreApplication.translate(
            "CitationExport", "CSL-JSON, for Zotero, Pandoc (*.json)"
        ): "csljson",
    }


def ask_citation_path(window: MainWindow, suggested: str) -> tuple[Path, str] | None:
    """The save dialog: (path with its extension, format), or None when cancelled. Tests
    replace this function."""
    from PySide6.QtCore import QStandardPaths  # (dialogs and paths: made when first used)
    from PySide6.QtWidgets import QFileDialog

    folder = str(
        EXPORT_FOLDER.get(window.settings)
        or QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    )
    filters = file_filters()
    name, chosen = QFileDialog.getSaveFileName(
        window,
        QCoreApplication.translate("CitationExport", "Export citations"),
        str(Path(folder) / suggested),
        ";;".join(filters),
    )
    if not name:
        return None
    return path_and_format(Path(name), filters.get(chosen, "bibtex"))


def path_and_format(path: Path, fmt: str) -> tuple[Path, str]:
    """The extension decides when it names a citation format; else the chosen file type's
    extension is added."""
    # Imported here: the menu is built before the first paint, the formats are not needed then.
    from mxpolicy_gui.export.citations import EXTENSIONS

    by_suffix = {ext: f for f, ext in EXTENSIONS.items()}
    if path.suffix.lower() in by_suffix:
        return path, by_suffix[path.suffix.lower()]
    return path.with_name(path.name + EXTENSIONS[fmt]), fmt


def export_citations(window: MainWindow) -> None:
    """Export the citations of the selected rows, or of every row shown in the current tab."""
    if window.exporter is None or window.exporter.busy():
        return
    query = window.selection_query()
    tab = window.current_tab()
    count = len(query.ids or ()) if query is not None else tab.model.total
    query = query or tab.model.query
    if count == 0:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(
            QMessageBox.Icon.Information,
            QCoreApplication.translate("CitationExport", "Nothing to export"),
            QCoreApplication.translate(
                "CitationExport", "No policies match the current search and filters."
            ),
            QMessageBox.StandardButton.Ok,
            window,
        )
        box.setAccessibleName(QCoreApplication.translate("CitationExport", "Nothing to export"))
        box.open()
        return
    found = kind_of(query.kind)
    kind = found.plural if found else "policies"
    suggested = f"mxpolicy-{kind}{'-selection' if query.ids else ''}-citations.bib"
    chosen = ask_citation_path(window, suggested)
    if chosen is None:
        return
    path, fmt = chosen
    EXPORT_FOLDER.set(window.settings, str(path.parent))
    window.exporter.start(ExportRequest(query=query, path=path, fmt=fmt, expected=count))


def add_citation_export(window: MainWindow, menu: QMenu) -> QAction:
    """Add File ▸ Export citations… to `menu`, registered in `window.actions`."""
    action = QAction(QCoreApplication.translate("CitationExport", "Export &citations…"), window)
    action.setStatusTip(
        QCoreApplication.translate(
            "CitationExport",
            "Save the works the selected (or shown) policies cite, for a "
            "reference manager: BibTeX, RIS or CSL-JSON",
        )
    )
    action.triggered.connect(lambda _checked=False: export_citations(window))
    window.addAction(action)
    window.actions[ACTION_KEY] = action
    menu.addAction(action)
    return action
