"""CSV exports: one row per policy, or one row per figure (long form).

Columns (documented for people who open the files):

`write_policies_csv` — id, kind, number, name_en, name_es, administration, president,
sectors (joined with "; "), agencies ("; "), date (ISO 8601, partial allowed, empty when
unknown), date_kind (start | dof), status (the current one: the latest row of its history),
status_as_of (ISO date the status was last checked against sources, empty if not yet),
summary, objective, measures (joined with " | "), sources (full citations joined with " | ").

`write_figures_csv` — policy_id, policy_name_en, label, value, value_max, unit, currency,
year, source_id, source_citation, note, kind (legal parameter | target | reported result |
government claim | estimate, empty if not stated), period_start, period_end (ISO, when the
value holds for a period), derived (true when computed from the stated form kept in note),
confidence (confirmed | partly confirmed | unconfirmed). Values are plain numbers in base
units (64 billion is 64000000000); a range has its low end in value and its high end in value_max.

Files follow RFC 4180 (CRLF line ends; text cells always in double quotes, numbers bare)
and are UTF-8; `excel_compatible` adds a byte-order mark so Excel reads the accents right.
Text cells starting with = + - @ tab or carriage return get a leading single quote, so a
spreadsheet shows them as text instead of running them as formulas (OWASP "CSV injection").
Numbers are written as numbers: a negative value stays -5, not '-5.

Both writers stream: they hold one chunk of rows at a time, report `progress(records_done)`
about every 500 records, and check `cancelled()` between chunks, raising `ExportCancelled`
(the target is then left as it was, see `atomic.atomic_write`). No Qt import here, so the CSV
command line starts fast.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import TYPE_CHECKING, TypedDict, Unpack

from mxpolicy_gui.dataset import CSV_EOL, CSV_TEXT_SEPARATOR
from mxpolicy_gui.export.atomic import atomic_write
from mxpolicy_gui.export.errors import ExportCancelled
from mxpolicy_gui.store.query import PolicyQuery
from mxpolicy_gui.store.records import Policy
from mxpolicy_gui.vocabulary import LIST_SEPARATOR

if TYPE_CHECKING:
    from mxpolicy_gui.store import Store

POLICY_COLUMNS = (
    "id", "kind", "number", "name_en", "name_es", "administration", "president", "sectors",
    "agencies", "date", "date_kind", "status", "status_as_of", "summary", "objective",
    "measures", "sources",
)
FIGURE_COLUMNS = (
    "policy_id", "policy_name_en", "label", "value", "value_max", "unit", "currency", "year",
    "source_id", "source_citation", "note", "kind", "period_start", "period_end", "derived",
    "confidence",
)
#: Column titles for `headers="es"`: the same columns, named in Spanish. The default names
#: above are the stable machine names (scripts can rely on them in any language).
SPANISH_TITLES = {
    "id": "id", "kind": "tipo", "number": "numero", "name_en": "nombre_en",
    "name_es": "nombre_es", "administration": "sexenio", "president": "presidente",
    "sectors": "sectores", "agencies": "dependencias", "date": "fecha",
    "date_kind": "tipo_de_fecha", "status": "estado", "summary": "resumen",
    "objective": "objetivo", "measures": "medidas", "sources": "fuentes",
    "policy_id": "id_politica", "policy_name_en": "nombre_politica_en", "label": "cifra",
    "value": "valor", "value_max": "valor_max", "unit": "unidad", "currency": "moneda",
    "year": "anio", "source_id": "id_fuente", "source_citation": "cita_fuente", "note": "nota",
    "status_as_of": "estado_al", "period_start": "periodo_inicio", "period_end": "periodo_fin",
    "derived": "derivada", "confidence": "confianza",
}
HEADERS = ("en", "es")
#: Columns written as bare numbers; every other cell is quoted text. The cell builders below
#: follow the column order above (tests check header and cells agree).
_POLICY_NUMBERS = ("number",)
_FIGURE_NUMBERS = ("value", "value_max", "year")
_POLICY_TEXT_CELLS = len(POLICY_COLUMNS) - len(_POLICY_NUMBERS)
_FIGURE_TEXT_CELLS = len(FIGURE_COLUMNS) - len(_FIGURE_NUMBERS)
TEXT_SEPARATOR = CSV_TEXT_SEPARATOR
CHUNK = 500
EOL = CSV_EOL

#: First characters that make a spreadsheet treat a cell as a formula.
_FORMULA_START = frozenset("=+-@\t\r")

Progress = Callable[[int], None] | None
Cancelled = Callable[[], bool] | None


def neutralise(cell: str) -> str:
    """Prefix a formula-like text cell with a single quote; leave everything else alone."""
    return "'" + cell if cell[:1] in _FORMULA_START else cell


def quote(cell: str) -> str:
    """One text cell as CSV: neutralised, then always quoted (RFC 4180), quotes doubled."""
    return '"' + neutralise(cell).replace('"', '""') + '"'


def _number(value: float | int | None) -> str:
    """A number as the shortest honest text: 4310.0 → 4310, 0.089284 stays, None → ""."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return repr(value) if isinstance(value, float) else str(value)


