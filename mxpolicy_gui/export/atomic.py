"""Write a file all at once or not at all.

`atomic_write` writes into a hidden temporary file next to the target (``.<name>.<random>.part``),
fsyncs it and renames it over the target only when the `with` block finished without an
exception. On any exception — a bug, a full disk, `ExportCancelled`, Ctrl+C — the temporary
file is removed and an existing target keeps its old bytes. `OSError`s become `ExportError`
with one line a person can act on; other exceptions pass through unchanged.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from mxpolicy_gui.export.errors import ExportError

PART_SUFFIX = ".part"


def describe_os_error(path: Path, exc: OSError) -> str:
    """One line for a person: what went wrong writing `path` and what to do about it."""
    folder = path.parent
    code = exc.errno
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return f"Cannot write {path}: the disk is full. Free some space or choose another folder."
    if code == errno.ENOENT:
        return f"Cannot write {path}: the folder {folder} does not exist."
    if code == errno.ENOTDIR:
        return f"Cannot write {path}: {folder} is not a folder."
    if code == errno.EISDIR:
        return f"Cannot write {path}: it is a folder. Choose a file name."
    if code in (errno.EACCES, errno.EPERM):
        return (
            f"Cannot write {path}: permission denied. "
            "Choose a folder you can write to, or check the file's permissions."
        )
    if code == errno.EROFS:
        return f"Cannot write {path}: the folder {folder} is on a read-only disk."
    reason = exc.strerror or exc.__class__.__name__
    return f"Cannot write {path}: {reason}."


def _open_temp(target: Path) -> tuple[Path, int]:
    """Create a new, empty temporary file beside `target`; mode 0666 minus the umask."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _ in range(100):
        temp = target.with_name(f".{target.name}.{secrets.token_hex(4)}{PART_SUFFIX}")
        try:
            return temp, os.open(temp, flags, 0o666)
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "could not pick a temporary file name", str(target))


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable where the platform allows it (POSIX); best effort."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


@contextlib.contextmanager
def atomic_write(
    path: os.PathLike[str] | str,
    mode: str = "w",
    *,
    encoding: str | None = None,
    newline: str | None = None,
) -> Iterator[IO[Any]]:
    """Yield a file object for `mode` ("w" text or "wb" binary) that replaces `path` on success.

    Text mode defaults to UTF-8. Raises `ExportError` for anything the file system refuses.
    """
    if mode not in ("w", "wb", "wt"):
        raise ValueError(f"atomic_write writes new files only; mode {mode!r} is not supported")
    target = Path(path)
    if target.is_dir():
        raise ExportError(describe_os_error(target, IsADirectoryError(errno.EISDIR, "")))
    if "b" not in mode and encoding is None:
        encoding = "utf-8"
    try:
        temp, fd = _open_temp(target)
    except OSError as exc:
        raise ExportError(describe_os_error(target, exc)) from exc
    committed = False
    try:
        try:
            handle = os.fdopen(fd, mode, encoding=encoding, newline=newline)
        except BaseException:
            os.close(fd)
            raise
        with handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, target)
        committed = True
        _fsync_folder(target.parent)
    except OSError as exc:
        raise ExportError(describe_os_error(target, exc)) from exc
    finally:
        if not committed:
            with contextlib.suppress(OSError):
                os.remove(temp)
