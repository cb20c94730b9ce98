"""What the timeline shows, as plain records, and the read-only queries that fill them.

Qt-free so the same data serves the window, the SVG/PNG export and the PDF report. Dates are
kept as the sources give them (partial ISO: "2019", "2019-07", "2019-07-01") and placed on
the axis as day numbers (`date.toordinal()`) at the start of the period they name.

The record tables (status_history, instruments, institutions, policy_institutions,
policy_links) came with schema 2; a database without one of them simply gives an empty list
for it, so the timeline still shows the policies of an older file.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Any

from mxpolicy_gui.dataset import PolicyName
from mxpolicy_gui.store import sql
from mxpolicy_gui.store.query import PolicyQuery
from mxpolicy_gui.store.search_syntax import ParsedSearch

Run = Callable[[str, Sequence[Any]], list[tuple[Any, ...]]]


@functools.lru_cache(maxsize=65536)  # at 100,000 records most dates repeat
def day_of(date: str | None) -> int | None:
    """The day number of a partial ISO date's first day; None if it is missing or malformed."""
    if not date:
        return None
    parts = date.strip().split("-")
    try:
        year = int(parts[0])
        month = int(parts[1]) if len(parts) > 1 else 1
        day = int(parts[2][:2]) if len(parts) > 2 else 1
        return dt.date(year, month, day).toordinal()
    except (ValueError, IndexError):
        return None


def date_of(day: float) -> dt.date:
    return dt.date.fromordinal(max(1, int(day)))


@dataclass(frozen=True, slots=True)
class Term:
    """A presidential term, shaded behind the lanes."""

    president: str
    start: str
    end: str | None  # None: still in office

    @property
    def start_day(self) -> int:
        return day_of(self.start) or 0

    def end_day(self, today: int) -> int:
        return day_of(self.end) or today


#: Fixed facts (constitutional terms; the 2024 term is shortened to 1 October by the 2014
#: political-electoral reform), not data that varies with the database.
TERMS = (
    Term("Calderón", "2006-12-01", "2012-11-30"),
    Term("Peña Nieto", "2012-12-01", "2018-11-30"),
    Term("López Obrador", "2018-12-01", "2024-09-30"),
    Term("Sheinbaum", "2024-10-01", None),
)


@dataclass(frozen=True, slots=True)
class PolicyMarker(PolicyName):
    """A policy on the axis; `content.name_in` picks which of its names is shown."""

    date: str
    day: int
    status: str
    #: No date of its own: placed at the first change in its status history.
    approximate: bool = False


@dataclass(frozen=True, slots=True)
class StatusMark:
    policy_id: str
    date: str
    day: int
    status: str
    note: str


@dataclass(frozen=True, slots=True)
class InstrumentMark:
    policy_id: str
    date: str
    day: int
    kind: str
    title: str


@dataclass(frozen=True, slots=True)
class InstitutionBar:
    id: str
    name_en: str
    acronym: str
    created: str
    ended: str | None
    start_day: int
    end_day: int | None  # None: still exists
    successor_id: str | None
    policy_ids: tuple[str, ...] = ()
    #: `content.name_in` picks the name for the language shown.
    name_es: str = ""

    @property
    def label(self) -> str:
        return self.acronym or self.name_en


@dataclass(frozen=True, slots=True)
class PolicyLink:
    from_id: str
    to_id: str
    relation: str
    note: str


