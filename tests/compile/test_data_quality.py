"""Data-quality gates on the committed database: the legal record points at the law itself.

A researcher who follows an instrument's link must land on the text of that instrument, not
on the Diario Oficial's index of the day it was published; and the sources behind legal facts
(instruments, status history, institutions) must be the official texts, not press copies.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator

import pytest

from tests.helpers import DB_PATH

OFFICIAL_TEXT_KINDS = ("official text", "court ruling")
#: Issues 10 and 11 ask for 80% on both. The sources searched so far confirmed the official
#: address of 49 of 64 instruments and made 62 of 117 legal-fact sources official texts; these
#: floors hold what is reached (a change that loses an official link fails) and rise with
#: every address confirmed, up to the target.
TARGET = 0.8
INSTRUMENTS_FLOOR = 0.83
LEGAL_SOURCES_FLOOR = 0.80
DOF_DAY_INDEX = re.compile(r"dof\.gob\.mx/(index(_\d+)?\.php)?(\?|$)", re.IGNORECASE)
TEXT_ITSELF = re.compile(
    r"^https://("
    r"(www\.)?dof\.gob\.mx/nota_(detalle|to_pdf|to_doc)\.php\?codigo=\d+"
    r"|sidof(qa)?\.segob\.gob\.mx/notas/(docFuente/|imagenes/)?\d+"
    r"|(www\.)?diputados\.gob\.mx/LeyesBiblio/\S+"
    r"|([a-z0-9-]+\.)*scjn\.gob\.mx/\S+"
    r"|([a-z0-9-]+\.)*gob\.mx/\S+\.pdf"
    r")",
    re.IGNORECASE,
)


@pytest.fixture(scope="module")
def db() -> Iterator[sqlite3.Connection]:
    connection = sqlite3.connect(f"file:{DB_PATH}?mode=ro", uri=True)
    yield connection
    connection.close()


def links_to_text_itself(url: str | None) -> bool:
    return bool(url) and not DOF_DAY_INDEX.search(url or "") and bool(TEXT_ITSELF.match(url or ""))


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.dof.gob.mx/nota_detalle.php?codigo=5327463&fecha=20/12/2013", True),
        ("https://www.dof.gob.mx/index.php?year=2014&month=08&day=11&edicion=VES", False),
        ("https://dof.gob.mx/index_111.php?year=2019&month=05&day=15", False),
        ("https://www.diputados.gob.mx/LeyesBiblio/pdf/LFCE.pdf", True),
        ("https://sidof.segob.gob.mx/notas/docFuente/5749229", True),
        ("https://www.scribd.com/document/567796868/AE-UNOPS", False),
        ("https://expansion.mx/economia/2023/12/01/instituciones", False),
        (None, False),
    ],
)
def test_text_itself_rule(url: str | None, expected: bool) -> None:
    assert links_to_text_itself(url) is expected


def test_instruments_link_to_the_text_itself(
    db: sqlite3.Connection,
) -> None:
    rows = db.execute("SELECT id, url FROM instruments ORDER BY id").fetchall()
    elsewhere = [identifier for identifier, url in rows if not links_to_text_itself(url)]
    share = 1 - len(elsewhere) / len(rows)
    assert share >= min(TARGET, INSTRUMENTS_FLOOR), (
        f"{share:.0%} of {len(rows)} instruments link to their text; not: {elsewhere}"
    )


def test_sources_behind_legal_facts_are_official_texts(
    db: sqlite3.Connection,
) -> None:
    rows = db.execute(
        """
        WITH legal(source_id) AS (
            SELECT source_id FROM instruments
            UNION SELECT source_id FROM status_history
            UNION SELECT source_id FROM institutions
        )
        SELECT s.id, s.kind FROM sources AS s JOIN legal ON legal.source_id = s.id ORDER BY s.id
        """
    ).fetchall()
    other = [f"{source} ({kind})" for source, kind in rows if kind not in OFFICIAL_TEXT_KINDS]
    share = 1 - len(other) / len(rows)
    assert share >= min(TARGET, LEGAL_SOURCES_FLOOR), (
        f"{share:.0%} of {len(rows)} sources behind legal facts are official; not: {other}"
    )
