"""Records the store hands out: frozen dataclasses, so no caller sees rows or SQL."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class PolicyRow:
    """What a table row shows; cheap to load in pages of hundreds."""

    id: str
    kind: str
    number: int
    name_en: str
    name_es: str
    sectors: str
    agencies: str
    date: str | None
    date_kind: str
    status: str
    administration: str


@dataclass(frozen=True, slots=True)
class Source:
    """One work cited: its bibliographic fields and the APA 7 `citation` the build rendered
    from them (see docs/data-dictionary.md). Empty fields are None (`authors`: ())."""

    id: str
    citation: str
    url: str | None
    doi: str | None
    note: str | None = None
    kind: str | None = None
    authors: tuple[str, ...] = ()
    no_author: bool = False
    title: str = ""
    container: str | None = None
    published: str | None = None
    no_date: bool = False
    accessed: str | None = None
    language: str | None = None
    volume: str | None = None
    issue: str | None = None
    pages: str | None = None
    article_number: str | None = None


@dataclass(frozen=True, slots=True)
class Figure:
    label: str
    value: float
    value_max: float | None
    unit: str | None
    currency: str | None
    year: int | None
    source_id: str
    note: str | None = None


@dataclass(frozen=True, slots=True)
class Policy:
    """One policy in full: what the detail pane and the exports need."""

    id: str
    kind: str
    number: int
    name_en: str
    name_es: str
    administration: str
    president: str
    sectors: tuple[str, ...]
    agencies: tuple[str, ...]
    date: str | None
    date_kind: str
    status: str
    summary: str
    objective: str
    measures: tuple[str, ...]
    figures: tuple[Figure, ...] = field(default=())
    sources: tuple[Source, ...] = field(default=())

    def source(self, source_id: str) -> Source | None:
        return next((s for s in self.sources if s.id == source_id), None)


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
