"""The record tables: a complete fixture builds; each broken rule fails naming file and record."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from mxpolicy_gui.compile import BuildError, build_database, records
from tests.helpers import REPO

FIXTURE = REPO / "tests" / "fixtures" / "records"
ALPHA = "policies/reform-01-alpha.toml"
BETA = "policies/innovation-01-beta.toml"
BODIES = "institutions/bodies.toml"


@pytest.fixture(autouse=True)
def complete_records(monkeypatch):
    monkeypatch.setattr(records, "REQUIRE_COMPLETE_RECORDS", True)


@pytest.fixture
def sources(tmp_path) -> Path:
    target = tmp_path / "sources"
    shutil.copytree(FIXTURE, target)
    return target


def edit(sources: Path, name: str, old: str, new: str) -> None:
    path = sources / name
    text = path.read_text(encoding="utf-8")
    assert old in text, f"fixture changed: {old!r} not in {name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def build_error(sources: Path, tmp_path: Path) -> BuildError:
    with pytest.raises(BuildError) as caught:
        build_database(sources, tmp_path / "out.db")
    return caught.value


def test_complete_fixture_builds_every_record_table(sources, tmp_path):
    out = tmp_path / "fixture.db"
    build_database(sources, out)
    conn = sqlite3.connect(out)
    counts = {
        t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
        for t in ("status_history", "instruments", "institutions", "policy_institutions",
                  "policy_links")
    }
    assert counts == {
        "status_history": 4, "instruments": 2, "institutions": 2, "policy_institutions": 2,
        "policy_links": 2,
    }
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert conn.execute(
        "SELECT status, status_as_of, measures_es FROM policies WHERE id = 'alpha-reform'"
    ).fetchone() == ("Superseded", "2025-07-16", "Crear un regulador\nAbrir el mercado")
    assert conn.execute(
        "SELECT kind, period_start, period_end, derived, confidence, label_es FROM figures"
    ).fetchone() == ("legal parameter", "2013-06-11", "2025-07-16", 1, "confirmed",
                     "Mayoría necesaria")
    # The sources cited only by history rows are linked to the policy too.
    assert ("alpha-reform", "dof-later") in conn.execute(
        "SELECT policy_id, source_id FROM policy_sources"
    ).fetchall()
    # Absent confidence means confirmed (data/sources/README.md).
    assert conn.execute(
        "SELECT confidence FROM instruments WHERE id = 'alpha-new-law'"
    ).fetchone() == ("confirmed",)
    conn.close()


# Each case: file, text to replace, replacement, record named, words of the problem.
CASES = [
    pytest.param(ALPHA, 'status = "In force"', 'status = "In effect"',
                 "alpha-reform, history #1", "unknown status 'In effect'", id="unknown-status"),
    pytest.param(ALPHA, 'date = "2025-07-16"\nstatus = "Superseded"',
                 'date = "2012-01-01"\nstatus = "Superseded"',
                 "alpha-reform, history #2", "out of date order", id="history-out-of-order"),
    pytest.param(ALPHA, 'to = "beta-programme"', 'to = "gamma"',
                 "alpha-reform, link #1", "unknown policy 'gamma'", id="link-unknown-policy"),
    pytest.param(BODIES, 'successor = "new-body"', 'successor = "crt"',
                 "old-body", "unknown institution 'crt'", id="unknown-successor"),
    pytest.param(ALPHA, 'status = "Superseded"\nstatus_as_of', 'status = "Repealed"\nstatus_as_of',
                 "alpha-reform", "last history row", id="status-not-last-history"),
    pytest.param(ALPHA, 'status_as_of = "2025-07-16"\n', "",
                 "alpha-reform", "'status_as_of' is missing", id="status-as-of-missing"),
    pytest.param(ALPHA, 'status_as_of = "2025-07-16"', 'status_as_of = "16/07/2025"',
                 "alpha-reform", "full ISO date", id="status-as-of-not-iso"),
    pytest.param(BETA, "[[history]]", "[[not_history]]",
                 "beta-programme", "unknown key", id="history-key-typo"),
    pytest.param(ALPHA, 'source = "dof-later"\nconfidence = "partly confirmed"',
                 'source = "nowhere"\nconfidence = "partly confirmed"',
                 "alpha-reform, history #2", "unknown citation 'nowhere'", id="history-source"),
    pytest.param(ALPHA, 'confidence = "partly confirmed"', 'confidence = "likely"',
                 "alpha-reform, history #2", "unknown confidence 'likely'", id="confidence"),
    pytest.param(ALPHA, 'kind = "law"', 'kind = "statute"',
                 "alpha-reform, instrument alpha-new-law", "unknown kind 'statute'",
                 id="instrument-kind"),
    pytest.param(ALPHA, 'dof_date = "2025-07-16"', 'dof_date = "July 2025"',
                 "alpha-reform, instrument alpha-new-law", "'dof_date' must be ISO",
                 id="instrument-date"),
    pytest.param(ALPHA, 'url = "https://www.diputados', 'url = "file://www.diputados',
                 "alpha-reform, instrument alpha-new-law", "must be http(s)", id="instrument-url"),
    pytest.param(BETA, 'relation = "undoes"', 'relation = "hates"',
                 "beta-programme, link #1", "unknown relation 'hates'", id="link-relation"),
    pytest.param(BETA, 'role = "implements"', 'role = "owns"',
                 "beta-programme, institution #1", "unknown role 'owns'", id="role"),
    pytest.param(BETA, 'institution = "new-body"', 'institution = "ghost"',
                 "beta-programme, institution #1", "unknown institution 'ghost'",
                 id="unknown-institution"),
    pytest.param(BODIES, 'ended = "2025-07-17"', 'ended = "2010-01-01"',
                 "old-body", "before 'created'", id="institution-ends-before-it-starts"),
    pytest.param(ALPHA, 'instrument = "alpha-new-law"', 'instrument = "nope"',
                 "alpha-reform, history #2", "unknown instrument 'nope'",
                 id="history-unknown-instrument"),
    pytest.param(ALPHA, 'measures_es = ["Crear un regulador", "Abrir el mercado"]',
                 'measures_es = ["Crear un regulador"]',
                 "alpha-reform", "'measures_es' has 1 entries", id="measures-es-length"),
    pytest.param(ALPHA, 'summary_es = """Una reforma que creó un regulador."""\n', "",
                 "alpha-reform", "'summary_es' is missing", id="summary-es-missing"),
    pytest.param(BETA, 'note_es = "Deshace parte de alfa"\n', "",
                 "beta-programme, link #1", "'note_es' is missing", id="link-note-es-missing"),
    pytest.param(ALPHA, 'label_es = "Mayoría necesaria"\n', "",
                 "alpha-reform, figure #1", "'label_es' is missing", id="figure-label-es"),
    pytest.param(ALPHA, 'kind = "legal parameter"', 'kind = "guess"',
                 "alpha-reform, figure #1", "unknown kind 'guess'", id="figure-kind"),
    pytest.param(ALPHA, "derived = true", 'derived = "yes"',
                 "alpha-reform, figure #1", "'derived' must be true or false",
                 id="figure-derived"),
    pytest.param(ALPHA, 'period_end = "2025-07-16"', 'period_end = "2001"',
                 "alpha-reform, figure #1", "before 'period_start'", id="figure-period"),
]


@pytest.mark.parametrize(("name", "old", "new", "record", "problem"), CASES)
def test_build_rejects_naming_file_and_record(sources, tmp_path, name, old, new, record, problem):
    edit(sources, name, old, new)
    error = build_error(sources, tmp_path)
    assert error.path.name == Path(name).name
    assert error.record == record
    assert problem in error.problem
    assert Path(name).name in str(error) and record in str(error)


def test_no_history_is_rejected_only_when_records_must_be_complete(sources, tmp_path, monkeypatch):
    path = sources / BETA
    text = path.read_text(encoding="utf-8")
    path.write_text(text[: text.index("[[history]]")] + text[text.index("[[links]]"):], "utf-8")
    error = build_error(sources, tmp_path)
    assert error.record == "beta-programme"
    assert error.problem.startswith("no [[history]] row")
    monkeypatch.setattr(records, "REQUIRE_COMPLETE_RECORDS", False)
    build_database(sources, tmp_path / "lenient.db")


def test_instrument_ids_are_unique_across_files(sources, tmp_path):
    edit(sources, BETA, "[[links]]", (
        '[[instruments]]\nid = "alpha-decree"\nkind = "law"\ntitle_es = "Otra"\n'
        'dof_date = "2019"\nsource = "dof-later"\n\n[[links]]'
    ))
    error = build_error(sources, tmp_path)
    assert error.record == "alpha-reform, instrument alpha-decree"
    assert "duplicate instrument id" in error.problem
