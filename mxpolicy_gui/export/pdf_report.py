"""The PDF report: a cover, then the policies one after another with their figures and sources.

The report is HTML in QTextDocuments, so the GUI can print or preview the very same report,
and is painted page by page with a footer ("mxpolicy dataset 2026.11 — page 3 of 40") onto any
paged device: a QPdfWriter here, a QPrinter in the GUI. Every piece of record text goes through
`html.escape`, so hostile data shows as text and never as markup. Needs a QGuiApplication
(fonts and layout); no widgets.

Flow. Only the cover has pages of its own; the records follow each other, each under a rule
and a heading. This module pages the text itself (Qt would only split it at lines): a page
ends between two lines; a heading never ends a page (it moves on with the first line of what
it heads, and a record's heading with the record's facts); a citation or a row of figures is
never split, and a figures table that goes on over a page break repeats its header row; a
paragraph keeps at least two lines either side of a break.

Speed. The cost grows linearly with the text; 1,000 records make about 780 pages. The
report has no HTML tables: Qt lays a table out cell by cell, several times, and draws every
table of the document on every page, which made 1,000 records take half a minute. Key/value
lines, lists, the contents and the figures are paragraphs with tab stops and hanging indents
instead (the figures' labels are wrapped here to their column). The records are parsed in
chunks of `CHUNK_RECORDS`, a QTextDocument each, so no document grows huge; the pages flow
across chunks. A document gets its layout only once it is complete (none while its HTML is
parsed and its block formats are set), and its blocks keep their shaped glyphs
(`QTextLayout.setCacheEnabled`: about 80 kB a record), so painting does not shape every
line a second time. What remains is Qt's own work, proportional to the number of glyphs
rather than of pages: parsing (~15%), shaping and line breaking (~25%), and the PDF engine
writing every glyph as its own text operator (~30%) and deflating the result (~30%).

Units. The documents are laid out in points, against a 72-dpi reference device, whatever they
are painted on later; `paint_report` scales the painter to the target's resolution. Qt scales
some lengths from "CSS px" to the layout device and not others, so the few horizontal lengths
we need (tab stops, hanging indents) are set on the blocks after parsing, in units measured on
the reference device rather than assumed.
"""

from __future__ import annotations

import html
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QLineF,
    QMarginsF,
    QPointF,
    QRectF,
    QSizeF,
    Qt,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextOption,
)

from mxpolicy_gui import __version__
from mxpolicy_gui.export.atomic import atomic_write
from mxpolicy_gui.export.errors import ExportCancelled, ExportError
from mxpolicy_gui.fonts import ensure_fonts
from mxpolicy_gui.formatting import format_date, format_figure_value
from mxpolicy_gui.store.records import DatasetInfo, Policy
from mxpolicy_gui.vocabulary import (
    Kind,
    date_kind_of,
    join_clauses,
    kind_label,
    kind_short,
    sector_labels,
    status_label,
    translate,
)

TITLE = "mxpolicy — Mexican public policy report"


def report_title() -> str:
    """The report's title in the interface's language (TITLE is the English)."""
    return translate("PdfReport", "mxpolicy — Mexican public policy report")

MARGIN_MM = 15.0
RESOLUTION = 300  # dots per inch of the PDF's coordinate system; text stays vector
BODY_POINT_SIZE = 9.0
FIGURE_POINT_SIZE = 8.5
NOTE_POINT_SIZE = 7.5
FOOTER_POINT_SIZE = 7.5
CHUNK_RECORDS = 32  # records per QTextDocument: small enough to stay linear, big enough to amortise

# Horizontal layout, in points, for A4 less 15 mm margins (510 pt); wider pages just get a
# wider right edge. Figure rows: label | value (right-aligned) | year (centred) | [source].
_KEY_WIDTH = 116.0  # "Published in the DOF" in bold is 107 pt
_CONTENTS_KEY_WIDTH = 82.0
_LABEL_WIDTH = 262.0
_VALUE_RIGHT = 388.0
_YEAR_CENTRE = 416.0
_SOURCE_LEFT = 440.0
_COLUMN_GAP = 10.0
# Lists are paragraphs with a hanging indent: the marker ("•", "3.") at _MARKER_LEFT, a tab,
# the text from _ITEM_LEFT (measures) or _REF_LEFT (numbered sources).
_MARKER_LEFT = 10.0
_ITEM_LEFT = 21.0
_REF_LEFT = 25.0

