"""Read and validate the TOML source files into plain records.

Validation is strict on purpose: a typo in a hand-edited file must stop the build with the file
and the record named, not reach users as a blank cell or a figure without a source.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mxpolicy_gui.compile.errors import BuildError
from mxpolicy_gui.dataset import KINDS, SECTORS, STATUSES

if TYPE_CHECKING:  # sources.py reads its tables with `_Fields` from here
    from mxpolicy_gui.compile.sources import SourceRecord

_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_ISO_PARTIAL = re.compile(r"^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$")
_CURRENCY = re.compile(r"^[A-Z]{3}$")


@dataclass(frozen=True)
class FigureRecord:
    label: str
    value: float
    value_max: float | None
    unit: str
    currency: str | None
    year: int | None
    source: str
    note: str


@dataclass(frozen=True)
class PolicyRecord:
    id: str
    kind: str
    number: int
    name_en: str
    name_es: str
    administration: str
    president: str
    sectors: tuple[str, ...]
    agencies: tuple[str, ...]
    date: str | None
    date_kind: str
    status: str
    summary: str
    objective: str
    measures: tuple[str, ...]
    sources: tuple[str, ...]
    figures: tuple[FigureRecord, ...] = field(default=())
    source_file: str = ""

    @property
    def year(self) -> int | None:
        return int(self.date[:4]) if self.date else None


class _Fields:
    """Typed access to one TOML table, raising BuildError that names file and record."""

    def __init__(self, path: Path, record: str | None, data: dict[str, Any]) -> None:
        self.path, self.record, self.data = path, record, data

    def fail(self, problem: str) -> BuildError:
        return BuildError(self.path, self.record, problem)

    def text(self, key: str, *, required: bool = True) -> str:
        value = self.data.get(key, "")
        if not isinstance(value, str):
            raise self.fail(f"'{key}' must be text, not {type(value).__name__}")
        value = value.strip()
        if required and not value:
            raise self.fail(f"'{key}' is missing or empty")
        return value

    def texts(self, key: str, *, required: bool = True) -> tuple[str, ...]:
        value = self.data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise self.fail(f"'{key}' must be a list of non-empty texts")
        if required and not value:
            raise self.fail(f"'{key}' must list at least one entry")
        return tuple(v.strip() for v in value)

    def number(self, key: str, *, required: bool = True) -> float | None:
        value = self.data.get(key)
        if value is None and not required:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.fail(f"'{key}' must be a number")
        return float(value)

    def integer(self, key: str, *, required: bool = True) -> int | None:
        value = self.data.get(key)
        if value is None and not required:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(f"'{key}' must be a whole number")
        return value

    def unknown_keys(self, allowed: set[str]) -> None:
        extra = sorted(set(self.data) - allowed)
        if extra:
            raise self.fail(f"unknown key(s): {', '.join(extra)}")


def _load_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise BuildError(path, None, f"not valid TOML: {exc}") from exc
    except UnicodeDecodeError as exc:
        raise BuildError(path, None, f"not UTF-8: {exc}") from exc


_POLICY_KEYS = {
    "id",
    "kind",
    "number",
    "name_en",
    "name_es",
    "administration",
    "president",
    "sectors",
    "agencies",
    "date",
    "date_kind",
    "status",
    "summary",
    "objective",
    "measures",
    "sources",
    "figures",
    # Contract of data/sources/README.md, read by the record tables as they land.
    "status_as_of",
    "summary_es",
    "objective_es",
    "measures_es",
    "history",
    "instruments",
    "links",
    "institutions",
}
_FIGURE_KEYS = {
    "label", "value", "value_max", "unit", "currency", "year", "source", "note",
    "label_es", "unit_es", "note_es", "kind", "period_start", "period_end", "derived",
    "confidence",
}


def _figure(path: Path, pid: str, index: int, data: Any, known: dict[str, SourceRecord]):
    if not isinstance(data, dict):
        raise BuildError(path, pid, f"figure #{index} must be a [[figures]] table")
    f = _Fields(path, f"{pid}, figure #{index}", data)
    f.unknown_keys(_FIGURE_KEYS)
    source = f.text("source")
    if source not in known:
        raise f.fail(f"'source' names unknown citation {source!r}")
    currency = f.text("currency", required=False) or None
    if currency and not _CURRENCY.match(currency):
        raise f.fail(f"'currency' must be an ISO 4217 code like MXN or USD, got {currency!r}")
    year = f.integer("year", required=False)
    if year is not None and not 1900 <= year <= 2100:
        raise f.fail(f"'year' {year} is out of range")
    value = f.number("value")
    value_max = f.number("value_max", required=False)
    if value_max is not None and value is not None and value_max < value:
        raise f.fail("'value_max' is below 'value'")
    return FigureRecord(
        label=f.text("label"),
        value=value,  # type: ignore[arg-type]
        value_max=value_max,
        unit=f.text("unit", required=False),
        currency=currency,
        year=year,
        source=source,
        note=f.text("note", required=False),
    )


def load_policy(path: Path, known: dict[str, SourceRecord]) -> PolicyRecord:
    data = _load_toml(path)
    f = _Fields(path, str(data.get("id") or path.stem), data)
    f.unknown_keys(_POLICY_KEYS)
    pid = f.text("id")
    if not _SLUG.match(pid):
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
    status = f.text("status")
    if status not in STATUSES:
        raise f.fail(f"unknown status {status!r}; allowed: {', '.join(STATUSES)}")
    date = f.text("date", required=False) or None
    if date and not _ISO_PARTIAL.match(date):
        raise f.fail(f"'date' must be ISO 8601 (YYYY, YYYY-MM or YYYY-MM-DD), got {date!r}")
    date_kind = f.text("date_kind")
    if date_kind not in ("start", "dof"):
        raise f.fail("'date_kind' must be 'start' or 'dof'")
    sources = f.texts("sources")
    missing = [s for s in sources if s not in known]
    if missing:
        raise f.fail(f"'sources' names unknown citation(s) {missing}")
    raw_figures = data.get("figures", [])
    if not isinstance(raw_figures, list):
        raise f.fail("'figures' must be [[figures]] tables")
    figures = tuple(_figure(path, pid, i, fig, known) for i, fig in enumerate(raw_figures, 1))
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
        measures=f.texts("measures"),
        sources=sources,
        figures=figures,
        source_file=path.name,
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
