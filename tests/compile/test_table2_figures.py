"""Every number Table 2 (Corona-Treviño 2023) states is a figure with its exact value.

The expectations are transcribed by hand from the text of Table 2 in the source article,
independently of the TOML files, so a mistyped value in the data fails here.
"""

from __future__ import annotations

import math
import sqlite3

import pytest

from tests.helpers import DB_PATH

TABLE2 = "corona-trevino-2023"

# (policy id, value, value_max or None, currency or None)
EXPECTED = [
    ("banco-del-bienestar", 250, None, None),
    ("banco-del-bienestar", 2700, None, None),
    ("imss-bienestar", 15, None, None),
    ("imss-bienestar", 32, None, None),
    ("mananeras", 7, None, None),
    ("mananeras", 2, None, None),
    ("jovenes-construyendo-el-futuro", 18, 29, None),
    ("jovenes-construyendo-el-futuro", 12, None, None),
    ("jovenes-construyendo-el-futuro", 4310, None, "MXN"),
    ("jovenes-construyendo-el-futuro", 215, None, "USD"),
    ("sembrando-vida", 143, None, "USD"),
    ("sembrando-vida", 2.5, None, None),
    ("sembrando-vida", 5000, None, "MXN"),
    ("sembrando-vida", 250, None, "USD"),
    ("sembrando-vida", 500, None, "MXN"),
    ("sembrando-vida", 25, None, "USD"),
    ("sembrando-vida", 0.126, 6.827, None),
    ("sembrando-vida", 11, None, None),
    ("cfe-generacion", 54, None, None),
    ("cfe-generacion", 38, None, None),
    ("cfe-generacion", 8, None, None),
    ("cfe-generacion", 6, None, None),
    ("cfe-generacion", 2, None, None),
    ("cfe-generacion", 64e9, None, "MXN"),
    ("cfe-generacion", 3.2e9, None, "USD"),
    ("cfe-tarifas-transmision", 0.27857, None, "MXN"),
    ("cfe-tarifas-transmision", 0.25865, None, "MXN"),
    ("cfe-tarifas-transmision", 0.089284, None, None),
    ("cfe-tarifas-transmision", 303, None, None),
    ("cfe-tarifas-transmision", 70318, None, None),
    ("cfe-tarifas-transmision", 7.5e9, None, "MXN"),
    ("pemex-refinacion", 6, None, None),
    ("pemex-refinacion", 1.1e9, None, "USD"),
    ("pemex-refinacion", 90, None, None),
    ("pemex-refinacion", 89, None, None),
    ("pemex-refinacion", 75, None, None),
    ("pemex-refinacion", 71, None, None),
    ("pemex-refinacion", 67, None, None),
    ("pemex-refinacion", 33, None, None),
    ("pemex-refinacion", 8e9, None, "USD"),
    ("pemex-refinacion", 72, None, None),
    ("pemex-refinacion", 51, None, None),
]


@pytest.fixture(scope="module")
def figures() -> list[tuple]:
    conn = sqlite3.connect(f"{DB_PATH.as_uri()}?mode=ro", uri=True)
    rows = conn.execute(
        "SELECT policy_id, value, value_max, currency FROM figures WHERE source_id = ?", (TABLE2,)
    ).fetchall()
    conn.close()
    return rows


@pytest.mark.parametrize(("policy_id", "value", "value_max", "currency"), EXPECTED)
def test_table2_figure_present(figures, policy_id, value, value_max, currency):
    matches = [
        row
        for row in figures
        if row[0] == policy_id
        and math.isclose(row[1], value, rel_tol=1e-12)
        and (value_max is None or (row[2] is not None and math.isclose(row[2], value_max)))
        and (currency is None or row[3] == currency)
    ]
    assert matches, f"{policy_id}: no Table 2 figure with value {value} {currency or ''}"


def test_two_thirds_majority_recorded(figures):
    thirds = [
        r
        for r in figures
        if r[0] in ("renegociacion-contratos-energia", "cfe-generacion")
        and (math.isclose(r[1], 2 / 3, rel_tol=1e-3) or math.isclose(r[1], 66.67, rel_tol=1e-3))
    ]
    assert thirds