# Block markers (QTextBlock.userState via Qt's "-qt-user-state" CSS), for the block formats
# set after parsing and for paging.
_FACT, _CONTENTS, _FIGURES, _FIGURE_HEAD, _RECORD, _HEADING, _ITEM, _REF = range(1, 9)
# A heading, and a record's facts, never end a page: they go on with what follows them.
_KEEP_WITH_NEXT = frozenset({_FACT, _FIGURE_HEAD, _RECORD, _HEADING})
_UNSPLIT = _KEEP_WITH_NEXT | {_FIGURES, _REF}  # their lines stay together

# Paging, in points: how far a slice's clip stays inside its first and last lines (so that a
# neighbouring line is neither drawn nor written into the PDF twice), and how far the clip
# reaches left and right of the text column.
_EPSILON = 0.01
_BLEED = 4.0
_MIN_TEXT_POINTS = 144.0  # two inches of text area, or the page is refused
_RULE_COLOUR = "#6f9a89"
_RULE_WIDTH = 0.8

Progress = Callable[[int], None] | None
Cancelled = Callable[[], bool] | None


# Qt's rich text knows a subset of CSS 2.1 and takes margins only in px (1/96 inch); other
# units are silently dropped.
_CSS = f"""
body {{ color: #1a1a1a; }}
h1 {{ font-size: 20pt; font-weight: bold; color: #0b3d2e; margin-top: 0px;
      margin-bottom: 8px; }}
h2 {{ font-size: 15pt; font-weight: bold; color: #0b3d2e; margin-top: 0px;
      margin-bottom: 2px; -qt-user-state: {_HEADING}; }}
h3 {{ font-size: 10.5pt; font-weight: bold; color: #0b3d2e; margin-top: 11px;
      margin-bottom: 4px; -qt-user-state: {_HEADING}; }}
p {{ margin-top: 0px; margin-bottom: 4px; }}
p.item {{ white-space: pre-wrap; margin-bottom: 2px; -qt-user-state: {_ITEM}; }}
p.ref {{ white-space: pre-wrap; font-size: 8pt; margin-bottom: 2px; -qt-user-state: {_REF}; }}
p.es {{ font-size: 11.5pt; color: #555555; margin-bottom: 10px; -qt-user-state: {_HEADING}; }}
p.kind {{ font-size: 8pt; color: #8a6a00; font-weight: bold; margin-top: 30px;
          margin-bottom: 4px; -qt-user-state: {_RECORD}; }}
.muted {{ color: #666666; }}
.small {{ font-size: {NOTE_POINT_SIZE}pt; color: #666666; }}
.key {{ color: #555555; font-weight: bold; }}
p.fact {{ white-space: pre-wrap; margin-bottom: 2px; -qt-user-state: {_FACT}; }}
p.toc {{ white-space: pre-wrap; margin-bottom: 1px; -qt-user-state: {_CONTENTS}; }}
p.fighead {{ white-space: pre-wrap; font-size: {FIGURE_POINT_SIZE}pt; font-weight: bold;
             color: #0b3d2e; background-color: #dde8e3; margin-bottom: 0px;
             -qt-user-state: {_FIGURE_HEAD}; }}
p.fig {{ white-space: pre-wrap; font-size: {FIGURE_POINT_SIZE}pt; margin-bottom: 0px;
         -qt-user-state: {_FIGURES}; }}
p.figalt {{ white-space: pre-wrap; font-size: {FIGURE_POINT_SIZE}pt; margin-bottom: 0px;
            background-color: #f2f6f4; -qt-user-state: {_FIGURES}; }}
"""


def _text(value: object) -> str:
    """Record text as HTML text: escaped, so nothing in it is ever taken as markup."""
    return html.escape(str(value), quote=True)


def _inline(value: object) -> str:
    """Escaped, on one line: for the tab-aligned paragraphs, where a stray tab or line
    break in the data would break the columns."""
    return html.escape(" ".join(str(value).split()), quote=True)


