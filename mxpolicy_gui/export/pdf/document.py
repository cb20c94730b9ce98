"""Build the report: parse the HTML into QTextDocuments (the cover, the contents, the records
in chunks, the bibliography), and page it for a given page size.

The records are parsed in chunks of `CHUNK_RECORDS`, a QTextDocument each, so no document
grows huge; the pages flow across chunks. A document gets its layout only once it is complete
(none while its HTML is parsed and its block formats are set), and its blocks keep their shaped
glyphs (`QTextLayout.setCacheEnabled`), so painting does not shape every line a second time.
The contents need the pages where records start, which only paging tells: the report is paged
once with placeholder numbers of the same width, the contents are rebuilt with the real ones,
and paged again (only the contents are laid out anew).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QPdfWriter,
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextOption,
)

from mxpolicy_gui.charts.paint import chart_height
from mxpolicy_gui.charts.rule import ChartSpec, chart_specs
from mxpolicy_gui.content import localized_figures
from mxpolicy_gui.export.errors import ExportCancelled
from mxpolicy_gui.export.pdf import html as h
from mxpolicy_gui.export.pdf import style as s
from mxpolicy_gui.export.pdf.paging import Page, Pager, Part
from mxpolicy_gui.export.pdf.units import (
    BLANK,
    blank_image,
    block_formats,
    image_unit,
    reference_device,
)
from mxpolicy_gui.export.provenance import database_sha256 as file_sha256
from mxpolicy_gui.fonts import ensure_fonts
from mxpolicy_gui.formatting import format_date
from mxpolicy_gui.i18n import current_language
from mxpolicy_gui.store.records import DatasetInfo, Policy
from mxpolicy_gui.vocabulary import KINDS, kind_label, translate

if TYPE_CHECKING:
    from mxpolicy_gui.store.timeline import TimelineData

Progress = Callable[[int], None] | None
Cancelled = Callable[[], bool] | None
MAX_CHARTS = 3


@dataclass
class Style:
    font: QFont
    chart_font: QFont
    option: QTextOption
    formats: dict[int, QTextBlockFormat]
    figure_metrics: QFontMetricsF
    image_unit: float
    #: A contents title cut into the lines it takes, the last leaving room for the page number.
    title_lines: Callable[[str], list[str]]


@dataclass
class Entry:
    """A record as the contents and the outline know it."""

    key: int
    kind: str
    title: str
    policy: Policy


class ReportDocument:
    """The report as `build_report_document` makes it: parsed, not yet laid out or paged,
    which `paint_report` does for the page size of the device it paints on. Laid out in
    points on a 72-dpi reference device it owns, so use its documents only while it lives."""

    def __init__(self, cover: Part, contents: Part | None, records: list[Part],
                 bibliography: Part | None, entries: list[Entry],
                 reference: tuple[QBuffer, QPdfWriter], style: Style) -> None:
        self.cover, self.contents, self.records = cover, contents, records
        self.bibliography = bibliography
        self.entries = entries
        self._reference = reference  # after the parts: documents go first when collected
        self._style = style
        self.font = style.font
        self.chart_font = style.chart_font
        self.count = len(entries)
        self.record_pages: dict[int, int] = {}  # from the last paging: key → page index
        self.sources_page: int | None = None  # from the last paging: first page of sources
        self.database_sha256 = ""
        self.timeline: TimelineData | None = None  # for a page of its own
        self.timeline_ids: set[str] | None = None  # what the filters keep; the rest is dimmed
        self.timeline_page: int | None = None  # from the last paging

    def parts(self) -> list[Part]:
        optional = [self.contents, *self.records, self.bibliography]
        return [self.cover, *(p for p in optional if p is not None)]

    @property
    def documents(self) -> list[QTextDocument]:
        return [part.document for part in self.parts()]

    def toPlainText(self) -> str:
        """All the text, cover first, as QTextDocument.toPlainText gives it."""
        return "\n".join(document.toPlainText() for document in self.documents)

    def pages(self, width: float, height: float, cancelled: Cancelled = None) -> list[Page]:
        """Lay every part out `width` points wide and cut them into pages with `height`
        points of text: the cover, the contents, the records and the sources each from a new
        page on; the contents carry the page numbers where the records start."""
        pages = self._page(width, height, cancelled)
        if self.contents is not None:
            numbers = [(e.policy, self.record_pages.get(e.key, 0) + 1) for e in self.entries]
            before = self.contents
            self.contents = _part(h.contents_html(numbers, self._style.title_lines), self._style,
                                  title=translate("Report", "Contents"))
            self.contents.lay_out(self._reference[1], width)
            if self.contents.geometry() == before.geometry():
                # The page numbers took no more room: every page stays where it was, and
                # paging the whole report again (a third of the export) would change nothing.
                for page in pages:
                    for piece in page.slices:
                        if piece.part is before:
                            piece.part = self.contents
            else:
                pages = self._page(width, height, cancelled)
        return pages

    def _page(self, width: float, height: float, cancelled: Cancelled) -> list[Page]:
        device = self._reference[1]
        parts = self.parts()
        for part in parts:
            if cancelled is not None and cancelled():
                raise ExportCancelled
            part.lay_out(device, width)
        gap = max(part.gap for part in parts)  # all equal; 0 with one record at most
        pager = Pager(height)
        for part in parts:
            first_records = bool(self.records) and part is self.records[0]
            if first_records or part in (self.cover, self.contents, self.bibliography):
                pager.new_page()
            if part is self.bibliography:
                self.sources_page = len(pager.pages)
            pager.flow(part, gap)
            if part is self.contents and self.timeline is not None:
                pager.new_page()
                self.timeline_page = len(pager.pages)
                title = translate("Report", "Timeline")
                pager.pages.append(Page([], [], header=title, timeline=True))
        self.record_pages = pager.record_pages
        return pager.finish()


def _part(html_body: str, style: Style, *, title: str = "", names: list[str] | None = None,
          keys: list[int] | None = None, specs: list[ChartSpec] | None = None) -> Part:
    """Parse one document of the report and prepare its blocks, all before it has a layout:
    a layout would follow every change."""
    document = QTextDocument()
    document.setDefaultFont(style.font)
    document.setDefaultTextOption(style.option)
    document.setDefaultStyleSheet(s.CSS)
    document.setDocumentMargin(0)
    if specs:
        document.addResource(QTextDocument.ResourceType.ImageResource, BLANK, blank_image())
    document.setHtml(f"<html><body>{html_body}</body></html>")
    records: list[QTextBlock] = []
    charts: list[tuple[QTextBlock, ChartSpec]] = []
    pending = list(specs or [])
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
            elif state == s.RECORD:
                records.append(block)
            elif state == s.CHART and pending:
                charts.append((block, pending.pop(0)))
        block.layout().setCacheEnabled(True)  # painting reuses the shaped glyphs
        block = block.next()
    return Part(document, records, names=names, keys=keys, title=title, charts=charts)


def _style(device: QPdfWriter) -> Style:
    family = ensure_fonts()
    font = QFont(family)
    font.setPointSizeF(s.BODY_POINT_SIZE)
    # No OpenType shaping: the report's Latin text does not need it (scripts that do still get
    # it), and HarfBuzz took a third of the layout. Glyphs come straight from the character map,
    # kerned from the font's kern table only, and without "fi"/"fl" ligatures (they would come
    # out of the PDF as U+FB01 and break search and copy). Any font feature set here would
    # turn shaping back on.
    font.setStyleStrategy(QFont.StyleStrategy.PreferNoShaping)
    figure_font, chart_font = QFont(font), QFont(font)
    figure_font.setPointSizeF(s.FIGURE_POINT_SIZE)
    chart_font.setPointSizeF(s.CHART_POINT_SIZE)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    key = _contents_key(font, device)
    return Style(font, chart_font, option, block_formats(device, key),
                 QFontMetricsF(figure_font, device), image_unit(device),
                 _title_lines(font, device, key))


def _contents_key(font: QFont, device: QPdfWriter) -> float:
    """Where the contents' titles start: after the widest bold "Public service innovation 12"
    in the report's language ("Innovación en el servicio público 12" is some 40 pt wider than
    the English), so a title never falls to the page number's tab stop."""
    bold = QFont(font)
    bold.setBold(True)
    metrics = QFontMetricsF(bold, device)
    widest = max(metrics.horizontalAdvance(f"{kind_label(kind)} 00") for kind in KINDS)
    return max(s.CONTENTS_KEY_WIDTH, widest + s.COLUMN_GAP)


