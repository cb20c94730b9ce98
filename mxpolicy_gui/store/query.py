"""What a person asks for: search text, facet filters and sort, as a value object.

Turning it into SQL happens only in `store.sql`; everything user-typed becomes a bound
parameter, and sort keys come from a fixed whitelist.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import StrEnum

from mxpolicy_gui.vocabulary import join_clauses, kind_plural, sector_label, status_label, translate


class SortKey(StrEnum):
    #: Best match first (weighted bm25) when the text has words to match; number otherwise.
    RELEVANCE = "relevance"
    NUMBER = "number"
    NAME_EN = "name_en"
    NAME_ES = "name_es"
    SECTOR = "sectors"
    AGENCY = "agencies"
    DATE = "date"
    STATUS = "status"
    ADMINISTRATION = "administration"


class Facet(StrEnum):
    SECTOR = "sector"
    ADMINISTRATION = "administration"
    STATUS = "status"
    YEAR = "year"


@dataclass(frozen=True)
class PolicyQuery:
    kind: str | None = None
    text: str = ""
    sectors: frozenset[str] = field(default_factory=frozenset)
    administrations: frozenset[str] = field(default_factory=frozenset)
    statuses: frozenset[str] = field(default_factory=frozenset)
    year_from: int | None = None
    year_to: int | None = None
    #: With a year range, also keep policies that have no date (so none vanish silently).
    include_undated: bool = True
    ids: tuple[str, ...] | None = None
    sort: SortKey = SortKey.NUMBER
    descending: bool = False

    def with_(self, **changes) -> PolicyQuery:
        return replace(self, **changes)

    def describe(self) -> str:
        """Plain-language summary of the filters, for export covers and status lines."""
        parts: list[str] = [kind_plural(self.kind)]
        if self.text.strip():
            parts.append(translate("PolicyQuery", 'search "{text}"').format(text=self.text.strip()))
        for name, values in (
            (translate("PolicyQuery", "sector"), sorted(map(sector_label, self.sectors))),
            (translate("PolicyQuery", "administration"), sorted(self.administrations)),
            (translate("PolicyQuery", "status"), sorted(map(status_label, self.statuses))),
        ):
            if values:
                parts.append(f"{name}: {', '.join(values)}")
        if self.year_from is not None or self.year_to is not None:
            lo = self.year_from if self.year_from is not None else "…"
            hi = self.year_to if self.year_to is not None else "…"
            parts.append(translate("PolicyQuery", "years {range}").format(range=f"{lo}–{hi}"))
            if not self.include_undated:
                parts.append(translate("PolicyQuery", "dated only"))
        if self.ids is not None:
            count = len(self.ids)
            parts.append(
                translate("PolicyQuery", "1 selected record")
                if count == 1
                else translate("PolicyQuery", "{n} selected records").format(n=count)
            )
        return join_clauses(parts)
