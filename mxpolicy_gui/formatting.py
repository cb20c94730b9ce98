"""How figures, money and dates read to a person, in the interface's language; the one place
that formats them, for the detail pane, the table and the PDF report alike.

Everything goes through a QLocale: the default one, which `i18n.install_language` sets (es-MX
for Spanish: "27 ago 2019", "$4,310 MXN"; en-US for English: "27 Aug 2019", "MXN 4,310").
Nothing here needs a window.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale

from mxpolicy_gui.vocabulary import status_label, translate

if TYPE_CHECKING:
    from mxpolicy_gui.store.policy_record import Figure, Policy


def display_locale() -> QLocale:
    """The interface's locale; the bare "C" locale (no grouping) reads as US English instead."""
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
    """Large sums as "64 billion" ("64 mil millones") so a reader need not count zeros."""
    for size, word in (
        (1e12, translate("Formatting", "{n} trillion")),
        (1e9, translate("Formatting", "{n} billion")),
        (1e6, translate("Formatting", "{n} million")),
    ):
        if abs(value) >= size and value % (size / 1000) == 0:
            return word.format(n=format_number(value / size, locale))
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


#: Spanish units are stored plural too ("cambios"); one of them reads "1 cambio". A table, not
#: a rule: Spanish adjectives agree with the noun and accents move ("reelecciones" →
#: "reelección"). A test checks that every plural unit in the data has its entry here.
SPANISH_SINGULAR_UNITS = {
    "artículos constitucionales": "artículo constitucional",
    "artículos transitorios": "artículo transitorio",
    "años": "año",
    "años de edad": "año de edad",
    "barriles diarios": "barril diario",
    "cadenas de televisión": "cadena de televisión",
    "cambios": "cambio",
    "centrales eléctricas": "central eléctrica",
    "ciudadanos": "ciudadano",
    "claves": "clave",
    "comisionados": "comisionado",
    "comités": "comité",
    "comunidades": "comunidad",
    "conferencias": "conferencia",
    "congresos estatales": "congreso estatal",
    "contratos": "contrato",
    "días por semana": "día por semana",
    "empleos": "empleo",
    "escuelas": "escuela",
    "estados": "estado",
    "frecuencias": "frecuencia",
    "hectáreas": "hectárea",
    "horas": "hora",
    "hospitales": "hospital",
    "impuestos": "impuesto",
    "indicadores": "indicador",
    "jóvenes": "joven",
    "leyes": "ley",
    "licitaciones": "licitación",
    "localidades": "localidad",
    "meses": "mes",
    "minutos": "minuto",
    "municipios": "municipio",
    "países": "país",
    "periodos": "periodo",
    "personas": "persona",
    "piezas": "pieza",
    "principios": "principio",
    "reelecciones": "reelección",
    "refinerías": "refinería",
    "socios": "socio",
    "sucursales": "sucursal",
    "unidades de salud": "unidad de salud",
    "unidades médicas rurales": "unidad médica rural",
    "votos": "voto",
}


def spanish_unit_for(value: float, unit: str) -> str:
    """The Spanish unit as it reads after `value`: "1 cambio", "2 cambios"."""
    unit = unit.strip()
    return SPANISH_SINGULAR_UNITS.get(unit, unit) if value == 1 else unit


def format_money(amount: str, currency: str) -> str:
    """An amount already formatted, with its currency: "MXN 4,310" / "$4,310 MXN"."""
    if currency == "MXN":
        return translate("Formatting", "MXN {amount}").format(amount=amount)
    return translate("Formatting", "{currency} {amount}").format(currency=currency, amount=amount)


def format_figure_value(
    figure: Figure, locale: QLocale | None = None, unit: str | None = None
) -> str:
    """Value with currency and unit: "MXN 4,310 per month", "18–29 years of age", "54 %".

    `unit` replaces the figure's own: the caller passes the Spanish unit
    (`content.unit_override`). Units are stored plural in both languages and made singular
    here for a value of 1 ("1 statute", "1 ley").
    """
    low = format_scaled(figure.value, locale)
    text = low if figure.value_max is None else f"{low}–{format_scaled(figure.value_max, locale)}"
    if figure.currency:
        text = format_money(text, figure.currency)
    count = figure.value if figure.value_max is None else 2
    unit = unit_for(count, figure.unit) if unit is None else spanish_unit_for(count, unit)
    if unit == "%":
        return f"{text}%"
    return f"{text} {unit}" if unit else text


def format_date(iso: str | None, locale: QLocale | None = None) -> str:
    """ "2013-12-20" → "20 Dec 2013" ("20 dic 2013"); partial dates stay partial; None → "—"."""
    if not iso:
        return "—"
    parts = iso.split("-")
    if len(parts) == 1:
        return parts[0]
    loc = locale or display_locale()
    month = loc.monthName(int(parts[1]), QLocale.FormatType.ShortFormat).rstrip(".")
    if len(parts) == 2:
        return f"{month} {parts[0]}"
    return f"{int(parts[2])} {month} {parts[0]}"


def status_line(policy: Policy) -> str:
    """ "Superseded (as of 16 Jul 2025)": a status says as of when it was last checked (the
    detail pane and the PDF report write it alike)."""
    status = status_label(policy.current_status)
    if not policy.status_as_of:
        return status
    return translate("Formatting", "{status} (as of {date})").format(
        status=status, date=format_date(policy.status_as_of)
    )
