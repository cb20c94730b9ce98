"""Every export says where it came from; the database hash is recomputed here with hashlib."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import shutil

import bibtexparser
import pytest
import rispy

from mxpolicy_gui.export.provenance import (
    database_sha256,
    make_provenance,
    provenance_lines,
    sidecar_path,
)
from mxpolicy_gui.export.run import export_to_path
from mxpolicy_gui.store import PolicyQuery
from tests.conftest import DB_PATH

QUERY = PolicyQuery(kind="reform", text="energía", sectors=frozenset({"Energy"}))


def real_hash() -> str:
    return hashlib.sha256(DB_PATH.read_bytes()).hexdigest()


def check(data: dict, info, before: dt.datetime, after: dt.datetime) -> None:
    assert data["database_sha256"] == real_hash()
    assert data["dataset_version"] == info.dataset_version
    assert data["schema_version"] == info.schema_version
    assert data["filters"] == QUERY.describe() == 'reforms; search "energía"; sector: Energy'
    assert data["search"] == "energía" and data["kind"] == "reform"
    moment = dt.datetime.fromisoformat(data["exported_at"].replace("Z", "+00:00"))
    assert moment.tzinfo is not None
    assert before.replace(microsecond=0) <= moment <= after


def test_hash_is_the_sha256_of_the_file_and_follows_changes(tmp_path):
    assert database_sha256(DB_PATH) == real_hash()
    copy = tmp_path / "copy.db"
    shutil.copy(DB_PATH, copy)
    assert database_sha256(copy) == real_hash()
    with copy.open("ab") as fh:
        fh.write(b"\0")
    assert database_sha256(copy) == hashlib.sha256(copy.read_bytes()).hexdigest() != real_hash()


def test_csv_export_writes_a_sidecar(tmp_path, info):
    out = tmp_path / "reforms.csv"
    before = dt.datetime.now(dt.UTC)
    export_to_path(DB_PATH, QUERY, out)
    after = dt.datetime.now(dt.UTC)
    sidecar = sidecar_path(out)
    assert sidecar.name == "reforms.csv.provenance.json"
    data = json.loads(sidecar.read_text(encoding="utf-8"))
    assert data["export"] == "reforms.csv"
    check(data, info, before, after)


def test_csljson_export_writes_a_sidecar_and_stays_an_array(tmp_path, info):
    out = tmp_path / "refs.json"
    before = dt.datetime.now(dt.UTC)
    export_to_path(DB_PATH, QUERY, out)
    after = dt.datetime.now(dt.UTC)
    assert isinstance(json.loads(out.read_text(encoding="utf-8")), list)
    check(json.loads(sidecar_path(out).read_text(encoding="utf-8")), info, before, after)


def comment_fields(text: str) -> dict:
    """The "Label: value" lines of an export's provenance comment, as the sidecar's keys."""
    lines = dict(line.split(": ", 1) for line in text.splitlines() if ": " in line)
    database = lines["Database"].split("SHA-256 ")[1].rstrip("}")
    exported = lines["Exported"].split(" by ")[0]
    return {"database_sha256": database, "exported_at": exported, "records": lines["Records"],
            "search": lines["Search"], "dataset": lines["Dataset"]}


def test_bibtex_and_ris_carry_provenance_in_a_comment(tmp_path, info):
    for name in ("reforms.bib", "reforms.ris"):
        out = tmp_path / name
        before = dt.datetime.now(dt.UTC)
        export_to_path(DB_PATH, QUERY, out)
        after = dt.datetime.now(dt.UTC)
        text = out.read_text(encoding="utf-8")
        if name.endswith(".bib"):
            library = bibtexparser.parse_string(text)
            comment = next(c.comment for c in library.comments if "SHA-256" in c.comment)
            assert library.entries, "the comment must not swallow the entries"
        else:
            comment = text.split("\r\n\r\n", 1)[0]
            assert rispy.loads(text), "RIS readers skip the header"
        fields = comment_fields(comment)
        assert fields["database_sha256"] == real_hash()
        assert fields["records"] == QUERY.describe() and fields["search"] == "energía"
        assert f"version {info.dataset_version}" in fields["dataset"]
        moment = dt.datetime.fromisoformat(fields["exported_at"].replace("Z", "+00:00"))
        assert before.replace(microsecond=0) <= moment <= after
        assert not sidecar_path(out).exists()


def test_lines_for_the_pdf(info):
    when = dt.datetime(2026, 12, 1, 4, 5, 6, tzinfo=dt.UTC)
    lines = provenance_lines(info, QUERY, when)
    assert f"Database: {DB_PATH.name}, SHA-256 {real_hash()}" in lines
    assert "Exported: 2026-12-01T04:05:06Z by mxpolicy " in lines[3]
    assert make_provenance(info, QUERY, when).lines() == lines


def test_background_hash_matches_and_reports_errors(tmp_path):
    from mxpolicy_gui.export.provenance import hash_in_background

    assert hash_in_background(DB_PATH)() == real_hash()
    wait = hash_in_background(tmp_path / "gone.db")
    with pytest.raises(FileNotFoundError):
        wait()
