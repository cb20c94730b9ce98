"""The Spanish catalogue is complete and current, compiles, and the language choice and the
locale-aware formatting behave as documented."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, QTranslator

from mxpolicy_gui import catalogues, i18n
from mxpolicy_gui.cli.main import window_arguments
from mxpolicy_gui.formatting import format_date, format_figure_value
from mxpolicy_gui.store.records import Figure

_PLACEHOLDER = re.compile(r"\{[A-Za-z_]*\}|%\d|%n")


def messages(path) -> list[tuple[str, str, ET.Element]]:
    """(context, source, translation element) of every message of a .ts file."""
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.append((name, message.findtext("source") or "", message.find("translation")))
    return found


def texts_of(translation: ET.Element) -> list[str]:
    """The translated text, or each plural form of a message with a count (`%n`)."""
    forms = [f.text or "" for f in translation.findall("numerusform")]
    return forms or [translation.text or ""]


def test_every_spanish_string_is_translated():
    entries = messages(catalogues.ts_path("es"))
    assert len(entries) > 200
    unfinished = [
        (ctx, src) for ctx, src, tr in entries
        if tr is None
        or tr.get("type") in {"unfinished", "vanished", "obsolete"}
        or not all(texts_of(tr))
    ]
    assert unfinished == []


def test_translations_keep_placeholders_and_accelerators():
    for ctx, src, tr in messages(catalogues.ts_path("es")):
        for text in texts_of(tr):
            wanted, got = _PLACEHOLDER.findall(src), _PLACEHOLDER.findall(text)
            assert sorted(wanted) == sorted(got), (ctx, src)
            assert ("&" in src) == ("&" in text), (ctx, src)


def test_the_catalogue_holds_every_string_of_the_code(tmp_path):
    """lupdate over today's code finds nothing new: 0 unfinished, 0 untranslated."""
    shutil.copy(catalogues.ts_path("es"), tmp_path)
    report = catalogues.update_sources(tmp_path)
    assert "0 new" in report
    assert [
        src for _ctx, src, tr in messages(catalogues.ts_path("es", tmp_path))
        if tr.get("type") == "unfinished" or not all(texts_of(tr))
    ] == []


def test_catalogue_compiles_and_loads(qapp, tmp_path):
    shutil.copy(catalogues.ts_path("es"), tmp_path)
    written = catalogues.compile_catalogues(tmp_path)
    assert catalogues.qm_path("es", tmp_path) in written
    translator = QTranslator()
    assert translator.load(str(catalogues.qm_path("es", tmp_path)))
    assert translator.translate("MainWindow", "&File") == "&Archivo"
    assert not catalogues.is_stale("es", tmp_path)


@pytest.mark.parametrize(
    ("override", "saved", "expected"),
    [
        ("es", "en", "es"),  # --lang wins
        (None, "es", "es"),  # then the remembered choice
        (None, "es_MX", "es"),
        (None, "klingon", "en"),  # a hand-edited value is ignored (the test system is English)
        ("EN", "es", "en"),
    ],
)
def test_language_choice(tmp_path, override, saved, expected, monkeypatch):
    monkeypatch.setattr(i18n, "system_language", lambda: "en")
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings.setValue(i18n.SETTINGS_KEY, saved)
    assert i18n.chosen_language(settings, override) == expected


def test_system_language_decides_without_a_choice(tmp_path, monkeypatch):
    monkeypatch.setattr(i18n, "system_language", lambda: "es")
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert i18n.chosen_language(settings) == "es"


def test_the_window_command_line_takes_lang():
    es = window_arguments(["--lang", "es"])
    assert es is not None and (es.db, es.lang) == (None, "es")
    en = window_arguments(["--db", "x.db", "--lang=en"])
    assert en is not None and (en.db, en.lang) == (Path("x.db"), "en")
    assert window_arguments(["--lang", "fr"]) is None  # the full parser reports it
    assert window_arguments(["--lang"]) is None


STIPEND = Figure("Stipend", 4310, None, "per month", "MXN", 2019, "s")
BUDGET = Figure("Budget", 64e9, None, None, "MXN", 2019, "s")


def test_formatting_follows_the_mexican_spanish_locale(spanish):
    es = QLocale(QLocale.Language.Spanish, QLocale.Country.Mexico)
    assert format_date("2019-08-27", es) == "27 ago 2019"
    assert format_date("2019-08") == "ago 2019"
    assert format_figure_value(STIPEND, unit="al mes") == "$4,310 MXN al mes"
    assert format_figure_value(BUDGET) == "$64 mil millones MXN"


def test_formatting_in_english(english):
    assert format_date("2019-08-27") == "27 Aug 2019"
    assert format_figure_value(STIPEND) == "MXN 4,310 per month"
    assert format_figure_value(BUDGET) == "MXN 64 billion"


def test_every_keyboard_shortcut_reads_in_spanish(spanish):
    """Help ▸ Keyboard shortcuts lists them translated (lupdate needs a literal context)."""
    from mxpolicy_gui.views.shortcuts import SHORTCUTS

    untranslated = [s.action for s in SHORTCUTS if s.translated_action() == s.action]
    assert untranslated == []
    assert SHORTCUTS[1].translated_action() == "borrar la búsqueda"
