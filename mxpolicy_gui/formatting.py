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


_SINGULAR_EXCEPTIONS = {"people": "person", "children": "child", "men": "man", "women": "woman"}


def _singular_word(word: str) -> str:
    if word in _SINGULAR_EXCEPTIONS:
        return _SINGULAR_EXCEPTIONS[word]
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 2:
        return word[:-1]
    return word


def unit_for(value: float, unit: str | None) -> str:
    """The unit as it reads after `value`: units are stored plural ("statutes"), and one of
    them is "1 statute", "1 barrel per day", "1 constitutional article". The count noun is
    the last word before "per"/"of", or the last word."""
    unit = (unit or "").strip()
    if value != 1 or not unit or not unit[0].isalpha():
        return unit
    words = unit.split(" ")
    end = next((i for i, w in enumerate(words) if w in ("per", "of", "from")), len(words))
    if end == 0:
        return unit
    words[end - 1] = _singular_word(words[end - 1])
    return " ".join(words)


def format_figure_value(figure: Figure, locale: QLocale | None = None) -> str:
    """Value with currency and unit: "MXN 4,310 per month", "18–29 years of age", "54 %"."""
    low = format_scaled(figure.value, locale)
    text = low if figure.value_max is None else f"{low}–{format_scaled(figure.value_max, locale)}"
    if figure.currency:
        text = f"{figure.currency} {text}"
    unit = unit_for(figure.value if figure.value_max is None else 2, figure.unit)
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
