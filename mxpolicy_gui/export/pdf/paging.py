"""The paging engine: laid-out documents cut into pages at whole lines, flowing on from one
another.

Qt would only split text at lines; this pages the report itself: a page ends between two
lines; a heading never ends a page (it moves on with the first line of what it heads, and a
record's heading with the record's facts); a citation, a chart or a row of figures is never
split, and a figures table that goes on over a page break repeats its header row; a
paragraph keeps at least two lines either side of a break. Every page knows which record it
starts in, for its running header, and every record on which page it starts, for the contents
and the PDF outline.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QSizeF, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QPdfWriter, QTextBlock, QTextDocument

from mxpolicy_gui.charts.rule import ChartSpec
from mxpolicy_gui.export.pdf import style as s

# How far a slice's clip stays inside its first and last lines (so that a neighbouring line is
# neither drawn nor written into the PDF twice).
EPSILON = 0.01


def block_bottom(block: QTextBlock) -> float:
    layout = block.layout()
    count = layout.lineCount()
    if not count:
        return layout.position().y()
    line = layout.lineAt(count - 1)
    return layout.position().y() + line.y() + line.height()


def line_top(block: QTextBlock, index: int = 0) -> float:
    layout = block.layout()
    return layout.position().y() + layout.lineAt(index).y()


class Part:
    """One QTextDocument of the report (the cover, the contents, a chunk of records, the
    bibliography) and, once laid out, what paging needs to know about it.

    `records` are the first blocks of the records it holds, `names` their titles, `keys` the
    records' positions in the whole report; `title` names a part that holds no record (for
    the running header); `charts` are the blocks whose room a chart is painted into."""

    def __init__(self, document: QTextDocument, records: list[QTextBlock], *,
                 names: list[str] | None = None, keys: list[int] | None = None,
                 title: str = "", charts: list[tuple[QTextBlock, ChartSpec]] | None = None,
                 ) -> None:
        self.document = document
        self.records = records
        self.names = names or []
        self.keys = keys or []
        self.title = title
        self.charts = charts or []
        self.layout: QAbstractTextDocumentLayout | None = None  # made by the first lay_out
        self.width = -1.0
        self.height = 0.0  # the whole document, trailing margin included
        self.end = 0.0  # the bottom of its last line
        self.tops: list[float] = []  # top of each record's first line
        self.rules: list[tuple[float, float]] = []  # (top of a record's first line, rule y)
        self.gap = 0.0  # the space above a record that follows another, 0 if none does

    def lay_out(self, device: QPdfWriter, width: float) -> None:
        document = self.document
        if self.layout is None:
            # A new layout starts laying out at once, on the screen's metrics, if the page
            # size is not null: work thrown away when the width is set just below.
            document.setPageSize(QSizeF(0, 0))
            self.layout = document.documentLayout()  # made now, once the text is complete
            self.layout.setPaintDevice(device)
        if self.width != width:  # a new width lays everything out again
            document.setTextWidth(width)
            self.width = width
        self.height = self.layout.documentSize().height()
        self.end = block_bottom(document.lastBlock())
        self.rules = []
        self.tops = []
        for block in self.records:
            top = line_top(block)
            self.tops.append(top)
            previous = block.previous()
            if previous.isValid():
                bottom = block_bottom(previous)
                self.rules.append((top, (bottom + top) / 2))
                self.gap = top - bottom

    def geometry(self) -> tuple[object, ...]:
        """Where every line of the laid-out document is, with each block's kind: what
        paging depends on, to tell whether a changed document pages the same."""
        lines = []
        block = self.document.firstBlock()
        while block.isValid():
            layout = block.layout()
            base = layout.position().y()
            lines.append((block.userState(), base, tuple(
                (layout.lineAt(i).y(), layout.lineAt(i).height())
                for i in range(layout.lineCount())
            )))
            block = block.next()
        return self.height, self.end, tuple(self.tops), tuple(lines)

    def line_below(self, y: float) -> tuple[QTextBlock, int, float] | None:
        """The first line that ends below `y`: its block, its number in the block and its
        top; None if every line ends above `y`."""
        assert self.layout is not None
        document = self.document
        position = self.layout.hitTest(QPointF(0, y), Qt.HitTestAccuracy.FuzzyHit)
        block = document.findBlock(max(position, 0))
        if not block.isValid():
            block = document.lastBlock()
        previous = block.previous()
        while previous.isValid() and block_bottom(previous) > y + EPSILON:
            block, previous = previous, previous.previous()
        while block.isValid() and block_bottom(block) <= y + EPSILON:
            block = block.next()
        if not block.isValid():
            return None
        layout = block.layout()
        base = layout.position().y()
        for index in range(layout.lineCount()):
            line = layout.lineAt(index)
            if base + line.y() + line.height() > y + EPSILON:
                return block, index, base + line.y()
        return None


@dataclass
class Slice:
    """The lines of `part` between `top` and `bottom` (document points), drawn `y` points
    below the top of the page's text area."""

    part: Part
    top: float
    bottom: float
    y: float


