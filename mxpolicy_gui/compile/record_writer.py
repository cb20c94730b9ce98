"""The record tables in the database: status history, instruments, institutions and links.

Kept beside `writer` so the policy writer stays readable; columns are documented in
docs/data-dictionary.md (its test compares it with the real schema).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import sqlite_utils

from mxpolicy_gui.compile.record_tables import InstitutionRecord
from mxpolicy_gui.compile.records import PolicyRecord


def create_record_tables(db: sqlite_utils.Database) -> None:
    db.table("institutions").create(
        {
            "id": str,
            "name_es": str,
            "name_en": str,
            "acronym": str,
            "created": str,
            "ended": str,
            "successor_id": str,
            "source_id": str,
            "confidence": str,
        },
        pk="id",
        not_null={"name_es", "name_en", "created", "source_id", "confidence"},
        foreign_keys=[("successor_id", "institutions", "id"), ("source_id", "sources", "id")],
    )
    db.table("instruments").create(
        {
            "id": str,
            "policy_id": str,
            "position": int,
            "kind": str,
            "title_es": str,
            "title_en": str,
            "dof_date": str,
            "url": str,
            "source_id": str,
            "confidence": str,
        },
        pk="id",
        not_null={"policy_id", "position", "kind", "title_es", "dof_date", "source_id"},
        foreign_keys=[("policy_id", "policies", "id"), ("source_id", "sources", "id")],
    )
    db.table("status_history").create(
        {
            "id": int,
            "policy_id": str,
            "position": int,
            "date": str,
            "status": str,
            "note": str,
            "note_es": str,
            "instrument_id": str,
            "source_id": str,
            "confidence": str,
        },
        pk="id",
        not_null={"policy_id", "position", "date", "status", "source_id", "confidence"},
        foreign_keys=[
            ("policy_id", "policies", "id"),
            ("instrument_id", "instruments", "id"),
            ("source_id", "sources", "id"),
        ],
    )
    db.table("policy_institutions").create(
        {"policy_id": str, "institution_id": str, "role": str, "position": int},
        pk=("policy_id", "institution_id", "role"),
        not_null={"position"},
        foreign_keys=[("policy_id", "policies", "id"), ("institution_id", "institutions", "id")],
    )
    db.table("policy_links").create(
        {
            "from_id": str,
            "to_id": str,
            "relation": str,
            "position": int,
            "note": str,
            "note_es": str,
            "source_id": str,
            "confidence": str,
        },
        pk=("from_id", "to_id", "relation"),
        not_null={"position", "source_id", "confidence"},
        foreign_keys=[
            ("from_id", "policies", "id"),
            ("to_id", "policies", "id"),
            ("source_id", "sources", "id"),
        ],
    )


def create_record_indexes(db: sqlite_utils.Database) -> None:
    db.table("status_history").create_index(["policy_id", "position"], unique=True)
    db.table("instruments").create_index(["policy_id", "position"], unique=True)
    db.table("policy_institutions").create_index(["institution_id"])
    db.table("policy_links").create_index(["to_id"])


def write_institutions(
    db: sqlite_utils.Database, institutions: Iterable[InstitutionRecord], batch: int
) -> None:
    db.table("institutions").insert_all(
        (
            {
                "id": i.id,
                "name_es": i.name_es,
                "name_en": i.name_en,
                "acronym": i.acronym or None,
                "created": i.created,
                "ended": i.ended or None,
                "successor_id": i.successor or None,
                "source_id": i.source,
                "confidence": i.confidence,
            }
            for i in sorted(institutions, key=lambda i: i.id)
        ),
        batch_size=batch,
    )


def record_rows(p: PolicyRecord) -> dict[str, list[dict[str, Any]]]:
    """The rows one policy adds to each record table. History rows get their id from SQLite
    (rowid order = insertion order, so builds stay identical)."""
    return {
        "instruments": [
            {
                "id": ins.id,
                "policy_id": p.id,
                "position": n,
                "kind": ins.kind,
                "title_es": ins.title_es,
                "title_en": ins.title_en or None,
                "dof_date": ins.dof_date,
                "url": ins.url or None,
                "source_id": ins.source,
                "confidence": ins.confidence,
            }
            for n, ins in enumerate(p.instruments, 1)
        ],
        "status_history": [
            {
                "policy_id": p.id,
                "position": n,
                "date": h.date,
                "status": h.status,
                "note": h.note or None,
                "note_es": h.note_es or None,
                "instrument_id": h.instrument or None,
                "source_id": h.source,
                "confidence": h.confidence,
            }
            for n, h in enumerate(p.history, 1)
        ],
        "policy_institutions": [
            {"policy_id": p.id, "institution_id": r.institution, "role": r.role, "position": n}
            for n, r in enumerate(p.institutions, 1)
        ],
        "policy_links": [
            {
                "from_id": p.id,
                "to_id": link.to,
                "relation": link.relation,
                "position": n,
                "note": link.note or None,
                "note_es": link.note_es or None,
                "source_id": link.source,
                "confidence": link.confidence,
            }
            for n, link in enumerate(p.links, 1)
        ],
    }
