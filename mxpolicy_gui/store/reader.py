"""What the views read: one interface, whoever answers it.

The views depend on `PolicyReader` only. `Store` implements it on the calling thread; the
app hands the views `BackgroundReader` (mxpolicy_gui/background.py), which answers the same
calls from the same store but counts facets on the background thread. Either way a view has
one code path: it asks `facets_later` and shows what `done` is given, whenever that is.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Protocol

from mxpolicy_gui.store.query import Facet, PolicyQuery
from mxpolicy_gui.store.records import FacetValue, PolicyRow

if TYPE_CHECKING:
    from mxpolicy_gui.store.policy_record import Policy
    from mxpolicy_gui.store.timeline import TimelineData

FacetValues = dict[Facet, list[FacetValue]]
FacetsDone = Callable[[FacetValues], None]


class PolicyReader(Protocol):
    """Read-only questions the window asks of the policies."""

    def rows(self, query: PolicyQuery, offset: int = 0, limit: int = 256) -> list[PolicyRow]:
        """One page of table rows matching `query`."""
        ...

    def count(self, query: PolicyQuery) -> int:
        """How many policies match `query`."""
        ...

    def facets(self, query: PolicyQuery, facets: Sequence[Facet]) -> FacetValues:
        """Each facet's values with counts under the other filters of `query`, now."""
        ...

    def facets_later(
        self, key: str, query: PolicyQuery, facets: Sequence[Facet], done: FacetsDone
    ) -> None:
        """`facets(query, facets)` handed to `done` on the calling thread, now or later; a
        newer request with the same `key` may supersede one not yet answered."""
        ...

    def year_bounds(self, kind: str | None = None) -> tuple[int, int] | None:
        """The first and last year with policies of `kind`; None if none has a date."""
        ...

    def policy(self, policy_id: str) -> Policy | None:
        """The full record, or None if the id is unknown."""
        ...

    def iter_policies(self, query: PolicyQuery) -> Iterable[Policy]:
        """Every matching full record, in the query's order (print and preview)."""
        ...

    def timeline(self) -> TimelineData:
        """Everything the timeline shows."""
        ...

    def matching_ids(self, query: PolicyQuery) -> set[str]:
        """Ids of every policy `query` matches (the timeline dims the others)."""
        ...


class AnswersNow:
    """`facets_later` for a reader on the GUI thread: it answers at once."""

    def facets(self, query: PolicyQuery, facets: Sequence[Facet]) -> FacetValues:
        raise NotImplementedError

    def facets_later(
        self, key: str, query: PolicyQuery, facets: Sequence[Facet], done: FacetsDone
    ) -> None:
        done(self.facets(query, facets))


__all__ = ["AnswersNow", "FacetValues", "FacetsDone", "PolicyReader"]
