"""The table of policies for one tab, loaded lazily page by page.

Searching, filtering and sorting happen in SQLite (the store); this model only holds the rows
fetched so far, so a 100,000-record database opens as fast as a 25-record one.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from mxpolicy_gui.content import SPANISH, name_in, other_name
from mxpolicy_gui.formatting import format_date
from mxpolicy_gui.i18n import current_language
from mxpolicy_gui.store.query import PolicyQuery, SortKey
from mxpolicy_gui.store.records import PolicyRow
from mxpolicy_gui.vocabulary import (
    QT_TRANSLATE_NOOP,
    date_kind_of,
    join_for_reading,
    sector_labels,
    status_label,
)

RowFetcher = Callable[[PolicyQuery, int, int], list[PolicyRow]]
Counter = Callable[[PolicyQuery], int]

COL_NUMBER, COL_NAME, COL_SECTOR, COL_AGENCY, COL_DATE, COL_STATUS = range(6)
HEADERS = (
    QT_TRANSLATE_NOOP("PolicyTableModel", "No."),
    QT_TRANSLATE_NOOP("PolicyTableModel", "Name"),
    QT_TRANSLATE_NOOP("PolicyTableModel", "Sector"),
    QT_TRANSLATE_NOOP("PolicyTableModel", "Agency"),
    QT_TRANSLATE_NOOP("PolicyTableModel", "Date"),
    QT_TRANSLATE_NOOP("PolicyTableModel", "Status"),
)
SORT_KEYS = {
    COL_NUMBER: SortKey.NUMBER,
    COL_NAME: SortKey.NAME_EN,
    COL_SECTOR: SortKey.SECTOR,
    COL_AGENCY: SortKey.AGENCY,
    COL_DATE: SortKey.DATE,
    COL_STATUS: SortKey.STATUS,
}

#: The PolicyRow behind a row; still works through a proxy model.
RecordRole = Qt.ItemDataRole.UserRole + 1
IdRole = Qt.ItemDataRole.UserRole + 2

# `data` runs for every visible cell and every role a delegate asks about, over a thousand
# times per repaint (docs/performance.md): plain ints compare faster than enum members.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_RECORD = int(RecordRole)
_ID = int(IdRole)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

_Index = QModelIndex | QPersistentModelIndex
_ACRONYM = re.compile(r"\(([^()]{2,16})\)\s*$")


def short_agencies(agencies: tuple[str, ...]) -> str:
    """("Comisión Federal de Electricidad (CFE)", "Secretaría de Energía (SENER)") →
    "CFE, SENER"."""
    short = []
    for name in agencies:
        match = _ACRONYM.search(name)
        short.append(match.group(1) if match else name)
    return join_for_reading(short)


def display_cells(row: PolicyRow) -> tuple[str, ...]:
    """What each column shows for `row`, in column order."""
    return (
        str(row.number),
        name_in(row, current_language()),
        join_for_reading(sector_labels(row.sectors)),
        short_agencies(row.agencies),
        format_date(row.date),
        status_label(row.status),
    )


class PolicyTableModel(QAbstractTableModel):
    """Rows of one query; `set_query` resets, `fetchMore` appends the next page."""

    #: Emitted after every reset with (rows matching the query, rows in the unfiltered kind).
    totalsChanged = Signal(int, int)

    def __init__(
        self,
        fetch_rows: RowFetcher,
        count: Counter,
        *,
        page_size: int = 256,
        first_page: int = 64,
        parent=None,
    ) -> None:
        """`first_page`: the rows a new query loads, a screenful and more (every search key
        is a new query, and making rows is a third of its time); scrolling loads
        `page_size` more at a time."""
        super().__init__(parent)
        self._fetch_rows = fetch_rows
        self._count = count
        self._page_size = page_size
        self._first_page = min(first_page, page_size)
        #: The policy the person is on (set by the view's owner). If they went down the list
        #: past the first rows for it, a new query loads up to a full page to find it again,
        #: so it can stay current.
        self.keep_loaded: Callable[[], str | None] = lambda: None
        self._query = PolicyQuery()
        self._rows: list[PolicyRow] = []
        #: Display texts per row, made the first time the row is shown (few rows ever are).
        self._cells: list[tuple[str, ...] | None] = []
        #: Rows matching the query; None until asked for when the first page came back full
        #: (counting every match of a short word takes longer than the rows do).
        self._total: int | None = 0
        self._unfiltered = 0
        #: Seconds the last `set_query` spent in the store (fetching and counting).
        self.last_fetch_s = 0.0
        self._queried = False

    # -- querying ------------------------------------------------------------------------

    @property
    def query(self) -> PolicyQuery:
        return self._query

    @property
    def total(self) -> int:
        """Rows matching the query, counted on first use after a full first page: the table
        paints its rows first, the count line follows (`PolicyController`)."""
        if self._total is None:
            self._total = self._count(self._query)
            self.totalsChanged.emit(self._total, self._unfiltered)
        return self._total

    def total_known(self) -> bool:
        """True when reading `total` costs nothing (no count query to run)."""
        return self._total is not None

    @property
    def unfiltered_total(self) -> int:
        return self._unfiltered

    def set_query(self, query: PolicyQuery) -> None:
        kind_changed = query.kind != self._query.kind or not self._unfiltered
        started = time.perf_counter()
        asked = self._first_page
        rows = self._fetch_rows(query, 0, asked)
        keep = self.keep_loaded()
        if (keep and len(rows) == asked and self.row_of(keep) >= asked
                and all(r.id != keep for r in rows)):
            rows += self._fetch_rows(query, asked, self._page_size - asked)
            asked = self._page_size
        total = len(rows) if len(rows) < asked else None
        unfiltered = self._count(PolicyQuery(kind=query.kind)) if kind_changed else None
        self.last_fetch_s = time.perf_counter() - started
        self.beginResetModel()
        self._query = query
        self._queried = True
        self._rows = rows
        self._cells = [None] * len(rows)
        self._total = total
        if unfiltered is not None:
            self._unfiltered = unfiltered
        self.endResetModel()
        if total is not None:
            self.totalsChanged.emit(total, self._unfiltered)

    def retranslate(self) -> None:
        """Show headers and cells in the language just installed (the cells are cached)."""
        self._cells = [None] * len(self._rows)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(HEADERS) - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(HEADERS) - 1)
            )

    def row_record(self, row: int) -> PolicyRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def display_text(self, row: int, column: int) -> str | None:
        """What `data` shows for (row, column), for a delegate that paints without asking Qt."""
        if not 0 <= row < len(self._rows) or not 0 <= column < len(HEADERS):
            return None
        cells = self._cells[row]
        if cells is None:
            cells = self._cells[row] = display_cells(self._rows[row])
        return cells[column]

    def row_of(self, policy_id: str) -> int:
        """Row of a loaded policy, or -1."""
        return next((i for i, r in enumerate(self._rows) if r.id == policy_id), -1)

    # -- Qt model API --------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        # Not yet counted: the first page came back full, so there may be more.
        return not parent.isValid() and (self._total is None or len(self._rows) < self._total)

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        more = self._fetch_rows(self._query, len(self._rows), self._page_size)
        if self._total is not None:
            more = more[: self._total - len(self._rows)]
        elif len(more) < self._page_size:  # the last page: the count is known now
            self._total = len(self._rows) + len(more)
            self.totalsChanged.emit(self._total, self._unfiltered)
        if not more:
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self._rows.extend(more)
        self._cells.extend([None] * len(more))
        self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(HEADERS):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr(HEADERS[section])
            if role == Qt.ItemDataRole.ToolTipRole and section == COL_NAME:
                if current_language() == SPANISH:
                    return self.tr("Name in Spanish; hover a row for the English name")
                return self.tr("Name in English; hover a row for the Spanish name")
        return None

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        row = index.row()  # -1 for an invalid index
        if not 0 <= row < len(self._rows):
            return None
        if role == _DISPLAY:
            cells = self._cells[row]
            if cells is None:
                cells = self._cells[row] = display_cells(self._rows[row])
            col = index.column()
            return cells[col] if 0 <= col < len(cells) else None
        if role == _ALIGNMENT:
            return _RIGHT if index.column() == COL_NUMBER else None
        if role == _TOOLTIP:
            record = self._rows[row]
            col = index.column()
            if col == COL_NAME:
                language = current_language()
                return f"{name_in(record, language)}\n{other_name(record, language)}"
            if col == COL_AGENCY:
                return "\n".join(record.agencies)
            if col == COL_DATE:
                return f"{date_kind_of(record.date_kind).label}: {format_date(record.date)}"
            return None
        if role == _RECORD:
            return self._rows[row]
        if role == _ID:
            return self._rows[row].id
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(column)
        if key is None:
            return
        if key is SortKey.NAME_EN and current_language() == SPANISH:
            key = SortKey.NAME_ES
        descending = order == Qt.SortOrder.DescendingOrder
        if key == self._query.sort and descending == self._query.descending and self._rows:
            return
        if not self._queried:
            # Before the first query (a view calls this when sorting is switched on), only
            # remember the order: fetching now would load rows about to be replaced.
            self._query = self._query.with_(sort=key, descending=descending)
            return
        self.set_query(self._query.with_(sort=key, descending=descending))
