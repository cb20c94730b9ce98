"""Exports in Spanish: `mxpolicy-gui export --lang es [--headers es]`, CSV and PDF."""

from __future__ import annotations

import csv

import pypdf
import pytest

from mxpolicy_gui import i18n
from mxpolicy_gui.cli import main
from mxpolicy_gui.cli_export import system_language
from mxpolicy_gui.export.csv_writer import FIGURE_COLUMNS, POLICY_COLUMNS, SPANISH_TITLES
from tests.export.conftest import ENERGY


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
