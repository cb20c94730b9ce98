"""Read and validate the TOML source files into plain records.

Validation is strict on purpose: a typo in a hand-edited file must stop the build with the file
and the record named, not reach users as a blank cell or a figure without a source.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mxpolicy_gui.compile.errors import BuildError
from mxpolicy_gui.compile.fields import CURRENCY, SLUG, Fields, load_toml
from mxpolicy_gui.compile.record_tables import (
    HistoryRecord,
    InstrumentRecord,
    LinkRecord,
    RoleRecord,
    check_history_ends_in_status,
    read_history,
    read_instruments,
    read_links,
    read_roles,
)
from mxpolicy_gui.dataset import (
    CONFIDENCE,
    FIGURE_KINDS,
    KINDS,
    SECTORS,
    STATUSES,
    PolicyFields,
)
from mxpolicy_gui.figure_record import Figure
from mxpolicy_gui.vocabulary import DATE_KINDS

if TYPE_CHECKING:
    from mxpolicy_gui.compile.sources import SourceRecord

#: Every policy file must carry its full record: `status_as_of`, at least one [[history]] row
#: and every Spanish text. On since the 25 records landed; set False only to build a partial
#: source folder (what is present is still checked, what is absent is then allowed).
REQUIRE_COMPLETE_RECORDS = True

@dataclass(frozen=True)
class PolicyRecord(PolicyFields):
    """A policy as its source file states it: the shared fields, then citations by id."""

    sources: tuple[str, ...]
    figures: tuple[Figure, ...] = field(default=())
    source_file: str = ""
    status_as_of: str = ""
    summary_es: str = ""
    objective_es: str = ""
    measures_es: tuple[str, ...] = ()
    history: tuple[HistoryRecord, ...] = ()
    instruments: tuple[InstrumentRecord, ...] = ()
    links: tuple[LinkRecord, ...] = ()
    institutions: tuple[RoleRecord, ...] = ()

    def cited(self) -> list[str]:
        """Every citation this policy's text, figures and record name, first use first."""
        return list(
            dict.fromkeys(
                [
                    *self.sources,
                    *(f.source_id for f in self.figures),
                    *(h.source for h in self.history),
                    *(i.source for i in self.instruments),
                    *(link.source for link in self.links),
                ]
            )
        )

    @property
    def year(self) -> int | None:
        return int(self.date[:4]) if self.date else None


#: The keys a policy file may hold: the record's fields (the file name is added by the build).
_POLICY_KEYS = {f.name for f in fields(PolicyRecord)} - {"source_file"}
#: A figure names its citation `source` in the file; the record calls it `source_id`.
_FIGURE_KEYS = {f.name for f in fields(Figure)} - {"source_id"} | {"source"}


def _figure(
    path: Path, pid: str, index: int, data: Any, known: dict[str, SourceRecord], complete: bool
) -> Figure:
    if not isinstance(data, dict):
        raise BuildError(path, pid, f"figure #{index} must be a [[figures]] table")
    f = Fields(path, f"{pid}, figure #{index}", data)
    f.unknown_keys(_FIGURE_KEYS)
    source = f.text("source")
    if source not in known:
        raise f.fail(f"'source' names unknown citation {source!r}")
    currency = f.text("currency", required=False) or None
    if currency and not CURRENCY.match(currency):
        raise f.fail(f"'currency' must be an ISO 4217 code like MXN or USD, got {currency!r}")
    year = f.integer("year", required=False)
    if year is not None and not 1900 <= year <= 2100:
        raise f.fail(f"'year' {year} is out of range")
    value = f.number("value")
    value_max = f.number("value_max", required=False)
    if value_max is not None and value is not None and value_max < value:
        raise f.fail("'value_max' is below 'value'")
    period_start, period_end = f.date("period_start"), f.date("period_end")
    if period_start and period_end and period_end[: len(period_start)] < period_start[
        : len(period_end)
    ]:
        raise f.fail(f"'period_end' {period_end} is before 'period_start' {period_start}")
    label, unit, note = f.text("label"), f.text("unit", required=False), f.text(
        "note", required=False
    )
    spanish = {}
    for key, english in (("label_es", label), ("unit_es", unit), ("note_es", note)):
        spanish[key] = f.text(key, required=False)
        if complete and english and not spanish[key]:
            raise f.fail(f"'{key}' is missing (the Spanish text of the English one)")
    kind = f.choice("kind", FIGURE_KINDS, required=False)
    return Figure(
        label=label,
        value=value,  # type: ignore[arg-type]  # required: f.number raised if it was missing
        value_max=value_max,
        unit=unit,
        currency=currency,
        year=year,
        source_id=source,
        note=note,
        kind=kind,
        period_start=period_start,
        period_end=period_end,
        derived=f.flag("derived"),
        confidence=f.choice("confidence", CONFIDENCE, default="confirmed"),
        **spanish,
    )


