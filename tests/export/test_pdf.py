"""The PDF report, read back with pypdf (slow: only a few pages are read per test)."""

from __future__ import annotations

import hashlib
import itertools
import re
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import Qt

from mxpolicy_gui.export.errors import ExportCancelled
from mxpolicy_gui.formatting import format_figure_value
from mxpolicy_gui.store import PolicyQuery
from mxpolicy_gui.store.records import Figure
from tests.helpers import DOI, ENERGY, JCF, make_policy


def words(text: str) -> str:
    """pypdf gives QPdfWriter's text with tabs and odd breaks: compare word by word."""
    return " ".join(text.split())


def page_text(reader: pypdf.PdfReader, index: int) -> str:
    return words(reader.pages[index].extract_text())


@pytest.fixture(scope="module")
def full_report(qapp, store, info, tmp_path_factory):
    from mxpolicy_gui.export.pdf import write_policies_pdf

    path = tmp_path_factory.mktemp("pdf") / "all.pdf"
    query = PolicyQuery()
    count = write_policies_pdf(path, store.iter_policies(query), info=info,
                               filters=query.describe())
    return path, count


@pytest.fixture(scope="module")
def two_records(qapp, store, info, tmp_path_factory):
    from mxpolicy_gui.export.pdf import write_policies_pdf

    path = tmp_path_factory.mktemp("pdf") / "two.pdf"
    query = PolicyQuery(ids=(JCF, ENERGY))
    write_policies_pdf(path, store.iter_policies(query), info=info, filters=query.describe())
    reader = pypdf.PdfReader(path)
    return reader, [page_text(reader, i) for i in range(len(reader.pages))]


def test_cover_and_footers_of_the_full_report(full_report, info):
    path, count = full_report
    assert count == 25
    reader = pypdf.PdfReader(path)
    pages = len(reader.pages)
    assert 2 <= pages < 200
    cover = page_text(reader, 0)
    assert cover.startswith("mxpolicy — Mexican public policy report")
    assert f"Dataset version {info.dataset_version}" in cover
    assert "Filters and search all policies" in cover
    assert "Records 25 (12 innovations, 13 reforms)" in cover
    assert "How to cite" in cover
    digest = hashlib.sha256(Path(info.path).read_bytes()).hexdigest()
    assert f"Database SHA-256 {digest}" in cover
    assert f"mxpolicy dataset {info.dataset_version} — page 1 of {pages}" in cover
    last = page_text(reader, pages - 1)
    assert f"mxpolicy dataset {info.dataset_version} — page {pages} of {pages}" in last
    assert f"database SHA-256 {digest[:12]}" in last


def test_metadata_is_complete(full_report, info):
    meta = pypdf.PdfReader(full_report[0]).metadata
    assert meta.title == "mxpolicy — Mexican public policy report"
    assert meta.author == "mxpolicy developers"
    assert "structural reforms" in meta.subject
    assert "Mexico" in meta["/Keywords"] and info.dataset_version in meta["/Keywords"]
    assert meta.creator.startswith("mxpolicy ")


def _outline(reader: pypdf.PdfReader) -> list[tuple[int, str, int]]:
    """(depth, title, page index) of every bookmark."""
    found: list[tuple[int, str, int]] = []

    def walk(items, depth):
        for item in items:
            if isinstance(item, list):
                walk(item, depth + 1)
            else:
                found.append((depth, item.title, reader.get_destination_page_number(item)))

    walk(reader.outline, 0)
    return found


def test_outline_has_each_kind_and_policy_at_its_first_page(full_report, all_policies):
    reader = pypdf.PdfReader(full_report[0])
    outline = _outline(reader)
    top = [title for depth, title, _ in outline if depth == 0]
    assert top == ["Contents", "Innovations", "Reforms", "Sources"]
    entries = [(title, page) for depth, title, page in outline if depth == 1]
    assert len(entries) == len(all_policies) == 25
    for policy, (title, page) in zip(all_policies, entries, strict=True):
        assert title == f"{policy.number}. {policy.name_en}"
        assert policy.name_en in page_text(reader, page)


def test_contents_page_numbers_match_where_policies_start(full_report, all_policies):
    reader = pypdf.PdfReader(full_report[0])
    contents = page_text(reader, 1)
    assert contents.startswith("Contents")
    starts = {title: page for depth, title, page in _outline(reader) if depth == 1}
    for policy in all_policies:
        number = starts[f"{policy.number}. {policy.name_en}"] + 1
        kind = "Public service innovation" if policy.kind == "innovation" else "Structural reform"
        assert f"{kind} {policy.number} {policy.name_en} {number}" in contents, policy.id
        heading = f"{kind.upper()} {policy.number} {policy.name_en}"
        assert heading in page_text(reader, number - 1), policy.id


