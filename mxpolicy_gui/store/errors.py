"""The one error the store raises: a message a user can act on, never SQL."""

from __future__ import annotations


class StoreError(Exception):
    """The database cannot be used: missing, unreadable, corrupt, foreign or wrong version.

    `str(error)` is written for a person (shown in a dialog or on stderr); the original
    exception, if any, is kept as `__cause__` for logs.
    """


class QueryInterrupted(Exception):
    """A query was stopped by `Store.interrupt()` (from another thread); not an error."""
