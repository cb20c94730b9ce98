"""Sources: the bibliographic record, its validation, and the APA 7 citation made from it."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from mxpolicy_gui.citation_style import (
    SOURCE_KINDS,
    CitationFields,
    apa_author_list,
    apa_citation,
)
from mxpolicy_gui.compile import BuildError, build_database
from mxpolicy_gui.compile.sources import load_sources
from tests.helpers import DB_PATH, SOURCES_DIR

ARTICLE = """
[[source]]
id = "corona-trevino-2023"
kind = "academic article"
authors = ["Corona-Treviño, Leonel"]
title = "Public service innovation to fight corruption: metrics and policy in Mexico 2019–2022"
container = "Journal of Innovation and Entrepreneurship"
published = "2023-11-30"
accessed = "2026-12-01"
url = "https://doi.org/10.1186/s13731-023-00347-3"
doi = "10.1186/s13731-023-00347-3"
language = "en"
volume = "12"
issue = "1"
"""

DECREE = """
[[source]]
id = "dof-2013-12-20-decreto-energia"
kind = "official text"
authors = ["Secretaría de Gobernación"]
title = "Decreto por el que se reforman y adicionan diversas disposiciones de la Constitución"
container = "Diario Oficial de la Federación"
published = "2013-12-20"
accessed = "2026-12-01"
url = "https://www.dof.gob.mx/nota_detalle.php?codigo=5327463&fecha=20/12/2013"
language = "es"
"""

UNDATED_PAGE = """
[[source]]
id = "undated-page"
kind = "web page"
no_author = true
title = "Programa Sembrando Vida"
container = "Bienestar"
no_date = true
accessed = "2026-12-01"
url = "https://www.gob.mx/bienestar/acciones-y-programas/programa-sembrando-vida"
language = "es"
"""


def load(tmp_path: Path, *texts: str) -> dict:
    paths = []
    for i, text in enumerate(texts):
        path = tmp_path / f"file{i}.toml"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return load_sources(paths)


# -- the citation is rendered from the fields (APA 7) ----------------------------------------


@pytest.mark.parametrize(
    ("source", "citation"),
    [
        pytest.param(
            ARTICLE,
            "Corona-Treviño, L. (2023). Public service innovation to fight corruption: metrics "
            "and policy in Mexico 2019–2022. Journal of Innovation and Entrepreneurship, 12(1). "
            "https://doi.org/10.1186/s13731-023-00347-3",
            id="article",
        ),
        pytest.param(  # an issuing body written out, a gazette dated to the day
            DECREE,
            "Secretaría de Gobernación. (2013, December 20). Decreto por el que se reforman y "
            "adicionan diversas disposiciones de la Constitución. Diario Oficial de la "
            "Federación. https://www.dof.gob.mx/nota_detalle.php?codigo=5327463&fecha=20/12/2013",
            id="decree",
        ),
    ],
)
def test_citation_follows_apa(tmp_path, source, citation):
    (record,) = load(tmp_path, source).values()
    assert record.citation == citation


def test_article_number_and_pages_in_the_container():
    base = dict(kind="academic article", authors=["Roe, Ana María"], title="A study",
                container="Revista de Prueba", published="2020-05-04", volume="7", issue="2")
    numbered = apa_citation(CitationFields(**base, article_number="15", doi="10.1000/x1"))
    assert numbered == (
        "Roe, A. M. (2020). A study. Revista de Prueba, 7(2), Article 15. "
        "https://doi.org/10.1000/x1"
    )
    paged = apa_citation(CitationFields(**base, pages="10–20", url="https://example.org/a"))
    assert paged == "Roe, A. M. (2020). A study. Revista de Prueba, 7(2), 10–20. https://example.org/a"


def test_nd_appears_only_by_the_no_date_flag(tmp_path):
    (record,) = load(tmp_path, UNDATED_PAGE).values()
    assert record.citation == (
        "Programa Sembrando Vida. (n.d.). Bienestar. Retrieved December 1, 2026, from "
        "https://www.gob.mx/bienestar/acciones-y-programas/programa-sembrando-vida"
    )
    dated = load(tmp_path, UNDATED_PAGE.replace("no_date = true", 'published = "2024-03"'))
    assert "(2024, March)" in dated["undated-page"].citation
    assert "n.d." not in dated["undated-page"].citation
    assert "Retrieved" not in dated["undated-page"].citation


def test_author_lists_and_initials():
    assert apa_author_list(["García Márquez, José Luis"]) == "García Márquez, J. L."
    assert apa_author_list(["Sartre, Jean-Paul", "Banco de México"]) == (
        "Sartre, J.-P., & Banco de México"
    )
    assert apa_author_list(["A, B", "C, D", "E, F"]) == "A, B., C, D., & E, F."
    many = [f"Name{i}, X" for i in range(1, 23)]
    listed = apa_author_list(many)
    assert listed.startswith("Name1, X., Name2, X.,") and "Name19, X., . . . Name22, X." in listed
    assert "Name20" not in listed


def test_a_body_whose_name_has_a_comma_is_braced(tmp_path):
    firm = DECREE.replace('["Secretaría de Gobernación"]', '["{Rivadeneyra, Treviño & De Campo}"]')
    record = load(tmp_path, firm)["dof-2013-12-20-decreto-energia"]
    assert record.citation.startswith("Rivadeneyra, Treviño & De Campo. (2013, December 20).")
    assert apa_author_list(["{Wilson Center, Mexico Institute}", "Doe, Jane"]) == (
        "Wilson Center, Mexico Institute, & Doe, J."
    )


def test_site_named_after_its_author_is_not_repeated():
    fields = CitationFields(
        kind="web page", authors=["Centre for Public Impact"], title="Mexico on the move",
        container="Centre for Public Impact", published="2017-03-12",
        url="https://www.centreforpublicimpact.org/insights/mexico-on-the-move",
    )
    assert apa_citation(fields) == (
        "Centre for Public Impact. (2017, March 12). Mexico on the move. "
        "https://www.centreforpublicimpact.org/insights/mexico-on-the-move"
    )


def test_every_stored_citation_is_the_rendering_of_its_row():
    """`sources.citation` can never disagree with the columns: re-render every row."""
    conn = sqlite3.connect(f"{DB_PATH.as_uri()}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    rows = conn.execute("SELECT * FROM sources").fetchall()
    conn.close()
    assert len(rows) >= 10
    for row in rows:
        fields = CitationFields(
            kind=row["kind"] or "",
            authors=row["authors"].split("; ") if row["authors"] else [],
            title=row["title"],
            container=row["container"] or "",
            published=row["published"] or "",
            no_date=bool(row["no_date"]),
            accessed=row["accessed"] or "",
            url=row["url"] or "",
            doi=row["doi"] or "",
            volume=row["volume"] or "",
            issue=row["issue"] or "",
            pages=row["pages"] or "",
            article_number=row["article_number"] or "",
        )
        assert row["citation"] == apa_citation(fields), row["id"]
        assert ("(n.d.)" in row["citation"]) == bool(row["no_date"]), row["id"]
        assert row["no_date"] == (row["published"] is None), row["id"]
        if row["doi"]:
            assert f"https://doi.org/{row['doi']}" in row["citation"], row["id"]
        assert row["kind"] in SOURCE_KINDS and row["accessed"] and row["language"]


# -- validation: each problem stops the build and names file and record ----------------------


@pytest.mark.parametrize(
    ("old", "new", "problem"),
    [
        ('kind = "official text"', 'kind = "blog"', "'kind' must be one of"),
        ('authors = ["Secretaría de Gobernación"]', "authors = []", "set no_author"),
        ('published = "2013-12-20"\n', "", "set no_date = true"),
        ('published = "2013-12-20"', 'published = "20/12/2013"', "'published' must be ISO"),
        ('container = "Diario Oficial de la Federación"\n', "", "'container' is missing"),
        ('url = "https://www.dof', 'url = "https://https://www.dof', "not a well-formed"),
        ('url = "https://www.dof', 'url = "https://www dof', "not a well-formed"),
        ('url = "https://www.dof', 'url = "ftp://www.dof', "not a well-formed"),
        (".mx/nota_detalle", ".mx/<nota>_detalle", "not a well-formed"),
        (".mx/nota_detalle", ".mx/{nota}_detalle", "not a well-formed"),
        (".mx/nota_detalle", ".mx/%zznota_detalle", "not a well-formed"),
        ('url = "https://www.dof', 'url = "https://www.dóf', "not a well-formed"),
        ('language = "es"', 'language = "spa"', "ISO 639-1"),
        ('accessed = "2026-12-01"', 'accessed = "2026-02-30"', "'accessed' must be a full"),
        ('accessed = "2026-12-01"\n', "", "'accessed' is missing"),
        ('language = "es"', 'language = "es"\ndoi = "https://doi.org/10.1/x"', "bare DOI"),
        ('language = "es"', 'language = "es"\nno_author = true', "'no_author = true' but"),
        ('language = "es"', 'language = "es"\npublisher = "x"', "unknown key(s): publisher"),
        ('authors = ["Secretaría de Gobernación"]', 'authors = ["Doe, J., Roe, K."]',
         "one comma"),
        ('authors = ["Secretaría de Gobernación"]', 'authors = ["{Secretaría} de Gobernación"]',
         "in braces if the name has a comma"),
    ],
)
def test_invalid_source_names_file_and_record(tmp_path, old, new, problem):
    assert old in DECREE
    with pytest.raises(BuildError) as err:
        load(tmp_path, DECREE.replace(old, new, 1))
    message = str(err.value)
    assert "file0.toml" in message
    assert "record 'dof-2013-12-20-decreto-energia'" in message
    assert problem in message


def test_article_needs_an_author_and_a_date(tmp_path):
    text = ARTICLE.replace('authors = ["Corona-Treviño, Leonel"]', "no_author = true")
    with pytest.raises(BuildError, match="always names its author"):
        load(tmp_path, text)
    with pytest.raises(BuildError, match="always has a date"):
        load(tmp_path, ARTICLE.replace('published = "2023-11-30"', "no_date = true"))


def test_an_official_page_may_be_undated(tmp_path):
    undated = DECREE.replace('published = "2013-12-20"', "no_date = true")
    assert "(n.d.)" in load(tmp_path, undated)["dof-2013-12-20-decreto-energia"].citation


def test_duplicate_url_across_files_names_both_records(tmp_path):
    twin = DECREE.replace('id = "dof-2013-12-20-decreto-energia"', 'id = "twin"').replace(
        "https://www.dof.gob.mx/", "http://WWW.DOF.GOB.MX/"
    )
    with pytest.raises(BuildError) as err:
        load(tmp_path, DECREE, twin)
    message = str(err.value)
    assert "file1.toml" in message and "record 'twin'" in message
    assert "duplicate url" in message and "dof-2013-12-20-decreto-energia" in message
    assert "file0.toml" in message


def test_accented_letters_in_a_path_are_allowed(tmp_path):
    iri = DECREE.replace("nota_detalle.php", "sector-eléctrico")
    assert "eléctrico" in load(tmp_path, iri)["dof-2013-12-20-decreto-energia"].url


def test_duplicate_source_id_is_rejected(tmp_path):
    with pytest.raises(BuildError, match="duplicate source id"):
        load(tmp_path, DECREE, DECREE.replace("codigo=5327463", "codigo=1"))


def sources_with_fixture_decree(tmp_path: Path) -> Path:
    """A copy of the real sources plus one more decree, `fixture-decree`, in zz-fixture.toml."""
    sources = tmp_path / "sources"
    shutil.copytree(SOURCES_DIR, sources)
    extra = DECREE.replace("codigo=5327463", "codigo=99999999").replace(
        'id = "dof-2013-12-20-decreto-energia"', 'id = "fixture-decree"'
    )
    (sources / "citations" / "zz-fixture.toml").write_text(extra, encoding="utf-8")
    return sources


def cite(sources: Path, source_id: str) -> None:
    """Make the energy reform cite `source_id` (the build rejects a work nothing cites)."""
    policy = sources / "policies" / "reform-07-reforma-energetica.toml"
    text = policy.read_text(encoding="utf-8")
    policy.write_text(
        text.replace('sources = [\n', f'sources = [\n  "{source_id}",\n', 1), encoding="utf-8"
    )


def test_a_source_nothing_cites_is_rejected_naming_file_and_record(tmp_path):
    sources = sources_with_fixture_decree(tmp_path)
    with pytest.raises(BuildError, match=r"fixture-decree.*cited by no policy") as caught:
        build_database(sources, tmp_path / "policy.db")
    assert "zz-fixture.toml" in str(caught.value)
    cite(sources, "fixture-decree")
    build_database(sources, tmp_path / "policy.db")


def test_bibliographic_source_reaches_the_database(tmp_path):
    sources = sources_with_fixture_decree(tmp_path)
    cite(sources, "fixture-decree")
    out = tmp_path / "policy.db"
    build_database(sources, out)
    conn = sqlite3.connect(out)
    conn.row_factory = sqlite3.Row
    row = dict(conn.execute("SELECT * FROM sources WHERE id = 'fixture-decree'").fetchone())
    conn.close()
    assert row["kind"] == "official text"
    assert row["authors"] == "Secretaría de Gobernación"
    assert (row["no_author"], row["no_date"]) == (0, 0)
    assert row["container"] == "Diario Oficial de la Federación"
    assert (row["published"], row["accessed"], row["language"]) == (
        "2013-12-20", "2026-12-01", "es")
    assert row["doi"] is None and row["volume"] is None
    assert row["citation"].startswith("Secretaría de Gobernación. (2013, December 20).")
