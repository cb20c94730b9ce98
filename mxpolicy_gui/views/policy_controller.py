"""The policy tab's controller: when its query runs, when its facets are counted, and what
stays selected and painted across a reset of its rows.

The tab (`PolicyTab`) holds the widgets, reads what the person asked for (`current_query`)
and shows what comes back; this decides the timing. A search runs at once while queries are
fast, and coalesces keystrokes when they are not; facet counts follow each result a little
later through the reader (off the GUI thread in the app), and an answer for a query already
replaced is dropped. Across a reset the person's current policy stays current if it still
matches, and the detail pane paints only after the table has painted the new rows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, Qt, QTimer

from mxpolicy_gui.store.query import Facet, PolicyQuery
from mxpolicy_gui.store.reader import FacetValues

if TYPE_CHECKING:
    from mxpolicy_gui.views.policy_tab import PolicyTab

#: Below this query time the search runs on the next event-loop turn (no visible delay);
#: above it, the keystrokes of the next DEBOUNCE_MS are coalesced into one search, so typing
#: never stutters on a slow disk. The time is the store's (fetching and counting), the
#: smallest of the last few queries: one query slowed by a busy machine does not add the
#: debounce to the next keystroke. A query under one frame cannot make typing stutter (keys
#: come several frames apart), while the debounce would add DEBOUNCE_MS to the next key
#: (docs/performance.md, "Measurements behind the code").
FAST_QUERY_S = 0.016
DEBOUNCE_MS = 150
FACET_DELAY_MS = 40
QUERY_TIMES_KEPT = 3
#: The facets the filter pane shows, by its key for each.
PANEL_FACETS = {
    "sector": Facet.SECTOR,
    "administration": Facet.ADMINISTRATION,
    "status": Facet.STATUS,
}
#: Posted to the controller to let the detail pane paint again once the table has painted.
_PAINT_DETAIL = QEvent.Type(QEvent.registerEventType())
#: Posted to show the count line once the table has painted, when the count is still to run.
_SHOW_COUNTS = QEvent.Type(QEvent.registerEventType())


class PolicyController(QObject):
    """Runs the tab's query through its model and keeps its panes in step with the rows."""

    def __init__(self, tab: PolicyTab) -> None:
        super().__init__(tab)
        self.tab = tab
        self._query_times: list[float] = []
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.timeout.connect(self.apply_query)
        self._facet_timer = QTimer(self)
        self._facet_timer.setSingleShot(True)
        self._facet_timer.setInterval(FACET_DELAY_MS)
        self._facet_timer.timeout.connect(self._count_facets_later)
        self._keep_id: str | None = None
        self._resetting = False
        self._detail_pending = False
        self._counts_posted = False
        model = tab.model
        model.modelAboutToBeReset.connect(self._before_reset)
        model.modelReset.connect(self._after_reset)
        selection = tab.table.selectionModel()
        selection.currentRowChanged.connect(self._current_changed)
        selection.selectionChanged.connect(self.selection_changed)

    # -- when the query runs -----------------------------------------------------------------

    def schedule_search(self) -> None:
        """The search text changed: search now, or soon if queries have been slow."""
        if min(self._query_times, default=0.0) < FAST_QUERY_S:
            self._search_timer.start(0)
        elif not self._search_timer.isActive():
            # Coalesce, but do not postpone: restarting the timer on every key would hold the
            # search back for as long as the person keeps typing.
            self._search_timer.start(DEBOUNCE_MS)

    def apply_query(self) -> None:
        self._search_timer.stop()
        model = self.tab.model
        model.set_query(self.tab.current_query())
        self._query_times = [*self._query_times, model.last_fetch_s][-QUERY_TIMES_KEPT:]

    # -- when the facets are counted ---------------------------------------------------------

    def refresh_facets_soon(self) -> None:
        """New results are in: recount the facets once the table has had its turn."""
        self._facet_timer.start()

    def refresh_facets(self) -> None:
        """Recount the facet values under the current query, now."""
        query = self.tab.model.query
        self.show_facets(query, self.tab.reader.facets(query, tuple(PANEL_FACETS.values())))

    def _count_facets_later(self) -> None:
        query = self.tab.model.query

        def show(values: FacetValues) -> None:
            self.show_facets(query, values)

        self.tab.reader.facets_later(self.tab.kind, query, tuple(PANEL_FACETS.values()), show)

    def show_facets(self, query: PolicyQuery, values: FacetValues) -> None:
        tab = self.tab
        if query != tab.model.query or not tab.has_facets():  # counted for a replaced query
            return
        for key, facet in PANEL_FACETS.items():
            if facet in values:
                tab.facet_panel.models[key].set_values(values[facet])

    # -- across a reset of the rows ----------------------------------------------------------

    def _before_reset(self) -> None:
        self._keep_id = self.tab.current_policy_id()
        self._resetting = True

    def _after_reset(self) -> None:
        """Keep the person's current policy if it still matches, else show the first."""
        tab = self.tab
        row = tab.model.row_of(self._keep_id) if self._keep_id else -1
        tab.select_row(row if row >= 0 else 0)  # a new current policy waits, see below
        if tab.has_facets():
            self.refresh_facets_soon()
        if tab.model.total_known():
            self.show_counts()  # with the table or the empty state
        else:
            # Counting every match of a short word (half of 100,000 rows for "a") takes longer
            # than the rows: the table paints first, the count line and tab titles follow.
            tab.show_results()
            if not self._counts_posted:
                self._counts_posted = True
                QCoreApplication.postEvent(
                    self, QEvent(_SHOW_COUNTS), Qt.EventPriority.LowEventPriority.value
                )
        self.selection_changed()
        self._resetting = False
        if self._detail_pending:
            self._detail_pending = False
            self.repaint_detail_after_table()

    def repaint_detail_after_table(self) -> None:
        """Refill the detail pane for the current policy just after the table has painted.

        The new rows first: refilling the detail pane takes longer than the table's paint,
        so it is posted at low priority behind the paint the reset asked for (a pane that is
        not visible has nothing to paint first and is filled at once)."""
        tab = self.tab
        if not tab.has_detail() or tab.current_policy_id() == tab.detail_policy_id():
            return
        if not tab.detail.isVisible():
            tab.show_current_detail()
            return
        tab.detail.setUpdatesEnabled(False)
        QCoreApplication.postEvent(
            self, QEvent(_PAINT_DETAIL), Qt.EventPriority.LowEventPriority.value
        )

    def show_counts(self) -> None:
        """The count line and the empty state, and the news for the tab titles and others."""
        total, unfiltered = self.tab.show_counts()
        self.tab.countsChanged.emit(total, unfiltered)

    def customEvent(self, event: QEvent) -> None:
        if event.type() == _SHOW_COUNTS:
            self._counts_posted = False
            self.show_counts()  # for the rows shown now, whichever query they came from
            return
        if event.type() == _PAINT_DETAIL and self.tab.has_detail():
            if self.tab.detail.isVisible():  # not for a window closed meanwhile
                self.tab.show_current_detail()
            self.tab.detail.setUpdatesEnabled(True)

    def _current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        if self._resetting:
            self._detail_pending = True  # see the end of _after_reset
            return
        self.tab.show_current_detail()

    def selection_changed(self, *_args: object) -> None:
        tab = self.tab
        tab.selectionCountChanged.emit(len(tab.table.selectionModel().selectedRows()))


__all__ = ["PANEL_FACETS", "PolicyController"]
