"""Records the store hands out: frozen dataclasses, so no caller sees rows or SQL.

What a table shows (`PolicyRow`, `FacetValue`, `DatasetInfo`) is defined here; a policy in
full and its parts (`Policy`, `Source`, `Figure`, ...) in `policy_record.py`, made on first
use under the same names: making those dataclasses is a measurable part of the window's
start, and its first paint shows none of them (docs/performance.md).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from mxpolicy_gui.dataset import PolicyListing
from mxpolicy_gui.vocabulary import split_list


@dataclass(frozen=True, slots=True)
class PolicyRow(PolicyListing):
    """What a table row shows; cheap to load in pages of hundreds."""

    @classmethod
    def from_row(cls, row: Sequence[Any]) -> PolicyRow:
        """Both row queries (relevance and column order) store sectors and agencies as one
        joined string: every path must split them, or a view would iterate a string."""
        return cls(
            row[0], row[1], row[2], row[3], row[4], split_list(row[5]), split_list(row[6]),
            row[7], row[8], row[9], row[10],
        )


@dataclass(frozen=True, slots=True)
class FacetValue:
    value: str
    count: int


@dataclass(frozen=True, slots=True)
class DatasetInfo:
    dataset_version: str
    schema_version: int
    title: str
    licence: str
    counts: dict[str, int]
    path: str
    #: The title and licence in Spanish, for Spanish readers (`content.text_in`); "" if none.
    title_es: str = ""
    licence_es: str = ""


#: Defined in `policy_record.py`, made when first asked for (see the module's docstring).
_FULL_RECORD = frozenset(
    {"Figure", "HistoryEntry", "InstitutionRole", "Instrument", "Policy", "PolicyLink", "Source"}
)

if TYPE_CHECKING:  # "as" re-exports each name for the type checker
    from mxpolicy_gui.store.policy_record import Figure as Figure
    from mxpolicy_gui.store.policy_record import HistoryEntry as HistoryEntry
    from mxpolicy_gui.store.policy_record import InstitutionRole as InstitutionRole
    from mxpolicy_gui.store.policy_record import Instrument as Instrument
    from mxpolicy_gui.store.policy_record import Policy as Policy
    from mxpolicy_gui.store.policy_record import PolicyLink as PolicyLink
    from mxpolicy_gui.store.policy_record import Source as Source


def __getattr__(name: str) -> object:
    if name in _FULL_RECORD:
        from mxpolicy_gui.store import policy_record

        value: object = getattr(policy_record, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["DatasetInfo", "FacetValue", "PolicyRow"]
