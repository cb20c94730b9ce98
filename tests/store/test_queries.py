"""Listing, filtering, sorting, facets and full records."""

from __future__ import annotations

from mxpolicy_gui.store import Facet, PolicyQuery, SortKey


def test_kinds_and_totals(store):
    info = store.info()
    assert info.counts == {"innovation": 12, "reform": 13}
    assert info.dataset_version
    assert store.count(PolicyQuery(kind="innovation")) == 12
    assert store.count(PolicyQuery(kind="reform")) == 13
    assert store.count(PolicyQuery()) == 25


def test_default_sort_is_by_number(store):
    rows = store.rows(PolicyQuery(kind="innovation"))
    assert [r.number for r in rows] == list(range(1, 13))


def test_sort_by_name_descending(store):
    rows = store.rows(PolicyQuery(kind="reform", sort=SortKey.NAME_EN, descending=True))
    names = [r.name_en.lower() for r in rows]
    assert names == sorted(names, reverse=True)


def test_sort_by_date_puts_unknown_dates_last(store):
    rows = store.rows(PolicyQuery(sort=SortKey.DATE))
    dates = [r.date for r in rows]
    known = [d for d in dates if d]
    assert known == sorted(known)
    assert dates[: len(known)] == known


def test_paging_covers_every_row_once(store):
    q = PolicyQuery()
    pages = [store.rows(q, offset, 7) for offset in range(0, 25, 7)]
    ids = [r.id for page in pages for r in page]
    assert len(ids) == 25 == len(set(ids))


def test_facets_count_under_the_other_filters(store):
    q = PolicyQuery(kind="reform")
    statuses = {f.value: f.count for f in store.facet(q, Facet.STATUS)}
    assert sum(statuses.values()) == 13
    one = next(iter(statuses))
    filtered = q.with_(statuses=frozenset({one}))
    assert store.count(filtered) == statuses[one]
    # The status facet ignores its own filter so a person can pick a second value.
    assert {f.value for f in store.facet(filtered, Facet.STATUS)} == set(statuses)


def test_sector_facet_and_filter_agree(store):
    q = PolicyQuery(kind="innovation")
    sectors = store.facet(q, Facet.SECTOR)
    energy = next(f for f in sectors if f.value == "Energy")
    assert store.count(q.with_(sectors=frozenset({"Energy"}))) == energy.count >= 4


def test_administration_filter(store):
    q = PolicyQuery(kind="reform")
    admins = {f.value: f.count for f in store.facet(q, Facet.ADMINISTRATION)}
    assert admins.get("Peña Nieto (2012–2018)", 0) >= 12
    rows = store.rows(q.with_(administrations=frozenset({"Peña Nieto (2012–2018)"})))
    assert all(r.administration == "Peña Nieto (2012–2018)" for r in rows)


def test_year_range_combines_with_search(store):
    q = PolicyQuery(kind="reform", year_from=2014, year_to=2014)
    rows = store.rows(q)
    assert rows and all(r.date.startswith("2014") for r in rows)
    energy = store.rows(q.with_(text="energía"))
    assert all(r.date.startswith("2014") for r in energy)


def test_policy_detail_has_figures_and_sources(store):
    p = store.policy("jovenes-construyendo-el-futuro")
    assert p.name_es == "Jóvenes Construyendo el Futuro"
    assert p.kind == "innovation" and p.number == 4
    stipend = [f for f in p.figures if f.value == 4310]
    assert stipend and stipend[0].currency == "MXN"
    for f in p.figures:
        assert p.source(f.source_id) is not None, f"figure {f.label} has no listed source"
    assert any("10.1186/s13731-023-00347-3" in s.citation for s in p.sources)
    assert p.measures and p.summary and p.objective


def test_unknown_policy_is_none(store):
    assert store.policy("no-such-policy") is None
    assert store.unknown_ids(["mananeras", "nope"]) == ["nope"]


def test_ids_filter_keeps_sort(store):
    q = PolicyQuery(ids=("sembrando-vida", "banco-del-bienestar"))
    assert [r.id for r in store.rows(q)] == ["banco-del-bienestar", "sembrando-vida"]


def test_iter_policies_streams_all(store):
    got = list(store.iter_policies(PolicyQuery(kind="reform"), batch=4))
    assert [p.number for p in got] == list(range(1, 14))


def test_describe_names_the_filters():
    q = PolicyQuery(
        kind="reform",
        text="energía",
        statuses=frozenset({"In force"}),
        year_from=2013,
        year_to=2014,
    )
    text = q.describe()
    assert "reforms" in text and '"energía"' in text and "In force" in text and "2013–2014" in text


def test_a_count_at_most_is_the_count_stopped_at_the_limit(store, db_path):
    """Every path of `count` (no words, words in one kind or in all, filters alone, words
    and filters), counted only as far as a limit: in a fresh store (nothing counted yet) and
    in one that has counted the query in full (the count is kept)."""
    from mxpolicy_gui.store import Store

    queries = [
        PolicyQuery(),
        PolicyQuery(kind="reform"),
        PolicyQuery(kind="innovation", text="energía"),
        PolicyQuery(text="reforma"),
        PolicyQuery(kind="innovation", sectors=frozenset({"Energy"})),
        PolicyQuery(statuses=frozenset({"Superseded"})),
        PolicyQuery(kind="reform", text="ley", statuses=frozenset({"In force"})),
        PolicyQuery(kind="reform", text="kind:innovation"),
        PolicyQuery(text="zzzqqq"),
    ]
    for query in queries:
        full = store.count(query)  # `store` now keeps this count
        for limit in (1, 2, 3, 5, 8, 1000):
            with Store(db_path) as fresh:
                assert fresh.count_at_most(query, limit) == min(full, limit), (query, limit)
            assert store.count_at_most(query, limit) == min(full, limit), (query, limit)


def test_only_count_statements_can_be_capped():
    import pytest

    from mxpolicy_gui.store import sql

    assert sql.capped("SELECT COUNT(*) FROM policies p WHERE p.kind = ?") == (
        "SELECT COUNT(*) FROM (SELECT 1 FROM policies p WHERE p.kind = ? LIMIT ?)"
    )
    with pytest.raises(ValueError):
        sql.capped("SELECT id FROM policies")