def _title_lines(font: QFont, device: QPdfWriter, key: float) -> Callable[[str], list[str]]:
    """Cut a contents title into the lines (`html.wrap`) that fit between the titles' column
    and the page numbers. A title laid out as one wrapping paragraph would put its page number
    at the right tab stop of the first line only (tab stops count from where a line starts),
    so the number of a long title landed in the middle of its second line; each line is now a
    paragraph of its own, the last one ending with the number."""
    metrics = QFontMetricsF(font, device)
    room = s.CONTENTS_PAGE_RIGHT - key - metrics.horizontalAdvance("000") - s.COLUMN_GAP
    return lambda title: h.wrap(title, metrics, room)


def database_digest(info: DatasetInfo) -> str:
    """SHA-256 of the database file the records came from ("" when it is not a file)."""
    path = Path(info.path) if info.path else None
    if path is None or not path.is_file():
        return ""
    return file_sha256(path)  # the one place that hashes: export/provenance.py


def build(policies: Iterable[Policy], info: DatasetInfo, filters: str, *,
          database_sha256: str | None = None, cancelled: Cancelled = None,
          progress: Progress = None, timeline: TimelineData | None = None,
          timeline_ids: set[str] | None = None) -> ReportDocument:
    """`database_sha256` None: computed from `info.path`. `timeline` (TimelineData) adds a
    timeline page after the contents, `timeline_ids` dimming what the filters leave out."""
    if database_sha256 is None:
        database_sha256 = database_digest(info)
    reference = reference_device()
    device = reference[1]
    style = _style(device)
    language = current_language()
    bib = h.Bibliography({}, [])
    parts: list[Part] = []
    chunk: list[str] = []
    names: list[str] = []
    keys: list[int] = []
    specs: list[ChartSpec] = []
    entries: list[Entry] = []
    kinds: dict[str, int] = {}
    for key, p in enumerate(policies):
        charts = chart_specs(list(localized_figures(p.figures, language)))[:MAX_CHARTS]
        sized = [(c, chart_height(c, style.chart_font, device) / style.image_unit)
                 for c in charts]
        chunk.append(h.record_html(p, bib, style.figure_metrics, sized))
        names.append(h.record_title(p))
        keys.append(key)
        specs += charts
        entries.append(Entry(key, p.kind, h.record_title(p), p))
        kinds[p.kind] = kinds.get(p.kind, 0) + 1
        if len(chunk) == s.CHUNK_RECORDS:
            if cancelled is not None and cancelled():
                raise ExportCancelled
            parts.append(_part("".join(chunk), style, names=names, keys=keys, specs=specs))
            chunk, names, keys, specs = [], [], [], []
            if progress is not None:
                progress(len(entries) // 2)
    if chunk:
        parts.append(_part("".join(chunk), style, names=names, keys=keys, specs=specs))
    if cancelled is not None and cancelled():
        raise ExportCancelled
    now = datetime.now().astimezone()
    generated = f"{format_date(now.date().isoformat())}, {now:%H:%M %Z}"
    cover = _part(h.cover_html(info, filters, len(entries), kinds, generated, database_sha256),
                  style)
    cover.document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, h.report_title())
    contents = bibliography = None
    if entries:
        contents = _part(h.contents_html([(e.policy, None) for e in entries], style.title_lines),
                         style,
                         title=translate("Report", "Contents"))
    if bib.sources:
        bibliography = _part(h.bibliography_html(bib), style, title=translate("Report", "Sources"))
    document = ReportDocument(cover, contents, parts, bibliography, entries, reference, style)
    document.database_sha256 = database_sha256
    if entries:
        document.timeline, document.timeline_ids = timeline, timeline_ids
    return document
