"""CSV exports: one row per policy, or one row per figure (long form).

Columns (documented for people who open the files):

`write_policies_csv` — id, kind, number, name_en, name_es, administration, president,
sectors (joined with "; "), agencies ("; "), date (ISO 8601, partial allowed, empty when
unknown), date_kind (start | dof), status, summary, objective, measures (joined with " | "),
sources (full citations joined with " | ").

`write_figures_csv` — policy_id, policy_name_en, label, value, value_max, unit, currency,
year, source_id, source_citation, note. Values are plain numbers in base units (64 billion is
64000000000); a range has its low end in value and its high end in value_max.

Files are UTF-8; `excel_compatible` adds a byte-order mark so Excel reads the accents right.
Text cells starting with = + - @ tab or carriage return get a leading single quote, so a
spreadsheet shows them as text instead of running them as formulas (OWASP "CSV injection").
Numbers are written as numbers: a negative value stays -5, not '-5.

Both writers stream: they hold one chunk of rows at a time, report `progress(records_done)`
about every 500 records, and check `cancelled()` between chunks, raising `ExportCancelled`
(the target is then left as it was, see `atomic.atomic_write`). No Qt import here, so the CSV
command line starts fast.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Callable, Iterable, Iterator
from itertools import islice

from mxpolicy_gui.export.atomic import atomic_write
from mxpolicy_gui.export.errors import ExportCancelled
from mxpolicy_gui.store.records import Policy

POLICY_COLUMNS = (
    "id", "kind", "number", "name_en", "name_es", "administration", "president", "sectors",
    "agencies", "date", "date_kind", "status", "summary", "objective", "measures", "sources",
)
FIGURE_COLUMNS = (
    "policy_id", "policy_name_en", "label", "value", "value_max", "unit", "currency", "year",
    "source_id", "source_citation", "note",
)
LIST_SEPARATOR = "; "
TEXT_SEPARATOR = " | "
CHUNK = 500

#: First characters that make a spreadsheet treat a cell as a formula.
_FORMULA_START = frozenset("=+-@\t\r")

Progress = Callable[[int], None] | None
Cancelled = Callable[[], bool] | None


def neutralise(cell: str) -> str:
    """Prefix a formula-like text cell with a single quote; leave everything else alone."""
    return "'" + cell if cell[:1] in _FORMULA_START else cell


def _number(value: float | None) -> float | int | str:
    """A float as the shortest honest number: 4310.0 → 4310, 0.089284 stays, None → ""."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _policy_rows(policies: Iterable[Policy]) -> Iterator[list]:
    bad = _FORMULA_START
    sep, tsep = LIST_SEPARATOR, TEXT_SEPARATOR
    for p in policies:
        texts = (
            p.id, p.kind, p.name_en, p.name_es, p.administration, p.president,
            sep.join(p.sectors), sep.join(p.agencies), p.date or "", p.date_kind, p.status,
            p.summary, p.objective, tsep.join(p.measures),
            tsep.join(s.citation for s in p.sources),
        )
        t = ["'" + c if c[:1] in bad else c for c in texts]
        yield [t[0], t[1], p.number, *t[2:]]


def _figure_rows(policies: Iterable[Policy]) -> Iterator[list]:
    bad = _FORMULA_START
    for p in policies:
        if not p.figures:
            continue
        citations = {s.id: s.citation for s in p.sources}
        pid = "'" + p.id if p.id[:1] in bad else p.id
        name = "'" + p.name_en if p.name_en[:1] in bad else p.name_en
        for f in p.figures:
            texts = (
                f.label, f.unit or "", f.currency or "", f.source_id,
                citations.get(f.source_id, ""), f.note or "",
            )
            label, unit, currency, source_id, citation, note = (
                "'" + c if c[:1] in bad else c for c in texts
            )
            yield [
                pid, name, label, _number(f.value), _number(f.value_max), unit, currency,
                "" if f.year is None else f.year, source_id, citation, note,
            ]


def _write(
    path: os.PathLike[str] | str,
    header: tuple[str, ...],
    rows_for: Callable[[Iterable[Policy]], Iterator[list]],
    policies: Iterable[Policy],
    excel_compatible: bool,
    progress: Progress,
    cancelled: Cancelled,
) -> int:
    encoding = "utf-8-sig" if excel_compatible else "utf-8"
    it = iter(policies)
    records = rows_written = 0
    with atomic_write(path, "w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow(header)
        while True:
            if cancelled is not None and cancelled():
                raise ExportCancelled
            chunk = list(islice(it, CHUNK))
            if not chunk:
                break
            rows = list(rows_for(chunk))
            writer.writerows(rows)
            records += len(chunk)
            rows_written += len(rows)
            if progress is not None:
                progress(records)
    return rows_written


def write_policies_csv(
    path: os.PathLike[str] | str,
    policies: Iterable[Policy],
    *,
    excel_compatible: bool = True,
    progress: Progress = None,
    cancelled: Cancelled = None,
) -> int:
    """Write one row per policy (columns `POLICY_COLUMNS`); return the number of records."""
    return _write(
        path, POLICY_COLUMNS, _policy_rows, policies, excel_compatible, progress, cancelled
    )


def write_figures_csv(
    path: os.PathLike[str] | str,
    policies: Iterable[Policy],
    *,
    excel_compatible: bool = True,
    progress: Progress = None,
    cancelled: Cancelled = None,
) -> int:
    """Write one row per figure of each policy (columns `FIGURE_COLUMNS`); return the number
    of figure rows. `progress` counts records (policies), like `write_policies_csv`."""
    return _write(
        path, FIGURE_COLUMNS, _figure_rows, policies, excel_compatible, progress, cancelled
    )
