"""The bundled DejaVu Sans fonts, so every machine renders (and every PDF embeds) accents,
ñ and the en dash the same way, whatever fonts the system has.
"""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase, QGuiApplication

from mxpolicy_gui.paths import resources_dir

FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
FALLBACK_FAMILY = "DejaVu Sans"

#: Dynamic property on the application remembering the registered family: application fonts
#: belong to one QGuiApplication, so a new application (as in tests) registers them again.
_PROPERTY = "mxpolicy_font_family"


def ensure_fonts() -> str:
    """Register the bundled fonts with Qt once and return their family name ("DejaVu Sans").

    Needs a QGuiApplication (or QApplication). Calling it again is cheap and registers
    nothing twice. If the font files are missing (a broken install), the family name is still
    returned and Qt substitutes a system font.
    """
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        raise RuntimeError("ensure_fonts() needs a QGuiApplication; create one first")
    registered = app.property(_PROPERTY)
    if registered:
        return str(registered)
    family = None
    folder = resources_dir() / "fonts"
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(folder / name))
        if font_id != -1 and family is None:
            families = QFontDatabase.applicationFontFamilies(font_id)
            family = families[0] if families else None
    family = family or FALLBACK_FAMILY
    app.setProperty(_PROPERTY, family)
    return family
