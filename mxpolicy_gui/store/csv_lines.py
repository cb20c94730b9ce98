"""The per-policy CSV built by SQLite: one line (bytes) per matching policy.

Why in SQL: at 100,000 records, reading 15 text columns into Python objects costs more than
the whole export may (0.5 s). SQLite joins each line with one printf and hands it over as
UTF-8 bytes, its text cells between marker bytes; the writer
(`mxpolicy_gui.export.csv_writer.finish_marked_lines`) quotes and neutralises a whole block of
lines at once. The format itself is defined by `csv_writer`'s per-cell builders; tests check
that this path produces byte-identical files, on the real data and on hostile text.
"""

from __future__ import annotations

import sqlite3

from mxpolicy_gui.vocabulary import LIST_SEPARATOR

#: SQL function (registered on every `Store` connection) for list columns that hold empty
#: parts: splits like the records do (`_split`) and joins with the CSV's separator.
LIST_FUNCTION = "mx_csv_list"


def _join_list(text: str | None, sep: str, joiner: str) -> str:
    """What the records make of a stored list (split, empty items dropped), joined again."""
    return joiner.join(part for part in (text or "").split(sep) if part)


def register_list_function(conn: sqlite3.Connection) -> None:
    conn.create_function(LIST_FUNCTION, 3, _join_list, deterministic=True)


def _literal(text: str) -> str:
    """`text` as an SQL string literal (only ever our own constants, never user input)."""
    return "'" + text.replace("'", "''") + "'"


def _chars(text: str) -> str:
    """`text` as an SQL expression, spelling control characters with char()."""
    if text.isprintable():
        return _literal(text)
    return "char(" + ", ".join(str(ord(c)) for c in text) + ")"


def _bytes(text: str) -> str:
    """`text` as an SQL blob literal of its UTF-8 bytes."""
    return "x'" + text.encode().hex() + "'"


def list_cell(expr: str, sep: str, joiner: str) -> str:
    """SQL for a list column stored joined by `sep`, as text joined by `joiner`. Empty parts
    are dropped, as the records drop them; that case (a leading, trailing or doubled `sep`)
    goes through `LIST_FUNCTION`, every other value is one `replace`.

    The tests look at the value's bytes (a BLOB): `substr` of a text from its end counts the
    characters of the whole text first, and `instr` on a text steps over each character's
    continuation bytes; on bytes both are plain comparisons, and for UTF-8 the same test.
    """
    s, j, raw = _chars(sep), _chars(joiner), f"CAST({expr} AS BLOB)"
    n = len(sep.encode())
    # NULL stays NULL (no condition holds for it), which printf writes as an empty cell.
    unclean = (
        f"substr({raw}, 1, {n}) = {_bytes(sep)} OR substr({raw}, -{n}) = {_bytes(sep)} "
        f"OR instr({raw}, {_bytes(sep + sep)})"
    )
    plain = expr if sep == joiner else f"replace({expr}, {s}, {j})"
    return f"(CASE WHEN {unclean} THEN {LIST_FUNCTION}({expr}, {s}, {j}) ELSE {plain} END)"


#: Where each text cell's opening and closing double quote go in a line from `policy_csv_sql`.
#: Bytes that never occur in UTF-8 text, so the caller can find every cell's bounds in a whole
#: block of lines at once (`csv_writer.finish_marked_lines`) without looking for marker
#: characters in the text first.
OPEN, CLOSE = b"\xff", b"\xfe"


def policy_csv_sql(
    records: tuple[str, list[object]], *, list_sep: str, text_sep: str, eol: str,
) -> tuple[str, list[object]]:
    """SELECT of one BLOB per policy: the cells of `csv_writer.POLICY_COLUMNS` with the line
    end, each text cell between `OPEN` and `CLOSE`, as is (quotes not yet doubled, formulas
    not yet neutralised). `records` is the statement and parameters that
    `Store.iter_policies` reads (`sql.policies_sql`: the same filters, search and order).

    Why only this much in SQL: one printf per line is cheap, but SQLite's string functions
    walk UTF-8 text a character at a time, and quoting and neutralising every cell in SQL
    cost six times the rest of the query; the caller does both per block of lines with
    bytes methods that run at memory speed. Printf writes NULL as an empty text.
    """
    statement, params = records
    sources = (
        "(SELECT group_concat(citation, " + _chars(text_sep) + ") FROM (SELECT s.citation "
        "FROM policy_sources ps JOIN sources s ON s.id = ps.source_id "
        "WHERE ps.policy_id = r.id ORDER BY ps.position))"
    )
    texts = [
        "r.id", "r.kind", None, "r.name_en", "r.name_es", "r.administration", "r.president",
        list_cell("r.sectors", LIST_SEPARATOR, list_sep),
        list_cell("r.agencies", LIST_SEPARATOR, list_sep),
        "r.date", "r.date_kind", "r.status", "r.status_as_of", "r.summary", "r.objective",
        list_cell("r.measures", "\n", text_sep), sources,
    ]
    quoted = (OPEN + b"%s" + CLOSE).hex()
    fmt = "x'" + b",".hex().join("2573" if cell is None else quoted for cell in texts)
    fmt += eol.encode().hex() + "'"
    args = ", ".join("r.number" if cell is None else cell for cell in texts)
    return (
        f"SELECT CAST(printf(CAST({fmt} AS TEXT), {args}) AS BLOB) "
        f"FROM ({statement} LIMIT -1 OFFSET 0) r",
        params,
    )
