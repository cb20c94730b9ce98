"""View ▸ Theme: System, Light or Dark, for the whole application.

Light and Dark use the Fusion style, which draws everything from the palette, so the detail
pane, the facet check boxes and the chart (painted from palette colours) follow the choice
without code of their own. System puts back the style and palette the app started with.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:  # PySide6 types the marker's result as object; it is the text itself

    def QT_TRANSLATE_NOOP(context: str, text: str) -> str: ...
else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from mxpolicy_gui.settings import THEME

THEMES: dict[str, str] = {
    "system": QT_TRANSLATE_NOOP("Theme", "&System"),
    "light": QT_TRANSLATE_NOOP("Theme", "&Light"),
    "dark": QT_TRANSLATE_NOOP("Theme", "&Dark"),
}
DEFAULT = THEME.default

_startup: tuple[str, QPalette] | None = None


def theme_label(key: str) -> str:
    return QCoreApplication.translate("Theme", THEMES[key])


def dark_palette() -> QPalette:
    p = QPalette()
    base, text = QColor(37, 37, 38), QColor(230, 230, 230)
    disabled = QColor(140, 140, 140)
    roles = QPalette.ColorRole
    for role, color in (
        (roles.Window, QColor(45, 45, 48)),
        (roles.WindowText, text),
        (roles.Base, base),
        (roles.AlternateBase, QColor(52, 52, 56)),
        (roles.Text, text),
        (roles.Button, QColor(55, 55, 60)),
        (roles.ButtonText, text),
        (roles.BrightText, QColor(255, 120, 120)),
        (roles.ToolTipBase, base),
        (roles.ToolTipText, text),
        (roles.PlaceholderText, QColor(150, 150, 150)),
        (roles.Highlight, QColor(38, 110, 190)),
        (roles.HighlightedText, QColor(255, 255, 255)),
        (roles.Link, QColor(110, 170, 255)),
        (roles.LinkVisited, QColor(180, 140, 255)),
        # Fusion draws check boxes and frames from these; left unset they vanish on dark grey.
        (roles.Light, QColor(90, 90, 96)),
        (roles.Midlight, QColor(75, 75, 80)),
        (roles.Mid, QColor(60, 60, 64)),
        (roles.Dark, QColor(25, 25, 27)),
        (roles.Shadow, QColor(10, 10, 10)),
    ):
        p.setColor(role, color)
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return p


def light_palette() -> QPalette:
    style = QStyleFactory.create("Fusion")
    return style.standardPalette()


def normalise(key: object) -> str:
    """A saved value, or the default for anything unknown (a hand-edited settings file)."""
    return key if isinstance(key, str) and key in THEMES else DEFAULT


def apply_theme(key: str) -> str:
    """Switch the running application to `key`; returns the theme applied."""
    global _startup
    app = QApplication.instance()
    key = normalise(key)
    assert app is None or isinstance(app, QApplication)
    if app is None:
        return key
    if _startup is None:
        _startup = (app.style().name(), QPalette(app.palette()))
    if key == "system":
        style_name, palette = _startup
        if app.style().name() != style_name:
            app.setStyle(style_name)
        app.setPalette(palette)
    else:
        if app.style().name().lower() != "fusion":
            app.setStyle("Fusion")
        app.setPalette(dark_palette() if key == "dark" else light_palette())
    return key
