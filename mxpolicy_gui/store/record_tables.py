"""Reads the record tables (status history, instruments, institutions, links) for a batch
of policies: one query per table per batch, whatever the batch size, so exports of every
record stay linear.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from mxpolicy_gui.store.records import HistoryEntry, InstitutionRole, Instrument, PolicyLink

Run = Callable[[str, Sequence[Any]], list[tuple[Any, ...]]]

_IDS = "SELECT value FROM json_each(?)"

_HISTORY_SQL = (
    "SELECT h.policy_id, h.date, h.status, h.note, h.note_es, h.instrument_id, h.source_id, "
    "h.confidence, COALESCE(i.title_en, i.title_es) FROM status_history h "
    "LEFT JOIN instruments i ON i.id = h.instrument_id "
    f"WHERE h.policy_id IN ({_IDS}) ORDER BY h.policy_id, h.position"
)
#: A policy's own instruments, and those of another policy that its history cites (the 2013
#: telecommunications decree is also the competition reform's; the 2024 organic-simplification
#: decree ended bodies of five reforms): a reader of one reform sees every instrument its
#: status rests on. Listed by DOF date.
_INSTRUMENT_SQL = (
    "SELECT owner, id, kind, title_es, title_en, dof_date, url, source_id, confidence FROM ("
    "SELECT policy_id AS owner, id, kind, title_es, title_en, dof_date, url, source_id, "
    f"confidence, position FROM instruments WHERE policy_id IN ({_IDS}) "
    "UNION "
    "SELECT h.policy_id, i.id, i.kind, i.title_es, i.title_en, i.dof_date, i.url, i.source_id, "
    "i.confidence, i.position FROM status_history h JOIN instruments i ON i.id = h.instrument_id "
    f"WHERE h.policy_id IN ({_IDS}) AND i.policy_id != h.policy_id"
    ") ORDER BY owner, dof_date, position"
)
_INSTITUTION_SQL = (
    "SELECT pi.policy_id, i.id, pi.role, i.name_es, i.name_en, i.acronym, i.created, i.ended, "
    "i.successor_id, s.name_en, s.name_es, i.source_id, i.confidence FROM policy_institutions pi "
    "JOIN institutions i ON i.id = pi.institution_id "
    "LEFT JOIN institutions s ON s.id = i.successor_id "
    f"WHERE pi.policy_id IN ({_IDS}) ORDER BY pi.policy_id, pi.position"
)
_LINK_SQL = (
    "SELECT l.from_id, l.to_id, p.kind, p.number, p.name_en, p.name_es, l.relation, l.note, "
    "l.note_es, l.source_id, l.confidence FROM policy_links l JOIN policies p ON p.id = l.to_id "
    f"WHERE l.from_id IN ({_IDS}) ORDER BY l.from_id, l.position"
)


@dataclass
class RecordTables:
    """Each policy's rows of the record tables, by policy id (absent: none)."""

    history: dict[str, list[HistoryEntry]] = field(default_factory=dict)
    instruments: dict[str, list[Instrument]] = field(default_factory=dict)
    institutions: dict[str, list[InstitutionRole]] = field(default_factory=dict)
    links: dict[str, list[PolicyLink]] = field(default_factory=dict)


def read_record_tables(run: Run, id_list: str) -> RecordTables:
    """The record-table rows of the policies in `id_list` (a JSON array of ids)."""
    tables = RecordTables()
    for r in run(_HISTORY_SQL, [id_list]):
        entry = HistoryEntry(*r[1:9])  # the fields in order, instrument_title last
        tables.history.setdefault(r[0], []).append(entry)
    for r in run(_INSTRUMENT_SQL, [id_list, id_list]):
        tables.instruments.setdefault(r[0], []).append(Instrument(*r[1:]))
    for r in run(_INSTITUTION_SQL, [id_list]):
        tables.institutions.setdefault(r[0], []).append(InstitutionRole(*r[1:]))
    for r in run(_LINK_SQL, [id_list]):
        tables.links.setdefault(r[0], []).append(PolicyLink(*r[1:]))
    return tables
