"""When a tab's query runs and when its facet counts are refreshed: the tab's controller.

The tab reads what the person asked for (`current_query`) and shows what comes back; this
decides the timing. A search runs at once while queries are fast, and coalesces keystrokes
when they are not; facet counts follow each result a little later, off the GUI thread when
the app can, and an answer for a query already replaced is dropped.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from mxpolicy_gui.models.policy_table import PolicyTableModel
from mxpolicy_gui.store.query import Facet, PolicyQuery
from mxpolicy_gui.store.records import FacetValue

FacetProvider = Callable[[PolicyQuery, Facet], list[FacetValue]]
FacetValues = dict[Facet, list[FacetValue]]
#: Counts `facets` under a query off the GUI thread and later calls `done(values)` on the
#: GUI thread; a newer request from the same tab supersedes one not yet answered.
FacetsLater = Callable[[PolicyQuery, tuple[Facet, ...], Callable[[FacetValues], None]], None]

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


class TabScheduler(QObject):
    """Runs `current_query()` through `model` and recounts `facets` for `show_facets`."""

    def __init__(
        self,
        model: PolicyTableModel,
        current_query: Callable[[], PolicyQuery],
        facets: tuple[Facet, ...],
        count_facets: FacetProvider,
        show_facets: Callable[[PolicyQuery, FacetValues], None],
        facets_later: FacetsLater | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._model = model
        self._current_query = current_query
        self._facets = facets
        self._count_facets = count_facets
        self._show_facets = show_facets
        self._facets_later = facets_later
        self._query_times: list[float] = []
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.timeout.connect(self.apply_query)
        self._facet_timer = QTimer(self)
        self._facet_timer.setSingleShot(True)
        self._facet_timer.setInterval(FACET_DELAY_MS)
        self._facet_timer.timeout.connect(self._refresh_facets_off_thread)

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
        self._model.set_query(self._current_query())
        self._query_times = [*self._query_times, self._model.last_fetch_s][-QUERY_TIMES_KEPT:]

    def refresh_facets_soon(self) -> None:
        """New results are in: recount the facets once the table has had its turn."""
        self._facet_timer.start()

    def refresh_facets(self) -> None:
        """Recount the facet values under the current query, now."""
        query = self._model.query
        self._show_facets(query, {f: self._count_facets(query, f) for f in self._facets})

    def _refresh_facets_off_thread(self) -> None:
        """Recount off the GUI thread if the tab can, so typing never waits for the counts."""
        if self._facets_later is None:
            self.refresh_facets()
            return
        query = self._model.query

        def show(values: FacetValues) -> None:
            self._show_facets(query, values)

        self._facets_later(query, self._facets, show)
