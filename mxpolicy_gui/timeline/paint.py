"""Paint the timeline with QPainter onto anything: the window, an SVG, a PNG, a PDF page.

One painter for the screen and the files, so they never disagree. Only what lies inside the
visible x range is drawn: markers by bisection (clusters in dense lanes), bars per row by
bisection, so a paint stays cheap at 100,000 records. Needs a QGuiApplication (fonts).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPen,
    QPixmap,
    QPolygonF,
)

from mxpolicy_gui.content import name_in
from mxpolicy_gui.i18n import current_language
from mxpolicy_gui.store.timeline import PolicyMarker, TimelineData
from mxpolicy_gui.timeline.colours import TimelineColours, colours_for, with_alpha
from mxpolicy_gui.timeline.layout import (
    AXIS_H,
    DENSE_TRACK,
    LANE_HEADER,
    MARKER_R,
    ROW_H,
    STATUS_TRACK,
    Lane,
    Layout,
    Scale,
    clusters,
)
from mxpolicy_gui.timeline.paint_axis import AxisPainting
from mxpolicy_gui.timeline.paint_bars import BarsAndLinks
from mxpolicy_gui.vocabulary import Kind

DIM_ALPHA = 60
_SPRITES: dict[tuple, QPixmap] = {}



@dataclass
class PaintState:
    """What changes between paints: zoom and pan, selection, hover, keyboard focus, filter."""

    scale: Scale
    scroll_y: float = 0.0
    selected: str | None = None
    hover: str | None = None
    focus: str | None = None
    #: None: nothing filtered out; else the ids left undimmed.
    filtered: set[str] | None = None
    related: set[str] = field(default_factory=set)
    #: Stamp markers from cached pixmaps (the window); False draws shapes (SVG, PDF).
    sprites: bool = False


def marker_name(marker: PolicyMarker) -> str:
    """The policy's name in the installed language (the report's, while one is painted)."""
    return name_in(marker, current_language())


def lane_title(key: str, count: int) -> str:
    titles = {
        Kind.REFORM: QCoreApplication.translate("Timeline", "Reforms (DOF dates)"),
        Kind.INNOVATION: QCoreApplication.translate("Timeline", "Innovations (start dates)"),
        "institutions": QCoreApplication.translate("Timeline", "Institutions"),
    }
    return f"{titles.get(key, key)} · {count:,}"



@dataclass
class _Painter(AxisPainting, BarsAndLinks):
    """One paint: the painter, where, and with what (the fields of `PaintContext`)."""

    def __post_init__(self) -> None:
        font, rect, state = self.font, self.rect, self.state
        self.small = QFont(font)
        if font.pixelSize() > 0:  # files and the report size fonts in pixels, see below
            self.small.setPixelSize(max(8, round(font.pixelSize() * 0.85)))
        else:
            self.small.setPointSizeF(max(6.0, font.pointSizeF() * 0.85))
        self.bold = QFont(font)
        self.bold.setBold(True)
        self.fm = QFontMetricsF(font)
        self.fm_small = QFontMetricsF(self.small)
        self.scale = state.scale
        self.top = rect.top() + AXIS_H - state.scroll_y  # content y 0 on screen
        self.day_from = self.scale.day(rect.left())
        self.day_to = self.scale.day(rect.right())

    def dimmed(self, policy_id: str) -> bool:
        s = self.state
        if s.filtered is not None and policy_id not in s.filtered:
            return True
        return bool(s.related) and policy_id not in s.related and policy_id != s.selected

    def paint(self) -> None:
        p = self.p
        p.save()
        p.setClipRect(self.rect)
        p.fillRect(self.rect, self.c.background)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.terms()
        self.grid()
        body = QRectF(self.rect.left(), self.rect.top() + AXIS_H, self.rect.width(),
                      self.rect.height() - AXIS_H)
        p.save()
        p.setClipRect(body)
        for lane in self.layout.lanes:
            if self.y(lane.top + lane.height) < body.top() or self.y(lane.top) > body.bottom():
                continue
            if lane.key == "institutions":
                self.institutions(lane, body)
            elif lane.detailed:
                self.detailed(lane, body)
            else:
                self.dense(lane)
            self.lane_header(lane)
        self.links()
        self.today(body)
        p.restore()
        self.axis()
        p.restore()


    def lane_header(self, lane: Lane) -> None:
        p = self.p
        y = self.y(lane.top)
        p.setPen(QPen(self.c.grid, 1))
        p.drawLine(QPointF(self.rect.left(), y), QPointF(self.rect.right(), y))
        p.setFont(self.bold)
        p.setPen(self.c.text)
        text = lane_title(lane.key, lane.count)
        box = QRectF(self.rect.left() + 6, y + 2, self.fm.horizontalAdvance(text) * 1.15 + 8,
                     LANE_HEADER - 4)
        p.fillRect(box.adjusted(-3, 0, 3, 0), with_alpha(self.c.background, 220))
        p.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)

    # -- policies ----------------------------------------------------------------------------

    def colour_of(self, kind: str) -> QColor:
        return self.c.reform if kind == Kind.REFORM else self.c.innovation

    def marker_shape(self, marker: PolicyMarker, x: float, y: float, colour: QColor,
                     r: float = MARKER_R) -> None:
        p = self.p
        if marker.approximate:  # hollow: placed at its first recorded change
            p.setBrush(self.c.background)
            p.setPen(QPen(colour, 2))
        else:
            p.setBrush(colour)
            p.setPen(QPen(self.c.background, 1.2))
        if marker.kind == Kind.REFORM:
            p.drawPolygon(QPolygonF([QPointF(x, y - r - 1), QPointF(x + r + 1, y),
                                     QPointF(x, y + r + 1), QPointF(x - r - 1, y)]))
        else:
            p.drawEllipse(QPointF(x, y), r, r)
        s = self.state
        if marker.id in (s.selected, s.focus) or marker.id in s.related:
            ring = self.c.highlight if marker.id == s.selected else self.c.link
            width = 2.5 if marker.id == s.selected else 2.0
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.setPen(QPen(ring, width, Qt.PenStyle.DotLine if marker.id == s.focus
                          and marker.id != s.selected else Qt.PenStyle.SolidLine))
            p.drawEllipse(QPointF(x, y), r + 4, r + 4)

    def detailed(self, lane: Lane, body: QRectF) -> None:
        p = self.p
        first = max(0, int((body.top() - self.y(lane.body_top)) // ROW_H))
        last = min(len(lane.markers), int((body.bottom() - self.y(lane.body_top)) // ROW_H) + 1)
        for row in range(first, last):
            m = lane.markers[row]
            y = self.y(lane.row_centre(row))
            dim = self.dimmed(m.id)
            colour = self.colour_of(m.kind)
            if dim:
                colour = with_alpha(colour, DIM_ALPHA)
            x = self.scale.x(m.day)
            x_end = self.scale.x(self.layout.line_end(m))
            if m.id == self.state.hover or m.id == self.state.selected:
                p.fillRect(QRectF(self.rect.left(), y - ROW_H / 2, self.rect.width(), ROW_H),
                           with_alpha(self.c.highlight, 28))
            p.setPen(QPen(colour, 2))
            p.drawLine(QPointF(x, y), QPointF(x_end, y))
            for inst in self.layout.instruments_of.get(m.id, ()):
                xi = self.scale.x(inst.day)
                p.setPen(QPen(with_alpha(self.c.text, DIM_ALPHA if dim else 170), 1.2))
                p.drawLine(QPointF(xi, y - 7), QPointF(xi, y - 3))
            for mark in self.layout.statuses_of.get(m.id, ()):
                xs = self.scale.x(mark.day)
                sc = self.c.status.get(mark.status, self.c.muted)
                p.setBrush(with_alpha(sc, DIM_ALPHA) if dim else sc)
                p.setPen(QPen(self.c.background, 1))
                p.drawRect(QRectF(xs - 3.5, y - 3.5, 7, 7))
            self.marker_shape(m, x, y, colour)
            self.label(m, x, y, dim)

    def label(self, m: PolicyMarker, x: float, y: float, dim: bool) -> None:
        p = self.p
        p.setFont(self.font)
        name = marker_name(m)
        width = self.fm.horizontalAdvance(name)
        room_left = x - MARKER_R - 8 - self.rect.left()
        text = name
        if room_left >= min(width, 160):
            text = self.fm.elidedText(name, Qt.TextElideMode.ElideRight, room_left)
            width = self.fm.horizontalAdvance(text)
            box = QRectF(x - MARKER_R - 6 - width, y - ROW_H / 2, width, ROW_H)
        else:
            text = self.fm.elidedText(name, Qt.TextElideMode.ElideRight, 260)
            width = self.fm.horizontalAdvance(text)
            box = QRectF(x + MARKER_R + 6, y - ROW_H / 2, width, ROW_H)
            p.fillRect(box.adjusted(-2, 3, 2, -3), with_alpha(self.c.background, 200))
        p.setPen(with_alpha(self.c.text, DIM_ALPHA) if dim else self.c.text)
        p.drawText(box, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)

    def sprite(self, shape: str, r: float, fill: QColor) -> QPixmap:
        """A marker or cluster disc drawn once and stamped after: antialiased ellipses are
        the slowest thing on a crowded paint. Only on screen; files get real shapes."""
        ratio = self.p.device().devicePixelRatioF() if self.p.device() else 1.0
        key = (shape, round(r, 1), fill.rgba(), self.c.background.rgba(), ratio)
        pixmap = _SPRITES.get(key)
        if pixmap is None:
            size = math.ceil(2 * r + 4)
            pixmap = QPixmap(math.ceil(size * ratio), math.ceil(size * ratio))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setBrush(fill)
            painter.setPen(QPen(self.c.background, 1.2))
            c = size / 2
            if shape == Kind.REFORM:
                painter.drawPolygon(QPolygonF([QPointF(c, c - r), QPointF(c + r, c),
                                               QPointF(c, c + r), QPointF(c - r, c)]))
            else:
                painter.drawEllipse(QPointF(c, c), r, r)
            painter.end()
            if len(_SPRITES) > 512:
                _SPRITES.clear()
            _SPRITES[key] = pixmap
        return pixmap

    def disc(self, shape: str, x: float, y: float, r: float, fill: QColor) -> None:
        if self.state.sprites:
            pixmap = self.sprite(shape, r, fill)
            half = pixmap.width() / pixmap.devicePixelRatio() / 2
            self.p.drawPixmap(QPointF(x - half, y - half), pixmap)
            return
        self.p.setBrush(fill)
        self.p.setPen(QPen(self.c.background, 1.2))
        if shape == Kind.REFORM:
            self.p.drawPolygon(QPolygonF([QPointF(x, y - r), QPointF(x + r, y),
                                          QPointF(x, y + r), QPointF(x - r, y)]))
        else:
            self.p.drawEllipse(QPointF(x, y), r, r)

    def dense(self, lane: Lane) -> None:
        p = self.p
        y = self.y(lane.track_centre)
        x_from, x_to = self.rect.left() - 20, self.rect.right() + 20
        colour = self.colour_of(lane.key)
        dim_colour = with_alpha(colour, DIM_ALPHA)
        prefix = self.layout.match_prefix(lane, self.state.filtered)
        p.setFont(self.small)
        white = QColor("#ffffff")
        for cl in clusters(lane.days, self.scale, x_from, x_to):
            if cl.count == 1:
                m = lane.markers[cl.first]
                r = MARKER_R + 1 if m.kind == Kind.REFORM else MARKER_R
                self.disc(m.kind, cl.x, y, r, dim_colour if self.dimmed(m.id) else colour)
                continue
            shown = cl.count if prefix is None else prefix[cl.last] - prefix[cl.first]
            r = round(min(DENSE_TRACK / 2 - 2, 6 + 4.4 * math.log10(cl.count)))
            self.disc("cluster", cl.x, y, r, with_alpha(colour, DIM_ALPHA if shown == 0 else 210))
            text = f"{shown:,}" if shown < 1000 else f"{shown / 1000:.0f}k"
            p.setPen(white)
            p.drawText(QRectF(cl.x - 20, y - r, 40, 2 * r), Qt.AlignmentFlag.AlignCenter, text)
        ys = self.y(lane.status_centre)
        ticks = []
        for cl in clusters(lane.status_days, self.scale, x_from, x_to):
            h = min(STATUS_TRACK - 2, 3 + 2 * math.log2(cl.count))
            ticks.append(QRectF(round(cl.x) - 1, round(ys - h / 2), 3, round(h)))
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(self.c.muted)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        p.drawRects(ticks)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        for pid in filter(None, {self.state.selected, self.state.focus}):
            centre = self.layout.marker_centre(pid, self.scale)
            placed = self.layout.place.get(pid)
            if centre and placed and placed[0] is lane:
                self.marker_shape(self.layout.marker_of[pid], centre[0], y, colour, MARKER_R + 1)



def fit_scale(layout: Layout, rect: QRectF) -> Scale:
    first, last = layout.data.span()
    return Scale(first, rect.width() / max(1, last - first), rect.left())


def paint_state_fit(layout: Layout, rect: QRectF, filtered: set[str] | None) -> PaintState:
    return PaintState(scale=fit_scale(layout, rect), filtered=filtered)


def paint_timeline(painter: QPainter, rect: QRectF, data: TimelineData,
                   filtered_ids: set[str] | None = None, *,
                   colours: TimelineColours | None = None, font: QFont | None = None,
                   selected: str | None = None) -> None:
    """The whole span in `rect` (a report page, a file): everything fits, shrunk if the lanes
    are taller than the rect.

    Any device: the layout is in 96-dpi pixels and the painter is scaled to the device's
    resolution (a 1200-dpi PDF page included), with fonts sized in pixels so that text scales
    with everything else instead of being sized twice."""
    layout = Layout(data)
    device = painter.device()
    ratio = device.logicalDpiY() / 96 if device is not None and device.logicalDpiY() > 0 else 1
    content = AXIS_H + layout.height
    shrink = min(1.0, rect.height() / ratio / content) if content else 1.0
    zoom = ratio * shrink
    text = QFont(font) if font is not None else QFont()
    text.setPixelSize(12)
    painter.save()
    painter.translate(rect.topLeft())
    painter.scale(zoom, zoom)
    logical = QRectF(0, 0, rect.width() / zoom, rect.height() / zoom)
    state = paint_state_fit(layout, logical, filtered_ids)
    state.selected = selected
    if selected:
        state.related = {lk.to_id if lk.from_id == selected else lk.from_id
                         for lk in data.linked(selected)}
    paint_view(painter, logical, layout, state, colours or colours_for(), text)
    painter.restore()


def paint_view(painter: QPainter, rect: QRectF, layout: Layout, state: PaintState,
               colours: TimelineColours, font: QFont) -> None:
    _Painter(painter, rect, layout, state, colours, font).paint()


__all__ = ["PaintState", "TimelineColours", "colours_for", "paint_timeline", "paint_view"]