def _paragraphs(value: str) -> str:
    parts = [p.strip() for p in value.replace("\r\n", "\n").split("\n\n") if p.strip()]
    return "".join(f"<p>{_text(p).replace(chr(10), '<br>')}</p>" for p in parts) or "<p>—</p>"


def _wrap(text: str, metrics: QFontMetricsF, width: float) -> list[str]:
    """Greedy word wrap of one-line `text` to `width` points (long words are cut)."""
    text = " ".join(text.split())
    if metrics.horizontalAdvance(text) <= width:
        return [text]
    lines: list[str] = []
    current = ""
    for word in text.split(" "):
        candidate = f"{current} {word}" if current else word
        if metrics.horizontalAdvance(candidate) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        while metrics.horizontalAdvance(word) > width and len(word) > 1:
            cut = len(word) - 1
            while cut > 1 and metrics.horizontalAdvance(word[:cut]) > width:
                cut -= 1
            lines.append(word[:cut])
            word = word[cut:]
        current = word
    if current:
        lines.append(current)
    return lines


@dataclass
class _Metrics:
    figure: QFontMetricsF
    note: QFontMetricsF


def _h3(text: str) -> str:
    return f"<h3>{_text(text)}</h3>"


def _fact(key: str, value: str) -> str:
    return f'<p class="fact"><span class="key">{_inline(key)}</span>\t{_inline(value)}</p>'


def _figures_html(p: Policy, numbers: dict[str, int], metrics: _Metrics) -> list[str]:
    out = [
        _h3(translate("PdfReport", "Figures")),
        '<p class="fighead">'
        + "\t".join(
            _inline(t)
            for t in (
                translate("PdfReport", "Figure"),
                translate("PdfReport", "Value"),
                translate("PdfReport", "Year"),
                translate("PdfReport", "Source"),
            )
        )
        + "</p>",
    ]
    value_room = _VALUE_RIGHT - _COLUMN_GAP
    for row, f in enumerate(p.figures):
        value = format_figure_value(f)
        width = min(_LABEL_WIDTH, value_room - metrics.figure.horizontalAdvance(value))
        label = _wrap(f.label, metrics.figure, max(width, 60.0))
        ref = numbers.get(f.source_id)
        year = "" if f.year is None else str(f.year)
        first = (
            f"{_inline(label[0])}\t{_inline(value)}\t{_inline(year)}\t"
            f"{'[' + str(ref) + ']' if ref else ''}"
        )
        rest = "".join(f"<br>{_inline(line)}" for line in label[1:])
        small = _inline(f"{f.note} · {f.source_id}" if f.note else f.source_id)
        css = "figalt" if row % 2 else "fig"
        out.append(f'<p class="{css}">{first}{rest}<br><span class="small">{small}</span></p>')
    return out


def _record_html(p: Policy, metrics: _Metrics) -> str:
    numbers = {s.id: i for i, s in enumerate(p.sources, start=1)}
    kind = f"{kind_label(p.kind)} {p.number}"
    administration = (
        f"{p.administration} — {p.president}" if p.president else p.administration
    )
    out = [
        f'<p class="kind">{_text(kind.upper())} · {_text(p.id)}</p>',
        f"<h2>{_text(p.name_en)}</h2>",
        f'<p class="es">{_text(p.name_es)}</p>',
        _fact(translate("PdfReport", "Administration"), administration),
        _fact(date_kind_of(p.date_kind).label, format_date(p.date)),
        _fact(translate("PdfReport", "Status"), status_label(p.status)),
        _fact(translate("PdfReport", "Sectors"), join_clauses(sector_labels(p.sectors)) or "—"),
        _fact(translate("PdfReport", "Agencies"), join_clauses(p.agencies) or "—"),
        _h3(translate("PdfReport", "Summary")) + _paragraphs(p.summary),
        _h3(translate("PdfReport", "Objective")) + _paragraphs(p.objective),
    ]
    if p.measures:
        out.append(_h3(translate("PdfReport", "Main measures")))
        out += [f'<p class="item">•\t{_inline(m)}</p>' for m in p.measures]
    if p.figures:
        out += _figures_html(p, numbers, metrics)
    if p.sources:
        out.append(_h3(translate("PdfReport", "Sources")))
        note_text = translate("PdfReport", "Note: {note}")
        for n, s in enumerate(p.sources, start=1):
            note = (
                f'<br><span class="small">{_inline(note_text.format(note=s.note))}</span>'
                if s.note
                else ""
            )
            out.append(f'<p class="ref">{n}.\t{_inline(s.citation)}{note}</p>')
    return "".join(out)


