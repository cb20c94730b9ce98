"""The SQL behind `PolicyQuery`: fixed text with bound values, sort keys from a whitelist."""

from __future__ import annotations

import json

from mxpolicy_gui.store.fts import fts_expression
from mxpolicy_gui.store.query import Facet, PolicyQuery, SortKey

ROW_COLUMNS = (
    "p.id, p.kind, p.number, p.name_en, p.name_es, p.sectors, p.agencies, p.date, "
    "p.date_kind, p.status, p.administration"
)

_SORT_SQL = {
    SortKey.NUMBER: "p.number",
    SortKey.NAME_EN: "p.name_en COLLATE NOCASE",
    SortKey.NAME_ES: "p.name_es COLLATE NOCASE",
    SortKey.SECTOR: "p.sectors COLLATE NOCASE",
    SortKey.AGENCY: "p.agencies COLLATE NOCASE",
    SortKey.DATE: "p.date",
    SortKey.STATUS: "p.status",
    SortKey.ADMINISTRATION: "p.administration",
}


def where(query: PolicyQuery, *, skip: Facet | None = None) -> tuple[str, list]:
    """WHERE clause and parameters; `skip` leaves one facet out (for that facet's counts)."""
    clauses: list[str] = []
    params: list = []
    if query.kind:
        clauses.append("p.kind = ?")
        params.append(query.kind)
    match = fts_expression(query.text)
    if match is not None:
        clauses.append("p.seq IN (SELECT rowid FROM policies_fts WHERE policies_fts MATCH ?)")
        params.append(match)
    if query.sectors and skip is not Facet.SECTOR:
        clauses.append(
            "EXISTS (SELECT 1 FROM policy_sectors s WHERE s.policy_id = p.id "
            "AND s.sector IN (SELECT value FROM json_each(?)))"
        )
        params.append(json.dumps(sorted(query.sectors)))
    if query.administrations and skip is not Facet.ADMINISTRATION:
        clauses.append("p.administration IN (SELECT value FROM json_each(?))")
        params.append(json.dumps(sorted(query.administrations)))
    if query.statuses and skip is not Facet.STATUS:
        clauses.append("p.status IN (SELECT value FROM json_each(?))")
        params.append(json.dumps(sorted(query.statuses)))
    if skip is not Facet.YEAR:
        if query.year_from is not None:
            clauses.append("p.year >= ?")
            params.append(int(query.year_from))
        if query.year_to is not None:
            clauses.append("p.year <= ?")
            params.append(int(query.year_to))
    if query.ids is not None:
        clauses.append("p.id IN (SELECT value FROM json_each(?))")
        params.append(json.dumps(list(query.ids)))
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def order_by(query: PolicyQuery) -> str:
    direction = "DESC" if query.descending else "ASC"
    column = _SORT_SQL[SortKey(query.sort)]
    return f" ORDER BY {column} {direction} NULLS LAST, p.kind, p.number"


def rows_sql(query: PolicyQuery) -> tuple[str, list]:
    clause, params = where(query)
    return f"SELECT {ROW_COLUMNS} FROM policies p{clause}{order_by(query)} LIMIT ? OFFSET ?", params


def count_sql(query: PolicyQuery) -> tuple[str, list]:
    clause, params = where(query)
    return f"SELECT COUNT(*) FROM policies p{clause}", params


def facet_sql(query: PolicyQuery, facet: Facet) -> tuple[str, list]:
    clause, params = where(query, skip=facet)
    if facet is Facet.SECTOR:
        sql = (
            "SELECT s.sector, COUNT(*) FROM policy_sectors s JOIN policies p ON p.id = s.policy_id"
            f"{clause} GROUP BY s.sector ORDER BY s.sector"
        )
    else:
        column = {
            Facet.ADMINISTRATION: "p.administration",
            Facet.STATUS: "p.status",
            Facet.YEAR: "p.year",
        }[facet]
        null_guard = f"{column} IS NOT NULL"
        clause = f"{clause} AND {null_guard}" if clause else f" WHERE {null_guard}"
        sql = (
            f"SELECT {column}, COUNT(*) FROM policies p{clause} GROUP BY {column} ORDER BY {column}"
        )
    return sql, params