def test_every_page_after_the_cover_names_what_it_is_reading(full_report, all_policies):
    reader = pypdf.PdfReader(full_report[0])
    names = [p.name_en for p in all_policies] + ["Contents", "Sources"]
    texts = [page_text(reader, i) for i in range(len(reader.pages))]
    for text in texts[1:]:
        assert any(text.startswith(name) for name in names), text[:80]
        assert "mxpolicy — Mexican public policy report" in text[:200]
    assert any("(continued)" in text[:120] for text in texts[2:]), (
        "a record that runs over a page names itself on the next"
    )


def test_nothing_internal_reaches_the_reader(full_report, all_policies):
    """No record id, source key or build note; the bibliography is left out, as the address of
    a page may well contain a slug like an id."""
    reader = pypdf.PdfReader(full_report[0])
    sources = next(page for depth, title, page in _outline(reader) if title == "Sources")
    text = " ".join(page_text(reader, i) for i in range(sources))
    for policy in all_policies:
        assert f" {policy.id} " not in f" {text} ", policy.id
        for source in policy.sources:
            assert f" {source.id} " not in f" {text} ", source.id
    for note in ("taken from the page address", "descriptive title supplied"):
        assert note not in text


def test_each_source_once_in_one_bibliography(full_report, all_policies):
    reader = pypdf.PdfReader(full_report[0])
    first = next(page for depth, title, page in _outline(reader) if title == "Sources")
    text = " ".join(page_text(reader, i) for i in range(first, len(reader.pages)))
    cited = {s.id: s for p in all_policies for s in p.sources}
    numbers = [int(n) for n in re.findall(r"\[(\d+)\] ", text)]
    assert numbers == list(range(1, len(cited) + 1))
    assert text.count(words(cited["corona-trevino-2023"].citation)[:50]) == 1


def test_fonts_are_the_bundled_dejavu_embedded(full_report):
    reader = pypdf.PdfReader(full_report[0])
    fonts = reader.pages[1]["/Resources"]["/Font"]
    names = {str(fonts[key].get_object()["/BaseFont"]) for key in fonts}
    assert any("DejaVuSans" in name for name in names), names
    for key in fonts:
        descendant = fonts[key].get_object()["/DescendantFonts"][0].get_object()
        assert "/FontFile2" in descendant["/FontDescriptor"]  # embedded, not referenced


def test_records_figures_and_citations(two_records, store):
    _reader, texts = two_records
    assert 3 <= len(texts) <= 9
    assert "Filters and search all policies; 2 selected records" in texts[0]
    body = " ".join(texts[1:])
    assert "Young People Building the Future" in body
    assert "Jóvenes Construyendo el Futuro" in body
    assert "Energy reform" in body and "Reforma energética" in body
    assert "Published in the DOF 20 Dec 2013" in body
    stipend = next(
        f for f in store.policy(JCF).figures if f.value == 4310 and f.currency == "MXN"
    )
    assert f"Monthly stipend per apprentice {format_figure_value(stipend)}" in body
    assert DOI in body
    assert "Secretaría del Trabajo y Previsión Social (STPS)" in body
    assert "Monthly stipend per apprentice by year" in body  # the stipend's chart
    assert "ﬁ" not in body  # no ligature glyphs: text stays searchable
    for page, text in enumerate(texts, start=1):
        assert f"— page {page} of {len(texts)}" in text


def test_pages_never_end_on_a_heading_or_split_a_figure_row(qapp, all_policies, info):
    """Checked on the pagination itself, for many page breaks: the block before a break is
    no heading (nor a record's facts), a broken paragraph keeps two lines either side, and
    headings and figure rows are never broken."""
    from mxpolicy_gui.export.pdf import document as pr
    from mxpolicy_gui.export.pdf import style

    document = pr.build(all_policies, info, "")
    cuts = 0
    for height in (420.0, 555.0, 760.0):
        pages = document.pages(510.0, height)
        for page, following in itertools.pairwise(pages):
            assert sum(s.bottom - s.top for s in page.slices) <= height + 0.1
            last = page.slices[-1]
            if last.bottom >= last.part.end or following.slices[0].part is not last.part:
                continue  # a document (cover, chunk of records) ended here
            block, index, _top = last.part.line_below(last.bottom)
            if index == 0:
                assert block.previous().userState() not in style.KEEP_WITH_NEXT
            else:
                assert block.userState() not in style.UNSPLIT
                assert 2 <= index <= block.layout().lineCount() - 2
            cuts += 1
    assert cuts > 50