def _cover_html(info: DatasetInfo, filters: str, count: int, kinds: dict[str, int],
                contents: list[str]) -> str:
    now = datetime.now().astimezone()
    generated = f"{format_date(now.date().isoformat())}, {now:%H:%M}"
    split = ", ".join(kind.count_text(kinds[kind]) for kind in Kind if kinds.get(kind))
    out = [
        f"<h1>{_text(report_title())}</h1>",
        f'<p class="muted" style="margin-bottom: 16px">{_text(info.title)}</p>',
        _fact(translate("PdfReport", "Generated"), generated),
        _fact(translate("PdfReport", "Dataset version"), info.dataset_version),
        _fact(translate("PdfReport", "Filters"), filters or translate("PdfReport", "none")),
        _fact(translate("PdfReport", "Records"), f"{count} ({split})" if split else str(count)),
    ]
    if contents:
        out.append(_h3(translate("PdfReport", "Contents")))
        out += contents
    else:
        out.append(
            '<p style="margin-top: 16px">'
            + _text(translate("PdfReport", "No policy matches these filters."))
            + "</p>"
        )
    if info.licence:
        out.append(f'<p class="small" style="margin-top: 18px">{_text(info.licence)}</p>')
    out.append(
        '<p class="small">'
        + _text(
            translate(
                "PdfReport",
                "Made with mxpolicy {version}. Figures are quoted from the works listed under "
                "each record.",
            ).format(version=__version__)
        )
        + "</p>"
    )
    return "".join(out)


# -- the reference device and block geometry --------------------------------------------


def _reference_device() -> tuple[QBuffer, QPdfWriter]:
    """A 72-dpi print device (1 unit = 1 point) to lay the documents out on: print metrics
    (no hinting) and units independent of where they are painted later. Keep the buffer
    alive as long as the writer."""
    buffer = QBuffer()
    writer = QPdfWriter(buffer)
    writer.setResolution(72)
    return buffer, writer


def _laid_out_x(device: QPdfWriter, html_text: str, setup: QTextBlockFormat | None,
                position: int) -> float:
    probe = QTextDocument()
    probe.documentLayout().setPaintDevice(device)
    probe.setDocumentMargin(0)
    probe.setHtml(html_text)
    if setup is not None:
        QTextCursor(probe.firstBlock()).mergeBlockFormat(setup)
    probe.setPageSize(QSizeF(100_000, 100_000))
    layout = probe.firstBlock().layout()
    if position < 0:
        return layout.lineAt(layout.lineCount() - 1).x()
    return layout.lineAt(0).cursorToX(position)[0]


def _block_formats(device: QPdfWriter) -> dict[int, QTextBlockFormat]:
    """Per marker, the block format that sets its tab stops and hanging indent in points."""
    tab_unit = _laid_out_x(
        device, '<p style="white-space: pre-wrap">\tx</p>',
        _tabs_format([QTextOption.Tab(1000, QTextOption.TabType.LeftTab)]), 1,
    ) / 1000
    wide = "x " * 2000
    setup = QTextBlockFormat()
    setup.setLeftMargin(1000)
    margin_unit = _laid_out_x(device, f"<p>{wide}</p>", setup, -1) / 1000

    def tab(points: float, kind: QTextOption.TabType) -> QTextOption.Tab:
        return QTextOption.Tab(points / tab_unit, kind)

    def hanging(points: float, first: float = 0.0) -> QTextBlockFormat:
        """Lines start at `points`, the first one at `first` with a tab to `points` (tab
        stops count from where the line starts)."""
        fmt = _tabs_format([tab(points - first, QTextOption.TabType.LeftTab)])
        fmt.setLeftMargin(points / margin_unit)
        fmt.setTextIndent((first - points) / margin_unit)
        return fmt

    figures = _tabs_format([
        tab(_VALUE_RIGHT, QTextOption.TabType.RightTab),
        tab(_YEAR_CENTRE, QTextOption.TabType.CenterTab),
        tab(_SOURCE_LEFT, QTextOption.TabType.LeftTab),
    ])
    return {
        _FACT: hanging(_KEY_WIDTH),
        _CONTENTS: hanging(_CONTENTS_KEY_WIDTH),
        _ITEM: hanging(_ITEM_LEFT, _MARKER_LEFT),
        _REF: hanging(_REF_LEFT, _MARKER_LEFT),
        _FIGURES: figures,
        _FIGURE_HEAD: figures,
    }


