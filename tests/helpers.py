"""Helpers shared by the tests: paths, a read-only copy, record builders, row selection.

Test modules import these from here; conftest files hold only fixtures (and import these too).
"""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DB_PATH = REPO / "data" / "policy.db"
SOURCES_DIR = REPO / "data" / "sources"

#: Real policy ids and a real DOI the export tests look for.
JCF = "jovenes-construyendo-el-futuro"
ENERGY = "reforma-energetica"
DOI = "10.1186/s13731-023-00347-3"


class NetworkAttempt(AssertionError):
    """Raised when code under test tries to reach the network (the app is offline-only)."""


@contextlib.contextmanager
def read_only_copy(source: Path, folder: Path, name: str = "policy.db") -> Iterator[Path]:
    """`source` copied into a new read-only `folder` as a read-only file; writable again after."""
    folder.mkdir()
    copy = folder / name
    shutil.copy(source, copy)
    os.chmod(copy, 0o444)
    os.chmod(folder, 0o555)
    try:
        yield copy
    finally:
        os.chmod(folder, 0o755)


def make_policy(**changes: Any) -> Any:
    """A small valid record; `changes` override any field."""
    from mxpolicy_gui.store.records import Figure, Policy, Source

    fields = dict(
        id="test-policy", kind="reform", number=99, name_en="Test reform",
        name_es="Reforma de prueba", administration="Peña Nieto (2012–2018)",
        president="Enrique Peña Nieto", sectors=("Energy",), agencies=("Pemex",),
        date="2013-12-20", date_kind="dof", status="In force", summary="A summary.",
        objective="An objective.", measures=("One measure",),
        figures=(Figure("Contracts", 30.0, None, "contracts", None, 2015, "src-1"),),
        sources=(Source("src-1", "Author, A. (2015). A work. Publisher.", None, None),),
    )
    fields.update(changes)
    return Policy(**fields)


def select_rows(qtbot: Any, tab: Any, rows: list[int]) -> None:
    """Click the first row, then Ctrl+click the others, as a person selects several."""
    from PySide6.QtCore import Qt

    from mxpolicy_gui.models.policy_table import COL_NAME

    tab.select_row(rows[0])
    for row in rows[1:]:
        rect = tab.table.visualRect(tab.model.index(row, COL_NAME))
        qtbot.mouseClick(
            tab.table.viewport(), Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.ControlModifier, rect.center(),
        )


class TimelineOver:
    """A `PolicyReader` that answers from `store`, except that its timeline is `data`."""

    def __init__(self, store: Any, data: Any) -> None:
        self.store = store
        self.data = data

    def __getattr__(self, name: str) -> Any:
        return getattr(self.store, name)

    def timeline(self) -> Any:
        return self.data
