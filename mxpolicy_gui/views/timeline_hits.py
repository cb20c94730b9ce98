"""Hit tests and tooltips of the timeline widget: what lies under a point, and what to say
about it. A mixin of `TimelineView`, split out to keep modules small."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtWidgets import QWidget

from mxpolicy_gui.content import name_in
from mxpolicy_gui.formatting import format_date
from mxpolicy_gui.i18n import current_language
from mxpolicy_gui.timeline.layout import (
    AXIS_H,
    BAR_ROW_H,
    CLUSTER_PX,
    MARKER_R,
    ROW_H,
    Layout,
    clusters,
)
from mxpolicy_gui.timeline.paint import marker_name
from mxpolicy_gui.vocabulary import status_label, term_label

if TYPE_CHECKING:
    from mxpolicy_gui.timeline.paint import PaintState

    # Mixed into a widget (it reads `fontMetrics` and `tr`); at run time the widget class
    # comes from `TimelineView`'s own bases.
    _Widget = QWidget
else:
    _Widget = object


class TimelineHits(_Widget):
    #: Set by `TimelineView`: its layout and paint state.
    layout_: Layout
    state: PaintState

    # -- hit testing ---------------------------------------------------------------------

    def marker_rect(self, policy_id: str) -> QRectF | None:
        """Where a policy's marker is on screen, or None if it has none."""
        centre = self.layout_.marker_centre(policy_id, self.state.scale)
        if centre is None:
            return None
        y = AXIS_H + centre[1] - self.state.scroll_y
        r = MARKER_R + 1
        return QRectF(centre[0] - r, y - r, 2 * r, 2 * r)

    def hit(self, pos: QPointF):
        """What is under `pos`: ("policy", id), ("cluster", (lane, Cluster)), ("bar", bar)."""
        if pos.y() < AXIS_H:
            return None
        content_y = pos.y() - AXIS_H + self.state.scroll_y
        scale = self.state.scale
        for lane in self.layout_.lanes:
            if not lane.body_top <= content_y < lane.top + lane.height:
                continue
            if lane.key == "institutions":
                row = int((content_y - lane.body_top) // BAR_ROW_H)
                for bar in lane.bar_rows[row] if 0 <= row < len(lane.bar_rows) else ():
                    x, _y, w, _h = self.layout_.bar_rect(bar, scale)
                    if x - 2 <= pos.x() <= x + w + 2:
                        return ("bar", bar)
                return None
            if lane.detailed:
                row = int((content_y - lane.body_top) // ROW_H)
                if 0 <= row < len(lane.markers):
                    m = lane.markers[row]
                    if abs(scale.x(m.day) - pos.x()) <= MARKER_R + 4 or self._on_label(m, pos):
                        return ("policy", m.id)
                return None
            found = clusters(lane.days, scale, pos.x() - CLUSTER_PX, pos.x() + CLUSTER_PX)
            best = min(found, key=lambda c: abs(c.x - pos.x()), default=None)
            if best is None or abs(best.x - pos.x()) > CLUSTER_PX / 2 + 2:
                return None
            if best.count == 1:
                return ("policy", lane.markers[best.first].id)
            return ("cluster", (lane, best))
        return None

    def _on_label(self, marker, pos: QPointF) -> bool:
        """The row's label is on the marker's left or right: either side within 260 px."""
        x = self.state.scale.x(marker.day)
        return abs(pos.x() - x) <= 260 and self.fontMetrics().horizontalAdvance(
            marker_name(marker)
        ) >= abs(pos.x() - x) - MARKER_R - 8

    def tooltip_text(self, found) -> str:
        if found is None:
            return ""
        what, value = found
        if what == "policy":
            m = self.layout_.marker_of[value]
            text = self.tr("{name}\n{date} · {status}").format(
                name=marker_name(m), date=m.date, status=status_label(m.status)
            )
            if m.approximate:
                text += "\n" + self.tr("No start date: shown at its first recorded change.")
            selected = self.state.selected
            if selected and m.id in self.state.related:
                links = self.layout_.data.linked(selected)
                relations = sorted(
                    {term_label(lk.relation) for lk in links if m.id in (lk.from_id, lk.to_id)}
                )
                text += "\n" + self.tr("Linked to {name}: {relations}").format(
                    name=marker_name(self.layout_.marker_of[selected]),
                    relations=", ".join(relations),
                )
            return text
        if what == "bar":
            ended = format_date(value.ended) if value.ended else self.tr("today")
            full = name_in(value, current_language())
            name = f"{full} ({value.acronym})" if value.acronym else full
            return self.tr("{name}\n{created} – {ended}").format(
                name=name, created=format_date(value.created), ended=ended
            )
        lane, cluster = value
        members = lane.markers[cluster.first : cluster.last]
        names = "\n".join(marker_name(m) for m in members[:5])
        more = len(members) - 5
        text = self.tr("{n} policies, {first} – {last}").format(
            n=f"{len(members):,}", first=members[0].date, last=members[-1].date
        )
        text += "\n" + names
        if more > 0:
            text += "\n" + self.tr("… and {n} more (click to zoom in)").format(n=f"{more:,}")
        return text
