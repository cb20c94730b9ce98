"""The SQL behind `PolicyQuery`: fixed text with bound values, sort keys from a whitelist.

The query's text arrives already parsed (`ParsedSearch`: the store parses it once, with the
database's aliases and columns): its MATCH expression is a bound value, its `kind:` and
`year:` prefixes become ordinary filters.
"""

from __future__ import annotations

import json
from typing import Any

from mxpolicy_gui.store.query import Facet, PolicyQuery, SortKey
from mxpolicy_gui.store.search_syntax import ParsedSearch

ROW_COLUMNS = (
    "p.id, p.kind, p.number, p.name_en, p.name_es, p.sectors, p.agencies, p.date, "
    "p.date_kind, p.status, p.administration"
)

#: What a full `Policy` is made from (the store adds figures, sources and record tables).
POLICY_COLUMNS = (
    "p.id, p.kind, p.number, p.name_en, p.name_es, p.sectors, p.agencies, p.date, "
    "p.date_kind, p.status, p.administration, p.president, p.summary, p.objective, p.measures, "
    "p.status_as_of, p.summary_es, p.objective_es, p.measures_es"
)

#: The stored CSV lines (`policy_csv`, written by the build) of the policies whose rowids
#: the one parameter lists as a JSON array, in that order (CROSS JOIN keeps the
#: array as the outer loop; an ORDER BY would copy every line into a sorter).
CSV_LINES = "SELECT c.line FROM json_each(?) j CROSS JOIN policy_csv c ON c.policy_rowid = j.value"
#: The stored CSV lines of the policies whose rowids run from the first parameter to the
#: second, in rowid order.
CSV_LINE_RANGE = (
    "SELECT line FROM policy_csv WHERE policy_rowid BETWEEN ? AND ? ORDER BY policy_rowid"
)

