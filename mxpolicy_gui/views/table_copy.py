"""Rows of a table as tab-separated text with a header line, the way spreadsheets paste it."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QTableView


def _cell(text: object) -> str:
    """One cell on one line: a tab or line break inside it would split the pasted row."""
    return " ".join(str(text if text is not None else "").split())


def rows_as_tsv(model: QAbstractItemModel, rows: Iterable[int], columns: list[int]) -> str:
    """A header line and one line per row, in the order given; cells as shown on screen."""
    display = Qt.ItemDataRole.DisplayRole
    lines = [
        "\t".join(_cell(model.headerData(c, Qt.Orientation.Horizontal, display)) for c in columns)
    ]
    for row in rows:
        lines.append("\t".join(_cell(model.index(row, c).data(display)) for c in columns))
    return "\n".join(lines) + "\n"


def visible_columns(view: QTableView) -> list[int]:
    """Columns in the order the person sees them, hidden ones left out."""
    header = view.horizontalHeader()
    logical = [header.logicalIndex(v) for v in range(header.count())]
    return [c for c in logical if not header.isSectionHidden(c)]


def selected_rows(view: QTableView) -> list[int]:
    return sorted({i.row() for i in view.selectionModel().selectedRows()})


def copy_selected_rows(view: QTableView) -> int:
    """Put the selected rows (or the current one) on the clipboard; returns how many."""
    rows = selected_rows(view)
    if not rows and view.currentIndex().isValid():
        rows = [view.currentIndex().row()]
    if not rows:
        return 0
    text = rows_as_tsv(view.model(), rows, visible_columns(view))
    QGuiApplication.clipboard().setText(text)
    return len(rows)
