"""The timeline's data: dates placed on the axis, older databases, filters from any text."""

from __future__ import annotations

import datetime as dt
import itertools
import sqlite3

from mxpolicy_gui.store import PolicyQuery
from mxpolicy_gui.store.timeline import TERMS, day_of, load_timeline


def test_partial_dates_sit_at_the_start_of_their_period():
    assert day_of("2019") == dt.date(2019, 1, 1).toordinal()
    assert day_of("2019-07") == dt.date(2019, 7, 1).toordinal()
    assert day_of("2013-12-20") == dt.date(2013, 12, 20).toordinal()
    assert day_of("") is None and day_of(None) is None and day_of("circa 2019") is None


def test_presidential_terms_follow_each_other_without_a_gap():
    assert [t.president for t in TERMS] == ["Calderón", "Peña Nieto", "López Obrador", "Sheinbaum"]
    for before, after in itertools.pairwise(TERMS):
        assert after.start_day == day_of(before.end) + 1
    assert TERMS[-1].end is None


def test_a_database_without_the_record_tables_gives_empty_lists():
    conn = sqlite3.connect(":memory:")
    conn.execute(
        "CREATE TABLE policies (id TEXT, kind TEXT, number INT, name_en TEXT, date TEXT, "
        "status TEXT)"
    )
    conn.executemany(
        "INSERT INTO policies VALUES (?, ?, ?, ?, ?, ?)",
        [
            ("b", "reform", 2, "B", "2014-02-07", "In force"),
            ("a", "reform", 1, "A", "2013", "In force"),
            ("c", "innovation", 1, "C", None, "Ended"),
        ],
    )
    data = load_timeline(lambda sql, params: conn.execute(sql, params).fetchall())
    assert [m.id for m in data.markers] == ["a", "b"]  # date order; the undated has no marker
    assert data.statuses == () and data.instruments == () and data.institutions == ()
    assert data.links == ()


def test_a_policy_without_a_date_sits_at_its_first_recorded_change():
    conn = sqlite3.connect(":memory:")
    conn.execute(
        "CREATE TABLE policies (id TEXT, kind TEXT, number INT, name_en TEXT, date TEXT, "
        "status TEXT)"
    )
    conn.execute(
        "CREATE TABLE status_history (policy_id TEXT, date TEXT, status TEXT, note TEXT, "
        "source_id TEXT)"
    )
    conn.execute("INSERT INTO policies VALUES ('x', 'innovation', 1, 'X', NULL, 'Blocked')")
    conn.execute("INSERT INTO policies VALUES ('y', 'innovation', 2, 'Y', '', 'Ended')")
    conn.executemany(
        "INSERT INTO status_history VALUES ('x', ?, ?, '', 's')",
        [("2021-03-30", "Blocked"), ("2021-03-09", "In force")],
    )
    data = load_timeline(lambda sql, params: conn.execute(sql, params).fetchall())
    assert [(m.id, m.date, m.approximate) for m in data.markers] == [("x", "2021-03-09", True)]
    assert [s.date for s in data.statuses] == ["2021-03-09", "2021-03-30"]


def test_the_real_database_gives_one_marker_per_dated_policy_in_date_order(store):
    data = store.timeline()
    with_history = {s.policy_id for s in data.statuses}
    policies = list(store.iter_policies(PolicyQuery(), figures=False))
    dated = {p.id for p in policies if p.date or p.id in with_history}
    assert sorted(m.id for m in data.markers) == sorted(dated)
    for m in data.markers:
        assert m.approximate == (m.id not in {p.id for p in policies if p.date})
    days = [m.day for m in data.markers]
    assert days == sorted(days)
    first, last = data.span()
    assert first < min(days) and last >= data.today


def test_matching_ids_takes_any_text(store):
    assert store.matching_ids(PolicyQuery(kind="reform", text="energética")) >= {
        "reforma-energetica"
    }
    for text in ('"', "energ*(", "NEAR(a b)", "' OR 1=1 --", "\x00"):
        assert isinstance(store.matching_ids(PolicyQuery(text=text)), set)
