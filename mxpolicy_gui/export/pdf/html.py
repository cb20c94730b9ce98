"""The report's HTML: cover, contents, records and the bibliography.

Every piece of record text goes through `html.escape`, so hostile data shows as text and never
as markup. No ids, source keys or build notes reach the page: a reader sees names, numbers and
citations. The report has no HTML tables (Qt lays a table out cell by cell and draws every
table of a document on every page): key/value lines, lists, the contents and the figures are
paragraphs with tab stops and hanging indents, the figures' labels wrapped here to their column.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtGui import QFontMetricsF

from mxpolicy_gui import __version__
from mxpolicy_gui.charts.rule import ChartSpec
from mxpolicy_gui.content import (
    history_label,
    name_in,
    named_in,
    other_name,
    text_in,
    unit_override,
)
from mxpolicy_gui.export.pdf import style as s
from mxpolicy_gui.export.pdf.units import BLANK
from mxpolicy_gui.formatting import (
    display_locale,
    format_date,
    format_figure_value,
    status_line,
)
from mxpolicy_gui.i18n import current_language
from mxpolicy_gui.store.records import DatasetInfo, Policy, Source
from mxpolicy_gui.vocabulary import (
    Kind,
    date_kind_of,
    join_clauses,
    kind_label,
    kind_of,
    sector_labels,
    status_label,
    term_label,
    translate,
)


def report_title() -> str:
    """The report's title in the interface's language (`style.TITLE` is the English)."""
    return translate("Report", "mxpolicy — Mexican public policy report")


def kind_heading(kind: str) -> str:
    """ "Innovations": a group in the contents and the bookmarks."""
    found = kind_of(kind)
    return found.heading if found else kind


def h3(value: str) -> str:
    return f"<h3>{text(value)}</h3>"


def text(value: object) -> str:
    """Record text as HTML text: escaped, so nothing in it is ever taken as markup."""
    return html.escape(str(value), quote=True)


def inline(value: object) -> str:
    """Escaped, on one line: for the tab-aligned paragraphs, where a stray tab or line
    break in the data would break the columns."""
    return html.escape(" ".join(str(value).split()), quote=True)


def paragraphs(value: str) -> str:
    parts = [p.strip() for p in value.replace("\r\n", "\n").split("\n\n") if p.strip()]
    return "".join(f"<p>{text(p).replace(chr(10), '<br>')}</p>" for p in parts) or "<p>—</p>"


def wrap(line: str, metrics: QFontMetricsF, width: float) -> list[str]:
    """Greedy word wrap of one-line `line` to `width` points (long words are cut)."""
    line = " ".join(line.split())
    if metrics.horizontalAdvance(line) <= width:
        return [line]
    lines: list[str] = []
    current = ""
    for word in line.split(" "):
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


def fact(key: str, value: str) -> str:
    return f'<p class="fact"><span class="key">{inline(key)}</span>\t{inline(value)}</p>'


def record_title(p: Policy) -> str:
    return name_in(p, current_language())


def kind_line(p: Policy) -> str:
    return f"{kind_label(p.kind)} {p.number}"


@dataclass
class Bibliography:
    """Every source of the report once, numbered in order of first citation."""

    numbers: dict[str, int]
    sources: list[Source]

    def number(self, source: Source) -> int:
        found = self.numbers.get(source.id)
        if found is None:
            found = self.numbers[source.id] = len(self.sources) + 1
            self.sources.append(source)
        return found


def _qualifier(confidence: str | None, derived: bool = False) -> str:
    """What a reader must know about a fact: how sure it is, and whether we computed it."""
    marks = []
    if confidence and confidence != "confirmed":
        marks.append(term_label(confidence))
    if derived:
        marks.append(translate("Report", "derived"))
    return ", ".join(marks)


def _record_tables_html(p: Policy) -> list[str]:
    """The policy's life: history, legal instruments, institutions and related policies."""
    language = current_language()
    out: list[str] = []
    if p.history:
        out.append(h3(translate("Report", "History")))
        for row in p.history:
            parts = [format_date(row.date), status_label(row.status)]
            label = history_label(row, language)
            if label:
                parts.append(label)
            sure = _qualifier(row.confidence)
            tail = f' <span class="muted">({inline(sure)})</span>' if sure else ""
            out.append(f'<p class="item">•\t{inline(" · ".join(parts))}{tail}</p>')
    if p.instruments:
        out.append(h3(translate("Report", "Legal instruments")))
        dof = translate("Report", "DOF")
        for ins in p.instruments:
            head = f"{_capitalised(term_label(ins.kind))}, {dof} {format_date(ins.dof_date)}"
            url = f'<br><span class="small">{inline(ins.url)}</span>' if ins.url else ""
            sure = _qualifier(ins.confidence)
            tail = f' <span class="muted">({inline(sure)})</span>' if sure else ""
            out.append(f'<p class="item">•\t<b>{inline(head)}</b>: {inline(ins.title_es)}'
                       f"{tail}{url}</p>")
    if p.institutions:
        out.append(h3(translate("Report", "Institutions")))
        for inst in p.institutions:
            name = f"{inst.name_es} ({inst.acronym})" if inst.acronym else inst.name_es
            span = f"{format_date(inst.created)}–{format_date(inst.ended) if inst.ended else ''}"
            # Institutions go by their official (Spanish) names here, successors too.
            successor = inst.successor_name_es or inst.successor_name_en
            after = f" → {successor}" if successor else ""
            role = term_label(inst.role)
            out.append(f'<p class="item">•\t{inline(name)} <span class="muted">· '
                       f"{inline(role)} · {inline(span)}{inline(after)}</span></p>")
    if p.links:
        out.append(h3(translate("Report", "Related policies")))
        for link in p.links:
            kind = kind_label(link.to_kind)
            relation = _capitalised(term_label(link.relation))
            out.append(f'<p class="item">•\t{inline(relation)}: '
                       f"{inline(kind)} {link.to_number}, "
                       f"{inline(named_in(link, 'to_name', language))}</p>")
    return out