def _tabs_format(tabs: list[QTextOption.Tab]) -> QTextBlockFormat:
    fmt = QTextBlockFormat()
    fmt.setTabPositions(tabs)
    return fmt


# -- the report: parsed documents, laid out and paged on demand ---------------------------


def _block_bottom(block: QTextBlock) -> float:
    layout = block.layout()
    count = layout.lineCount()
    if not count:
        return layout.position().y()
    line = layout.lineAt(count - 1)
    return layout.position().y() + line.y() + line.height()


def _line_top(block: QTextBlock, index: int = 0) -> float:
    layout = block.layout()
    return layout.position().y() + layout.lineAt(index).y()


def _line_below(part: _Part, y: float) -> tuple[QTextBlock, int, float] | None:
    """The first line of laid-out `part` that ends below `y`: its block, its number in the
    block and its top; None if every line ends above `y`."""
    document = part.document
    position = part.layout.hitTest(QPointF(0, y), Qt.HitTestAccuracy.FuzzyHit)
    block = document.findBlock(max(position, 0))
    if not block.isValid():
        block = document.lastBlock()
    previous = block.previous()
    while previous.isValid() and _block_bottom(previous) > y + _EPSILON:
        block, previous = previous, previous.previous()
    while block.isValid() and _block_bottom(block) <= y + _EPSILON:
        block = block.next()
    if not block.isValid():
        return None
    layout = block.layout()
    base = layout.position().y()
    for index in range(layout.lineCount()):
        line = layout.lineAt(index)
        if base + line.y() + line.height() > y + _EPSILON:
            return block, index, base + line.y()
    return None


class _Part:
    """One QTextDocument of the report (the cover, or a chunk of records) and, once laid
    out, what paging needs to know about it."""

    def __init__(self, document: QTextDocument, records: list[QTextBlock]) -> None:
        self.document = document
        self.records = records  # the first block of each record, for the rules between them
        self.layout: QAbstractTextDocumentLayout | None = None  # made by the first lay_out
        self.width = -1.0
        self.height = 0.0  # the whole document, trailing margin included
        self.end = 0.0  # the bottom of its last line
        self.rules: list[tuple[float, float]] = []  # (top of a record's first line, rule y)
        self.gap = 0.0  # the space above a record that follows another, 0 if none does

    def lay_out(self, device: QPdfWriter, width: float) -> None:
        document = self.document
        if self.layout is None:
            self.layout = document.documentLayout()  # made now, once the text is complete
            self.layout.setPaintDevice(device)
        if self.width != width:  # a new width lays everything out again
            document.setTextWidth(width)
            self.width = width
        self.height = self.layout.documentSize().height()
        self.end = _block_bottom(document.lastBlock())
        self.rules = []
        for block in self.records:
            top = _line_top(block)
            previous = block.previous()
            if previous.isValid():
                bottom = _block_bottom(previous)
                self.rules.append((top, (bottom + top) / 2))
                self.gap = top - bottom


@dataclass
class _Slice:
    """The lines of `part` between `top` and `bottom` (document points), drawn `y` points
    below the top of the page's text area."""

    part: _Part
    top: float
    bottom: float
    y: float


@dataclass
class _Page:
    slices: list[_Slice]
    rules: list[float]  # y of the rule above each record that starts lower on the page


