"""A checkable list of one facet's values with their counts."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from mxpolicy_gui.store.records import FacetValue

ValueRole = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex


class FacetModel(QAbstractListModel):
    """Checked values survive count updates; a checked value with no matches still shows."""

    checkedChanged = Signal()

    def __init__(
        self, parent=None, label: Callable[[str], str] = str, order: Sequence[str] = ()
    ) -> None:
        """`label`: what a person reads for a stored value (a status or sector in the
        interface's language; the value itself is what filters). `order`: a closed vocabulary
        to list values in (others follow, alphabetically by label)."""
        super().__init__(parent)
        self._label = label
        self._values: list[FacetValue] = []
        self._checked: set[str] = set()
        self._rank = {value: i for i, value in enumerate(order)}

    def set_values(self, values: list[FacetValue]) -> None:
        """New counts. The same values with other counts (most keys typed into the search)
        change the rows in place: a reset would have the list laid out and measured again."""
        present = {v.value for v in values}
        kept = [FacetValue(v, 0) for v in sorted(self._checked - present)]
        ordered = sorted([*values, *kept], key=self._order)
        if ordered and [v.value for v in ordered] == [v.value for v in self._values]:
            changed = [i for i, (new, old) in enumerate(zip(ordered, self._values, strict=True))
                       if new.count != old.count]
            self._values = ordered
            if changed:
                self.dataChanged.emit(self.index(changed[0]), self.index(changed[-1]))
            return
        self.beginResetModel()
        self._values = ordered
        self.endResetModel()

    def _order(self, value: FacetValue) -> tuple[int, str]:
        """The vocabulary's order, then alphabetical by what a person reads, accents aside
        ("Energía" among the E's)."""
        folded = "".join(
            c for c in unicodedata.normalize("NFD", self._label(value.value).casefold())
            if not unicodedata.combining(c)
        )
        return self._rank.get(value.value, len(self._rank)), folded

    def checked(self) -> frozenset[str]:
        return frozenset(self._checked)

    def set_checked(self, values: set[str] | frozenset[str]) -> None:
        self._checked = set(values)
        if self._values:
            self.dataChanged.emit(self.index(0), self.index(len(self._values) - 1))
        self.checkedChanged.emit()

    def clear_checked(self) -> None:
        if self._checked:
            self.set_checked(set())

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._values)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._values):
            return None
        item = self._values[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{self._label(item.value)} ({item.count})"
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if item.value in self._checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = (
                self.tr("{value}, 1 policy")
                if item.count == 1
                else self.tr("{value}, {n} policies")
            )
            return text.format(value=self._label(item.value), n=item.count)
        if role == ValueRole:
            return item.value
        return None

    def retranslate(self) -> None:
        """Labels in the language just installed, in their alphabetical order."""
        if not self._values:
            return
        self.beginResetModel()
        self._values.sort(key=self._order)
        self.endResetModel()

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        name = self._values[index.row()].value
        state = Qt.CheckState(value) if isinstance(value, int) else value
        if state == Qt.CheckState.Checked:
            self._checked.add(name)
        else:
            self._checked.discard(name)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.checkedChanged.emit()
        return True
