"""One entry point for "export these records to that file", shared by the CLI and the GUI.

The GUI calls `export_to_path` from a worker thread with its own `Store` (stores are not
shared between threads) and passes `progress`/`cancelled`; the CLI calls it with the path of
the database.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from mxpolicy_gui.export.errors import ExportError
from mxpolicy_gui.store import PolicyQuery, Store

FORMATS = ("csv", "pdf")


def format_for_path(path: os.PathLike[str] | str) -> str:
    """"csv" or "pdf" from the file name's extension; ExportError for anything else."""
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix in FORMATS:
        return suffix
    raise ExportError(
        f"Cannot tell the export format from the name {Path(path).name!r}: "
        "end it in .csv or .pdf, or give the format."
    )


def export_to_path(
    store_or_path: Store | os.PathLike[str] | str,
    query: PolicyQuery,
    path: os.PathLike[str] | str,
    fmt: str | None = None,
    *,
    figures: bool = False,
    excel_compatible: bool = True,
    progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Write the records matching `query`, in its sort order, to `path`; return how many rows
    were written (records, or figure rows when `figures`).

    `fmt` is "csv" or "pdf" (None: from the extension). `figures` selects the long-form
    figures CSV instead of one row per policy; the PDF always contains the figures, so
    `figures` is ignored for it. `progress(n)` reports records done, `cancelled()` is polled
    and makes the export raise `ExportCancelled`. A PDF needs a QGuiApplication.
    Raises `ExportError` or `StoreError` with a message for a person.
    """
    fmt = (fmt or format_for_path(path)).lower()
    if fmt not in FORMATS:
        raise ExportError(f"Unknown export format {fmt!r}: use one of {', '.join(FORMATS)}.")
    own = not isinstance(store_or_path, Store)
    store = Store(store_or_path) if own else store_or_path
    if fmt == "csv" and not figures:
        # SQLite builds the lines itself (same bytes as write_policies_csv, 5-10x faster).
        from mxpolicy_gui.export.csv_writer import write_policies_csv_sql

        try:
            return write_policies_csv_sql(
                path, store, query, excel_compatible=excel_compatible, progress=progress,
                cancelled=cancelled,
            )
        finally:
            if own:
                store.close()
    # The one-row-per-policy CSV never shows figures: skipping them halves a 100k export.
    policies = store.iter_policies(query, figures=(fmt == "pdf" or figures))
    try:
        if fmt == "csv":
            from mxpolicy_gui.export.csv_writer import write_figures_csv

            return write_figures_csv(
                path, policies, excel_compatible=excel_compatible, progress=progress,
                cancelled=cancelled,
            )
        from mxpolicy_gui.export.pdf import write_policies_pdf

        return write_policies_pdf(
            path, policies, info=store.info(), filters=query.describe(), progress=progress,
            cancelled=cancelled,
        )
    finally:
        # Finish the record stream while its store is open, also when the export failed
        # half-way: a generator left to the garbage collector would clean up too late.
        close = getattr(policies, "close", None)
        if close is not None:
            close()
        if own:
            store.close()