class _Pager:
    """Cuts laid-out parts into pages of `height` points of text, the parts flowing on from
    one another."""

    def __init__(self, height: float) -> None:
        self.height = height
        self.pages: list[_Page] = []
        self.page = _Page([], [])
        self.used = 0.0  # points of the current page taken, repeated table header included
        self.empty = True  # nothing but a repeated table header on the current page yet

    def new_page(self) -> None:
        if self.page.slices:
            self.pages.append(self.page)
        self.page = _Page([], [])
        self.used = 0.0
        self.empty = True

    def finish(self) -> list[_Page]:
        self.new_page()
        return self.pages or [_Page([], [])]

    def flow(self, part: _Part, gap: float) -> None:
        """Add `part` to the pages. `gap` is the space above a record that follows another
        (Qt drops the top margin of a document's first block)."""
        first = _line_below(part, 0.0)
        if first is None:
            return  # no text at all
        top = first[2]
        lead = gap if part.records and not self.empty else 0.0
        while True:
            if self.empty and not self.page.slices:
                self._repeat_table_header(part, top)
            room = self.height - self.used - lead
            if part.end - top <= room + _EPSILON:
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

    def _add(self, part: _Part, top: float, bottom: float, lead: float) -> None:
        if lead:  # a record from a new document, below another record: rule and space
            self.page.rules.append(self.used + lead / 2)
            self.used += lead
        y = self.used
        self.page.slices.append(_Slice(part, top, bottom, y))
        self.page.rules += [y + rule - top for head, rule in part.rules if top < head < bottom]
        self.used += bottom - top
        self.empty = False

    @staticmethod
    def _cut(part: _Part, top: float, limit: float, *, keep: bool) -> float | None:
        """Where to end a page that starts at `top` and has room down to `limit`: the top of
        the first line that does not fit or, with `keep`, of the block, heading or facts it
        belongs with; no paragraph leaves a single line at either side of the break. None if
        that leaves the page empty."""
        hit = _line_below(part, limit)
        if hit is None:
            return None
        block, index, cut = hit
        if keep:
            if index:
                lines = block.layout().lineCount()
                if lines <= 3 or index == 1 or block.userState() in _UNSPLIT:
                    index = 0
                elif index == lines - 1:
                    index -= 1
            if index == 0:
                previous = block.previous()
                while previous.isValid() and previous.userState() in _KEEP_WITH_NEXT:
                    block, previous = previous, previous.previous()
            cut = _line_top(block, index)
        return cut if cut > top + _EPSILON else None

    def _repeat_table_header(self, part: _Part, top: float) -> None:
        """On a page that starts within a figures table, first show the table's header row."""
        hit = _line_below(part, top)
        if hit is None or hit[0].userState() != _FIGURES:
            return
        block = hit[0].previous()
        while block.isValid() and block.userState() == _FIGURES:
            block = block.previous()
        if not block.isValid() or block.userState() != _FIGURE_HEAD:
            return
        head_top, head_bottom = _line_top(block), _block_bottom(block)
        self.page.slices.append(_Slice(part, head_top, head_bottom, 0.0))
        self.used = head_bottom - head_top


class ReportDocument:
    """The report as `build_report_document` makes it: parsed, not yet laid out or paged,
    which `paint_report` does for the page size of the device it paints on.

    The cover is one QTextDocument; the records are in further QTextDocuments of
    `CHUNK_RECORDS` records each. All are laid out in points on a 72-dpi reference device.
    """

    def __init__(self, parts: list[_Part], count: int,
                 reference: tuple[QBuffer, QPdfWriter], font: QFont) -> None:
        self._parts = parts  # before the device: documents go first when this is collected
        self.count = count
        self._reference = reference
        self.font = font

    @property
    def documents(self) -> list[QTextDocument]:
        """The cover, then the chunks of records; laid out on a device this object owns, so
        use them only while it lives."""
        return [part.document for part in self._parts]

    def toPlainText(self) -> str:
        """All the text, cover first, as QTextDocument.toPlainText gives it."""
        return "\n".join(document.toPlainText() for document in self.documents)

    def pages(self, width: float, height: float, cancelled: Cancelled = None) -> list[_Page]:
        """Lay every part out `width` points wide and cut them into pages with `height`
        points of text: the cover first, the records from a new page on."""
        device = self._reference[1]
        for part in self._parts:
            if cancelled is not None and cancelled():
                raise ExportCancelled
            part.lay_out(device, width)
        gap = max(part.gap for part in self._parts)  # all equal; 0 with one record at most
        pager = _Pager(height)
        for number, part in enumerate(self._parts):
            if number == 1:
                pager.new_page()
            pager.flow(part, gap)
        return pager.finish()


