"""Facet filters: checkable sector, administration and status lists, and a year range."""

from __future__ import annotations

from math import ceil

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetricsF, QHelpEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSpinBox,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from mxpolicy_gui.models.facets import FacetModel
from mxpolicy_gui.vocabulary import STATUSES, sector_label, status_label

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
    #: The width the panel needs to show every label whole (after each count update).
    widthNeeded = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.models: dict[str, FacetModel] = {}
        self.views: dict[str, QListView] = {}
        self.boxes: dict[str, QGroupBox] = {}
        self.none_labels: dict[str, QLabel] = {}
        # The three lists' counts arrive together; they are measured once, after the last.
        self._measure_soon = QTimer(self)
        self._measure_soon.setSingleShot(True)
        self._measure_soon.setInterval(0)
        self._measure_soon.timeout.connect(self._measure)
        #: What each list's rows take beside their text (check box, margins), measured once.
        self._padding: dict[str, int] = {}
        for key, label in (
            ("sector", sector_label),
            ("administration", str),
            ("status", status_label),
        ):
            box = QGroupBox()
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(4, 4, 4, 4)
            # Statuses in the order of their closed vocabulary (vocabulary.STATUSES).
            model = FacetModel(self, label, STATUSES if key == "status" else ())
            view = QListView()
            view.setModel(model)
            view.setUniformItemSizes(True)
            view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            view.setTextElideMode(Qt.TextElideMode.ElideRight)
            view.setStyleSheet(_INDICATOR_STYLE)
            view.viewport().installEventFilter(self)
            box_layout.addWidget(view)
            # With no results the counts are empty: say so instead of showing a blank list.
            none = QLabel()
            none.setEnabled(False)
            none.hide()
            box_layout.addWidget(none)
            self.none_labels[key] = none
            model.checkedChanged.connect(self.changed)
            model.modelReset.connect(lambda v=view, n=none: self._fit(v, n))
            model.modelReset.connect(self._measure_soon.start)
            model.dataChanged.connect(lambda *_: self._measure_soon.start())
            self.models[key] = model
            self.views[key] = view
            self.boxes[key] = box
            layout.addWidget(box)

        self.years_box = years = QGroupBox()
        years_box = QVBoxLayout(years)
        years_box.setContentsMargins(4, 4, 4, 4)
        years_layout = QHBoxLayout()
        years_box.addLayout(years_layout)
        self.year_from = QSpinBox()
        self.year_to = QSpinBox()
        for spin in (self.year_from, self.year_to):
            spin.setRange(YEAR_MIN, YEAR_MAX)
            spin.setValue(YEAR_MIN if spin is self.year_from else YEAR_MAX)
            spin.setKeyboardTracking(False)
            spin.valueChanged.connect(self._years_changed)
        self.from_label = QLabel()
        self.to_label = QLabel()
        years_layout.addWidget(self.from_label)
        years_layout.addWidget(self.year_from, 1)
        years_layout.addWidget(self.to_label)
        years_layout.addWidget(self.year_to, 1)
        self.undated = QCheckBox()
        self.undated.setChecked(True)
        self.undated.toggled.connect(self._undated_toggled)
        years_box.addWidget(self.undated)
        layout.addWidget(years)

        self.reset_button = QPushButton()
        self.reset_button.clicked.connect(self.clear)
        layout.addWidget(self.reset_button)
        layout.addStretch(1)
        self._bounds = (YEAR_MIN, YEAR_MAX)
        self._quiet = False
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Texts in the interface's language (again after a LanguageChange)."""
        self.setAccessibleName(self.tr("Filters"))
        for key, title in (
            ("sector", self.tr("Sector")),
            ("administration", self.tr("Administration")),
            ("status", self.tr("Status")),
        ):
            self.boxes[key].setTitle(title)
            self.views[key].setAccessibleName(self.tr("{title} filter").format(title=title))
            self.none_labels[key].setText(self.tr("None under this search"))
            self.none_labels[key].setAccessibleName(
                self.tr("{title}: none under this search").format(title=title)
            )
            self.models[key].retranslate()
        self.years_box.setTitle(self.tr("Year started or published"))
        self.years_box.setToolTip(
            self.tr(
                "Innovations: the year they started. Reforms: the year the decree was "
                "published in the Diario Oficial de la Federación (DOF)."
            )
        )
        self.undated.setText(self.tr("Include undated"))
        self.undated.setAccessibleName(self.tr("Include policies without a date"))
        self.undated.setToolTip(
            self.tr("Keep policies whose start or publication date is not known")
        )
        self.year_from.setAccessibleName(self.tr("From year"))
        self.year_to.setAccessibleName(self.tr("To year"))
        self.from_label.setText(self.tr("from"))
        self.to_label.setText(self.tr("to"))
        self.reset_button.setText(self.tr("Clear filters"))
        self.reset_button.setAccessibleName(self.tr("Clear filters"))

    @staticmethod
    def _fit(view: QListView, none: QLabel) -> None:
        """Size a list to its rows: the panel scrolls as a whole, lists never scroll."""
        rows = view.model().rowCount()
        view.setVisible(rows > 0)
        none.setVisible(rows == 0)
        row_h = view.sizeHintForRow(0) if rows else view.fontMetrics().height()
        view.setFixedHeight(max(1, rows) * row_h + 2 * view.frameWidth() + 2)

    def _measure(self) -> None:
        widths = [self._width_of(key) for key, v in self.views.items() if v.model().rowCount()]
        if widths:
            # Row text + check box + list frame + group box and panel margins.
            self.widthNeeded.emit(max(widths) + 24)

    def _width_of(self, key: str) -> int:
        """The widest row of one list. Its text is measured each time; what the row adds to
        the text is asked of the view once (`sizeHintForColumn` lays out every row through
        the style: 2 ms a list, and the counts change with every key typed)."""
        view = self.views[key]
        model = view.model()
        metrics = QFontMetricsF(view.font())  # laid out in fractions, rounded up, as the style does
        text = ceil(max(metrics.horizontalAdvance(str(model.index(row, 0).data() or ""))
                        for row in range(model.rowCount())))
        if key not in self._padding:
            self._padding[key] = view.sizeHintForColumn(0) - text
        return text + self._padding[key] + 2 * view.frameWidth()

    def changeEvent(self, event: QEvent) -> None:
        """Texts again on a LanguageChange; style sheets read `palette(...)` once, so read
        it again when the theme changes."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        if event.type() == QEvent.Type.PaletteChange:
            for view in self.views.values():
                view.setStyleSheet("")
                view.setStyleSheet(_INDICATOR_STYLE)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange,
                            QEvent.Type.StyleChange):
            self._padding.clear()  # the check box and margins may have changed size

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A label the list had to elide shows in full as a tooltip."""
        if (event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent)
                and isinstance(watched, QWidget)):
            view = watched.parentWidget()
            if isinstance(view, QListView):
                index = view.indexAt(event.pos())
                text = str(index.data() or "")
                rect = view.visualRect(index)
                needed = view.fontMetrics().horizontalAdvance(text) + 2 * rect.height()
                if index.isValid() and needed > rect.width():
                    QToolTip.showText(event.globalPos(), text, view)
                else:
                    QToolTip.hideText()
                return True
        return super().eventFilter(watched, event)

    def tab_stops(self) -> list[QWidget]:
        """The panel's controls in Tab order."""
        return [
            *self.views.values(), self.year_from, self.year_to, self.undated, self.reset_button
        ]

    def include_undated(self) -> bool:
        return self.undated.isChecked()

    def _undated_toggled(self) -> None:
        if not self._quiet:
            self.changed.emit()

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
            sender = self.year_from if self.sender() is self.year_from else self.year_to
            other = self.year_to if sender is self.year_from else self.year_from
            other.setValue(sender.value())
            return
        self.changed.emit()

    def clear(self) -> None:
        blocked = self.blockSignals(True)
        for model in self.models.values():
            model.clear_checked()
        self.set_year_range(None, None)
        self.undated.setChecked(True)
        self.blockSignals(blocked)
        self.changed.emit()
