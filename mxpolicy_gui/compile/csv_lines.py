"""Each policy's line of the per-policy CSV, built once by the build into `policy_csv`.

Why at build time: a line is a pure function of the policy's row and its sources, and the
database never changes after the build, so the export only copies stored bytes (at 100,000
records, building the lines took about four times as long as the whole export may, 0.5 s).

Why in SQL: reading 15 text columns into Python objects costs more than SQLite's printf.
SQLite writes each line with one printf, neutralises formula cells and hands the line over as
UTF-8 bytes, its text cells between mark bytes; `finish_marked_lines` doubles quotes and
turns the marks into quotes for a whole block of lines at once. The format itself is defined
by the export's per-cell builders (`export.csv_writer`); tests check that the stored lines
make byte-identical files, on the real data and on hostile text."""

from __future__ import annotations

import sqlite3

from mxpolicy_gui.dataset import CSV_EOL, CSV_TEXT_SEPARATOR
from mxpolicy_gui.vocabulary import LIST_SEPARATOR

#: SQL function (registered on every connection that runs `policy_csv_sql`) for list
#: columns that hold empty parts: splits like the records do (`_split`) and joins with the
#: CSV's separator.
LIST_FUNCTION = "mx_csv_list"

#: Where each text cell's opening and closing double quote go in a line from
#: `policy_csv_sql`. A byte that never occurs in UTF-8 text, so the caller can find every
#: cell's quotes in a whole block of lines at once, without looking at the text.
MARK = b"\xff"

#: First characters that make a spreadsheet take a cell for a formula (`csv_writer`
#: neutralises them), as code points; all are ASCII below "A".
_FORMULA_CODES = "9, 13, 43, 45, 61, 64"


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


def _unclean(expr: str, sep: str) -> str:
    """SQL: the stored list `expr` has an empty part (a leading, trailing or doubled `sep`).
    NULL for NULL. The tests look at the value's bytes (a BLOB): `substr` of a text from its
    end counts the characters of the whole text first, and `instr` on a text steps over each
    character's continuation bytes; on bytes both are plain comparisons, and for UTF-8 the
    same test."""
    raw, n = f"CAST({expr} AS BLOB)", len(sep.encode())
    return (
        f"substr({raw}, 1, {n}) = {_bytes(sep)} OR substr({raw}, -{n}) = {_bytes(sep)} "
        f"OR instr({raw}, {_bytes(sep + sep)})"
    )


def _joined(expr: str, sep: str, joiner: str) -> str:
    """SQL: the stored list `expr` with `joiner` for `sep`, as is (no empty parts in it)."""
    return expr if sep == joiner else f"replace({expr}, {_chars(sep)}, {_chars(joiner)})"


def list_cell(expr: str, sep: str, joiner: str) -> str:
    """SQL for a list column stored joined by `sep`, as text joined by `joiner`. Empty parts
    are dropped, as the records drop them; that case goes through `LIST_FUNCTION`, every
    other value is at most one `replace`. NULL stays NULL, which printf writes as nothing."""
    return (
        f"(CASE WHEN {_unclean(expr, sep)} "
        f"THEN {LIST_FUNCTION}({expr}, {_chars(sep)}, {_chars(joiner)}) "
        f"ELSE {_joined(expr, sep, joiner)} END)"
    )


def _formula_prefix(expr: str) -> str:
    """SQL: "'" if the text `expr` starts like a formula, else ''."""
    return f"iif(unicode({expr}) IN ({_FORMULA_CODES}), '''', '')"


def _glob(text: str) -> str:
    """`text` as a GLOB pattern matching itself (our own separators, never user input)."""
    return _chars("".join(f"[{c}]" if c in "*?[" else c for c in text))


#: The text cells of `csv_writer.POLICY_COLUMNS` before and after `number` ("sources" is the
#: joined citations), the stored lists among them with their separators, the columns that
#: are never NULL, and the dates.
_HEAD = ("id", "kind")
_TAIL = (
    "name_en", "name_es", "administration", "president", "sectors", "agencies", "date",
    "date_kind", "status", "status_as_of", "summary", "objective", "measures", "sources",
)
_LISTS = {"sectors": LIST_SEPARATOR, "agencies": LIST_SEPARATOR, "measures": "\n"}
_NOT_NULL = ("id", "kind", "name_en", "name_es", "status")
_DATES = ("date", "status_as_of")

def _cell(checked: bool, column: str, list_sep: str, text_sep: str) -> str:
    """SQL for one text cell as the records give it; not `checked`: the row passed `_fast`."""
    if column not in _LISTS:
        return f"p.{column}"
    joiner = list_sep if _LISTS[column] == LIST_SEPARATOR else text_sep
    if checked:
        return list_cell(f"p.{column}", _LISTS[column], joiner)
    return _joined(f"p.{column}", _LISTS[column], joiner)


