"""The main window on a LanguageChange: its menus built again, its titles and counts set again.

Kept apart from `main_window` (which would pass 450 lines); `MainWindow.changeEvent` calls
`retranslate_window`. Actions another module added to the window (the Timeline's View entry)
are kept and put back in their place; a tab that is not a policy tab retitles itself through
its `retitle(window)` if it has one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from mxpolicy_gui.settings import THEME
from mxpolicy_gui.views.theme import normalise
from mxpolicy_gui.views.window_menus import build_menus

if TYPE_CHECKING:
    from mxpolicy_gui.views.main_window import MainWindow


def retranslate_window(window: MainWindow) -> None:
    old, window.actions = window.actions, {}
    for entry in window.menuBar().actions():
        if entry.menu() is not None:
            entry.menu().deleteLater()  # the language menu with the View menu
    window.menuBar().clear()
    build_menus(window)
    for key, action in old.items():
        if key not in window.actions:  # added by another module (the timeline): keep it
            window.actions[key] = action
            _view_menu_after_tabs(window, action)
        else:
            window.removeAction(action)
            if action.parent() is window:
                action.deleteLater()
    for index in range(window.tabs_widget.count()):
        widget = window.tabs_widget.widget(index)
        if widget is not None and widget not in window.tabs and hasattr(widget, "retitle"):
            widget.retitle(window)
    window.set_theme(normalise(THEME.get(window.settings)), save=False)
    window._set_window_texts()
    for tab in window.tabs:
        window._update_tab_title(tab)
    if window.tabs:
        window._tab_changed(window.tabs_widget.currentIndex())


def _view_menu_after_tabs(window: MainWindow, action: QAction) -> None:
    after_tabs = window.actions.get(f"tab{len(window.tabs)}")
    for menu in (a.menu() for a in window.menuBar().actions()):
        if isinstance(menu, QMenu) and after_tabs in menu.actions():
            following = menu.actions()[menu.actions().index(after_tabs) + 1]
            menu.insertAction(following, action)
            return