#: A `Figure`'s columns, in its field order, after `policy_id`.
FIGURE_COLUMNS = (
    "policy_id, label, value, value_max, unit, currency, year, source_id, note, label_es, "
    "unit_es, note_es, kind, derived, period_start, period_end, confidence"
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


def _filters(
    query: PolicyQuery,
    skip: Facet | None,
    parsed: ParsedSearch | None = None,
    *,
    year_index: bool = True,
) -> tuple[list[str], list[Any]]:
    """Clauses and parameters of the facet and id filters, and of the `kind:` and `year:`
    prefixes typed in the search (everything but the tab's kind and the full-text match).

    Without `year_index` a typed year range is not offered to the index on (kind, year):
    for a page in number order SQLite would otherwise read and sort every policy of a
    broad range (`year:2` is 2000–2999: 470 ms at 100,000 records) instead of walking the
    number index until the page is full (a few ms)."""
    clauses: list[str] = []
    params: list[Any] = []
    if parsed is not None:
        if parsed.kinds is not None:
            clauses.append("p.kind IN (SELECT value FROM json_each(?))")
            params.append(json.dumps(sorted(parsed.kinds)))
        for low, high in parsed.years:
            clauses.append(f"{'' if year_index else '+'}p.year BETWEEN ? AND ?")
            params += [low, high]
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


def has_filters(query: PolicyQuery, parsed: ParsedSearch | None = None) -> bool:
    """True if anything but kind and the full-text match narrows the query."""
    return bool(_filters(query, None, parsed)[0])


def where(
    query: PolicyQuery, parsed: ParsedSearch, *, skip: Facet | None = None, year_index: bool = True
) -> tuple[str, list[Any]]:
    """WHERE clause and parameters; `skip` leaves one facet out (for that facet's counts)."""
    clauses: list[str] = []
    params: list[Any] = []
    if query.kind:
        clauses.append("p.kind = ?")
        params.append(query.kind)
    if parsed.match is not None:
        clauses.append("p.seq IN (SELECT rowid FROM policies_fts WHERE policies_fts MATCH ?)")
        params.append(parsed.match)
    more, more_params = _filters(query, skip, parsed, year_index=year_index)
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
    if key in (SortKey.NUMBER, SortKey.RELEVANCE):  # relevance without a match: by number
        # Numbers restart per kind: across both kinds, innovations 1–12 then reforms 1–13.
        return f" ORDER BY p.kind, p.number {direction}"
    return f" ORDER BY {_SORT_SQL[key]} {direction}{nulls}, p.kind, p.number"


def _ranked(query: PolicyQuery, parsed: ParsedSearch) -> bool:
    return query.sort == SortKey.RELEVANCE and parsed.match is not None


def ranked_sql(
    columns: str,
    query: PolicyQuery,
    parsed: ParsedSearch,
    rank: str,
    seq_range: tuple[int, int] | None = None,
) -> tuple[str, list[Any]]:
    """Matching rows best first: `rank` is the weighted bm25 of `search_syntax`, ties in
    kind and number order (so the order is stable page after page)."""
    clauses = ["f.policies_fts MATCH ?"]
    params: list[Any] = [parsed.match]
    if seq_range is not None:
        clauses.append("f.rowid BETWEEN ? AND ?")
        params += list(seq_range)
    elif query.kind:
        clauses.append("p.kind = ?")
        params.append(query.kind)
    more, more_params = _filters(query, None, parsed)
    clauses += more
    params += more_params
    direction = "DESC" if query.descending else "ASC"
    return (
        f"SELECT {columns} FROM policies_fts f JOIN policies p ON p.seq = f.rowid "
        f"WHERE {' AND '.join(clauses)} "
        f"ORDER BY {rank.replace('policies_fts', 'f.policies_fts')} {direction}, "
        "p.kind, p.number",
        params,
    )


def rows_sql(
    query: PolicyQuery,
    parsed: ParsedSearch,
    rank: str = "",
    seq_range: tuple[int, int] | None = None,
) -> tuple[str, list[Any]]:
    """A page of rows; best first if `rank` is given and the query asks for it (`seq_range`:
    the kind's run of seq numbers, see `text_rows_sql`, which bounds what is ranked)."""
    if rank and _ranked(query, parsed):
        statement, params = ranked_sql(ROW_COLUMNS, query, parsed, rank, seq_range)
        return statement + " LIMIT ? OFFSET ?", params
    by_number = query.sort in (SortKey.NUMBER, SortKey.RELEVANCE)
    clause, params = where(query, parsed, year_index=not by_number)
    return f"SELECT {ROW_COLUMNS} FROM policies p{clause}{order_by(query)} LIMIT ? OFFSET ?", params


def policies_sql(
    query: PolicyQuery, parsed: ParsedSearch, rank: str = "", columns: str = POLICY_COLUMNS
) -> tuple[str, list[Any]]:
    """Full records (`POLICY_COLUMNS`, or `columns` of `p`) of all matching rows in sort
    order, for streaming."""
    if rank and _ranked(query, parsed):
        return ranked_sql(columns, query, parsed, rank)
    clause, params = where(query, parsed)
    return f"SELECT {columns} FROM policies p{clause}{order_by(query)}", params


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


def text_rows_sql(
    query: PolicyQuery, parsed: ParsedSearch, first: int, last: int
) -> tuple[str, list[Any]]:
    """Rows of one kind's seq range `first`..`last` matching the text, in number order."""
    match = parsed.match
    more, more_params = _filters(query, None, parsed)
    extra = "".join(f" AND {c}" for c in more)
    direction = "DESC" if query.descending else "ASC"
    return (
        f"SELECT {ROW_COLUMNS} {_FTS_JOIN}{extra} ORDER BY f.rowid {direction} LIMIT ? OFFSET ?",
        [match, first, last, *more_params],
    )


_COUNT = "SELECT COUNT(*) "


def capped(count_statement: str) -> str:
    """A statement of `count_sql` or `text_count_sql` that stops counting at a limit, passed
    as one more parameter after the statement's own."""
    if not count_statement.startswith(_COUNT):
        raise ValueError(f"not a count statement: {count_statement[:40]!r}")
    return f"SELECT COUNT(*) FROM (SELECT 1 {count_statement[len(_COUNT):]} LIMIT ?)"


def text_count_sql(
    query: PolicyQuery, parsed: ParsedSearch, first: int, last: int
) -> tuple[str, list[Any]]:
    """How many rows `text_rows_sql` has in all."""
    match = parsed.match
    more, more_params = _filters(query, None, parsed)
    if not more:
        return (
            "SELECT COUNT(*) FROM policies_fts WHERE policies_fts MATCH ? "
            "AND rowid BETWEEN ? AND ?",
            [match, first, last],
        )
    extra = "".join(f" AND {c}" for c in more)
    return f"SELECT COUNT(*) {_FTS_JOIN}{extra}", [match, first, last, *more_params]


def count_sql(
    query: PolicyQuery, parsed: ParsedSearch, seq_range: tuple[int, int] | None = None
) -> tuple[str, list[Any]]:
    """How many rows match. `seq_range` is the kind's run of seq numbers (see
    `text_rows_sql`): with it, a count under sector filters alone reads two indexes only."""
    only_sectors = (
        query.sectors
        and not (query.administrations or query.statuses or query.ids is not None)
        and query.year_from is None
        and query.year_to is None
        and parsed.empty
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
    clause, params = where(query, parsed)
    return f"SELECT COUNT(*) FROM policies p{clause}", params


_FACET_COLUMNS = {
    Facet.ADMINISTRATION: "p.administration",
    Facet.STATUS: "p.status",
    Facet.YEAR: "p.year",
}


def facet_sql(
    query: PolicyQuery,
    parsed: ParsedSearch,
    facet: Facet,
    seq_range: tuple[int, int] | None = None,
) -> tuple[str, list[Any]]:
    """Values of `facet` with counts under the other filters. With `seq_range` (see
    `text_rows_sql`) the matches come straight from the full-text index, in one pass."""
    if seq_range is None:
        source, params = "policies p", []
        clauses: list[str] = []
        clause, where_params = where(query, parsed, skip=facet)
        if clause:
            clauses.append(clause.removeprefix(" WHERE "))
        params += where_params
    else:
        source = "policies_fts f JOIN policies p ON p.seq = f.rowid"
        clauses = ["f.policies_fts MATCH ?", "f.rowid BETWEEN ? AND ?"]
        params = [parsed.match, *seq_range]
        more, more_params = _filters(query, facet, parsed)
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
