"""The timeline's institution bars with their successors, and the selected policy's links.
A mixin of the painter (`paint._Painter`), split out to keep modules small; what it reads
from the painter is declared in `paint_context`."""

from __future__ import annotations

import bisect

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPolygonF

from mxpolicy_gui.timeline.colours import with_alpha
from mxpolicy_gui.timeline.layout import BAR_ROW_H, MARKER_R, Lane
from mxpolicy_gui.timeline.paint_context import PaintContext
from mxpolicy_gui.vocabulary import term_label


class BarsAndLinks(PaintContext):
    # -- institutions ------------------------------------------------------------------------

    def institutions(self, lane: Lane, body: QRectF) -> None:
        p = self.p
        first = max(0, int((body.top() - self.y(lane.body_top)) // BAR_ROW_H))
        rows_below = int((body.bottom() - self.y(lane.body_top)) // BAR_ROW_H) + 1
        last = min(len(lane.bar_rows), rows_below)
        selected = self.state.selected
        p.setFont(self.small)
        by_id = {}
        for row in range(first, last):
            bars = lane.bar_rows[row]
            starts = [b.start_day for b in bars]
            begin = max(0, bisect.bisect_right(starts, self.day_from) - 1)
            end = bisect.bisect_right(starts, self.day_to)
            for bar in bars[begin:end]:
                x, y, w, h = self.layout.bar_rect(bar, self.scale)
                if x + w < self.rect.left():
                    continue
                by_id[bar.id] = (x, self.y(y), w, h)
                mine = selected is not None and selected in bar.policy_ids
                colour = self.c.highlight if mine else self.c.institution
                if self.state.related and not mine:
                    colour = with_alpha(colour, 110)
                rect = QRectF(round(x), round(self.y(y)), round(w), round(h))
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(colour)
                p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
                p.drawRect(rect)
                p.setRenderHint(QPainter.RenderHint.Antialiasing)
                if w > 24:
                    label = rect.adjusted(4, 0, -3, 0).intersected(
                        QRectF(self.rect.left() + 2, rect.top(), self.rect.width(), h))
                    name = bar.label
                    if x < self.rect.left():  # say how far back it goes
                        name = f"← {bar.created[:4]} {name}"
                    text = self.fm_small.elidedText(name, Qt.TextElideMode.ElideRight,
                                                    label.width())
                    p.setPen(QColor("#ffffff"))
                    p.drawText(label, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                               text)
        self.successors(lane, by_id)

    def successors(self, lane: Lane, drawn: dict) -> None:
        """Join each bar to its successor: an arrow from its end to the successor's start."""
        p = self.p
        p.setPen(QPen(self.c.muted, 1.2))
        p.setBrush(Qt.BrushStyle.NoBrush)
        for bar_id, (x, y, w, h) in drawn.items():
            bar = self.layout.bar_by_id[bar_id]
            succ = self.layout.bar_by_id.get(bar.successor_id or "")
            if succ is None:
                continue
            sx, sy, _sw, sh = self.layout.bar_rect(succ, self.scale)
            start = QPointF(x + w, y + h / 2)
            stop = QPointF(sx, self.y(sy) + sh / 2)
            if abs(stop.y() - start.y()) < 1 and stop.x() <= start.x() + 2:
                # Same row, created before (or as) the other ended: the successor's bar
                # covers the overlap; a notch marks where it begins.
                p.setPen(QPen(self.c.background, 2))
                p.drawLine(QPointF(sx - 1, y - 1), QPointF(sx - 1, y + h + 1))
                p.setPen(QPen(self.c.muted, 1.2))
                continue
            path = QPainterPath(start)
            path.cubicTo(QPointF(start.x() + 14, start.y()), QPointF(stop.x() - 14, stop.y()),
                         stop)
            p.drawPath(path)
            p.setBrush(self.c.muted)
            p.drawPolygon(QPolygonF([stop, QPointF(stop.x() - 5, stop.y() - 3),
                                     QPointF(stop.x() - 5, stop.y() + 3)]))
            p.setBrush(Qt.BrushStyle.NoBrush)

    # -- links -------------------------------------------------------------------------------

    def links(self) -> None:
        selected = self.state.selected
        if selected is None:
            return
        origin = self.layout.marker_centre(selected, self.scale)
        if origin is None:
            return
        p = self.p
        a = QPointF(origin[0], self.y(origin[1]))
        p.setFont(self.small)
        relations: dict[str, list[str]] = {}  # a pair may be linked from both sides
        for link in self.layout.data.linked(selected):
            other = link.to_id if link.from_id == selected else link.from_id
            found = relations.setdefault(other, [])
            if link.relation and link.relation not in found:
                found.append(link.relation)
        for other, names in relations.items():
            end = self.layout.marker_centre(other, self.scale)
            if end is None:
                continue
            b = QPointF(end[0], self.y(end[1]))
            bow = max(30.0, abs(b.x() - a.x()) * 0.35)
            path = QPainterPath(a)
            path.cubicTo(QPointF(a.x() + bow, a.y()), QPointF(b.x() - bow, b.y()), b)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.setPen(QPen(with_alpha(self.c.link, 200), 2))
            p.drawPath(path)
            if names:  # a tag beside the linked marker, where curves never pile up
                relation = " · ".join(term_label(name) for name in names)
                width = self.fm_small.horizontalAdvance(relation) + 8
                box = QRectF(b.x() + MARKER_R + 8, b.y() - 8, width, 16)
                if box.right() > self.rect.right() - 4:
                    box.moveRight(b.x() - MARKER_R - 8)
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(with_alpha(self.c.background, 230))
                p.drawRoundedRect(box, 4, 4)
                p.setPen(self.c.link)
                p.drawText(box, Qt.AlignmentFlag.AlignCenter, relation)
