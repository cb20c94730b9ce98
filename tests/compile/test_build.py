"""The build: reproducible, complete, strict about malformed sources."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from mxpolicy_gui.compile import BuildError, build_database
from tests.conftest import DB_PATH, SOURCES_DIR


def dump(path: Path) -> list[str]:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


@pytest.fixture(scope="module")
def fresh_build(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("build") / "policy.db"
    build_database(SOURCES_DIR, out)
    return out


def test_two_builds_have_identical_dumps(fresh_build, tmp_path):
    second = tmp_path / "again.db"
    build_database(SOURCES_DIR, second)
    assert dump(fresh_build) == dump(second)


def test_committed_database_matches_a_fresh_build(fresh_build):
    assert dump(DB_PATH) == dump(fresh_build), (
        "data/policy.db is stale: run `python -m mxpolicy_gui.compile` and commit the result"
    )


def test_counts_twelve_innovations_and_thirteen_reforms(fresh_build):
    conn = sqlite3.connect(fresh_build)
    counts = dict(conn.execute("SELECT kind, COUNT(*) FROM policies GROUP BY kind"))
    numbers = {
        kind: [
            n
            for (n,) in conn.execute(
                "SELECT number FROM policies WHERE kind = ? ORDER BY number", (kind,)
            )
        ]
        for kind in ("innovation", "reform")
    }
    conn.close()
    assert counts == {"innovation": 12, "reform": 13}
    assert numbers["innovation"] == list(range(1, 13))
    assert numbers["reform"] == list(range(1, 14))


def test_every_figure_has_an_existing_source_and_every_policy_sources(fresh_build):
    conn = sqlite3.connect(fresh_build)
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    orphans = conn.execute(
        "SELECT f.id FROM figures f LEFT JOIN sources s ON s.id = f.source_id WHERE s.id IS NULL"
    ).fetchall()
    unsourced = conn.execute(
        "SELECT id FROM policies WHERE id NOT IN (SELECT policy_id FROM policy_sources)"
    ).fetchall()
    few = conn.execute(
        "SELECT p.id FROM policies p LEFT JOIN figures f ON f.policy_id = p.id "
        "WHERE p.kind = 'reform' GROUP BY p.id HAVING COUNT(f.id) < 2"
    ).fetchall()
    conn.close()
    assert orphans == []
    assert unsourced == []
    assert few == [], "every reform should carry at least two figures"


def test_every_source_is_a_full_citation(fresh_build):
    conn = sqlite3.connect(fresh_build)
    rows = conn.execute("SELECT id, citation, url, doi FROM sources").fetchall()
    conn.close()
    assert len(rows) >= 10
    for sid, citation, url, doi in rows:
        assert url or doi, sid
        assert len(citation) > 40, (sid, citation)
        # APA 7: a DOI, as a link, stands in for the URL.
        assert (f"https://doi.org/{doi}" if doi else url) in citation, sid


def test_schema_version_and_accent_folding_fts(fresh_build):
    from mxpolicy_gui.dataset import SCHEMA_VERSION

    conn = sqlite3.connect(fresh_build)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    ddl = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'policies_fts'").fetchone()[0]
    assert "remove_diacritics 2" in ddl
    conn.close()


def copy_sources(tmp_path: Path) -> Path:
    target = tmp_path / "sources"
    shutil.copytree(SOURCES_DIR, target)
    return target


def test_malformed_toml_names_the_file(tmp_path):
    src = copy_sources(tmp_path)
    bad = sorted((src / "policies").glob("*.toml"))[3]
    bad.write_text(bad.read_text(encoding="utf-8") + "\nthis is = = not toml\n", encoding="utf-8")
    with pytest.raises(BuildError) as err:
        build_database(src, tmp_path / "out.db")
    assert bad.name in str(err.value)
    assert not (tmp_path / "out.db").exists()


@pytest.mark.parametrize(
    ("old", "new", "problem"),
    [
        ('kind = "innovation"', 'kind = "programme"', "'kind' must be one of"),
        ('source = "corona-trevino-2023"', 'source = "nowhere-1999"', "unknown citation"),
        ("value = ", "value = 'many' #", "'value' must be a number"),
    ],
)
def test_invalid_record_names_file_and_record(tmp_path, old, new, problem):
    src = copy_sources(tmp_path)
    target = src / "policies"
    victim = next(
        p for p in sorted(target.glob("innovation-*.toml")) if old in p.read_text("utf-8")
    )
    text = victim.read_text(encoding="utf-8")
    victim.write_text(text.replace(old, new, 1), encoding="utf-8")
    existing = tmp_path / "existing.db"
    existing.write_bytes(b"previous build")
    with pytest.raises(BuildError) as err:
        build_database(src, existing)
    message = str(err.value)
    assert victim.name in message
    assert problem in message
    record_id = next(line.split('"')[1] for line in text.splitlines() if line.startswith("id = "))
    assert f"record '{record_id}" in message
    assert existing.read_bytes() == b"previous build", "a failed build must not touch the output"


def test_duplicate_policy_id_is_rejected(tmp_path):
    src = copy_sources(tmp_path)
    files = sorted((src / "policies").glob("innovation-*.toml"))
    first_id = next(
        line for line in files[0].read_text("utf-8").splitlines() if line.startswith("id = ")
    )
    second = files[1].read_text("utf-8").splitlines()
    second = [first_id if line.startswith("id = ") else line for line in second]
    files[1].write_text("\n".join(second) + "\n", encoding="utf-8")
    with pytest.raises(BuildError, match="duplicate id"):
        build_database(src, tmp_path / "out.db")


def test_build_command_line_reports_failure_in_one_line(tmp_path, capsys):
    from mxpolicy_gui.compile.__main__ import main

    src = copy_sources(tmp_path)
    (src / "dataset.toml").unlink()
    assert main(["--sources", str(src), "--output", str(tmp_path / "x.db")]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("build failed:") and "dataset.toml" in err and "\n" not in err