# Speed. The csv module looks up every character through a function call and was the
# bottleneck (docs/performance.md, "Measurements behind the code"), and per-cell Python
# work is not much better. So the fast path does per-record work only where it must (one
# `join` of the record's cells, each text cell between two control characters) and does the
# CSV work once per chunk of 500 records, in C: one regex neutralises formula cells, then
# quotes are doubled and the two markers become quotes. A record whose own text contains a
# marker character would confuse that, so each chunk counts the markers first and falls back
# to the plain per-cell builders (`policy_line`, `figure_lines`), which define the output;
# the tests check that both paths agree.

_OPEN = "\x1f"  # where a text cell's opening quote goes
_CLOSE = "\x1e"  # where a text cell's closing quote goes
_FORMULA_CELL = re.compile("\x1f([=+\\-@\t\r])")


def _finish_chunk(joined: list[str], cells_per_line: int) -> str | None:
    """Turn marked-up lines into CSV text, or None if some cell itself held a marker."""
    text = EOL.join(joined) + EOL
    expected = cells_per_line * len(joined)
    if text.count(_OPEN) != expected or text.count(_CLOSE) != expected:
        return None
    return (
        _FORMULA_CELL.sub("\x1f'\\1", text)
        .replace('"', '""')
        .replace(_OPEN, '"')
        .replace(_CLOSE, '"')
    )


def _policy_texts(p: Policy) -> tuple[str, ...]:
    """The text cells after `number`, in `POLICY_COLUMNS` order."""
    sep, tsep = LIST_SEPARATOR, TEXT_SEPARATOR
    return (
        p.name_en, p.name_es, p.administration, p.president, sep.join(p.sectors),
        sep.join(p.agencies), p.date or "", p.date_kind, p.status, p.status_as_of or "",
        p.summary, p.objective, tsep.join(p.measures), tsep.join([s.citation for s in p.sources]),
    )


def policy_line(p: Policy) -> str:
    """One policy as a CSV line (without the line end), one cell at a time."""
    cells = ",".join(quote(c) for c in _policy_texts(p))
    return f"{quote(p.id)},{quote(p.kind)},{p.number},{cells}"


def policy_chunk(chunk: list[Policy]) -> tuple[str, int]:
    # `_policy_texts` inlined: a call per record costs a fifth of the time here.
    o, c, sep, tsep = _OPEN, _CLOSE, LIST_SEPARATOR, TEXT_SEPARATOR
    join = f"{c},{o}".join
    joined = [
        f"{o}{p.id}{c},{o}{p.kind}{c},{p.number},{o}"
        + join((
            p.name_en, p.name_es, p.administration, p.president, sep.join(p.sectors),
            sep.join(p.agencies), p.date or "", p.date_kind, p.status, p.status_as_of or "",
            p.summary, p.objective, tsep.join(p.measures),
            tsep.join([s.citation for s in p.sources]),
        ))
        + c
        for p in chunk
    ]
    text = _finish_chunk(joined, _POLICY_TEXT_CELLS)
    if text is None:
        text = "".join(policy_line(p) + EOL for p in chunk)
    return text, len(chunk)


def _figure_cells(p: Policy) -> Iterator[tuple[str, ...]]:
    """Per figure: the cells of `FIGURE_COLUMNS`, with the numbers already as text."""
    citations = {s.id: s.citation for s in p.sources}
    number = _number
    for f in p.figures:
        yield (
            p.id, p.name_en, f.label, number(f.value), number(f.value_max), f.unit or "",
            f.currency or "", "" if f.year is None else str(f.year), f.source_id,
            citations.get(f.source_id, ""), f.note or "", f.kind or "", f.period_start or "",
            f.period_end or "", "true" if f.derived else "false", f.confidence,
        )