def _capitalised(value: str) -> str:
    return value[:1].upper() + value[1:]


def _figures_html(p: Policy, bib: Bibliography, metrics: QFontMetricsF) -> list[str]:
    language = current_language()
    out = [
        h3(translate("Report", "Figures")),
        '<p class="fighead">'
        + "\t".join(
            text(t)
            for t in (
                translate("Report", "Figure"),
                translate("Report", "Value"),
                translate("Report", "Year"),
                translate("Report", "Source"),
            )
        )
        + "</p>",
    ]
    value_room = s.VALUE_RIGHT - s.COLUMN_GAP
    by_id = {src.id: src for src in p.sources}
    locale = display_locale()  # once, not once per figure (half the cost of formatting)
    for row, f in enumerate(p.figures):
        value = format_figure_value(f, locale, unit=unit_override(f, language))
        width = min(s.LABEL_WIDTH, value_room - metrics.horizontalAdvance(value))
        label = wrap(text_in(f, "label", language), metrics, max(width, 60.0))
        source = by_id.get(f.source_id)
        ref = f"[{bib.number(source)}]" if source is not None else ""
        year = "" if f.year is None else str(f.year)
        first = f"{inline(label[0])}\t{inline(value)}\t{inline(year)}\t{ref}"
        rest = "".join(f"<br>{inline(line)}" for line in label[1:])
        qualifier = _qualifier(f.confidence, f.derived)
        extra = " · ".join(x for x in (text_in(f, "note", language) or "", qualifier) if x)
        note = f'<br><span class="small">{inline(extra)}</span>' if extra else ""
        css = "figalt" if row % 2 else "fig"
        out.append(f'<p class="{css}">{first}{rest}{note}</p>')
    return out


def chart_html(height_units: float) -> str:
    return (f'<p class="chart"><img src="{BLANK}" width="{s.CHART_WIDTH:.0f}" '
            f'height="{height_units:.1f}"></p>')


