"""File ▸ Export citations… in the real window: the format comes from the save dialog."""

from __future__ import annotations

import json
from pathlib import Path

import bibtexparser
import pytest

from mxpolicy_gui.views import citation_export
from tests.gui.conftest import select_rows


def test_menu_entry(window):
    action = window.actions[citation_export.ACTION_KEY]
    assert action in window.file_menu.actions()
    assert action.text() == "Export &citations…"


def test_exports_the_works_of_the_selection_as_bibtex(qtbot, window, tmp_path, monkeypatch):
    target = tmp_path / "sel.bib"
    asked: list[str] = []

    def choose(_window, suggested):
        asked.append(suggested)
        return target, "bibtex"

    monkeypatch.setattr(citation_export, "ask_citation_path", choose)
    tab = window.tabs[0]
    select_rows(qtbot, tab, [0, 3])
    ids = tab.selected_ids()
    with qtbot.waitSignal(window.exporter.finished, timeout=20000):
        window.actions[citation_export.ACTION_KEY].trigger()
    assert asked == ["mxpolicy-innovations-selection-citations.bib"]
    keys = [e.key for e in bibtexparser.parse_string(target.read_text("utf-8")).entries]
    expected = {s.id for p in window.iter_policies(tab.model.query.with_(ids=tuple(ids)))
                for s in p.sources}
    assert set(keys) == expected and len(keys) == len(expected)
    assert f"Exported {len(keys)} citations" in window.statusBar().currentMessage()


def test_all_shown_as_csljson_without_a_selection(qtbot, window, tmp_path, monkeypatch):
    target = tmp_path / "shown.json"
    monkeypatch.setattr(citation_export, "ask_citation_path", lambda w, s: (target, "csljson"))
    window.tabs_widget.setCurrentIndex(1)
    tab = window.tabs[1]
    # One match: the tab selects its first row, so "shown" and "selected" are the same here
    # ("energía" also finds the fiscal reform since the search reads every field).
    tab.search.setText("hidrocarburos")
    tab.apply_query()
    assert tab.model.total == 1
    with qtbot.waitSignal(window.exporter.finished, timeout=20000):
        window.actions[citation_export.ACTION_KEY].trigger()
    items = json.loads(target.read_text("utf-8"))
    expected = {s.id for p in window.iter_policies(tab.model.query) for s in p.sources}
    assert {i["id"] for i in items} == expected
    assert Path(str(target) + ".provenance.json").exists()


@pytest.mark.parametrize(
    ("name", "fmt", "expected"),
    [
        ("refs", "ris", ("refs.ris", "ris")),
        ("refs.bib", "ris", ("refs.bib", "bibtex")),
        ("refs.JSON", "bibtex", ("refs.JSON", "csljson")),
        ("refs.txt", "csljson", ("refs.txt.json", "csljson")),
    ],
)
def test_extension_and_chosen_file_type(tmp_path, name, fmt, expected):
    path, chosen = citation_export.path_and_format(tmp_path / name, fmt)
    assert (path.name, chosen) == expected


def test_cancelled_dialog_writes_nothing(qtbot, window, tmp_path, monkeypatch):
    monkeypatch.setattr(citation_export, "ask_citation_path", lambda w, s: None)
    window.actions[citation_export.ACTION_KEY].trigger()
    assert not window.exporter.busy()
    assert [p.name for p in tmp_path.iterdir() if p.suffix != ".ini"] == []
