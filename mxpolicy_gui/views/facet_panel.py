"""Facet filters: checkable sector, administration and status lists, and a year range."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mxpolicy_gui.dataset import STATUSES
from mxpolicy_gui.models.facets import FacetModel

YEAR_MIN, YEAR_MAX = 1900, 2100

#: Check boxes drawn from the palette's text colour, so they stay visible on dark palettes
#: (Fusion draws them from the window colour, which nearly vanishes on dark grey).
_INDICATOR_STYLE = (
    "QListView::indicator { width: 11px; height: 11px; border: 1px solid palette(text);"
    " border-radius: 2px; background: palette(base); }"
    "QListView::indicator:checked { background: palette(highlight);"
    " border-color: palette(highlight); }"
)


class FacetPanel(QWidget):
    """Emits `changed` whenever a checked value or the year range changes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Filters")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.models: dict[str, FacetModel] = {}
        self.views: dict[str, QListView] = {}
        for key, title in (
            ("sector", "Sector"),
            ("administration", "Administration"),
            ("status", "Status"),
        ):
            box = QGroupBox(title)
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(4, 4, 4, 4)
            # Statuses in the order of their closed vocabulary (dataset.STATUSES).
            model = FacetModel(self, STATUSES if key == "status" else ())
            view = QListView()
            view.setModel(model)
            view.setAccessibleName(f"{title} filter")
            view.setUniformItemSizes(True)
            view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            view.setTextElideMode(Qt.TextElideMode.ElideRight)
            view.setStyleSheet(_INDICATOR_STYLE)
            box_layout.addWidget(view)
            model.checkedChanged.connect(self.changed)
            model.modelReset.connect(lambda v=view: self._fit(v))
            self.models[key] = model
            self.views[key] = view
            layout.addWidget(box)

        years = QGroupBox("Year")
        years_layout = QHBoxLayout(years)
        years_layout.setContentsMargins(4, 4, 4, 4)
        self.year_from = QSpinBox()
        self.year_to = QSpinBox()
        for spin, name in ((self.year_from, "From year"), (self.year_to, "To year")):
            spin.setRange(YEAR_MIN, YEAR_MAX)
            spin.setValue(YEAR_MIN if spin is self.year_from else YEAR_MAX)
            spin.setAccessibleName(name)
            spin.setKeyboardTracking(False)
            spin.valueChanged.connect(self._years_changed)
        years_layout.addWidget(QLabel("from"))
        years_layout.addWidget(self.year_from, 1)
        years_layout.addWidget(QLabel("to"))
        years_layout.addWidget(self.year_to, 1)
        layout.addWidget(years)

        self.reset_button = QPushButton("Clear filters")
        self.reset_button.setAccessibleName("Clear filters")
        self.reset_button.clicked.connect(self.clear)
        layout.addWidget(self.reset_button)
        layout.addStretch(1)
        self._bounds = (YEAR_MIN, YEAR_MAX)
        self._quiet = False

    @staticmethod
    def _fit(view: QListView) -> None:
        """Size a list to its rows: the panel scrolls as a whole, lists never scroll."""
        rows = view.model().rowCount()
        row_h = view.sizeHintForRow(0) if rows else view.fontMetrics().height()
        view.setFixedHeight(max(1, rows) * row_h + 2 * view.frameWidth() + 2)

    def set_year_bounds(self, lowest: int, highest: int) -> None:
        """Set the range the data spans; a range already narrowed by the person is kept."""
        narrowed = self.year_range() != (None, None)
        self._quiet = True
        self._bounds = (lowest, highest)
        for spin in (self.year_from, self.year_to):
            spin.setRange(lowest, highest)
        if not narrowed:
            self.year_from.setValue(lowest)
            self.year_to.setValue(highest)
        self._quiet = False

    def year_range(self) -> tuple[int | None, int | None]:
        """(from, to), None for an end left at the data's bound (so unknown dates still show)."""
        lo, hi = self.year_from.value(), self.year_to.value()
        return (
            lo if lo > self._bounds[0] else None,
            hi if hi < self._bounds[1] else None,
        )

    def set_year_range(self, lo: int | None, hi: int | None) -> None:
        self.year_from.setValue(lo if lo is not None else self._bounds[0])
        self.year_to.setValue(hi if hi is not None else self._bounds[1])

    def _years_changed(self) -> None:
        if self._quiet:
            return
        if self.year_from.value() > self.year_to.value():
            sender = self.sender()
            other = self.year_to if sender is self.year_from else self.year_from
            other.setValue(sender.value())
            return
        self.changed.emit()

    def clear(self) -> None:
        blocked = self.blockSignals(True)
        for model in self.models.values():
            model.clear_checked()
        self.set_year_range(None, None)
        self.blockSignals(blocked)
        self.changed.emit()
