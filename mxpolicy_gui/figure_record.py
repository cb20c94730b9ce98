"""One key figure, as the build reads it and the store hands it out.

Apart from `dataset` so that the window's start, which imports `dataset` for the table's rows,
does not make this dataclass before a figure is shown (docs/performance.md).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Figure:
    """One key figure, as the build reads it from a policy file and the store hands it out:
    one record for both, so a column added to `figures` is added once. The build leaves
    absent text as "" (written as NULL); the store reads NULL as None."""

    label: str
    value: float
    value_max: float | None
    unit: str | None
    currency: str | None
    year: int | None
    source_id: str
    note: str | None = None
    label_es: str | None = None
    unit_es: str | None = None
    note_es: str | None = None
    #: What the number is (legal parameter, target, reported result, ...), whether we computed
    #: it from the stated form, the period it holds for, and how far its source bears it out.
    kind: str | None = None
    derived: bool = False
    period_start: str | None = None
    period_end: str | None = None
    confidence: str = "confirmed"


__all__ = ["Figure"]
