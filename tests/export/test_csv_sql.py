"""The per-policy CSV from the lines the build stored is byte-identical to the one built from
records.

`write_policies_csv` (Python, from `Store.iter_policies`) defines the format; the export uses
`write_policies_csv_sql`, which copies the lines the build made with SQLite (`policy_csv`,
`compile.csv_lines`: marker bytes around the text cells, quoted and neutralised per block).
Both run here on the real database and on a copy whose text is made hostile (and whose lines
are then built again): formula starts, quotes, commas, line breaks, tabs, the Python fast
path's marker characters and the characters numbered like the SQL path's marker bytes, empty
list parts, missing dates, a source link to no source, non-BMP characters.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from mxpolicy_gui.compile.csv_lines import write_csv_lines
from mxpolicy_gui.export.csv_writer import write_policies_csv, write_policies_csv_sql
from mxpolicy_gui.export.errors import ExportCancelled
from mxpolicy_gui.store import PolicyQuery, SortKey, Store

QUERIES = (
    PolicyQuery(),
    PolicyQuery(kind="reform", sort=SortKey.NAME_EN, descending=True),
    PolicyQuery(text="energía"),
    PolicyQuery(text="=cmd"),
    PolicyQuery(sort=SortKey.DATE),
    PolicyQuery(text="reforma", sort=SortKey.RELEVANCE),
)

HOSTILE = (
    # (column, value) per policy, applied in turn to the first policies by seq
    {"name_en": '=HYPERLINK("http://x","y")', "summary": "+1, two\r\nthree", "date": None},
    {"name_en": "-5", "objective": 'say "hi", then\tgo', "status_as_of": None},
    {"name_en": "@SUM(A1)", "sectors": "; energía; ; salud; ", "measures": "\nuno\n\ndos\n"},
    {"name_en": "\tTab", "agencies": None, "measures": None, "president": "\rCR"},
    {"name_en": "mark\x1fers\x1e", "summary": "\x1f=\x1e", "sectors": "; "},
    {"name_en": "emoji 🇲🇽 ok", "measures": "=a\nb", "agencies": "a;; b; c"},
    {"name_en": "", "summary": "", "objective": '"', "date": "-2020"},
    # characters whose code points are the marker bytes (never the bytes themselves in UTF-8)
    {"name_en": "\u00ff\u00fe=x", "summary": "\ufffe\uffff\"", "president": "@\u00ff"},
)


def _both(store: Store, query: PolicyQuery, tmp_path: Path, excel: bool) -> tuple[bytes, bytes]:
    python, sql = tmp_path / "python.csv", tmp_path / "sql.csv"
    n_python = write_policies_csv(
        python, store.iter_policies(query, figures=False), excel_compatible=excel
    )
    n_sql = write_policies_csv_sql(sql, store, query, excel_compatible=excel)
    assert n_python == n_sql
    return python.read_bytes(), sql.read_bytes()


@pytest.mark.parametrize("query", QUERIES, ids=lambda q: q.describe() or "all")
def test_sql_csv_matches_the_record_csv_on_the_real_data(store, query, tmp_path):
    python, sql = _both(store, query, tmp_path, excel=True)
    assert python == sql
    assert sql.count(b"\r\n") > 1 or query.text  # real rows, not just a header


@pytest.fixture(scope="module")
def hostile_db(db_path, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("hostile") / "policy.db"
    shutil.copy(db_path, path)
    conn = sqlite3.connect(path)
    with conn:
        seqs = [r[0] for r in conn.execute("SELECT seq FROM policies ORDER BY seq")]
        for seq, changes in zip(seqs, HOSTILE, strict=False):
            for column, value in changes.items():
                conn.execute(f"UPDATE policies SET {column} = ? WHERE seq = ?", [value, seq])
        conn.execute(
            "UPDATE sources SET citation = '=' || citation || ' \"q\", x' "
            "WHERE id = (SELECT MIN(id) FROM sources)"
        )
        first = conn.execute("SELECT id FROM policies WHERE seq = ?", [seqs[0]]).fetchone()[0]
        conn.execute(
            "INSERT INTO policy_sources (policy_id, source_id, position) VALUES (?, ?, ?)",
            [first, "no-such-source", 99],
        )
        # The build's lines describe the old text: make them again, as a build would.
        conn.execute("DROP TABLE policy_csv")
        write_csv_lines(conn)
    conn.close()
    return path


@pytest.mark.parametrize("excel", [True, False])
@pytest.mark.parametrize("query", QUERIES, ids=lambda q: q.describe() or "all")
def test_sql_csv_matches_the_record_csv_on_hostile_text(hostile_db, query, excel, tmp_path):
    with Store(hostile_db) as store:
        python, sql = _both(store, query, tmp_path, excel=excel)
    assert python == sql


@pytest.mark.parametrize("query", QUERIES[1::2], ids=lambda q: q.describe() or "all")
def test_sql_csv_in_small_blocks_keeps_the_order(hostile_db, query, tmp_path, monkeypatch):
    """Blocks of 3 records come out in the query's order: the file is still the record CSV
    byte for byte."""
    from mxpolicy_gui.export import csv_writer

    monkeypatch.setattr(csv_writer, "CHUNK", 3)
    with Store(hostile_db) as store:
        python, sql = _both(store, query, tmp_path, excel=True)
    assert python == sql


def test_hostile_rows_really_are_hostile(hostile_db, tmp_path):
    with Store(hostile_db) as store:
        _, sql = _both(store, PolicyQuery(), tmp_path, excel=False)
    assert b'"\'=HYPERLINK(""http://x"",""y"")"' in sql
    assert b'"energ\xc3\xada; salud"' in sql  # empty list parts dropped
    assert b'"uno | dos"' in sql
    assert "🇲🇽".encode() in sql


def test_sql_csv_cancels_without_touching_the_target(store, tmp_path):
    target = tmp_path / "out.csv"
    target.write_bytes(b"old")
    with pytest.raises(ExportCancelled):
        write_policies_csv_sql(target, store, PolicyQuery(), cancelled=lambda: True)
    assert target.read_bytes() == b"old"


def test_sql_csv_spanish_header_row_matches(store, tmp_path):
    python, sql = tmp_path / "python.csv", tmp_path / "sql.csv"
    write_policies_csv(python, store.iter_policies(PolicyQuery(), figures=False), headers="es")
    write_policies_csv_sql(sql, store, PolicyQuery(), headers="es")
    assert python.read_bytes() == sql.read_bytes()
    assert not sql.read_bytes().split(b"\r\n", 1)[0].endswith(b",sources")


CELLS = ("", "plain", '"', 'a "b" c', "=1+2", "+", "-5", "@x", "\tt", "\rr", "\r\n", "x=y",
         "ÿþ", "\ufffe\uffff", "🇲🇽", "\x1f=\x1e", "'=", " =")


#: The text columns the SQL lines read, in `csv_writer.POLICY_COLUMNS` order ("citation" is
#: the one source of each policy).
TEXTS = ("id", "kind", "name_en", "name_es", "administration", "president", "sectors",
         "agencies", "date", "date_kind", "status", "status_as_of", "summary", "objective",
         "measures", "citation")
CSV = {"list_sep": "; ", "text_sep": " | ", "eol": "\r\n"}
NOT_NULL = ("id", "kind", "name_en", "name_es", "status", "citation")
LISTED = {"sectors": ("; ", "; "), "agencies": ("; ", "; "), "measures": ("\n", " | ")}


def _expected_cell(column: str, value: str | None) -> str:
    """What the records make of a stored value (`split_list`, `_split_lines`), quoted."""
    from mxpolicy_gui.export.csv_writer import quote

    if column in LISTED:
        sep, joiner = LISTED[column]
        value = joiner.join(part for part in (value or "").split(sep) if part)
    return quote(value or "")


def test_each_cell_of_each_column_comes_out_as_quote_makes_it(tmp_path):
    """Every hostile cell in every text column, alone in an otherwise plain row (so both of
    the SQL's lines, the one for plain rows and the checked one, are used), is stored as
    `quote` makes it."""

    values = (*CELLS, None, "; a", "a; ", "a; ; b", "\na", "a\n", "a\n\nb", "a;  b", "2020-01",
              "9~x", ":x", "/x", "0", "A", "@")
    plain = {**dict.fromkeys(TEXTS, "plain"), "date": "2020-01-02", "status_as_of": "2021"}
    rows = [{**plain, "id": f"row{n}"} for n in range(3)]
    rows += [
        {**plain, "id": f"row{len(rows) + n}", column: value}
        for n, (column, value) in enumerate(
            (c, v) for c in TEXTS for v in values if v is not None or c not in NOT_NULL
        )
    ]
    db = tmp_path / "cells.db"
    conn = sqlite3.connect(db)
    columns = ", ".join(c for c in TEXTS if c != "citation")
    conn.executescript(
        f"CREATE TABLE policies ({columns}, number);"
        "CREATE TABLE sources (id, citation); CREATE TABLE policy_sources (policy_id, "
        "source_id, position);"
    )
    for rowid, row in enumerate(rows, start=1):
        conn.execute(
            f"INSERT INTO policies (rowid, {columns}, number) VALUES "
            f"({rowid}, {', '.join('?' * (len(TEXTS) - 1))}, 7)",
            [row[c] for c in TEXTS if c != "citation"],
        )
        if row["citation"] is not None:
            conn.execute("INSERT INTO sources VALUES (?, ?)", [f"s{rowid}", row["citation"]])
            conn.execute("INSERT INTO policy_sources VALUES (?, ?, 1)", [row["id"], f"s{rowid}"])
    write_csv_lines(conn, batch=7, **CSV)
    conn.commit()
    stored = conn.execute("SELECT policy_rowid, line FROM policy_csv ORDER BY 1").fetchall()
    conn.close()
    assert [rowid for rowid, _ in stored] == list(range(1, len(rows) + 1))
    found = b"".join(line for _, line in stored).decode().split("\r\n")[:-1]
    # A cell's own CR LF splits its line in two here: compare the lines joined back.
    expected = []
    for row in rows:
        cells = [_expected_cell(c, row[c]) for c in TEXTS]
        expected.append(",".join([*cells[:2], "7", *cells[2:]]))
    assert "\r\n".join(found) == "\r\n".join(expected)
