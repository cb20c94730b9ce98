"""At scale the rows paint first and the count line follows: counting every match of a
short word takes longer than the first page of rows (docs/performance.md, fifth round)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from mxpolicy_gui.app import build_main_window
from mxpolicy_gui.formatting import display_locale
from mxpolicy_gui.store import Store

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"


@pytest.fixture(scope="module")
def big_store(tmp_path_factory):
    sys.path.insert(0, str(BENCHMARKS))
    try:
        import generate
    finally:
        sys.path.remove(str(BENCHMARKS))
    path = generate.generate(tmp_path_factory.mktemp("big") / "policies.db", 1000, seed=5)
    with Store(path) as store:
        yield store


@pytest.fixture
def big_window(qtbot, big_store, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = build_main_window(big_store, settings, open_url=lambda url: None)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.firstPainted, timeout=10_000):
        window.show()
    return window


def test_the_count_line_and_tab_title_follow_the_rows(qtbot, big_window, big_store):
    tab = big_window.tabs[0]
    tab.search.setText("energía")
    tab.apply_query()
    # The rows are in; the count has not run yet, and nothing has asked for it.
    assert tab.model.rowCount() == 64
    assert not tab.model.total_known()
    expected = big_store.count(tab.model.query)
    assert 64 < expected < tab.model.unfiltered_total  # the title shows "(matching/all)"
    shown = display_locale().toString(expected)
    qtbot.waitUntil(lambda: tab.count_label.text().startswith(f"{shown} "), timeout=3000)
    assert tab.model.total == expected
    qtbot.waitUntil(lambda: f"({shown}/" in big_window.tabs_widget.tabText(0), timeout=3000)


def test_a_small_result_shows_its_count_with_its_rows(qtbot, big_window, big_store):
    tab = big_window.tabs[0]
    query_text = "kind:innovation zzzqqq"
    tab.search.setText(query_text)
    tab.apply_query()
    assert tab.model.total_known() and tab.model.total == 0
    assert tab.count_label.text().startswith("0 ")
    assert tab.results.currentWidget() is tab.empty  # shown at once, not a frame later


def test_scrolling_to_the_end_loads_every_row_and_knows_the_count(qtbot, big_window):
    tab = big_window.tabs[0]
    tab.search.setText("e")
    tab.apply_query()
    while tab.model.canFetchMore():
        tab.model.fetchMore()
    assert tab.model.total_known()
    assert tab.model.total == tab.model.rowCount() > 64