def load_policy(path: Path, known: dict[str, SourceRecord]) -> PolicyRecord:
    data = load_toml(path)
    f = Fields(path, str(data.get("id") or path.stem), data)
    f.unknown_keys(_POLICY_KEYS)
    pid = f.text("id")
    if not SLUG.match(pid):
        raise f.fail("'id' must be a lower-case slug (a-z, 0-9, hyphens)")
    kind = f.text("kind")
    if kind not in KINDS:
        raise f.fail(f"'kind' must be one of {', '.join(KINDS)}, got {kind!r}")
    number = f.integer("number")
    if number is None or number < 1:
        raise f.fail("'number' must be a positive whole number")
    sectors = f.texts("sectors")
    bad = [s for s in sectors if s not in SECTORS]
    if bad:
        raise f.fail(f"unknown sector(s) {bad}; allowed: {', '.join(SECTORS)}")
    status = f.choice("status", STATUSES)
    date = f.date("date") or None
    date_kind = f.text("date_kind")
    if date_kind not in DATE_KINDS:
        raise f.fail(f"'date_kind' must be one of {', '.join(DATE_KINDS)}")
    sources = f.texts("sources")
    missing = [s for s in sources if s not in known]
    if missing:
        raise f.fail(f"'sources' names unknown citation(s) {missing}")
    raw_figures = data.get("figures", [])
    if not isinstance(raw_figures, list):
        raise f.fail("'figures' must be [[figures]] tables")
    complete = REQUIRE_COMPLETE_RECORDS
    figures = tuple(
        _figure(path, pid, i, fig, known, complete) for i, fig in enumerate(raw_figures, 1)
    )
    cited = set(known)
    history = read_history(f, pid, cited, complete)
    if complete and not history:
        raise f.fail("no [[history]] row: every policy states how its status came to be")
    check_history_ends_in_status(f, status, history)
    status_as_of = f.day("status_as_of", required=complete)
    measures = f.texts("measures")
    spanish = {key: f.text(key, required=complete) for key in ("summary_es", "objective_es")}
    measures_es = f.texts("measures_es", required=complete)
    if measures_es and len(measures_es) != len(measures):
        raise f.fail(
            f"'measures_es' has {len(measures_es)} entries, 'measures' {len(measures)}: "
            "they are the same list in two languages"
        )
    return PolicyRecord(
        id=pid,
        kind=kind,
        number=number,
        name_en=f.text("name_en"),
        name_es=f.text("name_es"),
        administration=f.text("administration"),
        president=f.text("president"),
        sectors=sectors,
        agencies=f.texts("agencies"),
        date=date,
        date_kind=date_kind,
        status=status,
        summary=f.text("summary"),
        objective=f.text("objective"),
        measures=measures,
        sources=sources,
        figures=figures,
        source_file=path.name,
        status_as_of=status_as_of,
        measures_es=measures_es,
        history=history,
        instruments=read_instruments(f, pid, cited),
        links=read_links(f, pid, cited, complete),
        institutions=read_roles(f, pid),
        **spanish,
    )


def load_policies(paths: list[Path], known: dict[str, SourceRecord]) -> list[PolicyRecord]:
    policies = [load_policy(p, known) for p in paths]
    seen_ids: dict[str, str] = {}
    seen_numbers: dict[tuple[str, int], str] = {}
    for p in policies:
        if p.id in seen_ids:
            raise BuildError(p.source_file, p.id, f"duplicate id (also in {seen_ids[p.id]})")
        seen_ids[p.id] = p.source_file
        key = (p.kind, p.number)
        if key in seen_numbers:
            raise BuildError(
                p.source_file,
                p.id,
                f"{p.kind} number {p.number} is also used by {seen_numbers[key]}",
            )
        seen_numbers[key] = p.source_file
    return policies
