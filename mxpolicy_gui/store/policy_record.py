"""A policy in full, as the detail pane and the exports read it, and its parts.

Imported on first use through `records` (`from mxpolicy_gui.store.records import Policy`
works as before): the window's first paint needs none of these.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from mxpolicy_gui.dataset import PolicyFields
from mxpolicy_gui.figure_record import Figure


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
class HistoryEntry:
    """One step in a policy's life; the last one is its current status."""

    date: str
    status: str
    note: str | None
    note_es: str | None
    instrument_id: str | None
    source_id: str
    confidence: str
    instrument_title: str | None = None  # English gloss, else the Spanish title


@dataclass(frozen=True, slots=True)
class Instrument:
    """A legal text behind a policy: decree, law, regulation, ruling."""

    id: str
    kind: str
    title_es: str
    title_en: str | None
    dof_date: str
    url: str | None
    source_id: str
    confidence: str


@dataclass(frozen=True, slots=True)
class InstitutionRole:
    """A body the policy created, transformed, extinguished or that implements it."""

    id: str
    role: str
    name_es: str
    name_en: str
    acronym: str | None
    created: str
    ended: str | None
    successor_id: str | None
    successor_name_en: str | None
    successor_name_es: str | None
    source_id: str
    confidence: str


@dataclass(frozen=True, slots=True)
class PolicyLink:
    """This policy `relation` that one (e.g. "undone by"), with enough to show and select it."""

    to_id: str
    to_kind: str
    to_number: int
    to_name_en: str
    to_name_es: str | None
    relation: str
    note: str | None
    note_es: str | None
    source_id: str
    confidence: str


@dataclass(frozen=True, slots=True)
class Policy(PolicyFields):
    """One policy in full: what the detail pane and the exports need."""

    figures: tuple[Figure, ...] = field(default=())
    sources: tuple[Source, ...] = field(default=())
    status_as_of: str | None = None
    summary_es: str | None = None
    objective_es: str | None = None
    measures_es: tuple[str, ...] = field(default=())
    history: tuple[HistoryEntry, ...] = field(default=())
    instruments: tuple[Instrument, ...] = field(default=())
    institutions: tuple[InstitutionRole, ...] = field(default=())
    links: tuple[PolicyLink, ...] = field(default=())

    @property
    def current_status(self) -> str:
        """The latest history row's status (the build makes `status` agree with it)."""
        return self.history[-1].status if self.history else self.status

    def instrument(self, instrument_id: str | None) -> Instrument | None:
        return next((i for i in self.instruments if i.id == instrument_id), None)

    def source(self, source_id: str) -> Source | None:
        return next((s for s in self.sources if s.id == source_id), None)


__all__ = [
    "Figure",
    "HistoryEntry",
    "InstitutionRole",
    "Instrument",
    "Policy",
    "PolicyLink",
    "Source",
]