def _fast() -> str:
    """SQL: true if no text cell of the row but the sources can start like a formula and no
    stored list has an empty part, so the line needs no per-cell test. Cheap on purpose
    (about a tenth of the line's cost): one `min` over the texts (every formula start is
    below "A"), dates must start with a digit, GLOB for the separators (it stops at the
    first byte that differs; `instr` and `substr` step through characters). False or NULL
    when unsure: such a row gets the checked line."""
    texts = [
        f"p.{c}" if c in _NOT_NULL else f"ifnull(p.{c}, 'A')"
        for c in (*_HEAD, *_TAIL)
        if c not in (*_DATES, "sources")
    ]
    tests = [f"min({', '.join(texts)}) >= 'A'"]
    tests += [f"ifnull(p.{c}, '0') BETWEEN '0' AND '9~'" for c in _DATES]
    for column, sep in _LISTS.items():
        patterns = [f"'*' || {_glob(sep)}", f"'*' || {_glob(sep + sep)} || '*'"]
        if sep >= "A":  # a leading separator below "A" already fails the `min`
            patterns.append(f"{_glob(sep)} || '*'")
        tests += [f"NOT ifnull(p.{column}, '') GLOB {pattern}" for pattern in patterns]
    return " AND ".join(tests)


def policy_csv_sql(
    *, list_sep: str = LIST_SEPARATOR, text_sep: str = CSV_TEXT_SEPARATOR, eol: str = CSV_EOL
) -> str:
    """SELECT of (rowid, BLOB) per policy, in rowid order: the cells of the export's
    `POLICY_COLUMNS` and the line end, each text cell neutralised and between two `MARK`s,
    quotes inside the text not yet doubled (`finish_marked_lines` does both).

    Why two printf: a row with no text starting below "A" and no empty list part (nearly
    every row) needs no per-cell test, which costs SQLite several string functions per cell;
    the other rows get them. The sources cell neutralises itself (SQLite computes an
    aggregate once, however often it is named). Printf writes NULL as an empty text.
    """
    joined = f"group_concat(citation, {_chars(text_sep)})"
    sources = (
        f"(SELECT CASE WHEN {joined} < 'A' AND unicode({joined}) IN ({_FORMULA_CODES}) "
        f"THEN '''' || {joined} ELSE {joined} END FROM (SELECT s.citation "
        "FROM policy_sources ps JOIN sources s ON s.id = ps.source_id "
        "WHERE ps.policy_id = p.id ORDER BY ps.position))"
    )
    plain, neutral = (MARK + b"%s" + MARK).hex(), (MARK + b"%s%s" + MARK).hex()
    comma, number, end = b",".hex(), b"%s".hex(), eol.encode().hex() + "'"
    fmt = "x'" + comma.join([plain] * len(_HEAD) + [number] + [plain] * len(_TAIL)) + end
    # The checked line: each text cell after its neutralising prefix, but the sources.
    checked_fmt = "x'" + comma.join([neutral] * len(_HEAD) + [number])
    checked_fmt += comma + comma.join([neutral] * (len(_TAIL) - 1) + [plain]) + end

    def args(checked: bool) -> str:
        out = []
        for column in (*_HEAD, "number", *_TAIL):
            if column in ("number", "sources"):
                out.append("p.number" if column == "number" else sources)
                continue
            expr = _cell(checked, column, list_sep, text_sep)
            out += [_formula_prefix(expr), expr] if checked else [expr]
        return ", ".join(out)

    return (
        f"SELECT p.rowid, CAST(CASE WHEN {_fast()} "
        f"THEN printf(CAST({fmt} AS TEXT), {args(False)}) "
        f"ELSE printf(CAST({checked_fmt} AS TEXT), {args(True)}) END AS BLOB) "
        "FROM policies p ORDER BY p.rowid"
    )


def finish_marked_lines(block: bytes) -> bytes:
    """CSV lines from lines of `policy_csv_sql`: the same bytes the export's `quote` makes of
    each cell. Two C loops that jump from one match to the next with `memchr`. The mark is a
    byte UTF-8 text never holds, so no quote can be taken for another."""
    return block.replace(b'"', b'""').replace(MARK, b'"')


#: The table of finished lines, keyed by the policy's rowid: every index on `policies`
#: holds the rowid, so the export finds the lines of any sort order from an index alone
#: (a `seq` would have to be read from each policy's row: 130 ms at 100,000 records).
CSV_TABLE_SQL = (
    "CREATE TABLE policy_csv (policy_rowid INTEGER PRIMARY KEY, line BLOB NOT NULL)"
)


def write_csv_lines(conn: sqlite3.Connection, batch: int = 2000, **csv: str) -> None:
    """Create `policy_csv` and store every policy's finished line in it (`csv`: the
    separators and line end of `policy_csv_sql`, the export's by default). Run after the
    policies, their sources and the indexes are written; re-run (after dropping the table)
    whenever a policy's row or a citation changes."""
    register_list_function(conn)
    conn.execute(CSV_TABLE_SQL)
    cursor = conn.execute(policy_csv_sql(**csv))
    while rows := cursor.fetchmany(batch):
        conn.executemany(
            "INSERT INTO policy_csv (policy_rowid, line) VALUES (?, ?)",
            [(rowid, finish_marked_lines(line)) for rowid, line in rows],
        )
