"""The benchmarks work, and the store's fast search paths answer exactly like the general ones.

No timing is asserted here: the benchmark runs at a small N only to prove it still runs and
writes every figure (`python benchmarks/run.py` is the real measurement).
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from mxpolicy_gui.compile.writer import write_database
from mxpolicy_gui.dataset import KINDS, SECTORS, STATUSES
from mxpolicy_gui.store import Facet, PolicyQuery, SortKey, Store

REPO = Path(__file__).resolve().parents[1]
BENCHMARKS = REPO / "benchmarks"
N = 300
KEYS = (
    "floor_first_paint_ms",
    "first_paint_ms",
    "first_paint_100k_ms",
    "search_p50_ms",
    "search_p95_ms",
    "facet_ms",
    "detail_ms",
    "csv_100k_s",
    "pdf_1k_s",
    "rss_100k_mb",
    "first_paint_ratio",
    "first_paint_100k_ratio",
    "timeline_paint_ms",
)


@pytest.fixture(scope="module")
def generate():
    sys.path.insert(0, str(BENCHMARKS))
    try:
        import generate as module
    finally:
        sys.path.remove(str(BENCHMARKS))
    return module


@pytest.fixture(scope="module")
def synthetic_db(generate, tmp_path_factory) -> Path:
    return generate.generate(tmp_path_factory.mktemp("bench") / "policies.db", N, seed=3)


def test_generator_writes_the_real_schema_with_realistic_records(synthetic_db, db_path):
    with Store(synthetic_db) as store:
        info = store.info()
        assert sum(info.counts.values()) == N and all(info.counts.values())
        policies = list(store.iter_policies(PolicyQuery()))
    assert len(policies) == N
    for p in policies:
        assert p.kind in KINDS
        assert p.status in STATUSES
        assert p.sectors and set(p.sectors) <= set(SECTORS)
        assert 3 <= len(p.figures) <= 8
        assert 1 <= len(p.sources) <= 3
        assert {f.source_id for f in p.figures} <= {s.id for s in p.sources}
    text = " ".join(p.summary + p.name_es for p in policies)
    assert any(c in text for c in "áéíóúñ")
    # Same tables, indexes and full-text index as the real database.
    import sqlite3

    def schema(path):
        with sqlite3.connect(path) as conn:
            rows = conn.execute("SELECT type, name FROM sqlite_master")
            return sorted((kind, name) for kind, name in rows if not name.startswith("sqlite_stat"))

    assert schema(synthetic_db) == schema(db_path)


def test_generator_is_seeded(generate, tmp_path):
    a = generate.generate(tmp_path / "a.db", 40, seed=5)
    b = generate.generate(tmp_path / "b.db", 40, seed=5)
    with Store(a) as sa, Store(b) as sb:
        assert list(sa.iter_policies(PolicyQuery())) == list(sb.iter_policies(PolicyQuery()))


def queries() -> list[PolicyQuery]:
    found = []
    for kind in KINDS:
        for text in ("", "e", "en", "energía", "jovenes", "programa n", "oaxaca j", "zzqx"):
            base = PolicyQuery(kind=kind, text=text)
            found += [
                base,
                base.with_(descending=True),
                base.with_(sectors=frozenset({"Energy"})),
                base.with_(sectors=frozenset({"Energy", "Health"})),
                base.with_(statuses=frozenset({"In operation", "Ended"})),
                base.with_(sectors=frozenset({"Health"}), statuses=frozenset({"In force"})),
                base.with_(year_from=2010, year_to=2020),
                base.with_(sort=SortKey.NAME_EN),
            ]
    return found


def answers(store: Store, query: PolicyQuery) -> tuple:
    return (
        [r.id for r in store.rows(query, 0, 400)],
        [r.id for r in store.rows(query, 7, 5)],
        store.count(query),
        {f: store.facet(query, f) for f in Facet},
    )


def test_fast_search_paths_answer_like_the_general_ones(synthetic_db):
    with Store(synthetic_db) as fast, Store(synthetic_db) as general:
        assert set(fast.search_layout()) == set(KINDS), "the build's layout is recognised"
        general.adopt_search_layout({})  # no kind qualifies: every query the general way
        for query in queries():
            assert answers(fast, query) == answers(general, query), query


def test_a_database_written_in_another_order_is_searched_the_general_way(
    generate, tmp_path, synthetic_db
):
    dice = generate.Dice(11)
    sources = generate.make_sources(dice, 20)
    records = list(generate.make_policies(dice, 120, sources))
    random.Random(1).shuffle(records)
    shuffled = tmp_path / "shuffled.db"
    write_database(shuffled, {"dataset_version": "x"}, sources, records)
    with Store(shuffled) as fast, Store(shuffled) as general:
        assert fast.search_layout() == {}
        general.adopt_search_layout({})
        for query in queries()[::5]:
            assert answers(fast, query) == answers(general, query), query


@pytest.mark.slow
def test_runner_end_to_end_at_a_small_n(tmp_path):
    env = {**os.environ, "MXPOLICY_BENCH_CACHE": str(tmp_path / "cache")}
    out = tmp_path / "bench.json"
    command = [sys.executable, str(BENCHMARKS / "run.py"), "--records", str(N), "--quick"]
    proc = subprocess.run(
        [*command, "--json", str(out)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    results = json.loads(out.read_text(encoding="utf-8"))
    for key in KEYS:
        assert isinstance(results[key], int | float) and results[key] > 0, key
    assert results["meta"]["records"] == N
    for key in KEYS:
        assert f"`{key}`" in proc.stdout  # the printed table names every figure


@pytest.mark.slow
def test_a_phase_left_out_is_reported_skipped_not_met(tmp_path):
    env = {**os.environ, "MXPOLICY_BENCH_CACHE": str(tmp_path / "cache")}
    out = tmp_path / "bench.json"
    command = [sys.executable, str(BENCHMARKS / "run.py"), "--records", str(N), "--quick",
               "--only", "start", "--json", str(out)]
    proc = subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True,
                          timeout=600)
    assert proc.returncode == 0, proc.stderr[-3000:]
    results = json.loads(out.read_text(encoding="utf-8"))
    assert results["first_paint_ms"] > 0
    for key in ("search_p95_ms", "csv_100k_s", "pdf_1k_s", "rss_100k_mb", "timeline_paint_ms"):
        assert results[key] is None, key
        row = next(line for line in proc.stdout.splitlines() if f"`{key}`" in line)
        assert "skipped" in row and "met" not in row, row
