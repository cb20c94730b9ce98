"""The invented record-tables fixture (tests/fixtures/records) built into a database, with
`REQUIRE_COMPLETE_RECORDS` on as it will be once the content lands."""

from __future__ import annotations

from pathlib import Path

import pytest

from mxpolicy_gui.compile import build_database, records
from tests.helpers import REPO

FIXTURE = REPO / "tests" / "fixtures" / "records"


def build_fixture_db(out: Path) -> Path:
    patch = pytest.MonkeyPatch()
    patch.setattr(records, "REQUIRE_COMPLETE_RECORDS", True)
    try:
        build_database(FIXTURE, out)
    finally:
        patch.undo()
    return out