def figure_lines(chunk: list[Policy]) -> Iterator[str]:
    """Figure rows as CSV lines (without line ends), one cell at a time."""
    for p in chunk:
        for pid, name, label, value, vmax, unit, cur, year, sid, cit, note, *rest in _figure_cells(
            p
        ):
            yield (
                f"{quote(pid)},{quote(name)},{quote(label)},{value},{vmax},{quote(unit)},"
                f"{quote(cur)},{year},{quote(sid)},{quote(cit)},{quote(note)},"
                + ",".join(quote(r) for r in rest)
            )


def figure_chunk(chunk: list[Policy]) -> tuple[str, int]:
    o, c = _OPEN, _CLOSE
    tail = f"{c},{o}".join
    joined = [
        f"{o}{pid}{c},{o}{name}{c},{o}{label}{c},{value},{vmax},{o}{unit}{c},{o}{cur}{c},"
        f"{year},{o}{sid}{c},{o}{cit}{c},{o}{note}{c},{o}{tail(rest)}{c}"
        for p in chunk
        for pid, name, label, value, vmax, unit, cur, year, sid, cit, note, *rest in _figure_cells(
            p
        )
    ]
    if not joined:
        return "", 0
    text = _finish_chunk(joined, _FIGURE_TEXT_CELLS)
    if text is None:
        text = "".join(line + EOL for line in figure_lines(chunk))
    return text, len(joined)


class Options(TypedDict, total=False):
    """What every CSV writer takes besides the target and the records. `excel_compatible`
    (default True) adds a byte-order mark; `headers` ("en", the default, or "es") names the
    columns (`column_titles`); `progress(records_done)` and `cancelled()` as above."""

    excel_compatible: bool
    progress: Progress
    cancelled: Cancelled
    headers: str


def _write(
    path: os.PathLike[str] | str,
    columns: tuple[str, ...],
    chunk_text: Callable[[list[Policy]], tuple[str, int]],
    policies: Iterable[Policy],
    *,
    excel_compatible: bool = True,
    progress: Progress = None,
    cancelled: Cancelled = None,
    headers: str = "en",
) -> int:
    encoding = "utf-8-sig" if excel_compatible else "utf-8"
    it = iter(policies)
    records = lines = 0
    with atomic_write(path, "w", encoding=encoding, newline="") as handle:
        handle.write(",".join(column_titles(columns, headers)) + EOL)
        while True:
            if cancelled is not None and cancelled():
                raise ExportCancelled
            chunk = list(islice(it, CHUNK))
            if not chunk:
                break
            text, n = chunk_text(chunk)
            handle.write(text)
            records += len(chunk)
            lines += n
            if progress is not None:
                progress(records)
    return lines


def column_titles(columns: tuple[str, ...], headers: str = "en") -> tuple[str, ...]:
    """The header row: machine names ("en", the default), or their Spanish ("es")."""
    return tuple(SPANISH_TITLES[c] for c in columns) if headers == "es" else columns


def write_policies_csv(
    path: os.PathLike[str] | str, policies: Iterable[Policy], **options: Unpack[Options]
) -> int:
    """Write one row per policy (columns `POLICY_COLUMNS`); return the number of records."""
    return _write(path, POLICY_COLUMNS, policy_chunk, policies, **options)


def write_figures_csv(
    path: os.PathLike[str] | str, policies: Iterable[Policy], **options: Unpack[Options]
) -> int:
    """Write one row per figure of each policy (columns `FIGURE_COLUMNS`); return the number
    of figure rows. `progress` counts records (policies), like `write_policies_csv`."""
    return _write(path, FIGURE_COLUMNS, figure_chunk, policies, **options)


def write_policies_csv_sql(
    path: os.PathLike[str] | str,
    store: Store,
    query: PolicyQuery,
    *,
    excel_compatible: bool = True,
    progress: Progress = None,
    cancelled: Cancelled = None,
    headers: str = "en",
) -> int:
    """`write_policies_csv` of `store.iter_policies(query)`, byte for byte, from the lines the
    build stored (`Store.iter_policy_csv`, a block of `CHUNK` lines at a time, each written
    at once): no record objects. Returns the number of records."""
    blocks = store.iter_policy_csv(query, batch=CHUNK)
    records = 0
    try:
        with atomic_write(path, "wb") as handle:
            header = ",".join(column_titles(POLICY_COLUMNS, headers)) + EOL
            handle.write((("\ufeff" if excel_compatible else "") + header).encode())
            for block, n in blocks:
                if cancelled is not None and cancelled():
                    raise ExportCancelled
                handle.write(block)
                records += n
                if progress is not None:
                    progress(records)
            if cancelled is not None and cancelled():
                raise ExportCancelled
    finally:
        blocks.close()
    return records
