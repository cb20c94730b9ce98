"""docs/data-dictionary.md and the real schema list the same tables and columns."""

from __future__ import annotations

import re
import sqlite3

from tests.helpers import DB_PATH, REPO

INTERNAL = re.compile(r"^(sqlite_|policies_fts_)")


def documented() -> dict[str, set[str]]:
    tables: dict[str, set[str]] = {}
    current = None
    for line in (REPO / "docs" / "data-dictionary.md").read_text(encoding="utf-8").splitlines():
        heading = re.match(r"^## `(\w+)`", line)
        if heading:
            current = tables.setdefault(heading.group(1), set())
            continue
        cell = re.match(r"^\| `(\w+)` \|", line)
        if cell and current is not None:
            current.add(cell.group(1))
    return tables


def actual() -> dict[str, set[str]]:
    conn = sqlite3.connect(f"{DB_PATH.as_uri()}?mode=ro", uri=True)
    names = [
        n
        for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        if not INTERNAL.match(n)
    ]
    schema = {n: {row[1] for row in conn.execute(f'PRAGMA table_info("{n}")')} for n in names}
    conn.close()
    return schema


def test_dictionary_matches_schema():
    assert documented() == actual()


def test_dictionary_states_current_schema_version():
    from mxpolicy_gui.dataset import SCHEMA_VERSION

    text = (REPO / "docs" / "data-dictionary.md").read_text(encoding="utf-8")
    assert f"(currently **{SCHEMA_VERSION}**)" in text
