"""A record reads only the sources it cites, once: the first detail pane used to read the
whole sources table (5,000 rows at 100,000 records, 35 ms) to show a record citing three."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from mxpolicy_gui.store import PolicyQuery, Store

#: Every statement the traced store's connection runs, in order.
STATEMENTS: list[str] = []


class TracedStore(Store):
    """A store whose connection reports each statement it runs (through the public seam
    that opens the connection)."""

    @staticmethod
    def open_read_only(path: Path) -> sqlite3.Connection:
        conn = Store.open_read_only(path)
        conn.set_trace_callback(STATEMENTS.append)
        return conn


def test_one_record_reads_only_its_own_sources_and_each_once(db_path):
    with Store(db_path) as everything, TracedStore(db_path) as store:
        expected = {p.id: p.sources for p in everything.iter_policies(PolicyQuery())}
        statements = STATEMENTS
        statements.clear()
        first, second = sorted(expected)[:2]

        assert store.policy(first).sources == expected[first]
        reads = [s for s in statements if "FROM sources" in s]
        assert reads and all("WHERE id IN" in s for s in reads)

        statements.clear()
        assert store.policy(first).sources == expected[first]  # kept: nothing read again
        assert not [s for s in statements if "FROM sources" in s]

        assert store.policy(second).sources == expected[second]
        assert len({s.id for s in expected[first]}) < len({
            s.id for sources in expected.values() for s in sources
        })


def test_streamed_records_carry_the_same_sources_as_single_reads(db_path):
    with Store(db_path) as streamed, Store(db_path) as single:
        for policy in streamed.iter_policies(PolicyQuery(), batch=7):
            assert single.policy(policy.id).sources == policy.sources
