"""Which of a policy's figures make an honest chart, and how its bars are labelled.

A chart compares like with like or it misleads: two bars of "1 statute" each say nothing, and
an expected GDP boost of 1% drawn beside a 5% share of oil output puts two different quantities
on one scale. So a chart is drawn only for

- a *time series*: one figure (same label, unit and currency) stated for two or more years,
  one bar per year; or
- a *comparison*: figures of one unit and currency whose labels share a stem before a colon
  ("Rehabilitation progress: Tula", "Rehabilitation progress: Salina Cruz"), one bar per place
  or part, all for the same year (or none).

Either needs at least two distinct values and bars that can be told apart. A value stated in
two currencies is two figures with different currencies, so it never lands twice in one chart.
Nothing here needs Qt.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from mxpolicy_gui.store.records import Figure

MAX_BARS = 12
SERIES, COMPARISON = "series", "comparison"


@dataclass(frozen=True, slots=True)
class Bar:
    """One bar: the label under it is shorter than the figure's (the shared stem is the
    chart's subject)."""

    label: str
    figure: Figure


@dataclass(frozen=True, slots=True)
class ChartSpec:
    """What one chart draws, decided without Qt so the rule can be tested on plain figures."""

    kind: str  # SERIES or COMPARISON
    subject: str  # what is compared: the figure's label, or the labels' shared stem
    unit: str
    currency: str
    bars: tuple[Bar, ...]

    @property
    def values(self) -> list[float]:
        return [bar.figure.value for bar in self.bars]


def _plain(figures: Iterable[Figure]) -> list[Figure]:
    """Single values only: a range (18–29) has no one bar length."""
    return [f for f in figures if f.value_max is None and f.value >= 0]


def _key(f: Figure) -> tuple[str, str]:
    return (f.unit or "").strip(), (f.currency or "").strip()


def _series(figures: list[Figure]) -> list[ChartSpec]:
    groups: dict[tuple[str, str, str], list[Figure]] = defaultdict(list)
    for f in figures:
        groups[(f.label.strip(), *_key(f))].append(f)
    specs = []
    for (label, unit, currency), members in groups.items():
        by_year: dict[int, list[Figure]] = defaultdict(list)
        for f in members:
            if f.year is not None:
                by_year[f.year].append(f)
        # A year stated with two different values cannot be one bar: leave that year out.
        single = {y: fs[0] for y, fs in by_year.items() if len({x.value for x in fs}) == 1}
        if len(single) < 2 or len({f.value for f in single.values()}) < 2:
            continue
        bars = tuple(Bar(str(y), single[y]) for y in sorted(single))[-MAX_BARS:]
        specs.append(ChartSpec(SERIES, label, unit, currency, bars))
    return specs


def _stem(label: str) -> tuple[str, str] | None:
    stem, sep, rest = label.partition(":")
    if not sep or not stem.strip() or not rest.strip():
        return None
    return stem.strip(), rest.strip()


def _comparisons(figures: list[Figure]) -> list[ChartSpec]:
    groups: dict[tuple[str, str, str], list[tuple[str, Figure]]] = defaultdict(list)
    for f in figures:
        split = _stem(f.label)
        if split:
            groups[(split[0], *_key(f))].append((split[1], f))
    specs = []
    for (stem, unit, currency), members in groups.items():
        years = {f.year for _, f in members}
        parts = [part for part, _ in members]
        if len(years) > 1 or len(set(parts)) != len(parts):
            continue  # bars from several years, or two bars with one label: not comparable
        if len(members) < 2 or len({f.value for _, f in members}) < 2:
            continue
        bars = tuple(Bar(part, f) for part, f in members)[:MAX_BARS]
        specs.append(ChartSpec(COMPARISON, stem, unit, currency, bars))
    return specs


def chart_specs(figures: Sequence[Figure]) -> list[ChartSpec]:
    """The honest charts for these figures, biggest first; empty when none qualifies."""
    plain = _plain(figures)
    specs = _series(plain) + _comparisons(plain)
    specs.sort(key=lambda s: -len(s.bars))
    return specs
