"""A record reads only the sources it cites, once: the first detail pane used to read the
whole sources table (5,000 rows at 100,000 records) before the window's first paint."""

from __future__ import annotations

from mxpolicy_gui.store import PolicyQuery, Store


def _source_reads(store: Store) -> list[str]:
    statements: list[str] = []
    store._conn.set_trace_callback(statements.append)  # the store's own connection
    return statements


def test_one_record_reads_only_its_own_sources_and_each_once(db_path):
    with Store(db_path) as everything, Store(db_path) as store:
        expected = {p.id: p.sources for p in everything.iter_policies(PolicyQuery())}
        statements = _source_reads(store)
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
