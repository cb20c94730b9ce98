"""The SQL behind `PolicyQuery`: fixed text with bound values, sort keys from a whitelist."""

from __future__ import annotations

import json
from typing import Any

from mxpolicy_gui.store.fts import fts_expression
from mxpolicy_gui.store.query import Facet, PolicyQuery, SortKey

ROW_COLUMNS = (
    "p.id, p.kind, p.number, p.name_en, p.name_es, p.sectors, p.agencies, p.date, "
    "p.date_kind, p.status, p.administration"
)

#: What a full `Policy` is made from (the store adds figures, sources and record tables).
POLICY_COLUMNS = (
    "p.id, p.kind, p.number, p.name_en, p.name_es, p.administration, p.president, p.sectors, "
    "p.agencies, p.date, p.date_kind, p.status, p.summary, p.objective, p.measures, "
    "p.status_as_of, p.summary_es, p.objective_es, p.measures_es"
)

#: A `Figure`'s columns, in its field order, after `policy_id`.
FIGURE_COLUMNS = (
    "policy_id, label, value, value_max, unit, currency, year, source_id, note, label_es, "
    "unit_es, note_es, kind, period_start, period_end, derived, confidence"
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


def _filters(query: PolicyQuery, skip: Facet | None) -> tuple[list[str], list[Any]]:
    """Clauses and parameters of the facet and id filters (everything but kind and text)."""
    clauses: list[str] = []
    params: list[Any] = []
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
        undated = " OR p.year IS NULL" if query.include_undated else ""
        if query.year_from is not None:
            clauses.append(f"(p.year >= ?{undated})")
            params.append(int(query.year_from))
        if query.year_to is not None:
            clauses.append(f"(p.year <= ?{undated})")
            params.append(int(query.year_to))
    if query.ids is not None:
        clauses.append("p.id IN (SELECT value FROM json_each(?))")
        params.append(json.dumps(list(query.ids)))
    return clauses, params


def has_filters(query: PolicyQuery) -> bool:
    """True if anything but kind and text narrows the query."""
    return bool(_filters(query, None)[0])


def where(query: PolicyQuery, *, skip: Facet | None = None) -> tuple[str, list[Any]]:
    """WHERE clause and parameters; `skip` leaves one facet out (for that facet's counts)."""
    clauses: list[str] = []
    params: list[Any] = []
    if query.kind:
        clauses.append("p.kind = ?")
        params.append(query.kind)
    match = fts_expression(query.text)
    if match is not None:
        clauses.append("p.seq IN (SELECT rowid FROM policies_fts WHERE policies_fts MATCH ?)")
        params.append(match)
    more, more_params = _filters(query, skip)
    clauses += more
    params += more_params
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


#: Columns the schema declares NOT NULL: "NULLS LAST" changes nothing for them, and left out
#: it lets SQLite read them in index order instead of sorting (a full sort of every exported
#: row at 100,000 records).
_NOT_NULL = {SortKey.NUMBER, SortKey.NAME_EN, SortKey.NAME_ES, SortKey.STATUS}


def order_by(query: PolicyQuery) -> str:
    direction = "DESC" if query.descending else "ASC"
    key = SortKey(query.sort)
    nulls = "" if key in _NOT_NULL else " NULLS LAST"
    if key is SortKey.NUMBER:
        # Numbers restart per kind: across both kinds, innovations 1–12 then reforms 1–13.
        return f" ORDER BY p.kind, p.number {direction}"
    return f" ORDER BY {_SORT_SQL[key]} {direction}{nulls}, p.kind, p.number"


def rows_sql(query: PolicyQuery) -> tuple[str, list[Any]]:
    clause, params = where(query)
    return f"SELECT {ROW_COLUMNS} FROM policies p{clause}{order_by(query)} LIMIT ? OFFSET ?", params


def policies_sql(query: PolicyQuery) -> tuple[str, list[Any]]:
    """Full records (`POLICY_COLUMNS`) of all matching rows in sort order, for streaming."""
    clause, params = where(query)
    return f"SELECT {POLICY_COLUMNS} FROM policies p{clause}{order_by(query)}", params


# Search in full-text order. The build writes the policies sorted by kind and number, so each
# kind is one run of seq numbers (the full-text rowids) in number order; `Store` checks that
# before using these. The full-text index then hands out matches already in number order,
# restricted to the kind by rowid, and a page needs only as many matches as it shows instead
# of all of them, sorted. Counting needs no table at all. These queries are for a kind's
# matches in number order only; any other sort goes through `rows_sql`.

_FTS_JOIN = (
    "FROM policies_fts f JOIN policies p ON p.seq = f.rowid "
    "WHERE f.policies_fts MATCH ? AND f.rowid BETWEEN ? AND ?"
)


def text_rows_sql(query: PolicyQuery, first: int, last: int) -> tuple[str, list[Any]]:
    """Rows of one kind's seq range `first`..`last` matching the text, in number order."""
    match = fts_expression(query.text)
    more, more_params = _filters(query, None)
    extra = "".join(f" AND {c}" for c in more)
    direction = "DESC" if query.descending else "ASC"
    return (
        f"SELECT {ROW_COLUMNS} {_FTS_JOIN}{extra} ORDER BY f.rowid {direction} LIMIT ? OFFSET ?",
        [match, first, last, *more_params],
    )


def text_count_sql(query: PolicyQuery, first: int, last: int) -> tuple[str, list[Any]]:
    """How many rows `text_rows_sql` has in all."""
    match = fts_expression(query.text)
    more, more_params = _filters(query, None)
    if not more:
        return (
            "SELECT COUNT(*) FROM policies_fts WHERE policies_fts MATCH ? "
            "AND rowid BETWEEN ? AND ?",
            [match, first, last],
        )
    extra = "".join(f" AND {c}" for c in more)
    return f"SELECT COUNT(*) {_FTS_JOIN}{extra}", [match, first, last, *more_params]


def count_sql(
    query: PolicyQuery, seq_range: tuple[int, int] | None = None
) -> tuple[str, list[Any]]:
    """How many rows match. `seq_range` is the kind's run of seq numbers (see
    `text_rows_sql`): with it, a count under sector filters alone reads two indexes only."""
    only_sectors = (
        query.sectors
        and not (query.administrations or query.statuses or query.ids is not None)
        and query.year_from is None
        and query.year_to is None
        and fts_expression(query.text) is None
    )
    if seq_range is not None and only_sectors:
        # The EXISTS of `where` looks up every policy of the kind (slow at scale, see
        # docs/performance.md); this walks the sector index and finds each policy's rowid
        # (= seq) in the index on id instead.
        sectors = sorted(query.sectors)
        marks = ", ".join("?" * len(sectors))
        return (
            "SELECT COUNT(*) FROM policies p WHERE p.rowid BETWEEN ? AND ? AND p.id IN "
            f"(SELECT policy_id FROM policy_sectors WHERE sector IN ({marks}))",
            [*seq_range, *sectors],
        )
    clause, params = where(query)
    return f"SELECT COUNT(*) FROM policies p{clause}", params


_FACET_COLUMNS = {
    Facet.ADMINISTRATION: "p.administration",
    Facet.STATUS: "p.status",
    Facet.YEAR: "p.year",
}


def facet_sql(
    query: PolicyQuery, facet: Facet, seq_range: tuple[int, int] | None = None
) -> tuple[str, list[Any]]:
    """Values of `facet` with counts under the other filters. With `seq_range` (see
    `text_rows_sql`) the matches come straight from the full-text index, in one pass."""
    if seq_range is None:
        source, params = "policies p", []
        clauses: list[str] = []
        clause, where_params = where(query, skip=facet)
        if clause:
            clauses.append(clause.removeprefix(" WHERE "))
        params += where_params
    else:
        source = "policies_fts f JOIN policies p ON p.seq = f.rowid"
        clauses = ["f.policies_fts MATCH ?", "f.rowid BETWEEN ? AND ?"]
        params = [fts_expression(query.text), *seq_range]
        more, more_params = _filters(query, facet)
        clauses += more
        params += more_params
    if facet is Facet.SECTOR:
        source += " JOIN policy_sectors s ON s.policy_id = p.id"
        column = "s.sector"
    else:
        column = _FACET_COLUMNS[facet]
        clauses.append(f"{column} IS NOT NULL")
    clause = (" WHERE " + " AND ".join(clauses)) if clauses else ""
    return f"SELECT {column}, COUNT(*) FROM {source}{clause} GROUP BY 1 ORDER BY 1", params
