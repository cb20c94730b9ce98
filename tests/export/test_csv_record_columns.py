"""The CSV columns of the record tables: the status date, and each figure's kind, period,
derived flag and confidence, on both the fast and the cell-by-cell path."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from mxpolicy_gui.export import csv_writer
from mxpolicy_gui.export.csv_writer import write_figures_csv, write_policies_csv
from mxpolicy_gui.store.records import Figure, HistoryEntry
from tests.helpers import make_policy

DERIVED = Figure(
    "Majority needed", 66.67, None, "%", None, None, "src-1", "Two-thirds of members present",
    kind="legal parameter", period_start="2013-06-11", period_end="2025-07-16", derived=True,
    confidence="partly confirmed",
)


def rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture(params=["fast", "cell by cell"])
def path_kind(request, monkeypatch):
    if request.param == "cell by cell":  # force the fallback every chunk takes on markers
        monkeypatch.setattr(csv_writer, "_finish_chunk", lambda joined, cells: None)
    return request.param


def test_policies_csv_has_the_status_date(tmp_path, path_kind):
    policy = make_policy(
        status="Superseded",
        status_as_of="2025-07-16",
        history=(HistoryEntry("2025-07-16", "Superseded", None, None, None, "src-1", "confirmed"),),
    )
    out = tmp_path / "p.csv"
    write_policies_csv(out, [policy, make_policy(id="undated")])
    first, second = rows(out)
    assert (first["status"], first["status_as_of"]) == ("Superseded", "2025-07-16")
    assert second["status_as_of"] == ""
    assert first["summary"] == "A summary."  # the columns after it did not shift


def test_figures_csv_has_kind_period_derived_confidence(tmp_path, path_kind):
    out = tmp_path / "f.csv"
    write_figures_csv(out, [make_policy(figures=(DERIVED, make_policy().figures[0]))])
    derived, plain = rows(out)
    columns = ("kind", "period_start", "period_end", "derived", "confidence")
    assert {k: derived[k] for k in columns} == {
        "kind": "legal parameter", "period_start": "2013-06-11", "period_end": "2025-07-16",
        "derived": "true", "confidence": "partly confirmed",
    }
    assert derived["value"] == "66.67" and derived["note"] == "Two-thirds of members present"
    assert (plain["kind"], plain["derived"], plain["confidence"]) == ("", "false", "confirmed")
