"""The PDF report, read back with pypdf (slow: only a few pages are read per test)."""

from __future__ import annotations

import itertools
import re

import pypdf
import pytest

from mxpolicy_gui.export.errors import ExportCancelled
from mxpolicy_gui.formatting import format_figure_value
from mxpolicy_gui.store import PolicyQuery
from mxpolicy_gui.store.records import Figure
from tests.export.conftest import DOI, ENERGY, JCF, make_policy

FIRST_PAGES = 6  # of the full report, read by the tests of the flow


def words(text: str) -> str:
    """pypdf gives QPdfWriter's text with tabs and odd breaks: compare word by word."""
    return " ".join(text.split())


def page_text(reader: pypdf.PdfReader, index: int) -> str:
    return words(reader.pages[index].extract_text())


@pytest.fixture(scope="module")
def full_report(qapp, store, info, tmp_path_factory):
    from mxpolicy_gui.export.pdf_report import write_policies_pdf

    path = tmp_path_factory.mktemp("pdf") / "all.pdf"
    query = PolicyQuery()
    count = write_policies_pdf(path, store.iter_policies(query), info=info,
                               filters=query.describe())
    return path, count


@pytest.fixture(scope="module")
def two_records(qapp, store, info, tmp_path_factory):
    from mxpolicy_gui.export.pdf_report import write_policies_pdf

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
    assert reader.metadata.title == "mxpolicy — Mexican public policy report"
    cover = page_text(reader, 0)
    assert cover.startswith("mxpolicy — Mexican public policy report")
    assert f"Dataset version {info.dataset_version}" in cover
    assert "Filters all policies" in cover
    assert "Records 25 (12 innovations, 13 reforms)" in cover
    assert "Innovation 4 Young People Building the Future · Jóvenes Construyendo el Futuro" in cover
    assert f"mxpolicy dataset {info.dataset_version} — page 1 of {pages}" in cover
    last = page_text(reader, pages - 1)
    assert f"mxpolicy dataset {info.dataset_version} — page {pages} of {pages}" in last


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
    assert 3 <= len(texts) <= 8
    assert "Filters all policies; 2 selected record(s)" in texts[0]
    body = " ".join(texts[1:])
    assert "Young People Building the Future" in body
    assert "Jóvenes Construyendo el Futuro" in body
    assert "Energy reform" in body and "Reforma energética" in body
    assert "Started Jan 2019" in body
    assert "Published in the DOF 20 Dec 2013" in body
    stipend = next(
        f for f in store.policy(JCF).figures if f.value == 4310 and f.currency == "MXN"
    )
    assert f"Monthly stipend per apprentice {format_figure_value(stipend)}" in body
    assert "corona-trevino-2023" in body
    assert DOI in body
    assert "Secretaría del Trabajo y Previsión Social (STPS)" in body
    assert "ﬁ" not in body  # no ligature glyphs: text stays searchable
    for page, text in enumerate(texts, start=1):
        assert f"— page {page} of {len(texts)}" in text


@pytest.fixture(scope="module")
def first_pages(full_report) -> list[str]:
    reader = pypdf.PdfReader(full_report[0])
    return [page_text(reader, i) for i in range(FIRST_PAGES)]


def test_records_flow_on_after_the_cover(full_report, first_pages):
    """Records used to start on a page each: 37 pages for the 25 records, one of them
    holding a single citation line. Now only the cover stands alone."""
    assert len(pypdf.PdfReader(full_report[0]).pages) <= 30
    assert "PUBLIC SERVICE" not in first_pages[0]
    assert first_pages[1].startswith("PUBLIC SERVICE INNOVATION 1 · banco-del-bienestar")
    heading = re.compile(r"(PUBLIC SERVICE INNOVATION|STRUCTURAL REFORM) \d+ · ")
    # Whole report: whether the first few records fill their pages depends on the data.
    reader = pypdf.PdfReader(full_report[0])
    pages = [page_text(reader, i) for i in range(1, len(reader.pages))]
    starts_mid_page = [t for t in pages if heading.search(t, 1)]
    assert starts_mid_page, "no record starts lower down a page"


def test_headings_come_before_their_citations_once_each(all_policies, first_pages):
    """In reading order: a record's heading, its sources with the first citation, the next
    record. Nothing is lost or written twice where a page ends, and "Sources" never ends a
    page without its first citation."""
    text = " ".join(first_pages[1:])
    checked = 0
    for record, following in itertools.pairwise(all_policies):
        head = f"{record.number} · {record.id} {record.name_en} {record.name_es}"
        nxt = f"{following.number} · {following.id} {following.name_en}"
        if nxt not in text:
            break
        assert text.count(head) == 1
        start, end = text.index(head), text.index(nxt)
        first = f"Sources 1. {words(record.sources[0].citation)[:40]}"
        assert start < text.index(first, start) < end, record.id
        notes = sum(1 for s in record.sources if s.note)
        assert text.count("Note:", start, end) == notes, record.id
        checked += 1
    assert checked >= 3


def test_pages_never_end_on_a_heading_or_split_a_figure_row(qapp, all_policies, info):
    """Checked on the pagination itself, for many page breaks: the block before a break is
    no heading (nor a record's facts), a broken paragraph keeps two lines either side, and
    headings and figure rows are never broken."""
    from mxpolicy_gui.export import pdf_report as pr

    document = pr.build_report_document(all_policies, info, "")
    cuts = 0
    for height in (420.0, 555.0, 760.0):
        pages = document.pages(510.0, height)
        for page, following in itertools.pairwise(pages):
            assert sum(s.bottom - s.top for s in page.slices) <= height + 0.1
            last = page.slices[-1]
            if last.bottom >= last.part.end or following.slices[0].part is not last.part:
                continue  # a document (cover, chunk of records) ended here
            block, index, _top = pr._line_below(last.part, last.bottom)
            if index == 0:
                assert block.previous().userState() not in pr._KEEP_WITH_NEXT
            else:
                assert block.userState() not in pr._UNSPLIT
                assert 2 <= index <= block.layout().lineCount() - 2
            cuts += 1
    assert cuts > 50


