"""BibTeX, RIS and CSL-JSON: read back with real parsers and compared with the database."""

from __future__ import annotations

import json
import sqlite3

import bibtexparser
import pytest
import rispy
from bibtexparser.middlewares import SeparateCoAuthors
from pylatexenc.latex2text import LatexNodes2Text

from mxpolicy_gui.citation_style import plain_name
from mxpolicy_gui.export.citations import bibtex as bibtex_writer
from mxpolicy_gui.export.citations import citations_text, collect_sources, write_citations
from mxpolicy_gui.export.citations import csljson as csljson_writer
from mxpolicy_gui.export.citations import ris as ris_writer
from mxpolicy_gui.export.provenance import make_provenance
from mxpolicy_gui.export.run import export_to_path
from mxpolicy_gui.store import PolicyQuery
from mxpolicy_gui.store.records import Source
from tests.conftest import DB_PATH
from tests.export.conftest import ENERGY, JCF, make_policy

#: Item types of the CSL 1.0.2 data schema (csl-data.json, "type" enum).
CSL_TYPES = {
    "article", "article-journal", "article-magazine", "article-newspaper", "bill", "book",
    "broadcast", "chapter", "classic", "collection", "dataset", "document", "entry",
    "entry-dictionary", "entry-encyclopedia", "event", "figure", "graphic", "hearing",
    "interview", "legal_case", "legislation", "manuscript", "map", "motion_picture",
    "musical_score", "pamphlet", "paper-conference", "patent", "performance", "periodical",
    "personal_communication", "post", "post-weblog", "regulation", "report", "review",
    "review-book", "software", "song", "speech", "standard", "thesis", "treaty", "webpage",
}
#: The CSL variables this export writes, with the JSON type the schema gives them.
CSL_VARIABLES = {
    "id": str, "type": str, "title": str, "container-title": str, "volume": str, "issue": str,
    "page": str, "number": str, "DOI": str, "URL": str, "language": str, "note": str,
    "author": list, "issued": dict, "accessed": dict,
}

HOSTILE_TITLE = (
    "50% & $x$ {a} #1 _u_ ~t \\b ^c -- d — e “q” ‘s’ ``x'' ¿Qué? ¡Sí! Ñandú «g» 10° Müller "
    "ç š\nline  two – x"
)


def hostile_source() -> Source:
    return Source(
        "hostile-1", "(not used)", "https://e.org/a_b%20c?x=1&y=2#f", "10.1000/a_b(1)",
        "note & 100%\nsecond line", "report",
        ("García Márquez, José Luis", "Secretaría de Hacienda y Crédito Público", "Doe and Co",
         "{Rivadeneyra, Treviño & De Campo}"),
        False, HOSTILE_TITLE, "Cámara de Diputados {LXII}", "2014-08", False, "2026-12-01",
        "es", "12", "3", "10–20", "e47",
    )


