"""The PDF report, read back with pypdf (slow: only a few pages are read per test)."""

from __future__ import annotations

import time

import pypdf
import pytest

from mxpolicy_gui.export.errors import ExportCancelled
from mxpolicy_gui.formatting import format_figure_value
from mxpolicy_gui.store import PolicyQuery
from tests.export.conftest import DOI, ENERGY, JCF, make_policy


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


def test_each_record_starts_on_a_new_page(two_records):
    _reader, texts = two_records
    starts = [i for i, t in enumerate(texts) if t.startswith(("PUBLIC SERVICE", "STRUCTURAL"))]
    assert len(starts) == 2 and starts[0] == 1


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
    assert pages == 3
    reader = pypdf.PdfReader(path)
    assert len(reader.pages) == 3
    assert "page 2 of 3" in page_text(reader, 1)


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


def test_grows_linearly_with_records(qapp, all_policies, info, tmp_path):
    """100 full records (about 150 pages) take well under 3 s; Qt tables made this
    quadratic once (30 s for 1,000 records), so this guards the table-free layout."""
    from mxpolicy_gui.export.pdf_report import write_policies_pdf

    records = [all_policies[i % len(all_policies)] for i in range(100)]
    start = time.perf_counter()
    write_policies_pdf(tmp_path / "100.pdf", records, info=info, filters="")
    elapsed = time.perf_counter() - start
    assert elapsed < 3.0, f"100 records took {elapsed:.2f} s"
