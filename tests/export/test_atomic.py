"""atomic_write: all or nothing, with one-line messages for the file system's refusals."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from mxpolicy_gui.export import atomic
from mxpolicy_gui.export.atomic import atomic_write, describe_os_error
from mxpolicy_gui.export.errors import ExportCancelled, ExportError


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_writes_text_and_binary(tmp_path):
    with atomic_write(tmp_path / "a.txt", "w") as handle:
        handle.write("Jóvenes")
    with atomic_write(tmp_path / "b.bin", "wb") as handle:
        handle.write(b"\x00\x01")
    assert (tmp_path / "a.txt").read_text(encoding="utf-8") == "Jóvenes"
    assert (tmp_path / "b.bin").read_bytes() == b"\x00\x01"
    assert names(tmp_path) == ["a.txt", "b.bin"]


def test_temp_file_is_hidden_beside_the_target_until_the_end(tmp_path):
    with atomic_write(tmp_path / "out.csv") as handle:
        handle.write("x")
        (temp,) = [p for p in tmp_path.iterdir()]
        assert temp.name.startswith(".out.csv.") and temp.name.endswith(".part")
        assert not (tmp_path / "out.csv").exists()
    assert names(tmp_path) == ["out.csv"]


def test_new_file_gets_ordinary_permissions(tmp_path):
    with atomic_write(tmp_path / "p.txt") as handle:
        handle.write("x")
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE((tmp_path / "p.txt").stat().st_mode) == 0o666 & ~umask


@pytest.mark.parametrize("failure", [RuntimeError("bug"), ExportCancelled(), KeyboardInterrupt()])
def test_failure_keeps_the_old_file_and_leaves_no_temp(tmp_path, failure):
    target = tmp_path / "keep.csv"
    target.write_bytes(b"old bytes\r\n")
    with pytest.raises(type(failure)), atomic_write(target) as handle:
        handle.write("new half-written contents")
        raise failure
    assert target.read_bytes() == b"old bytes\r\n"
    assert names(tmp_path) == ["keep.csv"]


def test_failure_without_old_file_leaves_nothing(tmp_path):
    with pytest.raises(RuntimeError), atomic_write(tmp_path / "new.csv") as handle:
        handle.write("x")
        raise RuntimeError
    assert names(tmp_path) == []


def test_missing_folder(tmp_path):
    with pytest.raises(ExportError) as caught, atomic_write(tmp_path / "nope" / "x.csv"):
        pass
    message = str(caught.value)
    assert "does not exist" in message and str(tmp_path / "nope") in message
    assert "\n" not in message


def test_target_is_a_folder(tmp_path):
    with pytest.raises(ExportError, match="is a folder"), atomic_write(tmp_path):
        pass


def test_parent_is_a_file(tmp_path):
    (tmp_path / "file").write_text("x")
    with pytest.raises(ExportError, match="is not a folder"), atomic_write(tmp_path / "file" / "x"):
        pass


def test_permission_denied(tmp_path, monkeypatch):
    def refuse(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(atomic.os, "open", refuse)
    with pytest.raises(ExportError, match="permission denied"), atomic_write(tmp_path / "x"):
        pass


def test_disk_full_during_write(tmp_path):
    target = tmp_path / "keep.csv"
    target.write_bytes(b"old")
    with pytest.raises(ExportError) as caught, atomic_write(target) as handle:
        handle.write("some rows")
        raise OSError(errno.ENOSPC, "No space left on device")
    assert str(caught.value) == (
        f"Cannot write {target}: the disk is full. Free some space or choose another folder."
    )
    assert isinstance(caught.value.__cause__, OSError)
    assert target.read_bytes() == b"old"
    assert names(tmp_path) == ["keep.csv"]


def test_disk_full_at_rename(tmp_path, monkeypatch):
    target = tmp_path / "keep.csv"
    target.write_bytes(b"old")

    def full(*args):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.os, "replace", full)
    with pytest.raises(ExportError, match="disk is full"), atomic_write(target) as handle:
        handle.write("new")
    assert target.read_bytes() == b"old"
    assert names(tmp_path) == ["keep.csv"]


def test_disk_full_at_fsync(tmp_path, monkeypatch):
    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", full)
    with pytest.raises(ExportError, match="disk is full"), atomic_write(tmp_path / "x") as handle:
        handle.write("new")
    assert names(tmp_path) == []


@pytest.mark.parametrize(
    ("code", "words"),
    [
        (errno.ENOSPC, "disk is full"),
        (errno.ENOENT, "does not exist"),
        (errno.EACCES, "permission denied"),
        (errno.EPERM, "permission denied"),
        (errno.EROFS, "read-only"),
        (errno.EISDIR, "is a folder"),
        (errno.EIO, "Input/output error"),
    ],
)
def test_messages_are_one_line(code, words):
    message = describe_os_error(Path("/x/out.csv"), OSError(code, os.strerror(code)))
    assert words in message
    assert message.startswith("Cannot write /x/out.csv: ") and "\n" not in message


def test_rejects_modes_that_are_not_a_fresh_write(tmp_path):
    with pytest.raises(ValueError), atomic_write(tmp_path / "x", "a"):
        pass