def record_html(p: Policy, bib: Bibliography, metrics: QFontMetricsF,
                charts: Sequence[tuple[ChartSpec, float]]) -> str:
    """One policy; `charts` are (chart, reserved height in image units) pairs."""
    language = current_language()
    administration = f"{p.administration} — {p.president}" if p.president else p.administration
    out = [
        f'<p class="kind">{text(kind_line(p).upper())}</p>',
        f"<h2>{text(record_title(p))}</h2>",
        f'<p class="es">{text(other_name(p, language))}</p>',
        fact(translate("Report", "Administration"), administration),
        fact(date_kind_of(p.date_kind).label, format_date(p.date)),
        fact(translate("Report", "Status"), status_line(p)),
        fact(translate("Report", "Sectors"), join_clauses(sector_labels(p.sectors)) or "—"),
        fact(translate("Report", "Agencies"), join_clauses(p.agencies) or "—"),
        h3(translate("Report", "Summary")) + paragraphs(text_in(p, "summary", language)),
        h3(translate("Report", "Objective")) + paragraphs(text_in(p, "objective", language)),
    ]
    measures = text_in(p, "measures", language)
    if measures:
        out.append(h3(translate("Report", "Main measures")))
        out += [f'<p class="item">•\t{inline(m)}</p>' for m in measures]
    out += _record_tables_html(p)
    if p.figures:
        out += _figures_html(p, bib, metrics)
    if charts:
        out.append(
            h3(translate("Report", "Charts") if len(charts) > 1 else translate("Report", "Chart"))
        )
        out += [chart_html(height) for _spec, height in charts]
    if p.sources:
        refs = ", ".join(f"[{bib.number(src)}]" for src in p.sources)
        out.append(h3(translate("Report", "Sources")))
        where = text(translate("Report", "listed in full under Sources at the end of the report"))
        out.append(f'<p>{refs} <span class="muted">— {where}</span></p>')
    return "".join(out)


def cover_html(info: DatasetInfo, filters: str, count: int, kinds: dict[str, int],
               generated: str, database_sha256: str) -> str:
    split = ", ".join(kind.count_text(kinds[kind]) for kind in Kind if kinds.get(kind))
    out = [
        f"<h1>{text(report_title())}</h1>",
        f'<p class="lead">{text(text_in(info, "title", current_language()))}</p>',
        "<p>" + translate(
            "Report",
            "The public service innovations of Mexico's federal government (2019–2022) and the "
            "structural reforms of the Pacto por México era (2012–2018): for each policy its "
            "dates, status, agencies, summary, measures and key figures, every figure with the "
            "source that states it."
        ) + "</p>",
        h3(translate("Report", "This report")),
        fact(
            translate("Report", "Filters and search"),
            filters or translate("Report", "none: every policy"),
        ),
        fact(translate("Report", "Records"), f"{count} ({split})" if split else str(count)),
        fact(translate("Report", "Dataset version"), info.dataset_version),
        fact(translate("Report", "Database SHA-256"), database_sha256 or "—"),
        fact(translate("Report", "Generated"), generated),
        fact(translate("Report", "Software"), f"mxpolicy {__version__}"),
    ]
    if not count:
        out.append(
            '<p style="margin-top: 16px">'
            + text(translate("Report", "No policy matches these filters."))
            + "</p>"
        )
    out.append(h3(translate("Report", "How to cite")))
    out.append(
        "<p>" + text(
            f"mxpolicy developers ({info.dataset_version[:4]}). mxpolicy: Mexican public service "
            f"innovations 2019–2022 and structural reforms 2012–2018 (dataset version "
            f"{info.dataset_version}) [Data set]."
        ) + "</p>"
    )
    out.append(
        "<p>"
        + text(translate("Report", "Cite the works behind a figure as listed under Sources."))
        + "</p>"
    )
    licence = text_in(info, "licence", current_language())
    if licence:
        out.append(f'<p class="small" style="margin-top: 12px">{text(licence)}</p>')
    return "".join(out)


def contents_html(
    entries: Sequence[tuple[Policy, int | None]],
    lines: Callable[[str], list[str]] | None = None,
) -> str:
    """The contents; a page number of None is a placeholder (first paging pass). `lines` cuts
    a title into the lines it takes (one paragraph each, the page number after the last)."""
    out = ["<h2>" + text(translate("Report", "Contents")) + "</h2>"]
    kind = None
    for p, page in entries:
        if p.kind != kind:
            kind = p.kind
            out.append(h3(kind_heading(kind)))
        number = "000" if page is None else str(page)
        title = record_title(p)  # `lines` (html.wrap) and `inline` both collapse its spaces
        parts = lines(title) if lines is not None else [title]
        key = f'<span class="key">{inline(kind_line(p))}</span>'
        for n, part in enumerate(parts):
            end = f"\t{number}" if n == len(parts) - 1 else ""
            out.append(f'<p class="toc">{key if n == 0 else ""}\t{inline(part)}{end}</p>')
    return "".join(out)


def bibliography_html(bib: Bibliography) -> str:
    out = ["<h2>" + text(translate("Report", "Sources")) + "</h2>"]
    out += [
        f'<p class="ref">[{n}]\t{inline(src.citation)}</p>'
        for n, src in enumerate(bib.sources, start=1)
    ]
    return "".join(out)