def test_pages_do_not_depend_on_the_chunks(qapp, all_policies, info, monkeypatch):
    """Records are parsed in chunks, one QTextDocument each; the pages flow across them as
    if it were one document: same breaks, same rules between records."""
    from mxpolicy_gui.export.pdf import document as pr
    from mxpolicy_gui.export.pdf import paging, style

    def paged(chunk: int) -> list[tuple[str, str, int]]:
        """Per page: its first line, its last line and how many rules it has."""
        monkeypatch.setattr(style, "CHUNK_RECORDS", chunk)
        document = pr.build(all_policies, info, "")
        # cover, contents, the chunks of records, sources
        assert len(document.documents) == 3 + -(-len(all_policies) // chunk)
        out = []
        for page in document.pages(510.0, 700.0):
            first, last = page.slices[0], page.slices[-1]
            head = first.part.line_below(first.top)
            block, index, top = last.part.line_below(last.bottom - 2 * paging.EPSILON)
            if top >= last.bottom - paging.EPSILON and index == 0:
                block = block.previous()  # the slice ended in the margin above `block`
            out.append((head[0].text(), block.text(), len(page.rules)))
        return out

    whole = paged(100)
    assert paged(2) == paged(7) == whole
    assert sum(rules for _head, _tail, rules in whole) >= 10


def test_a_long_figures_table_repeats_its_header_and_keeps_rows_whole(qapp, info, tmp_path):
    from mxpolicy_gui.export.pdf import write_policies_pdf

    figures = tuple(
        Figure(f"Row {i} label", float(i), None, "units", None, 2000 + i % 20, "src-1",
               f"note {i}")
        for i in range(90)
    )
    path = tmp_path / "long.pdf"
    write_policies_pdf(path, [make_policy(figures=figures)], info=info, filters="")
    reader = pypdf.PdfReader(path)
    texts = [page_text(reader, i) for i in range(2, len(reader.pages) - 1)]
    assert len(texts) >= 3
    header = "mxpolicy — Mexican public policy report"
    assert texts[0].startswith(f"Test reform {header} STRUCTURAL REFORM 99 Test reform")
    continued = [t for t in texts[1:] if "label" in t]
    assert len(continued) >= 2
    for text in continued:
        start = f"Test reform (continued) {header} Figure Value Year Source Row "
        assert text.startswith(start), text[:120]
    for i in range(90):
        page = next(t for t in texts if f"Row {i} label " in t)
        assert f"note {i}" in page and "src-1" not in page


def test_hostile_text_is_shown_as_text(qapp, hostile, info, tmp_path):
    from mxpolicy_gui.export.pdf import build_report_document, write_policies_pdf

    document = build_report_document([hostile], info, "<i>filters</i>")
    plain = document.toPlainText()
    assert "<b>negrita</b> & <script>alert(1)</script> <img src=x>" in plain
    assert "<i>filters</i>" in plain
    assert "carriage <i>not italic</i>" in plain
    assert '=HYPERLINK("http://evil.example","click")' in plain
    path = tmp_path / "hostile.pdf"
    write_policies_pdf(path, [hostile], info=info, filters="<i>filters</i>")
    text = words(pypdf.PdfReader(path).pages[2].extract_text())
    assert "<script>alert(1)</script>" in text


def test_the_document_prints_again_on_another_device(qapp, info, tmp_path):
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

    from mxpolicy_gui.export.pdf import build_report_document, paint_report

    document = build_report_document([make_policy(), make_policy(id="b")], info, "x")
    path = tmp_path / "letter.pdf"
    writer = QPdfWriter(str(path))
    writer.setResolution(600)
    writer.setPageLayout(QPageLayout(
        QPageSize(QPageSize.PageSizeId.Letter), QPageLayout.Orientation.Portrait,
        QMarginsF(20, 20, 20, 20), QPageLayout.Unit.Millimeter))
    pages = paint_report(document, writer, info.dataset_version)
    del writer
    assert pages == 4  # the cover, the contents, both records on one page, the sources
    reader = pypdf.PdfReader(path)
    assert len(reader.pages) == 4
    third = page_text(reader, 2)
    assert third.startswith("Test reform mxpolicy — Mexican public policy report")
    assert third.count("STRUCTURAL REFORM 99 Test reform") == 2
    assert "page 3 of 4" in third


def test_progress_and_cancel(qapp, info, tmp_path):
    from mxpolicy_gui.export.pdf import write_policies_pdf

    seen: list[int] = []
    records = [make_policy(id=f"p{i}") for i in range(6)]
    path = tmp_path / "p.pdf"
    assert write_policies_pdf(path, records, info=info, filters="", progress=seen.append) == 6
    assert seen == sorted(seen) and seen[-1] == 6
    path.write_bytes(b"old")
    with pytest.raises(ExportCancelled):
        write_policies_pdf(path, records, info=info, filters="", cancelled=lambda: True)
    assert path.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.pdf"]


def test_empty_report_is_just_a_cover(qapp, info, tmp_path):
    from mxpolicy_gui.export.pdf import write_policies_pdf

    path = tmp_path / "empty.pdf"
    assert write_policies_pdf(path, [], info=info, filters='search "zzz"') == 0
    reader = pypdf.PdfReader(path)
    assert len(reader.pages) == 1
    assert "No policy matches these filters." in page_text(reader, 0)


def test_pages_grow_in_proportion_to_records(qapp, all_policies, info, tmp_path):
    """Four times the records give about four times the pages (speed itself is measured by
    benchmarks/run.py as pdf_1k_s, never asserted in a test)."""
    from pypdf import PdfReader

    from mxpolicy_gui.export.pdf import write_policies_pdf

    records = [all_policies[i % len(all_policies)] for i in range(100)]
    write_policies_pdf(tmp_path / "25.pdf", records[:25], info=info, filters="")
    write_policies_pdf(tmp_path / "100.pdf", records, info=info, filters="")
    def record_pages(path) -> int:
        reader = PdfReader(path)
        outline = _outline(reader)
        first = min(page for depth, _t, page in outline if depth == 1)
        sources = next(page for depth, t, page in outline if t == "Sources")
        return sources - first

    small = record_pages(tmp_path / "25.pdf")
    large = record_pages(tmp_path / "100.pdf")
    assert 3.5 * small <= large <= 4.5 * small + 2


def test_a_record_shows_its_dated_status_history_instruments_and_links(two_records, store):
    _reader, texts = two_records
    body = " ".join(texts[1:])
    energy = store.policy(ENERGY)
    assert f"Status {energy.current_status} (as of " in body
    for heading in ("History", "Legal instruments", "Institutions", "Related policies"):
        assert heading in body
    decree = next(i for i in energy.instruments if i.kind == "constitutional decree")
    assert words(decree.title_es)[:40] in body
    link = energy.links[0]
    assert link.to_name_en in body


def test_cli_report_has_a_timeline_page_with_a_bookmark(qapp, store, tmp_path):
    from mxpolicy_gui.export.run import export_to_path

    path = tmp_path / "reforms.pdf"
    assert export_to_path(store, PolicyQuery(kind="reform"), path) == 13
    reader = pypdf.PdfReader(path)
    marks = {title: page for depth, title, page in _outline(reader) if depth == 0}
    assert marks["Timeline"] == 2  # after the cover and the contents
    text = page_text(reader, 2)
    assert text.startswith("Timeline")
    assert "Timeline: the policies, their institutions and status changes" in text
    assert "Energy reform" in text and "Institutions" in text


def test_figure_rows_are_shaded_once_by_their_block(qapp, all_policies, info):
    """The header row and every other figure row are shaded by their block's format, and no
    run of text carries a background of its own (the PDF would fill each cell a second time)."""
    from mxpolicy_gui.export.pdf import document as pr
    from mxpolicy_gui.export.pdf import style

    document = pr.build(all_policies, info, "")
    shaded = {style.FIGURE_HEAD: 0, style.FIGURES_ALT: 0}
    for part in document.parts():
        block = part.document.firstBlock()
        while block.isValid():
            state = block.userState()
            if state in shaded:
                assert block.blockFormat().background().style() != Qt.BrushStyle.NoBrush
                shaded[state] += 1
            fragments = block.begin()
            while not fragments.atEnd():
                fmt = fragments.fragment().charFormat()
                assert fmt.background().style() == Qt.BrushStyle.NoBrush
                fragments += 1
            block = block.next()
    assert min(shaded.values()) > 0
