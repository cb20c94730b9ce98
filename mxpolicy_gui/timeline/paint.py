"""Paint the timeline with QPainter onto anything: the window, an SVG, a PNG, a PDF page.

One painter for the screen and the files, so they never disagree. Only what lies inside the
visible x range is drawn: markers by bisection (clusters in dense lanes), bars per row by
bisection, so a paint stays cheap at 100,000 records. Needs a QGuiApplication (fonts).
"""

from __future__ import annotations

import bisect
import datetime as dt
import math
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
    QPolygonF,
)

from mxpolicy_gui.store.timeline import PolicyMarker, TimelineData, date_of
from mxpolicy_gui.timeline.layout import (
    AXIS_H,
    BAR_ROW_H,
    DENSE_TRACK,
    LANE_HEADER,
    ROW_H,
    STATUS_TRACK,
    Lane,
    Layout,
    Scale,
    clusters,
    tick_months,
)

MARKER_R = 6.0
DIM_ALPHA = 60
_SPRITES: dict[tuple, QPixmap] = {}


@dataclass(frozen=True)
class TimelineColours:
    background: QColor
    text: QColor
    muted: QColor
    grid: QColor
    terms: tuple[QColor, QColor]
    reform: QColor
    innovation: QColor
    institution: QColor
    highlight: QColor
    link: QColor
    status: dict = field(default_factory=dict)


def _status_colours(dark: bool) -> dict[str, QColor]:
    table = {
        "In force": "#2e8b57",
        "In operation": "#2e8b57",
        "Continued": "#1f8a8a",
        "Completed": "#5a7fa8",
        "Under construction": "#b8860b",
        "Partly in force": "#d08a00",
        "Superseded": "#b5523b",
        "Repealed": "#a33a3a",
        "Ended": "#8a8a8a",
        "Blocked": "#8e44ad",
    }
    colours = {k: QColor(v) for k, v in table.items()}
    return {k: c.lighter(130) for k, c in colours.items()} if dark else colours


def _blend(under: QColor, over: QColor, amount: float) -> QColor:
    return QColor(
        round(under.red() + (over.red() - under.red()) * amount),
        round(under.green() + (over.green() - under.green()) * amount),
        round(under.blue() + (over.blue() - under.blue()) * amount),
    )


def colours_for(palette: QPalette | None = None) -> TimelineColours:
    """Colours from a widget's palette (light or dark); the light defaults without one."""
    if palette is None:
        background, text = QColor("#ffffff"), QColor("#1a1a1a")
        highlight = QColor("#2a6fdb")
    else:
        background = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        highlight = palette.color(QPalette.ColorRole.Highlight)
    dark = background.lightness() < 128
    muted = QColor(text)
    muted.setAlpha(150)
    grid = QColor(text)
    grid.setAlpha(40)
    # Opaque blends, not translucent fills: four full-height alpha blends were a third of a
    # crowded paint.
    term_a, term_b = _blend(background, text, 0.03), _blend(background, text, 0.085)

    def pick(light: str, dark_: str) -> QColor:
        return QColor(dark_ if dark else light)

    return TimelineColours(
        background=background,
        text=text,
        muted=muted,
        grid=grid,
        terms=(term_a, term_b),
        reform=pick("#2457a6", "#7fa8ef"),
        innovation=pick("#2e7d64", "#6cc6a6"),
        institution=pick("#8d6e3f", "#c9a66b"),
        highlight=highlight if palette is not None else QColor("#e07b00"),
        link=pick("#e07b00", "#ffb04d"),
        status=_status_colours(dark),
    )


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


def lane_title(key: str, count: int) -> str:
    titles = {
        "reform": QCoreApplication.translate("Timeline", "Reforms (DOF dates)"),
        "innovation": QCoreApplication.translate("Timeline", "Innovations (start dates)"),
        "institutions": QCoreApplication.translate("Timeline", "Institutions"),
    }
    return f"{titles.get(key, key)} · {count:,}"


def _alpha(colour: QColor, alpha: int) -> QColor:
    c = QColor(colour)
    c.setAlpha(alpha)
    return c


