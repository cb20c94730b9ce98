"""The tables of the database, declared once: their columns, keys and references, and the
rule that turns a record into a row of them.

A table is a line of column names rather than a hand-written dict per table and per row, so a
column added here reaches the `CREATE TABLE` and every row written to it. Columns are
documented in docs/data-dictionary.md (its test compares it with the real schema).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import sqlite_utils

_TYPES: dict[str, type] = {"int": int, "float": float}


@dataclass(frozen=True)
class Table:
    """One table. `columns` and `not_null` are names separated by spaces; a name is text
    unless it ends in `:int` or `:float`. `references` maps a column to the table whose `id`
    it names."""

    name: str
    columns: str
    pk: str = "id"
    not_null: str = ""
    references: dict[str, str] = field(default_factory=dict)

    @property
    def column_types(self) -> dict[str, type]:
        pairs = (column.partition(":") for column in self.columns.split())
        return {name: _TYPES.get(kind, str) for name, _, kind in pairs}

    def create(self, db: sqlite_utils.Database) -> None:
        keys = self.pk.split()
        db.table(self.name).create(
            self.column_types,
            pk=keys[0] if len(keys) == 1 else tuple(keys),
            not_null=set(self.not_null.split()),
            foreign_keys=[(column, table, "id") for column, table in self.references.items()],
        )

    def row(self, record: object, **values: Any) -> dict[str, Any]:
        """A row of this table: each column from `values` when given there, else the record's
        attribute of the same name, with empty text as NULL and flags as 0 or 1."""
        return {
            column: values[column] if column in values else _stored(getattr(record, column))
            for column in self.column_types
        }


def _stored(value: Any) -> Any:
    if isinstance(value, bool):
        return int(value)
    return None if value == "" else value


def create_tables(db: sqlite_utils.Database, tables: Iterable[Table]) -> None:
    for table in tables:
        table.create(db)


META = Table("meta", "key value", pk="key", not_null="value")
SOURCES = Table(
    "sources",
    "id kind authors no_author:int title container published no_date:int accessed url doi "
    "language volume issue pages article_number note citation",
    not_null="citation kind title no_author no_date accessed language",
)
POLICIES = Table(
    "policies",
    "id seq:int kind number:int name_en name_es administration president sectors agencies "
    "date date_kind year:int status status_as_of summary summary_es objective objective_es "
    "measures measures_es source_file",
    not_null="seq kind number name_en name_es status",
)
POLICY_SECTORS = Table(
    "policy_sectors", "policy_id sector", pk="policy_id sector",
    references={"policy_id": "policies"},
)
FIGURES = Table(
    "figures",
    "id:int policy_id position:int label value:float value_max:float unit currency year:int "
    "source_id note label_es unit_es note_es kind period_start period_end derived:int "
    "confidence",
    not_null="policy_id label value source_id derived confidence",
    references={"policy_id": "policies", "source_id": "sources"},
)
POLICY_SOURCES = Table(
    "policy_sources", "policy_id source_id position:int", pk="policy_id source_id",
    references={"policy_id": "policies", "source_id": "sources"},
)
INSTITUTIONS = Table(
    "institutions",
    "id name_es name_en acronym created ended successor_id source_id confidence",
    not_null="name_es name_en created source_id confidence",
    references={"successor_id": "institutions", "source_id": "sources"},
)
INSTRUMENTS = Table(
    "instruments",
    "id policy_id position:int kind title_es title_en dof_date url source_id confidence",
    not_null="policy_id position kind title_es dof_date source_id",
    references={"policy_id": "policies", "source_id": "sources"},
)
STATUS_HISTORY = Table(
    "status_history",
    "id:int policy_id position:int date status note note_es instrument_id source_id "
    "confidence",
    not_null="policy_id position date status source_id confidence",
    references={"policy_id": "policies", "instrument_id": "instruments", "source_id": "sources"},
)
POLICY_INSTITUTIONS = Table(
    "policy_institutions", "policy_id institution_id role position:int",
    pk="policy_id institution_id role", not_null="position",
    references={"policy_id": "policies", "institution_id": "institutions"},
)
POLICY_LINKS = Table(
    "policy_links", "from_id to_id relation position:int note note_es source_id confidence",
    pk="from_id to_id relation", not_null="position source_id confidence",
    references={"from_id": "policies", "to_id": "policies", "source_id": "sources"},
)
ALIASES = Table(
    "aliases", "group_id:int position:int term", pk="group_id position", not_null="term"
)

#: The plain tables, in the order they are created (a table before those that reference it).
POLICY_TABLES = (META, SOURCES, POLICIES, POLICY_SECTORS, FIGURES, POLICY_SOURCES)
RECORD_TABLES = (INSTITUTIONS, INSTRUMENTS, STATUS_HISTORY, POLICY_INSTITUTIONS, POLICY_LINKS)
