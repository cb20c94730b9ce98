"""The per-policy CSV built by SQLite: one finished line (bytes) per matching policy.

Why in SQL: at 100,000 records, reading 15 text columns into Python objects and quoting them
cell by cell costs more than the whole export may (0.5 s). SQLite quotes, neutralises and
joins in C and hands over each line as UTF-8 bytes, ready to write. The format itself is
defined by `mxpolicy_gui.export.csv_writer` (its per-cell builders); tests check that this
SQL produces byte-identical files, on the real data and on hostile text.
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


def _neutraliser(column: str, formula_start: str) -> str:
    """SQL giving a single quote when `column` starts like a formula, else ''. (`unicode()`
    reads only the first character: much cheaper than `substr` on long texts.)"""
    codes = ", ".join(str(ord(c)) for c in sorted(formula_start))
    return f"iif(unicode({column}) IN ({codes}), '''', '')"


def _doubled_quotes(column: str) -> str:
    """SQL for `column` with its double quotes doubled (looked for first: few texts have any)."""
    return f"""iif(instr({column}, '"'), replace({column}, '"', '""'), {column})"""


def list_cell(expr: str, sep: str, joiner: str) -> str:
    """SQL for a list column stored joined by `sep`, as text joined by `joiner`. Empty parts
    are dropped, as the records drop them; that case (a leading, trailing or doubled `sep`)
    goes through `LIST_FUNCTION`, every other value is one `replace`."""
    s, j = _chars(sep), _chars(joiner)
    value = f"coalesce({expr}, '')"
    unclean = (
        f"substr({value}, 1, length({s})) = {s} OR substr({value}, -length({s})) = {s} "
        f"OR instr({value}, {s} || {s}) > 0"
    )
    plain = value if sep == joiner else f"replace({value}, {s}, {j})"
    return f"(CASE WHEN {unclean} THEN {LIST_FUNCTION}({value}, {s}, {j}) ELSE {plain} END)"


def policy_csv_sql(
    records: tuple[str, list[object]], *, formula_start: str, list_sep: str, text_sep: str,
    eol: str,
) -> tuple[str, list[object]]:
    """SELECT of one BLOB per policy: the CSV line of `csv_writer.POLICY_COLUMNS`, line end
    included. `records` is the statement and parameters that `Store.iter_policies` reads
    (`sql.policies_sql`: the same filters, search and order, ranked or not).

    Three layers, each kept from being flattened into the next by `LIMIT -1 OFFSET 0`: the
    records in their order; each cell's text computed once (flattened, SQLite would evaluate
    the sources subquery once per use); then every text cell quoted and neutralised and the
    line written with a single printf.
    """
    statement, params = records
    sources = (
        "(SELECT group_concat(citation, " + _chars(text_sep) + ") FROM (SELECT s.citation "
        "FROM policy_sources ps JOIN sources s ON s.id = ps.source_id "
        "WHERE ps.policy_id = r.id ORDER BY ps.position))"
    )
    texts = [
        ("id", "r.id"),
        ("kind", "r.kind"),
        None,  # number, bare
        *((c, f"r.{c}") for c in ("name_en", "name_es", "administration", "president")),
        ("sectors", list_cell("r.sectors", LIST_SEPARATOR, list_sep)),
        ("agencies", list_cell("r.agencies", LIST_SEPARATOR, list_sep)),
        *((c, f"r.{c}") for c in ("date", "date_kind", "status", "status_as_of")),
        ("summary", "r.summary"),
        ("objective", "r.objective"),
        ("measures", list_cell("r.measures", "\n", text_sep)),
        ("sources", sources),
    ]
    inner = ["r.number AS number"]
    formats: list[str] = []
    args: list[str] = []
    for cell in texts:
        if cell is None:
            formats.append("%s")
            args.append("number")
            continue
        name, expr = cell
        inner.append(f"coalesce({expr}, '') AS {name}")
        formats.append('"%s%s"')
        args += [_neutraliser(name, formula_start), _doubled_quotes(name)]
    fmt = _literal(",".join(formats)) + " || " + _chars(eol)
    return (
        f"SELECT CAST(printf({fmt}, {', '.join(args)}) AS BLOB) FROM ("
        f"SELECT {', '.join(inner)} FROM ({statement} LIMIT -1 OFFSET 0) r LIMIT -1 OFFSET 0)",
        params,
    )
