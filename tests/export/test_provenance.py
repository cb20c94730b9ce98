"""Every export says where it came from; the database hash is recomputed here with hashlib."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil

import bibtexparser
import pytest
import rispy

from mxpolicy_gui.export import provenance
from mxpolicy_gui.export.provenance import (
    database_sha256,
    hash_cache_file,
    make_provenance,
    provenance_lines,
    sidecar_path,
)
from mxpolicy_gui.export.run import export_to_path
from mxpolicy_gui.store import PolicyQuery
from tests.helpers import DB_PATH

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


def _new_process(monkeypatch) -> None:
    """Forget the hashes this process already knows, as a fresh run would."""
    monkeypatch.setattr(provenance, "_hash_cache", {})


def test_hash_is_kept_across_runs_in_the_cache_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    copy = tmp_path / "copy.db"
    shutil.copy(DB_PATH, copy)
    assert database_sha256(copy) == real_hash()
    kept = json.loads(hash_cache_file().read_text(encoding="utf-8"))
    assert hash_cache_file() == tmp_path / "cache" / "mxpolicy" / "database-sha256.json"
    assert [entry["sha256"] for entry in kept.values()] == [real_hash()]
    # A fresh run takes the kept hash without reading the file: prove it with a planted one.
    entry = kept[str(copy.resolve())]
    entry["sha256"] = "0" * 64
    hash_cache_file().write_text(json.dumps(kept), encoding="utf-8")
    _new_process(monkeypatch)
    assert database_sha256(copy) == "0" * 64


def test_a_kept_hash_is_never_used_for_a_changed_file(tmp_path, monkeypatch):
    """Same size, same modification time, other bytes: the change time gives it away."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    copy = tmp_path / "copy.db"
    shutil.copy(DB_PATH, copy)
    assert database_sha256(copy) == real_hash()
    before = copy.stat()
    data = bytearray(copy.read_bytes())
    data[-1] ^= 0xFF
    copy.write_bytes(bytes(data))
    os.utime(copy, ns=(before.st_atime_ns, before.st_mtime_ns))
    after = copy.stat()
    assert (after.st_size, after.st_mtime_ns) == (before.st_size, before.st_mtime_ns)
    _new_process(monkeypatch)
    assert database_sha256(copy) == hashlib.sha256(bytes(data)).hexdigest() != real_hash()


@pytest.mark.parametrize("content", ["not json", "[1, 2]", '{"x": 5}', None])
def test_a_broken_or_unwritable_cache_only_costs_a_hash(tmp_path, monkeypatch, content):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    folder = tmp_path / "cache" / "mxpolicy"
    if content is None:  # the cache folder is a file: nothing can be kept
        (tmp_path / "cache").mkdir()
        folder.write_text("in the way")
    else:
        folder.mkdir(parents=True)
        hash_cache_file().write_text(content, encoding="utf-8")
    copy = tmp_path / "copy.db"
    shutil.copy(DB_PATH, copy)
    assert database_sha256(copy) == real_hash()
    _new_process(monkeypatch)
    assert database_sha256(copy) == real_hash()


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
