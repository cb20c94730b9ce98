"""Read-only access to the policy database: records in, no SQL out.

The only run-time code that touches SQLite. Opens files with `mode=ro`; never writes.
A policy in full and its parts (`Policy`, `Source`, ...) are imported from `records`, which
makes them on first use.
"""

from mxpolicy_gui.store.database import Store
from mxpolicy_gui.store.errors import QueryInterrupted, StoreError
from mxpolicy_gui.store.fts import fts_expression, search_terms
from mxpolicy_gui.store.query import Facet, PolicyQuery, SortKey
from mxpolicy_gui.store.records import DatasetInfo, FacetValue, PolicyRow

__all__ = [
    "DatasetInfo",
    "Facet",
    "FacetValue",
    "PolicyQuery",
    "PolicyRow",
    "QueryInterrupted",
    "SortKey",
    "Store",
    "StoreError",
    "fts_expression",
    "search_terms",
]
