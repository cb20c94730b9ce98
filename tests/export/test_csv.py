"""CSV exports: read back with the csv module, formulas neutralised, streaming, fast."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mxpolicy_gui.export import csv_writer
from mxpolicy_gui.export.csv_writer import (
    FIGURE_COLUMNS,
    POLICY_COLUMNS,
    write_figures_csv,
    write_policies_csv,
)
from mxpolicy_gui.export.errors import ExportCancelled
from mxpolicy_gui.store.records import Figure, Source
from tests.helpers import DOI, ENERGY, JCF, make_policy

BOM = b"\xef\xbb\xbf"


def read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_one_row_per_policy_with_every_column(tmp_path, all_policies):
    out = tmp_path / "policies.csv"
    assert write_policies_csv(out, iter(all_policies)) == len(all_policies) == 25
    with out.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle)
        assert tuple(next(reader)) == POLICY_COLUMNS
        rows = list(reader)
    assert len(rows) == 25
    assert all(len(row) == len(POLICY_COLUMNS) for row in rows)
    by_id = {row[0]: dict(zip(POLICY_COLUMNS, row, strict=True)) for row in rows}
    jcf = by_id[JCF]
    assert jcf["name_es"] == "Jóvenes Construyendo el Futuro"
    assert jcf["kind"] == "innovation" and jcf["number"] == "4"
    assert jcf["date"] == "2019-01" and jcf["date_kind"] == "start"
    assert jcf["sectors"] == "Employment; Youth"
    assert DOI in jcf["sources"]
    assert by_id[ENERGY]["name_es"] == "Reforma energética"
    assert by_id[ENERGY]["administration"] == "Peña Nieto (2012–2018)"
    policy = next(p for p in all_policies if p.id == ENERGY)
    assert by_id[ENERGY]["measures"].split(" | ") == list(policy.measures)
    assert by_id[ENERGY]["sources"].split(" | ") == [s.citation for s in policy.sources]
    assert by_id[ENERGY]["summary"] == policy.summary


def test_excel_bom_on_and_off(tmp_path, all_policies):
    with_bom, without = tmp_path / "bom.csv", tmp_path / "plain.csv"
    write_policies_csv(with_bom, all_policies)
    write_policies_csv(without, all_policies, excel_compatible=False)
    assert with_bom.read_bytes().startswith(BOM + b"id,kind,")
    assert without.read_bytes().startswith(b"id,kind,")
    assert with_bom.read_bytes()[len(BOM):] == without.read_bytes()
    assert "Jóvenes".encode() in without.read_bytes()


def test_lines_end_in_crlf_and_text_is_quoted(tmp_path):
    out = tmp_path / "one.csv"
    write_policies_csv(out, [make_policy()], excel_compatible=False)
    lines = out.read_bytes().split(b"\r\n")
    assert lines[-1] == b"" and len(lines) == 3
    assert lines[1].startswith(b'"test-policy","reform",99,"Test reform"')


def test_formula_cells_are_neutralised(tmp_path, hostile):
    out = tmp_path / "hostile.csv"
    write_policies_csv(out, [hostile])
    row = read_rows(out)[0]
    assert row["name_en"] == "'" + hostile.name_en
    assert row["name_en"].startswith("'=HYPERLINK(")
    assert row["administration"] == "'+SUM(1,2)"
    assert row["president"] == "'-2+3"
    assert row["sectors"] == "'@SUM(A1)"
    assert row["agencies"] == "'\tTabbed agency"
    assert row["summary"] == "'\rcarriage <i>not italic</i>"
    assert row["objective"] == hostile.objective  # quotes, commas and newline survive
    assert row["measures"] == "'=1+1 | plain"
    assert row["sources"] == "'" + hostile.sources[0].citation
    assert row["name_es"] == hostile.name_es  # not a formula: left alone


def test_figures_long_form(tmp_path, all_policies):
    out = tmp_path / "figures.csv"
    total = sum(len(p.figures) for p in all_policies)
    assert write_figures_csv(out, all_policies) == total
    with out.open(encoding="utf-8-sig", newline="") as handle:
        assert tuple(next(csv.reader(handle))) == FIGURE_COLUMNS
    rows = read_rows(out)
    assert len(rows) == total
    stipend = [
        r for r in rows
        if r["policy_id"] == JCF and r["currency"] == "MXN" and r["value"] == "4310"
    ]
    assert len(stipend) == 1
    row = stipend[0]
    assert row["label"] == "Monthly stipend per apprentice"
    assert row["unit"] == "per month" and row["value_max"] == ""
    assert row["policy_name_en"] == "Young People Building the Future"
    assert row["source_id"] == "corona-trevino-2023" and DOI in row["source_citation"]
    ages = next(r for r in rows if r["policy_id"] == JCF and r["label"] == "Eligible age range")
    assert (ages["value"], ages["value_max"], ages["year"]) == ("18", "29", "")


def test_figure_numbers_stay_numbers(tmp_path, hostile):
    out = tmp_path / "figures.csv"
    write_figures_csv(out, [hostile], excel_compatible=False)
    text = out.read_text(encoding="utf-8")
    assert ",-5,," in text  # bare negative number, not '-5 and not quoted
    row = read_rows(out)[0]
    assert row["value"] == "-5"
    assert row["label"] == "'" + hostile.figures[0].label
    assert row["unit"] == "'-%" and row["currency"] == "'@MXN" and row["note"] == "'+note"
    assert row["source_citation"].startswith("'=IMPORTXML")
    assert row["year"] == "2014"


def test_fractional_and_huge_numbers(tmp_path):
    figures = (
        Figure("share", 0.089284, None, "%", None, None, "s"),
        Figure("big", 64e9, 1.5e12, None, "MXN", 2014, "s"),
    )
    out = tmp_path / "f.csv"
    write_figures_csv(out, [make_policy(figures=figures, sources=(Source("s", "c", None, None),))])
    rows = read_rows(out)
    assert [(r["value"], r["value_max"]) for r in rows] == [
        ("0.089284", ""), ("64000000000", "1500000000000")]


def test_empty_input_writes_just_the_header(tmp_path):
    out = tmp_path / "empty.csv"
    assert write_policies_csv(out, []) == 0
    assert read_rows(out) == []
    assert write_figures_csv(tmp_path / "f.csv", [make_policy(figures=())]) == 0


def test_streams_a_generator_and_reports_progress(tmp_path):
    consumed = []

    def records(n):
        for i in range(n):
            consumed.append(i)
            yield make_policy(id=f"p{i}", number=i)

    seen = []
    assert write_policies_csv(tmp_path / "s.csv", records(1234), progress=seen.append) == 1234
    assert seen == [500, 1000, 1234]
    assert len(consumed) == 1234


def test_cancel_leaves_no_file_and_keeps_the_old_one(tmp_path):
    out = tmp_path / "keep.csv"
    out.write_bytes(b"old contents")
    calls = []

    def cancelled():
        calls.append(1)
        return len(calls) > 1  # let the first chunk through, then cancel

    records = (make_policy(id=f"p{i}") for i in range(2000))
    with pytest.raises(ExportCancelled):
        write_policies_csv(out, records, cancelled=cancelled)
    assert out.read_bytes() == b"old contents"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keep.csv"]
    with pytest.raises(ExportCancelled):
        write_figures_csv(tmp_path / "new.csv", [make_policy()], cancelled=lambda: True)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keep.csv"]


# -- the fast path and the per-cell path agree ------------------------------------------

_MARKERS = "\x1e\x1f"
_text = st.text(
    alphabet=st.sampled_from(list("ab ñé=+-@\t\r\n\",'|;") + list(_MARKERS)), max_size=12
)


def _lines_per_cell(chunk, kind):
    if kind == "policies":
        return "".join(csv_writer.policy_line(p) + csv_writer.EOL for p in chunk)
    return "".join(line + csv_writer.EOL for line in csv_writer.figure_lines(chunk))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    texts=st.lists(_text, min_size=6, max_size=6),
    value=st.floats(allow_nan=False, allow_infinity=False, width=32),
    year=st.none() | st.integers(1900, 2100),
)
def test_fast_path_matches_per_cell_path_and_reads_back(texts, value, year):
    a, b, c, d, e, f = texts
    figure = Figure(a, value, None, b or None, c or None, year, "src", d or None)
    policy = make_policy(
        name_en=a, name_es=b, summary=c, objective=d, measures=(e, f), president=f,
        figures=(figure,), sources=(Source("src", e, None, None),),
    )
    for kind, chunk_text in (("policies", csv_writer.policy_chunk),
                             ("figures", csv_writer.figure_chunk)):
        fast, n = chunk_text([policy, policy])
        assert n == 2
        # Cells holding a marker character make the fast path fall back; without one it
        # must be identical to the per-cell builder.
        assert fast == _lines_per_cell([policy, policy], kind)
        rows = list(csv.reader(io.StringIO(fast, newline="")))
        assert len(rows) == 2
    policy_row = next(iter(csv.reader(io.StringIO(csv_writer.policy_chunk([policy])[0]))))
    assert policy_row[3] == csv_writer.neutralise(a)
    assert policy_row[POLICY_COLUMNS.index("summary")] == csv_writer.neutralise(c)
    figure_row = next(iter(csv.reader(io.StringIO(csv_writer.figure_chunk([policy])[0]))))
    assert figure_row[2] == csv_writer.neutralise(a)
    assert float(figure_row[3]) == value


def test_marker_characters_in_data_take_the_per_cell_path(tmp_path):
    policy = make_policy(summary="odd \x1f and \x1e characters")
    out = tmp_path / "odd.csv"
    write_policies_csv(out, [policy])
    assert read_rows(out)[0]["summary"] == policy.summary


# Speed (csv_100k_s) is measured by benchmarks/run.py, never asserted in a test: the shared
# machines here are too noisy for a timed assertion to mean anything.
