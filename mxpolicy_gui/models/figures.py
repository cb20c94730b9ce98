"""Figures of one policy for the detail pane's table."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from mxpolicy_gui.content import text_in, unit_override
from mxpolicy_gui.formatting import format_date, format_figure_value
from mxpolicy_gui.i18n import current_language
from mxpolicy_gui.store.matching import match_spans
from mxpolicy_gui.vocabulary import QT_TRANSLATE_NOOP, term_label

if TYPE_CHECKING:
    from mxpolicy_gui.store.policy_record import Figure, Policy

COL_LABEL, COL_VALUE, COL_YEAR, COL_SOURCE = range(4)
HEADERS = (
    QT_TRANSLATE_NOOP("FiguresModel", "Figure"),
    QT_TRANSLATE_NOOP("FiguresModel", "Value"),
    QT_TRANSLATE_NOOP("FiguresModel", "Year"),
    QT_TRANSLATE_NOOP("FiguresModel", "Source"),
)
FigureRole = Qt.ItemDataRole.UserRole + 1
#: A label's matched-word spans under the search (a tuple; empty when none).
MarkedSpansRole = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex


class FiguresModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._figures: tuple[Figure, ...] = ()
        self._policy: Policy | None = None
        self._terms: tuple[str, ...] = ()

    def set_highlight(self, terms: tuple[str, ...]) -> None:
        """The search's folded words, whose spans `MarkedSpansRole` gives for each label
        (the view repaints only if some label's marks change)."""
        before = self._marks()
        self._terms = terms
        if self._figures and self._marks() != before:
            self.dataChanged.emit(
                self.index(0, COL_LABEL), self.index(len(self._figures) - 1, COL_LABEL)
            )

    def _marks(self) -> list[tuple[tuple[int, int], ...]]:
        """Each label's marked spans; empty when nothing is marked at all."""
        if not self._terms:
            return []
        language = current_language()
        marks = [
            tuple(match_spans(text_in(fig, "label", language), self._terms))
            for fig in self._figures
        ]
        return marks if any(marks) else []

    def set_policy(self, policy: Policy | None, terms: tuple[str, ...] | None = None) -> None:
        """Show `policy`'s figures (with `terms` marked, if given)."""
        self.beginResetModel()
        self._policy = policy
        if terms is not None:
            self._terms = terms
        self._figures = policy.figures if policy else ()
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._figures)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(HEADERS)
        ):
            return self.tr(HEADERS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._figures):
            return None
        fig = self._figures[index.row()]
        col = index.column()
        language = current_language()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_LABEL:
                return text_in(fig, "label", language)
            if col == COL_VALUE:
                return format_figure_value(fig, unit=unit_override(fig, language))
            if col == COL_YEAR:
                return str(fig.year) if fig.year else "—"
            if col == COL_SOURCE:
                return self._source_number(fig)
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            source = self._policy.source(fig.source_id) if self._policy else None
            parts = [
                text_in(fig, "label", language),
                format_figure_value(fig, unit=unit_override(fig, language)),
            ]
            note = text_in(fig, "note", language)
            if note:
                parts.append(self.tr("Note: {note}").format(note=note))
            parts += _record_lines(fig)
            if source:
                parts.append(self.tr("Source: {citation}").format(citation=source.citation))
            return "\n".join(parts)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (COL_VALUE, COL_YEAR):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == FigureRole:
            return fig
        if role == MarkedSpansRole and col == COL_LABEL:
            return tuple(match_spans(text_in(fig, "label", language), self._terms))
        return None

    def _source_number(self, fig: Figure) -> str:
        """ "[2]": the figure's source as numbered in the pane's source list."""
        if not self._policy:
            return fig.source_id
        for i, s in enumerate(self._policy.sources, 1):
            if s.id == fig.source_id:
                return f"[{i}]"
        return fig.source_id


def _record_lines(fig: Figure) -> list[str]:
    """What kind of number it is, when it holds, whether we computed it, how sure we are."""
    lines = []
    if fig.kind:
        lines.append(
            QCoreApplication.translate("FiguresModel", "Kind: {kind}").format(
                kind=term_label(fig.kind)
            )
        )
    if fig.period_start or fig.period_end:
        lines.append(
            QCoreApplication.translate("FiguresModel", "Holds: {start} – {end}").format(
                start=format_date(fig.period_start) if fig.period_start else "…",
                end=format_date(fig.period_end) if fig.period_end else "…",
            )
        )
    if fig.derived:
        lines.append(
            QCoreApplication.translate(
                "FiguresModel", "Derived: computed from the form the source states (see the note)"
            )
        )
    if fig.confidence != "confirmed":
        lines.append(
            QCoreApplication.translate("FiguresModel", "Confidence: {level}").format(
                level=term_label(fig.confidence)
            )
        )
    return lines