def test_pages_do_not_depend_on_the_chunks(qapp, all_policies, info, monkeypatch):
    """Records are parsed in chunks, one QTextDocument each; the pages flow across them as
    if it were one document: same breaks, same rules between records."""
    from mxpolicy_gui.export import pdf_report as pr

    def paged(chunk: int) -> list[tuple[str, str, int]]:
        """Per page: its first line, its last line and how many rules it has."""
        monkeypatch.setattr(pr, "CHUNK_RECORDS", chunk)
        document = pr.build_report_document(all_policies, info, "")
        assert len(document.documents) == 1 + -(-len(all_policies) // chunk)
        out = []
        for page in document.pages(510.0, 700.0):
            first, last = page.slices[0], page.slices[-1]
            head = pr._line_below(first.part, first.top)
            block, index, top = pr._line_below(last.part, last.bottom - 2 * pr._EPSILON)
            if top >= last.bottom - pr._EPSILON and index == 0:
                block = block.previous()  # the slice ended in the margin above `block`
            out.append((head[0].text(), block.text(), len(page.rules)))
        return out

    whole = paged(100)
    assert paged(2) == paged(7) == whole
    assert sum(rules for _head, _tail, rules in whole) >= 10


def test_a_long_figures_table_repeats_its_header_and_keeps_rows_whole(qapp, info, tmp_path):
    from mxpolicy_gui.export.pdf_report import write_policies_pdf

    figures = tuple(
        Figure(f"Row {i} label", float(i), None, "units", None, 2000 + i % 20, "src-1",
               f"note {i}")
        for i in range(90)
    )
    path = tmp_path / "long.pdf"
    write_policies_pdf(path, [make_policy(figures=figures)], info=info, filters="")
    reader = pypdf.PdfReader(path)
    texts = [page_text(reader, i) for i in range(1, len(reader.pages))]
    assert len(texts) >= 3
    assert texts[0].startswith("STRUCTURAL REFORM 99 · test-policy Test reform")
    continued = [t for t in texts[1:] if "label" in t]
    assert len(continued) >= 2
    for text in continued:
        assert text.startswith("Figure Value Year Source Row "), text[:80]
    for i in range(90):
        page = next(t for t in texts if f"Row {i} label " in t)
        assert f"note {i} · src-1" in page


def test_hostile_text_is_shown_as_text(qapp, hostile, info, tmp_path):
    from mxpolicy_gui.export.pdf_report import build_report_document, write_policies_pdf

    document = build_report_document([hostile], info, "<i>filters</i>")
    plain = document.toPlainText()
    assert "<b>negrita</b> & <script>alert(1)</script> <img src=x>" in plain
    assert "<i>filters</i>" in plain
    assert "carriage <i>not italic</i>" in plain
    assert '=HYPERLINK("http://evil.example","click")' in plain
    path = tmp_path / "hostile.pdf"
    write_policies_pdf(path, [hostile], info=info, filters="<i>filters</i>")
    text = words(pypdf.PdfReader(path).pages[1].extract_text())
    assert "<script>alert(1)</script>" in text


def test_the_document_prints_again_on_another_device(qapp, info, tmp_path):
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

    from mxpolicy_gui.export.pdf_report import build_report_document, paint_report

    document = build_report_document([make_policy(), make_policy(id="b")], info, "x")
    path = tmp_path / "letter.pdf"
    writer = QPdfWriter(str(path))
    writer.setResolution(600)
    writer.setPageLayout(QPageLayout(
        QPageSize(QPageSize.PageSizeId.Letter), QPageLayout.Orientation.Portrait,
        QMarginsF(20, 20, 20, 20), QPageLayout.Unit.Millimeter))
    pages = paint_report(document, writer, info.dataset_version)
    del writer
    assert pages == 2  # the cover, then both records on one page
    reader = pypdf.PdfReader(path)
    assert len(reader.pages) == 2
    second = page_text(reader, 1)
    assert second.startswith("STRUCTURAL REFORM 99 · test-policy Test reform")
    assert "STRUCTURAL REFORM 99 · b Test reform" in second
    assert "page 2 of 2" in second


def test_progress_and_cancel(qapp, info, tmp_path):
    from mxpolicy_gui.export.pdf_report import write_policies_pdf

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
    from mxpolicy_gui.export.pdf_report import write_policies_pdf

    path = tmp_path / "empty.pdf"
    assert write_policies_pdf(path, [], info=info, filters='search "zzz"') == 0
    reader = pypdf.PdfReader(path)
    assert len(reader.pages) == 1
    assert "No policy matches these filters." in page_text(reader, 0)


def test_pages_grow_in_proportion_to_records(qapp, all_policies, info, tmp_path):
    """Four times the records give about four times the pages (speed itself is measured by
    benchmarks/run.py as pdf_1k_s, never asserted in a test)."""
    from pypdf import PdfReader

    from mxpolicy_gui.export.pdf_report import write_policies_pdf

    records = [all_policies[i % len(all_policies)] for i in range(100)]
    write_policies_pdf(tmp_path / "25.pdf", records[:25], info=info, filters="")
    write_policies_pdf(tmp_path / "100.pdf", records, info=info, filters="")
    small = len(PdfReader(tmp_path / "25.pdf").pages) - 1  # minus the cover
    large = len(PdfReader(tmp_path / "100.pdf").pages) - 1
    assert 3.5 * small <= large <= 4.5 * small + 2
