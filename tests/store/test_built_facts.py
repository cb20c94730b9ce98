"""What the build works out for the store (`meta`'s `kind_counts` and `seq_runs`) is what the
store would find by scanning, and a file without it (an older build) is answered the same."""

from __future__ import annotations

import shutil
import sqlite3

import pytest

from mxpolicy_gui.compile.writer import KindRuns
from mxpolicy_gui.dataset import KINDS
from mxpolicy_gui.export.csv_writer import write_policies_csv, write_policies_csv_sql
from mxpolicy_gui.store import PolicyQuery, Store


@pytest.fixture(scope="module")
def unrecorded_db(db_path, tmp_path_factory):
    """The real database without the two facts the build records."""
    path = tmp_path_factory.mktemp("unrecorded") / "policy.db"
    shutil.copy(db_path, path)
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("DELETE FROM meta WHERE key IN ('kind_counts', 'seq_runs')")
    conn.close()
    return path


def test_the_build_records_counts_and_runs(db_path):
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    meta = dict(conn.execute("SELECT key, value FROM meta"))
    counts = dict(conn.execute("SELECT kind, COUNT(*) FROM policies GROUP BY kind"))
    runs = {
        kind: [first, last]
        for kind, first, last in conn.execute(
            "SELECT kind, MIN(seq), MAX(seq) FROM policies GROUP BY kind"
        )
    }
    conn.close()
    assert meta["kind_counts"] == '{"innovation": 12, "reform": 13}'
    assert counts == {"innovation": 12, "reform": 13}
    assert meta["seq_runs"] == '{"innovation": [1, 12], "reform": [13, 25]}'
    assert runs == {"innovation": [1, 12], "reform": [13, 25]}


def test_the_store_reads_the_same_as_it_would_scan(db_path, unrecorded_db):
    with Store(db_path) as recorded, Store(unrecorded_db) as scanned:
        assert recorded.search_layout() == scanned.search_layout()
        assert recorded.search_layout() == {"innovation": (1, 12), "reform": (13, 25)}
        for kind in (*KINDS, None):
            assert recorded.count(PolicyQuery(kind=kind)) == scanned.count(PolicyQuery(kind=kind))
        assert recorded.info().counts == scanned.info().counts == {"innovation": 12, "reform": 13}


@pytest.mark.parametrize(
    "query",
    [PolicyQuery(), PolicyQuery(kind="reform"), PolicyQuery(kind="innovation", descending=True)],
    ids=["all", "reforms", "innovations-descending"],
)
def test_csv_in_build_order_is_the_record_csv(db_path, unrecorded_db, query, tmp_path):
    """The lines of every policy in number order, taken from the kinds' runs (no index read),
    make the same file as the records, and as a file without the runs."""
    files = []
    for path in (db_path, unrecorded_db):
        with Store(path) as store:
            python, sql = tmp_path / "python.csv", tmp_path / f"sql-{len(files)}.csv"
            write_policies_csv(python, store.iter_policies(query, figures=False))
            write_policies_csv_sql(sql, store, query)
            assert sql.read_bytes() == python.read_bytes()
            files.append(sql.read_bytes())
    assert files[0] == files[1]


def test_a_kind_out_of_number_order_gets_no_run():
    runs = KindRuns()
    for seq, (kind, number) in enumerate(
        [("innovation", 1), ("innovation", 2), ("reform", 1), ("reform", 3), ("innovation", 3)],
        start=1,
    ):
        runs.add(seq, kind, number)
    assert runs.counts == {"innovation": 3, "reform": 2}
    # innovation 3 came after the reforms: the innovations are not one run; the reforms are
    # (a gap in the numbers is fine, the order is what matters).
    assert runs.runs == {"reform": [3, 4]}
    ordered = KindRuns()
    for seq, number in enumerate([2, 5, 9], start=1):
        ordered.add(seq, "reform", number)
    assert ordered.runs == {"reform": [1, 3]}
    backwards = KindRuns()
    for seq, number in enumerate([5, 2], start=1):
        backwards.add(seq, "reform", number)
    assert backwards.runs == {}
