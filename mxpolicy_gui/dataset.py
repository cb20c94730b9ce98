"""Facts about the database file that the build writes and the store reads.

Kept apart from both so neither imports the other: the build stands apart from the run-time
code, and the store must not need sqlite-utils.
"""

from __future__ import annotations

from dataclasses import dataclass

from mxpolicy_gui.vocabulary import (
    CONFIDENCE,
    FIGURE_KINDS,
    INSTITUTION_ROLES,
    INSTRUMENT_KINDS,
    KINDS,
    LINK_RELATIONS,
    SECTORS,
    STATUSES,
)

#: Bumped whenever a table or column changes meaning; the store refuses any other version.
SCHEMA_VERSION = 4

#: The per-policy CSV, as the build stores each policy's line (`policy_csv`) and the export
#: writes it: texts of a list cell (the measures, the citations) are joined with
#: `CSV_TEXT_SEPARATOR`, and every line ends with `CSV_EOL` (RFC 4180).
CSV_TEXT_SEPARATOR = " | "
CSV_EOL = "\r\n"

#: Tables a valid database must have; a file without them belongs to another application.
REQUIRED_TABLES = (
    "meta",
    "policies",
    "policy_sectors",
    "figures",
    "sources",
    "policy_sources",
    "policies_fts",
    "status_history",
    "instruments",
    "institutions",
    "policy_institutions",
    "policy_links",
    "policy_csv",
)


@dataclass(frozen=True, slots=True)
class PolicyName:
    """What names a policy anywhere (a table row, a record): its id, kind, number and names."""

    id: str
    kind: str
    number: int
    name_en: str
    name_es: str


@dataclass(frozen=True, slots=True)
class PolicyListing(PolicyName):
    """What a list of policies shows (the store's table row, and the head of every record):
    declared once so the row and the full record cannot drift apart."""

    sectors: tuple[str, ...]
    agencies: tuple[str, ...]
    date: str | None
    date_kind: str
    status: str
    administration: str


@dataclass(frozen=True, slots=True)
class PolicyFields(PolicyListing):
    """The fields every policy has, in the build's record and in the store's alike; the
    store's full-record query selects its columns in this order."""

    president: str
    summary: str
    objective: str
    measures: tuple[str, ...]


__all__ = [
    "CONFIDENCE",
    "CSV_EOL",
    "CSV_TEXT_SEPARATOR",
    "FIGURE_KINDS",
    "INSTITUTION_ROLES",
    "INSTRUMENT_KINDS",
    "KINDS",
    "LINK_RELATIONS",
    "REQUIRED_TABLES",
    "SCHEMA_VERSION",
    "SECTORS",
    "STATUSES",
    "PolicyFields",
    "PolicyListing",
    "PolicyName",
]
