"""Units agree with their number in both languages."""

from __future__ import annotations

import sqlite3

from mxpolicy_gui.formatting import (
    SPANISH_SINGULAR_UNITS,
    format_figure_value,
    spanish_unit_for,
    unit_for,
)
from mxpolicy_gui.store.records import Figure
from tests.helpers import DB_PATH


def test_one_spanish_unit_reads_singular():
    one_change = Figure("Cambios", 1, None, "changes", None, None, "s", unit_es="cambios")
    assert format_figure_value(one_change, unit="cambios") == "1 cambio"
    assert format_figure_value(one_change) == "1 change"


def test_spanish_units_stay_plural_for_other_values():
    assert spanish_unit_for(2, "leyes") == "leyes"
    assert spanish_unit_for(0, "cambios") == "cambios"
    assert spanish_unit_for(1, "reelecciones") == "reelección"
    assert spanish_unit_for(1, "al mes") == "al mes"  # not a count noun: no entry, unchanged


def test_a_range_counts_as_plural():
    votes = Figure("Votos", 1, 3, "votes", None, None, "s")
    assert format_figure_value(votes, unit="votos") == "1–3 votos"


def test_every_plural_unit_in_the_data_has_its_spanish_singular():
    """A unit the English rule makes singular is a count noun: its Spanish needs an entry."""
    with sqlite3.connect(f"file:{DB_PATH}?mode=ro", uri=True) as db:
        pairs = db.execute(
            "SELECT DISTINCT unit, unit_es FROM figures WHERE unit_es IS NOT NULL"
        ).fetchall()

    plural = {es for en, es in pairs if unit_for(1, en) != en}
    assert plural  # the data has count nouns ("statutes", "votes")
    assert sorted(plural - SPANISH_SINGULAR_UNITS.keys()) == []
