"""Guard against PySide6 releases that drop references to None or bools on model resets.

PySide6-Essentials 6.12.0 decremented None's reference count on every beginResetModel /
endResetModel pair; a session of a few thousand searches then aborted the interpreter
("Fatal Python error: none_dealloc"). pyproject.toml excludes it; this test fails if an
upgrade brings such a leak back.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, Signal


class _Model(QAbstractTableModel):
    def rowCount(self, parent=QModelIndex()):  # noqa: B008
        return 0 if parent.isValid() else 2

    def columnCount(self, parent=QModelIndex()):  # noqa: B008
        return 0 if parent.isValid() else 2

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return None if role != Qt.ItemDataRole.DisplayRole else "x"


class _Emitter(QObject):
    changed = Signal(int, int)


def _drift(action, rounds: int = 300) -> dict[str, int]:
    objects = {"None": None, "True": True, "False": False}
    before = {k: sys.getrefcount(v) for k, v in objects.items()}
    for _ in range(rounds):
        action()
    return {k: sys.getrefcount(v) - before[k] for k, v in objects.items()}


def test_model_reset_keeps_refcounts(qapp):
    model = _Model()

    def reset():
        model.beginResetModel()
        model.endResetModel()

    drift = _drift(reset)
    assert all(abs(d) < 20 for d in drift.values()), drift


def test_data_and_signals_keep_refcounts(qapp):
    model = _Model()
    emitter = _Emitter()
    emitter.changed.connect(lambda a, b: None)

    def use():
        model.index(0, 0).data()
        model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
        emitter.changed.emit(1, 2)

    drift = _drift(use)
    assert all(abs(d) < 20 for d in drift.values()), drift
