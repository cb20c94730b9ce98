"""Every keyboard shortcut, in one table: the menus take their keys from it, Help ▸ Keyboard
shortcuts lists it, and a test checks the README's list against it, so the three never drift.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:  # PySide6 types the marker's result as object; it is the text itself

    def QT_TRANSLATE_NOOP(context: str, text: str) -> str: ...
else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QKeySequence

_CONTEXT = "Shortcuts"


@dataclass(frozen=True)
class Shortcut:
    #: As shown to people (and written in the README).
    keys: str
    #: What it does, in English; shown through Qt translation.
    action: str
    #: The window action that owns it (its key in `MainWindow.actions`), or None when a
    #: widget handles the key itself (arrows in a table, Esc in a search field).
    action_key: str | None = None

    def sequence(self) -> QKeySequence:
        return QKeySequence(self.keys)

    def translated_action(self) -> str:
        return QCoreApplication.translate(_CONTEXT, self.action)


# The context is written out in each marker: lupdate reads only a literal context.
SHORTCUTS: tuple[Shortcut, ...] = (
    Shortcut(
        "Ctrl+F",
        QT_TRANSLATE_NOOP(
            "Shortcuts",
            "search the current tab (English or Spanish, accents optional, word starts are enough)",
        ),
        "find",
    ),
    Shortcut("Esc", QT_TRANSLATE_NOOP("Shortcuts", "clear the search")),
    Shortcut("Ctrl+1", QT_TRANSLATE_NOOP("Shortcuts", "Innovations tab"), "tab1"),
    Shortcut("Ctrl+2", QT_TRANSLATE_NOOP("Shortcuts", "Reforms tab"), "tab2"),
    Shortcut("Ctrl+3", QT_TRANSLATE_NOOP("Shortcuts", "Timeline tab"), "timeline"),
    Shortcut("F6", QT_TRANSLATE_NOOP("Shortcuts", "next pane: search, filters, table, details"),
             "next_pane"),
    Shortcut("Shift+F6", QT_TRANSLATE_NOOP("Shortcuts", "previous pane"), "previous_pane"),
    Shortcut("Tab", QT_TRANSLATE_NOOP("Shortcuts", "next control (Shift+Tab: previous)")),
    Shortcut("Up / Down",
             QT_TRANSLATE_NOOP("Shortcuts", "move through rows; the detail pane follows")),
    Shortcut("Ctrl+A", QT_TRANSLATE_NOOP("Shortcuts", "select all rows"), "select_all"),
    Shortcut(
        "Ctrl+C",
        QT_TRANSLATE_NOOP(
            "Shortcuts",
            "copy the selected rows as tab-separated text with a header line (pastes into a "
            "spreadsheet); in the detail pane, copy the selected text",
        ),
    ),
    Shortcut("Shift+F10",
             QT_TRANSLATE_NOOP("Shortcuts", "context menu of the focused table, header or pane"),
             "context_menu"),
    Shortcut("Ctrl+E", QT_TRANSLATE_NOOP("Shortcuts", "export the selection"), "export_selection"),
    Shortcut("Ctrl+Shift+E", QT_TRANSLATE_NOOP("Shortcuts", "export all shown rows"),
             "export_shown"),
    Shortcut("Ctrl+P", QT_TRANSLATE_NOOP("Shortcuts", "print preview"), "print_preview"),
    Shortcut("Ctrl+Shift+P", QT_TRANSLATE_NOOP("Shortcuts", "print"), "print"),
    Shortcut("F1", QT_TRANSLATE_NOOP("Shortcuts", "user guide"), "user_guide"),
    Shortcut("Ctrl+Q", QT_TRANSLATE_NOOP("Shortcuts", "quit"), "quit"),
)

BY_ACTION = {s.action_key: s for s in SHORTCUTS if s.action_key}


def sequence_for(action_key: str) -> QKeySequence | None:
    """The key of a window action, or None if it has none."""
    shortcut = BY_ACTION.get(action_key)
    return shortcut.sequence() if shortcut else None
