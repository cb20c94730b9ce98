"""The record tables in the database: status history, instruments, institutions and links.

Kept beside `writer` so the policy writer stays readable; the tables are declared in
`schema`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import sqlite_utils

from mxpolicy_gui.compile.record_tables import InstitutionRecord
from mxpolicy_gui.compile.records import PolicyRecord
from mxpolicy_gui.compile.schema import (
    INSTITUTIONS,
    INSTRUMENTS,
    POLICY_INSTITUTIONS,
    POLICY_LINKS,
    RECORD_TABLES,
    STATUS_HISTORY,
    create_tables,
)


def create_record_tables(db: sqlite_utils.Database) -> None:
    create_tables(db, RECORD_TABLES)


def create_record_indexes(db: sqlite_utils.Database) -> None:
    db.table("status_history").create_index(["policy_id", "position"], unique=True)
    db.table("instruments").create_index(["policy_id", "position"], unique=True)
    db.table("policy_institutions").create_index(["institution_id"])
    db.table("policy_links").create_index(["to_id"])


def write_institutions(
    db: sqlite_utils.Database, institutions: Iterable[InstitutionRecord], batch: int
) -> None:
    db.table(INSTITUTIONS.name).insert_all(
        (
            INSTITUTIONS.row(i, successor_id=i.successor or None, source_id=i.source)
            for i in sorted(institutions, key=lambda i: i.id)
        ),
        batch_size=batch,
    )


def record_rows(p: PolicyRecord) -> dict[str, list[dict[str, Any]]]:
    """The rows one policy adds to each record table. History rows get their id from SQLite
    (rowid order = insertion order, so builds stay identical)."""
    return {
        INSTRUMENTS.name: [
            INSTRUMENTS.row(ins, policy_id=p.id, position=n, source_id=ins.source)
            for n, ins in enumerate(p.instruments, 1)
        ],
        STATUS_HISTORY.name: [
            STATUS_HISTORY.row(
                h,
                id=None,
                policy_id=p.id,
                position=n,
                instrument_id=h.instrument or None,
                source_id=h.source,
            )
            for n, h in enumerate(p.history, 1)
        ],
        POLICY_INSTITUTIONS.name: [
            POLICY_INSTITUTIONS.row(r, policy_id=p.id, institution_id=r.institution, position=n)
            for n, r in enumerate(p.institutions, 1)
        ],
        POLICY_LINKS.name: [
            POLICY_LINKS.row(link, from_id=p.id, to_id=link.to, position=n, source_id=link.source)
            for n, link in enumerate(p.links, 1)
        ],
    }
