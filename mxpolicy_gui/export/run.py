"""One entry point for "export these records to that file", shared by the CLI and the GUI.

The GUI calls `export_to_path` from a worker thread with its own `Store` (stores are not
shared between threads) and passes `progress`/`cancelled`; the CLI calls it with the path of
the database.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from mxpolicy_gui.export.citations import EXTENSIONS
from mxpolicy_gui.export.citations import FORMATS as CITATION_FORMATS
from mxpolicy_gui.export.errors import ExportError
from mxpolicy_gui.export.provenance import hash_in_background, make_provenance, write_sidecar
from mxpolicy_gui.store import PolicyQuery, Store

#: Record exports, then the citation exports (the works behind the records).
FORMATS = ("csv", "pdf", *CITATION_FORMATS)
TIMELINE_PAGE_MAX = 500  # policies in the database up to which the PDF gets a timeline page
_BY_SUFFIX = {".csv": "csv", ".pdf": "pdf", **{ext: f for f, ext in EXTENSIONS.items()}}


def format_for_path(path: os.PathLike[str] | str) -> str:
    """The format from the file name's extension (.csv, .pdf, .bib, .ris, .json);
    ExportError for anything else."""
    suffix = Path(path).suffix.lower()
    if suffix in _BY_SUFFIX:
        return _BY_SUFFIX[suffix]
    raise ExportError(
        f"Cannot tell the export format from the name {Path(path).name!r}: "
        "end it in .csv, .pdf, .bib, .ris or .json, or give the format."
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
    language: str = "en",
    headers: str = "en",
) -> int:
    """Write the records matching `query`, in its sort order, to `path`; return how many rows
    were written (records, figure rows when `figures`, or works for a citation format).

    `fmt` is "csv", "pdf", "bibtex", "ris" or "csljson" (None: from the extension). A CSV
    gets a provenance sidecar (`provenance.sidecar_path`); a citation file states its
    provenance in a comment (CSL-JSON: in a sidecar). `figures` selects the long-form
    figures CSV instead of one row per policy; the PDF always contains the figures, so
    `figures` is ignored for it. `progress(n)` reports records done, `cancelled()` is polled
    and makes the export raise `ExportCancelled`. A PDF needs a QGuiApplication.
    `language` ("en" or "es") picks the CSV's text (the PDF follows the installed interface
    language, which the caller sets; Spanish labels need the Spanish catalogue installed);
    `headers` names the CSV's columns (`csv_writer.column_titles`).
    Raises `ExportError` or `StoreError` with a message for a person.
    """
    fmt = (fmt or format_for_path(path)).lower()
    if fmt not in FORMATS:
        raise ExportError(f"Unknown export format {fmt!r}: use one of {', '.join(FORMATS)}.")
    own = not isinstance(store_or_path, Store)
    store = store_or_path if isinstance(store_or_path, Store) else Store(os.fspath(store_or_path))
    # The one-row-per-policy CSV never shows figures: reading them would double its time.
    policies = store.iter_policies(query, figures=(fmt == "pdf" or (fmt == "csv" and figures)))
    # Every format but the PDF states its provenance, with the database file's hash.
    sha256 = hash_in_background(store.path) if fmt != "pdf" else lambda: ""
    try:
        if fmt in CITATION_FORMATS:
            from mxpolicy_gui.export.citations import write_citations

            provenance = make_provenance(store.info(), query, sha256=sha256())
            return write_citations(
                path, fmt, policies, provenance, progress=progress, cancelled=cancelled
            )
        if fmt == "csv":
            from mxpolicy_gui.content import localized
            from mxpolicy_gui.export.csv_writer import (
                write_figures_csv,
                write_policies_csv,
                write_policies_csv_sql,
            )

            if not figures and language == "en":
                # the lines the build stored (the same bytes as write_policies_csv)
                count = write_policies_csv_sql(
                    path, store, query, excel_compatible=excel_compatible, progress=progress,
                    cancelled=cancelled, headers=headers,
                )
            else:
                writer = write_figures_csv if figures else write_policies_csv
                rows = policies if language == "en" else (localized(p, language) for p in policies)
                count = writer(
                    path, rows, excel_compatible=excel_compatible, progress=progress,
                    cancelled=cancelled, headers=headers,
                )
            write_sidecar(path, make_provenance(store.info(), query, sha256=sha256()))
            return count
        from mxpolicy_gui.export.pdf import write_policies_pdf

        info = store.info()
        # The timeline page shows the whole dataset (filtered records in colour); past a few
        # hundred policies it is a blur of clusters, so large databases go without it.
        small = sum(info.counts.values()) <= TIMELINE_PAGE_MAX
        return write_policies_pdf(
            path, policies, info=info, filters=query.describe(), progress=progress,
            cancelled=cancelled, timeline=store.timeline() if small else None,
            timeline_ids=store.matching_ids(query) if small else None,
        )
    finally:
        # Finish the record stream while its store is open, also when the export failed
        # half-way: a generator left to the garbage collector would clean up too late.
        close = getattr(policies, "close", None)
        if close is not None:
            close()
        if own:
            store.close()