@pytest.fixture(scope="module")
def db_sources() -> dict[str, dict]:
    conn = sqlite3.connect(f"{DB_PATH.as_uri()}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    rows = {r["id"]: dict(r) for r in conn.execute("SELECT * FROM sources")}
    conn.close()
    return rows


def linked_ids(ids: list[str] | None = None) -> set[str]:
    conn = sqlite3.connect(f"{DB_PATH.as_uri()}?mode=ro", uri=True)
    if ids is None:
        rows = conn.execute("SELECT source_id FROM policy_sources").fetchall()
    else:
        rows = conn.execute(
            f"SELECT source_id FROM policy_sources WHERE policy_id IN "
            f"({', '.join('?' * len(ids))})", ids,
        ).fetchall()
    conn.close()
    return {r[0] for r in rows}


def flat(text: str | None) -> str:
    return " ".join((text or "").split())


def names(authors: str | None) -> list[str]:
    """The database's authors as printed: split, braces of a body with a comma removed."""
    return [plain_name(a) for a in authors.split("; ")] if authors else []


# -- BibTeX ---------------------------------------------------------------------------------

_latex = LatexNodes2Text()


def decode(value: str) -> str:
    # pylatexenc prints \textasciicircum as U+02C6; LaTeX prints the ASCII caret.
    return _latex.latex_to_text(value).replace("ˆ", "^")


def parse_bibtex(text: str) -> dict[str, dict[str, object]]:
    library = bibtexparser.parse_string(text, append_middleware=[SeparateCoAuthors()])
    assert library.failed_blocks == []
    entries = {}
    for e in library.entries:
        fields: dict[str, object] = {"ENTRYTYPE": e.entry_type}
        for f in e.fields:
            if f.key in ("url", "doi"):
                fields[f.key] = f.value
            elif f.key == "author":
                fields[f.key] = [decode(name) for name in f.value]
            else:
                fields[f.key] = decode(f.value)
        entries[e.key] = fields
    return entries


def test_bibtex_round_trips_every_source_of_the_dataset(tmp_path, db_sources):
    out = tmp_path / "all.bib"
    count = export_to_path(DB_PATH, PolicyQuery(), out, "bibtex")
    entries = parse_bibtex(out.read_text(encoding="utf-8"))
    assert count == len(entries) == len(linked_ids())
    for sid, e in entries.items():
        row = db_sources[sid]
        assert e["title"] == flat(row["title"]), sid
        assert e.get("author", []) == names(row["authors"]), sid
        container_key = next(
            (k for k in ("journal", "institution", "howpublished") if k in e), None)
        assert (e[container_key] if container_key else None) == row["container"], sid
        assert e.get("url") == row["url"] and e.get("doi") == row["doi"], sid
        assert e.get("date") == (None if row["no_date"] else row["published"]), sid
        assert e.get("year") == (None if row["no_date"] else row["published"][:4]), sid
        assert e.get("urldate") == row["accessed"] and e.get("langid") == row["language"], sid
        assert e.get("note") == (flat(row["note"]) or None), sid


def test_bibtex_escapes_latex_specials_accents_and_ligatures():
    s = hostile_source()
    text = bibtex_writer.entry(s)
    entries = parse_bibtex(text)
    e = entries["hostile-1"]
    assert e["ENTRYTYPE"] == "techreport"
    assert e["title"] == flat(HOSTILE_TITLE)
    # the bodies "Doe and Co" and "Rivadeneyra, Treviño & De Campo" stay one name each
    assert e["author"] == [plain_name(a) for a in s.authors]
    assert e["institution"] == "Cámara de Diputados {LXII}"
    assert e["note"] == "note & 100% second line"
    assert e["url"] == s.url and e["doi"] == s.doi  # verbatim, not escaped
    assert (e["volume"], e["number"], e["pages"], e["eid"]) == ("12", "3", "10–20", "e47")
    assert "Garc{\\'i}a" in text and "{\\~N}and{\\'u}" in text and "-{}-" in text


def test_bibtex_comment_carries_provenance_even_with_braces_in_the_search(info):
    query = PolicyQuery(text="{energía} @x")
    text = bibtex_writer.render([hostile_source()], make_provenance(info, query))
    library = bibtexparser.parse_string(text)
    assert library.failed_blocks == [] and [e.key for e in library.entries] == ["hostile-1"]
    comment = next(c.comment for c in library.comments if "mxpolicy" in c.comment)
    assert "Search: (energía) (at)x" in comment


# -- RIS ------------------------------------------------------------------------------------


def test_ris_round_trips_every_source_of_the_dataset(tmp_path, db_sources):
    out = tmp_path / "all.ris"
    count = export_to_path(DB_PATH, PolicyQuery(), out, "ris")
    raw = out.read_bytes()
    assert b"\r\n" in raw and b"\n\n" not in raw.replace(b"\r\n", b"")
    records = rispy.loads(raw.decode("utf-8"))
    assert count == len(records) == len(linked_ids())
    for r in records:
        row = db_sources[r["id"]]
        assert r["type_of_reference"] == ris_writer.TYPES.get(row["kind"] or "", "GEN")
        assert r["title"] == flat(row["title"]), r["id"]
        assert r.get("authors", []) == names(row["authors"])
        assert r.get("secondary_title") == row["container"], r["id"]
        assert r.get("urls", [None])[0] == row["url"] and r.get("doi") == row["doi"]
        published = None if row["no_date"] else row["published"]
        assert r.get("date") == (published.replace("-", "/") if published else None)
        assert r.get("year") == (published[:4] if published else None)
        assert r.get("language") == row["language"]
        assert r.get("notes", [None])[0] == (flat(row["note"]) or None)


def test_ris_keeps_each_value_on_its_tag_line():
    s = hostile_source()
    (r,) = rispy.loads(ris_writer.record(s))
    assert r["title"] == flat(HOSTILE_TITLE)
    assert r["notes"] == ["note & 100% second line"]
    assert r["authors"] == [plain_name(a) for a in s.authors]
    assert (r["start_page"], r["end_page"], r["custom7"]) == ("10", "20", "e47")
    assert r["access_date"] == "2026/12/01" and r["date"] == "2014/08"


# -- CSL-JSON -------------------------------------------------------------------------------


def check_csl_item(item: dict) -> None:
    """The CSL data schema's rules for what we write: id and type required, known type,
    variables of the right JSON type, names and dates in the schema's shapes."""
    assert isinstance(item["id"], str) and item["id"]
    assert item["type"] in CSL_TYPES
    for key, value in item.items():
        assert key in CSL_VARIABLES, key
        assert isinstance(value, CSL_VARIABLES[key]), key
    for name in item.get("author", []):
        assert set(name) in ({"family", "given"}, {"literal"}), name
    for key in ("issued", "accessed"):
        if key in item:
            (parts,) = item[key]["date-parts"]
            assert 1 <= len(parts) <= 3 and all(isinstance(p, int) for p in parts)


def test_csljson_items_follow_the_schema_and_match_the_database(tmp_path, db_sources):
    out = tmp_path / "all.json"
    count = export_to_path(DB_PATH, PolicyQuery(), out)
    items = json.loads(out.read_text(encoding="utf-8"))
    assert isinstance(items, list) and count == len(items) == len(linked_ids())
    for item in items:
        check_csl_item(item)
        row = db_sources[item["id"]]
        assert item["title"] == row["title"]
        assert item.get("URL") == row["url"] and item.get("DOI") == row["doi"]
        assert item.get("container-title") == row["container"]
        listed = [
            n.get("literal") or f"{n['family']}, {n['given']}" for n in item.get("author", [])
        ]
        assert listed == names(row["authors"])
        if row["no_date"]:
            assert "issued" not in item
        else:
            issued = "-".join(f"{p:02d}" if i else str(p)
                              for i, p in enumerate(item["issued"]["date-parts"][0]))
            assert issued == row["published"]


def test_csljson_hostile_text_survives_json():
    (item,) = json.loads(csljson_writer.render([hostile_source()]))
    check_csl_item(item)
    assert item["title"] == HOSTILE_TITLE and item["type"] == "report"
    assert item["author"][1] == {"literal": "Secretaría de Hacienda y Crédito Público"}
    assert item["author"][3] == {"literal": "Rivadeneyra, Treviño & De Campo"}
    assert item["issued"] == {"date-parts": [[2014, 8]]}


# -- which works: selection, one policy, whole dataset; each once -------------------------------


@pytest.mark.parametrize("fmt", ["bibtex", "ris", "csljson"])
def test_selected_policies_export_their_works_once(tmp_path, fmt):
    out = tmp_path / f"sel.{fmt}"
    count = export_to_path(DB_PATH, PolicyQuery(ids=(JCF, ENERGY)), out, fmt)
    text = out.read_text(encoding="utf-8")
    if fmt == "bibtex":
        ids = [e.key for e in bibtexparser.parse_string(text).entries]
    elif fmt == "ris":
        ids = [r["id"] for r in rispy.loads(text)]
    else:
        ids = [i["id"] for i in json.loads(text)]
    assert len(ids) == len(set(ids)) == count
    assert set(ids) == linked_ids([JCF, ENERGY])
    assert "corona-trevino-2023" in ids and ids.count("corona-trevino-2023") == 1


def test_one_policy_and_first_cited_order(store):
    policy = store.policy(JCF)
    assert [s.id for s in collect_sources([policy, policy])] == [s.id for s in policy.sources]


def test_citations_text_numbers_like_the_detail_pane():
    a = Source("a", "First, A. (2020). One.", None, None)
    b = Source("b", "Second, B. (2021). Two.", None, None)
    text = citations_text(make_policy(sources=(a, b)))
    assert text == "[1] First, A. (2020). One.\n[2] Second, B. (2021). Two."


def test_cancel_leaves_no_file(tmp_path, info):
    from mxpolicy_gui.export.errors import ExportCancelled

    out = tmp_path / "x.bib"
    with pytest.raises(ExportCancelled):
        write_citations(out, "bibtex", [make_policy()], make_provenance(info, PolicyQuery()),
                        cancelled=lambda: True)
    assert list(tmp_path.iterdir()) == []
