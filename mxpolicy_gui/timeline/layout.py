"""Where everything on the timeline goes: lanes and rows (fixed) and the day↔pixel scale
(what zoom and pan change). Plain Python, shared by the painter and the widget's hit tests.

A lane of a few dozen policies gives each policy a row of its own: its marker, a line for its
life and the marks of its status changes and instruments along it. A lane of thousands
cannot, so it becomes one track where markers that would overlap are drawn as one cluster
with a count; the counts come from bisecting the sorted days at the pixel grid, so a paint
costs the same at 100,000 records as at 100.
"""

from __future__ import annotations

import bisect
import itertools
import math
from dataclasses import dataclass, field

from mxpolicy_gui.store.timeline import InstitutionBar, PolicyMarker, StatusMark, TimelineData
from mxpolicy_gui.vocabulary import FINAL_STATUS_SET, Kind

KIND_ORDER = (Kind.REFORM, Kind.INNOVATION)
#: Up to this many policies a lane gives each its own row.
DETAIL_LIMIT = 80
AXIS_H = 40.0
LANE_HEADER = 20.0
ROW_H = 19.0
BAR_ROW_H = 16.0
DENSE_TRACK = 34.0
STATUS_TRACK = 14.0
LANE_GAP = 6.0
MARKER_R = 6.0
#: Width of a cluster cell: markers closer than this share one cluster.
CLUSTER_PX = 34.0
#: Statuses after which a policy's line stops at its last history date.
FINAL_STATUSES = FINAL_STATUS_SET


@dataclass
class Scale:
    """Day ↔ x: `left` is the x of `first_day`; zooming changes `px_per_day`."""

    first_day: float
    px_per_day: float
    left: float = 0.0

    def x(self, day: float) -> float:
        return self.left + (day - self.first_day) * self.px_per_day

    def day(self, x: float) -> float:
        return self.first_day + (x - self.left) / self.px_per_day


@dataclass
class Lane:
    key: str  # "reform", "innovation" or "institutions"
    top: float
    height: float
    detailed: bool = True
    #: Detailed policy lanes: the markers in row order; institution lanes: rows of bars.
    markers: list[PolicyMarker] = field(default_factory=list)
    bar_rows: list[list[InstitutionBar]] = field(default_factory=list)
    #: Dense policy lanes: sorted days and the markers in the same order.
    days: list[int] = field(default_factory=list)
    status_days: list[int] = field(default_factory=list)
    count: int = 0

    @property
    def body_top(self) -> float:
        return self.top + LANE_HEADER

    def row_centre(self, row: int) -> float:
        height = BAR_ROW_H if self.key == "institutions" else ROW_H
        return self.body_top + height * row + height / 2

    @property
    def track_centre(self) -> float:
        return self.body_top + DENSE_TRACK / 2

    @property
    def status_centre(self) -> float:
        return self.body_top + DENSE_TRACK + STATUS_TRACK / 2


@dataclass
class Cluster:
    """Markers sharing one cluster cell: `first`..`last` index into the lane's days."""

    x: float
    first: int
    last: int  # exclusive

    @property
    def count(self) -> int:
        return self.last - self.first