# -- building --------------------------------------------------------------------------


@dataclass
class _Style:
    font: QFont
    option: QTextOption
    formats: dict[int, QTextBlockFormat]


def _part(html_body: str, style: _Style) -> _Part:
    """Parse one document of the report and prepare its blocks, all before it has a layout:
    a layout would follow every change."""
    document = QTextDocument()
    document.setDefaultFont(style.font)
    document.setDefaultTextOption(style.option)
    document.setDefaultStyleSheet(_CSS)
    document.setDocumentMargin(0)
    document.setHtml(f"<html><body>{html_body}</body></html>")
    records: list[QTextBlock] = []
    formats = style.formats
    cursor = QTextCursor(document)
    block = document.firstBlock()
    while block.isValid():
        state = block.userState()
        if state > 0:
            fmt = formats.get(state)
            if fmt is not None:
                cursor.setPosition(block.position())
                cursor.mergeBlockFormat(fmt)
            elif state == _RECORD:
                records.append(block)
        block.layout().setCacheEnabled(True)  # painting reuses the shaped glyphs
        block = block.next()
    return _Part(document, records)


def build_report_document(
    policies: Iterable[Policy],
    info: DatasetInfo,
    filters: str,
    *,
    cancelled: Cancelled = None,
) -> ReportDocument:
    """The report (a cover on its own pages, then the policies one after another), parsed
    but not yet paged. Print or preview it with `paint_report(document, device,
    info.dataset_version)`, which lays it out for the device and adds the page footers."""
    return _build(policies, info, filters, cancelled)