@dataclass(frozen=True, slots=True)
class TimelineData:
    """Everything on the axis. Markers are sorted by (day, kind, number): date order."""

    markers: tuple[PolicyMarker, ...]
    statuses: tuple[StatusMark, ...] = ()
    instruments: tuple[InstrumentMark, ...] = ()
    institutions: tuple[InstitutionBar, ...] = ()
    links: tuple[PolicyLink, ...] = ()
    terms: tuple[Term, ...] = TERMS
    today: int = field(default_factory=lambda: dt.date.today().toordinal())

    def span(self) -> tuple[int, int]:
        """First and last day worth showing: the policies and their histories, to today.
        Institutions founded long before (Pemex in 1938) start at the left edge instead of
        stretching the axis over decades with no policy on it."""
        days = [m.day for m in self.markers] or [b.start_day for b in self.institutions]
        first = min(days, default=self.today - 365 * 10)
        margin = max(30, (self.today - first) // 25)  # room for the first marker's shape
        return first - margin, self.today + margin

    def linked(self, policy_id: str) -> list[PolicyLink]:
        return [lk for lk in self.links if policy_id in (lk.from_id, lk.to_id)]


def sort_markers(markers: list[PolicyMarker]) -> tuple[PolicyMarker, ...]:
    return tuple(sorted(markers, key=attrgetter("day", "kind", "number")))


def _tables(run: Run) -> set[str]:
    return {r[0] for r in run("SELECT name FROM sqlite_master WHERE type = 'table'", ())}


def load_timeline(run: Run, today: dt.date | None = None) -> TimelineData:
    """The timeline of a whole database: a few sequential reads (some 0.3 s at 100,000)."""
    tables = _tables(run)
    markers = []
    undated = []
    columns = {r[1] for r in run("PRAGMA table_info(policies)", ())}
    spanish = "name_es" if "name_es" in columns else "''"  # databases of the first schema
    for pid, kind, number, name, name_es, date, status in run(
        f"SELECT id, kind, number, name_en, {spanish}, date, status FROM policies", ()
    ):
        day = day_of(date)
        if day is not None:
            markers.append(
                PolicyMarker(pid, kind, number, name, name_es or "", date, day, status)
            )
        else:
            undated.append(
                PolicyMarker(pid, kind, number, name, name_es or "", "", 0, status, True)
            )
    statuses: list[StatusMark] = []
    if "status_history" in tables:
        for pid, date, status, note in run(
            "SELECT policy_id, date, status, note FROM status_history ORDER BY policy_id, date",
            (),
        ):
            day = day_of(date)
            if day is not None:
                statuses.append(StatusMark(pid, date, day, status, note or ""))
    instruments: list[InstrumentMark] = []
    if "instruments" in tables:
        for pid, date, kind, title in run(
            "SELECT policy_id, dof_date, kind, title_es FROM instruments ORDER BY dof_date", ()
        ):
            day = day_of(date)
            if day is not None:
                instruments.append(InstrumentMark(pid, date, day, kind or "", title or ""))
    first_change: dict[str, StatusMark] = {}
    for mark in statuses:
        if mark.policy_id not in first_change or mark.day < first_change[mark.policy_id].day:
            first_change[mark.policy_id] = mark
    for m in undated:
        first = first_change.get(m.id)
        if first is not None:  # a policy without a start date but with a dated history
            markers.append(dataclasses.replace(m, date=first.date, day=first.day))
    institutions = _institutions(run, tables)
    links: list[PolicyLink] = []
    if "policy_links" in tables:
        links = [
            PolicyLink(a, b, relation or "", note or "")
            for a, b, relation, note in run(
                "SELECT from_id, to_id, relation, note FROM policy_links", ()
            )
        ]
    return TimelineData(
        markers=sort_markers(markers),
        statuses=tuple(sorted(statuses, key=lambda s: s.day)),
        instruments=tuple(instruments),
        institutions=tuple(institutions),
        links=tuple(links),
        today=(today or dt.date.today()).toordinal(),
    )


def _institutions(run: Run, tables: set[str]) -> list[InstitutionBar]:
    if "institutions" not in tables:
        return []
    policies_of: dict[str, list[str]] = {}
    if "policy_institutions" in tables:
        for pid, iid in run("SELECT policy_id, institution_id FROM policy_institutions", ()):
            policies_of.setdefault(iid, []).append(pid)
    bars = []
    for iid, name, name_es, acronym, created, ended, successor in run(
        "SELECT id, name_en, name_es, acronym, created, ended, successor_id FROM institutions "
        "ORDER BY created, id",
        (),
    ):
        start = day_of(created)
        if start is None:
            continue  # a body with no known creation date has no place on the axis
        bars.append(
            InstitutionBar(
                iid,
                name or "",
                acronym or "",
                created,
                ended or None,
                start,
                day_of(ended),
                successor or None,
                tuple(policies_of.get(iid, ())),
                name_es or "",
            )
        )
    return bars


def matching_ids(run: Run, query: PolicyQuery, parsed: ParsedSearch) -> set[str]:
    """Ids of the policies `query` matches (its sort and paging ignored): what the timeline
    leaves undimmed. `parsed` is the query's text as the store parsed it."""
    clause, params = sql.where(query, parsed)
    return {r[0] for r in run(f"SELECT p.id FROM policies p{clause}", params)}
