"""Every setting the app keeps between runs, declared once: key, type and default.

Views read and write settings only through these declarations, so a key cannot be spelled two
ways and a value read back always has its declared type (a hand-edited or foreign settings
file gives the default, never an exception). The QSettings object itself comes from the
caller (the user's file, or a temporary one in tests and the self-test).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar, cast

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One setting. `key` may hold `{tab}`, filled in per tab (`tab=` in `get`/`set`)."""

    key: str
    type: type
    default: T

    def full_key(self, tab: str | None = None) -> str:
        return self.key.format(tab=tab) if tab is not None else self.key

    def get(self, settings: QSettings, tab: str | None = None) -> T:
        key = self.full_key(tab)
        if self.type is QByteArray:
            # QSettings hands back whatever the file holds (a str for a hand-edited value).
            raw = settings.value(key)
            if isinstance(raw, QByteArray | bytes):
                return cast(T, QByteArray(raw))
            return self.default
        if not settings.contains(key):
            return self.default
        return cast(T, settings.value(key, self.default, type=self.type))

    def set(self, settings: QSettings, value: T, tab: str | None = None) -> None:
        settings.setValue(self.full_key(tab), value)


# The main window.
WINDOW_GEOMETRY: Setting[QByteArray | None] = Setting("window/geometry", QByteArray, None)
WINDOW_STATE: Setting[QByteArray | None] = Setting("window/state", QByteArray, None)
CURRENT_TAB: Setting[int] = Setting("window/tab", int, 0)
#: One of views.theme.THEMES; anything else reads as this default there.
THEME: Setting[str] = Setting("view/theme", str, "system")
WELCOME_DISMISSED: Setting[bool] = Setting("view/welcome_dismissed", bool, False)

# Each tab (`tab=` its kind).
TAB_SPLITTER: Setting[QByteArray | None] = Setting("tabs/{tab}/splitter", QByteArray, None)
TAB_HEADER: Setting[QByteArray | None] = Setting("tabs/{tab}/header", QByteArray, None)
#: False once the person has sized columns by hand.
TAB_AUTO_COLUMNS: Setting[bool] = Setting("tabs/{tab}/auto_columns", bool, True)

# Exports from the window.
EXPORT_FOLDER: Setting[str] = Setting("export/folder", str, "")
#: CSV files start with the byte-order mark Excel needs for accents.
EXPORT_EXCEL: Setting[bool] = Setting("export/excel", bool, True)