def _build(
    policies: Iterable[Policy],
    info: DatasetInfo,
    filters: str,
    cancelled: Cancelled,
    progress: Progress = None,
) -> ReportDocument:
    family = ensure_fonts()
    reference = _reference_device()
    device = reference[1]
    font = QFont(family)
    font.setPointSizeF(BODY_POINT_SIZE)
    # No "fi"/"fl" ligatures: they come out of the PDF as U+FB01 and break search and copy.
    for tag in ("liga", "clig"):
        font.setFeature(QFont.Tag(tag), 0)
    figure_font, note_font = QFont(font), QFont(font)
    figure_font.setPointSizeF(FIGURE_POINT_SIZE)
    note_font.setPointSizeF(NOTE_POINT_SIZE)
    metrics = _Metrics(QFontMetricsF(figure_font, device), QFontMetricsF(note_font, device))
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    style = _Style(font, option, _block_formats(device))

    parts: list[_Part] = []
    chunk: list[str] = []
    contents: list[str] = []
    kinds: dict[str, int] = {}
    count = 0
    for count, p in enumerate(policies, start=1):
        chunk.append(_record_html(p, metrics))
        kinds[p.kind] = kinds.get(p.kind, 0) + 1
        contents.append(
            f'<p class="toc"><span class="key">{_inline(kind_short(p.kind))} {p.number}'
            f"</span>\t{_inline(p.name_en)} "
            f'<span class="muted">· {_inline(p.name_es)}</span></p>'
        )
        if len(chunk) == CHUNK_RECORDS:
            if cancelled is not None and cancelled():
                raise ExportCancelled
            parts.append(_part("".join(chunk), style))
            chunk.clear()
            if progress is not None:
                progress(count // 2)
    if chunk:
        parts.append(_part("".join(chunk), style))
    if cancelled is not None and cancelled():
        raise ExportCancelled
    cover = _part(_cover_html(info, filters, count, kinds, contents), style)
    cover.document.setMetaInformation(
        QTextDocument.MetaInformation.DocumentTitle, report_title()
    )
    return ReportDocument([cover, *parts], count, reference, font)


# -- painting --------------------------------------------------------------------------


def footer_text(dataset_version: str, page: int, pages: int) -> str:
    return translate("PdfReport", "mxpolicy dataset {version} — page {page} of {pages}").format(
        version=dataset_version, page=page, pages=pages
    )


def paint_report(
    document: ReportDocument,
    device: QPagedPaintDevice,
    dataset_version: str,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Cancelled = None,
) -> int:
    """Lay `document` (from `build_report_document`) out for `device`'s page, page it and
    paint every page with its footer; return the page count. `device` is a QPdfWriter or a
    QPrinter whose page layout is already set (margins included). `progress(page, pages)`
    follows each page.

    Each page shows slices of the documents, each clipped to whole lines, the records'
    rules and the footer.
    """
    scale = device.logicalDpiY() / 72
    resolution = device.resolution()
    paint_rect = device.pageLayout().paintRectPixels(resolution)
    width, height = paint_rect.width(), paint_rect.height()
    line = FOOTER_POINT_SIZE / 72 * device.logicalDpiY() * 1.4
    text_width = width / scale  # points
    text_height = (height - 2.5 * line) / scale  # points; the footer takes the rest
    if min(text_width, text_height) < _MIN_TEXT_POINTS:
        raise ExportError("The page is too small for the report: choose a larger page or "
                          "smaller margins.")
    pages = document.pages(text_width, text_height, cancelled)
    total = len(pages)

    footer_font = QFont(document.font)
    footer_font.setPointSizeF(FOOTER_POINT_SIZE)
    painter = QPainter()
    if not painter.begin(device):
        raise ExportError("Cannot start painting the report (the output device refused).")
    try:
        record_rule = QPen(QColor(_RULE_COLOUR))
        record_rule.setWidthF(_RULE_WIDTH)
        footer_rule = QPen(QColor("#9bb5aa"))
        footer_rule.setWidthF(device.logicalDpiY() / 150)
        top = height - line
        band = QRectF(0, top, width, height - top)
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom
        for index, page in enumerate(pages):
            if cancelled is not None and cancelled():
                raise ExportCancelled
            if index and not device.newPage():
                raise ExportError("Cannot add a page to the report.")
            painter.save()
            painter.scale(scale, scale)
            for piece in page.slices:
                painter.save()
                painter.translate(0, piece.y - piece.top)
                piece.part.document.drawContents(painter, QRectF(
                    -_BLEED, piece.top + _EPSILON,
                    text_width + 2 * _BLEED, piece.bottom - piece.top - 2 * _EPSILON,
                ))
                painter.restore()
            painter.setPen(record_rule)
            for y in page.rules:
                painter.drawLine(QLineF(0, y, text_width, y))
            painter.restore()
            painter.setPen(footer_rule)
            painter.drawLine(QLineF(0, top - 0.3 * line, width, top - 0.3 * line))
            painter.setPen(QColor("#555555"))
            painter.setFont(footer_font)
            painter.drawText(band, left, report_title())
            painter.drawText(band, right, footer_text(dataset_version, index + 1, total))
            if progress is not None:
                progress(index + 1, total)
    finally:
        painter.end()
    return total


def _pdf_writer(buffer: QBuffer) -> QPdfWriter:
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter,
        )
    )
    writer.setTitle(report_title())
    writer.setCreator(f"mxpolicy {__version__}")
    writer.setAuthor("mxpolicy")
    return writer


def write_policies_pdf(
    path: os.PathLike[str] | str,
    policies: Iterable[Policy],
    *,
    info: DatasetInfo,
    filters: str,
    progress: Progress = None,
    cancelled: Cancelled = None,
) -> int:
    """Write the report for `policies` to `path` (A4, 15 mm margins, title metadata);
    return the number of records. `progress(n)` rises to the record count, to half of it
    while the records are read and parsed and the rest as pages are painted; `cancelled()`
    is polled between chunks of records and between pages."""
    document = _build(policies, info, filters, cancelled, progress)
    count = document.count
    half = count // 2
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = _pdf_writer(buffer)

    def pages_done(page: int, pages: int) -> None:
        if progress is not None:
            progress(half + (count - half) * page // pages)

    paint_report(document, writer, info.dataset_version, progress=pages_done,
                 cancelled=cancelled)
    del writer
    buffer.close()
    if cancelled is not None and cancelled():
        raise ExportCancelled
    with atomic_write(path, "wb") as handle:
        handle.write(data.data())
    return count


__all__: Sequence[str] = (
    "TITLE", "ReportDocument", "build_report_document", "footer_text", "paint_report",
    "write_policies_pdf",
)
