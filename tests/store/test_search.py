"""Full-text search through the store: accents, prefixes, both languages, any input."""

from __future__ import annotations

import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mxpolicy_gui.store import PolicyQuery, fts_expression


def ids(store, text: str, kind: str | None = None) -> list[str]:
    q = PolicyQuery(kind=kind, text=text)
    return [r.id for r in store.rows(q, 0, 100)]


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        ("jovenes", "innovation", "jovenes-construyendo-el-futuro"),
        ("Jóvenes", "innovation", "jovenes-construyendo-el-futuro"),
        ("JOVENES construyendo", "innovation", "jovenes-construyendo-el-futuro"),
        ("manana", "innovation", "mananeras"),
        ("mañaneras", "innovation", "mananeras"),
        ("refin", "innovation", "pemex-refinacion"),
        ("refinacion", "innovation", "pemex-refinacion"),
        ("Refinación", "innovation", "pemex-refinacion"),
        ("Sowing Life", "innovation", "sembrando-vida"),
        ("Sembrando", "innovation", "sembrando-vida"),
        ("energetica", "reform", "reforma-energetica"),
        ("telecom", "reform", "reforma-telecomunicaciones"),
        ("anticorrup", "reform", "sistema-nacional-anticorrupcion"),
    ],
)
def test_search_finds(store, text, kind, expected):
    assert expected in ids(store, text, kind)


def test_jovenes_finds_exactly_one_innovation(store):
    assert ids(store, "jovenes", "innovation") == ["jovenes-construyendo-el-futuro"]


def test_terms_are_anded(store):
    both = set(ids(store, "energy cfe"))
    assert both and both <= set(ids(store, "energy")) and both <= set(ids(store, "cfe"))
    assert ids(store, "jovenes huachicol") == []


def test_search_reaches_figure_labels(store):
    pemex = store.policy("pemex-refinacion")
    word = pemex.figures[-1].label.split()[0]
    assert "pemex-refinacion" in ids(store, word)


def test_blank_or_punctuation_only_text_filters_nothing(store):
    total = store.count(PolicyQuery())
    for text in ("", "   ", "***", '"', "()", "--", "🙂"):
        assert store.count(PolicyQuery(text=text)) == total


HOSTILE = [
    '"',
    '""',
    "'",
    "*",
    "**",
    "(",
    ")",
    "(energy",
    "energy)",
    "NEAR",
    "NEAR(a b)",
    "a NEAR b",
    "-",
    "-energy",
    "energy -cfe",
    "AND",
    "OR",
    "NOT",
    "a OR",
    "NOT a",
    "^",
    "^energy",
    ":",
    "name_en:energy",
    "{name_en}: x",
    "'; DROP TABLE policies; --",
    "1=1 OR",
    "%",
    "_",
    "\\",
    "\x00",
    "\x1b[31m",
    "\u202eevil",
    "مرحبا",
    "שלום",
    "🙂🚀",
    "e\u0301nergi\u0301a",
    "x" * 10_000,
    "energía " * 2_000,
]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_never_raises(store, text):
    q = PolicyQuery(text=text)
    store.count(q)
    store.rows(q, 0, 10)


def test_nfd_input_matches_like_nfc(store):
    assert ids(store, "jo\u0301venes") == ids(store, "jóvenes")


@pytest.fixture(scope="module")
def raw_fts():
    conn = sqlite3.connect(":memory:")
    conn.execute(
        "CREATE VIRTUAL TABLE t USING fts5(a, tokenize = 'unicode61 remove_diacritics 2', "
        "prefix = '2 3 4')"
    )
    conn.execute("INSERT INTO t VALUES ('Jóvenes Construyendo el Futuro')")
    yield conn
    conn.close()


@settings(max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300))
def test_any_text_gives_a_valid_fts_expression(raw_fts, text):
    expr = fts_expression(text)
    if expr is not None:
        raw_fts.execute("SELECT rowid FROM t WHERE t MATCH ?", (expr,)).fetchall()


_fts_alphabet = st.sampled_from([*list("\"'*()-^:+NEARORANDNOT{}[]%_\\ \t\nañéü🙂"), "NEAR", "OR"])


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(max_size=200), st.lists(_fts_alphabet, max_size=40).map("".join)))
def test_any_text_through_the_store_never_raises(store, text):
    q = PolicyQuery(kind="innovation", text=text)
    n = store.count(q)
    assert 0 <= n <= 12
    assert len(store.rows(q, 0, 50)) == n