class Layout:
    """Lanes and rows for one `TimelineData` (rebuilt only when the data changes)."""

    def __init__(self, data: TimelineData) -> None:
        self.data = data
        self.lanes: list[Lane] = []
        #: policy id → (lane, row) for detailed lanes, (lane, -1) for dense ones.
        self.place: dict[str, tuple[Lane, int]] = {}
        #: institution id → (lane, row)
        self.bar_place: dict[str, tuple[Lane, int]] = {}
        self.bar_by_id = {b.id: b for b in data.institutions}
        self._prefix: dict[str, tuple[set[str], list[int]]] = {}
        self.statuses_of: dict[str, list[StatusMark]] = {}
        for mark in data.statuses:
            self.statuses_of.setdefault(mark.policy_id, []).append(mark)
        self.instruments_of: dict[str, list] = {}
        for inst in data.instruments:
            self.instruments_of.setdefault(inst.policy_id, []).append(inst)
        top = 0.0
        by_kind: dict[str, list[PolicyMarker]] = {}
        for m in data.markers:
            by_kind.setdefault(m.kind, []).append(m)
        kinds = [k for k in KIND_ORDER if k in by_kind] + sorted(set(by_kind) - set(KIND_ORDER))
        for kind in kinds:
            lane = self._policy_lane(kind, by_kind[kind], top)
            self.lanes.append(lane)
            top += lane.height + LANE_GAP
        if data.institutions:
            lane = self._institution_lane(data.institutions, top)
            self.lanes.append(lane)
            top += lane.height + LANE_GAP
        self.height = top
        self.order = list(data.markers)  # date order, for the arrow keys
        self.index_of = {m.id: i for i, m in enumerate(self.order)}
        self.marker_of = {m.id: m for m in self.order}

    def _policy_lane(self, kind: str, markers: list[PolicyMarker], top: float) -> Lane:
        lane = Lane(kind, top, 0.0, count=len(markers))
        if len(markers) <= DETAIL_LIMIT:
            lane.markers = markers
            lane.height = LANE_HEADER + ROW_H * len(markers)
            for row, m in enumerate(markers):
                self.place[m.id] = (lane, row)
        else:
            lane.detailed = False
            lane.markers = markers  # sorted by day already
            lane.days = [m.day for m in markers]
            ids = {m.id for m in markers}
            lane.status_days = [s.day for s in self.data.statuses if s.policy_id in ids]
            lane.height = LANE_HEADER + DENSE_TRACK + STATUS_TRACK
            for m in markers:
                self.place[m.id] = (lane, -1)
        return lane

    def _institution_lane(self, bars: tuple[InstitutionBar, ...], top: float) -> Lane:
        """Successor chains share a row where they fit; rows are filled first-fit."""
        by_id = {b.id: b for b in bars}
        preds: dict[str, list[str]] = {}
        for b in bars:
            if b.successor_id in by_id:
                preds.setdefault(b.successor_id, []).append(b.id)
        placed: set[str] = set()
        rows: list[list[InstitutionBar]] = []
        row_end: list[int] = []
        today = self.data.today
        for head in sorted(bars, key=lambda b: (b.start_day, b.id)):
            if head.id in placed:
                continue
            if any(p not in placed for p in preds.get(head.id, ())):
                continue  # placed after its predecessor, in the same chain
            chain = []
            bar: InstitutionBar | None = head
            while bar is not None and bar.id not in placed:
                chain.append(bar)
                placed.add(bar.id)
                bar = by_id.get(bar.successor_id or "")
            start = chain[0].start_day
            end = max((b.end_day or today) for b in chain)
            row = next((i for i, e in enumerate(row_end) if e < start), None)
            if row is None:
                rows.append([])
                row_end.append(0)
                row = len(rows) - 1
            rows[row].extend(chain)
            row_end[row] = end
        for b in bars:  # cycles or orphans left over: one row each at the end
            if b.id not in placed:
                rows.append([b])
                placed.add(b.id)
        lane = Lane("institutions", top, LANE_HEADER + BAR_ROW_H * len(rows), count=len(bars))
        first_day = self.data.span()[0]

        def first_event(row: list[InstitutionBar]) -> float:
            """Rows read in the order of their first creation or end on the axis; bodies
            with none there (older, still running) come last."""
            days = [d for b in row for d in (b.start_day, b.end_day) if d and d >= first_day]
            return min(days, default=math.inf)

        rows.sort(key=first_event)
        lane.bar_rows = [sorted(r, key=lambda b: b.start_day) for r in rows]
        for i, r in enumerate(lane.bar_rows):
            for b in r:
                self.bar_place[b.id] = (lane, i)
        return lane

    def match_prefix(self, lane: Lane, kept: set[str] | None) -> list[int] | None:
        """Running counts of `kept` markers along a dense lane (None when nothing is filtered
        out), so a cluster's count of matches is one subtraction. Cached per filter."""
        if kept is None:
            return None
        cached = self._prefix.get(lane.key)
        if cached is not None and cached[0] is kept:
            return cached[1]
        prefix = [0, *itertools.accumulate(m.id in kept for m in lane.markers)]
        self._prefix[lane.key] = (kept, prefix)
        return prefix

    # -- geometry ---------------------------------------------------------------------------

    def line_end(self, marker: PolicyMarker) -> int:
        """Where a policy's line stops: its last history date once it has ended, else today."""
        history = self.statuses_of.get(marker.id)
        if history and history[-1].status in FINAL_STATUSES:
            return max(history[-1].day, marker.day)
        return self.data.today

    def marker_centre(self, policy_id: str, scale: Scale) -> tuple[float, float] | None:
        """Content coordinates (y before scrolling) of a policy's marker."""
        marker = self.marker_of.get(policy_id)
        placed = self.place.get(policy_id)
        if marker is None or placed is None:
            return None
        lane, row = placed
        y = lane.row_centre(row) if row >= 0 else lane.track_centre
        return scale.x(marker.day), y

    def bar_rect(self, bar: InstitutionBar, scale: Scale) -> tuple[float, float, float, float]:
        lane, row = self.bar_place[bar.id]
        x0 = scale.x(bar.start_day)
        x1 = scale.x(bar.end_day if bar.end_day is not None else self.data.today)
        y = lane.row_centre(row)
        return x0, y - BAR_ROW_H * 0.35, max(2.0, x1 - x0), BAR_ROW_H * 0.7


def clusters(days: list[int], scale: Scale, x_from: float, x_to: float) -> list[Cluster]:
    """The non-empty cluster cells between two x positions, on a grid fixed to day 0 so cells
    do not shift while panning. Two bisections per cell: independent of the number of days."""
    if not days:
        return []
    origin = scale.x(0)
    first_cell = math.floor((x_from - origin) / CLUSTER_PX)
    last_cell = math.ceil((x_to - origin) / CLUSTER_PX)
    found = []
    lo = bisect.bisect_left(days, scale.day(origin + first_cell * CLUSTER_PX))
    for cell in range(first_cell, last_cell + 1):
        if lo >= len(days):
            break
        edge = scale.day(origin + (cell + 1) * CLUSTER_PX)
        hi = bisect.bisect_left(days, edge, lo)
        if hi > lo:
            x = origin + (cell + 0.5) * CLUSTER_PX if hi - lo > 1 else scale.x(days[lo])
            found.append(Cluster(x, lo, hi))
        lo = hi
    return found


def tick_months(px_per_day: float, min_px: float = 64.0) -> int:
    """The axis step in months: the smallest of 1, 3, 6 months, 1, 2, 5, 10 years that
    leaves `min_px` between ticks."""
    for months in (1, 3, 6, 12, 24, 60, 120):
        if months * 30.44 * px_per_day >= min_px:
            return months
    return 240
