"""Exports in Spanish: `mxpolicy-gui export --lang es [--headers es]`, CSV and PDF."""

from __future__ import annotations

import csv
import subprocess

import pypdf
import pytest

from mxpolicy_gui import i18n
from mxpolicy_gui.cli import main
from mxpolicy_gui.cli.export import system_language
from mxpolicy_gui.export.csv_writer import FIGURE_COLUMNS, POLICY_COLUMNS, SPANISH_TITLES
from tests.helpers import ENERGY


@pytest.fixture(autouse=True)
def english_afterwards(qapp):
    yield
    i18n.install_language("en")


def rows(path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def export(capsys, *args: str) -> str:
    code = main(["export", *args])
    out, err = capsys.readouterr()
    assert (code, err) == (0, ""), err
    return out


def test_spanish_csv_keeps_machine_columns_and_codes(capsys, tmp_path):
    out = tmp_path / "es.csv"
    export(capsys, "-o", str(out), "--lang", "es", "--ids", ENERGY)
    (row,) = rows(out)
    assert tuple(row) == POLICY_COLUMNS
    assert row["kind"] == "reform" and row["date_kind"] == "dof"
    assert row["status"] in {"Vigente", "Vigente en parte", "Sustituida"}
    assert "Energía" in row["sectors"].split("; ")


def test_spanish_headers_rename_every_column(capsys, tmp_path):
    out = tmp_path / "es.csv"
    export(capsys, "-o", str(out), "--lang", "es", "--headers", "es", "--kind", "reform")
    table = rows(out)
    assert tuple(table[0]) == tuple(SPANISH_TITLES[c] for c in POLICY_COLUMNS)
    assert len(table) == 13 and table[0]["tipo"] == "reform"
    figures = tmp_path / "cifras.csv"
    export(capsys, "-o", str(figures), "--figures", "--headers", "es", "--lang", "en")
    assert tuple(rows(figures)[0]) == tuple(SPANISH_TITLES[c] for c in FIGURE_COLUMNS)


def test_english_is_unchanged_by_default(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("LC_ALL", "C.UTF-8")
    out = tmp_path / "en.csv"
    export(capsys, "-o", str(out), "--ids", ENERGY)
    (row,) = rows(out)
    assert row["status"] in {"In force", "Partly in force", "Superseded"}


def test_spanish_pdf(capsys, tmp_path):
    out = tmp_path / "reformas.pdf"
    export(capsys, "-o", str(out), "--lang", "es", "--ids", ENERGY)
    text = " ".join(" ".join(page.extract_text() for page in pypdf.PdfReader(out).pages).split())
    assert "Informe de política pública mexicana" in text
    assert "Publicada en el DOF 20 dic 2013" in text
    assert "Resumen" in text and "Fuentes" in text
    assert "Published in the DOF" not in text


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"LANG": "es_MX.UTF-8"}, "es"),
        ({"LC_ALL": "en_US.UTF-8", "LANG": "es_MX.UTF-8"}, "en"),
        ({"LC_MESSAGES": "es_ES"}, "es"),
        ({}, "en"),
    ],
)
def test_the_default_language_follows_the_system(env, expected):
    assert system_language(env) == expected


def spanish_pdf_text(capsys, tmp_path, *args: str) -> list[str]:
    out = tmp_path / "es.pdf"
    export(capsys, "-o", str(out), "--lang", "es", *args)
    return [" ".join(page.extract_text().split()) for page in pypdf.PdfReader(out).pages]


def test_spanish_contents_keep_each_entry_on_its_line(capsys, tmp_path):
    """"Innovación en el servicio público 12" is some 40 pt wider than the English key: the
    titles start after it, so no title is pushed to the page number's tab stop (which put the
    number on a line of its own). pdftotext keeps the lines as laid out (scripts install it)."""
    out = tmp_path / "es.pdf"
    export(capsys, "-o", str(out), "--lang", "es", "--kind", "innovation")
    layout = subprocess.run(["pdftotext", "-layout", "-f", "2", "-l", "2", str(out), "-"],
                            capture_output=True, text=True, check=True).stdout
    lines = [" ".join(line.split()) for line in layout.splitlines()]
    assert lines[0].startswith("Contenido") or "Contenido" in lines
    for entry in ("Innovación en el servicio público 1 Banco del Bienestar 4",
                  "Innovación en el servicio público 2 IMSS-Bienestar 5",
                  "Innovación en el servicio público 11 Tarifas de transmisión (porteo) de la CFE"):
        assert any(line.startswith(entry) and line[-1].isdigit() for line in lines), entry


def test_a_long_contents_title_keeps_its_page_number_in_the_column(capsys, tmp_path):
    """A title too long for one line ("Ampliación y modernización del Sistema Nacional de
    Refinación (Pemex)") wraps before the page number's column, and its number ends its last
    line in that column like every other number (it used to land mid-line on the second
    line, where the tab stops start from the line's own start)."""
    out = tmp_path / "es.pdf"
    export(capsys, "-o", str(out), "--lang", "es", "--kind", "innovation")
    layout = subprocess.run(["pdftotext", "-layout", "-f", "2", "-l", "2", str(out), "-"],
                            capture_output=True, text=True, check=True).stdout
    numbered = [line.rstrip() for line in layout.splitlines()
                if line.rstrip()[-1:].isdigit() and "página" not in line]
    assert len(numbered) == 12  # one page number per innovation
    ends = [len(line) for line in numbered]
    assert max(ends) - min(ends) <= 6, numbered
    last = next(line for line in numbered if "(Pemex)" in line)
    assert "Ampliación" not in last  # the number is on the title's second line


def test_spanish_cover_gives_the_dataset_title_and_licence_in_spanish(capsys, tmp_path):
    """The cover's dataset title and licence follow the report's language; the citation keeps
    the dataset's own (English) title, as a citation must."""
    cover = spanish_pdf_text(capsys, tmp_path, "--kind", "reform")[0]
    assert "innovaciones en el servicio público de México 2019–2022" in cover
    assert "Textos del conjunto de datos escritos por los desarrolladores" in cover
    assert "Dataset text written by" not in cover
    assert "mxpolicy: Mexican public service innovations 2019–2022 and structural reforms" in cover


def test_spanish_history_and_charts_are_in_spanish(capsys, tmp_path):
    ids = "reforma-laboral,pemex-refinacion"
    pages = " ".join(spanish_pdf_text(capsys, tmp_path, "--ids", ids))
    # The history row's Spanish note, not the instrument's English short name.
    assert "Federal Labour Law amendments of 2012" not in pages
    assert "Avance de la rehabilitación" in pages and "Rehabilitation progress" not in pages


def test_spanish_successors_and_related_policies(capsys, tmp_path):
    pages = " ".join(spanish_pdf_text(capsys, tmp_path, "--ids", "reforma-energetica"))
    assert "→ Comisión Nacional de Energía" in pages and "National Energy" not in pages
    assert "Alternativa al mercado eléctrico mayorista (CFE)" in pages
    assert "wholesale" not in pages
