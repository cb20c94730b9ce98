"""How figures and dates read to a person; shared by the detail pane and the PDF report.

Numbers go through QLocale so a Mexican locale shows `4,310` and a Spanish one `4.310`;
nothing here needs a window.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QLocale

from mxpolicy_gui.store.records import Figure

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def display_locale() -> QLocale:
    """The person's locale; the bare "C" locale (no grouping) reads as US English instead."""
    loc = QLocale()
    if loc.language() == QLocale.Language.C:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return loc


def format_number(value: float, locale: QLocale | None = None) -> str:
    """Group thousands; keep every decimal the source gave (0.089284 stays 0.089284)."""
    loc = locale or display_locale()
    if math.isfinite(value) and value == int(value) and abs(value) < 1e15:
        return loc.toString(int(value))
    text = loc.toString(value, "f", 6)
    decimal = loc.decimalPoint()
    if decimal in text:
        text = text.rstrip("0").rstrip(decimal)
    return text


def format_scaled(value: float, locale: QLocale | None = None) -> str:
    """Large sums as "64 billion" so a reader need not count zeros."""
    for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(value) >= size and value % (size / 1000) == 0:
            return f"{format_number(value / size, locale)} {word}"
    return format_number(value, locale)


def format_figure_value(figure: Figure, locale: QLocale | None = None) -> str:
    """Value with currency and unit: "MXN 4,310 per month", "18–29 years of age", "54 %"."""
    low = format_scaled(figure.value, locale)
    text = low if figure.value_max is None else f"{low}–{format_scaled(figure.value_max, locale)}"
    if figure.currency:
        text = f"{figure.currency} {text}"
    unit = (figure.unit or "").strip()
    if unit == "%":
        return f"{text}%"
    return f"{text} {unit}" if unit else text


def format_date(iso: str | None) -> str:
    """ "2013-12-20" → "20 Dec 2013"; partial dates stay partial; None → "—"."""
    if not iso:
        return "—"
    parts = iso.split("-")
    if len(parts) == 1:
        return parts[0]
    month = _MONTHS[int(parts[1]) - 1]
    if len(parts) == 2:
        return f"{month} {parts[0]}"
    return f"{int(parts[2])} {month} {parts[0]}"
