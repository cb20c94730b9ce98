"""Opening a database: read-only, and one clear error for every unusable file."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3

import pytest

from mxpolicy_gui.dataset import SCHEMA_VERSION
from mxpolicy_gui.store import PolicyQuery, Store, StoreError
from tests.helpers import read_only_copy


def sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_opened_read_only(db_path):
    before = sha(db_path)
    connection = Store.open_read_only(db_path)
    try:
        with pytest.raises(sqlite3.OperationalError):
            connection.execute("DELETE FROM policies")
    finally:
        connection.close()
    with Store(db_path) as s:
        s.count(PolicyQuery(text="energía"))
    assert sha(db_path) == before


def test_path_with_spaces_and_non_ascii(db_path, tmp_path):
    folder = tmp_path / "carpeta con espacios ñandú"
    folder.mkdir()
    copy = folder / "política pública.db"
    shutil.copy(db_path, copy)
    with Store(copy) as s:
        assert s.count(PolicyQuery()) == 25


def test_read_only_folder(db_path, tmp_path):
    with read_only_copy(db_path, tmp_path / "ro") as copy, Store(copy) as s:
        assert s.count(PolicyQuery(text="manana")) >= 1


def expect_error(path, *words):
    with pytest.raises(StoreError) as err:
        Store(path)
    message = str(err.value)
    for word in words:
        assert word in message
    assert "Traceback" not in message and "sqlite" not in message.lower()
    return message


def test_missing_file(tmp_path):
    expect_error(tmp_path / "absent.db", "not found", "absent.db")


def test_folder_instead_of_file(tmp_path):
    expect_error(tmp_path, "folder")


def test_empty_file(tmp_path):
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    expect_error(empty, "empty")
    assert empty.read_bytes() == b"", "opening must not write to the file"


def test_random_bytes(tmp_path):
    junk = tmp_path / "junk.db"
    junk.write_bytes(os.urandom(8192))
    expect_error(junk, "damaged")


def test_truncated_copy(db_path, tmp_path):
    cut = tmp_path / "cut.db"
    data = db_path.read_bytes()
    cut.write_bytes(data[: len(data) // 3])
    with pytest.raises(StoreError) as err:
        s = Store(cut)
        # If the header pages survived, the first full query must fail cleanly instead.
        list(s.iter_policies(PolicyQuery()))
        s.count(PolicyQuery(text="energía"))
    assert "damaged" in str(err.value)


def test_database_of_another_app(tmp_path):
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE songs (title TEXT)")
    conn.commit()
    conn.close()
    expect_error(other, "another kind")


@pytest.mark.parametrize(("version", "word"), [(SCHEMA_VERSION + 1, "newer"), (0, "older")])
def test_wrong_schema_version(db_path, tmp_path, version, word):
    copy = tmp_path / "v.db"
    shutil.copy(db_path, copy)
    conn = sqlite3.connect(copy)
    conn.execute(f"PRAGMA user_version = {version}")
    conn.commit()
    conn.close()
    expect_error(copy, word)


def test_unreadable_file(db_path, tmp_path, monkeypatch):
    # Root reads any file whatever its mode, so the refusal is simulated at the open call.
    from pathlib import Path

    copy = tmp_path / "locked.db"
    shutil.copy(db_path, copy)
    real_open = Path.open

    def refuse(self, *args, **kwargs):
        if self == copy:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", refuse)
    expect_error(copy, "cannot be read", "Permission denied")