@dataclass
class Page:
    slices: list[Slice]
    rules: list[float]  # y of the rule above each record that starts lower on the page
    header: str = ""  # what the page is reading: "Fiscal reform (continued)"
    starts: list[int] = field(default_factory=list)  # keys of the records starting here
    timeline: bool = False  # a page of its own for the timeline, painted, not flowed


def continued(name: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("Report", "{name} (continued)").format(name=name)


class Pager:
    """Cuts laid-out parts into pages of `height` points of text, the parts flowing on from
    one another; `new_page()` between parts starts the next one on a fresh page."""

    def __init__(self, height: float) -> None:
        self.height = height
        self.pages: list[Page] = []
        self.page = Page([], [])
        self.used = 0.0  # points of the current page taken, repeated table header included
        self.empty = True  # nothing but a repeated table header on the current page yet
        self.reading = ""  # the record or part the text at the current point belongs to
        self.record_pages: dict[int, int] = {}  # record key → index of its first page

    def new_page(self) -> None:
        if self.page.slices:
            self.pages.append(self.page)
        self.page = Page([], [])
        self.used = 0.0
        self.empty = True

    def finish(self) -> list[Page]:
        self.new_page()
        return self.pages or [Page([], [])]

    def flow(self, part: Part, gap: float) -> None:
        """Add `part` to the pages. `gap` is the space above a record that follows another
        (Qt drops the top margin of a document's first block)."""
        first = part.line_below(0.0)
        if first is None:
            return  # no text at all
        top = first[2]
        lead = gap if part.records and not self.empty else 0.0
        if part.title:
            self.reading = ""
        while True:
            if self.empty and not self.page.slices:
                self._repeat_table_header(part, top)
            room = self.height - self.used - lead
            if part.end - top <= room + EPSILON:
                self._add(part, top, part.end, lead)
                self.used = min(self.height, self.used + part.height - part.end)
                return
            cut = self._cut(part, top, top + room, keep=True)
            if cut is None and not self.empty:
                self.new_page()  # nothing fits here; try again on a fresh page
                lead = 0.0
                continue
            if cut is None:  # a fresh page and still nothing fits: give up keeping
                cut = self._cut(part, top, top + room, keep=False) or top + room
            self._add(part, top, min(cut, top + room), lead)  # past the room is a margin
            self.new_page()
            lead = 0.0
            top = cut

    def _add(self, part: Part, top: float, bottom: float, lead: float) -> None:
        page = self.page
        if not page.header:
            starts_here = [
                i for i, t in enumerate(part.tops) if top - EPSILON <= t < top + 1.0
            ]
            if part.title:
                page.header = part.title if self.reading != part.title else continued(part.title)
            elif starts_here:
                page.header = part.names[starts_here[0]]
            elif self.reading:
                page.header = continued(self.reading)
        if lead:  # a record from a new document, below another record: rule and space
            page.rules.append(self.used + lead / 2)
            self.used += lead
        y = self.used
        page.slices.append(Slice(part, top, bottom, y))
        page.rules += [y + rule - top for head, rule in part.rules if top < head < bottom]
        for i, t in enumerate(part.tops):
            if top - EPSILON <= t < bottom:
                key = part.keys[i]
                page.starts.append(key)
                self.record_pages[key] = len(self.pages)
                self.reading = part.names[i]
        if part.title:
            self.reading = part.title
        self.used += bottom - top
        self.empty = False

    @staticmethod
    def _cut(part: Part, top: float, limit: float, *, keep: bool) -> float | None:
        """Where to end a page that starts at `top` and has room down to `limit`: the top of
        the first line that does not fit or, with `keep`, of the block, heading or facts it
        belongs with; no paragraph leaves a single line at either side of the break. None if
        that leaves the page empty."""
        hit = part.line_below(limit)
        if hit is None:
            return None
        block, index, cut = hit
        if keep:
            if index:
                lines = block.layout().lineCount()
                if lines <= 3 or index == 1 or block.userState() in s.UNSPLIT:
                    index = 0
                elif index == lines - 1:
                    index -= 1
            if index == 0:
                previous = block.previous()
                while previous.isValid() and previous.userState() in s.KEEP_WITH_NEXT:
                    block, previous = previous, previous.previous()
            cut = line_top(block, index)
        return cut if cut > top + EPSILON else None

    def _repeat_table_header(self, part: Part, top: float) -> None:
        """On a page that starts within a figures table, first show the table's header row."""
        hit = part.line_below(top)
        if hit is None or hit[0].userState() not in s.FIGURE_ROWS:
            return
        block = hit[0].previous()
        while block.isValid() and block.userState() in s.FIGURE_ROWS:
            block = block.previous()
        if not block.isValid() or block.userState() != s.FIGURE_HEAD:
            return
        head_top, head_bottom = line_top(block), block_bottom(block)
        self.page.slices.append(Slice(part, head_top, head_bottom, 0.0))
        self.used = head_bottom - head_top
