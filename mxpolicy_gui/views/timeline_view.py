"""The timeline widget: 2012 to today on one axis, zoomed, panned, searched and walked by key.

A custom painted widget rather than a QGraphicsScene: a scene holds an item per marker
(100,000 items to build and index), where painting straight from the sorted days draws only
the clusters in view (`timeline.layout.clusters`), at the same cost at any size.

Mouse: Ctrl+wheel zooms about the pointer, wheel scrolls the lanes, Shift+wheel and drag
pan, click selects (a cluster zooms in on its members), double-click opens. Keys: Left/Right
move between policies in date order, Shift+Left/Right pan, Up/Down scroll, + and − zoom,
0 fits, Home/End go to the first/last policy, Enter opens.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QHelpEvent, QKeyEvent, QMouseEvent, QPainter, QWheelEvent
from PySide6.QtWidgets import QScrollBar, QToolTip, QWidget

from mxpolicy_gui.store.timeline import TimelineData
from mxpolicy_gui.timeline.layout import (
    AXIS_H,
    ROW_H,
    Cluster,
    Layout,
    Scale,
)
from mxpolicy_gui.timeline.paint import PaintState, colours_for, fit_scale, paint_view
from mxpolicy_gui.views.timeline_hits import TimelineHits

MAX_PX_PER_DAY = 40.0
ZOOM_STEP = 1.25
DRAG_THRESHOLD = 4


class TimelineView(TimelineHits, QWidget):
    policySelected = Signal(str)
    policyActivated = Signal(str)

    def __init__(self, data: TimelineData | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setMinimumSize(320, 200)
        self.setAccessibleName(self.tr("Timeline"))
        self.setAccessibleDescription(
            self.tr(
                "Policies, institutions and presidential terms by date. Left and Right move "
                "between policies in date order, Enter opens one, plus and minus zoom, 0 fits, "
                "Shift with arrows pans."
            )
        )
        self.layout_: Layout = Layout(data or TimelineData(markers=()))
        self.state = PaintState(scale=Scale(0, 1.0), sprites=True)
        self._kind_filters: dict[str, set[str] | None] = {}
        self._fitted = True
        self._press: QPointF | None = None
        self._dragged = False
        self._press_scale = (0.0, 0.0)
        self.scrollbar = QScrollBar(Qt.Orientation.Vertical, self)
        self.scrollbar.setAccessibleName(self.tr("Scroll the lanes"))
        self.scrollbar.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scrollbar.valueChanged.connect(self._scrolled)
        self.scrollbar.hide()
        if data is not None:
            self.set_data(data)

    # -- data and state ------------------------------------------------------------------

    @property
    def data(self) -> TimelineData:
        return self.layout_.data

    def set_data(self, data: TimelineData) -> None:
        self.layout_ = Layout(data)
        self.state.related = self._related(self.state.selected)
        self._apply_filters()
        self.fit()

    def sizeHint(self) -> QSize:
        return QSize(900, int(AXIS_H + self.layout_.height) + 4)

    def marker_ids(self) -> list[str]:
        """The policies with a marker, in date order."""
        return [m.id for m in self.layout_.order]

    def bar_ids(self) -> list[str]:
        return [b.id for lane in self.layout_.lanes for row in lane.bar_rows for b in row]

    def selected_id(self) -> str | None:
        return self.state.selected

    def is_dimmed(self, policy_id: str) -> bool:
        s = self.state
        if s.filtered is not None and policy_id not in s.filtered:
            return True
        return bool(s.related) and policy_id not in s.related and policy_id != s.selected

    def is_filtered_out(self, policy_id: str) -> bool:
        """Dimmed because a tab's search or facets leave it out."""
        return self.state.filtered is not None and policy_id not in self.state.filtered

    def related_ids(self) -> set[str]:
        return set(self.state.related)

    def set_kind_filter(self, kind: str, ids: set[str] | None) -> None:
        """Dim the policies of `kind` not in `ids` (None: none of that kind is filtered out)."""
        self._kind_filters[kind] = ids
        self._apply_filters()
        self.update()

    def _apply_filters(self) -> None:
        active = {k: v for k, v in self._kind_filters.items() if v is not None}
        if not active:
            self.state.filtered = None
            return
        kept: set[str] = set()
        for m in self.layout_.order:
            ids = active.get(m.kind)
            if ids is None or m.id in ids:
                kept.add(m.id)
        self.state.filtered = kept

    def _related(self, policy_id: str | None) -> set[str]:
        if policy_id is None:
            return set()
        return {
            lk.to_id if lk.from_id == policy_id else lk.from_id
            for lk in self.data.linked(policy_id)
        }

    def select(self, policy_id: str | None, *, emit: bool = True, centre: bool = True) -> None:
        """Select a policy (None clears): ring it, draw its links, dim the unrelated."""
        if policy_id is not None and policy_id not in self.layout_.marker_of:
            policy_id = None
        self.state.selected = policy_id
        self.state.focus = policy_id
        self.state.related = self._related(policy_id)
        if policy_id and centre:
            self.ensure_visible(policy_id)
        self.update()
        if emit and policy_id:
            self.policySelected.emit(policy_id)

    def centre_on(self, policy_id: str) -> bool:
        centre = self.layout_.marker_centre(policy_id, self.state.scale)
        if centre is None:
            return False
        self.state.scale.first_day += (centre[0] - self.width() / 2) / self.state.scale.px_per_day
        self._scroll_to_row(centre[1])
        self._fitted = False
        self.update()
        return True

    def ensure_visible(self, policy_id: str) -> None:
        centre = self.layout_.marker_centre(policy_id, self.state.scale)
        if centre is None:
            return
        if not 40 <= centre[0] <= self.width() - 40:
            self.centre_on(policy_id)
        else:
            self._scroll_to_row(centre[1], only_if_hidden=True)

    def _scroll_to_row(self, content_y: float, *, only_if_hidden: bool = False) -> None:
        visible = self.height() - AXIS_H
        top = self.state.scroll_y
        if only_if_hidden and top + ROW_H <= content_y <= top + visible - ROW_H:
            return
        self.state.scroll_y = content_y - visible / 2
        self._clamp()

    # -- zoom and pan --------------------------------------------------------------------

    def is_fitted(self) -> bool:
        return self._fitted

    def fit(self) -> None:
        self.state.scale = fit_scale(self.layout_, QRectF(self.rect()))
        self.state.scroll_y = 0.0
        self._fitted = True
        self._clamp()
        self.update()

    def show_range(self, first_day: int, last_day: int) -> None:
        """Zoom so `first_day`..`last_day` fill the width."""
        width = max(1, self.width())
        self.state.scale = Scale(first_day, width / max(1, last_day - first_day), 0.0)
        self._fitted = False
        self.update()

    def zoom(self, factor: float, anchor_x: float | None = None) -> None:
        scale = self.state.scale
        anchor_x = self.width() / 2 if anchor_x is None else anchor_x
        anchor_day = scale.day(anchor_x)
        fit = fit_scale(self.layout_, QRectF(self.rect())).px_per_day
        ppd = min(MAX_PX_PER_DAY, max(fit * 0.5, scale.px_per_day * factor))
        scale.px_per_day = ppd
        scale.first_day = anchor_day - (anchor_x - scale.left) / ppd
        self._fitted = False
        self.update()

    def pan(self, dx: float) -> None:
        self.state.scale.first_day -= dx / self.state.scale.px_per_day
        self._fitted = False
        self.update()

    def scroll(self, dy: float) -> None:
        self.state.scroll_y += dy
        self._clamp()
        self.update()

    def _clamp(self) -> None:
        most = max(0.0, AXIS_H + self.layout_.height - self.height())
        self.state.scroll_y = min(max(0.0, self.state.scroll_y), most)
        bar = self.scrollbar
        bar.blockSignals(True)
        bar.setRange(0, int(most))
        bar.setPageStep(max(1, int(self.height() - AXIS_H)))
        bar.setSingleStep(int(ROW_H))
        bar.setValue(int(self.state.scroll_y))
        bar.blockSignals(False)
        width = bar.sizeHint().width()
        bar.setGeometry(self.width() - width, int(AXIS_H), width, int(self.height() - AXIS_H))
        bar.setVisible(most > 0)

    def _scrolled(self, value: int) -> None:
        self.state.scroll_y = float(value)
        self.update()

    def visible_days(self) -> tuple[float, float]:
        scale = self.state.scale
        return scale.day(0), scale.day(self.width())

    # -- events --------------------------------------------------------------------------

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        paint_view(
            painter,
            QRectF(self.rect()),
            self.layout_,
            self.state,
            colours_for(self.palette()),
            self.font(),
        )
        if self.hasFocus() and self.state.focus is None:
            painter.setPen(self.palette().highlight().color())
            painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        painter.end()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._fitted:
            self.state.scale = fit_scale(self.layout_, QRectF(self.rect()))
        self._clamp()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self.update()
        super().changeEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            help_event = QHelpEvent(event)  # type: ignore[arg-type]
            text = self.tooltip_text(self.hit(QPointF(help_event.pos())))
            if text:
                QToolTip.showText(help_event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position()
            self._dragged = False
            self._press_scale = (self.state.scale.first_day, self.state.scroll_y)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is not None and event.buttons() & Qt.MouseButton.LeftButton:
            delta = event.position() - self._press
            if self._dragged or abs(delta.x()) + abs(delta.y()) > DRAG_THRESHOLD:
                self._dragged = True
                first_day, scroll_y = self._press_scale
                self.state.scale.first_day = first_day - delta.x() / self.state.scale.px_per_day
                self.state.scroll_y = scroll_y - delta.y()
                self._clamp()
                self._fitted = False
                self.setCursor(Qt.CursorShape.ClosedHandCursor)
                self.update()
            return
        found = self.hit(event.position())
        hover = found[1] if found and found[0] == "policy" else None
        if hover != self.state.hover:
            self.state.hover = hover
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._press is not None:
            if not self._dragged:
                self._click(event.position())
            self._press = None
            self._dragged = False
            self.unsetCursor()
        super().mouseReleaseEvent(event)

    def _click(self, pos: QPointF) -> None:
        found = self.hit(pos)
        if found is None:
            return
        what, value = found
        if what == "policy":
            self.select(value, centre=False)
        elif what == "cluster":
            lane, cluster = value
            self._zoom_into(lane, cluster)

    def _zoom_into(self, lane, cluster: Cluster) -> None:
        first, last = lane.days[cluster.first], lane.days[cluster.last - 1]
        pad = max(2, (last - first) // 10)
        self.show_range(first - pad, last + pad)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        found = self.hit(event.position())
        if found and found[0] == "policy":
            self.select(found[1], centre=False)
            self.policyActivated.emit(found[1])

    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta()
        mods = event.modifiers()
        if mods & Qt.KeyboardModifier.ControlModifier:
            steps = delta.y() / 120
            self.zoom(ZOOM_STEP**steps, event.position().x())
        elif mods & Qt.KeyboardModifier.ShiftModifier or delta.x():
            self.pan((delta.x() or delta.y()) / 2)
        else:
            self.scroll(-delta.y() / 2)
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        shift = bool(mods & Qt.KeyboardModifier.ShiftModifier)
        keys = Qt.Key
        if key in (keys.Key_Left, keys.Key_Right):
            step = -1 if key == keys.Key_Left else 1
            if shift:
                self.pan(-step * self.width() / 8)
            else:
                self.step_focus(step)
        elif key in (keys.Key_Up, keys.Key_Down):
            self.scroll((-1 if key == keys.Key_Up else 1) * ROW_H * 3)
        elif key in (keys.Key_Plus, keys.Key_Equal):
            self.zoom(ZOOM_STEP)
        elif key in (keys.Key_Minus, keys.Key_Underscore):
            self.zoom(1 / ZOOM_STEP)
        elif key == keys.Key_0:
            self.fit()
        elif key in (keys.Key_Home, keys.Key_End) and self.layout_.order:
            target = self.layout_.order[0 if key == keys.Key_Home else -1]
            self.select(target.id)
        elif key in (keys.Key_Return, keys.Key_Enter, keys.Key_Space):
            if self.state.focus:
                self.select(self.state.focus, centre=False)
                if key != keys.Key_Space:
                    self.policyActivated.emit(self.state.focus)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def step_focus(self, step: int) -> None:
        """Move to the previous or next policy in date order (the first visible one if none)."""
        order = self.layout_.order
        if not order:
            return
        current = self.layout_.index_of.get(self.state.focus or "")
        if current is None:
            left = self.state.scale.day(0)
            current = next((i for i, m in enumerate(order) if m.day >= left), 0)
            current -= step  # the first step lands on it
        target = min(max(current + step, 0), len(order) - 1)
        self.select(order[target].id)