class _Painter:
    """One paint: the painter, where, and with what."""

    def __init__(self, painter: QPainter, rect: QRectF, layout: Layout, state: PaintState,
                 colours: TimelineColours, font: QFont) -> None:
        self.p = painter
        self.rect = rect
        self.layout = layout
        self.state = state
        self.c = colours
        self.font = font
        self.small = QFont(font)
        self.small.setPointSizeF(max(6.0, font.pointSizeF() * 0.85))
        self.bold = QFont(font)
        self.bold.setBold(True)
        self.fm = QFontMetricsF(font)
        self.fm_small = QFontMetricsF(self.small)
        self.scale = state.scale
        self.top = rect.top() + AXIS_H - state.scroll_y  # content y 0 on screen
        self.day_from = self.scale.day(rect.left())
        self.day_to = self.scale.day(rect.right())

    def y(self, content_y: float) -> float:
        return self.top + content_y

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

    # -- background --------------------------------------------------------------------------

    def terms(self) -> None:
        p = self.p
        today = self.layout.data.today
        p.setFont(self.small)
        for i, term in enumerate(self.layout.data.terms):
            x0, x1 = self.scale.x(term.start_day), self.scale.x(term.end_day(today) + 1)
            if x1 < self.rect.left() or x0 > self.rect.right():
                continue
            band = QRectF(x0, self.rect.top(), x1 - x0, self.rect.height())
            p.fillRect(band, self.c.terms[i % 2])
            visible = band.intersected(self.rect)
            label_rect = QRectF(visible.left() + 4, self.rect.top() + 2, visible.width() - 8,
                                self.fm_small.height())
            text = self.fm_small.elidedText(term.president, Qt.TextElideMode.ElideRight,
                                            label_rect.width())
            p.setPen(self.c.muted)
            p.drawText(label_rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, text)

    def _ticks(self) -> list[tuple[float, dt.date, bool]]:
        """(x, date, is a year start) for each tick in view."""
        months = tick_months(self.scale.px_per_day)
        first, last = date_of(self.day_from), date_of(self.day_to)
        index = (first.year * 12 + first.month - 1) // months * months
        found = []
        while True:
            year, month = divmod(index, 12)
            if year > last.year + 1:
                break
            d = dt.date(year, month + 1, 1)
            found.append((self.scale.x(d.toordinal()), d, month == 0))
            index += months
        return found

    def grid(self) -> None:
        self.p.setPen(QPen(self.c.grid, 1))
        for x, _d, _year in self._ticks():
            self.p.drawLine(QPointF(x, self.rect.top() + AXIS_H), QPointF(x, self.rect.bottom()))

    def axis(self) -> None:
        p = self.p
        band = QRectF(self.rect.left(), self.rect.top() + self.fm_small.height() + 2,
                      self.rect.width(), AXIS_H - self.fm_small.height() - 2)
        p.setPen(QPen(self.c.grid, 1))
        p.drawLine(QPointF(band.left(), band.bottom()), QPointF(band.right(), band.bottom()))
        p.setFont(self.font)
        p.setPen(self.c.text)
        locale = QLocale()
        months = tick_months(self.scale.px_per_day)
        for x, d, year_start in self._ticks():
            if months >= 12 or year_start:
                text = str(d.year)
            else:
                text = locale.monthName(d.month, QLocale.FormatType.ShortFormat)
            p.drawLine(QPointF(x, band.bottom() - 4), QPointF(x, band.bottom()))
            if x < self.rect.left():
                continue  # its label would show cut
            p.drawText(QRectF(x + 3, band.top(), 80, band.height() - 2),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)

    def today(self, body: QRectF) -> None:
        x = self.scale.x(self.layout.data.today)
        pen = QPen(self.c.link, 1.2, Qt.PenStyle.DashLine)
        self.p.setPen(pen)
        self.p.drawLine(QPointF(x, body.top()), QPointF(x, body.bottom()))

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
        p.fillRect(box.adjusted(-3, 0, 3, 0), _alpha(self.c.background, 220))
        p.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)

    # -- policies ----------------------------------------------------------------------------

    def colour_of(self, kind: str) -> QColor:
        return self.c.reform if kind == "reform" else self.c.innovation

    def marker_shape(self, marker: PolicyMarker, x: float, y: float, colour: QColor,
                     r: float = MARKER_R) -> None:
        p = self.p
        if marker.approximate:  # hollow: placed at its first recorded change
            p.setBrush(self.c.background)
            p.setPen(QPen(colour, 2))
        else:
            p.setBrush(colour)
            p.setPen(QPen(self.c.background, 1.2))
        if marker.kind == "reform":
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
                colour = _alpha(colour, DIM_ALPHA)
            x = self.scale.x(m.day)
            x_end = self.scale.x(self.layout.line_end(m))
            if m.id == self.state.hover or m.id == self.state.selected:
                p.fillRect(QRectF(self.rect.left(), y - ROW_H / 2, self.rect.width(), ROW_H),
                           _alpha(self.c.highlight, 28))
            p.setPen(QPen(colour, 2))
            p.drawLine(QPointF(x, y), QPointF(x_end, y))
            for inst in self.layout.instruments_of.get(m.id, ()):
                xi = self.scale.x(inst.day)
                p.setPen(QPen(_alpha(self.c.text, DIM_ALPHA if dim else 170), 1.2))
                p.drawLine(QPointF(xi, y - 7), QPointF(xi, y - 3))
            for mark in self.layout.statuses_of.get(m.id, ()):
                xs = self.scale.x(mark.day)
                sc = self.c.status.get(mark.status, self.c.muted)
                p.setBrush(_alpha(sc, DIM_ALPHA) if dim else sc)
                p.setPen(QPen(self.c.background, 1))
                p.drawRect(QRectF(xs - 3.5, y - 3.5, 7, 7))
            self.marker_shape(m, x, y, colour)
            self.label(m, x, y, dim)

    def label(self, m: PolicyMarker, x: float, y: float, dim: bool) -> None:
        p = self.p
        p.setFont(self.font)
        width = self.fm.horizontalAdvance(m.name)
        room_left = x - MARKER_R - 8 - self.rect.left()
        text = m.name
        if room_left >= min(width, 160):
            text = self.fm.elidedText(m.name, Qt.TextElideMode.ElideRight, room_left)
            width = self.fm.horizontalAdvance(text)
            box = QRectF(x - MARKER_R - 6 - width, y - ROW_H / 2, width, ROW_H)
        else:
            text = self.fm.elidedText(m.name, Qt.TextElideMode.ElideRight, 260)
            width = self.fm.horizontalAdvance(text)
            box = QRectF(x + MARKER_R + 6, y - ROW_H / 2, width, ROW_H)
            p.fillRect(box.adjusted(-2, 3, 2, -3), _alpha(self.c.background, 200))
        p.setPen(_alpha(self.c.text, DIM_ALPHA) if dim else self.c.text)
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
            if shape == "reform":
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
        if shape == "reform":
            self.p.drawPolygon(QPolygonF([QPointF(x, y - r), QPointF(x + r, y),
                                          QPointF(x, y + r), QPointF(x - r, y)]))
        else:
            self.p.drawEllipse(QPointF(x, y), r, r)

    def dense(self, lane: Lane) -> None:
        p = self.p
        y = self.y(lane.track_centre)
        x_from, x_to = self.rect.left() - 20, self.rect.right() + 20
        colour = self.colour_of(lane.key)
        dim_colour = _alpha(colour, DIM_ALPHA)
        prefix = self.layout.match_prefix(lane, self.state.filtered)
        p.setFont(self.small)
        white = QColor("#ffffff")
        for cl in clusters(lane.days, self.scale, x_from, x_to):
            if cl.count == 1:
                m = lane.markers[cl.first]
                r = MARKER_R + 1 if m.kind == "reform" else MARKER_R
                self.disc(m.kind, cl.x, y, r, dim_colour if self.dimmed(m.id) else colour)
                continue
            shown = cl.count if prefix is None else prefix[cl.last] - prefix[cl.first]
            r = round(min(DENSE_TRACK / 2 - 2, 6 + 4.4 * math.log10(cl.count)))
            self.disc("cluster", cl.x, y, r, _alpha(colour, DIM_ALPHA if shown == 0 else 210))
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
                    colour = _alpha(colour, 110)
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
            p.setPen(QPen(_alpha(self.c.link, 200), 2))
            p.drawPath(path)
            if names:  # a tag beside the linked marker, where curves never pile up
                relation = " · ".join(names)
                width = self.fm_small.horizontalAdvance(relation) + 8
                box = QRectF(b.x() + MARKER_R + 8, b.y() - 8, width, 16)
                if box.right() > self.rect.right() - 4:
                    box.moveRight(b.x() - MARKER_R - 8)
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(_alpha(self.c.background, 230))
                p.drawRoundedRect(box, 4, 4)
                p.setPen(self.c.link)
                p.drawText(box, Qt.AlignmentFlag.AlignCenter, relation)


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
    are taller than the rect."""
    layout = Layout(data)
    content = AXIS_H + layout.height
    shrink = min(1.0, rect.height() / content) if content else 1.0
    painter.save()
    painter.translate(rect.topLeft())
    painter.scale(shrink, shrink)
    logical = QRectF(0, 0, rect.width() / shrink, rect.height() / shrink)
    state = paint_state_fit(layout, logical, filtered_ids)
    state.selected = selected
    if selected:
        state.related = {lk.to_id if lk.from_id == selected else lk.from_id
                         for lk in data.linked(selected)}
    paint_view(painter, logical, layout, state, colours or colours_for(), font or QFont())
    painter.restore()


def paint_view(painter: QPainter, rect: QRectF, layout: Layout, state: PaintState,
               colours: TimelineColours, font: QFont) -> None:
    _Painter(painter, rect, layout, state, colours, font).paint()


__all__ = ["PaintState", "TimelineColours", "colours_for", "paint_timeline", "paint_view"]
