"""Read-only access to the policy database: records in, no SQL out.

The only run-time code that touches SQLite. Opens files with `mode=ro`; never writes.
A policy in full and its parts (`Policy`, `Source`, ...) are made on first use, as in
`records`.
"""

from typing import TYPE_CHECKING

from mxpolicy_gui.store.database import Store
from mxpolicy_gui.store.errors import QueryInterrupted, StoreError
from mxpolicy_gui.store.fts import fts_expression, search_terms
from mxpolicy_gui.store.query import Facet, PolicyQuery, SortKey
from mxpolicy_gui.store.records import DatasetInfo, FacetValue, PolicyRow

if TYPE_CHECKING:
    from mxpolicy_gui.store.policy_record import (
        Figure,
        HistoryEntry,
        InstitutionRole,
        Instrument,
        Policy,
        PolicyLink,
        Source,
    )


def __getattr__(name: str) -> object:
    from mxpolicy_gui.store import records

    if name in records._FULL_RECORD:
        return getattr(records, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "DatasetInfo",
    "Facet",
    "FacetValue",
    "Figure",
    "HistoryEntry",
    "InstitutionRole",
    "Instrument",
    "Policy",
    "PolicyLink",
    "PolicyQuery",
    "PolicyRow",
    "QueryInterrupted",
    "SortKey",
    "Source",
    "Store",
    "StoreError",
    "fts_expression",
    "search_terms",
]
