"""The interface language: which one, and switching to it while the app runs.

The choice, strongest first: `--lang es|en` on the command line, the one a person picked in
View ▸ Language (kept in the settings), the system's language (Spanish for any Spanish locale,
English otherwise). Installing a language installs our catalogue and Qt's own (`qtbase_es`,
for the standard dialogs and buttons) as QTranslators and makes its locale the default, which
`formatting` reads for numbers, dates and money. Qt then sends LanguageChange to every widget,
and each one sets its texts again in `retranslate_ui()`: no restart.

Spanish is Mexican Spanish (es-MX) whatever the Spanish system locale: the content is written
for Mexican readers.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from mxpolicy_gui.catalogues import LANGUAGES, SOURCE_LANGUAGE, compile_catalogues, qm_path

SETTINGS_KEY = "ui/language"
#: Qt's own catalogue for the standard dialogs (file, print, message boxes).
QT_CATALOGUE = "qtbase"

_LOCALES = {
    "en": (QLocale.Language.English, QLocale.Country.UnitedStates),
    "es": (QLocale.Language.Spanish, QLocale.Country.Mexico),
}

_state: dict[str, object] = {"language": None, "translators": []}


def normalise(language: object) -> str | None:
    """ "es", "es_MX", "ES" → "es"; anything that is not one of ours → None."""
    if not isinstance(language, str):
        return None
    short = language.strip().lower().replace("-", "_").split("_")[0]
    return short if short in LANGUAGES else None


def system_language() -> str:
    """Spanish for a Spanish system locale (any country), else English."""
    if QLocale.system().language() == QLocale.Language.Spanish:
        return "es"
    return SOURCE_LANGUAGE


def chosen_language(settings: QSettings | None = None, override: str | None = None) -> str:
    """The language to start in: `override` (`--lang`), else the saved choice, else the
    system's. A saved value that is not a language (a hand-edited file) is ignored."""
    return (
        normalise(override)
        or (normalise(settings.value(SETTINGS_KEY)) if settings is not None else None)
        or system_language()
    )


def remember_language(settings: QSettings, language: str) -> None:
    settings.setValue(SETTINGS_KEY, language)


def locale_for(language: str) -> QLocale:
    lang, country = _LOCALES.get(language, _LOCALES[SOURCE_LANGUAGE])
    return QLocale(lang, country)


def current_language() -> str:
    """The installed language; English until one is installed."""
    return str(_state["language"] or SOURCE_LANGUAGE)


def qt_catalogue_dirs() -> list[Path]:
    """Where Qt's own `.qm` files may be: Qt's translations folder (in a PyInstaller bundle
    too), then ours."""
    from mxpolicy_gui.catalogues import i18n_dir

    return [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)), i18n_dir()]


def _load(name: str, folders: list[Path]) -> QTranslator | None:
    translator = QTranslator()
    for folder in folders:
        if translator.load(name, str(folder)):
            return translator
    return None


def install_language(language: str) -> str:
    """Switch the interface to `language` ("en" or "es") now; returns the language installed.

    Needs a QCoreApplication. Catalogues missing or stale in a source checkout are compiled
    first; if ours still cannot be loaded the interface stays in English rather than failing.
    """
    language = normalise(language) or SOURCE_LANGUAGE
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_language needs a QCoreApplication")
    if language == _state["language"]:
        return language
    QLocale.setDefault(locale_for(language))
    translators: list[QTranslator] = []
    if language != SOURCE_LANGUAGE:
        with contextlib.suppress(RuntimeError, OSError):  # a bundle has its .qm already
            compile_catalogues()
        # Qt asks the translator installed last first: ours after Qt's, so that our wording
        # of a few of Qt's own labels (qt_overrides.py) wins.
        theirs = _load(f"{QT_CATALOGUE}_{language}", qt_catalogue_dirs())
        if theirs is not None:
            translators.append(theirs)
        ours = _load(qm_path(language).name, [qm_path(language).parent])
        if ours is not None:
            translators.append(ours)
    for old in _state["translators"]:  # type: ignore[attr-defined]
        QCoreApplication.removeTranslator(old)
    for translator in translators:
        QCoreApplication.installTranslator(translator)
    _state["translators"] = translators
    _state["language"] = language
    from PySide6.QtGui import QGuiApplication

    if isinstance(app, QGuiApplication):  # Qt adds it to window titles, in this language
        QGuiApplication.setApplicationDisplayName(
            QCoreApplication.translate("App", "mxpolicy — Mexican public policy reference")
        )
    return language


__all__ = [
    "SETTINGS_KEY",
    "chosen_language",
    "current_language",
    "install_language",
    "locale_for",
    "normalise",
    "remember_language",
    "system_language",
]
