"""aliases.toml is checked like every source file, and reaches the database as written."""

from __future__ import annotations

import sqlite3

import pytest

from mxpolicy_gui.compile.aliases import load_aliases
from mxpolicy_gui.compile.errors import BuildError
from tests.conftest import DB_PATH, SOURCES_DIR


def write(tmp_path, text: str):
    path = tmp_path / "aliases.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_real_file_loads_and_is_in_the_database():
    groups = load_aliases(SOURCES_DIR / "aliases.toml")
    assert any(g.terms[0] == "AMLO" for g in groups)
    conn = sqlite3.connect(f"{DB_PATH.as_uri()}?mode=ro", uri=True)
    stored = conn.execute("SELECT COUNT(*) FROM aliases").fetchone()[0]
    conn.close()
    assert stored == sum(len(g.terms) for g in groups)


def test_no_file_means_no_aliases(tmp_path):
    assert load_aliases(tmp_path / "missing.toml") == []


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ('[[alias]]\nterms = ["AMLO"]\nnote = "x"\n', "at least two different terms"),
        ('[[alias]]\nterms = ["AMLO", "amló"]\nnote = "x"\n', "at least two different terms"),
        ('[[alias]]\nterms = ["A", "B", "b"]\nnote = "x"\n', "listed twice"),
        (
            '[[alias]]\nterms = ["A", "B"]\nnote = "x"\n'
            '[[alias]]\nterms = ["C", "b"]\nnote = "y"\n',
            "already in the group of 'A'",
        ),
        ('[[alias]]\nterms = ["A", "B"]\nnote = "x"\ncolour = "red"\n', "unknown key"),
        ('[[alias]]\nterms = ["A", "B"]\nnote = "x"\nchecked = "ftp://x"\n', "http(s)"),
        ('[[alias]]\nterms = ["A", "--"]\nnote = "x"\n', "letter or digit"),
        ('[[alias]]\nterms = ["A", "B"]\n', "'note' is missing"),
        ("aliases = 1\n", "unknown key"),
    ],
)
def test_mistakes_stop_the_build_naming_the_file(tmp_path, text, problem):
    with pytest.raises(BuildError, match=r"aliases\.toml") as info:
        load_aliases(write(tmp_path, text))
    assert problem in str(info.value)
