"""The legal and institutional record of a policy: its status history, instruments, links to
other policies and the institutions it touched (data/sources/README.md, "Contract for the
record tables").

Each table is checked on its own here; what needs every file at once (ids unique across
files, links and institutions that must exist) is checked by `check_references`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mxpolicy_gui.compile.errors import BuildError
from mxpolicy_gui.compile.fields import SLUG, Fields, load_toml
from mxpolicy_gui.dataset import (
    CONFIDENCE,
    INSTITUTION_ROLES,
    INSTRUMENT_KINDS,
    LINK_RELATIONS,
    STATUSES,
)

_HISTORY_KEYS = {"date", "status", "note", "note_es", "instrument", "source", "confidence"}
_INSTRUMENT_KEYS = {
    "id", "kind", "title_es", "title_en", "dof_date", "url", "source", "confidence",
}
_LINK_KEYS = {"to", "relation", "note", "note_es", "source", "confidence"}
_ROLE_KEYS = {"institution", "role"}
_INSTITUTION_KEYS = {
    "id", "name_es", "name_en", "acronym", "created", "ended", "successor", "source",
    "confidence",
}


@dataclass(frozen=True)
class HistoryRecord:
    date: str
    status: str
    note: str
    note_es: str
    instrument: str
    source: str
    confidence: str


@dataclass(frozen=True)
class InstrumentRecord:
    id: str
    kind: str
    title_es: str
    title_en: str
    dof_date: str
    url: str
    source: str
    confidence: str


@dataclass(frozen=True)
class LinkRecord:
    to: str
    relation: str
    note: str
    note_es: str
    source: str
    confidence: str


@dataclass(frozen=True)
class RoleRecord:
    institution: str
    role: str


@dataclass(frozen=True)
class InstitutionRecord:
    id: str
    name_es: str
    name_en: str
    acronym: str
    created: str
    ended: str
    successor: str
    source: str
    confidence: str
    source_file: str = ""


def _before(date: str, other: str) -> bool:
    """True if `date` is surely earlier than `other`; partial dates compare on the part both
    give, so "2013-12" neither precedes nor follows "2013-12-20"."""
    n = min(len(date), len(other))
    return date[:n] < other[:n]


def _source(f: Fields, known: set[str]) -> str:
    source = f.text("source")
    if source not in known:
        raise f.fail(f"'source' names unknown citation {source!r}")
    return source


def _spanish(f: Fields, key: str, english: str, complete: bool) -> str:
    """Spanish twin of an English text: required, once records must be complete, wherever
    the English one is given."""
    value = f.text(key, required=False)
    if complete and english and not value:
        raise f.fail(f"'{key}' is missing (the Spanish text of the English one)")
    return value


def read_history(
    f: Fields, pid: str, known: set[str], complete: bool
) -> tuple[HistoryRecord, ...]:
    rows: list[HistoryRecord] = []
    for i, data in enumerate(f.tables("history"), 1):
        h = Fields(f.path, f"{pid}, history #{i}", data)
        h.unknown_keys(_HISTORY_KEYS)
        date = h.date("date", required=True)
        if rows and _before(date, rows[-1].date):
            raise h.fail(
                f"history out of date order: {date} comes after {rows[-1].date} (row #{i - 1})"
            )
        note = h.text("note", required=False)
        instrument = h.text("instrument", required=False)
        if instrument and not SLUG.match(instrument):
            raise h.fail(f"'instrument' must be an instrument id slug, got {instrument!r}")
        rows.append(
            HistoryRecord(
                date=date,
                status=h.choice("status", STATUSES),
                note=note,
                note_es=_spanish(h, "note_es", note, complete),
                instrument=instrument,
                source=_source(h, known),
                confidence=h.choice("confidence", CONFIDENCE, default="confirmed"),
            )
        )
    return tuple(rows)


def read_instruments(f: Fields, pid: str, known: set[str]) -> tuple[InstrumentRecord, ...]:
    rows: list[InstrumentRecord] = []
    for i, data in enumerate(f.tables("instruments"), 1):
        ins = Fields(f.path, f"{pid}, instrument {data.get('id') or f'#{i}'}", data)
        ins.unknown_keys(_INSTRUMENT_KEYS)
        iid = ins.text("id")
        if not SLUG.match(iid):
            raise ins.fail("'id' must be a lower-case slug (a-z, 0-9, hyphens)")
        rows.append(
            InstrumentRecord(
                id=iid,
                kind=ins.choice("kind", INSTRUMENT_KINDS),
                title_es=ins.text("title_es"),
                title_en=ins.text("title_en", required=False),
                dof_date=ins.date("dof_date", required=True),
                url=ins.url("url"),
                source=_source(ins, known),
                confidence=ins.choice("confidence", CONFIDENCE, default="confirmed"),
            )
        )
    return tuple(rows)


def read_links(f: Fields, pid: str, known: set[str], complete: bool) -> tuple[LinkRecord, ...]:
    rows: list[LinkRecord] = []
    seen: set[tuple[str, str]] = set()
    for i, data in enumerate(f.tables("links"), 1):
        link = Fields(f.path, f"{pid}, link #{i}", data)
        link.unknown_keys(_LINK_KEYS)
        to = link.text("to")
        if to == pid:
            raise link.fail("a policy cannot link to itself")
        relation = link.choice("relation", LINK_RELATIONS)
        if (to, relation) in seen:
            raise link.fail(f"duplicate link '{relation}' to {to!r}")
        seen.add((to, relation))
        note = link.text("note", required=False)
        rows.append(
            LinkRecord(
                to=to,
                relation=relation,
                note=note,
                note_es=_spanish(link, "note_es", note, complete),
                source=_source(link, known),
                confidence=link.choice("confidence", CONFIDENCE, default="confirmed"),
            )
        )
    return tuple(rows)


def read_roles(f: Fields, pid: str) -> tuple[RoleRecord, ...]:
    rows: list[RoleRecord] = []
    for i, data in enumerate(f.tables("institutions"), 1):
        r = Fields(f.path, f"{pid}, institution #{i}", data)
        r.unknown_keys(_ROLE_KEYS)
        record = RoleRecord(
            institution=r.text("institution"), role=r.choice("role", INSTITUTION_ROLES)
        )
        if record in rows:
            raise r.fail(f"duplicate role {record.role!r} for {record.institution!r}")
        rows.append(record)
    return tuple(rows)


def check_history_ends_in_status(
    f: Fields, status: str, history: tuple[HistoryRecord, ...]
) -> None:
    if history and history[-1].status != status:
        raise f.fail(
            f"'status' is {status!r} but the last history row says {history[-1].status!r}: "
            "the current status is the latest row"
        )


def load_institutions(
    paths: list[Path], known: set[str]
) -> dict[str, InstitutionRecord]:
    """Every institution by id; successors must exist and none may end before it began."""
    found: dict[str, InstitutionRecord] = {}
    for path in paths:
        tables = load_toml(path).get("institution", [])
        if not isinstance(tables, list) or not all(isinstance(t, dict) for t in tables):
            raise BuildError(path, None, "expected [[institution]] tables")
        for i, table in enumerate(tables, 1):
            f = Fields(path, str(table.get("id") or f"#{i}"), table)
            f.unknown_keys(_INSTITUTION_KEYS)
            iid = f.text("id")
            if not SLUG.match(iid):
                raise f.fail("'id' must be a lower-case slug (a-z, 0-9, hyphens)")
            if iid in found:
                raise f.fail(f"duplicate institution id (also in {found[iid].source_file})")
            created, ended = f.date("created", required=True), f.date("ended")
            if ended and _before(ended, created):
                raise f.fail(f"'ended' {ended} is before 'created' {created}")
            found[iid] = InstitutionRecord(
                id=iid,
                name_es=f.text("name_es"),
                name_en=f.text("name_en"),
                acronym=f.text("acronym", required=False),
                created=created,
                ended=ended,
                successor=f.text("successor", required=False),
                source=_source(f, known),
                confidence=f.choice("confidence", CONFIDENCE, default="confirmed"),
                source_file=path.name,
            )
    for inst in found.values():
        if inst.successor and inst.successor not in found:
            raise BuildError(
                inst.source_file,
                inst.id,
                f"'successor' names unknown institution {inst.successor!r}",
            )
        if inst.successor == inst.id:
            raise BuildError(inst.source_file, inst.id, "an institution cannot succeed itself")
    return found


def check_references(
    policies: list[Any], institutions: dict[str, InstitutionRecord]
) -> None:
    """Cross-file rules: instrument ids unique everywhere, history instruments, link targets
    and institutions that exist. `policies` are `records.PolicyRecord`s."""
    ids = {p.id for p in policies}
    owner: dict[str, str] = {}
    for p in policies:
        for ins in p.instruments:
            if ins.id in owner:
                raise BuildError(
                    p.source_file, f"{p.id}, instrument {ins.id}",
                    f"duplicate instrument id (also in {owner[ins.id]})",
                )
            owner[ins.id] = p.source_file
    for p in policies:
        # A history row may cite another policy's instrument (a decree that two share).
        for i, h in enumerate(p.history, 1):
            if h.instrument and h.instrument not in owner:
                raise BuildError(
                    p.source_file, f"{p.id}, history #{i}",
                    f"'instrument' names unknown instrument {h.instrument!r}",
                )
        for i, link in enumerate(p.links, 1):
            if link.to not in ids:
                raise BuildError(
                    p.source_file, f"{p.id}, link #{i}",
                    f"'to' names unknown policy {link.to!r}",
                )
        for i, role in enumerate(p.institutions, 1):
            if role.institution not in institutions:
                raise BuildError(
                    p.source_file, f"{p.id}, institution #{i}",
                    f"'institution' names unknown institution {role.institution!r}",
                )


def cited_sources(
    policies: list[Any], institutions: Iterable[InstitutionRecord]
) -> set[str]:
    """Every source id some record cites (`policies` are `records.PolicyRecord`s)."""
    cited = {inst.source for inst in institutions}
    for p in policies:
        cited.update(p.cited())
    return {source for source in cited if source}
