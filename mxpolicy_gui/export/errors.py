"""The two exceptions an export raises: a failure a person can act on, and a cancel."""

from __future__ import annotations


class ExportError(Exception):
    """The export could not be written: missing or unwritable folder, disk full, a folder in
    the way. `str(error)` is one line written for a person (a dialog or stderr); the original
    `OSError`, if any, is kept as `__cause__` for logs.
    """


class ExportCancelled(Exception):
    """The caller's `cancelled()` returned True. No file was written or changed."""
